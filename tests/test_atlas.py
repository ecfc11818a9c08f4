"""The descriptor atlas: corpus windows and midpoint runs between sounds, measured as played, stored with the corpus."""

import json

import numpy as np
import pytest

from rtvae.drivers.offline import render_latents
from rtvae.errors import CorpusError
from rtvae.explore.atlas import AUDIBLE_DB, IQR_TO_SIGMA, from_space, played_segments, to_space
from rtvae.explore.corpus import VERSION, Corpus, corpus_file, default_corpus_file, open_corpus, procedural_corpus
from rtvae.explore.quality import segment_pulse
from rtvae.explore.targets import measured_per_hop
from rtvae.model.directory import load_model

SOUNDS = ("bell_C4_mid", "string_A2_bright", "organ_C3_dark", "kick_E1_mid", "vowel_C3_mid", "glass_C5_bright")


def small_corpus_of(model, names=SOUNDS, hop=256) -> Corpus:
    """A corpus of a few procedural sounds (1 s each) encoded by ``model``, its atlas built."""
    return procedural_corpus(model, hop, names)


@pytest.fixture(scope="module")
def model():
    return load_model("default")


@pytest.fixture(scope="module")
def corpus(model):
    return small_corpus_of(model)


def test_the_atlas_holds_every_window_then_midpoint_runs_between_two_sounds(corpus):
    atlas = corpus.atlas
    assert atlas.n_windows == len(corpus.mu) and np.array_equal(atlas.latents[:atlas.n_windows], corpus.mu)
    assert 0 < len(atlas.pairs) <= len(corpus.mu) // 2 and atlas.n_points == atlas.n_windows + len(atlas.pairs)
    sound = np.repeat(np.arange(len(corpus.names)), np.diff(corpus.offsets))
    i, j = atlas.pairs.T
    assert np.all(sound[i] != sound[j]), "a midpoint lies between two different sounds"
    assert np.allclose(atlas.latents[atlas.n_windows:], 0.5 * (corpus.mu[i] + corpus.mu[j]), atol=1e-6)
    assert atlas.descriptors.shape == (atlas.n_points, len(corpus.descriptor_names))
    assert np.isfinite(atlas.descriptors).all()


def test_a_points_successor_is_the_next_hop_of_its_sound_or_run(corpus):
    atlas = corpus.atlas
    ends = corpus.offsets[1:] - 1
    windows = atlas.successor[:atlas.n_windows]
    assert np.all(windows[ends] == -1)
    inside = np.setdiff1d(np.arange(atlas.n_windows), ends)
    assert np.array_equal(windows[inside], inside + 1)
    runs = atlas.successor[atlas.n_windows:]
    has = np.flatnonzero(runs >= 0)
    assert len(has) > 0
    assert np.all(atlas.pairs[runs[has] - atlas.n_windows] == atlas.pairs[has] + 1)


def test_each_descriptor_has_a_robust_z_score_and_both_ranges(corpus):
    atlas = corpus.atlas
    for name, r in atlas.stats.items():
        values = atlas.descriptors[atlas.defined(name), atlas.column(name)].astype(np.float64)
        if name == "f0_hz":
            values = values[values > 0]
        space = to_space(name, values)
        q1, median, q3 = np.percentile(space, [25, 50, 75])
        assert r.center == pytest.approx(median) and r.scale == pytest.approx((q3 - q1) / IQR_TO_SIGMA)
        assert r.low <= r.robust_low <= r.robust_high <= r.high
        assert r.clamp(r.high + 1) == r.high and r.clamp(r.low - 1) == r.low
    assert atlas.stats["f0_hz"].low > 0, "f0 is ranged over voiced points only"
    z = atlas.normalised("centroid_hz")
    quiet = atlas.descriptors[:, atlas.column("rms_db")] < AUDIBLE_DB
    assert np.isnan(z[quiet]).all() and np.isfinite(z[~quiet]).all()


def test_flatness_is_scored_in_decibels_so_its_noisy_points_stay_within_reach(corpus):
    """Flatness spans decades: as a plain ratio its noisiest points lay hundreds of robust σ out
    and swamped any weighted distance; in dB the whole atlas lies within a few tens."""
    assert to_space("flatness", [1e-4, 1e-2, 0.0]) == pytest.approx([-40.0, -20.0, -120.0])
    assert from_space("flatness", to_space("flatness", [3e-5, 0.2])) == pytest.approx([3e-5, 0.2])
    z = corpus.atlas.normalised("flatness")
    plain = corpus.atlas.descriptors[:, corpus.atlas.column("flatness")].astype(np.float64)
    audible = np.isfinite(z)
    q1, median, q3 = np.percentile(plain[audible], [25, 50, 75])
    plain_z = (plain[audible] - median) / ((q3 - q1) / IQR_TO_SIGMA)
    assert np.abs(z[audible]).max() < 20 and np.abs(z[audible]).max() < np.abs(plain_z).max()


