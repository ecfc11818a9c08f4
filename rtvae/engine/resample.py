"""Streaming sample-rate conversion from the model's rate to the device's, allocation-free.

A windowed-sinc interpolator (Kaiser window, ``taps`` input samples per output sample)
read from a table of ``phases`` sub-sample positions with linear interpolation between
neighbouring phases. The read position is kept as an exact fraction (input samples =
``position / out_rate`` after reducing the two rates), so it never drifts however long the
stream runs. The cut-off sits below the lower Nyquist frequency, so downsampling does
not alias.

Each block: ask :meth:`input_needed` how many new input samples ``n_out`` outputs need,
produce exactly that many, then :meth:`process` them.

A band-limited interpolator can overshoot between input samples, so a limited signal may
come out a little above its ceiling: give the engine's ``ceiling`` and the output is
clamped to it (the default, inf, leaves it raw).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit


def sinc_table(taps: int, phases: int, cutoff: float, beta: float = 8.6) -> np.ndarray:
    """(phases + 1, taps) float64 kernel: row p is the filter for fractional delay p / phases."""
    rows = []
    for p in range(phases + 1):
        frac = p / phases
        t = np.arange(taps) - (taps // 2 - 1) - frac  # distance of each tap from the output instant
        window = _kaiser_at(t, taps, beta)
        rows.append(cutoff * np.sinc(cutoff * t) * window)
    return np.array(rows)


def _kaiser_at(t: np.ndarray, taps: int, beta: float) -> np.ndarray:
    half = taps / 2
    inside = np.clip(1 - (t / half) ** 2, 0, None)
    return np.i0(beta * np.sqrt(inside)) / np.i0(beta)


@njit(cache=True, error_model="numpy")
def resample_block(history, state, table, inp, n_in, out, n_out, step, den, ceiling):
    """Append ``inp[:n_in]`` to the history, then write ``n_out`` outputs within ±``ceiling``.

    state = [position (numerator over ``den``, relative to history[0]), filled].
    """
    taps = table.shape[1]
    phases = table.shape[0] - 1
    filled = state[1]
    for i in range(n_in):
        history[filled + i] = inp[i]
    filled += n_in
    position = state[0]
    for m in range(n_out):
        base = position // den
        frac = (position - base * den) / den * phases
        p = int(frac)
        w = frac - p
        acc = 0.0
        for k in range(taps):
            coef = table[p, k] + w * (table[p + 1, k] - table[p, k])
            acc += coef * history[base + k]
        out[m] = min(max(acc, -ceiling), ceiling)
        position += step
    consumed = position // den
    keep = filled - consumed
    for i in range(keep):
        history[i] = history[consumed + i]
    state[0] = position - consumed * den
    state[1] = keep


@njit(cache=True, error_model="numpy")
def input_needed(state, n_out, step, den, taps):
    """New input samples required before ``n_out`` more outputs can be made."""
    last = state[0] + (n_out - 1) * step
    needed = last // den + taps
    return max(needed - state[1], 0)


@njit(cache=True, error_model="numpy")
def output_available(state, n_in, step, den, taps):
    """Outputs that can be made once ``n_in`` more input samples are in (the input side pushes)."""
    filled = state[1] + n_in
    if filled < taps:
        return 0
    return max((((filled - taps) * den - state[0]) // step) + 1, 0)


class StreamResampler:
    """Fixed-ratio streaming resampler, model rate → device rate."""

    def __init__(self, in_rate: int, out_rate: int, max_out: int, taps: int = 32, phases: int = 512,
                 ceiling: float = math.inf):
        g = math.gcd(in_rate, out_rate)
        self.ceiling = float(ceiling)  # e.g. Engine.ceiling: no output sample above it
        self.in_rate, self.out_rate = in_rate, out_rate
        self.step, self.den = in_rate // g, out_rate // g
        cutoff = min(1.0, out_rate / in_rate) * 0.94
        self.table = sinc_table(taps, phases, cutoff)
        self.taps = taps
        self.max_in = max_out * self.step // self.den + taps + 2
        self.history = np.zeros(self.max_in + taps, np.float32)
        # Start with the history primed with zeros so the first output is centred.
        self.state = np.array([0, taps - 1], np.int64)

    @property
    def latency_samples(self) -> float:
        """Delay added, in output samples (half the filter)."""
        return (self.taps // 2) * self.out_rate / self.in_rate

    def input_needed(self, n_out: int) -> int:
        """New input samples required before ``n_out`` more outputs can be made."""
        return int(input_needed(self.state, n_out, self.step, self.den, self.taps))

    def process(self, inp: np.ndarray, n_in: int, out: np.ndarray, n_out: int) -> None:
        resample_block(self.history, self.state, self.table, inp, n_in, out, n_out, self.step, self.den,
                       self.ceiling)
