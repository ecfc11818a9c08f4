"""The path search under descriptor targets: candidate spaces, join costs and a beam Viterbi.

:mod:`rtvae.explore.targets` holds the selector that users and the control side talk to;
this module holds the search it runs (see that module's docstring for the costs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from rtvae.errors import TargetError
from rtvae.explore.atlas import Atlas

BEAM = 64               # states kept per hop by the offline Viterbi
SEAM_COST = 0.5         # typical jumps added for a seam
SHORT_RUN_COST = 2.0    # typical jumps added for a seam after one hop, less after longer runs
HOLD_COST = 20.0        # typical jumps added for playing the same point again (a buzz at the hop rate)
REPLAY_COST = 0.5       # z units of target distance added for each hop that plays again a point of the runs remembered
PULSE_COST = 1.0        # z units of target distance per unit of a point's pulse (Atlas.pulse), each hop it plays
PULSE_FREE = ("f0_hz",)  # descriptors whose share of the weights is not charged for the pulse (see pulse_unit_cost)
REPLAY_RUNS = 8         # runs a path remembers, the one playing first: runs of MIN_RUN_HOPS make a loop of 32 hops (186 ms at hop 256), slower than a buzz or flutter
MIN_RUN_HOPS = 4        # window / hop at the default hop: from here a seam costs no extra
BLEND_RADIUS = 0.25     # typical jumps: candidates this close to the chosen point are mixed in
IDW_EPS = 0.05          # z units: target distances closer than this to 0 weigh alike
JUMP_PAIRS = 4000       # random window pairs the typical latent jump is the median of


class Space:
    """The weighted, normalised active descriptors of every atlas point, and a k-d tree over them.

    Points with an undefined value (an unvoiced point for ``f0_hz``) are left out of the tree.

    ``unit_cost``: (n_points,) z units every hop a point plays adds to the path's cost, as a
    unit cost of concatenative synthesis does (None: 0 for every point); the selector gives
    the pulse's, :func:`pulse_unit_cost`.
    """

    def __init__(self, atlas: Atlas, weights: Mapping[str, float], unit_cost: np.ndarray | None = None):
        from scipy.spatial import cKDTree

        self.atlas = atlas
        self.names = [n for n in atlas.names if weights.get(n, 0.0) > 0]
        self.weights = np.array([weights[n] for n in self.names], np.float64)
        coords = np.stack([atlas.normalised(n) for n in self.names], axis=1) * self.weights
        self.usable = np.isfinite(coords).all(axis=1)
        if not self.usable.any():
            raise TargetError(f"no atlas point has a value for {', '.join(self.names)}")
        self.coords = coords
        self.index = np.flatnonzero(self.usable)
        self.tree = cKDTree(coords[self.usable])
        self.unit_cost = np.zeros(atlas.n_points) if unit_cost is None else np.asarray(unit_cost, np.float64)
        if self.unit_cost.shape != (atlas.n_points,):
            raise TargetError(f"a unit cost needs one value per atlas point ({atlas.n_points}), got "
                              f"{self.unit_cost.shape}")

    def points(self, targets: Mapping[str, np.ndarray]) -> np.ndarray:
        """(n_hops, n_active) float64: the targets (a value or one per hop each) in this space."""
        columns = [self.atlas.normalised(n, np.atleast_1d(np.asarray(targets[n], np.float64))) for n in self.names]
        return np.stack(np.broadcast_arrays(*columns), axis=1) * self.weights

    def query(self, points: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(distances, atlas indices), each (n, k'), of the k nearest usable points to each row."""
        k = min(k, len(self.index))
        distances, found = self.tree.query(points, k=k)
        return distances.reshape(len(points), k), self.index[np.asarray(found).reshape(len(points), k)]

    def distance(self, point: np.ndarray, indices: np.ndarray) -> np.ndarray:
        """Target distance of atlas points (inf for one left out of the tree)."""
        indices = np.asarray(indices, np.int64)
        d = np.linalg.norm(self.coords[indices] - point, axis=1)
        return np.where(self.usable[indices], d, np.inf)


