"""Overlap-add synthesis of decoded windows, compiled with numba, allocation-free.

The **synthesis** is one of :data:`SYNTHESES`. ``ola`` multiplies each decoded window by
a periodic Hann window and adds it into an accumulator every ``hop`` samples; the sum of
the shifted Hann windows is the constant ``window / (2 hop)``, divided out so a steady
sound keeps its level. ``concat`` is the RawAudioVAE paper's plain concatenation: hop =
window and no window function, which leaves clicks at every window boundary.

``sola`` is synchronised overlap-add (Roucos & Wilgus 1985): each window is placed up to
``SOLA_SEARCH_HOPS`` hops after its hop, where it best matches what is already there.
Why: a frame decoder repeats one window for a held latent, and ``ola`` adds those copies
every ``hop`` samples, so any held or slowly moving latent plays a buzz at the hop rate
(44100 / 256 = 172 Hz) whatever its own pitch. Placed where its waveform continues the
output, the copy keeps the window's own pitch, for periods up to the search (512 samples,
86 Hz, at hop 256; lower ones often still, as the search reaches). Two hops, not one: with
one (periods up to 172 Hz) held windows below it played an octave up
(benchmarks/held_pitch.py: 12 of 21 voiced windows within 50 cents with one hop, 19 with
two), at the price of a placement up to 11.6 ms late. A window that continues the one
before (a corpus sound played window after window) fits best where that one was and stays
in line with it (:data:`SOLA_PULL`). The search is a direct normalised correlation (two
multiply-adds per overlapping sample and place, some 100 µs a hop), hand-written because it
runs in the audio callback with no allocation; the output is divided by the sum of the
weights placed under each sample, which varies once windows move.

Words: a *window* is one decoded window (``window`` samples); *frames* are output samples.

Latency: the output for hop k starts at the first sample of window k, so overlap-add adds
no delay of its own (:attr:`OverlapAdd.latency_samples` is 0): a new latent is heard from
the next hop on, faded in by the window. The first ``window - hop`` samples lie under fewer
windows than the rest (:attr:`OverlapAdd.fill_samples`). Under ``sola`` a window may start
up to :attr:`OverlapAdd.search` samples late; on a held latent that is where its copies
fall, on a sound played window after window mostly not at all.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rtvae.engine.limits import DEFAULT_SYNTHESIS, SYNTHESES

SOLA_SEARCH_HOPS = 2    # a window may start up to this many hops late: periods up to 512 samples at hop 256 (86 Hz)
SOLA_PULL = 0.02        # normalised correlation a place loses per hop-length away from the previous window's
SOLA_FLOOR = 0.5        # weight sum below which the output is not boosted (the nominal sum is 1)


def periodic_hann(window: int) -> np.ndarray:
    """The periodic Hann window (sums to a constant at hops that divide window/2)."""
    n = np.arange(window)
    return (0.5 - 0.5 * np.cos(2.0 * np.pi * n / window)).astype(np.float32)


def played_hop(window: int, hop: int, synthesis: str) -> int:
    """The hop a synthesis plays at: ``hop`` for overlap-add, the window for ``concat``."""
    return window if synthesis == "concat" else hop


def search_samples(hop: int, synthesis: str) -> int:
    """How many places after its hop a window may be put at: SOLA_SEARCH_HOPS hops for ``sola``, else 1 (its hop)."""
    return SOLA_SEARCH_HOPS * hop if synthesis == "sola" else 1


def synthesis_window(window: int, hop: int, synthesis: str) -> np.ndarray:
    """The weights each decoded window is multiplied by, gain normalisation included."""
    if synthesis == "concat":
        return np.ones(window, np.float32)
    if synthesis not in ("ola", "sola"):
        raise ValueError(f"synthesis must be one of {SYNTHESES}, got {synthesis!r}")
    if window % hop or window // hop < 2:
        raise ValueError(f"{synthesis} needs a hop that divides the window at least twice, got hop {hop} for {window}")
    hann = periodic_hann(window)
    overlap = hann.reshape(-1, hop).sum(axis=0).mean()  # = window / (2 hop)
    return (hann / overlap).astype(np.float32)


@njit(cache=True, nogil=True, fastmath=False, error_model="numpy")
def add_windows(windows, n_windows, weights, accumulator, hop, out, out_offset):
    """Overlap-add ``windows[:n_windows]`` and write n_windows * hop finished samples.

    accumulator holds the partial sums of the ``window`` samples from the current hop on;
    after each window its first ``hop`` samples are complete and are shifted out. Under
    ``sola`` it is longer (see :func:`accumulator_size`) and :func:`place_windows` runs.
    """
    window = weights.shape[0]
    if accumulator.shape[0] != window:
        place_windows(windows, n_windows, weights, accumulator, hop, out, out_offset)
        return
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


def accumulator_size(window: int, hop: int, synthesis: str) -> int:
    """``window`` for ``ola`` and ``concat``; for ``sola`` three rows of ``window + search`` and one place (see place_windows)."""
    if synthesis != "sola":
        return window
    return 3 * (window + search_samples(hop, synthesis)) + 1


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def best_place(reference, window_k, weights, search, filled, previous):
    """The place (0 .. search - 1 samples after its hop) where the window best continues the output so far.

    ``reference`` is the output so far, normalised (sums over weights); it ends at ``filled``.
    The score is the Hann-weighted normalised correlation of the window with it over their
    overlap, less SOLA_PULL per ``search`` samples away from ``previous`` (the previous
    window's place, where a window that continues it belongs): among places that fit about
    as well (a period apart in a steady tone) the window stays in line, while the best fit
    within one peak is not moved (the pull is linear, the peak's top flat), so a held
    tone's pitch does not drift. Nothing there yet (silence, a fresh voice): 0. fastmath
    lets the dot products vectorise; it only ranks places, no output sample is computed.
    """
    window = weights.shape[0]
    own, energy = 0.0, 0.0
    for i in range(min(window, filled)):
        v = window_k[i]
        own += v * v * weights[i]
    for i in range(min(window, filled)):
        energy += reference[i] * reference[i] * weights[i]
    if own <= 1e-20 or energy <= 1e-20:
        return 0
    best, best_j = -1e30, 0
    for j in range(search):
        n = min(window, filled - j)
        if n <= 0:
            break
        if j > 0 and n < window:  # the overlap lost the window's sample n (it lies past the output so far)
            own -= window_k[n] * window_k[n] * weights[n]
        dot, energy = 0.0, 0.0
        for i in range(n):
            r = reference[j + i] * weights[i]
            dot += r * window_k[i]
            energy += r * reference[j + i]
        rho = dot / np.sqrt(energy * own) if energy > 1e-20 and own > 1e-20 else -2.0
        score = rho - SOLA_PULL * abs(j - previous) / search
        if score > best:
            best, best_j = score, j
    return best_j


@njit(cache=True, nogil=True, fastmath=False, error_model="numpy")
def place_windows(windows, n_windows, weights, accumulator, hop, out, out_offset):
    """Synchronised overlap-add (``sola``): each window at its best place, the output over the weights' sum.

    accumulator holds three rows of size = window + search, from the current hop on: the
    partial sums, the weights placed, and scratch for the normalised output so far; its
    last element is the previous window's place. Only the first ``filled`` samples can
    be non-zero (the latest window ends there).
    """
    window = weights.shape[0]
    size = (accumulator.shape[0] - 1) // 3
    search = size - window
    sums, placed, reference = accumulator[:size], accumulator[size:2 * size], accumulator[2 * size:]
    for k in range(n_windows):
        previous = int(accumulator[3 * size])
        filled = previous + window - hop  # the previous window's end, after the shift (0 before any window)
        if placed[0] == 0.0 and placed[filled - 1] == 0.0:
            filled = 0
        for i in range(filled):
            reference[i] = sums[i] / placed[i] if placed[i] > 1e-6 else 0.0
        j = best_place(reference, windows[k], weights, search, filled, previous)
        accumulator[3 * size] = j
        for i in range(window):
            sums[j + i] += windows[k, i] * weights[i]
            placed[j + i] += weights[i]
        base = out_offset + k * hop
        for i in range(hop):
            out[base + i] = sums[i] / (placed[i] if placed[i] > SOLA_FLOOR else SOLA_FLOOR)
        for row in (sums, placed):
            for i in range(size - hop):
                row[i] = row[i + hop]
            for i in range(size - hop, size):
                row[i] = 0.0


class OverlapAdd:
    """Streaming overlap-add state for one voice; all buffers made at construction.

    Args:
        window: samples per decoded window.
        hop: samples between windows (``concat`` uses the window whatever this says).
        synthesis: ``"ola"``, ``"sola"`` or ``"concat"``.
    """

    latency_samples = 0  # window k's first sample is output sample k * hop

    def __init__(self, window: int, hop: int, synthesis: str = DEFAULT_SYNTHESIS):
        hop = played_hop(window, hop, synthesis)
        self.window, self.hop, self.synthesis = window, hop, synthesis
        self.weights = synthesis_window(window, hop, synthesis)
        self.accumulator = np.zeros(accumulator_size(window, hop, synthesis), np.float32)
        self.search = search_samples(hop, synthesis) - 1  # the latest a window may start after its hop

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
