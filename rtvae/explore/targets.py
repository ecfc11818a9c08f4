"""Descriptor targets: choose latents by what they sound like ("this bright, this loud, this pitch").

The control side holds one :class:`Selector` per corpus atlas (:mod:`rtvae.explore.atlas`)
and never calls it from the audio callback. Live, it is given targets and weights and
asked for one latent per output hop (:meth:`Selector.select`); offline it plans a whole
path from curves (:meth:`Selector.path`).

**Target distance.** Each *active* descriptor (one with a target and a weight above 0) is
a robust z-score (:meth:`~rtvae.explore.atlas.Atlas.normalised`) times its weight; a
:class:`scipy.spatial.cKDTree` over the atlas points in that space returns the ``k``
candidates nearest to the target. A descriptor given alone controls only that descriptor:
the others have weight 0 until they get a target (weight 1 by default) or a weight.

**Continuity.** A corpus sound moves through latent space one hop at a time, and played
that way its overlap-added windows stay coherent. Holding one latent repeats one window
every hop, which overlap-adds into a buzz at the hop rate; hopping between unrelated
points every hop (the per-frame nearest neighbour) mixes incoherent windows all the time.
So, as in concatenative synthesis, going from an atlas point to its *successor* (the next
window of its sound or midpoint run) costs nothing, and any other move is a **seam**
costing ``continuity`` times: the latent distance from the candidate to where the
previous point was going (itself plus its flow), in typical jumps (the median distance
between two corpus windows); plus :data:`SEAM_COST`; plus up to :data:`SHORT_RUN_COST`
when the previous run has played fewer than :data:`MIN_RUN_HOPS` hops (graded, so that
seams do not fall into a rhythm). Every hop that plays again a point of the path's last
:data:`~rtvae.explore.viterbi.REPLAY_RUNS` runs costs
:data:`~rtvae.explore.viterbi.REPLAY_COST` (z units, whatever the continuity above 0):
holding the point playing repeats one window
(a buzz at the hop rate), and a held target would otherwise loop the few windows that
match it best (a stretch of one window, seamed back to its start, plays a buzz at the
window rate). Every hop also costs what the point played pulses on the hop grid (its
:attr:`~rtvae.explore.atlas.Atlas.pulse`, :data:`~rtvae.explore.viterbi.PULSE_COST` z units
per unit, for the share of the weights not on pitch: :func:`~rtvae.explore.viterbi.pulse_unit_cost`):
of two points that fit alike the path takes the one that does not buzz at the window rate.
``continuity`` 0 is the per-frame nearest neighbour, with none of these costs.

**Paths.** The choice is a beam-pruned Viterbi over the candidates of every hop and the
successors of the previous hop's states: target distance plus join cost, summed over the
path. Offline, :meth:`Selector.path` solves a whole curve at once. Live,
:meth:`Selector.select` does not know the future, so it plans :data:`PLAN_HOPS` hops as
if the targets held, plays :data:`REPLAN_HOPS` of them and plans again (at once when a
target, weight or continuity changes): a receding horizon, about 3 ms per plan for the
embedded model's atlas. :meth:`Selector.live_path` plays curves through ``select`` hop by
hop, as the live handlers will; :meth:`Selector.nearest` is the papers' baseline (Caillon,
Bitton et al.): per hop the nearest atlas point, no continuity, no blending.

**Blending** (``blend`` > 1) mixes the chosen point with up to ``blend - 1`` candidates
lying within :data:`BLEND_RADIUS` typical jumps of it, by inverse-distance weights on the
target distance, ``1 / (distance + eps)^2`` (distant latents are never mixed: their mix
decodes to neither). It is off by default: measured on the procedural corpus, it made
the level curve worse (r 0.999 to 0.991, p95 error 1.6 to 6 dB) and the others no better
(benchmarks/descriptors.py), because a latent mix is a sound the atlas never measured;
the seams are crossfaded by the overlap-add itself, and the path moves one successor per
hop between them.

Errors are :class:`TargetError` (a ``ValueError``), raised before any state changes: an
unknown descriptor (the message lists the known ones), a value that is not a finite
number, a negative weight, an empty curve. A target outside the atlas's full range is
clamped, and the caller is told which names were (to say so once).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from rtvae.errors import TargetError
from rtvae.explore.atlas import Atlas, DescriptorRange
from rtvae.explore.viterbi import (BLEND_RADIUS, PULSE_COST, Join, Space, advanced, blend_near, flow,
                                   pulse_unit_cost, typical_jump, viterbi)
from rtvae.explore.descriptors import DESCRIPTORS as DESCRIPTOR_NAMES

K_CANDIDATES = 16       # candidates per hop from the tree
CONTINUITY = 0.2        # weight of the join cost against the target distance (z units)
PLAN_HOPS = 16          # live: hops planned ahead as if the targets held (93 ms at hop 256)
REPLAN_HOPS = 8         # live: hops played from a plan before planning again
BLEND = 1               # points mixed into one latent at most (1: none; see the module doc)


@dataclass(frozen=True)
class Choice:
    """The previous hop's choice: the main atlas point, how long its run has played, the latent made."""

    point: int              # atlas index of the main (chosen) point
    age: int                # hops played since the run's seam, this one included
    latent: np.ndarray      # (latent_size,) float64, the blended latent returned
    runs: np.ndarray        # (REPLAY_RUNS, 2) the runs played, this one first (rtvae.explore.viterbi.replayed)


