"""Knobs: directions in latent space that a performer turns, with what each one measurably does.

**Principal knobs** are the corpus's principal directions (its window latents' PCA), in
standard deviations of the corpus along each, as RAVE exposes them. RAVE's users cannot
tell what a dimension does or how far it plays well, so each knob here carries its
explained variance and its **measured effect**: decoded around corpus latents at ±2σ and
measured as played, the descriptor it moves most (in robust z units, so Hz and dB
compare) and by how much per σ in that descriptor's unit.

**Semantic knobs** (``brightness``, ``loudness``, ``noisiness``, ``pitch``) go the other
way round. Each starts from the ridge-regression direction of its descriptor (centroid, RMS
level, flatness, f0) over the descriptor atlas. Separating those directions in latent space
(Gram-Schmidt) does not separate what they do: played, the brightness regression direction
orthogonalised against loudness's moved flatness about 4 times more than the centroid, and the
noisiness one, orthogonalised against both, moved flatness no more than the level. So the
knobs are separated by their *measured* effects: the effect of each of a few probe
directions (the four regression directions and the first :data:`PROBES` principal ones,
made orthonormal) on the four descriptors is measured as played, and each knob is the
probe combination whose predicted effect on the descriptors of :data:`CLEARED_OF` is zero
and on its own the largest (its row of effects with theirs projected out). To first order,
then, loudness changes none of the others, brightness does not change loudness, noisiness
neither loudness nor brightness, and pitch none of the three. A descriptor that no probe
moves (f0 on a model whose pitch does not follow its latent) keeps its regression
direction, cleared of the knobs fitted before it. Their unit is also the corpus's
standard deviation along them. Their effects are measured the same way as the principal
knobs'.

A knob's amount displaces whatever sets the latent (coordinates, the map, interpolations,
descriptor targets): the engine adds it to the played latent (``Z_OFFSET``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

N_PRINCIPAL = 8
SEMANTIC = {"loudness": "rms_db", "brightness": "centroid_hz", "noisiness": "flatness", "pitch": "f0_hz"}
ORDER = ("loudness", "brightness", "noisiness", "pitch")   # the order the knobs are reported and fitted in
# Whose measured effects each knob is cleared of: the knobs before it, and loudness of all.
# Not brightness of noisiness: on the embedded model the corpus-wide effects of the probes on
# the centroid and on flatness (in dB) point much the same way (cosine 0.86; flatness moves 3.4
# times more per latent unit), and a brightness knob cleared of flatness moved the centroid by
# 0.001 robust z per σ, nothing (with 12, 40 or 80 principal probes alike).
CLEARED_OF = {"loudness": ("brightness", "noisiness", "pitch"), "brightness": ("loudness",),
              "noisiness": ("loudness", "brightness"), "pitch": ("loudness", "brightness", "noisiness")}
NO_EFFECT = 0.01         # a knob whose cleared effects are below this share of the largest descriptor's moves nothing
PROBES = 12              # principal directions the semantic knobs are combined from, beside the regression directions
EFFECT_SAMPLES = 192     # corpus latents each knob's effect is measured around
CLAIM_P = 0.01           # a knob claims to move a descriptor only when its sign test is this significant
EFFECT_SIGMA = 2.0       # measured at ± this many σ
RIDGE = 1.0              # regularisation, relative to the latents' mean variance per point (measured: 1e-2 fits
                         # short directions that move nothing at ±2σ; 1 moves the centroid by ±1 z)


@dataclass
class Knob:
    """One direction: unit ``direction``, ``sigma`` (the corpus's spread along it), what it does."""

    name: str
    direction: np.ndarray            # (latent_size,) float64, unit norm
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
    probe_effects: dict[str, np.ndarray] = field(default_factory=dict)  # descriptor → its effects along the probes

    def offset(self, principal_amounts: np.ndarray, semantic_amounts: dict[str, float]) -> np.ndarray:
        """The latent displacement for amounts in σ (principal in order; semantic by name)."""
        out = np.zeros(len(self.principal[0].direction) if self.principal else 0)
        for knob, amount in zip(self.principal, principal_amounts):
            out += amount * knob.sigma * knob.direction
        for name, amount in semantic_amounts.items():
            knob = self.semantic[name]
            out += amount * knob.sigma * knob.direction
        return out


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
    semantic, probe_effects = semantic_directions(corpus, vt[:PROBES], around, decode, describe, hop)
    for knob in principal + list(semantic.values()):
        measure_effect(knob, corpus, around, decode, describe, hop)
    return Knobs(principal, semantic, probe_effects)


def semantic_directions(corpus, probes: np.ndarray, around: np.ndarray, decode, describe,
                        hop: int) -> tuple[dict[str, Knob], dict[str, np.ndarray]]:
    """The semantic knobs, separated by their measured effects (see the module doc), and those
    effects (descriptor → robust z per latent unit along each orthonormalised probe).

    ``probes`` (n, latent_size) are the extra probe directions; ``around`` the corpus
    windows (indices) the effects are measured around.
    """
    mu = corpus.mu.astype(np.float64)
    regression = regression_directions(corpus.atlas)
    names = list(regression)
    if not names:
        return {}, {}
    basis, _ = np.linalg.qr(np.stack(list(regression.values()) + list(probes), axis=1))
    columns = [SEMANTIC[n] for n in names]
    effects = np.stack([effect_per_unit(b, corpus, around, columns, decode, describe, hop) for b in basis.T], axis=1)
    knobs: dict[str, Knob] = {}
    for i, name in enumerate(names):
        own = without(effects[i], effects[[names.index(o) for o in CLEARED_OF[name] if o in names]])
        if np.linalg.norm(own) > NO_EFFECT * np.linalg.norm(effects, axis=1).max():
            direction = basis @ own
        else:  # nothing moves it: the regression direction, clear of the knobs fitted so far
            direction = without(regression[name], np.array([k.direction for k in knobs.values()]))
        direction = direction / np.linalg.norm(direction)
        sigma = float(np.std((mu - mu.mean(0)) @ direction))
        knobs[name] = Knob(name, direction, sigma, float("nan"), aim=SEMANTIC[name])
    return knobs, dict(zip(columns, effects))


def without(vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``vector`` with its part in the span of ``rows`` removed (``rows`` (k, n), k may be 0)."""
    if len(rows) == 0:
        return vector
    q, _ = np.linalg.qr(np.asarray(rows, np.float64).T)
    return vector - q @ (q.T @ vector)


def regression_directions(atlas) -> dict[str, np.ndarray]:
    """Per semantic knob (in :data:`ORDER`), the unit ridge-regression direction of its descriptor over the atlas."""
    z = atlas.latents.astype(np.float64)
    centre = z.mean(0)
    ridge = RIDGE * float(np.mean(np.var(z, axis=0))) * len(z)
    out = {}
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
        if np.linalg.norm(w) > 0:
            out[name] = w / np.linalg.norm(w)
    return out


def effect_per_unit(direction: np.ndarray, corpus, around: np.ndarray, columns: list[str], decode, describe,
                    hop: int) -> np.ndarray:
    """(len(columns),) median change, robust z per latent unit, of each descriptor along a unit ``direction``,
    as :func:`measure_effect` measures a knob along it (0 where it has no figure)."""
    mu = corpus.mu.astype(np.float64)
    probe = Knob("probe", direction, max(float(np.std(mu @ direction)), 1e-6), float("nan"))
    measure_effect(probe, corpus, around, decode, describe, hop)
    return np.array([probe.effects_z.get(column, 0.0) / probe.sigma for column in columns])


def measure_effect(knob: Knob, corpus, around: np.ndarray, decode, describe, hop: int) -> None:
    """Fill the knob's effects: the median change per σ around the corpus windows ``around`` (indices),
    each played over its sound at ±EFFECT_SIGMA (:func:`played_with`)."""
    atlas = corpus.atlas
    up, down = played_both_ways(corpus, around, EFFECT_SIGMA * knob.sigma * knob.direction, decode, describe, hop)
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


def played_both_ways(corpus, around: np.ndarray, step: np.ndarray, decode, describe,
                     hop: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`played_with` at ``+step`` and at ``-step``, each (len(around), n_descriptors) float64."""
    return tuple(played_with(corpus, around, sign * step, decode, describe, hop).astype(np.float64)
                 for sign in (1.0, -1.0))


def played_with(corpus, around: np.ndarray, offset: np.ndarray, decode, describe, hop: int) -> np.ndarray:
    """(len(around), n_descriptors) float32: each corpus window ``around`` as played, ``offset`` added.

    The window's span is played from its sound's windows that overlap it (``window / hop - 1``
    either side, fewer at the sound's ends), each displaced by ``offset``, decoded and
    overlap-added as :func:`rtvae.explore.atlas.played_segments` does (Hann weights, divided
    by the weights present), so it is measured as the atlas measures a window.
    """
    from rtvae.engine.overlap_add import periodic_hann
    from rtvae.explore.atlas import WEIGHT_FLOOR

    mu, offsets = corpus.mu, np.asarray(corpus.offsets, np.int64)
    around = np.asarray(around, np.int64)
    centres = decode((mu[around].astype(np.float64) + offset).astype(np.float32))
    window = centres.shape[1]
    if not hop or window % hop or window // hop < 2:
        return describe(centres)
    reach = window // hop - 1
    sound = np.searchsorted(offsets, around, side="right") - 1
    weights = periodic_hann(window).astype(np.float64)
    total = centres.astype(np.float64) * weights
    present = np.broadcast_to(weights, total.shape).copy()
    for shift in [k for k in range(-reach, reach + 1) if k]:
        neighbour = around + shift
        inside = (neighbour >= offsets[sound]) & (neighbour < offsets[sound + 1])
        if not inside.any():
            continue
        windows = decode((mu[neighbour[inside]].astype(np.float64) + offset).astype(np.float32)).astype(np.float64)
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
