"""The output safety stage: a transparent peak limiter with a hard ceiling (numba).

Every block the engine makes passes through :func:`limit` last, so the live stream and
an offline render are limited alike. The limiter has an instant attack (the gain drops on
the very sample that would exceed the ceiling, so there is no overshoot and no
look-ahead delay) and a smooth exponential release back to unity (``RELEASE_MS``).
After the gain, each sample is clamped to the ceiling, so none above it ever leaves.

Transparent: while nothing has exceeded the ceiling the gain is exactly 1.0 and the
samples are not touched at all, so sound below the ceiling passes bit for bit. The
release snaps to exactly 1.0 once it is within ``SNAP`` of it (a −120 dB step).

Latency: 0 samples (no look-ahead).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

RELEASE_MS = 50.0
SNAP = 1e-6
# The limiter's state, one float64 array: the gain now, the ceiling (linear), the release
# coefficient per sample.
L_GAIN, L_CEILING, L_RELEASE = range(3)


def ceiling_linear(ceiling_db: float) -> float:
    """The ceiling as a float32-representable linear amplitude, never above ``ceiling_db``."""
    ceiling = 10.0 ** (ceiling_db / 20.0)
    as32 = np.float32(ceiling)
    if float(as32) > ceiling:
        as32 = np.nextafter(as32, np.float32(0.0))
    return float(as32)


@njit(cache=True, error_model="numpy")
def limit(out, n, state):
    """Limit ``out[:n]`` (float32) in place to the ceiling; True when any gain was below 1."""
    gain, ceiling, release = state[L_GAIN], state[L_CEILING], state[L_RELEASE]
    acted = False
    for i in range(n):
        x = np.float64(out[i])
        level = abs(x)
        if level * gain > ceiling:
            gain = ceiling / level  # instant attack: this sample lands on the ceiling
        if gain != 1.0:
            acted = True
            out[i] = min(max(x * gain, -ceiling), ceiling)  # the hard ceiling, whatever rounding did
            gain += (1.0 - gain) * release
            if gain > 1.0 - SNAP:
                gain = 1.0
    state[L_GAIN] = gain
    return acted


class Limiter:
    """One voice's limiter state (all made here; :func:`limit` only writes ``state``).

    Args:
        ceiling_db: the ceiling in dBFS (e.g. -0.3).
        sample_rate: the rate of the samples it limits, in Hz.
        enabled: False passes the output raw (no limiter, no ceiling).
    """

    latency_samples = 0

    def __init__(self, ceiling_db: float, sample_rate: int, enabled: bool = True):
        self.enabled, self.ceiling_db = enabled, ceiling_db
        self.ceiling = ceiling_linear(ceiling_db) if enabled else math.inf
        release = 1.0 - math.exp(-1.0 / (RELEASE_MS * sample_rate / 1000.0))
        self.state = np.array([1.0, self.ceiling, release], np.float64)

    def reset(self) -> None:
        self.state[L_GAIN] = 1.0