def pulse_unit_cost(atlas: Atlas, weights: Mapping[str, float], continuity: float,
                    per_pulse: float = PULSE_COST) -> np.ndarray | None:
    """(n_points,) z units each point costs per hop for its pulse, or None where nothing is charged.

    Without it the window-rate energy of centroid and level paths was no lower than the baseline's: a
    path's lines are the sum of its points' pulses on the hop grid (the grid keeps their
    phase), so charging each point its own is the direct lever (``benchmarks/pulse_cost.py``
    measures it). Charged for the share of the squared weights not on :data:`PULSE_FREE`: a
    span this short reads a low voice's own periodicity as pulse, and charged in full on
    pitch curves it took their median error from about 41 to 74 cents. Nothing at
    continuity 0 (the per-frame baseline), nor for an atlas without pulses.
    """
    if atlas.pulse is None or continuity <= 0 or per_pulse <= 0:
        return None
    squares = {n: float(w) ** 2 for n, w in weights.items()}
    total = sum(squares.values())
    share = sum(v for n, v in squares.items() if n not in PULSE_FREE) / total if total > 0 else 0.0
    return per_pulse * share * atlas.pulse.astype(np.float64) if share > 0 else None


@dataclass(frozen=True)
class Join:
    """The continuity cost of the next hop's point, from the previous one (see the module doc)."""

    latents: np.ndarray       # (n_points, latent_size) float32
    successor: np.ndarray     # (n_points,) the point one output hop later, -1 at an end
    flow: np.ndarray          # (n_points, latent_size) float32, successor's latent minus the point's
    continuity: float
    jump_scale: float

    def seams(self, cand: np.ndarray, previous: np.ndarray, age: np.ndarray) -> np.ndarray:
        """(len(cand), len(previous)) cost of a seam from each previous point (run of ``age`` hops), before
        its :meth:`replays`."""
        prediction = self.latents[previous].astype(np.float64) + self.flow[previous]
        distance = pairwise_distances(self.latents[cand], prediction) / self.jump_scale
        short = SHORT_RUN_COST * short_run_share(np.asarray(age))
        holds = HOLD_COST * (np.asarray(cand)[:, None] == np.asarray(previous)[None, :])
        return self.continuity * (distance + SEAM_COST + short[None, :] + holds)

    def replays(self, points: np.ndarray, runs: np.ndarray) -> np.ndarray:
        """Cost of playing each point next on the path whose ``runs`` are in the same row (broadcast as
        :func:`replayed`): :data:`REPLAY_COST`, in z units like a target distance and not scaled by the
        continuity (scaled, a high continuity made seams and replays both dear, and a path on a sparse
        corpus rode a long run far from the target instead of coming back: 900 Hz asked, 1,315 played);
        none at continuity 0, the per-frame baseline."""
        return (REPLAY_COST if self.continuity > 0 else 0.0) * replayed(points, runs)

    def from_latent(self, cand: np.ndarray, latent: np.ndarray | None) -> np.ndarray:
        """Cost of starting on each candidate from an arbitrary latent: its distance only."""
        if latent is None:
            return np.zeros(len(cand))
        distance = np.linalg.norm(self.latents[cand] - np.asarray(latent, np.float64), axis=1)
        return self.continuity * distance / self.jump_scale


