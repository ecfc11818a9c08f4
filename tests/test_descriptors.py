"""Per-window descriptors: known signals give known values, batch and per-window agree, no allocation."""

import numpy as np
import pytest
from scipy import signal

from rtvae.explore.descriptors import (
    DESCRIPTORS, FLOOR_DB, N_DESCRIPTORS, UNITS, Describer, describe, lag_range, thumbnail,
)
from tests.allocation import steady_state

SR = 44100
WINDOW = 1024
COLUMN = {name: i for i, name in enumerate(DESCRIPTORS)}


def tone(f0_hz, harmonics=(1,), amplitude=0.5, phase=0.3):
    """One window of a sum of harmonics k of f0 with amplitude 1/k, peak-scaled to amplitude."""
    t = np.arange(WINDOW) / SR
    x = sum(np.sin(2 * np.pi * f0_hz * k * t + phase * k) / k for k in harmonics)
    return (amplitude * x / np.abs(x).max()).astype(np.float32)


def noise(seed, amplitude=0.1, n=1):
    return (amplitude * np.random.default_rng(seed).standard_normal((n, WINDOW))).astype(np.float32)


def measure(window):
    """Descriptors of one window as a dict."""
    return dict(zip(DESCRIPTORS, describe(window[None, :], SR)[0].astype(float)))


def test_names_units_and_output_shape_agree():
    assert set(UNITS) == set(DESCRIPTORS) and len(DESCRIPTORS) == N_DESCRIPTORS == 8
    out = describe(noise(0, n=5), SR)
    assert out.shape == (5, N_DESCRIPTORS) and out.dtype == np.float32


def test_a_440_hz_sine_reads_f0_440_periodic_centroid_440_and_not_flat():
    d = measure(tone(440.0))
    assert d["f0_hz"] == pytest.approx(440.0, rel=0.01)
    assert d["periodicity"] > 0.99
    assert d["centroid_hz"] == pytest.approx(440.0, rel=0.03)
    assert d["rolloff_hz"] == pytest.approx(440.0, rel=0.1)
    assert d["flatness"] < 1e-3
    assert d["zcr"] == pytest.approx(2 * 440.0, rel=0.05)  # crossings per second: two per period


def test_white_noise_is_unvoiced_flat_and_barely_periodic():
    out = describe(noise(1, n=50), SR)
    assert np.all(out[:, COLUMN["f0_hz"]] == 0.0)
    assert np.all(out[:, COLUMN["flatness"]] > 0.4)  # exp(-Euler gamma) = 0.56 in expectation
    assert np.all(out[:, COLUMN["periodicity"]] < 0.5)
    assert np.median(out[:, COLUMN["centroid_hz"]]) == pytest.approx(SR / 4, rel=0.05)


def test_more_harmonics_raise_centroid_bandwidth_and_rolloff():
    dull, mid, bright = (measure(tone(220.0, range(1, n + 1))) for n in (1, 4, 16))
    for name in ("centroid_hz", "bandwidth_hz", "rolloff_hz"):
        assert dull[name] < mid[name] < bright[name], name


def test_a_higher_low_pass_cutoff_raises_centroid_and_rolloff():
    white = noise(2, n=1)[0].astype(np.float64)
    measured = [measure(signal.sosfilt(signal.butter(6, cutoff, fs=SR, output="sos"), white).astype(np.float32))
                for cutoff in (500.0, 2000.0, 8000.0)]
    for name in ("centroid_hz", "rolloff_hz"):
        values = [m[name] for m in measured]
        assert values[0] < values[1] < values[2], name


def test_six_db_quieter_reads_six_db_lower_and_keeps_the_other_descriptors():
    loud, quiet = describe(np.stack([tone(330.0, (1, 2, 3)), tone(330.0, (1, 2, 3), 0.25)]), SR)
    assert loud[COLUMN["rms_db"]] - quiet[COLUMN["rms_db"]] == pytest.approx(20 * np.log10(2), abs=1e-3)
    np.testing.assert_allclose(loud[1:], quiet[1:], rtol=1e-4, atol=1e-6)


def test_silence_reads_the_floor_and_zeros_and_nothing_is_nan():
    windows = np.zeros((3, WINDOW), np.float32)
    windows[1, 100] = 1e-7  # below the -120 dB floor once averaged over the window
    windows[2] = noise(3, amplitude=1e-5)[0]  # quiet but measurable
    out = describe(windows, SR)
    assert np.all(np.isfinite(out))
    assert out[0, COLUMN["rms_db"]] == out[1, COLUMN["rms_db"]] == FLOOR_DB
    assert np.all(out[:2, 1:] == 0.0)
    assert out[2, COLUMN["rms_db"]] == pytest.approx(-100.0, abs=0.5)
    assert out[2, COLUMN["flatness"]] > 0.4


