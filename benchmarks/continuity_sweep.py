"""What the continuity knob trades, per descriptor: smoothness against the baseline, and accuracy.

A companion to ``benchmarks/descriptors.py``, whose acceptance comparison ("lower
window-rate energy than the per-frame nearest neighbour, with r no worse") is judged at
the default continuity. This sweeps ``/rtvae/descriptor/continuity`` on the embedded
model's procedural corpus, over curves that benchmark does not use (smooth random curves,
seeds 7..30, drawn as it draws its own: :func:`descriptors.target_curve`), each rendered
offline by ours (the Viterbi) at every continuity in :data:`CONTINUITIES` and by the
baseline (:func:`descriptors.measure_curve`, the same figures). Per (descriptor,
continuity): ours against the baseline curve by curve (:func:`descriptors.paired`: how many
curves ours is lower on, the sign test, the median differences of window-rate energy and
r), and ours' accuracy (the mean over curves of the median error, in the unit; cents for f0).

The continuity is counted in z units of the target distance (see
:mod:`rtvae.explore.targets`), the same for every descriptor, but a z unit is not the same
step for each: on this corpus a sound's f0 moves 0.0009 z a hop and its centroid 0.012.
**A sparse corpus** shows what raising the default would cost elsewhere: five procedural
sounds (as ``tests/test_render_descriptor.py`` builds them), a value target of
:data:`SPARSE_TARGETS` held for one second, the median centroid measured on what plays,
at each continuity and for the baseline.

    python benchmarks/continuity_sweep.py [--curves 24] [--jobs 2] [--out benchmarks/results/continuity_sweep.json]
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

import descriptors as bench  # beside this file
from rtvae.bench.machine import machine_info, machine_line
from rtvae.bench.report import write_report
from rtvae.explore.targets import CONTINUITY

CONTINUITIES = (CONTINUITY, 0.6, 1.0, 2.0)   # the default first
DESCRIPTORS = ("centroid_hz", "rms_db", "f0_hz")
FIRST_SEED = 7                               # descriptors.py draws random curves from seeds 1..6
DURATION_S = 10.0
SPARSE_SOUNDS = ("bell_C4_mid", "organ_C3_mid", "string_A2_dark", "glass_E6_bright", "bass_C2_mid")
SPARSE_TARGETS = (250.0, 900.0)              # Hz, centroid value targets on the sparse corpus, held 1 s


def held_out(n: int) -> tuple[str, ...]:
    """``n`` random curves that the descriptor benchmark's own curves do not include."""
    return tuple(f"random {FIRST_SEED + i}" for i in range(n))


_LOADED: dict = {}


def _loaded():
    """The model, synthesis settings and procedural corpus, once per worker process."""
    if not _LOADED:
        from rtvae.engine.factory import synth_section
        from rtvae.explore.corpus import corpus_for
        from rtvae.model.directory import load_model

        model = load_model("default")
        _LOADED.update(model=model, synth=synth_section(), corpus=corpus_for(model))
    return _LOADED["model"], _LOADED["synth"], _LOADED["corpus"]


def method_label(continuity: float | None) -> str:
    return "nearest" if continuity is None else f"continuity {continuity:g}"


def curve_rows(task: tuple[str, float | None, tuple[str, ...]]) -> list[dict]:
    """Every curve of one (descriptor, continuity or None for the baseline), its figures (no traces)."""
    name, continuity, curves = task
    model, synth, corpus = _loaded()
    method = "nearest" if continuity is None else "viterbi"
    if continuity is not None:
        bench.SETTINGS["continuity"] = continuity
    rows = []
    for kind in curves:
        row = bench.measure_curve(model, corpus, name, kind, method, DURATION_S, synth)
        row.pop("trace")
        rows.append({**row, "method": method_label(continuity)})
    print(f"  {name}, {method_label(continuity)}: {len(rows)} curves", flush=True)
    return rows


def sparse_rows(continuities: tuple[float, ...]) -> list[dict]:
    """The sparse corpus: per continuity (and the baseline) the measured median centroid for each value target."""
    from rtvae.drivers.offline import render_latents
    from rtvae.explore.corpus import procedural_corpus
    from rtvae.explore.targets import Selector, measured_per_hop

    model, synth, _ = _loaded()
    rate, hop = model.card.sample_rate, synth.hop
    corpus = procedural_corpus(model, hop, SPARSE_SOUNDS)
    column = corpus.descriptor_names.index("centroid_hz")
    rows = []
    for continuity in (None, *continuities):
        selector = Selector(corpus.atlas, continuity=0.0 if continuity is None else continuity)
        row = {"method": method_label(continuity)}
        for target in SPARSE_TARGETS:
            curve = {"centroid_hz": np.full(round(rate / hop), target)}
            path = selector.nearest(curve) if continuity is None else selector.path(curve)
            measured = measured_per_hop(render_latents(model, path), model.card.window, hop, rate)
            row[f"{target:g}"] = float(np.median(measured[bench.SKIP_HOPS:, column]))
        rows.append(row)
    return rows


