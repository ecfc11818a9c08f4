"""Per-window audio descriptors, compiled with numba and allocation-free per window.

The corpus builder measures them on decoded windows of every corpus latent, and the
descriptor-target controls later match against them (SPEC §5), possibly measuring the
produced audio in the real-time path. So one kernel serves both uses: ``Describer``
allocates its FFT tables and scratch buffers once, ``describe_into`` then measures one
window without allocating, and ``describe`` runs the same kernel over a batch, so batch
and per-window values agree bit for bit.

numba cannot call ``np.fft`` in nopython mode, so the module carries a small iterative
radix-2 FFT (real input through a half-length complex transform): windows must be a
power of two. Each window costs two transforms of twice its length: the forward one
gives the linear autocorrelation behind YIN (with the inverse one) and, through its even
bins and the Hann window's three-tap convolution, the Hann-windowed spectrum. That is
O(window log window), against O(window x max lag) for a direct difference function.

Descriptors, in the order of ``DESCRIPTORS``:

- ``rms_db``: RMS of the raw window in dB FS, floored at -120 (``FLOOR_DB``).
- ``centroid_hz``, ``bandwidth_hz``: mean and standard deviation of frequency weighted by
  the power spectrum of the Hann-windowed window (as ``quality.centroid_track``; librosa
  weights by magnitude, which gives higher values when there is a noise floor).
- ``flatness``: geometric over arithmetic mean of the power spectrum, 0..1; bins are
  floored 120 dB below the mean power so that the figure does not depend on the level.
- ``rolloff_hz``: frequency below which 85 % of the power lies, interpolated within bins.
- ``zcr``: zero crossings per second (a sine at f gives 2 f); zero counts as positive.
- ``f0_hz``: YIN (difference function, cumulative mean normalised difference, absolute
  threshold, parabolic interpolation); 0 when no dip falls under the threshold.
- ``periodicity``: 1 - the YIN minimum, 0..1: near 1 for pitched, low for noisy windows.

YIN here compares the window with itself over the overlapping part at each lag and
scales the sum by window / overlap, so lags up to 3/4 of the window (``MAX_LAG_FRACTION``)
stay comparable; the usual fixed integration window would stop at half the window. At
1024 samples and 44.1 kHz the f0 range is therefore about 57-2000 Hz.

A silent window (RMS at or below the floor) has every other descriptor 0.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

DESCRIPTORS: tuple[str, ...] = (
    "rms_db", "centroid_hz", "bandwidth_hz", "flatness", "rolloff_hz", "zcr", "f0_hz", "periodicity",
)
UNITS: dict[str, str] = {
    "rms_db": "dB FS", "centroid_hz": "Hz", "bandwidth_hz": "Hz", "flatness": "ratio 0..1",
    "rolloff_hz": "Hz", "zcr": "crossings/s", "f0_hz": "Hz (0 = unvoiced)", "periodicity": "0..1",
}
N_DESCRIPTORS = len(DESCRIPTORS)

FLOOR_DB = -120.0
ROLLOFF_FRACTION = 0.85
FLATNESS_FLOOR = 1e-12  # relative to the mean power: -120 dB
MAX_LAG_FRACTION = 0.75  # YIN lags keep at least a quarter of the window overlapping
F0_MIN_HZ = 40.0
F0_MAX_HZ = 2000.0
YIN_THRESHOLD = 0.1

_RMS_FLOOR = 10.0 ** (FLOOR_DB / 20.0)
_I_RMS, _I_CENTROID, _I_BANDWIDTH, _I_FLATNESS, _I_ROLLOFF, _I_ZCR, _I_F0, _I_PERIODICITY = range(N_DESCRIPTORS)


# ---------------------------------------------------------------- FFT


def _fft_tables(length: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Tables for a real FFT of ``length`` (a power of two) through a length/2 complex one.

    Returns (bitrev, cos, sin): the bit-reversal permutation of length/2 (int64) and
    cos/sin(2 pi k / length) for k in 0..length/2 (float64).
    """
    half = length // 2
    bits = max(half.bit_length() - 1, 0)
    bitrev = np.array([int(format(i, f"0{bits}b")[::-1], 2) if bits else 0 for i in range(half)], np.int64)
    angles = 2.0 * np.pi * np.arange(half + 1) / length
    return bitrev, np.cos(angles), np.sin(angles)