@dataclass
class Plan:
    """Hops planned ahead live: atlas points, run ages, latents; ``cursor`` is the next to play."""

    points: np.ndarray
    ages: np.ndarray
    latents: np.ndarray
    runs: np.ndarray
    cursor: int = 0


class Selector:
    """Descriptor targets over one atlas: what the live handlers hold and the offline render uses.

    Args:
        atlas: the corpus's :class:`~rtvae.explore.atlas.Atlas` (``corpus.atlas``).
        k: candidates per hop from the tree.
        continuity: weight of the join cost (0: the per-frame nearest neighbour);
            ``/rtvae/descriptor/continuity``.
        blend: points mixed into one latent at most (1: no blending).
        step: atlas successors per output hop: the engine's hop over the corpus hop (>= 1).
        pulse_cost: z units per unit of a point's pulse, each hop it plays (0: none; see
            :func:`~rtvae.explore.viterbi.pulse_unit_cost`).

    Not thread-safe: one thread (the OSC loop) owns it. A call allocates only small numpy
    temporaries; the k-d tree is rebuilt on the first ``select`` after the active set or a
    weight changed (a few tens of milliseconds for the embedded model's atlas).
    """

    def __init__(self, atlas: Atlas | None, *, k: int = K_CANDIDATES, continuity: float = CONTINUITY,
                 blend: int = BLEND, step: int = 1, pulse_cost: float = PULSE_COST):
        if atlas is None:
            raise TargetError("this corpus has no descriptor atlas; rebuild it with rtvae corpus build")
        if k < 1 or blend < 1 or step < 1:
            raise TargetError(f"k, blend and step must be at least 1, got {k}, {blend}, {step}")
        self.atlas, self.k, self.blend, self.step = atlas, int(k), int(blend), int(step)
        self.pulse_cost = _non_negative("the pulse cost", pulse_cost)
        self._continuity = _non_negative("continuity", continuity)
        self._next = advanced(atlas.successor, self.step)
        self._flow = flow(atlas.latents, self._next)
        self.jump_scale = typical_jump(atlas)
        self._targets: dict[str, float] = {}
        self._weights: dict[str, float] = {}
        self._space: Space | None = None
        self._space_key: tuple = ()
        self._choice: Choice | None = None
        self._planned: Plan | None = None

    # ---------------------------------------------------------------- what there is

    @property
    def names(self) -> list[str]:
        """The descriptor names, units in the names (``rms_db``, ``centroid_hz``, ``f0_hz`` ...)."""
        return list(self.atlas.names)

    @property
    def units(self) -> dict[str, str]:
        return dict(self.atlas.units)

    def ranges(self) -> dict[str, DescriptorRange]:
        """Each descriptor's full range (targets clamp to it) and robust range (for sliders)."""
        return dict(self.atlas.stats)

    # ---------------------------------------------------------------- settings

    @property
    def targets(self) -> dict[str, float]:
        """The targets set (clamped), by name."""
        return dict(self._targets)

    @property
    def weights(self) -> dict[str, float]:
        """The weight of every descriptor: as set, else 1 with a target, else 0."""
        return {n: self._weights.get(n, 1.0 if n in self._targets else 0.0) for n in self.names}

    @property
    def active(self) -> list[str]:
        """The descriptors that steer the choice: a target and a weight above 0."""
        weights = self.weights
        return [n for n in self.names if n in self._targets and weights[n] > 0]

    @property
    def continuity(self) -> float:
        return self._continuity

    def set_targets(self, values: Mapping[str, float]) -> list[str]:
        """Set (name → value) targets, in the descriptors' units; returns the names clamped to range.

        Other targets stay as they were. All are checked before any is set: an unknown
        name or a value that is not a finite number is a :class:`TargetError`.
        """
        checked = {name: _finite(f"the {self._known(name)} target", value) for name, value in values.items()}
        clamped = []
        for name, value in checked.items():
            kept = self.atlas.stats[name].clamp(value)
            if kept != value:
                clamped.append(name)
            self._targets[name] = kept
        self._planned = None
        return clamped

    def set_weights(self, weights: Mapping[str, float]) -> None:
        """Set (name → weight >= 0) weights; 0 leaves a target set but idle. Checked before any is set."""
        checked = {name: _non_negative(f"the {self._known(name)} weight", w) for name, w in weights.items()}
        self._weights.update(checked)
        self._planned = None

    def set_continuity(self, continuity: float) -> None:
        """How much staying on the previous choice's way counts against the target (>= 0)."""
        self._continuity = _non_negative("continuity", continuity)
        self._planned = None

    def off(self) -> None:
        """Forget every target and the previous choice (weights and continuity are kept)."""
        self._targets.clear()
        self._planned = self._choice = None

    def clamp(self, name: str, values) -> tuple[np.ndarray, bool]:
        """(values clamped to the descriptor's full range, float64; whether any was)."""
        stats = self.atlas.stats[self._known(name)]
        raw = _finite_array(f"the {name} curve", values)
        kept = np.clip(raw, stats.low, stats.high)
        return kept, bool(np.any(kept != raw))

    # ---------------------------------------------------------------- live

    def select(self, previous_latent: np.ndarray | None = None) -> np.ndarray:
        """The latent for the next output hop (float64, (latent_size,)), for the targets set.

        Live, the future of the target is unknown, so the selection plans
        :data:`PLAN_HOPS` hops ahead as if the targets held (the same Viterbi as
        :meth:`path`), plays the first :data:`REPLAN_HOPS` of that plan and plans again; a
        change of targets, weights or continuity plans again at once.

        Args:
            previous_latent: where the voice is. None, or the latent this selector
                returned last, continues from its previous choice; any other latent
                (control came from elsewhere) is the continuity reference as it is.
                Call once per output hop while targets are set: a run moves on by one
                successor per call.
        """
        if not self.active:
            raise TargetError("no descriptor target is set (or every targeted weight is 0)")
        previous = self._continued(previous_latent)
        plan = self._planned
        if plan is None or plan.cursor >= min(REPLAN_HOPS, len(plan.points)) or previous is None:
            plan = self._planned = self._replan(previous, previous_latent)
        i = plan.cursor
        plan.cursor += 1
        self._choice = Choice(int(plan.points[i]), int(plan.ages[i]), plan.latents[i], plan.runs[i])
        return plan.latents[i].copy()

    def _continued(self, previous_latent) -> Choice | None:
        """The previous choice when this call continues it, else None (and it is forgotten)."""
        choice = self._choice
        if choice is not None and (previous_latent is None or np.allclose(previous_latent, choice.latent)):
            return choice
        self._choice = self._planned = None
        return None

    def _replan(self, previous: Choice | None, previous_latent) -> "Plan":
        """The next :data:`PLAN_HOPS` hops for the targets held, from the previous choice or latent."""
        space = self._current_space()
        point = space.points(self._targets)
        distances, found = space.query(point, self.k)
        points, found, distances = (np.repeat(a, PLAN_HOPS, axis=0) for a in (point, found, distances))
        if previous is None:
            start = None if previous_latent is None else np.asarray(previous_latent, np.float64)
            chosen, ages, runs = viterbi(self._join(), space, points, found, distances, start_latent=start)
        else:
            state = (np.array([previous.point]), np.array([previous.age]), np.zeros(1), previous.runs[None])
            chosen, ages, runs = viterbi(self._join(), space, points, found, distances, start_state=state)
        return Plan(chosen, ages, self._latents_of(chosen, found, distances), runs)

    def _latents_of(self, chosen: np.ndarray, found: np.ndarray, distances: np.ndarray) -> np.ndarray:
        """(n_hops, latent_size) float64: the chosen points' latents, blended with their near candidates."""
        if self.blend <= 1:
            return self.atlas.latents[chosen].astype(np.float64)
        return np.stack([self._blended(int(chosen[t]), found[t], distances[t]) for t in range(len(chosen))])

    def _blended(self, best: int, cand: np.ndarray, target_cost: np.ndarray) -> np.ndarray:
        return blend_near(self.atlas.latents, best, cand, target_cost, self.blend, BLEND_RADIUS * self.jump_scale)

    def _join(self) -> Join:
        return Join(self.atlas.latents, self._next, self._flow, self._continuity, self.jump_scale)

    def _current_space(self) -> Space:
        """The space of the active descriptors and their weights; its tree is rebuilt only when they change."""
        weights = {n: self.weights[n] for n in self.active}
        key = (weights, self._continuity > 0)
        if self._space is None or self._space_key != key:
            self._space, self._space_key = self._space_of(weights), key
        return self._space

    def _space_of(self, weights: Mapping[str, float]) -> Space:
        return Space(self.atlas, weights, pulse_unit_cost(self.atlas, weights, self._continuity, self.pulse_cost))

    # ---------------------------------------------------------------- offline

    def path(self, curves: Mapping[str, np.ndarray], start_latent: np.ndarray | None = None) -> np.ndarray:
        """(n_hops, latent_size) float64: the Viterbi path through the curves, blended.

        Args:
            curves: name → values, one per output hop, in the descriptor's unit (all as
                long); the targets set on the selector join as constants. Values outside
                the range are clamped (check first with :meth:`clamp` to tell the user).
            start_latent: where the voice is before the first hop (continuity from it), or None.
        """
        space, points = self._plan(curves)
        distances, found = space.query(points, self.k)
        chosen, _, _ = viterbi(self._join(), space, points, found, distances, start_latent=start_latent)
        return self._latents_of(chosen, found, distances)

    def live_path(self, curves: Mapping[str, np.ndarray], start_latent: np.ndarray | None = None) -> np.ndarray:
        """(n_hops, latent_size): the curves played through :meth:`select`, hop by hop, as live.

        Runs on a copy: this selector's targets and previous choice are left as they are.
        """
        space, _ = self._plan(curves)  # checks the curves once
        live = Selector(self.atlas, k=self.k, continuity=self._continuity, blend=self.blend, step=self.step,
                        pulse_cost=self.pulse_cost)
        live._weights = dict(self._weights)
        live._targets = dict(self._targets)
        series = {n: self.clamp(n, v)[0] for n, v in curves.items()}
        n_hops = len(next(iter(series.values())))
        latents, previous = [], start_latent
        for t in range(n_hops):
            live._targets.update({n: float(v[t]) for n, v in series.items()})
            live._planned = None  # what set_targets does, without checking the values again
            previous = live.select(previous)
            latents.append(previous)
        return np.stack(latents)

    def nearest(self, curves: Mapping[str, np.ndarray]) -> np.ndarray:
        """The baseline: per hop, the nearest atlas point's latent; no continuity, no blending."""
        space, points = self._plan(curves)
        _, found = space.query(points, 1)
        return self.atlas.latents[found[:, 0]].astype(np.float64)

    def _plan(self, curves: Mapping[str, np.ndarray]) -> tuple[Space, np.ndarray]:
        """The space of the curves' and set targets' descriptors, and the targets per hop in it."""
        if not curves:
            raise TargetError("a descriptor path needs at least one curve")
        series = {name: self.clamp(name, values)[0] for name, values in curves.items()}
        lengths = sorted({len(v) for v in series.values()})
        if len(lengths) != 1:
            raise TargetError(f"descriptor curves must be equally long, got lengths {lengths}")
        targets = {**self._targets, **series}
        weights = {n: self._weights.get(n, 1.0) for n in targets}
        active = {n: w for n, w in weights.items() if w > 0}
        if not active:
            raise TargetError("every targeted descriptor has weight 0")
        space = self._space_of(active)
        return space, space.points(targets)

    def _known(self, name: str) -> str:
        if name not in self.atlas.stats:
            raise TargetError(f"unknown descriptor '{name}'; known: {', '.join(self.names)}")
        return name


