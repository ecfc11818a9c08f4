"""benchmarks/window_rate_origins.py: its attribution of the window-rate lines to stretches of a render (no model)."""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench():
    # Loaded from its path (benchmarks/ is not a package); it imports its neighbour descriptors.py.
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location("window_rate_origins", BENCHMARKS / "window_rate_origins.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


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
