"""The live input as the engines read it: the latest samples at the model's rate, indexed by frame.

One writer, the thread that renders (the PortAudio callback, or the offline driver), writes
each block's input before the block is rendered; the engines read it on that same thread, so
nothing here needs ordering. Input sample ``i`` is heard alongside output frame ``i`` of the
player's clock: the callback writes as many model-rate input samples per block as it renders,
give or take the two resamplers' rounding (which the engine's input delay covers, see
:mod:`rtvae.engine.live_input`).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

LINE_SAMPLES = 16384  # a power of two, more than a window plus the largest block plus the feedback delay
I_WRITTEN, I_FRAME0 = 0, 1  # samples written so far; the player's frame the block being rendered starts at
N_LINE_STATE = 2


@njit(nogil=True, cache=True, error_model="numpy")
def line_write(buffer, state, block, n, frame0):
    """Append ``block[:n]`` (a non-finite sample is written as 0) and mark the block about to render."""
    mask = buffer.shape[0] - 1
    written = state[I_WRITTEN]
    for i in range(n):
        v = block[i]
        buffer[(written + i) & mask] = v if math.isfinite(v) else 0.0
    state[I_WRITTEN] = written + n
    state[I_FRAME0] = frame0


@njit(nogil=True, cache=True, error_model="numpy")
def line_window(buffer, written, end, out, row, gain):
    """``out[row] += gain × samples [end - window, end)``; missing ones count as silence.

    Returns how many were asked for before they were written (the input delay was too short).
    """
    mask = buffer.shape[0] - 1
    window = out.shape[1]
    start = end - window
    early = 0
    for i in range(window):
        index = start + i
        if index < 0 or index < written - buffer.shape[0]:
            continue  # before the stream began, or overwritten: silence
        if index >= written:
            early += 1
            continue
        out[row, i] += gain * buffer[index & mask]
    return early


class InputLine:
    """The line's memory: ``buffer`` (float32 ring) and ``state`` (int64: written, frame0)."""

    def __init__(self, samples: int = LINE_SAMPLES):
        if samples & (samples - 1):
            raise ValueError("an input line's length is a power of two")
        self.buffer = np.zeros(samples, np.float32)
        self.state = np.zeros(N_LINE_STATE, np.int64)

    def write(self, block: np.ndarray, frame0: int) -> None:
        """The next input samples, before the block starting at player frame ``frame0`` renders."""
        block = np.ascontiguousarray(block, np.float32)
        line_write(self.buffer, self.state, block, len(block), frame0)

    @property
    def written(self) -> int:
        return int(self.state[I_WRITTEN])
