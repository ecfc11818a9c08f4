"""A slow walk through a model's latent space, for demos and for a first listen.

The walk moves along the corpus's principal directions with slow sinusoids of unrelated
rates, scaled by the corpus spread along each, so it stays where the model has heard
sounds. Without stored statistics it wanders around the origin.
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
