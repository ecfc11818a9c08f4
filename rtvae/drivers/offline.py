"""Offline rendering: latent trajectories and reconstructions, written as WAV.

Uses the same synthesis core as the real-time path (the preallocated ONNX decoder and the
numba overlap-add), in a loop over batches of hops instead of an audio callback.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from rtvae.engine.overlap_add import OverlapAdd
from rtvae.errors import RtvaeError
from rtvae.framing import frame
from rtvae.model.directory import ModelDirectory

MAX_BATCH = 64


def render_latents(model: ModelDirectory, latents: np.ndarray, hop: int, mode: str = "ola", int8: bool = False) -> np.ndarray:
    """Decode one latent per hop and overlap-add: (n_hops, latent_size) → n_hops * hop samples.

    In ``concat`` mode the hop is the window whatever ``hop`` says.
    """
    decoder = model.decoder(MAX_BATCH, int8=int8)
    synth = OverlapAdd(model.card.window, hop, mode)
    latents = np.asarray(latents, np.float32)
    out = np.zeros(len(latents) * synth.hop, np.float32)
    for start in range(0, len(latents), MAX_BATCH):
        n = min(MAX_BATCH, len(latents) - start)
        decoder.latents[:n] = latents[start:start + n]
        decoder.decode(n)
        synth.add(decoder.frames, n, out, start * synth.hop)
    return out


def sample_latents(mu: np.ndarray, logvar: np.ndarray, temperature: float, seed: int = 0) -> np.ndarray:
    """z = mu + t * sigma * eps; t = 0 gives mu exactly."""
    if temperature == 0:
        return mu.astype(np.float32)
    eps = np.random.default_rng(seed).standard_normal(mu.shape)
    return (mu + temperature * np.exp(0.5 * logvar) * eps).astype(np.float32)


def reconstruct(
    model: ModelDirectory, samples: np.ndarray, hop: int, mode: str = "ola",
    temperature: float = 0.0, seed: int = 0, int8: bool = False,
) -> np.ndarray:
    """Encode a sound at ``hop`` and decode it back, aligned with and as long as the input.

    The input is padded so that every output sample lies under full window overlap,
    then the padding is cropped off.
    """
    window = model.card.window
    hop = window if mode == "concat" else hop
    lead = window - hop
    n_hops = int(np.ceil((len(samples) + lead) / hop))
    padded = np.zeros(n_hops * hop + lead, np.float32)
    padded[lead:lead + len(samples)] = samples
    mu, logvar = model.encoder().encode(frame(padded, window, hop))
    audio = render_latents(model, sample_latents(mu, logvar, temperature, seed), hop, mode, int8)
    return audio[lead:lead + len(samples)]


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


def _delimiter(path: Path) -> str | None:
    return "," if path.suffix == ".csv" else None


def drive_engine(engine, n_frames: int, block: int, events=()) -> np.ndarray:
    """Run an :class:`~rtvae.engine.engine.Engine` offline, as an audio callback would.

    ``events`` are ``(due_frame, kind, values)``; each is pushed into the engine's control
    ring before the block in which it falls due (as a timetagged OSC message would be),
    so the same events give the same samples as a live stream.
    """
    from rtvae.engine.controls import ControlWriter

    writer = ControlWriter(engine.ring)
    queue = sorted(events, key=lambda e: e[0])
    out = np.zeros(n_frames, np.float32)
    for start in range(0, n_frames, block):
        n = min(block, n_frames - start)
        while queue and queue[0][0] < start + n + engine.hop and writer.send(queue[0][1], queue[0][2], queue[0][0]):
            queue.pop(0)
        out[start:start + n] = engine.process(n)
    return out


def render_interpolation(model: ModelDirectory, a, b, *, mode: str = "stepwise", amount: float = 0.5,
                         curve: np.ndarray | None = None, stretch: float = 1.0, hop: int = 256,
                         temperature: float = 0.0, seed: int = 0, int8: bool = False) -> np.ndarray:
    """One pass through two sources (:class:`~rtvae.explore.sources.Source`), as the live engine plays it.

    Goes through the same :class:`~rtvae.engine.engine.Engine` as ``rtvae serve``: the
    pair is handed over, the strategy set by control records, and the engine run block
    by block until the sequence has played once.
    """
    from rtvae.engine import controls as c
    from rtvae.engine.engine import Engine
    from rtvae.engine.interp import MODES
    from rtvae.explore.sources import pair

    engine = Engine(model, hop=hop, max_block=4096, int8=int8, smooth_ms=0.0, temperature=temperature, seed=seed)
    engine.sources.current = pair(a, b)
    if curve is not None:
        engine.curve.current = np.asarray(curve, np.float64)
    n = len(engine.sources.current[0])
    per_hop = (1.0 if mode == "extend" else engine.hop / a.hop) / stretch
    events = [(-1, c.INTERP_MODE, [MODES[mode]]), (-1, c.INTERP_AMOUNT, [amount]),
              (-1, c.INTERP_SPEED, [per_hop]), (-1, c.INTERP_PLAY, [1.0])]
    n_hops = int(np.ceil(n / per_hop))
    return drive_engine(engine, n_hops * engine.hop, 1024, events)


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