# ---------------------------------------------------------------- the pieces


def steps_per_hop(engine_hop: int, corpus_hop: int) -> int:
    """Atlas successors per output hop: the engine's hop over the corpus hop, rounded, at least 1."""
    return max(int(round(engine_hop / corpus_hop)), 1)


def measured_per_hop(audio: np.ndarray, window: int, hop: int, sample_rate: int,
                     latency_samples: int = 0) -> np.ndarray:
    """(n_hops, n_descriptors) float32: the descriptors of what was played over each hop's window.

    Hop k is measured over ``audio[k hop + latency : k hop + latency + window]``, the span
    of the window decoded for hop k; hops whose span runs past the end are left out.
    """
    from rtvae.explore.descriptors import Describer

    audio = np.asarray(audio, np.float32)[latency_samples:]
    n_hops = (len(audio) - window) // hop + 1
    if n_hops <= 0:
        return np.zeros((0, len(DESCRIPTOR_NAMES)), np.float32)
    spans = np.arange(n_hops)[:, None] * hop + np.arange(window)[None, :]
    return Describer(window, sample_rate).describe(audio[spans])


def resample(values, n_hops: int) -> np.ndarray:
    """A curve of any length as ``n_hops`` values sampled evenly over it (float64)."""
    values = _finite_array("a descriptor curve", values)
    if len(values) == 1:
        return np.full(n_hops, values[0])
    return np.interp(np.linspace(0.0, len(values) - 1, n_hops), np.arange(len(values)), values)


