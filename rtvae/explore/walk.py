"""The demo: what ``rtvae serve --demo`` and ``rtvae render demo`` play for a first listen.

With a corpus, descriptor curves (:func:`demo_curves`): brightness sweeping slowly at the
corpus's typical level, played along real corpus runs. Without one (a model that ships no
corpus, or before the first start has built the embedded model's), a latent walk along
the principal directions of the training latents with slow sinusoids of unrelated rates,
scaled by the spread along each, so it stays where the model has heard sounds; without
stored statistics it wanders around the origin. The walk is quiet (see :func:`demo_curves`).
"""

from __future__ import annotations

import numpy as np

from rtvae.model.card import ModelCard


def latent_walk(card: ModelCard, n_hops: int, hop: int, seed: int = 0, period_s: float = 8.0) -> np.ndarray:
    """(n_hops, latent_size) float32 latents, one per hop."""
    rng = np.random.default_rng(seed)
    stats = card.latent_stats
    size = card.latent_size
    mean = np.array(stats.mean) if stats else np.zeros(size)
    if stats and stats.directions:
        directions = np.array(stats.directions) * np.array(stats.direction_std)[:, None]
    else:
        directions = np.eye(size)[: min(size, 8)]
    t = np.arange(n_hops) * hop / card.sample_rate
    rates = (1.0 / period_s) * rng.uniform(0.5, 1.5, len(directions))
    phases = rng.uniform(0, 2 * np.pi, len(directions))
    amounts = 1.5 * np.sin(2 * np.pi * rates[None, :] * t[:, None] + phases[None, :])
    return (mean + amounts @ directions).astype(np.float32)


DEMO_PERIOD_S = 40.0     # one slow sweep of brightness, dark to bright and back
DEMO_POINTS = 256        # values per demo curve (one OSC message each)
LEVEL_SHARE = 0.115      # the level target, this share of the robust level range below its loud end:
                         # measured, the demo then plays at the corpus sounds' level (-13.5 dB replayed)


def demo_curves(ranges: dict[str, tuple[float, float]], duration_s: float) -> dict[str, np.ndarray]:
    """Descriptor curves for the demo: brightness sweeping the corpus's robust range, at its typical level.

    A latent walk holds nearly constant latents, and a held latent of this raw-waveform
    model overlap-adds with itself out of phase: the old walk played at -37 dB (peak
    0.05) where the corpus sounds play at -13 dB. Played as descriptor curves, the path
    follows real corpus runs (:mod:`rtvae.explore.targets`) at a set level, so it moves
    through the dense parts of the corpus, and of its map, at the corpus's level.

    Args:
        ranges: descriptor name → (robust_low, robust_high), as ``/rtvae/descriptor/range``
            gives them (``centroid_hz`` and ``rms_db`` are used).
        duration_s: the curves' length (the demo loops them).
    """
    low, high = ranges["centroid_hz"]
    t = np.linspace(0.0, duration_s, DEMO_POINTS)
    sweep = 0.5 - 0.5 * np.cos(2 * np.pi * t / DEMO_PERIOD_S)
    centroid = np.exp(np.log(low * 1.25) + sweep * (np.log(high / 1.25) - np.log(low * 1.25)))
    quiet, loud = ranges["rms_db"]
    level = np.full(DEMO_POINTS, loud - LEVEL_SHARE * (loud - quiet))
    return {"centroid_hz": centroid, "rms_db": level}