def settings_table(pairs: list[dict], summary: list[dict]) -> list[dict]:
    """Per (descriptor, continuity): the paired window-rate and r against the baseline, and the accuracy."""
    out = []
    for p in pairs:
        s = next(e for e in summary if e["descriptor"] == p["descriptor"] and e["method"] == p["method"])
        w, r = p["window_rate_db"], p["r"]
        out.append({"descriptor": p["descriptor"], "method": p["method"], "n_curves": p["n_pairs"],
                    "lower": w["lower"], "higher": w["higher"], "sign_test_p": w["sign_test_p"],
                    "window_rate_median_difference": w["median_difference"],
                    "r_median_difference": r["median_difference"], "r_higher": r["higher"],
                    "median_error": s["median_error"], "seams_per_s": s["seams_per_s"],
                    "meets": all(bench.continuity_checks(p).values())})
    return out


def table(report: dict) -> str:
    units = {"centroid_hz": "Hz", "rms_db": "dB", "f0_hz": "cents"}
    lines = [machine_line(report["machine"], report["command"]) + " Procedural corpus.", "",
             f"Ours at each continuity against the per-frame nearest neighbour, on {report['n_curves']} smooth random "
             f"curves of {DURATION_S:g} s that `benchmarks/descriptors.py` does not use (seeds {FIRST_SEED}.."
             f"{FIRST_SEED + report['n_curves'] - 1}); Δ = ours − nearest, medians over the curves; \"meets\": ours "
             f"lower on significantly many curves (one-sided sign test, p <= {bench.ALPHA}) with r no worse. "
             f"The default continuity is {CONTINUITY:g}.", "",
             "| descriptor | continuity | ours lower / higher | sign test p | Δ window-rate (dB) | Δr | r higher | "
             "median error | seams/s | meets |", "|---|---|---|---|---|---|---|---|---|---|"]
    for e in report["settings"]:
        lines.append(f"| {e['descriptor']} | {e['method'].removeprefix('continuity ')} | {e['lower']} / {e['higher']} "
                     f"| {e['sign_test_p']:.3g} | {e['window_rate_median_difference']:+.2f} "
                     f"| {e['r_median_difference']:+.4f} | {e['r_higher']} of {e['n_curves']} "
                     f"| {e['median_error']:.1f} {units[e['descriptor']]} | {e['seams_per_s']:.1f} "
                     f"| {'yes' if e['meets'] else 'no'} |")
    lines += ["", f"A sparse corpus ({len(SPARSE_SOUNDS)} procedural sounds: {', '.join(SPARSE_SOUNDS)}): a centroid "
              "value target held for one second, the median centroid measured on what plays (Hz).", "",
              "| method | " + " | ".join(f"target {t:g} Hz" for t in SPARSE_TARGETS) + " |",
              "|---|" + "---|" * len(SPARSE_TARGETS)]
    for row in report["sparse"]:
        lines.append(f"| {row['method']} | " + " | ".join(f"{row[f'{t:g}']:.0f}" for t in SPARSE_TARGETS) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curves", type=int, default=24, help="held-out random curves per descriptor")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/continuity_sweep.json"))
    args = parser.parse_args(argv)
    curves = held_out(args.curves)
    tasks = [(name, c, curves) for name in DESCRIPTORS for c in (None, *CONTINUITIES)]
    with ProcessPoolExecutor(max_workers=max(args.jobs, 1)) as pool:
        rows = [row for part in pool.map(curve_rows, tasks) for row in part]
        sparse = pool.submit(sparse_rows, CONTINUITIES).result()
    _, _, corpus = _loaded()
    corpus_range = {n: corpus.atlas.stats[n].robust_high - corpus.atlas.stats[n].robust_low for n in DESCRIPTORS}
    summary = bench.summarise(rows, corpus_range)
    pairs = [bench.paired(rows, name, method_label(c)) for name in DESCRIPTORS for c in CONTINUITIES]
    command = " ".join(["python benchmarks/continuity_sweep.py", *(sys.argv[1:] if argv is None else argv)])
    report = {"machine": machine_info(), "command": command, "n_curves": len(curves), "curves": curves,
              "continuities": CONTINUITIES, "settings": settings_table(pairs, summary), "sparse": sparse,
              "rows": rows}
    write_report(args.out, report, table(report))
    return report


if __name__ == "__main__":
    main()
