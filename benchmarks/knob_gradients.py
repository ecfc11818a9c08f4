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
  descriptors' gradients at a latent: near ±1, no direction there moves one without the other;
* **aimed against local**: the shipped semantic knobs (aimed through the atlas) beside the
  alternative these gradients make, a *local* knob: at each latent, the step that moves its
  descriptor by the amount (robust σ) and the other three semantic descriptors not at all,
  to first order (its gradient with the others' projected out, scaled), capped at
  ``LOCAL_CAP`` latent units. Both at ±``AMOUNT`` σ around the same latents, played over
  their sounds and held (the decoded window alone): each descriptor's median change per σ,
  and the share of voiced windows still voiced at both ends (played). The aimed knobs are
  played over a sound two ways, as the server aims them: once for each window's span, and
  on every hop along a trail (:func:`rtvae.explore.knobs.trail_steps`).

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
AMOUNT = 2.0      # σ: aimed against local, at ± this
LOCAL_CAP = 3.0   # latent units: the local knob's longest step (past it, the first-order picture fails)


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


def local_steps(grads: np.ndarray, columns: list[int], amount: float, cap: float = LOCAL_CAP) -> list[np.ndarray]:
    """Per semantic column, (n_latents, size): the capped first-order step moving that column by ``amount`` and
    the other ``columns`` not at all, from each latent's gradients (n_latents, n_descriptors, size)."""
    out = []
    for col in columns:
        steps = np.zeros((len(grads), grads.shape[2]))
        for i, g in enumerate(grads):
            others = g[[c for c in columns if c != col]]
            others = others[np.linalg.norm(others, axis=1) > 0]
            free = g[col] - (np.linalg.qr(others.T)[0] @ (np.linalg.qr(others.T)[0].T @ g[col]) if len(others) else 0.0)
            reach = float(g[col] @ free)
            if reach > 1e-12:
                step = amount * free / reach
                steps[i] = step * min(1.0, cap / np.linalg.norm(step))
        out.append(steps)
    return out


def knob_figures(corpus, at: np.ndarray, analyser, names: list[str], columns: list[int], voiced: np.ndarray,
                 up, down, played_steps=None) -> dict:
    """One knob's steps (up, down: one row per latent) played over the sounds and held: per semantic
    descriptor the median change per σ (robust z), and the share of voiced windows still voiced (played).
    ``played_steps`` (up, down), if given, are what is played over the sounds instead (one per window of
    each span: :func:`rtvae.explore.knobs.played_with`)."""
    from rtvae.explore.knobs import played_both_ways

    atlas = corpus.atlas
    played = played_both_ways(corpus, at, played_steps or (up, down), analyser.decode, analyser.describe, corpus.hop)
    latents = corpus.mu[at].astype(np.float64)
    held = [np.asarray(analyser.describe(analyser.decode((latents + s).astype(np.float32))), np.float64) for s in (up, down)]
    f0 = names.index("f0_hz")
    out = {"voiced_kept": float(np.mean((played[0][voiced, f0] > 0) & (played[1][voiced, f0] > 0))) if voiced.any()
           else float("nan"), "step_norm": float(np.median(np.linalg.norm(up, axis=1)))}
    for way, (a, b) in (("played", played), ("held", held)):
        out[way] = {names[c]: float(np.nanmedian((atlas.normalised(names[c], a[:, c])
                                                   - atlas.normalised(names[c], b[:, c])) / (2 * AMOUNT)))
                    for c in columns}
    return out


def aimed_against_local(corpus, at: np.ndarray, analyser, names: list[str], grads: np.ndarray) -> list[dict]:
    from rtvae.explore.knobs import played_with, trail_steps
    from rtvae.explore.semantic import ORDER, SEMANTIC, Aimer

    aimer = Aimer(corpus.atlas)
    window = analyser.model.card.window
    unchanged = played_with(corpus, at, np.zeros(corpus.mu.shape[1]), analyser.decode, analyser.describe, corpus.hop)
    voiced = unchanged[:, names.index("f0_hz")] > 0
    knobs = [k for k in ORDER if SEMANTIC[k] in names]
    columns = [names.index(SEMANTIC[k]) for k in knobs]
    latents = corpus.mu[at].astype(np.float64)
    ups, downs = local_steps(grads, columns, AMOUNT), local_steps(grads, columns, -AMOUNT)
    rows = []
    for k, name in enumerate(knobs):
        aimed = [aimer.offsets(latents, {name: sign * AMOUNT}) for sign in (1.0, -1.0)]
        trail = trail_steps(aimer, name, corpus, at, window, corpus.hop, AMOUNT)
        rows.append({"knob": name, "descriptor": SEMANTIC[name],
                     "aimed": knob_figures(corpus, at, analyser, names, columns, voiced, *aimed),
                     "trail": knob_figures(corpus, at, analyser, names, columns, voiced, *aimed, played_steps=trail),
                     "local": knob_figures(corpus, at, analyser, names, columns, voiced, ups[k], downs[k])})
    return rows


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
    compared = aimed_against_local(corpus, at, analyser, names, grads)
    report = {"machine": machine_info(), "command": "python benchmarks/knob_gradients.py"
              + (f" --latents {args.latents}" if args.latents != LATENTS else ""),
              "latents": len(at), "latent_size": int(mu.shape[1]), "step": STEP, "rows": rows, "pairs": pairs,
              "held_against_played": held, "aimed_against_local": compared, "amount": AMOUNT, "local_cap": LOCAL_CAP,
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
    lines += ["", f"Aimed (shipped; played once per span, and along a trail hop by hop) against local knobs at "
              f"±{report['amount']:g}σ around the same latents (local: the "
              f"first-order decoupled step, capped at {report['local_cap']:g} latent units): the knob's own descriptor "
              "and the largest other of the four, median change per σ (robust z), played over the sound and held; "
              "voiced windows still voiced (played); the median step.", "",
              "| knob | aimed played: own / other | aimed held | aimed voiced kept | aimed step "
              "| along a trail, played: own / other | trail voiced kept | local played: own / other "
              "| local held | local voiced kept | local step |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def own_other(f: dict, kind: str, descriptor: str) -> str:
        other = max((n for n in f[kind] if n != descriptor), key=lambda n: abs(f[kind][n]))
        return f"{f[kind][descriptor]:+.3f} / {other} {abs(f[kind][other]):.3f}"

    for r in report["aimed_against_local"]:
        cells = []
        for way in ("aimed", "trail", "local"):
            f = r.get(way)
            if f is None:
                cells += ["–", "–"]
                continue
            cells += [own_other(f, kind, r["descriptor"]) for kind in (("played",) if way == "trail" else ("played", "held"))]
            cells += [f"{100 * f['voiced_kept']:.0f} %"] + ([] if way == "trail" else [f"{f['step_norm']:.1f}"])
        lines.append(f"| {r['knob']} | " + " | ".join(cells) + " |")
    h = report["held_against_played"]
    lines += ["", "Why the knobs are measured played over a sound, not held (medians over the same windows): "
              + "; ".join(f"{n}: window {h['window'][n]:.3g}, played {h['played'][n]:.3g}, held under ola {h['held_ola'][n]:.3g}"
                          for n in ("flatness", "f0_hz", "periodicity")) + "."]
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