def viterbi(join: Join, space: Space, points: np.ndarray, found: np.ndarray, distances: np.ndarray, *,
            start_latent: np.ndarray | None = None, start_state: tuple | None = None,
            beam: int = BEAM) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(atlas indices, run ages, runs remembered), (n_hops,), (n_hops,) and (n_hops, REPLAY_RUNS, 2), of the
    cheapest path: target distance plus join cost (plus the space's unit cost of every point played).

    A state is (atlas point, hops its run has played, the runs its path remembers: see
    :func:`replayed`). Each hop's states are the successors of the previous hop's (join
    cost 0, unless they replay) and the tree's candidates (a seam from the cheapest
    previous state); the ``beam`` cheapest are kept. The path starts from ``start_state``
    (points, ages, costs, runs: the previous hop's states) or, without one, on the first
    hop's candidates, joined from ``start_latent`` if given.
    """
    history = []
    if start_state is None:
        pts, age = found[0], np.ones(len(found[0]), np.int64)
        acc = distances[0] + space.unit_cost[found[0]] + join.from_latent(found[0], start_latent)
        runs = fresh_runs(pts)
        history.append((pts, np.full(len(pts), -1), age, runs))
    else:
        pts, age, acc, runs = (np.asarray(a) for a in start_state)
    for t in range(len(history), len(points)):
        pts, age, acc, runs, back = viterbi_step(join, space, points[t], found[t], distances[t], pts, age, acc, beam,
                                                 runs)
        history.append((pts, back, age, runs))
    return backtrack(history, int(np.argmin(acc)))


def viterbi_step(join: Join, space: Space, point, found, distances, pts, age, acc, beam: int,
                 runs: np.ndarray | None = None):
    """One hop of :func:`viterbi`: the kept states (points, ages, costs, runs) and their predecessors.

    ``runs`` None: each state remembers only the point it is on (a seam back to it is a hold).
    """
    runs = fresh_runs(pts) if runs is None else runs
    nxt = join.successor[pts]
    ok = nxt >= 0
    ok[ok] = space.usable[nxt[ok]]
    total = acc[None, :] + (join.seams(found, pts, age) + join.replays(found[:, None], runs[None]))
    seam_back = np.argmin(total, axis=1)
    all_pts = np.concatenate([nxt[ok], found])
    all_age = np.concatenate([np.minimum(age[ok] + 1, MIN_RUN_HOPS), np.ones(len(found), np.int64)])
    all_acc = np.concatenate([acc[ok] + space.distance(point, nxt[ok]) + space.unit_cost[nxt[ok]]
                              + join.replays(nxt, runs)[ok],  # an end (-1) lies in no run
                              total[np.arange(len(found)), seam_back] + distances + space.unit_cost[found]])
    all_back = np.concatenate([np.flatnonzero(ok), seam_back])
    keep = np.argsort(all_acc, kind="stable")[:beam]
    kept_pts, kept_back = all_pts[keep], all_back[keep]
    kept_runs = runs[kept_back]  # a copy (fancy indexing)
    on = keep < int(ok.sum())  # continuations: the run playing ends one successor later
    kept_runs[on, 0, 1] = kept_pts[on]
    seamed = ~on               # seams: a new run begins, the oldest is forgotten
    kept_runs[seamed, 1:] = kept_runs[seamed, :-1]
    kept_runs[seamed, 0] = kept_pts[seamed, None]
    return kept_pts, all_age[keep], all_acc[keep], kept_runs, kept_back


def fresh_runs(points: np.ndarray) -> np.ndarray:
    """(len(points), REPLAY_RUNS, 2) int64: paths that have played only these points (one run of one point each)."""
    runs = np.tile(np.array([1, 0], np.int64), (len(points), REPLAY_RUNS, 1))  # start > end: no run yet
    runs[:, 0] = np.asarray(points, np.int64)[:, None]
    return runs


def replayed(points: np.ndarray, runs: np.ndarray) -> np.ndarray:
    """Whether each point lies in one of the runs remembered (broadcast: points (...), runs (..., REPLAY_RUNS, 2)).

    A run is the atlas points from its seam to where it is: successors are the next index
    (:mod:`rtvae.explore.atlas`), so the run is the index interval [start, end]. Playing
    one of them again repeats a stretch of sound that was just heard: the point the path
    is on (a hold, one window repeated every hop: a buzz at the hop rate), the run playing
    (a stutter) or a few runs back (a loop, a buzz or flutter at its period). A path
    remembers :data:`REPLAY_RUNS` runs, so a held target plays on through new material:
    a stretch is charged again until that many others have played, which puts its loops
    past 186 ms at the default hop (``benchmarks/held_targets.py``).
    """
    points = np.asarray(points)[..., None]
    hits = (runs[..., 0] <= points) & (points <= runs[..., 1])
    if hits.shape[-1] == 8 and hits.flags.c_contiguous:  # eight runs' flags are one 64-bit word: a faster any
        return hits.view(np.uint64)[..., 0] != 0
    return hits.any(axis=-1)


def backtrack(history: list[tuple[np.ndarray, ...]], last: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The atlas indices, run ages and runs remembered along the back pointers from state ``last`` of the final hop."""
    n = len(history)
    chosen, ages = np.empty(n, np.int64), np.empty(n, np.int64)
    remembered = np.empty((n, REPLAY_RUNS, 2), np.int64)
    state = last
    for t in range(n - 1, -1, -1):
        pts, back, age, runs = history[t]
        chosen[t], ages[t], remembered[t] = pts[state], age[state], runs[state]
        state = back[state]
    return chosen, ages, remembered


def blend_near(latents: np.ndarray, best: int, cand: np.ndarray, target_cost: np.ndarray, blend: int,
               radius: float) -> np.ndarray:
    """``best``'s latent mixed with up to ``blend - 1`` candidates within ``radius`` of it (float64).

    Weights: 1 / (target distance + eps)^2, the best point always in.
    """
    base = latents[best].astype(np.float64)
    if blend <= 1:
        return base
    cand = np.asarray(cand, np.int64)
    near = (cand != best) & (np.linalg.norm(latents[cand] - base, axis=1) <= radius) & np.isfinite(target_cost)
    others = np.flatnonzero(near)[np.argsort(np.asarray(target_cost)[near], kind="stable")][:blend - 1]
    if len(others) == 0:
        return base
    best_cost = np.min(np.asarray(target_cost)[cand == best]) if np.any(cand == best) else 0.0
    costs = np.concatenate([[best_cost], np.asarray(target_cost)[others]])
    weights = 1.0 / (costs + IDW_EPS) ** 2
    weights /= weights.sum()
    return weights[0] * base + weights[1:] @ latents[cand[others]].astype(np.float64)


def short_run_share(age: np.ndarray) -> np.ndarray:
    """How much of :data:`SHORT_RUN_COST` a seam after a run of ``age`` hops pays: 1 after one hop, 0 from MIN_RUN_HOPS.

    Graded, not a step: with a step, runs end exactly at the threshold, and seams every
    MIN_RUN_HOPS hops (the window at the default hop) would pulse at the window rate.
    """
    return np.clip((MIN_RUN_HOPS - age) / (MIN_RUN_HOPS - 1.0), 0.0, 1.0)


def pairwise_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(len(a), len(b)) Euclidean distances, float64."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    squared = (a * a).sum(1)[:, None] - 2.0 * a @ b.T + (b * b).sum(1)[None, :]
    return np.sqrt(np.maximum(squared, 0.0))


def advanced(successor: np.ndarray, step: int) -> np.ndarray:
    """The successor ``step`` times over (-1 once a sound or run ends)."""
    out = np.arange(len(successor))
    for _ in range(step):
        out = np.where(out >= 0, successor[np.maximum(out, 0)], -1)
    return out


def flow(latents: np.ndarray, successor: np.ndarray) -> np.ndarray:
    """(n_points, latent_size) float32: where each point goes in one step, minus the point (0 at an end)."""
    flow = np.zeros(latents.shape, np.float32)
    has = successor >= 0
    flow[has] = latents[successor[has]] - latents[has]
    return flow


def typical_jump(atlas: Atlas, seed: int = 0) -> float:
    """The median latent distance between two random corpus windows (the join cost's unit)."""
    rng = np.random.default_rng(seed)
    n = max(atlas.n_windows, 1)
    a, b = rng.integers(0, n, JUMP_PAIRS), rng.integers(0, n, JUMP_PAIRS)
    jump = float(np.median(np.linalg.norm(atlas.latents[a].astype(np.float64) - atlas.latents[b], axis=1)))
    return jump if jump > 0 else 1.0


