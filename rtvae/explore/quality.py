"""How close a reconstruction is to its source, and whether it clicks.

Used by the reconstruction benchmark and the tests; numpy only, offline. The spectra are
taken over *segments*: Hann-windowed stretches of ``N_FFT`` samples every ``HOP`` (not the
model's decoded windows, and not frames, which are samples).
"""

from __future__ import annotations

import numpy as np

N_FFT = 2048
HOP = 512
EPS = 1e-10
N_HARMONICS = 16  # window-rate lines the click measure reads


def power_spectrogram(x: np.ndarray, n_fft: int = N_FFT, hop: int = HOP) -> np.ndarray:
    """(n_segments, n_fft/2 + 1) power of Hann-windowed segments."""
    x = np.pad(np.asarray(x, np.float64), (0, max(n_fft - len(x), 0)))
    starts = np.arange(0, len(x) - n_fft + 1, hop)
    segments = x[starts[:, None] + np.arange(n_fft)] * np.hanning(n_fft)
    return np.abs(np.fft.rfft(segments, axis=1)) ** 2


def log_spectral_distance(reference: np.ndarray, estimate: np.ndarray, floor_db: float = -80.0) -> float:
    """Mean over segments of the RMS difference of log power spectra, in dB.

    Both spectra are floored at ``floor_db`` below the reference's loudest bin, so bins
    that are silent in both do not dominate the figure with arbitrary depths.
    """
    return float(np.mean(log_spectral_distances(reference, estimate, floor_db)))


def log_spectral_distances(reference: np.ndarray, estimate: np.ndarray, floor_db: float = -80.0) -> np.ndarray:
    """The per-segment figures :func:`log_spectral_distance` is the mean of (segment k starts at k * HOP)."""
    ref, est = power_spectrogram(reference), power_spectrogram(estimate)
    n = min(len(ref), len(est))
    floor = ref.max() * 10 ** (floor_db / 10) + EPS
    diff = 10 * np.log10(np.maximum(ref[:n], floor)) - 10 * np.log10(np.maximum(est[:n], floor))
    return np.sqrt(np.mean(diff**2, axis=1))


def centroid_track(x: np.ndarray, sample_rate: int) -> np.ndarray:
    """Spectral centroid per segment in Hz."""
    power = power_spectrogram(x)
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / sample_rate)
    return (power @ freqs) / (power.sum(axis=1) + EPS)


def centroid_correlation(reference: np.ndarray, estimate: np.ndarray, sample_rate: int) -> float:
    """Pearson correlation of the two centroid tracks over segments that are not silent."""
    ref, est = centroid_track(reference, sample_rate), centroid_track(estimate, sample_rate)
    n = min(len(ref), len(est))
    loud = power_spectrogram(reference).sum(axis=1)[:n] > 1e-6 * N_FFT
    if loud.sum() < 3 or np.std(ref[:n][loud]) == 0 or np.std(est[:n][loud]) == 0:
        return float("nan")
    return float(np.corrcoef(ref[:n][loud], est[:n][loud])[0, 1])


def click_envelope(x: np.ndarray, window: int) -> np.ndarray:
    """The signal's first difference squared over its whole windows, mean removed (float64):
    the envelope whose spectrum :func:`window_rate_energy_db` reads."""
    steps = high_band_steps(x, window)
    return steps - steps.mean()


def high_band_steps(x: np.ndarray, window: int) -> np.ndarray:
    """The signal's first difference squared over its whole windows (float64): :func:`click_envelope` before its
    mean is removed."""
    n = (len(x) - 1) // window * window
    return np.diff(np.asarray(x, np.float64))[:n] ** 2


def window_rate_energy_db(x: np.ndarray, window: int, n_harmonics: int = N_HARMONICS) -> float:
    """How much the signal's high-frequency energy pulses at the window rate, in dB.

    Clicks at every window boundary are spikes in the first difference; their energy
    envelope then has lines at the window rate and its harmonics. The figure is the mean
    power on those lines over the mean power of the envelope spectrum between them.
    """
    spectrum, lines, floor, _ = window_rate_spectrum(x, window, n_harmonics)
    return float(10 * np.log10((spectrum[lines].mean() + EPS) / (spectrum[floor].mean() + EPS)))