@njit(cache=True)
def _butterfly(re, im, a, b, wr, wi):
    """Radix-2 butterfly in place: (a, b) <- (a + w b, a - w b), w = wr + i wi."""
    tr = wr * re[b] - wi * im[b]
    ti = wr * im[b] + wi * re[b]
    re[b], im[b] = re[a] - tr, im[a] - ti
    re[a] += tr
    im[a] += ti


@njit(cache=True)
def _fft_inplace(re, im, bitrev, cos_t, sin_t):
    """Forward complex FFT of (re, im), length m, in place; tables are those of length 2 m."""
    m = re.shape[0]
    for i in range(m):
        j = bitrev[i]
        if j > i:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    while size <= m:
        half, stride = size // 2, (2 * m) // size
        # Loop over twiddles outside while blocks outnumber them: fewer, longer inner loops.
        if half < m // size:
            for k in range(half):
                wr, wi = cos_t[k * stride], -sin_t[k * stride]
                for a in range(k, m, size):
                    _butterfly(re, im, a, a + half, wr, wi)
        else:
            for start in range(0, m, size):
                for k in range(half):
                    _butterfly(re, im, start + k, start + k + half, cos_t[k * stride], -sin_t[k * stride])
        size *= 2


@njit(cache=True)
def _rfft_into(x, n_x, tables, z_re, z_im, out_re, out_im):
    """Spectrum of x[:n_x] zero-padded to 2 len(z_re); writes bins 0..len(z_re) of out."""
    bitrev, cos_t, sin_t = tables
    m = z_re.shape[0]
    for n in range(m):
        z_re[n] = x[2 * n] if 2 * n < n_x else 0.0
        z_im[n] = x[2 * n + 1] if 2 * n + 1 < n_x else 0.0
    _fft_inplace(z_re, z_im, bitrev, cos_t, sin_t)
    # Split the packed even/odd samples' transform into the real signal's spectrum.
    for k in range(m + 1):
        ar, ai = z_re[k % m], z_im[k % m]
        br, bi = z_re[(m - k) % m], -z_im[(m - k) % m]
        even_re, even_im = 0.5 * (ar + br), 0.5 * (ai + bi)
        odd_re, odd_im = 0.5 * (ai - bi), -0.5 * (ar - br)
        wr, wi = cos_t[k], -sin_t[k]
        out_re[k] = even_re + wr * odd_re - wi * odd_im
        out_im[k] = even_im + wr * odd_im + wi * odd_re


# ---------------------------------------------------------------- level and spectrum


