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



def test_error_bands_put_a_high_error_only_in_the_high_band(bench):
    from scipy.signal import butter

    window, hop = 1024, 256
    recorded = np.random.default_rng(3).standard_normal((40, window)) * 0.1
    n = np.arange(window)
    buzz = 0.3 * np.sin(2 * np.pi * 10000 * n / 44100) * (np.abs(n - 300) < 40)  # same place in every window
    split = butter(4, bench.SPLIT_HZ, "highpass", fs=44100, output="sos")
    exact = bench.error_bands(recorded, recorded, split, hop, window)
    assert exact["low_error_db"] == pytest.approx(exact["recordings_db"])
    assert exact["high_error_db"] == pytest.approx(exact["recordings_db"])
    bands = bench.error_bands(recorded + buzz, recorded, split, hop, window)
    decoded = bench.window_rate_energy_db(bench.overlap_added(recorded + buzz, hop, "ola"), window)
    assert decoded > bands["recordings_db"] + 3  # the buzz pulses at the hop
    assert bands["high_error_db"] == pytest.approx(decoded, abs=0.5)
    assert bands["low_error_db"] == pytest.approx(bands["recordings_db"], abs=0.5)


def test_paired_parts_counts_each_side_curve_by_curve(bench):
    rows = []
    for name in bench.PART_DESCRIPTORS:
        for i in range(6):
            for method, shift in (("viterbi", -1.0), ("nearest", 0.0)):
                rows.append({"descriptor": name, "curve": f"c{i}", "method": method, "window_rate_db": float(i),
                             "depth_db": i + shift, "roughness_db": i - shift, "slow_db": 0.0,
                             "slow_share": 0.5})
    parts = {e["descriptor"]: e for e in bench.paired_parts(rows)}
    centroid = parts["centroid_hz"]
    assert centroid["n_curves"] == 6
    assert (centroid["depth_db"]["lower"], centroid["depth_db"]["higher"]) == (6, 0)
    assert centroid["depth_db"]["sign_test_p"] == pytest.approx(1 / 64)
    assert (centroid["roughness_db"]["lower"], centroid["roughness_db"]["higher"]) == (0, 6)
    assert centroid["window_rate_db"]["median_difference"] == 0.0 and centroid["window_rate_db"]["sign_test_p"] == 1.0
    assert "| centroid_hz | depth of the lines (dB) |" in "\n".join(bench.part_lines({"benchmark_curves": range(6),
                                                                                       "parts": list(parts.values())}))