# Which parameters of each built-in curve (rtvae.explore.curves.HELP) are values, not counts or seeds.
VALUE_PARAMETERS = {"sine": (1, 2), "triangle": (1, 2), "ramp": (0, 1), "exp": (0, 1), "walk": (2, 3)}
STEP_PARAMETER = {"walk": 1}  # a value difference: scaled, not shifted


def descriptor_function(name: str, params, stats: DescriptorRange) -> np.ndarray:
    """A built-in curve (:func:`rtvae.explore.curves.function`) in a descriptor's unit.

    ``params`` are those of :data:`rtvae.explore.curves.HELP` with values (from, to, low,
    high, step) in the descriptor's unit, e.g. ``ramp 500 5000`` for ``centroid_hz``;
    values not given span the robust range. Shapes are drawn in the z-score's space (so
    an ``f0_hz`` ramp rises by equal intervals). The result may leave the range: clamp it.
    """
    from rtvae.explore.atlas import from_space, to_space
    from rtvae.explore.curves import AMOUNT_RANGE, FUNCTIONS, function

    if name not in VALUE_PARAMETERS:
        raise TargetError(f"unknown curve function '{name}'; known: {', '.join(FUNCTIONS)}")
    low, high = (float(to_space(stats.name, v)) for v in (stats.robust_low, stats.robust_high))
    span = high - low if high > low else 1.0
    unit = [_finite(f"{name}'s parameter {i + 1}", p) for i, p in enumerate(params)]
    for i in VALUE_PARAMETERS[name]:
        if i < len(unit):
            value = float(to_space(stats.name, max(unit[i], 1e-9) if stats.name == "f0_hz" else unit[i]))
            unit[i] = float(np.clip((value - low) / span, *AMOUNT_RANGE))
    if name in STEP_PARAMETER and STEP_PARAMETER[name] < len(unit):
        unit[STEP_PARAMETER[name]] /= span
    return from_space(stats.name, low + span * function(name, unit))  # missing values: 0 and 1, the robust range


def _finite(what: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TargetError(f"{what} must be a number, got {value!r}")
    if not math.isfinite(float(value)):
        raise TargetError(f"{what} must be a finite number, got {value}")
    return float(value)


def _finite_array(what: str, values) -> np.ndarray:
    try:
        array = np.asarray(values, np.float64).ravel()
    except (TypeError, ValueError):
        raise TargetError(f"{what} must be numbers") from None
    if len(array) == 0:
        raise TargetError(f"{what} is empty")
    if not np.isfinite(array).all():
        raise TargetError(f"{what} holds a value that is not finite ({array[~np.isfinite(array)][0]})")
    return array


def _non_negative(what: str, value) -> float:
    value = _finite(what, value)
    if value < 0:
        raise TargetError(f"{what} must be 0 or more, got {value:g}")
    return value
