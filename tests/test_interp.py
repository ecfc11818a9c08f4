"""Interpolation between two sounds: the paper's three strategies, through the live engine."""

from pathlib import Path

import numpy as np
import pytest
from scipy.stats import spearmanr

from rtvae.drivers.offline import drive_engine, render_interpolation, render_latents
from rtvae.engine import controls as c
from rtvae.engine.factory import build_engine, synth_section
from rtvae.explore import curves
from rtvae.explore.quality import centroid_track, power_spectrogram
from rtvae.explore.sources import pair, resolve
from rtvae.model.directory import load_model

GRID = np.linspace(0, 1, 11)


@pytest.fixture(scope="module")
def model():
    return load_model("default")


def source(name, corpus, model, hop=None):
    return resolve(name, corpus, model, Path("."), hop)


def brightness(audio: np.ndarray) -> float:
    """Energy-weighted mean spectral centroid in Hz."""
    energy = power_spectrogram(audio).sum(axis=1)
    return float((centroid_track(audio, 44100) * energy).sum() / energy.sum())


def test_amount_0_plays_a_and_amount_1_plays_b(model, default_corpus):
    a, b = source("organ_C3_dark", default_corpus, model), source("bell_C4_bright", default_corpus, model)
    n = min(len(a), len(b))
    assert np.allclose(render_interpolation(model, a, b, amount=0.0), render_latents(model, a.mu[:n]), atol=1e-5)
    assert np.allclose(render_interpolation(model, a, b, amount=1.0), render_latents(model, b.mu[:n]), atol=1e-5)


def test_extend_lasts_output_hop_over_encoding_hop_times_the_source(model, default_corpus):
    a, b = (source(name, default_corpus, model, hop=64) for name in ("organ_C3_dark", "organ_C3_bright"))
    out = render_interpolation(model, a, b, strategy="extend", amount=0.5)
    source_seconds = (len(a) - 1) * 64 / 44100
    assert len(out) == len(a) * 256 and abs(len(out) / 44100 / source_seconds - 256 / 64) < 0.1


@pytest.mark.parametrize("a, b", [("organ_C3_dark", "organ_C3_bright"), ("bowed_C3_dark", "bowed_C3_bright"),
                                  ("kick_E1_mid", "snare_D3_mid"), ("bell_C4_dark", "glass_C5_bright")])
def test_a_stepwise_grid_moves_the_centroid_monotonically(model, default_corpus, a, b):
    sa, sb = source(a, default_corpus, model), source(b, default_corpus, model)
    centroids = [brightness(render_interpolation(model, sa, sb, amount=x)) for x in GRID]
    assert spearmanr(GRID, centroids)[0] >= 0.9, np.round(centroids)


def test_extrapolation_beyond_the_sources_renders(model, default_corpus):
    a, b = source("organ_C3_dark", default_corpus, model), source("organ_C3_bright", default_corpus, model)
    outs = [render_interpolation(model, a, b, amount=x) for x in (-0.5, 0.0, 1.0, 1.4)]
    assert all(np.isfinite(o).all() and np.abs(o).max() <= 1.0 for o in outs)
    assert not np.allclose(outs[0], outs[1], atol=1e-3) and not np.allclose(outs[3], outs[2], atol=1e-3)


def test_a_meso_curve_moves_the_sound_along_the_sequence(model, default_corpus):
    a, b = source("organ_C3_dark", default_corpus, model), source("organ_C3_bright", default_corpus, model)
    out = render_interpolation(model, a, b, strategy="meso", curve=curves.function("ramp"), stretch=3.0)
    third = len(out) // 3
    assert brightness(out[-third:]) > 1.5 * brightness(out[:third])


def test_interpolation_is_block_size_independent_and_loops(model, default_corpus):
    a, b = source("bowed_C3_dark", default_corpus, model), source("glass_C5_bright", default_corpus, model)
    events = [(-1, c.INTERP_STRATEGY, [2]), (-1, c.INTERP_SPEED, [1.0]), (-1, c.INTERP_LOOP, [1]),
              (-1, c.INTERP_PLAY, [1]), (30000, c.INTERP_AMOUNT, [0.3])]
    outs = []
    for block in (128, 700):
        engine = build_engine(model, synth_section(smooth_ms=0), max_block=1024)
        engine.sources.current = pair(a, b)
        engine.curve.current = curves.function("sine", [3])
        outs.append(drive_engine(engine, 5 * 44100, block, events))
        assert engine.params[c.P_PLAYING] == 1  # looped past the end, still playing
    assert np.array_equal(outs[0], outs[1])


def test_sources_arrive_through_a_slot_and_are_trimmed_to_the_shorter(model, default_corpus):
    a = source("organ_C3_dark", default_corpus, model)
    cluster = int(np.bincount(default_corpus.clusters).argmax())
    b = source(f"cluster:{cluster}", default_corpus, model)
    assert len(b) > len(a)
    mu_a, lv_a, mu_b, lv_b = pair(a, b)
    assert len(mu_a) == len(mu_b) == len(a)
    engine = build_engine(model, synth_section(), max_block=512)
    engine.sources.offer((mu_a, lv_a, mu_b, lv_b))
    old = engine.sources.current
    engine.process(256)
    assert engine.sources.current[0] is mu_a and engine.sources.retired is old


def test_curves_from_values_breakpoints_and_functions():
    assert np.array_equal(curves.from_values([0, 1, 0.5]), [0, 1, 0.5])
    ramp = curves.from_breakpoints([0, 0.0, 500, 1.0, 1000, 0.0], resolution=5)
    assert np.allclose(ramp, [0, 0.5, 1, 0.5, 0])
    sine = curves.function("sine", [2])
    assert abs(sine.min()) < 1e-6 and abs(sine.max() - 1) < 1e-3
    assert np.array_equal(curves.function("walk", [7]), curves.function("walk", [7]))
    with pytest.raises(Exception, match="unknown curve function"):
        curves.function("zigzag")
