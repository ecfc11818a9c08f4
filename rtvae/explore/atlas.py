"""The descriptor atlas of a corpus: latents, and the descriptors of what they decode to.

Descriptor targets (SPEC §5) choose latents by what they sound like, so every candidate
latent needs its descriptors measured on its *decoded* audio. The atlas holds:

* every corpus window (its mu at the corpus hop);
* **midpoint runs** between neighbours: a window ``i`` of one sound and its latent
  neighbour ``j`` in *another* sound give the midpoints of ``(i + s, j + s)`` for
  ``s = 0 .. RUN_HOPS - 1`` (while both stay inside their sounds), each decoded. Targets
  that fall between two corpus sounds have latents to land on, and a run moves forward
  like a sound does, so it can be played hop after hop.

Descriptors are measured on the decoded audio **as played**: a run's decoded windows
(a corpus sound's, a midpoint run's) overlap-added at the hop as the engine adds them,
and each point measured over its window's span (:func:`played_segments`). A window
measured alone predicts the played level badly where consecutive decoded windows are not
coherent (quiet, noisy tails lose up to 5 dB when added), and the played value is what
the listener and the benchmark measure. (The corpus keeps its own descriptors of single
decoded windows for its thumbnails and maps.)

Every point has a **successor**: the point one corpus hop later in its sound or run
(-1 at the end). Playing a point and then its successor is what a corpus sound does, and
its overlap-added windows stay coherent; holding one latent repeats one window every hop,
which overlap-adds into a buzz at the hop rate (a measured fact, see
benchmarks/descriptors.py). The selection (:mod:`rtvae.explore.targets`) uses the
successors as its notion of continuity.

Neighbours are searched with a :class:`scipy.spatial.cKDTree` over the latents projected
on their ``SEARCH_DIMS`` leading principal directions (a k-d tree in 128 dimensions is a
slow brute force), then ranked by the exact latent distance.

Normalisation: each descriptor gets a robust z-score, ``(value - median) / scale`` with
``scale = IQR / 1.349`` (the standard deviation of a normal with that IQR), so that a few
extreme windows do not squash the rest. ``flatness`` is scored in dB: it spans decades (on the
embedded model's atlas from -60 to -15 dB), and scored as a plain ratio its noisiest points
lay over 600 robust σ from the median, so they swamped every other descriptor in a
weighted distance and every mean of changes. ``f0_hz`` is scored in octaves (log2 Hz) over the
voiced points only: an unvoiced point (f0 0) has no f0 and cannot be chosen for an f0
target; and a point quieter than ``AUDIBLE_DB`` has only a level (its brightness or pitch
is that of the decoder's near-silence). Statistics are taken over the points that have
the descriptor. Ranges: the full range (min..max, what some point of the atlas reaches) and the
robust range (1st..99th percentile, what sliders should span); targets are clamped to
the full range (see :class:`DescriptorRange`).

Every point also has a **pulse**: how much its played span pulses on the hop grid at the
window-rate lines (:func:`rtvae.explore.quality.segment_pulse`), the depth of the
benchmark's window-rate figure read on one window's span. The selection charges it as a unit
cost (:func:`rtvae.explore.viterbi.pulse_unit_cost`), so that of two points that fit a target alike
the path takes the one that does not buzz.

Stored inside the corpus file (:mod:`rtvae.explore.corpus`): the midpoint pairs, every
point's descriptors and pulse as arrays, their counts in the metadata. The latents, successors and statistics
are computed from the corpus's mu and the stored descriptors on load (the statistics take
milliseconds, and a stored copy would go stale when a descriptor's scoring space changes).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

MIDPOINT_CAP = 12000    # midpoints per build (decoded and measured: ~1.5 s on two cores at this cap)
RUN_HOPS = 8            # midpoints per run (consecutive hops of a pair of sounds)
NEIGHBOURS = 16         # candidates per tree query when looking for a neighbour in another sound
SEARCH_DIMS = 8         # principal directions the neighbour tree works in
ROBUST_PERCENTILES = (1.0, 99.0)
IQR_TO_SIGMA = 1.349    # IQR of a unit normal
LOG_DESCRIPTORS = ("f0_hz",)  # scored in octaves, over voiced (non-zero) points only
DECIBEL_DESCRIPTORS = ("flatness",)  # ratios scored in dB (10 log10)
DECIBEL_FLOOR = 1e-12   # the least ratio a dB score is taken of (a flatness of exactly 0: -120 dB)
LEVEL = "rms_db"
WEIGHT_FLOOR = 1e-3     # share of the Hann peak below which a played segment's edge is not boosted
AUDIBLE_DB = -50.0      # below this level a point has a level, but no brightness, pitch ... worth aiming at


@dataclass(frozen=True)
class DescriptorRange:
    """What one descriptor spans in the atlas, in its own unit.

    ``low``/``high`` is the full range, the least and the greatest value of the points
    that have the descriptor. Targets are clamped to it: every value inside lies between
    two points the atlas can play, and clamping to the robust range instead would refuse
    sounds the corpus has (its brightest or loudest 1 %). ``robust_low``/``robust_high``
    (the 1st and 99th percentiles) is where the points are dense: the range a slider
    should span, and the one built-in curves and the benchmark draw in.
    """

    name: str
    unit: str
    low: float
    high: float
    robust_low: float
    robust_high: float
    center: float           # the z-score's centre (the median) and scale (IQR / 1.349),
    scale: float            # in the unit, in octaves (log2 Hz) for f0_hz, in dB for flatness

    def clamp(self, value: float) -> float:
        return min(max(value, self.low), self.high)


@dataclass
class Atlas:
    """Atlas points of one corpus (corpus windows first, then midpoints).

    Attributes:
        latents: (n_points, latent_size) float32.
        descriptors: (n_points, n_descriptors) float32, measured on the decoded audio as played.
        successor: (n_points,) int64, the point one corpus hop later, -1 at the end.
        names: descriptor names (units in the names), the columns of ``descriptors``.
        units: name → unit, for replies and plots.
        n_windows: how many of the points are corpus windows (the rest are midpoints).
        pairs: (n_midpoints, 2) int64, the corpus windows each midpoint lies between.
        hop: the corpus hop between a point and its successor, in samples.
        stats: name → the descriptor's :class:`DescriptorRange`.
        pulse: (n_points,) float32, each point's played span's pulse on the hop grid
            (:func:`rtvae.explore.quality.segment_pulse`), or None where not measured.
    """

    latents: np.ndarray
    descriptors: np.ndarray
    successor: np.ndarray
    names: list[str]
    units: dict[str, str]
    n_windows: int
    pairs: np.ndarray
    hop: int
    stats: dict[str, DescriptorRange]
    pulse: np.ndarray | None = None

    @property
    def n_points(self) -> int:
        return len(self.latents)

    def column(self, name: str) -> int:
        """The index of a descriptor; a name the atlas lacks is a ValueError listing the names."""
        if name not in self.names:
            raise ValueError(f"unknown descriptor '{name}'; known: {', '.join(self.names)}")
        return self.names.index(name)

    def normalised(self, name: str, values: np.ndarray | None = None) -> np.ndarray:
        """Robust z-scores (float64) of ``values`` (default: every point's); NaN where undefined.

        For ``f0_hz`` a value of 0 or below (unvoiced) has no z-score: NaN.
        """
        stats = self.stats[name]
        if values is not None:
            return (to_space(name, values) - stats.center) / stats.scale
        z = (to_space(name, self.descriptors[:, self.column(name)]) - stats.center) / stats.scale
        return np.where(self.defined(name), z, np.nan)

    def defined(self, name: str) -> np.ndarray:
        """(n_points,) bool: the points that have a value of ``name`` to aim at (see :func:`defined_mask`)."""
        return defined_mask(self.descriptors, self.names, name)

    def flow(self) -> np.ndarray:
        """(n_points, latent_size) float32: successor's latent minus the point's (0 at an end)."""
        flow = np.zeros_like(self.latents)
        has = self.successor >= 0
        flow[has] = self.latents[self.successor[has]] - self.latents[has]
        return flow

    def meta(self) -> dict:
        """What the corpus metadata stores of the atlas (JSON-ready)."""
        return {"n_windows": self.n_windows, "n_midpoints": len(self.pairs)}

    def arrays(self) -> dict[str, np.ndarray]:
        """What the corpus file stores of the atlas: the midpoint pairs, every point's descriptors and pulse."""
        arrays = {"atlas_pairs": self.pairs.astype(np.int32), "atlas_descriptors": self.descriptors.astype(np.float32)}
        if self.pulse is not None:
            arrays["atlas_pulse"] = self.pulse.astype(np.float32)
        return arrays


def from_parts(mu: np.ndarray, offsets: np.ndarray, descriptors: np.ndarray, names: list[str],
               units: dict[str, str], hop: int, pairs: np.ndarray, mid_descriptors: np.ndarray,
               pulse: np.ndarray | None = None) -> Atlas:
    """The atlas of a corpus (``mu``, ``offsets``, window ``descriptors``) and its midpoints.

    ``pulse``: every point's (windows first, then midpoints), or None.

    Midpoint latents, every successor and the statistics are computed here, on a fresh
    build and on load alike: the statistics depend only on the descriptors and on the
    space each is scored in, so a corpus stays valid when that space changes.
    """
    pairs = np.asarray(pairs, np.int64).reshape(-1, 2)
    mid = 0.5 * (mu[pairs[:, 0]].astype(np.float32) + mu[pairs[:, 1]])
    latents = np.concatenate([mu.astype(np.float32), mid.astype(np.float32)])
    values = np.concatenate([descriptors, np.asarray(mid_descriptors, np.float32).reshape(-1, len(names))])
    runs = run_successors(pairs)
    successor = np.concatenate([window_successors(offsets), np.where(runs >= 0, runs + len(mu), -1)])
    stats = measure_stats(values, names, units)
    if pulse is not None:
        pulse = np.asarray(pulse, np.float32).ravel()
        if len(pulse) != len(latents):
            raise ValueError(f"an atlas of {len(latents)} points needs as many pulses, got {len(pulse)}")
    return Atlas(latents, values.astype(np.float32), successor, list(names), dict(units), len(mu), pairs,
                 int(hop), stats, pulse)


def window_successors(offsets: np.ndarray) -> np.ndarray:
    """(n_windows,) int64: the next window of the same sound, -1 for each sound's last."""
    n = int(offsets[-1])
    successor = np.arange(1, n + 1, dtype=np.int64)
    successor[np.asarray(offsets[1:], np.int64) - 1] = -1
    return successor


def run_successors(pairs: np.ndarray) -> np.ndarray:
    """(n_midpoints,) int64: the index of the next midpoint of the same run, -1 at a run's end."""
    successor = np.full(len(pairs), -1, np.int64)
    if len(pairs) > 1:
        follows = np.all(pairs[1:] == pairs[:-1] + 1, axis=1)
        successor[:-1][follows] = np.arange(1, len(pairs))[follows]
    return successor


def defined_mask(values: np.ndarray, names: list[str], name: str) -> np.ndarray:
    """Which rows of ``values`` have a value of ``name`` worth aiming at.

    Every row has a level; below :data:`AUDIBLE_DB` nothing else counts (the decoder's
    near-silent tails have centroids and pitches no one can hear, and they would claim
    the top of the brightness range); ``f0_hz`` also needs a voiced row (f0 above 0).
    """
    mask = np.ones(len(values), bool)
    if name != LEVEL and LEVEL in names:
        mask &= values[:, names.index(LEVEL)] >= AUDIBLE_DB
    if name in LOG_DESCRIPTORS:
        mask &= values[:, names.index(name)] > 0
    return mask


def measure_stats(values: np.ndarray, names: list[str], units: dict[str, str]) -> dict[str, DescriptorRange]:
    """Median, robust scale and ranges of each descriptor column of ``values`` (over its defined rows)."""
    return {name: describe_column(name, units.get(name, ""), values[defined_mask(values, names, name), i])
            for i, name in enumerate(names)}


def describe_column(name: str, unit: str, column: np.ndarray) -> DescriptorRange:
    """One descriptor's :class:`DescriptorRange` over ``column`` (f0: voiced values; centre and scale in
    the z-score's space, :func:`to_space`)."""
    column = np.asarray(column, np.float64)
    if name in LOG_DESCRIPTORS:
        column = column[column > 0]
    if len(column) == 0:
        return DescriptorRange(name, unit, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    space = to_space(name, column)
    q1, median, q3 = np.percentile(space, [25, 50, 75])
    robust_low, robust_high = np.percentile(column, ROBUST_PERCENTILES)
    return DescriptorRange(name, unit, float(column.min()), float(column.max()), float(robust_low),
                           float(robust_high), float(median), _scale(q3 - q1, space))


def _scale(iqr: float, space: np.ndarray) -> float:
    """IQR / 1.349; the standard deviation when half the points share one value; else 1."""
    for scale in (iqr / IQR_TO_SIGMA, float(np.std(space))):
        if scale > 1e-9:
            return float(scale)
    return 1.0


def to_space(name: str, values) -> np.ndarray:
    """Values in the space a descriptor's z-score is taken in: octaves for f0_hz (NaN when unvoiced),
    dB for flatness, else as is."""
    values = np.asarray(values, np.float64)
    if name in DECIBEL_DESCRIPTORS:
        return 10.0 * np.log10(np.maximum(values, DECIBEL_FLOOR))
    if name not in LOG_DESCRIPTORS:
        return values
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(values > 0, np.log2(np.maximum(values, 1e-300)), np.nan)


def from_space(name: str, values) -> np.ndarray:
    """The inverse of :func:`to_space`: back to the descriptor's unit."""
    values = np.asarray(values, np.float64)
    if name in LOG_DESCRIPTORS:
        return np.exp2(values)
    if name in DECIBEL_DESCRIPTORS:
        return 10.0 ** (values / 10.0)
    return values


# ---------------------------------------------------------------- building


def build_atlas(mu: np.ndarray, offsets: np.ndarray, played: np.ndarray, played_pulse: np.ndarray,
                names: list[str], units: dict[str, str], hop: int, decode: Callable[[np.ndarray], np.ndarray],
                describe: Callable[[np.ndarray], np.ndarray], *, n_midpoints: int = MIDPOINT_CAP,
                run_hops: int = RUN_HOPS, seed: int = 0) -> Atlas:
    """The atlas of a corpus, with up to ``n_midpoints`` midpoints decoded and measured.

    Args:
        mu, offsets: the corpus's window latents (n_windows, latent_size) and sound
            boundaries (n_sounds + 1,).
        played: (n_windows, n_descriptors) descriptors of each window *as played*: its
            segment of its sound's decoded windows overlap-added (:func:`played_segments`).
        played_pulse: (n_windows,) the :func:`~rtvae.explore.quality.segment_pulse` of those segments.
        names, units, hop: descriptor names, their units, the corpus hop.
        decode: (n, latent_size) float32 → (n, window) float32 decoded windows.
        describe: (n, window) float32 → (n, n_descriptors) float32.
        n_midpoints: the cap (0: corpus windows only), never more than half the windows.
        run_hops: midpoints per run.
        seed: which windows start runs.
    """
    pairs = midpoint_pairs(mu, offsets, min(n_midpoints, len(mu) // 2), run_hops, seed)
    measured, pulse = np.zeros((0, len(names)), np.float32), np.zeros(0, np.float32)
    if len(pairs):
        windows = decode((0.5 * (mu[pairs[:, 0]].astype(np.float32) + mu[pairs[:, 1]])).astype(np.float32))
        measured, pulse = measure_played(played_runs(windows, run_successors(pairs), hop), hop, describe)
    return from_parts(mu, offsets, played, names, units, hop, pairs, measured,
                      np.concatenate([np.asarray(played_pulse, np.float32).ravel(), pulse]))


def measure_played(segments: np.ndarray, hop: int,
                   describe: Callable[[np.ndarray], np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(descriptors, pulse) of played segments (:func:`played_segments`): what the atlas keeps of each point,
    for corpus windows and midpoints alike."""
    from rtvae.explore.quality import segment_pulse

    return describe(segments), segment_pulse(segments, hop)


def played_segments(windows: np.ndarray, hop: int) -> np.ndarray:
    """(n, window) float32: what the engine plays over window k's span when the windows follow each other.

    The windows, Hann-weighted as the ``ola`` synthesis weighs them, are overlap-added at
    ``hop`` and divided by the weights present (so the first and last segments, under
    fewer windows, keep their level); segment k starts at window k's first sample. A hop
    that does not divide the window at least twice leaves the windows as they are.
    """
    from rtvae.engine.overlap_add import periodic_hann

    windows = np.asarray(windows, np.float32)
    n, window = windows.shape
    if n == 0 or window % hop or window // hop < 2:
        return windows.copy()
    weights = periodic_hann(window).astype(np.float64)
    total, weight = np.zeros((n - 1) * hop + window), np.zeros((n - 1) * hop + window)
    for k in range(n):
        total[k * hop:k * hop + window] += windows[k] * weights
        weight[k * hop:k * hop + window] += weights
    mixed = total / np.maximum(weight, WEIGHT_FLOOR * weights.max())
    starts = np.arange(n)[:, None] * hop + np.arange(window)[None, :]
    return mixed[starts].astype(np.float32)


def played_runs(windows: np.ndarray, successor: np.ndarray, hop: int) -> np.ndarray:
    """:func:`played_segments` of each run of windows (a run follows ``successor``, -1 at its end)."""
    ends = np.flatnonzero(successor < 0) + 1
    starts = np.concatenate([[0], ends[:-1]])
    return np.concatenate([played_segments(windows[a:b], hop) for a, b in zip(starts, ends)])


def midpoint_pairs(mu: np.ndarray, offsets: np.ndarray, n_midpoints: int, run_hops: int = RUN_HOPS,
                   seed: int = 0) -> np.ndarray:
    """(n, 2) int64 window pairs, runs of consecutive hops of two neighbouring sounds, at most ``n_midpoints``."""
    if n_midpoints <= 0 or len(offsets) < 3:
        return np.zeros((0, 2), np.int64)
    sound = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    left = np.asarray(offsets[1:], np.int64)[sound] - np.arange(len(mu))  # windows to the sound's end
    starts = run_starts(left, n_midpoints, run_hops, seed)
    partners = other_sound_neighbours(mu, sound, starts)
    runs = [_run(i, j, min(run_hops, left[i], left[j])) for i, j in zip(starts, partners) if j >= 0]
    pairs = np.concatenate(runs) if runs else np.zeros((0, 2), np.int64)
    return pairs[:n_midpoints]


def run_starts(left: np.ndarray, n_midpoints: int, run_hops: int, seed: int) -> np.ndarray:
    """Seeded windows to start runs from, enough for ``n_midpoints`` (with some runs cut short)."""
    n_runs = min(len(left), math.ceil(1.25 * n_midpoints / max(run_hops, 1)))
    return np.sort(np.random.default_rng(seed).choice(len(left), n_runs, replace=False))


def other_sound_neighbours(mu: np.ndarray, sound: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """For each start window, its nearest latent neighbour in another sound (-1 if none found)."""
    from scipy.spatial import cKDTree

    projected = principal_projection(mu, SEARCH_DIMS)
    k = min(NEIGHBOURS, len(mu))
    _, found = cKDTree(projected).query(projected[starts], k=k)
    found = np.asarray(found).reshape(len(starts), k)
    exact = np.linalg.norm(mu[found].astype(np.float64) - mu[starts][:, None].astype(np.float64), axis=2)
    exact[sound[found] == sound[starts][:, None]] = np.inf
    best = np.argmin(exact, axis=1)
    partner = found[np.arange(len(starts)), best]
    return np.where(np.isfinite(exact[np.arange(len(starts)), best]), partner, -1)


def principal_projection(latents: np.ndarray, dims: int, sample: int = 4000, seed: int = 0) -> np.ndarray:
    """(n, dims) float64: latents centred and projected on their leading principal directions."""
    x = np.asarray(latents, np.float64)
    centre = x.mean(axis=0)
    rows = np.random.default_rng(seed).choice(len(x), min(sample, len(x)), replace=False)
    _, _, directions = np.linalg.svd(x[rows] - centre, full_matrices=False)
    return (x - centre) @ directions[:min(dims, len(directions))].T


def _run(i: int, j: int, length: int) -> np.ndarray:
    steps = np.arange(length, dtype=np.int64)[:, None]
    return np.array([[i, j]], np.int64) + steps