@pytest.mark.parametrize("f0_hz", [60.0, 97.0, 150.0, 261.6, 440.0, 800.0, 1500.0])
@pytest.mark.parametrize(
    "harmonics", [(1,), (1, 2, 3, 4, 5), (2, 3, 4, 5, 6)], ids=["sine", "full", "no-fundamental"]
)
def test_f0_tracks_harmonic_tones_from_60_to_1500_hz(f0_hz, harmonics):
    d = measure(tone(f0_hz, harmonics))
    assert d["f0_hz"] == pytest.approx(f0_hz, rel=0.01)
    assert d["periodicity"] > 0.95


def test_f0_range_is_bounded_by_the_window_and_below_it_reads_unvoiced():
    lag_min, lag_max = lag_range(WINDOW, SR)
    assert lag_max == int(0.75 * WINDOW) and lag_min == SR // 2000
    assert measure(tone(50.0))["f0_hz"] == 0.0  # its period does not fit: not the range edge
    assert measure(tone(SR / lag_max * 1.01))["f0_hz"] == pytest.approx(SR / lag_max * 1.01, rel=0.01)


def test_spectral_descriptors_match_a_numpy_reference():
    harmonic = tone(180.0, range(1, 9))
    windows = np.stack([harmonic, harmonic + noise(4, amplitude=0.01)[0], noise(5)[0]]).astype(np.float64)
    power = np.abs(np.fft.rfft(windows * np.hanning(WINDOW + 1)[:WINDOW], axis=1)) ** 2
    freqs = np.fft.rfftfreq(WINDOW, 1 / SR)
    centroid = power @ freqs / power.sum(axis=1)
    bandwidth = np.sqrt((power * (freqs - centroid[:, None]) ** 2).sum(axis=1) / power.sum(axis=1))
    floored = np.maximum(power, 1e-12 * power.mean(axis=1, keepdims=True))
    flatness = np.exp(np.log(floored).mean(axis=1)) / power.mean(axis=1)
    out = describe(windows.astype(np.float32), SR)
    np.testing.assert_allclose(out[:, COLUMN["centroid_hz"]], centroid, rtol=1e-5)
    np.testing.assert_allclose(out[:, COLUMN["bandwidth_hz"]], bandwidth, rtol=1e-5)
    np.testing.assert_allclose(out[:, COLUMN["flatness"]], flatness, rtol=1e-4)


def test_rolloff_is_where_85_percent_of_the_power_lies():
    window = tone(1000.0, (1, 5), phase=0.0)  # powers 1 : 1/25 put 96 % at 1000 Hz
    assert measure(window)["rolloff_hz"] == pytest.approx(1000.0, rel=0.05)


def test_batch_describe_equals_describe_into_bit_for_bit():
    windows = np.concatenate([noise(6, n=4), np.stack([tone(f) for f in (70.0, 440.0, 1234.0)]),
                              np.zeros((1, WINDOW), np.float32)])
    describer = Describer(WINDOW, SR)
    batch = describer.describe(windows)
    out = np.zeros(N_DESCRIPTORS, np.float32)
    for window, row in zip(windows, batch):
        describer.describe_into(window, out)
        assert np.array_equal(out, row)


def test_describe_uses_the_describer_defaults():
    windows = np.stack([tone(440.0), noise(7)[0]])
    assert np.array_equal(describe(windows, SR), Describer(WINDOW, SR).describe(windows))
    strict = describe(windows, SR, threshold=1e-12)
    assert strict[0, COLUMN["f0_hz"]] == 0.0  # the option reaches the kernel


def test_describe_into_allocates_nothing():
    describer = Describer(WINDOW, SR)
    describer.warm()
    window, out = tone(220.0, (1, 2, 3)), np.zeros(N_DESCRIPTORS, np.float32)

    def run(n):
        for _ in range(n):
            describer.describe_into(window, out)

    growth, peak = steady_state(run, calls=1000)
    assert growth < 256  # interpreter noise; one kept byte per call would be 500 (a round of the 1000)
    assert peak < 4096  # a window's float64 scratch alone would be 8 KiB


def test_windows_that_are_not_a_power_of_two_or_of_the_wrong_shape_are_refused():
    with pytest.raises(ValueError, match="power of two"):
        Describer(1000, SR)
    with pytest.raises(ValueError, match="windows must be"):
        Describer(WINDOW, SR).describe(np.zeros((2, 512), np.float32))
    with pytest.raises(ValueError, match="windows must be"):
        describe(np.zeros(WINDOW, np.float32), SR)


def test_thumbnail_is_per_descriptor_mean_then_std():
    per_window = np.array([[1.0] * N_DESCRIPTORS, [3.0] * N_DESCRIPTORS])
    assert np.array_equal(thumbnail(per_window), [2.0] * N_DESCRIPTORS + [1.0] * N_DESCRIPTORS)
