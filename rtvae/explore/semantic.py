"""Semantic knobs, aimed through the descriptor atlas: "brighter than this sound, the rest as it is".

A knob that is one fixed direction in latent space (a regression of a descriptor on the
latents, what the issue started from and :func:`regression_knobs` keeps as the measured
baseline) can only move a descriptor the same way everywhere if the descriptor's gradient
points the same way everywhere, and on a raw-waveform latent it does not
(``benchmarks/knob_gradients.py``): the regression brightness direction moved flatness more
than the centroid. So a semantic knob here is a **relative descriptor target**, aimed
afresh for the latent it turns:

1. the sound it turns is the atlas point nearest to the base latent (the latent the
   engine is going to, knobs left out); its robust z-scores of the four semantic
   descriptors are what "as it is" means;
2. the knob's descriptor is moved by ``amount`` robust σ (its spread over the corpus: the
   ``scale`` of ``/rtvae/descriptor/range``), the other three held where they are (a
   descriptor the base has no value for, such as f0 on an unvoiced sound, is left free);
3. the atlas points nearest that target (a k-d tree, :class:`rtvae.explore.viterbi.Space`,
   as descriptor targets use) are scored by their distance to it, plus ``continuity``
   times their latent distance from the base point, plus :data:`FLOW` times how far their
   flow (the step to their successor) is from the base point's, both in typical jumps;
   the best one is the aim. The flow term matters over a moving sound: the one
   displacement moves the sound's neighbouring windows too, and they land near the aim's
   own neighbours only where the two sounds move alike (measured around 96 corpus
   windows at ±2σ: voiced windows left unvoiced, 49 % → 40 % on the mean of the four
   knobs, the effects unchanged);
4. the knob's displacement is the aim's latent minus the latent aimed at with amount 0
   (the base point itself, for a base on the atlas), so amount 0 changes nothing, and
   an off-atlas base keeps what makes it differ from its nearest point.

Aims are taken on a grid of :data:`STEP` σ and interpolated linearly between, so the
displacement is continuous in the amount: turning a knob slowly glides between atlas
points instead of jumping at each threshold. Several knobs turned at once add their
displacements, each aimed with the others held.

**Over a moving sound the aims follow a trail.** A raw-waveform decoder's windows carry
their phase: a sound's consecutive windows overlap-add coherently, windows aimed one by
one at unrelated atlas points do not, and their crossfade cancels the fundamental (measured:
every window of a span aimed one σ of pitch down decodes at the lower f0 alone, and their
overlap-add is unvoiced). So once the base moves, each new aim continues the previous one
as a descriptor target path does (:mod:`rtvae.explore.targets`): the previous aim's
successor in its own sound costs no join, any other point a seam (a beam-pruned Viterbi
step, :func:`rtvae.explore.viterbi.viterbi_step`, over the same candidates), and the
target is the new base's descriptors, the knob's moved. A :class:`Trail` per knob and
step of the amount grid holds that; the control side keeps one while a sound plays, and
:meth:`Aimer.along` plays a whole base path that way offline.

A knob has nothing to aim at where the base has no value of its descriptor: brightness and
noisiness do nothing on silence (no centroid, no flatness), pitch nothing on an unvoiced
sound (its trail ends there). Measured on the embedded model (``python
benchmarks/maps.py``), each of the four moves its own descriptor by more than the other
three, held and played over a moving sound.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from rtvae.explore.algebra import NearestPoints
from rtvae.explore.viterbi import Join, Space, advanced, flow, typical_jump, viterbi_step

SEMANTIC = {"loudness": "rms_db", "brightness": "centroid_hz", "noisiness": "flatness", "pitch": "f0_hz"}
ORDER = ("loudness", "brightness", "noisiness", "pitch")   # the order the knobs are reported in
CANDIDATES = 128     # atlas points per aim from the tree (effects alike from 8 to 128; more for the flow to choose from)
CONTINUITY = 0.1     # latent distance from the base, in typical jumps, against target distance in z
FLOW = 1.0           # flow mismatch with the base, in typical jumps, against target distance in z
STEP = 0.25          # σ: the amounts aimed at; between them the displacement is interpolated
RIDGE = 1.0          # baseline: regularisation, relative to the latents' mean variance per point
TRAIL_CONTINUITY = 1.0  # a trail's join cost against its target distance (0.2 to 1: effects alike, voicing kept 45 -> 58 %)
TRAIL_CANDIDATES = 16   # tree candidates per trail step (a descriptor target's k)
TRAIL_BEAM = 16         # states a trail keeps between steps
TRAIL_REACH = 32        # hops a trail steps over at most; a base further on begins a new one
NEAREST_CHUNK = 16      # queries searched at once against the atlas (a 2.4 MB product for the embedded one)
BEST_CHUNK = 16         # aims scored at once: 2 MB of temporaries, not hundreds that an allocator keeps


@dataclass
class Trail:
    """One knob step's aims along a moving sound: the base point last aimed for and the kept path states
    (atlas points, their runs' ages, their costs), the cheapest first."""

    base: int
    points: np.ndarray
    ages: np.ndarray
    costs: np.ndarray

    @property
    def aim(self) -> int:
        return int(self.points[0])


class Aimer:
    """The semantic knobs of one atlas: latent displacements for amounts, around any base latent.

    Building it makes one k-d tree per pattern of defined descriptors the atlas holds
    (voiced, unvoiced, silent: tens of milliseconds each), so a helper builds it; an aim
    then costs a few tree queries and one pass over the atlas latents (under two
    milliseconds for the embedded model's atlas), small enough for the control thread.
    """

    def __init__(self, atlas, *, candidates: int = CANDIDATES, continuity: float = CONTINUITY):
        self.atlas, self.candidates, self.continuity = atlas, int(candidates), float(continuity)
        self.columns = [SEMANTIC[n] for n in ORDER if SEMANTIC[n] in atlas.names]
        self.names = [n for n in ORDER if SEMANTIC[n] in self.columns]
        self.latents = np.asarray(atlas.latents, np.float32)   # the atlas's own (float32): not copied
        self._nearest = NearestPoints(self.latents, chunk=NEAREST_CHUNK)
        self.flow = atlas.flow()
        self.defined = np.isfinite(np.stack([atlas.normalised(c) for c in self.columns], axis=1))  # (n_points, n_columns)
        self.jump = typical_jump(atlas)
        self._spaces = {tuple(p): Space(atlas, {c: 1.0 for c, on in zip(self.columns, p) if on})
                        for p in np.unique(self.defined, axis=0) if p.any()}
        self._joins: dict[int, Join] = {}

    def unit(self, name: str) -> float:
        """One σ of the knob, in its descriptor's scoring unit (dB, Hz, dB of flatness, octaves of f0)."""
        return float(self.atlas.stats[SEMANTIC[name]].scale)

    def offsets(self, latents: np.ndarray, amounts: Mapping[str, float]) -> np.ndarray:
        """(n, latent_size) float64: the displacement of each base latent for the knobs' amounts (σ)."""
        points, _ = self._nearest(latents)
        home = self._aim(points, None, 0.0)   # the aim with nothing moved: the base point, for a base on the atlas
        out = np.zeros_like(home)
        for name, amount in amounts.items():
            amount = float(amount)
            if amount == 0.0 or name not in self.names:
                continue
            aimed = sum(share * (home if level == 0.0 else self._aim(points, name, level))
                        for level, share in _levels(amount))
            movable = self.defined[points, self.columns.index(SEMANTIC[name])]
            out[movable] += aimed[movable] - home[movable]
        return out

    def offset(self, latent: np.ndarray, amounts: Mapping[str, float],
               trails: dict | None = None, hops: int = 1) -> np.ndarray:
        """(latent_size,) the displacement of one base latent; with ``trails`` (a dict the caller keeps while
        a sound plays), each aim continues the one before it, ``hops`` corpus hops on."""
        if trails is None:
            return self.offsets(np.asarray(latent)[None], amounts)[0]
        point = self._point_of(np.asarray(latent, np.float32), trails, hops)
        return self._trailed(point, self._aim(np.array([point]), None, 0.0)[0], amounts, trails, hops)

    def along(self, paths: np.ndarray, amounts: Mapping[str, float], every: int = 1) -> np.ndarray:
        """(n, hops, latent_size) float64: the displacements along each of ``paths`` (n, hops, latent_size), a
        base latent per hop as a sound plays, each path's aims following one trail; aimed every ``every`` hops
        and held between, as the control side aims on its tick."""
        paths = np.asarray(paths, np.float64)
        points, _ = self._nearest(paths.reshape(-1, paths.shape[2]))
        homes = self._aim(points, None, 0.0).reshape(paths.shape)
        points = points.reshape(paths.shape[:2])
        out = np.zeros(paths.shape)
        for i in range(len(paths)):
            trails: dict = {}
            for t in range(paths.shape[1]):
                out[i, t] = (out[i, t - 1] if t % every else
                             self._trailed(int(points[i, t]), homes[i, t], amounts, trails, every))
        return out

    def _trailed(self, point: int, home: np.ndarray, amounts: Mapping[str, float], trails: dict,
                 hops: int = 1) -> np.ndarray:
        """:meth:`offset` with trails, for a base on atlas point ``point`` whose unmoved aim is ``home``."""
        out = np.zeros_like(home)
        used = set()
        for name, amount in amounts.items():
            amount = float(amount)
            if amount == 0.0 or name not in self.names:
                continue
            if not self.defined[point, self.columns.index(SEMANTIC[name])]:
                continue  # nothing to aim by here: not moved, and its trails end
            for level, share in _levels(amount):
                if level == 0.0:
                    continue  # the unmoved aim: no displacement
                key = (name, level)
                trails[key] = self._followed(trails.get(key), point, name, level, hops)
                used.add(key)
                out += share * (self.latents[trails[key].aim] - home)
        for key in set(trails) - used:
            del trails[key]   # a step no longer turned to: begun afresh when it is
        return out

    def _point_of(self, latent: np.ndarray, trails: dict, hops: int) -> int:
        """The atlas point nearest ``latent``: first, is it the last base's point or that point ``hops`` on (a
        path playing atlas points, as descriptor targets do: a comparison instead of a search of the atlas)."""
        trail = next(iter(trails.values()), None)   # every trail has the same base
        if trail is not None:
            after = self._join(hops).successor[trail.base] if 1 <= hops <= TRAIL_REACH else -1
            for point in (after, trail.base):
                if point >= 0 and np.array_equal(self.latents[point], latent):
                    return int(point)
        return int(self._nearest(latent)[0][0])

    def _followed(self, trail: Trail | None, point: int, name: str, level: float, hops: int = 1) -> Trail:
        """The trail one aim on: begun at the point-wise aim; kept while the base stays on one point; else one
        Viterbi step of ``hops`` successors toward the new base's target (its descriptors, ``name``'s moved by
        ``level`` σ)."""
        if trail is not None and trail.base == point:
            return trail
        pattern = tuple(self.defined[point])
        space = self._spaces[pattern]
        target = space.coords[point].copy()
        target[space.names.index(SEMANTIC[name])] += level * space.weights[0]
        if trail is None or not 1 <= hops <= TRAIL_REACH:
            aim = int(self._best(space, target[None], np.array([point]))[0])
            return Trail(point, np.array([aim]), np.ones(1, np.int64), np.zeros(1))
        distances, found = space.query(target[None], TRAIL_CANDIDATES)
        pts, ages, costs, _, _ = viterbi_step(self._join(hops), space, target, found[0], distances[0],
                                           trail.points, trail.ages, trail.costs - trail.costs.min(), TRAIL_BEAM)
        order = np.argsort(costs, kind="stable")
        return Trail(point, pts[order], ages[order], costs[order])

    def _join(self, hops: int) -> Join:
        """The join cost of a trail step over ``hops`` successors (made once per distinct step)."""
        if hops not in self._joins:  # one step reuses the atlas's own flow (19 MB for the embedded atlas)
            if hops == 1:
                after, moved = self.atlas.successor, self.flow
            else:
                after = advanced(self.atlas.successor, hops)
                moved = flow(self.latents, after)
            self._joins[hops] = Join(self.latents, after, moved, TRAIL_CONTINUITY, self.jump)
        return self._joins[hops]

    def _aim(self, points: np.ndarray, name: str | None, amount: float) -> np.ndarray:
        """(n, latent_size) float64: per base point, the latent aimed at with ``name``'s descriptor moved by
        ``amount`` and the others held (each base in the space of the descriptors it has)."""
        out = np.zeros((len(points), self.latents.shape[1]))
        defined = self.defined[points]
        for pattern in np.unique(defined, axis=0):
            if not pattern.any():
                continue  # no descriptor to aim by (the caller moves nothing there)
            rows = np.flatnonzero((defined == pattern).all(axis=1))
            space = self._spaces[tuple(pattern)]
            targets = space.coords[points[rows]].copy()
            if name is not None and SEMANTIC[name] in space.names:
                targets[:, space.names.index(SEMANTIC[name])] += amount * space.weights[0]
            out[rows] = self.latents[self._best(space, targets, points[rows])]
        return out

    def _best(self, space: Space, targets: np.ndarray, points: np.ndarray) -> np.ndarray:
        """(n,) per target (in the space's weighted coordinates), the candidate with the least target distance
        plus continuity and flow mismatch from its base point."""
        out = np.empty(len(targets), np.int64)
        for start in range(0, len(targets), BEST_CHUNK):  # (rows, candidates, latent) temporaries stay small
            rows = slice(start, start + BEST_CHUNK)
            distances, found = space.query(targets[rows], self.candidates)
            away = np.linalg.norm(self.latents[found] - self.latents[points[rows]][:, None, :], axis=2)
            mismatch = np.linalg.norm(self.flow[found] - self.flow[points[rows]][:, None, :], axis=2)
            cost = distances + (self.continuity * away + FLOW * mismatch) / self.jump
            out[rows] = found[np.arange(len(found)), np.argmin(cost, axis=1)]
        return out


def _levels(amount: float) -> list[tuple[float, float]]:
    """The grid amounts (multiples of :data:`STEP`) either side of ``amount`` and their linear shares."""
    low = np.floor(amount / STEP) * STEP
    share = (amount - low) / STEP
    return [(float(low), 1.0 - share)] + ([(float(low + STEP), share)] if share > 0.0 else [])


def regression_knobs(atlas) -> dict[str, np.ndarray]:
    """The baseline: per semantic knob, the unit ridge-regression direction of its descriptor over the
    atlas's latents, each orthogonalised against those before it in :data:`ORDER` (Gram-Schmidt), so
    that brightness has no component along loudness. A fixed direction, the same around every latent."""
    z = atlas.latents.astype(np.float64)
    centre = z.mean(0)
    ridge = RIDGE * float(np.mean(np.var(z, axis=0))) * len(z)
    out: dict[str, np.ndarray] = {}
    for name in ORDER:
        column = SEMANTIC[name]
        if column not in atlas.names:
            continue
        y = atlas.normalised(column)
        keep = np.isfinite(y)
        if keep.sum() < len(centre) + 2:
            continue
        x = z[keep] - centre
        w = np.linalg.solve(x.T @ x + ridge * np.eye(x.shape[1]), x.T @ (y[keep] - y[keep].mean()))
        for before in out.values():
            w = w - (w @ before) * before
        if np.linalg.norm(w) > 0:
            out[name] = w / np.linalg.norm(w)
    return out
