"""Latent algebra: weighted sums of named latents ("A − B + C"), and how far from any sound they land.

Hawley's audio algebra mostly failed with one-shot vectors (one window's latent) and
worked better with averaged directions. This model codes raw waveform windows, and there
both fail: a sound's *mean* latent, or any one window held, decodes to near silence
(measured on the procedural corpus: a held window plays at about -33 dB, a sound's mean
at about -40 dB, the sound itself at -10 dB), because a held window overlap-adds with
itself out of phase. What does sound is algebra over time: each sound is its **sequence**
of window latents, and the result, hop by hop, is ``w_A A(t) + w_B B(t) + ...`` over the
shortest sequence (A − B + C plays at about -12 dB), as the interpolation of two sounds
does for two. So the operands are:

* ``NAME``: a corpus sound's window sequence;
* ``cluster:N``: the sounds of a SOM cluster in a row (as the interpolation's sources);
* ``mean:NAME`` and ``mean:cluster:N``: the averaged latent (the issue's and Hawley's
  operand), held;
* ``preset:NAME`` (or a bare name that is no sound): a latent the performer stored, held.

Held operands are added at every hop. The result carries the posterior spread of the
weighted sum of independent Gaussians, ``sigma² = sum w² sigma_i²``, so temperature
works on it. Weights are free. It is reported with an **off-manifold** score: the median
over its hops of the distance to the nearest atlas latent (a corpus window or a midpoint
between neighbours), in typical jumps (the median distance between two corpus windows;
0 is a real sound). ``snap`` pulls each hop that fraction of the way toward its nearest
atlas latent. Weights that sum to 0 make a difference of sounds, a direction rather than
a place: it is played all the same, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from rtvae.errors import ControlError, a_few

QUIET_DB = -50.0        # windows quieter than this do not count toward a sound's mean (its silent tail)
ZERO_SUM = 1e-6         # |sum of weights| below this is "sums to 0"
MANIFOLD_SAMPLES = 64   # hops of a long result the off-manifold score looks at


@dataclass(frozen=True)
class Operand:
    mu: np.ndarray              # (n, latent_size) float64: n = 1 for a held latent
    logvar: np.ndarray          # (n, latent_size) float64
    held: bool


@dataclass(frozen=True)
class MixResult:
    latents: np.ndarray         # (n_hops, latent_size) float64 after snapping; one row when every operand is held
    logvar: np.ndarray          # (n_hops, latent_size) float64
    weight_sum: float
    off_manifold: float         # median over hops, after snapping, typical jumps
    nearest: str                # the corpus sound nearest to the result most often
    warning: str

    @property
    def held(self) -> bool:
        return len(self.latents) == 1


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


def _cluster_members(corpus, text: str) -> list[int]:
    try:
        cell = int(text)
    except ValueError:
        raise ControlError(f"'cluster:{text}': a cluster is cluster:N with N an integer") from None
    members = [i for i, c in enumerate(corpus.clusters) if int(c) == cell]
    if not members:
        cells = sorted({int(c) for c in corpus.clusters})
        raise ControlError(f"no sound in cluster {cell} (clusters: {a_few([str(c) for c in cells], 'none')})")
    return members


def _sequence(corpus, indices: list[int]) -> Operand:
    spans = [(int(corpus.offsets[i]), int(corpus.offsets[i + 1])) for i in indices]
    mu = np.concatenate([corpus.mu[a:b] for a, b in spans]).astype(np.float64)
    logvar = np.concatenate([corpus.logvar[a:b] for a, b in spans]).astype(np.float64)
    return Operand(mu, logvar, False)


def _held(latent: np.ndarray) -> Operand:
    latent = np.asarray(latent, np.float64)[None]
    return Operand(latent, np.full_like(latent, -np.inf), True)


def operand(corpus, presets: Mapping[str, np.ndarray], name: str) -> Operand:
    """What a name stands for (see the module doc); an unknown name is a ControlError naming what exists."""
    kind, _, rest = name.partition(":")
    if kind == "mean" and rest:
        if rest.startswith("cluster:"):
            return _held(np.mean([sound_mean(corpus, i) for i in _cluster_members(corpus, rest[8:])], axis=0))
        if rest in corpus.names:
            return _held(sound_mean(corpus, corpus.names.index(rest)))
        return operand(corpus, presets, rest)  # a preset is held already
    if kind == "cluster" and rest:
        return _sequence(corpus, _cluster_members(corpus, rest))
    if kind == "preset" and rest:
        if rest not in presets:
            raise ControlError(f"no preset '{rest}' (presets: {a_few(sorted(presets), 'none stored yet')})")
        return _held(presets[rest])
    if name in corpus.names:
        return _sequence(corpus, [corpus.names.index(name)])
    if name in presets:
        return _held(presets[name])
    raise ControlError(f"no sound, cluster or preset '{name}' (sounds: {a_few(corpus.names, 'none')}; "
                       f"presets: {a_few(sorted(presets), 'none')})")


def mix(corpus, presets: Mapping[str, np.ndarray], pairs: Sequence[tuple[str, float]], snap: float = 0.0,
        jump: float | None = None) -> MixResult:
    """The weighted sum of the named operands, hop by hop, snapped ``snap`` of the way toward the manifold."""
    if not pairs:
        raise ControlError("a mix needs at least one (name, weight) pair")
    if not 0.0 <= snap <= 1.0:
        raise ControlError(f"snap is a fraction in [0, 1], got {snap}")
    operands = [operand(corpus, presets, name) for name, _ in pairs]   # every name checked before anything plays
    weights = np.array([float(w) for _, w in pairs])
    if not np.isfinite(weights).all():
        raise ControlError("mix weights must be finite numbers")
    if len({o.mu.shape[1] for o in operands}) != 1:
        raise ControlError("the operands have different latent sizes (a preset of another model?)")
    sequences = [len(o.mu) for o in operands if not o.held]
    n = min(sequences) if sequences else 1
    latents = sum(w * o.mu[:n] for w, o in zip(weights, operands))
    variance = sum(w * w * np.exp(o.logvar[:n]) for w, o in zip(weights, operands))
    latents = np.broadcast_to(latents, (n, operands[0].mu.shape[1])).copy()
    variance = np.broadcast_to(variance, latents.shape)
    atlas_latents = corpus.atlas.latents if corpus.atlas is not None else corpus.mu
    nearest, _ = nearest_points(atlas_latents, latents)
    latents += snap * (atlas_latents[nearest].astype(np.float64) - latents)
    if jump is None:
        from rtvae.explore.viterbi import typical_jump

        jump = typical_jump(corpus.atlas) if corpus.atlas is not None else 1.0
    looked = np.unique(np.linspace(0, n - 1, min(n, MANIFOLD_SAMPLES)).astype(np.int64))
    distance = float(np.median(nearest_points(atlas_latents, latents[looked])[1]))
    sounds = np.bincount([sound_of(corpus, int(p)) for p in nearest[looked]], minlength=len(corpus.names))
    total = float(weights.sum())
    warning = ""
    if abs(total) < ZERO_SUM:
        warning = "the weights sum to 0: the result is a difference of sounds (a direction), not a sound"
    elif abs(total - 1.0) > 0.5:
        warning = f"the weights sum to {total:g}: far from 1 the result leaves the corpus's scale"
    if sequences == [] and not warning:
        warning = "every operand is held: a held latent plays quietly (use sound names for sequences)"
    return MixResult(latents, np.log(np.maximum(variance, 1e-12)), total, float(distance / jump),
                     corpus.names[int(np.argmax(sounds))], warning)


class NearestPoints:
    """The rows of one set of latents nearest to queries, by matrix products (in chunks), with the rows'
    squared norms made once: a query of one latent against the embedded atlas's 37,350 points takes about a
    millisecond, against some twenty when they are remade per call. The rows are searched in their own
    dtype (a float32 atlas is not copied: 19 MB it would double), and the distance to the row found is
    taken again in float64."""

    def __init__(self, latents: np.ndarray, chunk: int = 256):
        self.latents = np.asarray(latents)
        if self.latents.dtype not in (np.float32, np.float64):
            self.latents = self.latents.astype(np.float64)
        self.norms = np.einsum("ij,ij->i", self.latents, self.latents)
        self.chunk = chunk

    def __call__(self, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(indices, distances) of the rows nearest to each query."""
        queries = np.atleast_2d(np.asarray(queries, np.float64))
        index = np.empty(len(queries), np.int64)
        for start in range(0, len(queries), self.chunk):
            q = queries[start:start + self.chunk].astype(self.latents.dtype)
            # |q|^2 is the same for every row: the nearest row minimises |row|^2 - 2 q.row
            index[start:start + len(q)] = np.argmin(self.norms[None, :] - 2.0 * q @ self.latents.T, axis=1)
        distance = np.linalg.norm(self.latents[index].astype(np.float64) - queries, axis=1)
        return index, distance


def nearest_points(latents: np.ndarray, queries: np.ndarray, chunk: int = 256) -> tuple[np.ndarray, np.ndarray]:
    """(indices, distances) of the rows of ``latents`` nearest to each query (once: :class:`NearestPoints`
    keeps what a second search would remake)."""
    return NearestPoints(latents, chunk)(queries)


def sound_of(corpus, point: int) -> int:
    """The corpus sound an atlas point belongs to (a midpoint: the sound of its first window)."""
    n_windows = len(corpus.mu)
    if point >= n_windows:
        point = int(corpus.atlas.pairs[point - n_windows, 0])
    return int(np.searchsorted(corpus.offsets, point, side="right") - 1)
