"""Offline rendering: every render is a score of control records played by the engine.

A :class:`Score` is what a render plays: control records ``(due_frame, kind, values)``,
the very records the OSC side writes into a live engine's ring, plus (for interpolation)
the two sources and the curve, and which frames to keep. :func:`play` feeds the records
into an :class:`~rtvae.engine.engine.Engine` (made by
:func:`~rtvae.engine.factory.build_engine`, like the server's) just before the block in
which each falls due, and runs :meth:`~rtvae.engine.engine.Engine.process` block by block
as the audio callback would. So a render and a live stream fed the same records, from an
engine built with the same settings and seed, make the same samples bit for bit, at any
temperature, whatever the block sizes (tests/test_offline_matches_stream.py).

The scores of ``rtvae render``:

* :func:`trajectory_score` (``render latents``, ``render demo``): one ``Z_ALL`` per hop,
  due on that hop's first frame, after a ``SMOOTH_MS 0`` record so that the trajectory is
  played exactly as written; temperature samples around it with the engine's sigma.
* :func:`reconstruction_score` (``render reconstruct``): the encoder's posterior as a
  trajectory of mu, each hop with its ``SIGMA_ALL``, so temperature samples the posterior.
  The render is cropped by the overlap-add's fill and the engine's declared latency for
  timed records, so the output is aligned with the input and as long as it.
* :func:`interpolation_score` (``render interp``): two sources and the strategy records.
* :func:`descriptor_score` (``render descriptor``): descriptor targets and curves as a
  latent path (:mod:`rtvae.explore.targets`), one latent per hop, played exactly.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from rtvae.engine import controls as c
from rtvae.engine.factory import build_engine, synth_section
from rtvae.errors import RtvaeError
from rtvae.framing import frame

Record = tuple[float, int, Sequence[float]]  # (due frame, kind, values): see rtvae.engine.controls

# Frames asked of the engine per block offline. Small enough that the records due in one
# block (two per hop at hop 128, a few more of a score's own) stay below the engine's cap
# on records drained per block; a render is the same whatever the block.
RENDER_BLOCK = 1024


@dataclass
class Score:
    """What an offline render plays, and which of the frames it makes are kept.

    Attributes:
        records: control records ``(due_frame, kind, values)``; ``IMMEDIATE`` (-1) is due
            on the first hop. Records due on the same hop apply in list order.
        n_frames: frames kept (at the model's rate).
        start: frames made before the first kept one.
        sources: interpolation sources ``(mu_a, logvar_a, mu_b, logvar_b)``, or None.
        curve: the meso curve (float64, sampled evenly over the sequence), or None.
        input: live input at the model's rate (float32, from frame 0), fed block by block
            as the duplex callback feeds it; None for none.
    """

    records: list[Record]
    n_frames: int
    start: int = 0
    sources: tuple[np.ndarray, ...] | None = None
    curve: np.ndarray | None = field(default=None, repr=False)
    input: np.ndarray | None = field(default=None, repr=False)

    @property
    def end(self) -> int:
        """Frames the engine makes for this score."""
        return self.start + self.n_frames

    def load_into(self, engine) -> None:
        """Hand the sources and the curve to an engine that has not played yet."""
        if self.sources is not None:
            engine.sources.current = self.sources
        if self.curve is not None:
            engine.curve.current = self.curve


class RecordFeeder:
    """Pushes records into an engine's control ring in due order, each when it comes within reach.

    The producer side of the ring, like an OSC handler: :meth:`feed` is called before each
    block offline, or from a thread alongside a live stream. Records due on the same frame
    keep their order. A full ring is never written to: what does not fit waits for the
    next call.
    """

    def __init__(self, ring, records: Sequence[Record]):
        self.ring = ring
        self.writer = c.ControlWriter(ring)
        self.queue = deque(sorted(records, key=lambda record: record[0]))  # stable: order kept

    def feed(self, horizon: float) -> int:
        """Push the records due before frame ``horizon`` that fit in the ring; returns how many."""
        pushed, room = 0, len(self.ring.slots) - len(self.ring)
        while self.queue and self.queue[0][0] < horizon and pushed < room:
            due, kind, values = self.queue.popleft()
            self.writer.send(kind, values, due)
            pushed += 1
        return pushed

    def __len__(self) -> int:
        return len(self.queue)


def drive_engine(engine, n_frames: int, block: int, records: Sequence[Record] = (),
                 live_input: np.ndarray | None = None) -> np.ndarray:
    """Run an engine offline for ``n_frames``, ``block`` frames per call, as an audio callback would.

    Before each block, the records that fall due in it (before its last hop ends) are
    pushed into the engine's ring, as timetagged OSC messages would have been, and the
    block's ``live_input`` (silence past its end) goes onto the engine's input line, as the
    duplex callback writes it.
    """
    feeder = RecordFeeder(engine.ring, records)
    out = np.zeros(n_frames, np.float32)
    if live_input is not None:
        heard = np.zeros(n_frames, np.float32)  # silence past the input's end
        kept = min(len(live_input), n_frames)
        heard[:kept] = live_input[:kept]
    for start in range(0, n_frames, block):
        n = min(block, n_frames - start)
        feeder.feed(start + n + engine.hop)
        if live_input is not None:
            engine.input_line.write(heard[start:start + n], engine.frame)
        out[start:start + n] = engine.process(n)
    return out


def play(engine, score: Score, block: int = RENDER_BLOCK) -> np.ndarray:
    """The score's kept frames (float32), played by a fresh ``engine``."""
    score.load_into(engine)
    return drive_engine(engine, score.end, block, score.records, score.input)[score.start:]


def render(model, score_of: Callable[..., Score], synth=None, *, seed: int = 0, **live_input) -> np.ndarray:
    """Build an engine as the server does (``synth`` section, ``seed``) and play ``score_of(engine)``.

    Args:
        model: a verified model directory.
        score_of: ``engine -> Score`` (scores depend on the engine's hop and latency).
        synth: the ``synth`` config section; None for its defaults.
        seed: seed of the engine's sampling noise (temperature > 0).
        live_input: ``input_line`` and ``input_gate_db`` for a score with live input
            (:func:`transform_score`), as :func:`~rtvae.engine.factory.build_engine` takes them.
    """
    engine = build_engine(model, synth if synth is not None else synth_section(), seed=seed, **live_input)
    return play(engine, score_of(engine))


def transform_score(engine, samples: np.ndarray, records: Sequence[Record] = (), *, aligned: bool = True) -> Score:
    """A sound through the live-input path: encoded hop by hop as it would arrive, transformed by
    ``records`` (``/rtvae/input/*`` as control records), decoded.

    The live output is this render with ``aligned`` False, sample for sample, for the same input
    from the stream's first frame (and the same block sizes, which change nothing). ``aligned``
    drops the first window, where the input's own sound is not heard yet, so the output lines up
    with the input; either way it is as long as the input.
    """
    window = engine.model.card.window
    lead = window if aligned else 0
    padded = np.concatenate([np.asarray(samples, np.float32), np.zeros(lead, np.float32)])
    return Score(list(records), len(samples), start=lead, input=padded)


def trajectory_score(latents: np.ndarray, hop: int, sigmas: np.ndarray | None = None) -> Score:
    """One latent per hop, played exactly: (n_hops, latent_size) → n_hops * hop frames.

    With ``sigmas`` (same shape), each hop also sets the posterior spread temperature uses.
    """
    records: list[Record] = [(c.IMMEDIATE, c.SMOOTH_MS, [0.0])]
    for k, z in enumerate(np.asarray(latents, np.float32)):
        records.append((k * hop, c.Z_ALL, z))
        if sigmas is not None:
            records.append((k * hop, c.SIGMA_ALL, sigmas[k]))
    return Score(records, len(latents) * hop)


def reconstruction_score(engine, samples: np.ndarray) -> Score:
    """Encode a sound at the engine's hop; the score plays it back aligned and as long as the input.

    The input is padded by the overlap-add's fill, so that every kept sample lies under
    full window overlap; the kept frames start after it and the engine's timed latency.
    """
    window, hop = engine.model.card.window, engine.hop
    lead = engine.overlap_add.fill_samples
    n_hops = math.ceil((len(samples) + lead) / hop)
    padded = np.zeros(n_hops * hop + lead, np.float32)
    padded[lead:lead + len(samples)] = samples
    mu, logvar = engine.model.encoder().encode(frame(padded, window, hop))
    score = trajectory_score(mu, hop, np.exp(0.5 * logvar.astype(np.float64)))
    score.start = lead + engine.timed_latency_samples
    score.n_frames = len(samples)
    return score


def demo_score(card, duration_s: float, hop: int, seed: int = 0) -> Score:
    """A slow walk through the latent space (:func:`rtvae.explore.walk.latent_walk`), one latent per hop."""
    from rtvae.explore.walk import latent_walk

    n_hops = int(duration_s * card.sample_rate / hop)
    return trajectory_score(latent_walk(card, n_hops, hop, seed=seed), hop)


def interpolation_score(a, b, hop: int, *, strategy: str = "stepwise", amount: float = 0.5,
                        curve: np.ndarray | None = None, stretch: float = 1.0) -> Score:
    """One pass through two sources (:class:`~rtvae.explore.sources.Source`), as the live engine plays it.

    Args:
        a, b: the sources (trimmed to the shorter).
        hop: the engine's hop.
        strategy: ``stepwise``, ``meso`` or ``extend`` (see :mod:`rtvae.engine.interp`).
        amount: the static amount of ``stepwise`` and ``extend`` (0 is A, 1 is B).
        curve: the meso curve; None keeps the engine's (flat 1).
        stretch: play the sequence this many times slower.
    """
    from rtvae.engine.interp import STRATEGIES
    from rtvae.explore.sources import pair

    if strategy not in STRATEGIES:
        raise RtvaeError(f"strategy must be one of {', '.join(STRATEGIES)}, got {strategy!r}")
    sources = pair(a, b)
    per_hop = (1.0 if strategy == "extend" else hop / a.hop) / stretch
    records: list[Record] = [(c.IMMEDIATE, c.INTERP_STRATEGY, [STRATEGIES[strategy]]),
                             (c.IMMEDIATE, c.INTERP_AMOUNT, [amount]),
                             (c.IMMEDIATE, c.INTERP_SPEED, [per_hop]), (c.IMMEDIATE, c.INTERP_PLAY, [1.0])]
    n_hops = math.ceil(len(sources[0]) / per_hop)
    curve = None if curve is None else np.asarray(curve, np.float64)
    return Score(records, n_hops * hop, sources=sources, curve=curve)


def descriptor_score(engine, selector, curves, duration_s: float, *, method: str = "viterbi",
                     smooth_ms: float = 0.0) -> Score:
    """Descriptor targets as a latent path, one latent per output hop (``render descriptor``).

    Args:
        engine: the engine that will play it (its hop sets the number of hops).
        selector: a :class:`~rtvae.explore.targets.Selector` with the targets (constants),
            weights and continuity set; its ``step`` must match the engine's hop.
        curves: name → values sampled evenly over ``duration_s`` (any length, resampled
            to one value per hop); may be empty when the selector has targets.
        duration_s: length in seconds.
        method: ``viterbi`` (the whole curve planned at once), ``live`` (hop by hop, as
            the live handlers select) or ``nearest`` (the per-frame baseline).
        smooth_ms: the engine's latent slew while it plays. 0 (the default) plays the
            path exactly: it already moves one successor per hop along corpus sounds, and
            a slew would average a sound's consecutive windows into a blur; seams are
            crossfaded by the overlap-add itself.

    Hop k's latent is heard from frame ``k * hop`` (``engine.timed_latency_samples`` is
    0): measure hop k over frames ``[k hop, k hop + window)`` of the output.
    """
    from rtvae.explore.targets import TargetError, resample, steps_per_hop

    if selector.step != steps_per_hop(engine.hop, selector.atlas.hop):
        raise RtvaeError(f"the selector moves {selector.step} atlas hops per output hop; the engine's hop "
                         f"{engine.hop} over the corpus hop {selector.atlas.hop} needs "
                         f"{steps_per_hop(engine.hop, selector.atlas.hop)}")
    n_hops = max(int(round(duration_s * engine.sample_rate / engine.hop)), 1)
    series = {name: [value] for name, value in selector.targets.items()}
    series.update(curves)
    if not series:
        raise TargetError("give at least one descriptor target or curve")
    plans = {"viterbi": selector.path, "live": selector.live_path, "nearest": selector.nearest}
    if method not in plans:
        raise RtvaeError(f"method must be one of {', '.join(plans)}, got {method!r}")
    path = plans[method]({name: resample(values, n_hops) for name, values in series.items()})
    score = trajectory_score(path, engine.hop)
    score.records[0] = (c.IMMEDIATE, c.SMOOTH_MS, [float(smooth_ms)])
    return score


def render_latents(model, latents: np.ndarray, synth=None, *, seed: int = 0) -> np.ndarray:
    """Play a latent trajectory (one row per hop) through the engine: n_hops * hop samples."""
    return render(model, lambda engine: trajectory_score(latents, engine.hop), synth, seed=seed)


def reconstruct(model, samples: np.ndarray, synth=None, *, seed: int = 0) -> np.ndarray:
    """Encode a sound and play it back through the engine, aligned with and as long as the input."""
    return render(model, lambda engine: reconstruction_score(engine, samples), synth, seed=seed)


def render_interpolation(model, a, b, synth=None, *, seed: int = 0, **how) -> np.ndarray:
    """One pass through two sources; ``how`` are :func:`interpolation_score`'s keywords."""
    return render(model, lambda engine: interpolation_score(a, b, engine.hop, **how), synth, seed=seed)


def read_latent_file(path: str | Path, latent_size: int) -> np.ndarray:
    """A trajectory: ``.npy`` of shape (n_hops, latent_size), or text with one row per hop."""
    path = Path(path)
    if not path.is_file():
        raise RtvaeError(f"latent trajectory file not found: {path}")
    try:
        data = np.load(path) if path.suffix == ".npy" else np.loadtxt(path, delimiter=_delimiter(path), ndmin=2)
    except (OSError, ValueError) as exc:
        raise RtvaeError(f"cannot read latent trajectory {path}: {exc}") from None
    data = np.asarray(data, np.float32)
    if data.ndim != 2 or data.shape[1] != latent_size or len(data) == 0:
        raise RtvaeError(f"{path}: expected rows of {latent_size} latent values, got shape {data.shape}")
    if not np.isfinite(data).all():
        raise RtvaeError(f"{path}: the trajectory holds NaN or infinite values")
    return data


def read_curve_file(path: str | Path) -> np.ndarray:
    """A curve: ``.npy``, or text with one value per line (or per comma)."""
    path = Path(path)
    if not path.is_file():
        raise RtvaeError(f"curve file not found: {path}")
    try:
        values = np.load(path) if path.suffix == ".npy" else np.loadtxt(path, delimiter=_delimiter(path))
    except (OSError, ValueError) as exc:
        raise RtvaeError(f"cannot read curve {path}: {exc}") from None
    return np.asarray(values, np.float64).ravel()


def _delimiter(path: Path) -> str | None:
    return "," if path.suffix == ".csv" else None