def window_rate_parts(x: np.ndarray, window: int, n_harmonics: int = N_HARMONICS) -> dict[str, float]:
    """The sides of :func:`window_rate_energy_db`, each against the high band's mean level squared.

    * ``depth_db``: the lines' mean power. An envelope ``m (1 + a cos)`` on one of the
      lines scores ``20 log10(a / 2)`` less 10 log10 of the number of lines: how deeply the
      high band pulses at the window rate, whatever else it does.
    * ``roughness_db``: the figure's floor from half the first line up (from 21 Hz for a
      window of 1024 at 44.1 kHz): how much the high band's level jitters at fast rates.
    * ``slow_db``: the floor below half the first line: the target curve's own motion,
      and level steps that come fewer than about 21 times a second (a path's seams).
    * ``slow_share``: the slow bins' share of the floor's power.

    The figure is the depth over the floor's mean, in which the slow bins weigh by their
    number: two renders that pulse alike get different figures when one is rougher or
    moves more slowly. Noise puts a level on every bin that falls with the length against
    the mean squared, so compare renders of one length (the same curve, two methods).
    """
    spectrum, lines, floor, level = window_rate_spectrum(x, window, n_harmonics)
    fast, slow = floor[floor >= lines[0] // 2], floor[floor < lines[0] // 2]
    square = level**2 + EPS

    def db(bins):
        return float(10 * np.log10(spectrum[bins].mean() / square + EPS))

    return {"depth_db": db(lines), "roughness_db": db(fast), "slow_db": db(slow),
            "slow_share": float(spectrum[slow].sum() / (spectrum[floor].sum() + EPS))}


def segment_pulse(segments: np.ndarray, hop: int, n_harmonics: int = N_HARMONICS) -> np.ndarray:
    """(n,) float32: how much each played segment's high band pulses on the hop grid.

    Each segment (a window's span of the audio as played, ``window`` samples, a whole
    number of hops) has its :func:`window_steps` folded on the hop and read at the hop
    harmonics that are among the :func:`window_rate_energy_db` lines: the root of their
    power over the segment's level, so an envelope ``m (1 + a cos)`` on one of them reads
    ``a / 2``. It is the figure's depth read on one window's span: a path's lines are the
    sum of its segments' (the hop grid keeps their phase), so a selection can charge it
    point by point (``benchmarks/pulse_cost.py`` tries that). A span this short cannot tell
    the grid's pulse from the sound's own fast envelope near those harmonics (a low
    voice's periodicity): it reads both. 0 where the hop does not divide the window.
    """
    n, window = np.shape(segments)
    if n == 0 or window % hop:
        return np.zeros(n, np.float32)
    steps = window_steps(segments)
    folded = steps.reshape(n, window // hop, hop).sum(axis=1)
    harmonics = np.fft.rfft(folded, axis=1)[:, 1:max(n_harmonics * hop // window, 1) + 1]
    level = steps.sum(axis=1)
    pulse = np.sqrt((np.abs(harmonics) ** 2).sum(axis=1)) / np.maximum(level, EPS)
    return np.where(level > EPS, pulse, 0.0).astype(np.float32)


def window_steps(windows: np.ndarray) -> np.ndarray:
    """(n, window) float64: each window's first difference squared (its high band's level by position), the last
    position given its neighbour's, which has no next sample."""
    steps = np.diff(np.asarray(windows, np.float64), axis=1) ** 2
    return np.concatenate([steps, steps[:, -1:]], axis=1)


def window_rate_spectrum(x: np.ndarray, window: int, n_harmonics: int = N_HARMONICS):
    """(power spectrum of :func:`click_envelope`, the bins of the window-rate lines, the bins of the figure's
    floor between them, the envelope's sum before its mean was removed)."""
    steps = high_band_steps(x, window)
    envelope = steps - steps.mean()
    n = len(envelope)
    spectrum = np.abs(np.fft.rfft(envelope)) ** 2
    step = n // window  # bins per window-rate harmonic
    lines = np.arange(1, n_harmonics + 1) * step
    lines = lines[lines < len(spectrum)]
    between = np.ones(len(spectrum), bool)
    between[0] = False
    between[lines] = False
    floor = np.flatnonzero(between)[: lines[-1]]
    return spectrum, lines, floor, float(steps.sum())
