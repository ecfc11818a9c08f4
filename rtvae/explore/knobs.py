"""Knobs: directions in latent space that a performer turns, with what each one measurably does.

**Principal knobs** are the corpus's principal directions (its window latents' PCA), in
standard deviations of the corpus along each, as RAVE exposes them. RAVE's users cannot
tell what a dimension does or how far it plays well, so each knob here carries its
explained variance and its **measured effect**: decoded around corpus latents at ±2σ and
measured as played, the descriptor it moves most (in robust z units, so Hz and dB
compare) and by how much per σ in that descriptor's unit.

**Semantic knobs** (``brightness``, ``loudness``, ``noisiness``, ``pitch``) go the other
way round: each is the ridge-regression direction of its descriptor (centroid, RMS level,
flatness, f0) over the descriptor atlas, so that it points where the measured descriptor
rises. They are orthogonalised in the order of :data:`ORDER` (Gram-Schmidt against the
earlier ones' regression vectors), so that, to first order, brightness does not change
loudness, noisiness changes neither, and pitch none of the three. Their unit is also the
corpus's standard deviation along them. Their effects are measured the same way.

A knob's amount displaces whatever sets the latent (coordinates, the map, interpolations,
descriptor targets): the engine adds it to the played latent (``Z_OFFSET``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

N_PRINCIPAL = 8
SEMANTIC = {"loudness": "rms_db", "brightness": "centroid_hz", "noisiness": "flatness", "pitch": "f0_hz"}
ORDER = ("loudness", "brightness", "noisiness", "pitch")   # each orthogonal to the regressions before it
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
    """The corpus's principal and semantic knobs, their effects measured (about a second).

    Args:
        corpus: a :class:`rtvae.explore.corpus.Corpus` with its atlas.
        decode, describe: as :class:`rtvae.explore.corpus.Analyser` has them.
        hop: the hop the held windows are overlap-added at (the corpus hop).
    """
    atlas = corpus.atlas
    mu = corpus.mu.astype(np.float64)
    mean = mu.mean(0)
    _, s, vt = np.linalg.svd(mu - mean, full_matrices=False)
    variance = s ** 2 / max(len(mu) - 1, 1)
    principal = [Knob(f"pc{k + 1}", vt[k], float(np.sqrt(variance[k])), float(variance[k] / variance.sum()))
                 for k in range(min(n_principal, len(vt)))]
    semantic = semantic_directions(atlas, mu)
    rng = np.random.default_rng(seed)
    around = mu[rng.choice(len(mu), min(samples, len(mu)), replace=False)]
    for knob in principal + list(semantic.values()):
        measure_effect(knob, around, atlas, decode, describe, hop)
    return Knobs(principal, semantic)


def semantic_directions(atlas, mu: np.ndarray) -> dict[str, Knob]:
    """The regression direction of each semantic descriptor, orthogonalised in :data:`ORDER`."""
    z = atlas.latents.astype(np.float64)
    centre = z.mean(0)
    ridge = RIDGE * float(np.mean(np.var(z, axis=0))) * len(z)
    earlier: list[np.ndarray] = []
    knobs = {}
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
        # Gram-Schmidt: ``earlier`` is an orthonormal basis of the earlier regression vectors,
        # so what is left of w changes none of their predicted descriptors.
        direction = w - sum(((w @ other) * other for other in earlier), np.zeros_like(w))
        norm = np.linalg.norm(direction)
        if norm < 1e-9 * max(np.linalg.norm(w), 1e-300):
            continue
        direction /= norm
        earlier.append(direction)
        sigma = float(np.std((mu - mu.mean(0)) @ direction))
        knobs[name] = Knob(name, direction, sigma, float("nan"), aim=column)
    return knobs


def measure_effect(knob: Knob, around: np.ndarray, atlas, decode, describe, hop: int) -> None:
    """Fill the knob's effects: the median change per σ over ``around``, decoded at ±EFFECT_SIGMA and held
    (pitch measured on the windows themselves, as the map's pictures are: :func:`rtvae.explore.maps.measure_held`)."""
    from rtvae.explore.maps import measure_held

    step = EFFECT_SIGMA * knob.sigma * knob.direction
    latents = np.concatenate([around + step, around - step]).astype(np.float32)
    measured = measure_held(describe, decode(latents), hop, atlas.names).astype(np.float64)
    up, down = measured[:len(around)], measured[len(around):]
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


def sign_test(up: int, down: int) -> float:
    """Two-sided exact sign test: the chance of a split this uneven (or more) if up and down were equally likely."""
    from scipy.stats import binomtest

    n = up + down
    return 1.0 if n == 0 else float(binomtest(min(up, down), n, 0.5).pvalue)
