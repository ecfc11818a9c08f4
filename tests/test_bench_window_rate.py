"""benchmarks/window_rate_origins.py: its attribution of the window-rate lines to stretches of a render (no model)."""

import numpy as np
import pytest

from tests.benchmark_script import load_benchmark

@pytest.fixture(scope="module")
def bench():
    return load_benchmark("window_rate_origins")  # it imports its neighbour descriptors.py


def test_the_stretch_that_clicks_at_the_window_rate_holds_the_lines_power(bench):
    window, stretch = 1024, bench.STRETCH
    rng = np.random.default_rng(0)
    audio = 0.05 * rng.standard_normal(40 * stretch)
    clicking = 17
    clicks = np.arange(clicking * stretch, (clicking + 1) * stretch, window)
    audio[clicks] += 0.8  # a click on every window boundary, in one stretch only
    shares = bench.line_shares(audio, window)
    assert shares.sum() == pytest.approx(1.0)
    assert np.argmax(shares) == clicking and shares[clicking] > 0.5


def test_shares_of_plain_noise_are_spread(bench):
    audio = 0.05 * np.random.default_rng(1).standard_normal(40 * bench.STRETCH)
    shares = bench.line_shares(audio, 1024)
    assert np.max(np.abs(shares)) < 0.5


def test_position_pattern_is_flat_for_noise_and_finds_a_fixed_burst(bench):
    window, hop = 1024, 256
    rng = np.random.default_rng(2)
    noise = rng.standard_normal((3000, window)) * rng.uniform(0.01, 1.0, (3000, 1))  # levels vary: each is normalised
    flat = bench.position_pattern(noise, hop)
    assert flat.shape == (hop,) and flat.mean() == pytest.approx(1.0)
    assert flat.std() < 0.03
    burst = noise.copy()
    burst[:, 300:308] *= 3.0  # every window louder at one place in its high band
    pattern = bench.position_pattern(burst, hop)
    assert 300 % hop <= np.argmax(pattern) < 308 % hop + 1
    figures = bench.pattern_figures(pattern, window)
    assert list(figures["on_lines"]) == [4, 8, 12, 16]  # the hop's harmonics among the 16 window-rate lines
    assert min(figures["on_lines"].values()) > max(bench.pattern_figures(flat, window)["on_lines"].values())

