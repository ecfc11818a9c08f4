"""Descriptor targets: how closely the rendered sound follows a descriptor curve, against the papers' baseline.

For each corpus (the embedded model's procedural corpus; with ``--folder DIR`` also a
corpus built from that folder of recordings) and each of ``centroid_hz``, ``rms_db`` and
``f0_hz`` (f0 over the corpus's pitched, voiced points, drawn in octaves), four curves
inside the descriptor's robust range (1st..99th percentile of the atlas): a ramp up, a
ramp down, one slow sine and a faster one, ``--duration-s`` each. Every curve is rendered
offline through ``Engine.process`` (:func:`rtvae.drivers.offline.descriptor_score`) by:

* ``viterbi``: ours offline, the whole curve planned at once;
* ``live``: ours as the live handlers run it, :meth:`Selector.select` hop by hop;
* ``nearest``: the baseline of Caillon, Bitton et al., the per-frame nearest neighbour
  (same atlas, no continuity, no blending);
* ablations of ours (procedural corpus): ``viterbi+blend3`` (inverse-distance blending of
  up to three near candidates) and ``viterbi+slew20ms`` (the engine's usual slew on).

The output's descriptor is measured on the rendered audio per hop, over the span of the
window decoded for that hop (the engine's timed latency is 0:
:func:`rtvae.explore.targets.measured_per_hop`), skipping the first hops that lie under
fewer windows. Reported: Pearson r, Spearman rho, the median and 95th-percentile absolute
error in the descriptor's unit (cents for f0, over voiced output hops; the median counts
an unvoiced hop as a miss), and three continuity measures: the window-rate energy of the
reconstruction benchmark (:func:`rtvae.explore.quality.window_rate_energy_db`), the
spectral flux between consecutive hops (dB, lower is smoother) and seams per second (hops
that do not follow the previous point's successor). Figures are means over the curves.

    python benchmarks/descriptors.py [--model default] [--folder DIR] [--duration-s 10]
                                     [--out benchmarks/results/descriptors.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from rtvae.bench.machine import machine_info
from rtvae.drivers.offline import descriptor_score, render
from rtvae.engine.factory import synth_section
from rtvae.explore.atlas import from_space, to_space
from rtvae.explore.quality import window_rate_energy_db
from rtvae.explore.targets import CONTINUITY, Selector, measured_per_hop, steps_per_hop
from rtvae.model.directory import load_model

DESCRIPTORS = ("centroid_hz", "rms_db", "f0_hz")
CURVES = ("ramp up", "ramp down", "sine 1", "sine 3")
METHODS = ("viterbi", "live", "nearest")
ABLATIONS = ("viterbi+blend3", "viterbi+slew20ms")
SKIP_HOPS = 3                # window / hop - 1: the first hops lie under fewer windows
SETTINGS = {"continuity": CONTINUITY}  # --continuity
TARGETS = {"centroid_hz": {"r": 0.95, "median_of_range": 0.10}, "rms_db": {"r": 0.95, "median": 2.0},
           "f0_hz": {"median": 50.0}}


def curve(kind: str, low: float, high: float, n_hops: int) -> np.ndarray:
    """One of :data:`CURVES` from ``low`` to ``high`` (in the z-score's space), n_hops values."""
    x = np.linspace(0.0, 1.0, n_hops)
    shape = {"ramp up": x, "ramp down": 1.0 - x, "sine 1": 0.5 - 0.5 * np.cos(2 * np.pi * x),
             "sine 3": 0.5 - 0.5 * np.cos(2 * np.pi * 3 * x)}[kind]
    return low + (high - low) * shape


def target_curve(selector: Selector, name: str, kind: str, n_hops: int) -> np.ndarray:
    """A curve inside the descriptor's robust range, in its unit (f0: drawn in octaves)."""
    r = selector.ranges()[name]
    low, high = (float(to_space(name, v)) for v in (r.robust_low, r.robust_high))
    return from_space(name, curve(kind, low, high, n_hops))


def errors(name: str, achieved: np.ndarray, target: np.ndarray) -> dict:
    """r, rho, median and p95 error of one render (f0: cents over voiced hops, unvoiced = a miss)."""
    from scipy.stats import spearmanr

    if name == "f0_hz":
        voiced = achieved > 0
        cents = 1200.0 * np.abs(np.log2(achieved[voiced] / target[voiced])) if voiced.any() else np.zeros(0)
        misses = np.concatenate([cents, np.full(int((~voiced).sum()), np.inf)])
        a, t = np.log2(achieved[voiced]), np.log2(target[voiced])
        return {"r": _pearson(a, t), "rho": float(spearmanr(a, t)[0]) if len(a) > 2 else float("nan"),
                "median_error": float(np.median(misses)), "p95_error": _percentile(cents, 95),
                "voiced_fraction": float(voiced.mean())}
    error = np.abs(achieved - target)
    return {"r": _pearson(achieved, target), "rho": float(spearmanr(achieved, target)[0]),
            "median_error": float(np.median(error)), "p95_error": float(np.percentile(error, 95))}


def spectral_flux_db(audio: np.ndarray, window: int, hop: int, floor_db: float = -80.0) -> float:
    """Mean over hops of the RMS change of the log power spectrum from one hop's window to the next, dB."""
    n = (len(audio) - window) // hop + 1
    spans = np.arange(n)[:, None] * hop + np.arange(window)[None, :]
    power = np.abs(np.fft.rfft(np.asarray(audio, np.float64)[spans] * np.hanning(window), axis=1)) ** 2
    level = 10 * np.log10(np.maximum(power, power.max() * 10 ** (floor_db / 10) + 1e-30))
    return float(np.mean(np.sqrt(np.mean(np.diff(level, axis=0) ** 2, axis=1))))


def seams_per_s(path: np.ndarray, selector: Selector, hop: int, sample_rate: int) -> float | None:
    """Hops whose latent is not the previous point's successor, per second (None for blended paths)."""
    index = {row.tobytes(): i for i, row in enumerate(selector.atlas.latents.astype(np.float64))}
    points = [index.get(np.asarray(z, np.float64).tobytes(), -1) for z in path]
    if min(points) < 0:
        return None
    successor = selector._next  # noqa: SLF001 - the benchmark reads the selector's own notion of a run
    seams = sum(1 for a, b in zip(points[:-1], points[1:]) if successor[a] != b)
    return seams / (len(path) * hop / sample_rate)


def render_method(model, corpus, name: str, target: np.ndarray, method: str, duration_s: float,
                  synth) -> tuple[np.ndarray, np.ndarray, int, Selector]:
    """(audio, latent path, engine hop, selector) of one curve rendered by one method."""
    base, _, variant = method.partition("+")
    kept = {}

    def score_of(engine):
        selector = Selector(corpus.atlas, step=steps_per_hop(engine.hop, corpus.hop),
                            blend=3 if variant == "blend3" else 1, continuity=SETTINGS["continuity"])
        score = descriptor_score(engine, selector, {name: target}, duration_s, method=base,
                                 smooth_ms=20.0 if variant == "slew20ms" else 0.0)
        kept.update(path=np.array([r[2] for r in score.records if r[1] == 1]), hop=engine.hop, selector=selector)
        return score

    audio = render(model, score_of, synth)
    return audio, kept["path"], kept["hop"], kept["selector"]


def measure_curve(model, corpus, name: str, kind: str, method: str, duration_s: float, synth) -> dict:
    """Every figure of one (descriptor, curve, method), and the per-hop traces for the plot."""
    card = model.card
    hop = synth.hop
    n_hops = max(int(round(duration_s * card.sample_rate / hop)), 1)
    probe = Selector(corpus.atlas)
    target = target_curve(probe, name, kind, n_hops)
    audio, path, hop, selector = render_method(model, corpus, name, target, method, duration_s, synth)
    measured = measured_per_hop(audio, card.window, hop, card.sample_rate)[:, corpus.descriptor_names.index(name)]
    keep = slice(SKIP_HOPS, len(measured))
    row = {"descriptor": name, "curve": kind, "method": method, **errors(name, measured[keep], target[keep]),
           "window_rate_db": window_rate_energy_db(audio, card.window),
           "flux_db": spectral_flux_db(audio, card.window, hop),
           "seams_per_s": seams_per_s(path, selector, hop, card.sample_rate)}
    return {**row, "trace": {"target": target[keep].tolist(), "achieved": measured[keep].astype(float).tolist()}}


def replay_reference(model, corpus, synth, n_sets: int = 6, per_set: int = 8) -> dict:
    """The continuity measures of corpus sounds played as encoded (no seam at all), for scale.

    ``n_sets`` seeded sets of ``per_set`` sounds each, one render per set: the spread of the
    window-rate energy across seam-free renders shows how much of it is the sounds' own.
    """
    from rtvae.drivers.offline import render_latents

    rng = np.random.default_rng(0)
    rows = []
    for _ in range(n_sets):
        picks = rng.choice(len(corpus.names), min(per_set, len(corpus.names)), replace=False)
        audio = render_latents(model, np.concatenate([corpus.sequence(corpus.names[i])[0] for i in picks]), synth)
        rows.append((window_rate_energy_db(audio, model.card.window), spectral_flux_db(audio, model.card.window,
                                                                                        synth.hop)))
    wre, flux = np.array(rows).T
    return {"window_rate_db": float(wre.mean()), "window_rate_db_sd": float(wre.std()),
            "window_rate_db_min": float(wre.min()), "window_rate_db_max": float(wre.max()),
            "flux_db": float(flux.mean()), "n_sets": n_sets, "sounds_per_set": per_set}


def summarise(rows: list[dict], corpus_range: dict[str, float]) -> list[dict]:
    """Means over the curves per (descriptor, method), with the issue's targets checked."""
    summary = []
    for name in DESCRIPTORS:
        for method in dict.fromkeys(r["method"] for r in rows):
            picked = [r for r in rows if r["descriptor"] == name and r["method"] == method]
            if not picked:
                continue
            entry = {"descriptor": name, "method": method, "n_curves": len(picked)}
            for key in ("r", "rho", "median_error", "p95_error", "voiced_fraction", "window_rate_db", "flux_db",
                        "seams_per_s"):
                values = [r[key] for r in picked if r.get(key) is not None]
                entry[key] = float(np.mean(values)) if values else None
            entry["median_error_of_range"] = entry["median_error"] / corpus_range[name] if name != "f0_hz" else None
            summary.append(entry)
    return summary


def verdicts(summary: list[dict]) -> list[str]:
    """The issue's acceptance, checked on the means over curves: one line each."""
    lines = []
    for name, target in TARGETS.items():
        ours = _entry(summary, name, "viterbi")
        base = _entry(summary, name, "nearest")
        if ours is None:
            continue
        checks = []
        if "r" in target:
            checks.append((f"r {ours['r']:.3f} >= {target['r']}", ours["r"] >= target["r"]))
        if "median" in target:
            unit = "cents" if name == "f0_hz" else "dB"
            checks.append((f"median {ours['median_error']:.1f} {unit} <= {target['median']}",
                           ours["median_error"] <= target["median"]))
        if "median_of_range" in target:
            share = ours["median_error_of_range"]
            checks.append((f"median {100 * share:.1f} % of range <= {100 * target['median_of_range']:.0f} %",
                           share <= target["median_of_range"]))
        if base is not None:
            checks.append((f"window-rate {ours['window_rate_db']:.1f} < baseline {base['window_rate_db']:.1f} dB",
                           ours["window_rate_db"] < base["window_rate_db"]))
            checks.append((f"r {ours['r']:.3f} >= baseline {base['r']:.3f}", ours["r"] >= base["r"] - 1e-9))
        lines += [f"{'PASS' if ok else 'MISS'} {name}: {text}" for text, ok in checks]
    return lines


def table(summary: list[dict], title: str) -> str:
    lines = [f"**{title}**", "",
             "| descriptor | method | r | ρ | median error | p95 error | window-rate energy (dB) | flux (dB/hop) "
             "| seams/s |", "|---|---|---|---|---|---|---|---|---|"]
    for s in summary:
        unit = {"centroid_hz": "Hz", "rms_db": "dB", "f0_hz": "cents"}[s["descriptor"]]
        voiced = f" ({100 * s['voiced_fraction']:.0f} % voiced)" if s.get("voiced_fraction") is not None else ""
        seams = "–" if s["seams_per_s"] is None else f"{s['seams_per_s']:.1f}"
        lines.append(f"| {s['descriptor']} | {s['method']} | {s['r']:.3f} | {s['rho']:.3f} | "
                     f"{s['median_error']:.1f} {unit}{voiced} | {s['p95_error']:.1f} {unit} | "
                     f"{s['window_rate_db']:.1f} | {s['flux_db']:.2f} | {seams} |")
    return "\n".join(lines)


def plot(results: list[dict], path: Path) -> None:
    """Target against achieved (the slow sine), ours and the baseline, one panel per corpus and descriptor."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(len(results), len(DESCRIPTORS), figsize=(5 * len(DESCRIPTORS), 3.2 * len(results)),
                             squeeze=False)
    for row, result in zip(axes, results):
        for ax, name in zip(row, DESCRIPTORS):
            traces = {r["method"]: r["trace"] for r in result["curves"] if r["descriptor"] == name
                      and r["curve"] == "sine 1"}
            if not traces:
                ax.set_visible(False)
                continue
            first = next(iter(traces.values()))
            seconds = np.arange(len(first["target"])) * result["hop"] / result["sample_rate"]
            for method, color, label in (("nearest", "tab:red", "baseline"), ("viterbi", "tab:blue", "ours")):
                if method in traces:
                    achieved = np.array(traces[method]["achieved"])
                    if name == "f0_hz":
                        achieved[achieved <= 0] = np.nan  # unvoiced: a gap
                    ax.plot(seconds, achieved, color=color, lw=0.8, alpha=0.85, label=label)
            ax.plot(seconds, first["target"], color="black", lw=1.2, ls="--", label="target")
            if name == "f0_hz":
                ax.set_yscale("log")
            ax.set_title(f"{result['corpus']}: {name} (gaps: unvoiced)" if name == "f0_hz"
                         else f"{result['corpus']}: {name}", fontsize=9)
            ax.set_xlabel("s")
    axes[0][0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run_corpus(model, label: str, corpus, duration_s: float, synth, methods: tuple[str, ...]) -> dict:
    started = time.time()
    rows = [measure_curve(model, corpus, name, kind, method, duration_s, synth)
            for name in SETTINGS["descriptors"] for kind in CURVES for method in methods]
    ranges = {n: r.robust_high - r.robust_low for n, r in corpus.atlas.stats.items()}
    summary = summarise(rows, ranges)
    return {"corpus": label, "n_sounds": len(corpus.names), "n_atlas_points": corpus.atlas.n_points,
            "n_midpoints": len(corpus.atlas.pairs), "hop": synth.hop, "sample_rate": model.card.sample_rate,
            "ranges": {n: vars(r) for n, r in corpus.atlas.stats.items() if n in DESCRIPTORS},
            "replay_reference": replay_reference(model, corpus, synth), "summary": summary,
            "verdicts": verdicts(summary), "seconds": time.time() - started, "curves": rows}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--folder", type=Path, help="also a corpus built from this folder of recordings")
    parser.add_argument("--duration-s", type=float, default=10.0, help="length of each curve (default 10)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/descriptors.json"))
    parser.add_argument("--continuity", type=float, default=CONTINUITY, help=f"ours (default {CONTINUITY})")
    parser.add_argument("--descriptors", nargs="+", choices=DESCRIPTORS, default=list(DESCRIPTORS))
    parser.add_argument("--methods", nargs="+", choices=METHODS + ABLATIONS, help="default: all")
    args = parser.parse_args(argv)
    SETTINGS.update(continuity=args.continuity, descriptors=args.descriptors)
    from rtvae.explore.corpus import build_corpus, corpus_for

    model = load_model(args.model)
    synth = synth_section()
    methods = tuple(args.methods or METHODS + ABLATIONS)
    results = [run_corpus(model, "procedural", corpus_for(model), args.duration_s, synth, methods)]
    if args.folder is not None:
        results.append(run_corpus(model, f"folder:{args.folder.name}", build_corpus(args.folder, model),
                                  args.duration_s, synth, tuple(m for m in methods if m in METHODS)))
    report = {"model": str(model.path), "machine": machine_info(), "duration_s": args.duration_s,
              "continuity": args.continuity, "folder": None if args.folder is None else str(args.folder),
              "command": " ".join(["python benchmarks/descriptors.py", *(sys.argv[1:] if argv is None else argv)]),
              "results": results}
    write(report, args.out)
    return report


def write(report: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(_finite_json(without_traces(report)), indent=1))
    machine = report["machine"]
    parts = [f"Machine: {machine['cpu']} ({machine['usable_cpus']} usable CPUs), {machine['platform']}, "
             f"{machine['date']}. Means over {len(CURVES)} curves of {report['duration_s']:g} s per descriptor."]
    for result in report["results"]:
        parts += ["", table(result["summary"], f"{result['corpus']} ({result['n_sounds']} sounds, "
                                               f"{result['n_atlas_points']} atlas points)"), "",
                  replay_line(result["replay_reference"]), "", *[f"- {v}" for v in result["verdicts"]]]
    out.with_suffix(".md").write_text("\n".join(parts) + "\n")
    plot(report["results"], out.with_suffix(".png"))
    print("\n".join(parts))


def without_traces(report: dict) -> dict:
    """The report without the per-hop traces (they are only for the plot: megabytes of JSON)."""
    results = [{**r, "curves": [{k: v for k, v in c.items() if k != "trace"} for c in r["curves"]]}
               for r in report["results"]]
    return {**report, "results": results}


def replay_line(ref: dict) -> str:
    return (f"Corpus sounds replayed as encoded (no seam at all; {ref['n_sets']} sets of {ref['sounds_per_set']} "
            f"sounds): window-rate energy {ref['window_rate_db']:.1f} ± {ref['window_rate_db_sd']:.1f} dB "
            f"(from {ref['window_rate_db_min']:.1f} to {ref['window_rate_db_max']:.1f}), flux "
            f"{ref['flux_db']:.2f} dB/hop.")


def _entry(summary, name, method):
    return next((s for s in summary if s["descriptor"] == name and s["method"] == method), None)


def _pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 3 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def _percentile(values: np.ndarray, q: float) -> float:
    return float(np.percentile(values, q)) if len(values) else float("nan")


def _finite_json(value):
    """JSON without NaN or infinity (null instead), so that any reader can parse it."""
    if isinstance(value, float):
        return value if np.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite_json(v) for v in value]
    return value


if __name__ == "__main__":
    main()
