"""The latency benchmark's PNG: callback-time distributions against the block budget.

One panel per block size and phase (idle, under load); in each, one curve per variant: the
share of callbacks that took longer than t (a survival curve on log–log axes, drawn from
the report's fixed-bin histograms), with the budget and half the budget marked. Where a
curve crosses 10⁻³ is its p99.9. Drawn with matplotlib's ``Figure`` API (no pyplot state).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

PHASES = ("idle", "load")
COLOURS = {"inline": "tab:blue", "ahead": "tab:green", "torch-inline": "tab:red", "nn~-2048": "tab:purple"}


def survival(counts: list[int]) -> np.ndarray:
    """Share of callbacks at or above each bin's lower edge (1 at the first bin)."""
    counts = np.asarray(counts, np.float64)
    return counts[::-1].cumsum()[::-1] / counts.sum()


def draw_panel(ax, cases: list[dict], phase: str, edges_ms: np.ndarray, block: int, budget_ms: float) -> None:
    for case in cases:
        callbacks = case["phases"][phase]["callbacks"]
        if not callbacks.get("blocks"):
            continue
        counts = np.asarray(callbacks["histogram_counts"])
        share = survival(counts)
        # From the first bin with a callback to the last: the flat 100 % before it says nothing.
        keep = (np.arange(len(counts)) >= np.flatnonzero(counts)[0]) & (share > 0)
        ax.step(edges_ms[:-1][keep], share[keep], where="post", color=COLOURS.get(case["variant"]),
                label=case["variant"])
    ax.axvline(budget_ms, color="black", linewidth=1.2, label="budget")
    ax.axvline(budget_ms / 2, color="black", linewidth=0.8, linestyle="--", label="½ budget")
    ax.axhline(1e-3, color="grey", linewidth=0.6, linestyle=":")
    ax.set(xscale="log", yscale="log", ylim=(1e-5, 1.5), title=f"block {block}, {phase} ({budget_ms:.2f} ms budget)")
    ax.grid(True, which="major", alpha=0.3)


def plot_callback_distributions(report: dict, path: str | Path) -> Path:
    """Write the PNG for ``report`` (the benchmark's JSON) to ``path``; returns the path."""
    from matplotlib.figure import Figure

    edges = np.asarray(report["histogram_edges_ms"])
    cases = [c for c in report["cases"] if "error" not in c]
    blocks = sorted({c["block"] for c in cases}) or [0]
    fig = Figure(figsize=(11, 3.2 * len(blocks) + 0.6), layout="constrained")
    axes = np.atleast_2d(fig.subplots(len(blocks), len(PHASES), squeeze=False))
    for row, block in enumerate(blocks):
        here = [c for c in cases if c["block"] == block]
        budget = here[0]["budget_ms"] if here else 1.0
        for col, phase in enumerate(PHASES):
            draw_panel(axes[row, col], here, phase, edges, block, budget)
            axes[row, col].set_ylabel("share of callbacks ≥ t")
    for ax in axes[-1]:
        ax.set_xlabel("callback time t (ms)")
    axes[0, -1].legend(loc="lower left", fontsize="small")
    fig.suptitle("Callback time on a JACK dummy server at 48 kHz (dotted: p99.9)")
    path = Path(path)
    fig.savefig(path, dpi=110)
    return path
