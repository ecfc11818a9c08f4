"""Loss curves as a PNG, because people would rather look at a curve than read numbers."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure  # a bare Figure needs no global backend switch


def plot_history(history: list[dict], path: Path) -> Path:
    """Training and validation MSE, and KL, per epoch."""
    epochs = [h["epoch"] for h in history]
    fig = Figure(figsize=(9, 3.2))
    left, right = fig.subplots(1, 2)
    left.semilogy(epochs, [h["mse"] for h in history], label="train mse")
    left.semilogy(epochs, [h["val_mse"] for h in history], label="val mse (mu)")
    left.set_xlabel("epoch")
    left.legend()
    right.plot(epochs, [h["kl"] for h in history], color="tab:red")
    right.set_xlabel("epoch")
    right.set_title("KL per window")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    return path