def test_atlas_descriptors_are_those_of_the_rendered_audio_when_a_sound_is_played(corpus, model):
    """The atlas measures windows as played: rendering a corpus sound reproduces its atlas values."""
    name = "organ_C3_dark"
    i = corpus.names.index(name)
    mu, _ = corpus.sequence(name)
    measured = measured_per_hop(render_latents(model, mu), model.card.window, 256, model.card.sample_rate)
    atlas = corpus.atlas.descriptors[corpus.offsets[i]:corpus.offsets[i + 1]][:len(measured)]
    full = slice(3, len(measured))  # hops under full overlap in the render
    rms, centroid = (corpus.descriptor_names.index(n) for n in ("rms_db", "centroid_hz"))
    assert np.median(np.abs(measured[full, rms] - atlas[full, rms])) < 0.1
    assert np.median(np.abs(measured[full, centroid] - atlas[full, centroid])) < 5.0


def test_every_atlas_point_has_the_pulse_of_its_span_as_played(corpus, model):
    """A sound's pulse in the atlas is the rendered sound's, span by span; midpoints are measured the same way."""
    atlas, i = corpus.atlas, corpus.names.index("organ_C3_dark")
    assert atlas.pulse.shape == (atlas.n_points,) and np.all(np.isfinite(atlas.pulse)) and np.all(atlas.pulse >= 0)
    mu, _ = corpus.sequence("organ_C3_dark")
    audio = render_latents(model, mu)
    window, hop = model.card.window, 256
    n = (len(audio) - window) // hop + 1
    spans = audio[np.arange(n)[:, None] * hop + np.arange(window)[None, :]]
    full = slice(3, n)  # hops under full overlap in the render
    stored = atlas.pulse[corpus.offsets[i]:corpus.offsets[i + 1]][:n]
    assert np.median(np.abs(segment_pulse(spans, hop)[full] - stored[full])) < 0.01
    midpoints = atlas.pulse[atlas.n_windows:]
    assert len(midpoints) == len(atlas.pairs) > 0 and np.ptp(midpoints) > 0


def test_played_segments_keep_the_level_of_coherent_windows_to_the_edges():
    t = np.arange(1024 + 7 * 256)
    tone = (0.5 * np.sin(2 * np.pi * 441 * t / 44100)).astype(np.float32)
    windows = np.stack([tone[k * 256:k * 256 + 1024] for k in range(8)])
    segments = played_segments(windows, 256)
    assert segments.shape == windows.shape
    assert np.allclose(segments[:, 16:-16], windows[:, 16:-16], atol=1e-4)
    assert np.array_equal(played_segments(windows, 1024), windows)  # no overlap: as they are


def test_the_atlas_survives_a_save_and_load(corpus, model, tmp_path):
    loaded = Corpus.load(corpus.save(tmp_path / "corpus.npz"), model)
    a, b = corpus.atlas, loaded.atlas
    assert np.array_equal(a.latents, b.latents) and np.array_equal(a.descriptors, b.descriptors)
    assert np.array_equal(a.successor, b.successor) and np.array_equal(a.pairs, b.pairs)
    assert a.stats == b.stats and a.names == b.names and a.hop == b.hop
    assert b.pulse.dtype == np.float32 and np.array_equal(a.pulse, b.pulse)


def test_a_corpus_of_an_older_version_is_refused_saying_how_to_rebuild_it(corpus, model, tmp_path):
    path = corpus.save(corpus_file("drums", tmp_path))
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files}
    meta = json.loads(str(arrays.pop("meta")))
    meta["version"], meta["paths"] = 1, ["/sounds/drums/kick.wav", "/sounds/drums/snare.wav"]
    np.savez(path, meta=np.array(json.dumps(meta)), **arrays)
    with pytest.raises(CorpusError, match=r"version 1; this rtvae reads version 3 \(it has no descriptor atlas and "
                                          r"no pulse per atlas point\); rebuild it: rtvae corpus build /sounds/drums "
                                          r"--name drums"):
        open_corpus(model, "drums", tmp_path)
    meta["version"] = 2
    np.savez(path, meta=np.array(json.dumps(meta)), **arrays)
    with pytest.raises(CorpusError, match=r"version 2; this rtvae reads version 3 \(it has no pulse per atlas "
                                          r"point\); rebuild"):
        open_corpus(model, "drums", tmp_path)


def test_the_default_corpus_cache_is_named_after_the_corpus_version(model):
    assert VERSION == 3
    assert default_corpus_file(model).name.startswith(f"default-v{VERSION}-")


def test_a_corpus_made_without_an_atlas_loads_without_one(corpus, model, tmp_path):
    bare = Corpus(**{**vars(corpus), "atlas": None})
    assert Corpus.load(bare.save(tmp_path / "bare.npz"), model).atlas is None
