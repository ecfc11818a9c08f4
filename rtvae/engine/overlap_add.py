"""Overlap-add synthesis of decoded windows, compiled with numba, allocation-free.

``ola`` mode multiplies each decoded window by a periodic Hann window and adds it into
an accumulator every ``hop`` samples; the sum of the shifted Hann windows is the constant
``window / (2 hop)``, divided out so a steady sound keeps its level. ``concat`` mode is
the RawAudioVAE paper's plain concatenation: hop = window and no window function, which
leaves clicks at every window boundary.

The output for hop k starts at the first sample of window k, so overlap-add adds no
delay of its own: a new latent is heard from the next hop on, faded in by the window.
"""

from __future__ import annotations

import numpy as np
from numba import njit

MODES = ("ola", "concat")


def periodic_hann(window: int) -> np.ndarray:
    """The periodic Hann window (sums to a constant at hops that divide window/2)."""
    n = np.arange(window)
    return (0.5 - 0.5 * np.cos(2.0 * np.pi * n / window)).astype(np.float32)


def synthesis_window(window: int, hop: int, mode: str) -> np.ndarray:
    """The window each decoded frame is multiplied by, gain normalisation included."""
    if mode == "concat":
        return np.ones(window, np.float32)
    if mode != "ola":
        raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
    if window % hop or window // hop < 2:
        raise ValueError(f"ola needs a hop that divides the window at least twice, got hop {hop} for {window}")
    hann = periodic_hann(window)
    overlap = hann.reshape(-1, hop).sum(axis=0).mean()  # = window / (2 hop)
    return (hann / overlap).astype(np.float32)


@njit(cache=True, nogil=True, fastmath=False)
def add_frames(frames, n_frames, weights, accumulator, hop, out, out_offset):
    """Overlap-add ``frames[:n_frames]`` and write n_frames * hop finished samples.

    accumulator holds the partial sums of the ``window`` samples from the current hop on;
    after each frame its first ``hop`` samples are complete and are shifted out.
    """
    window = accumulator.shape[0]
    for k in range(n_frames):
        for i in range(window):
            accumulator[i] += frames[k, i] * weights[i]
        base = out_offset + k * hop
        for i in range(hop):
            out[base + i] = accumulator[i]
        for i in range(window - hop):
            accumulator[i] = accumulator[i + hop]
        for i in range(window - hop, window):
            accumulator[i] = 0.0


class OverlapAdd:
    """Streaming overlap-add state for one voice; all buffers made at construction."""

    def __init__(self, window: int, hop: int, mode: str = "ola"):
        if mode == "concat":
            hop = window
        self.window, self.hop, self.mode = window, hop, mode
        self.weights = synthesis_window(window, hop, mode)
        self.accumulator = np.zeros(window, np.float32)

    def reset(self) -> None:
        self.accumulator[:] = 0.0

    def add(self, frames: np.ndarray, n_frames: int, out: np.ndarray, out_offset: int = 0) -> None:
        """Add ``frames[:n_frames]`` (float32, (>=n, window)); writes out[offset : offset + n*hop]."""
        add_frames(frames, n_frames, self.weights, self.accumulator, self.hop, out, out_offset)

    def warm(self) -> None:
        """Compile before any real-time use (numba compiles on first call)."""
        frames = np.zeros((1, self.window), np.float32)
        out = np.zeros(self.hop, np.float32)
        self.add(frames, 1, out)
        self.reset()
