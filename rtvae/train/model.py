"""RawAudioVAE (Tatar, Cotton, Bisig): an MLP VAE on raw audio windows.

Encoder Linear(window→hidden)+ReLU with two heads Linear(hidden→latent) for mu and
logvar; decoder Linear(latent→hidden)+ReLU, Linear(hidden→window)+tanh. The loss is
the windows' mean squared error plus beta times the KL divergence to N(0, I), summed
over latent dimensions and averaged over the batch.
"""

from __future__ import annotations

import torch
from torch import nn


class RawAudioVAE(nn.Module):
    def __init__(self, window: int = 1024, hidden_size: int = 2048, latent_size: int = 256):
        super().__init__()
        self.window, self.hidden_size, self.latent_size = window, hidden_size, latent_size
        self.encoder_body = nn.Sequential(nn.Linear(window, hidden_size), nn.ReLU())
        self.mu_head = nn.Linear(hidden_size, latent_size)
        self.logvar_head = nn.Linear(hidden_size, latent_size)
        self.decoder = nn.Sequential(
            nn.Linear(latent_size, hidden_size), nn.ReLU(), nn.Linear(hidden_size, window), nn.Tanh()
        )

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(batch, window) → mu, logvar, each (batch, latent_size)."""
        hidden = self.encoder_body(x)
        return self.mu_head(hidden), self.logvar_head(hidden)

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """(batch, latent_size) → (batch, window) in [-1, 1]."""
        return self.decoder(z)

    def forward(self, x: torch.Tensor, temperature: float = 1.0):
        mu, logvar = self.encode(x)
        z = mu + temperature * torch.exp(0.5 * logvar) * torch.randn_like(mu)
        return self.decode(z), mu, logvar


def vae_loss(x, x_hat, mu, logvar, beta: float) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Total loss, reconstruction MSE and KL (per window), as tensors."""
    mse = torch.mean((x_hat - x) ** 2)
    kl = torch.mean(-0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1))
    return mse + beta * kl, mse, kl


class EncoderGraph(nn.Module):
    """The encoder half as exported: x → (mu, logvar), no sampling node."""

    def __init__(self, vae: RawAudioVAE):
        super().__init__()
        self.vae = vae

    def forward(self, x):
        return self.vae.encode(x)


class DecoderGraph(nn.Module):
    """The decoder half as exported: z → x."""

    def __init__(self, vae: RawAudioVAE):
        super().__init__()
        self.vae = vae

    def forward(self, z):
        return self.vae.decode(z)
