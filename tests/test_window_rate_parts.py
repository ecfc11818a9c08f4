"""rtvae.explore.quality.window_rate_parts: the window-rate figure's two sides, on signals built to show each."""

import numpy as np
import pytest

from rtvae.explore.quality import window_rate_energy_db, window_rate_parts

WINDOW = 1024
N = 400 * WINDOW


def pulsing_noise(depth: float, seed: int = 0, level=None) -> np.ndarray:
    """White noise whose power pulses at the window rate by ``depth`` (envelope m (1 + depth cos)), times ``level``."""
    rng = np.random.default_rng(seed)
    t = np.arange(N)
    power = 1.0 + depth * np.cos(2 * np.pi * t / WINDOW)
    gain = np.sqrt(power) * (1.0 if level is None else level)
    return rng.standard_normal(N) * gain


def test_depth_reads_the_pulse_whatever_the_noise():
    for depth in (0.2, 0.5):
        parts = window_rate_parts(pulsing_noise(depth), WINDOW)
        # 16 lines, only the first carries the pulse: its (depth / 2)^2 averaged over the 16
        expected = 10 * np.log10((depth / 2) ** 2 / 16)
        assert parts["depth_db"] == pytest.approx(expected, abs=1.0), parts


def test_a_slow_level_change_lowers_the_figure_but_not_the_depth():
    steady = pulsing_noise(0.3)
    swell = pulsing_noise(0.3, level=1.0 + 0.8 * np.sin(2 * np.pi * np.arange(N) / N))  # one slow swell
    a, b = window_rate_parts(steady, WINDOW), window_rate_parts(swell, WINDOW)
    assert b["slow_share"] > 0.5 > a["slow_share"]
    assert b["slow_db"] > a["slow_db"] + 10.0
    assert window_rate_energy_db(swell, WINDOW) < window_rate_energy_db(steady, WINDOW) - 3.0
    assert b["depth_db"] == pytest.approx(a["depth_db"], abs=1.5)


def test_roughness_lowers_the_figure_and_is_what_the_rougher_render_has_more_of():
    smooth = pulsing_noise(0.3)
    jitter = np.repeat(np.exp(np.random.default_rng(5).normal(0.0, 0.5, N // 256)), 256)  # a level jump every hop
    rough = pulsing_noise(0.3, level=jitter)
    a, b = window_rate_parts(smooth, WINDOW), window_rate_parts(rough, WINDOW)
    assert b["roughness_db"] > a["roughness_db"] + 3.0
    assert window_rate_energy_db(rough, WINDOW) < window_rate_energy_db(smooth, WINDOW)
    assert b["depth_db"] == pytest.approx(a["depth_db"], abs=3.0)
