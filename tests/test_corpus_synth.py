"""Claims about the procedural corpus that trains the default model and feeds the tests."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from rtvae.data import synth
from rtvae.errors import ConfigError

SR = 44100
NOISY_FAMILIES = ("string", "snare", "kick", "bowed", "grain")


@pytest.fixture(scope="module")
def corpus() -> dict[str, np.ndarray]:
    """Every sound of the corpus at seed 0, rendered once for the whole module."""
    return {spec.name: synth.render_sound(spec, seed=0) for spec in synth.corpus_specs()}


def _centroid_hz(x: np.ndarray, sr: int = SR) -> float:
    magnitude = np.abs(np.fft.rfft(x.astype(np.float64)))
    freqs = np.fft.rfftfreq(x.size, 1.0 / sr)
    return float(np.sum(freqs * magnitude) / np.sum(magnitude))


# Scales make one unit of each descriptor a clearly audible difference: an octave of
# centroid, a decade of flatness, 0.1 s of attack, a quarter of full level.
_DESCRIPTOR_SCALE = np.array([1.0, 1.0, 0.1, 0.25, 0.25])


def _descriptor(x: np.ndarray, sr: int = SR) -> np.ndarray:
    """log2 centroid, log10 flatness, attack time, early level, late level (scaled)."""
    power = np.abs(np.fft.rfft(x.astype(np.float64))) ** 2 + 1e-20
    flatness = np.exp(np.mean(np.log(power))) / np.mean(power)
    frames = x[: x.size // 1024 * 1024].astype(np.float64).reshape(-1, 1024)
    rms = np.sqrt(np.mean(frames**2, axis=1))
    rms /= rms.max()
    attack_s = np.argmax(rms >= 0.9) * 1024 / sr
    early, late = rms[2:6].mean(), rms[20:40].mean()  # ~0.05-0.14 s and ~0.46-0.93 s
    values = [np.log2(_centroid_hz(x, sr)), np.log10(flatness), attack_s, early, late]
    return np.array(values) / _DESCRIPTOR_SCALE


def _wav_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.wav"))}


def test_corpus_has_ten_families_of_fifteen_sounds_with_unique_names():
    specs = synth.corpus_specs()
    assert len(synth.FAMILIES) == 10 and len(specs) == 150
    assert len({s.name for s in specs}) == 150
    for family in synth.FAMILIES:
        mine = [s for s in specs if s.family == family]
        assert len(mine) == 15
        assert len({s.note for s in mine}) == 5
        assert {s.brightness for s in mine} == set(synth.BRIGHTNESSES)
    for s in specs:
        assert s.name == f"{s.family}_{s.note}_{s.brightness}"
        assert s.name.isidentifier() and s.name.isascii()


def test_note_names_write_sharps_as_s_and_match_frequencies():
    assert synth.note_name(66) == "Fs4" and synth.note_name(33) == "A1"
    assert synth.midi_to_hz(69) == pytest.approx(440.0)
    by_note = {s.note: s.frequency_hz for s in synth.corpus_specs()}
    assert by_note["A1"] == pytest.approx(55.0) and by_note["A4"] == pytest.approx(440.0)
    assert by_note["Fs4"] == pytest.approx(369.994, abs=1e-3)


def test_sounds_are_mono_44k1_one_second_and_not_clipped(corpus):
    for name, x in corpus.items():
        assert x.dtype == np.float32 and x.shape == (SR,), name
        assert np.all(np.isfinite(x)), name
        assert np.max(np.abs(x)) == pytest.approx(synth.PEAK, abs=1e-3), name
        assert np.max(np.abs(x[-10:])) < 1e-3 and x[-1] == 0.0, f"{name} does not end silent"


def test_other_sample_rates_give_one_second_too():
    spec = synth.corpus_specs()[0]
    for sr in (22050, 48000):
        x = synth.render_sound(spec, sample_rate=sr)
        assert x.shape == (sr,) and np.max(np.abs(x)) == pytest.approx(synth.PEAK, abs=1e-3)


def test_same_seed_writes_identical_files(tmp_path):
    subset = ["snare", "grain"]
    synth.write_corpus(tmp_path / "a", seed=7, families=subset)
    synth.write_corpus(tmp_path / "b", seed=7, families=subset)
    first, second = _wav_bytes(tmp_path / "a"), _wav_bytes(tmp_path / "b")
    assert len(first) == 30 and first == second
    assert (tmp_path / "a/labels.csv").read_bytes() == (tmp_path / "b/labels.csv").read_bytes()


def test_a_subset_renders_the_same_sounds_as_a_larger_set(tmp_path):
    synth.write_corpus(tmp_path / "one", families=["grain"])
    synth.write_corpus(tmp_path / "two", families=["kick", "grain"])
    grain_only = _wav_bytes(tmp_path / "one")
    both = _wav_bytes(tmp_path / "two")
    assert grain_only == {k: v for k, v in both.items() if k.startswith("grain_")}


def test_different_seed_changes_noisy_families():
    for spec in synth.corpus_specs():
        if spec.family in NOISY_FAMILIES and spec.brightness == "mid":
            a = synth.render_sound(spec, seed=0)
            b = synth.render_sound(spec, seed=1)
            assert not np.array_equal(a, b), spec.name


def test_brightness_raises_spectral_centroid_for_every_family(corpus):
    for spec in synth.corpus_specs():
        if spec.brightness != "dark":
            continue
        stem = f"{spec.family}_{spec.note}_"
        dark, mid, bright = (_centroid_hz(corpus[stem + b]) for b in synth.BRIGHTNESSES)
        # A 5 % step keeps the claim about audible change, not numerical noise.
        assert dark * 1.05 < mid and mid * 1.05 < bright, (stem, dark, mid, bright)


def test_pitched_families_sound_at_their_note(corpus):
    for spec in synth.corpus_specs():
        if spec.family not in ("string", "organ", "bass", "vowel", "glass"):
            continue
        x = corpus[spec.name].astype(np.float64)
        magnitude = np.abs(np.fft.rfft(x, 4 * x.size))
        freqs = np.fft.rfftfreq(4 * x.size, 1.0 / SR)
        near = (freqs > 0.97 * spec.frequency_hz) & (freqs < 1.03 * spec.frequency_hz)
        peak_hz = freqs[near][np.argmax(magnitude[near])]
        cents = 1200 * np.log2(peak_hz / spec.frequency_hz)
        assert abs(cents) < 10, (spec.name, cents)
        assert magnitude[near].max() > 0.05 * magnitude.max(), f"{spec.name}: weak fundamental"


def test_families_are_distinguishable(corpus):
    specs = synth.corpus_specs()
    families = np.array([s.family for s in specs])
    points = np.array([_descriptor(corpus[s.name]) for s in specs])
    centres = np.array([np.median(points[families == f], axis=0) for f in synth.FAMILIES])
    pairs = list(itertools.combinations(range(len(synth.FAMILIES)), 2))
    apart = [np.linalg.norm(centres[i] - centres[j]) > 1.0 for i, j in pairs]
    assert sum(apart) >= len(pairs) - 2
    # Nearest family centre recovers the label far above the 10 % of chance.
    nearest = np.argmin(np.linalg.norm(points[:, None] - centres[None], axis=2), axis=1)
    accuracy = np.mean(np.array(synth.FAMILIES)[nearest] == families)
    assert accuracy >= 0.7


def test_labels_csv_lists_every_file(tmp_path):
    specs = synth.write_corpus(tmp_path, families=["bell", "kick"])
    with open(tmp_path / "labels.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["name", "family", "note", "frequency_hz", "brightness"]
    assert [r["name"] for r in rows] == [s.name for s in specs]
    assert {p.stem for p in tmp_path.glob("*.wav")} == {s.name for s in specs}
    for row, spec in zip(rows, specs):
        assert (row["family"], row["note"], row["brightness"]) == (
            spec.family, spec.note, spec.brightness,
        )
        assert float(row["frequency_hz"]) == pytest.approx(spec.frequency_hz, abs=1e-3)
    info = sf.info(str(tmp_path / f"{specs[0].name}.wav"))
    assert (info.samplerate, info.channels, info.frames, info.subtype) == (SR, 1, SR, "PCM_16")


def test_progress_is_told_every_sound_done(tmp_path):
    seen: list[int] = []
    specs = synth.write_corpus(tmp_path, families=["organ"], progress=seen.append)
    assert seen == list(range(1, len(specs) + 1)) and len(specs) == 15


def test_unknown_family_is_a_clear_error(tmp_path):
    out = tmp_path / "never"
    with pytest.raises(ConfigError) as caught:
        synth.write_corpus(out, families=["bell", "tuba"])
    message = str(caught.value)
    assert "tuba" in message and all(f in message for f in synth.FAMILIES)
    assert not out.exists()
    odd = synth.SoundSpec("bell_C4_shiny", "bell", "C4", 261.6, "shiny")
    with pytest.raises(ConfigError, match="shiny"):
        synth.render_sound(odd)
