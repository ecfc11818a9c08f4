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

A knob has nothing to aim at where the base has no value of its descriptor: brightness and
noisiness do nothing on silence (no centroid, no flatness), pitch nothing on an unvoiced
sound. Measured on the embedded model (``python benchmarks/maps.py``), this moves loudness,
brightness and noisiness each by more than the others; pitch moves f0 when the latent is
held, and not played over a moving sound, whose neighbouring windows, displaced the same
way, keep the old pitch or lose it.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np

from rtvae.explore.algebra import nearest_points
from rtvae.explore.viterbi import Space, typical_jump

SEMANTIC = {"loudness": "rms_db", "brightness": "centroid_hz", "noisiness": "flatness", "pitch": "f0_hz"}
ORDER = ("loudness", "brightness", "noisiness", "pitch")   # the order the knobs are reported in
CANDIDATES = 128     # atlas points per aim from the tree (effects alike from 8 to 128; more for the flow to choose from)
CONTINUITY = 0.1     # latent distance from the base, in typical jumps, against target distance in z
FLOW = 1.0           # flow mismatch with the base, in typical jumps, against target distance in z
STEP = 0.25          # σ: the amounts aimed at; between them the displacement is interpolated
RIDGE = 1.0          # baseline: regularisation, relative to the latents' mean variance per point


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
        self.latents = atlas.latents.astype(np.float32)
        self.flow = atlas.flow()
        self.defined = np.isfinite(np.stack([atlas.normalised(c) for c in self.columns], axis=1))  # (n_points, n_columns)
        self.jump = typical_jump(atlas)
        self._spaces = {tuple(p): Space(atlas, {c: 1.0 for c, on in zip(self.columns, p) if on})
                        for p in np.unique(self.defined, axis=0) if p.any()}

    def unit(self, name: str) -> float:
        """One σ of the knob, in its descriptor's scoring unit (dB, Hz, dB of flatness, octaves of f0)."""
        return float(self.atlas.stats[SEMANTIC[name]].scale)

    def offsets(self, latents: np.ndarray, amounts: Mapping[str, float]) -> np.ndarray:
        """(n, latent_size) float64: the displacement of each base latent for the knobs' amounts (σ)."""
        points, _ = nearest_points(self.latents, np.asarray(latents, np.float64))
        home = self._aim(points, None, 0.0)   # the aim with nothing moved: the base point, for a base on the atlas
        out = np.zeros_like(home)
        for name, amount in amounts.items():
            amount = float(amount)
            if amount == 0.0 or name not in self.names:
                continue
            low = np.floor(amount / STEP) * STEP
            share = (amount - low) / STEP
            aimed = (1.0 - share) * (home if low == 0.0 else self._aim(points, name, low))
            if share > 0.0:
                aimed += share * self._aim(points, name, low + STEP)
            movable = self.defined[points, self.columns.index(SEMANTIC[name])]
            out[movable] += aimed[movable] - home[movable]
        return out

    def offset(self, latent: np.ndarray, amounts: Mapping[str, float]) -> np.ndarray:
        """(latent_size,) the displacement of one base latent."""
        return self.offsets(np.asarray(latent)[None], amounts)[0]

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
        distances, found = space.query(targets, self.candidates)
        away = np.linalg.norm(self.latents[found] - self.latents[points][:, None, :], axis=2)
        mismatch = np.linalg.norm(self.flow[found] - self.flow[points][:, None, :], axis=2)
        cost = distances + (self.continuity * away + FLOW * mismatch) / self.jump
        return found[np.arange(len(found)), np.argmin(cost, axis=1)]


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
