"""Knobs: directions in latent space that a performer turns, with what each one measurably does.

**Principal knobs** are the corpus's principal directions (its window latents' PCA), in
standard deviations of the corpus along each, as RAVE exposes them. RAVE's users cannot
tell what a dimension does or how far it plays well, so each knob here carries its
explained variance and its **measured effect**: decoded around corpus latents at ±2σ and
measured as played, the descriptor it moves most (in robust z units, so Hz and dB
compare) and by how much per σ in that descriptor's unit.

**Semantic knobs** (``brightness``, ``loudness``, ``noisiness``, ``pitch``) are aimed through
the descriptor atlas around the latent they turn (:mod:`rtvae.explore.semantic`): "this
sound, its centroid one σ higher, its level, flatness and pitch as they are". Their unit is
their descriptor's robust σ over the corpus; their effects are measured the same way as the
principal knobs', each window's span displaced by that window's aim (once for the span, as the
control tick aims; :func:`trail_steps` aims every hop of it along a trail, as a path's hops are).

A knob's amount displaces whatever sets the latent (coordinates, the map, interpolations,
descriptor targets): the engine adds it to the played latent (``Z_OFFSET``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from rtvae.explore.semantic import SEMANTIC, Aimer

N_PRINCIPAL = 8
EFFECT_SAMPLES = 192     # corpus latents each knob's effect is measured around
CLAIM_P = 0.01           # a knob claims to move a descriptor only when its sign test is this significant
EFFECT_SIGMA = 2.0       # measured at ± this many σ
TRAIL_LEAD = 4           # hops a semantic knob's trail is followed before the span it is measured on


@dataclass
class Knob:
    """One knob: its unit ``direction`` and ``sigma`` (the corpus's spread along it), or for a semantic
    knob no fixed direction and ``sigma`` its descriptor's robust σ; what it does, measured."""

    name: str
    direction: np.ndarray | None     # (latent_size,) float64, unit norm; None: aimed per latent (semantic)
    sigma: float
    explained: float                 # fraction of the corpus variance (principal); NaN for a semantic knob
    effects: dict[str, float] = field(default_factory=dict)      # descriptor → change per σ, in its unit
    effects_z: dict[str, float] = field(default_factory=dict)    # descriptor → change per σ, robust z units
    effects_p: dict[str, float] = field(default_factory=dict)    # descriptor → sign test of the change's direction
    aim: str = ""                    # semantic knobs: the descriptor it is meant to move

    @property
    def moves(self) -> str:
        """The descriptor this knob moves most (robust z units) among those it moves one way measurably
        (sign test below :data:`CLAIM_P`); empty when it moves none: a knob claims nothing it cannot show."""
        finite = {k: abs(v) for k, v in self.effects_z.items()
                  if np.isfinite(v) and self.effects_p.get(k, 1.0) < CLAIM_P}
        return max(finite, key=finite.get) if finite else ""


@dataclass
class Knobs:
    principal: list[Knob]
    semantic: dict[str, Knob]
    aimer: Aimer                      # aims the semantic knobs

    def offset(self, principal_amounts: np.ndarray, semantic_amounts: Mapping[str, float],
               base: np.ndarray | None = None, trails: dict | None = None, hops: int = 1) -> np.ndarray:
        """The latent displacement for amounts in σ (principal in order; semantic by name, aimed around the
        ``base`` latent, without one doing nothing; with ``trails``, following them: :meth:`Aimer.offset`)."""
        out = np.zeros(len(self.principal[0].direction) if self.principal else 0)
        for knob, amount in zip(self.principal, principal_amounts):
            out += amount * knob.sigma * knob.direction
        turned = {name: amount for name, amount in semantic_amounts.items() if amount}
        if turned and base is not None:
            out += self.aimer.offset(base, turned, trails, hops)
        return out

    def steps(self, knob: Knob, latents: np.ndarray, amount: float = EFFECT_SIGMA) -> tuple[np.ndarray, np.ndarray]:
        """The displacements of ``knob`` at +amount and -amount σ around each of ``latents`` (n, latent_size):
        one row for a principal knob (the same everywhere), one per latent for a semantic one."""
        if knob.direction is not None:
            step = amount * knob.sigma * knob.direction
            return step, -step
        return tuple(self.aimer.offsets(latents, {knob.name: sign * amount}) for sign in (1.0, -1.0))

    def played_steps(self, knob: Knob, corpus, around: np.ndarray, window: int, hop: int,
                     amount: float = EFFECT_SIGMA) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`steps` for each corpus window ``around`` played over its sound (:func:`played_with`'s
        offsets); a semantic knob's along a trail (:func:`trail_steps`)."""
        if knob.direction is not None or not hop or window % hop or window // hop < 2:
            return self.steps(knob, corpus.mu[around].astype(np.float64), amount)
        return trail_steps(self.aimer, knob.name, corpus, around, window, hop, amount)


def trail_steps(aimer: Aimer, name: str, corpus, around: np.ndarray, window: int, hop: int,
                amount: float = EFFECT_SIGMA) -> tuple[np.ndarray, np.ndarray]:
    """The semantic knob ``name``'s displacements at +amount and -amount σ for each window of the span of each
    corpus window ``around`` ((len(around), 2 * reach + 1, latent_size), as :func:`played_with` takes them):
    aimed along a trail begun :data:`TRAIL_LEAD` hops before the span (held at the sound's ends), as the
    control side aims a knob over a sound that plays (:meth:`rtvae.explore.semantic.Aimer.along`)."""
    index, _ = spans(corpus, around, window, hop, lead=TRAIL_LEAD)
    paths = corpus.mu[index].astype(np.float64)
    return tuple(aimer.along(paths, {name: sign * amount})[:, TRAIL_LEAD:] for sign in (1.0, -1.0))


def fit_knobs(corpus, decode, describe, hop: int, *, n_principal: int = N_PRINCIPAL,
              samples: int = EFFECT_SAMPLES, seed: int = 0) -> Knobs:
    """The corpus's principal and semantic knobs, their effects measured (a few seconds).

    Args:
        corpus: a :class:`rtvae.explore.corpus.Corpus` with its atlas.
        decode, describe: as :class:`rtvae.explore.corpus.Analyser` has them.
        hop: the hop the windows are overlap-added at (the corpus hop).
    """
    mu = corpus.mu.astype(np.float64)
    variance, vectors = np.linalg.eigh(np.cov(mu, rowvar=False))  # the PCA, from the small covariance
    order = np.argsort(variance)[::-1]
    variance, vt = np.maximum(variance[order], 0.0), vectors[:, order].T
    principal = [Knob(f"pc{k + 1}", vt[k], float(np.sqrt(variance[k])), float(variance[k] / variance.sum()))
                 for k in range(min(n_principal, len(vt)))]
    rng = np.random.default_rng(seed)
    around = rng.choice(len(mu), min(samples, len(mu)), replace=False)
    aimer = Aimer(corpus.atlas)
    semantic = {name: Knob(name, None, aimer.unit(name), float("nan"), aim=SEMANTIC[name]) for name in aimer.names}
    knobs = Knobs(principal, semantic, aimer)
    for knob in principal + list(semantic.values()):
        measure_effect(knob, corpus, around, decode, describe, hop, steps=knobs.steps(knob, mu[around]))
    return knobs


def measure_effect(knob: Knob, corpus, around: np.ndarray, decode, describe, hop: int, *, steps) -> None:
    """Fill the knob's effects: the median change per σ around the corpus windows ``around`` (indices),
    each played over its sound (:func:`played_with`) displaced by ``steps`` (at +EFFECT_SIGMA and
    -EFFECT_SIGMA σ, as :meth:`Knobs.steps` makes them)."""
    atlas = corpus.atlas
    up, down = played_both_ways(corpus, around, steps, decode, describe, hop)
    for i, name in enumerate(atlas.names):
        plus, minus = up[:, i], down[:, i]
        ok = np.isfinite(plus) & np.isfinite(minus)
        if ok.sum() < max(3, len(around) // 4):
            continue
        per_sigma = (plus[ok] - minus[ok]) / (2 * EFFECT_SIGMA)
        knob.effects[name] = float(np.median(per_sigma))
        knob.effects_p[name] = sign_test(int(np.sum(per_sigma > 0)), int(np.sum(per_sigma < 0)))
        z_plus, z_minus = atlas.normalised(name, plus[ok]), atlas.normalised(name, minus[ok])
        fine = np.isfinite(z_plus) & np.isfinite(z_minus)
        if fine.any():
            knob.effects_z[name] = float(np.median((z_plus[fine] - z_minus[fine]) / (2 * EFFECT_SIGMA)))


def played_both_ways(corpus, around: np.ndarray, steps, decode, describe, hop: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`played_with` at each of ``steps`` (up, down), each (len(around), n_descriptors) float64."""
    return tuple(played_with(corpus, around, step, decode, describe, hop).astype(np.float64) for step in steps)


def spans(corpus, around: np.ndarray, window: int, hop: int, lead: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The windows that overlap each corpus window ``around`` in its sound, by shift, from ``lead`` more before:
    (indices, inside), each (len(around), lead + 2 * reach + 1) with ``reach = window / hop - 1``; past the
    sound's ends ``inside`` is False and the index is the sound's end window."""
    offsets = np.asarray(corpus.offsets, np.int64)
    around = np.asarray(around, np.int64)
    reach = window // hop - 1
    sound = np.searchsorted(offsets, around, side="right") - 1
    index = around[:, None] + np.arange(-reach - lead, reach + 1)[None, :]
    first, last = offsets[sound][:, None], offsets[sound + 1][:, None] - 1
    return np.clip(index, first, last), (index >= first) & (index <= last)


def played_with(corpus, around: np.ndarray, offset: np.ndarray, decode, describe, hop: int) -> np.ndarray:
    """(len(around), n_descriptors) float32: each corpus window ``around`` as played, ``offset`` added: one
    latent displacement for all, one row per window ``around`` (for its whole span), or one per window of each
    span ((len(around), 2 * reach + 1, latent_size), by shift as :func:`spans` orders them).

    The window's span is played from its sound's windows that overlap it (``window / hop - 1``
    either side, fewer at the sound's ends), each displaced by its offset, decoded and
    overlap-added as :func:`rtvae.explore.atlas.played_segments` does (Hann weights, divided
    by the weights present), so it is measured as the atlas measures a window.
    """
    from rtvae.engine.overlap_add import periodic_hann
    from rtvae.explore.atlas import WEIGHT_FLOOR

    mu = corpus.mu
    around = np.asarray(around, np.int64)
    offset = np.asarray(offset, np.float64)
    centre_only = offset.ndim < 3
    if centre_only:
        offset = np.broadcast_to(offset, (len(around), mu.shape[1]))
    centre_offset = offset if centre_only else offset[:, offset.shape[1] // 2]
    centres = decode((mu[around].astype(np.float64) + centre_offset).astype(np.float32))
    window = centres.shape[1]
    if not hop or window % hop or window // hop < 2:
        return describe(centres)
    reach = window // hop - 1
    index, inside_all = spans(corpus, around, window, hop)
    weights = periodic_hann(window).astype(np.float64)
    total = centres.astype(np.float64) * weights
    present = np.broadcast_to(weights, total.shape).copy()
    for column, shift in enumerate(range(-reach, reach + 1)):
        inside = inside_all[:, column]
        if not shift or not inside.any():
            continue
        moved = offset[inside] if centre_only else offset[inside, column]
        windows = decode((mu[index[inside, column]].astype(np.float64) + moved).astype(np.float32)).astype(np.float64)
        # the neighbour starts shift * hop samples after the centre: the part of it inside the centre's span
        lo, hi = max(shift * hop, 0), min(window + shift * hop, window)
        part = slice(lo - shift * hop, hi - shift * hop)
        total[inside, lo:hi] += windows[:, part] * weights[part]
        present[inside, lo:hi] += weights[part]
    return describe((total / np.maximum(present, WEIGHT_FLOOR * weights.max())).astype(np.float32))


def sign_test(up: int, down: int) -> float:
    """Two-sided exact sign test: the chance of a split this uneven (or more) if up and down were equally likely."""
    from scipy.stats import binomtest

    n = up + down
    return 1.0 if n == 0 else float(binomtest(min(up, down), n, 0.5).pvalue)
