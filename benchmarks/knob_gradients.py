"""Why a semantic knob cannot be one fixed direction on this model: does a descriptor rise along one direction everywhere?

A fixed direction in latent space, added to whatever latent plays, can only move a
descriptor the same way around every latent if that descriptor's gradient points roughly
the same way everywhere (which is why the semantic knobs are aimed through the atlas
around the latent they turn, :mod:`rtvae.explore.semantic`). This measures it. At corpus latents (seeded), each
descriptor's gradient is taken by central differences along every latent dimension (±
``STEP``), measured as played over its sound (:func:`rtvae.explore.knobs.played_with`, as
the knobs' own effects are), in robust z units. Per descriptor:

* **median |gradient|**: how fast the descriptor changes near a latent, whichever way;
* **coherence**: the length of the mean of the gradients' unit vectors, 1 when they all
  agree, about 1/sqrt(latents) when they point every which way;
* **median cosine to the mean gradient** (each latent's against the mean of the others') and
  **share of latents with a positive cosine**: the mean gradient is what a global knob
  would follow; 0 and 0.5 say it is nobody's;
* **the regression knob**: the same figures for the fixed direction the issue started from
  (:func:`rtvae.explore.semantic.regression_knobs`, the maps benchmark's baseline): the
  cosine of each local gradient with it, for the descriptor it aims at;
* **pairs**: for the semantic knobs' descriptors, the median cosine between two
  descriptors' gradients at a latent: near ±1, no direction there moves one without the other.

    python benchmarks/knob_gradients.py [--latents 48] [--out benchmarks/results/knob_gradients.json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from rtvae.bench.machine import machine_info, machine_line

STEP = 0.5        # latent units either side (the corpus's spread along a direction is about 1)
LATENTS = 48


def gradients(size: int, measure, step: float = STEP) -> np.ndarray:
    """(n_latents, n_descriptors, size) central differences along each of ``size`` dimensions;
    ``measure(offset)`` gives (n_latents, n_descriptors) with ``offset`` added to every latent."""
    basis = np.eye(size)
    rows = [(measure(step * e) - measure(-step * e)) / (2 * step) for e in basis]
    return np.nan_to_num(np.stack(rows, axis=2))   # an undefined value (unvoiced f0) on either side: no slope seen


def agreement(grads: np.ndarray, direction: np.ndarray | None = None) -> dict:
    """How much one descriptor's gradients (n_latents, latent_size) agree (see the module doc).

    Directions only: a few latents where the descriptor swings hard would otherwise decide
    the mean, so each gradient counts as its unit vector.
    """
    norms = np.linalg.norm(grads, axis=1)
    moving = norms > 0
    units = grads[moving] / norms[moving, None]
    n = len(units)
    if n < 2:
        return {"median_gradient_z": float(np.median(norms)), "coherence": float("nan"),
                "median_cosine": float("nan"), "positive_share": float("nan"), "latents_moving": n}
    if direction is None:  # each against the mean of the others: its own share would lean it positive
        along = (units.sum(0)[None] - units) / (n - 1)
    else:
        along = np.broadcast_to(np.asarray(direction, np.float64), units.shape)
    cos = np.einsum("ij,ij->i", units, along) / (np.linalg.norm(along, axis=1) + 1e-300)
    return {"median_gradient_z": float(np.median(norms)),
            "coherence": float(np.linalg.norm(units.mean(0))),
            "median_cosine": float(np.median(cos)), "positive_share": float(np.mean(cos > 0)),
            "latents_moving": n}


def pair_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Median over latents of the cosine between two descriptors' gradients (n_latents, size) where both move."""
    na, nb = np.linalg.norm(a, axis=1), np.linalg.norm(b, axis=1)
    both = (na > 0) & (nb > 0)
    return float(np.median(np.einsum("ij,ij->i", a[both], b[both]) / (na[both] * nb[both]))) if both.any() else float("nan")


