"""Latent algebra: weighted sums of named latents ("A − B + C"), and how far from any sound they land.

Hawley's audio algebra mostly failed with one-shot vectors (one window's latent); averaged
directions worked better. So an operand is an average: a corpus sound's mean latent over
its audible windows, a SOM cluster's mean over its sounds (``cluster:N``), or a preset
(``preset:NAME``, a latent the performer stored). A bare name is a corpus sound, else a
preset.

Weights are free. The result is reported with an **off-manifold** score: its distance to
the nearest atlas latent (a corpus window or a midpoint between neighbours), in typical
jumps (the median distance between two corpus windows; 0 is a real sound, 1 is as far as
two unrelated sounds are from each other). ``snap`` pulls the result that fraction of the
way toward that nearest latent. Weights that sum to 0 make a difference of sounds, a
direction rather than a place: it is played all the same, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from rtvae.errors import ControlError, a_few

QUIET_DB = -50.0        # windows quieter than this do not count toward a sound's mean (its silent tail)
ZERO_SUM = 1e-6         # |sum of weights| below this is "sums to 0"


@dataclass(frozen=True)
class MixResult:
    latent: np.ndarray          # (latent_size,) float64, after snapping
    weight_sum: float
    off_manifold: float         # of the result as played (after snapping), typical jumps
    nearest: str                # the corpus sound the nearest atlas latent belongs to
    warning: str


def sound_mean(corpus, index: int) -> np.ndarray:
    """A sound's mean latent over its audible windows (all of them if none is)."""
    start, end = int(corpus.offsets[index]), int(corpus.offsets[index + 1])
    mu = corpus.mu[start:end].astype(np.float64)
    atlas = corpus.atlas
    if atlas is not None and "rms_db" in atlas.names:
        loud = atlas.descriptors[start:end, atlas.column("rms_db")] > QUIET_DB
        if loud.any():
            mu = mu[loud]
    return mu.mean(0)


def operand(corpus, presets: Mapping[str, np.ndarray], name: str) -> np.ndarray:
    """The latent a name stands for (see the module doc); an unknown name is a ControlError naming what exists."""
    kind, _, rest = name.partition(":")
    if kind == "cluster" and rest:
        try:
            cell = int(rest)
        except ValueError:
            raise ControlError(f"'{name}': a cluster is cluster:N with N an integer") from None
        members = [i for i, c in enumerate(corpus.clusters) if int(c) == cell]
        if not members:
            cells = sorted({int(c) for c in corpus.clusters})
            raise ControlError(f"no sound in cluster {cell} (clusters: {a_few([str(c) for c in cells], 'none')})")
        return np.mean([sound_mean(corpus, i) for i in members], axis=0)
    if kind == "preset" and rest:
        if rest not in presets:
            raise ControlError(f"no preset '{rest}' (presets: {a_few(sorted(presets), 'none stored yet')})")
        return np.asarray(presets[rest], np.float64)
    if name in corpus.names:
        return sound_mean(corpus, corpus.names.index(name))
    if name in presets:
        return np.asarray(presets[name], np.float64)
    raise ControlError(f"no sound, cluster or preset '{name}' (sounds: {a_few(corpus.names, 'none')}; "
                       f"presets: {a_few(sorted(presets), 'none')})")


def mix(corpus, presets: Mapping[str, np.ndarray], pairs: Sequence[tuple[str, float]], snap: float = 0.0,
        jump: float | None = None) -> MixResult:
    """The weighted sum of the named latents, snapped ``snap`` of the way toward the manifold."""
    if not pairs:
        raise ControlError("a mix needs at least one (name, weight) pair")
    if not 0.0 <= snap <= 1.0:
        raise ControlError(f"snap is a fraction in [0, 1], got {snap}")
    latents = [operand(corpus, presets, name) for name, _ in pairs]   # every name checked before anything plays
    weights = np.array([float(w) for _, w in pairs])
    if not np.isfinite(weights).all():
        raise ControlError("mix weights must be finite numbers")
    size = {len(z) for z in latents}
    if len(size) != 1:
        raise ControlError("the operands have different latent sizes (a preset of another model?)")
    result = weights @ np.stack(latents)
    atlas_latents = corpus.atlas.latents if corpus.atlas is not None else corpus.mu
    nearest, distance = nearest_point(atlas_latents, result)
    result = result + snap * (atlas_latents[nearest].astype(np.float64) - result)
    if jump is None:
        from rtvae.explore.viterbi import typical_jump

        jump = typical_jump(corpus.atlas) if corpus.atlas is not None else 1.0
    total = float(weights.sum())
    warning = ""
    if abs(total) < ZERO_SUM:
        warning = "the weights sum to 0: the result is a difference of sounds (a direction), not a sound"
    elif abs(total - 1.0) > 0.5:
        warning = f"the weights sum to {total:g}: far from 1 the result leaves the corpus's scale"
    return MixResult(result, total, float((1.0 - snap) * distance / jump),
                     corpus.names[sound_of(corpus, nearest)], warning)


def nearest_point(latents: np.ndarray, z: np.ndarray) -> tuple[int, float]:
    """(index, distance) of the row of ``latents`` nearest to ``z``."""
    d = np.linalg.norm(latents.astype(np.float64) - z, axis=1)
    i = int(np.argmin(d))
    return i, float(d[i])


def sound_of(corpus, point: int) -> int:
    """The corpus sound an atlas point belongs to (a midpoint: the sound of its first window)."""
    n_windows = len(corpus.mu)
    if point >= n_windows:
        point = int(corpus.atlas.pairs[point - n_windows, 0])
    return int(np.searchsorted(corpus.offsets, point, side="right") - 1)