@njit(cache=True)
def _rms(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += float(x[i]) * float(x[i])
    return math.sqrt(total / x.shape[0])


@njit(cache=True)
def _zero_crossings_per_s(x, sample_rate):
    crossings = 0
    for i in range(1, x.shape[0]):
        if (x[i - 1] >= 0.0) != (x[i] >= 0.0):
            crossings += 1
    return crossings * sample_rate / (x.shape[0] - 1)


@njit(cache=True)
def _spectrum_into(x, tables, s):
    """Transform of x (n,) zero-padded to 2 n: bins 0..n into s's out_re, out_im."""
    _, z_re, z_im, out_re, out_im = s
    _rfft_into(x, x.shape[0], tables, z_re, z_im, out_re, out_im)


@njit(cache=True)
def _hann_power_into(s, power):
    """Power of the periodic-Hann-windowed n-point spectrum, bins 0..n/2, from the 2 n one.

    The even bins of the zero-padded transform are the n-point transform X, and the
    periodic Hann window is the three-tap convolution X[j]/2 - (X[j-1] + X[j+1])/4 (X is
    conjugate-symmetric around 0 and n/2); this saves a transform per window.
    """
    out_re, out_im = s[3], s[4]
    last = power.shape[0] - 1
    for j in range(last + 1):
        below, above = abs(j - 1), j + 1 if j < last else last - 1
        sign_below = -1.0 if j == 0 else 1.0
        sign_above = -1.0 if j == last else 1.0
        re = 0.5 * out_re[2 * j] - 0.25 * (out_re[2 * below] + out_re[2 * above])
        im = 0.5 * out_im[2 * j] - 0.25 * (sign_below * out_im[2 * below] + sign_above * out_im[2 * above])
        power[j] = re * re + im * im


@njit(cache=True)
def _centroid_bandwidth(power, bin_hz):
    """Power-weighted mean and standard deviation of frequency, Hz."""
    total = weighted = 0.0
    for k in range(power.shape[0]):
        total += power[k]
        weighted += power[k] * k * bin_hz
    centroid = weighted / total
    spread = 0.0
    for k in range(power.shape[0]):
        spread += power[k] * (k * bin_hz - centroid) ** 2
    return centroid, math.sqrt(spread / total)


@njit(cache=True)
def _flatness(power):
    n = power.shape[0]
    mean = 0.0
    for k in range(n):
        mean += power[k]
    mean /= n
    floor = mean * FLATNESS_FLOOR
    log_sum = 0.0
    for k in range(n):
        log_sum += math.log(max(power[k], floor))
    return min(math.exp(log_sum / n) / mean, 1.0)


@njit(cache=True)
def _rolloff(power, bin_hz):
    """Frequency under which ROLLOFF_FRACTION of the power lies, linear within a bin."""
    total = 0.0
    for k in range(power.shape[0]):
        total += power[k]
    target, below = ROLLOFF_FRACTION * total, 0.0
    for k in range(power.shape[0]):
        if below + power[k] >= target:
            return 0.0 if k == 0 else (k - 1 + (target - below) / power[k]) * bin_hz
        below += power[k]
    return (power.shape[0] - 1) * bin_hz


# ---------------------------------------------------------------- YIN


@njit(cache=True)
def _difference_into(x, tables, s, d):
    """YIN difference per lag, d[0..len(d)), over the overlap, scaled by n / overlap.

    Uses d(t) = head energy + tail energy - 2 autocorrelation(t); the autocorrelation is
    the inverse transform of the power of x zero-padded to 2 n (linear, not circular), whose
    transform ``_spectrum_into`` left in s. Overwrites that transform.
    """
    padded, z_re, z_im, out_re, out_im = s
    n = x.shape[0]
    for k in range(n + 1):
        padded[k] = out_re[k] * out_re[k] + out_im[k] * out_im[k]
    for k in range(n + 1, 2 * n):
        padded[k] = padded[2 * n - k]
    # The power is real and even, so its forward transform is its inverse (times 2 n).
    _rfft_into(padded, 2 * n, tables, z_re, z_im, out_re, out_im)
    head = tail = out_re[0] / (2 * n)
    for lag in range(d.shape[0]):
        if lag > 0:
            head -= float(x[n - lag]) ** 2
            tail -= float(x[lag - 1]) ** 2
        d[lag] = max(head + tail - 2.0 * out_re[lag] / (2 * n), 0.0) * n / (n - lag)


@njit(cache=True)
def _cumulative_mean_normalise(d):
    """In place: d'(t) = d(t) t / sum(d(1..t)), d'(0) = 1 (1 wherever the sum is 0)."""
    running = 0.0
    d[0] = 1.0
    for lag in range(1, d.shape[0]):
        running += d[lag]
        d[lag] = d[lag] * lag / running if running > 0.0 else 1.0


@njit(cache=True)
def _yin_pick(dn, lag_min, lag_max, threshold):
    """(lag, voiced): first dip under threshold, descended to its minimum, else the minimum.

    A dip still falling at lag_max has its minimum (the period) out of range: unvoiced.
    """
    for lag in range(lag_min, lag_max + 1):
        if dn[lag] < threshold:
            while lag < lag_max and dn[lag + 1] < dn[lag]:
                lag += 1
            return lag, dn[lag + 1] >= dn[lag]
    best = lag_min
    for lag in range(lag_min + 1, lag_max + 1):
        if dn[lag] < dn[best]:
            best = lag
    return best, False


@njit(cache=True)
def _parabolic(dn, lag):
    """(offset in -0.5..0.5, minimum value) of the parabola through dn[lag-1..lag+1]."""
    a, b, c = dn[lag - 1], dn[lag], dn[lag + 1]
    curvature = a - 2.0 * b + c
    if curvature <= 0.0:
        return 0.0, b
    offset = min(max(0.5 * (a - c) / curvature, -0.5), 0.5)
    return offset, b - 0.25 * (a - c) * offset


@njit(cache=True)
def _yin(x, sample_rate, lag_min, lag_max, threshold, tables, s, d):
    """(f0 in Hz or 0, periodicity 0..1); s holds x's spectrum; d has room for lags 0..lag_max + 1."""
    _difference_into(x, tables, s, d)
    _cumulative_mean_normalise(d)
    lag, voiced = _yin_pick(d, lag_min, lag_max, threshold)
    offset, minimum = _parabolic(d, lag)
    periodicity = min(max(1.0 - minimum, 0.0), 1.0)
    return (sample_rate / (lag + offset) if voiced else 0.0), periodicity


# ---------------------------------------------------------------- one window, a batch


@njit(cache=True, nogil=True)
def _describe_window(x, sample_rate, lag_min, lag_max, threshold, tables, s, power, d, out):
    """All descriptors of one window x (n,) into out[:N_DESCRIPTORS]; no allocation."""
    rms = _rms(x)
    for i in range(N_DESCRIPTORS):
        out[i] = 0.0
    out[_I_RMS] = 20.0 * math.log10(rms) if rms > _RMS_FLOOR else FLOOR_DB
    if rms <= _RMS_FLOOR:
        return
    bin_hz = sample_rate / x.shape[0]
    _spectrum_into(x, tables, s)
    _hann_power_into(s, power)
    out[_I_CENTROID], out[_I_BANDWIDTH] = _centroid_bandwidth(power, bin_hz)
    out[_I_FLATNESS] = _flatness(power)
    out[_I_ROLLOFF] = _rolloff(power, bin_hz)
    out[_I_ZCR] = _zero_crossings_per_s(x, sample_rate)
    out[_I_F0], out[_I_PERIODICITY] = _yin(x, sample_rate, lag_min, lag_max, threshold, tables, s, d)


@njit(cache=True, nogil=True)
def _describe_batch(windows, sample_rate, lag_min, lag_max, threshold, tables, s, power, d, out):
    """Row by row: out[i] = descriptors of windows[i]."""
    for i in range(windows.shape[0]):
        _describe_window(windows[i], sample_rate, lag_min, lag_max, threshold, tables, s, power, d, out[i])


def _scratch(window: int) -> tuple[np.ndarray, ...]:
    """float64 buffers for a window: (signal of 2 window, packed re/im of window, bins re/im of window + 1)."""
    return (np.zeros(2 * window), np.zeros(window), np.zeros(window), np.zeros(window + 1), np.zeros(window + 1))


def lag_range(window: int, sample_rate: int, f0_min_hz: float = F0_MIN_HZ,
              f0_max_hz: float = F0_MAX_HZ) -> tuple[int, int]:
    """(shortest, longest) YIN lag in samples searched for a window of this length."""
    lag_max = min(int(math.ceil(sample_rate / f0_min_hz)), int(MAX_LAG_FRACTION * window))
    lag_min = max(int(sample_rate / f0_max_hz), 2)
    if lag_min >= lag_max:
        raise ValueError(f"no YIN lag fits: {f0_min_hz}-{f0_max_hz} Hz at {sample_rate} Hz in {window} samples")
    return lag_min, lag_max


class Describer:
    """Measures DESCRIPTORS on windows of one length and rate; buffers made at construction.

    window: samples per window, a power of two (>= 16). sample_rate: Hz. f0_min_hz and
    f0_max_hz bound the YIN search (the window also bounds it, see ``lag_range``);
    threshold is YIN's absolute threshold on the normalised difference (0.1-0.15).
    """

    def __init__(self, window: int = 1024, sample_rate: int = 44100, *, f0_min_hz: float = F0_MIN_HZ,
                 f0_max_hz: float = F0_MAX_HZ, threshold: float = YIN_THRESHOLD):
        if window < 16 or window & (window - 1):
            raise ValueError(f"window must be a power of two of at least 16 samples, got {window}")
        if sample_rate <= 0:
            raise ValueError(f"sample_rate must be positive, got {sample_rate}")
        self.window, self.sample_rate, self.threshold = window, float(sample_rate), float(threshold)
        self.lag_min, self.lag_max = lag_range(window, sample_rate, f0_min_hz, f0_max_hz)
        self._tables, self._scratch = _fft_tables(2 * window), _scratch(window)
        self._power = np.zeros(window // 2 + 1)
        self._d = np.zeros(self.lag_max + 2)

    def _args(self) -> tuple:
        return (self.sample_rate, self.lag_min, self.lag_max, self.threshold, self._tables, self._scratch,
                self._power, self._d)

    def describe_into(self, window: np.ndarray, out: np.ndarray) -> None:
        """Descriptors of one window (window,) float32 into out (>= N_DESCRIPTORS,) float32/64.

        Allocates nothing once compiled (call ``warm`` first in a real-time path). Not
        thread-safe: the scratch buffers belong to this instance.
        """
        _describe_window(window, *self._args(), out)

    def describe(self, windows: np.ndarray) -> np.ndarray:
        """(n, N_DESCRIPTORS) float32 descriptors of windows (n, window), float32."""
        windows = np.ascontiguousarray(windows, dtype=np.float32)
        if windows.ndim != 2 or windows.shape[1] != self.window:
            raise ValueError(f"windows must be (n, {self.window}), got {windows.shape}")
        out = np.zeros((len(windows), N_DESCRIPTORS), np.float32)
        _describe_batch(windows, *self._args(), out)
        return out

    def warm(self) -> None:
        """Compile both entry points for float32 input and output before real-time use."""
        self.describe(np.zeros((1, self.window), np.float32))
        self.describe_into(np.zeros(self.window, np.float32), np.zeros(N_DESCRIPTORS, np.float32))


def describe(windows: np.ndarray, sample_rate: int, **options) -> np.ndarray:
    """(n, N_DESCRIPTORS) float32 descriptors of windows (n, window) float32 at sample_rate Hz.

    options are Describer's (f0_min_hz, f0_max_hz, threshold), with the same defaults.
    """
    windows = np.asarray(windows)
    if windows.ndim != 2:
        raise ValueError(f"windows must be (n, window), got shape {windows.shape}")
    return Describer(windows.shape[1], sample_rate, **options).describe(windows)


def thumbnail(descriptors: np.ndarray) -> np.ndarray:
    """Bag-of-frames summary of one sound: (2 N_DESCRIPTORS,) float64, all means then all stds.

    descriptors: (n_windows, N_DESCRIPTORS) per-window values of that sound.
    """
    values = np.asarray(descriptors, dtype=np.float64)
    return np.concatenate([values.mean(axis=0), values.std(axis=0)])
