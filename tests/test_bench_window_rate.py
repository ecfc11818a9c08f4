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
