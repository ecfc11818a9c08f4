"""Overlap-add synthesis of decoded windows, compiled with numba, allocation-free.

The **synthesis** is one of :data:`SYNTHESES`. ``ola`` multiplies each decoded window by
a periodic Hann window and adds it into an accumulator every ``hop`` samples; the sum of
the shifted Hann windows is the constant ``window / (2 hop)``, divided out so a steady
sound keeps its level. ``concat`` is the RawAudioVAE paper's plain concatenation: hop =
window and no window function, which leaves clicks at every window boundary.

Words: a *window* is one decoded window (``window`` samples); *frames* are output samples.

Latency: the output for hop k starts at the first sample of window k, so overlap-add adds
no delay of its own (:attr:`OverlapAdd.latency_samples` is 0): a new latent is heard from
the next hop on, faded in by the window. The first ``window - hop`` samples lie under fewer
windows than the rest (:attr:`OverlapAdd.fill_samples`).
"""

from __future__ import annotations

import numpy as np
from numba import njit

SYNTHESES = ("ola", "concat")


def periodic_hann(window: int) -> np.ndarray:
    """The periodic Hann window (sums to a constant at hops that divide window/2)."""
    n = np.arange(window)
    return (0.5 - 0.5 * np.cos(2.0 * np.pi * n / window)).astype(np.float32)


def played_hop(window: int, hop: int, synthesis: str) -> int:
    """The hop a synthesis plays at: ``hop`` for overlap-add, the window for ``concat``."""
    return window if synthesis == "concat" else hop


def synthesis_window(window: int, hop: int, synthesis: str) -> np.ndarray:
    """The weights each decoded window is multiplied by, gain normalisation included."""
    if synthesis == "concat":
        return np.ones(window, np.float32)
    if synthesis != "ola":
        raise ValueError(f"synthesis must be one of {SYNTHESES}, got {synthesis!r}")
    if window % hop or window // hop < 2:
        raise ValueError(f"ola needs a hop that divides the window at least twice, got hop {hop} for {window}")
    hann = periodic_hann(window)
    overlap = hann.reshape(-1, hop).sum(axis=0).mean()  # = window / (2 hop)
    return (hann / overlap).astype(np.float32)


@njit(cache=True, nogil=True, fastmath=False, error_model="numpy")
def add_windows(windows, n_windows, weights, accumulator, hop, out, out_offset):
    """Overlap-add ``windows[:n_windows]`` and write n_windows * hop finished samples.

    accumulator holds the partial sums of the ``window`` samples from the current hop on;
    after each window its first ``hop`` samples are complete and are shifted out.
    """
    window = accumulator.shape[0]
    for k in range(n_windows):
        for i in range(window):
            accumulator[i] += windows[k, i] * weights[i]
        base = out_offset + k * hop
        for i in range(hop):
            out[base + i] = accumulator[i]
        for i in range(window - hop):
            accumulator[i] = accumulator[i + hop]
        for i in range(window - hop, window):
            accumulator[i] = 0.0


class OverlapAdd:
    """Streaming overlap-add state for one voice; all buffers made at construction.

    Args:
        window: samples per decoded window.
        hop: samples between windows (``concat`` uses the window whatever this says).
        synthesis: ``"ola"`` or ``"concat"``.
    """

    latency_samples = 0  # window k's first sample is output sample k * hop

    def __init__(self, window: int, hop: int, synthesis: str = "ola"):
        hop = played_hop(window, hop, synthesis)
        self.window, self.hop, self.synthesis = window, hop, synthesis
        self.weights = synthesis_window(window, hop, synthesis)
        self.accumulator = np.zeros(window, np.float32)

    @property
    def fill_samples(self) -> int:
        """Output samples before every sample lies under as many windows as the rest."""
        return self.window - self.hop

    def reset(self) -> None:
        self.accumulator[:] = 0.0

    def add(self, windows: np.ndarray, n_windows: int, out: np.ndarray, out_offset: int = 0) -> None:
        """Add ``windows[:n_windows]`` (float32, (>=n, window)); writes out[offset : offset + n*hop]."""
        add_windows(windows, n_windows, self.weights, self.accumulator, self.hop, out, out_offset)

    def warm(self) -> None:
        """Compile before any real-time use (numba compiles on first call)."""
        windows = np.zeros((1, self.window), np.float32)
        out = np.zeros(self.hop, np.float32)
        self.add(windows, 1, out)
        self.reset()