def held_against_played(corpus, at: np.ndarray, analyser, names: list[str]) -> dict:
    """Medians over the windows ``at`` of flatness, f0 and periodicity: the decoded window alone, played over
    its sound, and held still under ola (one window repeated every hop: what a knob measured held would read)."""
    from rtvae.explore.knobs import played_with
    from rtvae.explore.maps import held_played

    windows = analyser.decode(corpus.mu[at].astype(np.float32))
    ways = {"window": analyser.describe(windows),
            "played": played_with(corpus, at, np.zeros(corpus.mu.shape[1]), analyser.decode, analyser.describe, corpus.hop),
            "held_ola": analyser.describe(held_played(windows, corpus.hop, "ola"))}
    return {way: {n: float(np.median(values[:, names.index(n)])) for n in ("flatness", "f0_hz", "periodicity")}
            for way, values in ways.items()}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latents", type=int, default=LATENTS, help=f"corpus latents (default {LATENTS})")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/knob_gradients.json"))
    args = parser.parse_args(argv)
    from rtvae.explore.corpus import Analyser, corpus_for
    from rtvae.explore.knobs import played_with
    from rtvae.explore.semantic import SEMANTIC, regression_knobs
    from rtvae.model.directory import load_model

    started = time.time()
    model = load_model("default")
    corpus = corpus_for(model)
    analyser = Analyser(model)
    atlas, names = corpus.atlas, list(corpus.atlas.names)
    mu = corpus.mu.astype(np.float64)

    at = np.random.default_rng(0).choice(len(mu), min(args.latents, len(mu)), replace=False)

    def measure(offset):
        played = played_with(corpus, at, offset, analyser.decode, analyser.describe, corpus.hop).astype(np.float64)
        return np.stack([atlas.normalised(n, played[:, i]) for i, n in enumerate(names)], axis=1)

    grads = gradients(mu.shape[1], measure)
    rows = [{"descriptor": n, **agreement(grads[:, i])} for i, n in enumerate(names)]
    knobs = regression_knobs(atlas)
    for name, direction in knobs.items():
        row = next(r for r in rows if r["descriptor"] == SEMANTIC[name])
        fitted = agreement(grads[:, names.index(row["descriptor"])], direction)
        row.update(knob=name, knob_median_cosine=fitted["median_cosine"], knob_positive_share=fitted["positive_share"])
    semantic = [SEMANTIC[k] for k in knobs]
    pairs = [{"a": a, "b": b, "median_cosine": pair_cosine(grads[:, names.index(a)], grads[:, names.index(b)])}
             for i, a in enumerate(semantic) for b in semantic[i + 1:]]
    held = held_against_played(corpus, at, analyser, names)
    report = {"machine": machine_info(), "command": "python benchmarks/knob_gradients.py"
              + (f" --latents {args.latents}" if args.latents != LATENTS else ""),
              "latents": len(at), "latent_size": int(mu.shape[1]), "step": STEP, "rows": rows, "pairs": pairs,
              "held_against_played": held,
              "seconds": time.time() - started}
    write(report, args.out)
    return report


def write(report: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    lines = [machine_line(report["machine"], report["command"]), "",
             f"Gradients at {report['latents']} corpus latents, ±{report['step']} along each of the "
             f"{report['latent_size']} dimensions, played over their sounds, robust z per latent unit. Random directions "
             f"would give a coherence near {1 / np.sqrt(report['latents']):.2f}, a median cosine near 0 and a "
             "positive share near 0.5; a descriptor that does not move at a latent is left out there.", "",
             "| descriptor | latents where it moves | median \\|gradient\\| (z) | coherence | median cosine to the mean | positive share "
             "| regression knob | its median cosine | its positive share |",
             "|---|---:|---:|---:|---:|---:|---|---:|---:|"]
    for r in report["rows"]:
        knob = (f"{r['knob']} | {r['knob_median_cosine']:.2f} | {r['knob_positive_share']:.2f}"
                if "knob" in r else "– | – | –")
        lines.append(f"| {r['descriptor']} | {r['latents_moving']} | {r['median_gradient_z']:.3f} | {r['coherence']:.2f} | "
                     f"{r['median_cosine']:.2f} | {r['positive_share']:.2f} | {knob} |")
    lines += ["", "Pairs of the semantic knobs' descriptors, median over latents of the cosine between their gradients "
              "(±1: at that latent one cannot move without the other): "
              + ", ".join(f"{p['a']}–{p['b']} {p['median_cosine']:.2f}" for p in report["pairs"]) + "."]
    h = report["held_against_played"]
    lines += ["", "Why the knobs are measured played over a sound, not held (medians over the same windows): "
              + "; ".join(f"{n}: window {h['window'][n]:.3g}, played {h['played'][n]:.3g}, held under ola {h['held_ola'][n]:.3g}"
                          for n in ("flatness", "f0_hz", "periodicity")) + "."]
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
