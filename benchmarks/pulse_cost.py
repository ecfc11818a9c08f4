"""The pulse cost of descriptor paths: what it buys on the window-rate figure, and what else it moves.

The descriptor benchmark's point "lower window-rate energy than the per-frame nearest
neighbour" was unmet on centroid and level curves until the selector charged every atlas
point, each hop it plays, for how much its window's span pulses at the hop harmonics that
are the figure's lines, as played (its decoded run overlap-added as the engine adds it,
:attr:`rtvae.explore.atlas.Atlas.pulse`, read by :func:`rtvae.explore.quality.segment_pulse`):
:data:`~rtvae.explore.viterbi.PULSE_COST` z units per unit of pulse, for the share of the
squared weights not on ``f0_hz`` (:func:`rtvae.explore.viterbi.pulse_unit_cost`). This
measures ours (with it, as shipped) against ours without it (``pulse_cost=0``), in one run.

On the embedded model's procedural corpus, three parts:

* **curves**: every curve of ``benchmarks/descriptors.py`` for ``centroid_hz``, ``rms_db``
  and ``f0_hz`` (:data:`descriptors.DESCRIPTORS`), rendered through the engine by ours, ours
  without the pulse cost, and the baseline (:func:`descriptors.measure_curve`, the same
  figures), paired against the baseline as that benchmark pairs them
  (:func:`descriptors.paired`);
* **what else it moves**: the level of what plays. A centroid value held live for two
  seconds after one second of another (:data:`HELD_PLACES` of the robust range, from a
  dark and from a bright start), the median ``rms_db`` of the points played. A descriptor
  given alone leaves the others free, so whatever the cost prefers, they follow;
* **what the pulse reads**: its rank correlation over the atlas with f0 (voiced points)
  and with the level, and its median among the points near each held centroid value,
  loud (above -25 dB) and quiet (below -40 dB).

    python benchmarks/pulse_cost.py [--out benchmarks/results/pulse_cost.json]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

import descriptors as bench  # beside this file
from rtvae.bench.machine import machine_info, machine_line
from rtvae.bench.report import write_report
from rtvae.engine.factory import synth_section
from rtvae.explore.corpus import corpus_for
from rtvae.explore.targets import Selector
from rtvae.explore.viterbi import PULSE_COST
from rtvae.model.directory import load_model

NO_PULSE = "viterbi, no pulse"
METHODS = ("viterbi", NO_PULSE, "nearest")
PULSE_COSTS = {"viterbi": PULSE_COST, NO_PULSE: 0.0}  # the selector's pulse cost, by method
HELD_PLACES = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9)  # where in the centroid's robust range a value is held
STARTS = (0.1, 0.9)              # where it was held before
QUIET_DB, LOUD_DB = -40.0, -25.0


def curve_rows(model, corpus, synth) -> list[dict]:
    rows = []
    for name in bench.DESCRIPTORS:
        for kind in bench.CURVES:
            for method in METHODS:
                row = bench.measure_curve(model, corpus, name, kind, method.partition(",")[0], 10.0, synth,
                                          pulse_cost=PULSE_COSTS.get(method, PULSE_COST))
                row.pop("trace")
                rows.append({**row, "method": method})
        print(f"  {name}: {len(bench.CURVES)} curves", flush=True)
    return rows


def held_rows(corpus) -> list[dict]:
    """Per held centroid value and start: the median level played, by ours and by ours without the pulse cost."""
    atlas = corpus.atlas
    r = atlas.stats["centroid_hz"]
    level = atlas.descriptors[:, atlas.column("rms_db")]
    hops = round(corpus.sample_rate / corpus.hop)  # one second
    rows = []
    for place in HELD_PLACES:
        for start in STARTS:
            row = {"place": place, "start": start, "target_hz": float(r.robust_low + place * (r.robust_high - r.robust_low))}
            for method, cost in PULSE_COSTS.items():
                selector = Selector(atlas, pulse_cost=cost)
                selector.set_targets({"centroid_hz": r.robust_low + start * (r.robust_high - r.robust_low)})
                for _ in range(hops):
                    selector.select()
                selector.set_targets({"centroid_hz": row["target_hz"]})
                points = []
                for _ in range(2 * hops):
                    selector.select()
                    points.append(selector._choice.point)  # noqa: SLF001 - the benchmark reads which point played
                row[f"{method}_level_db"] = float(np.median(level[points]))
                row[f"{method}_centroid_hz"] = float(np.median(atlas.descriptors[points, atlas.column("centroid_hz")]))
            rows.append(row)
    return rows


def what_it_reads(atlas) -> dict:
    pulse = atlas.pulse
    f0 = atlas.descriptors[:, atlas.column("f0_hz")].astype(np.float64)
    level = atlas.descriptors[:, atlas.column("rms_db")].astype(np.float64)
    centroid = atlas.descriptors[:, atlas.column("centroid_hz")].astype(np.float64)
    voiced = np.isfinite(f0) & (f0 > 0)
    r = atlas.stats["centroid_hz"]
    near = []
    for place in HELD_PLACES:
        value = r.robust_low + place * (r.robust_high - r.robust_low)
        around = np.abs(centroid - value) < 0.02 * value + 3.0
        loud, quiet = around & (level > LOUD_DB), around & (level < QUIET_DB)
        near.append({"place": place, "target_hz": float(value), "points": int(around.sum()),
                     "loud_pulse": float(np.median(pulse[loud])) if loud.any() else None,
                     "quiet_pulse": float(np.median(pulse[quiet])) if quiet.any() else None})
    return {"pulse_percentiles": np.percentile(pulse, [5, 50, 95]).tolist(),
            "rho_f0": float(spearmanr(pulse[voiced], f0[voiced])[0]), "rho_level": float(spearmanr(pulse, level)[0]),
            "near_held_values": near}


def run(out: Path, argv: list[str]) -> dict:
    model, synth = load_model("default"), synth_section()
    corpus = corpus_for(model)
    rows = curve_rows(model, corpus, synth)
    corpus_range = {n: corpus.atlas.stats[n].robust_high - corpus.atlas.stats[n].robust_low
                    for n in bench.DESCRIPTORS}
    report = {"machine": machine_info(), "command": " ".join(["python benchmarks/pulse_cost.py", *argv]),
              "pulse_cost": PULSE_COST, "summary": bench.summarise(rows, corpus_range),
              "pairs": [bench.paired(rows, n, m) for n in bench.DESCRIPTORS
                        for m in PULSE_COSTS],
              "held": held_rows(corpus), "reads": what_it_reads(corpus.atlas), "rows": rows}
    write_report(out, report, table(report))
    return report


def table(report: dict) -> str:
    units = {"centroid_hz": "Hz", "rms_db": "dB", "f0_hz": "cents"}
    lines = [machine_line(report["machine"], report["command"]) + " Procedural corpus.", "",
             f"Curves (the 12 of `benchmarks/descriptors.py` per descriptor, 10 s); ours (with the pulse cost, "
             f"{report['pulse_cost']:g} z per unit of pulse, none on f0) and ours without it, each paired against the "
             f"baseline:", "",
             "| descriptor | method | window-rate dB | lower / higher than nearest | sign test p | r higher | "
             "median error |", "|---|---|---|---|---|---|---|"]
    for p in report["pairs"]:
        s = next(e for e in report["summary"] if e["descriptor"] == p["descriptor"] and e["method"] == p["method"])
        w = p["window_rate_db"]
        lines.append(f"| {p['descriptor']} | {p['method']} | {s['window_rate_db']:+.1f} | {w['lower']} / {w['higher']} "
                     f"| {w['sign_test_p']:.3g} | {p['r']['higher']} of {p['n_pairs']} "
                     f"| {bench._shown(s['median_error'], '.1f')} {units[p['descriptor']]} |")
    for s in report["summary"]:
        if s["method"] == "nearest":
            lines.append(f"| {s['descriptor']} | nearest | {s['window_rate_db']:+.1f} | – | – | – "
                         f"| {bench._shown(s['median_error'], '.1f')} {units[s['descriptor']]} |")
    lines += ["", "What else it moves: a centroid value held 2 s live after 1 s of another (from a dark and from a "
              "bright one: each method settles on the same stretches from both); the median level (rms_db) and "
              "centroid of the points played.", "",
              "| held at (of the range) | Hz | from | level: ours | level: without the pulse cost | centroid: ours "
              "| centroid: without the pulse cost |", "|---|---|---|---|---|---|---|"]
    for h in report["held"]:
        lines.append(f"| {h['place']:g} | {h['target_hz']:.0f} | {h['start']:g} | {h['viterbi_level_db']:.1f} dB "
                     f"| {h[NO_PULSE + '_level_db']:.1f} dB | {h['viterbi_centroid_hz']:.0f} "
                     f"| {h[NO_PULSE + '_centroid_hz']:.0f} |")
    reads = report["reads"]
    lines += ["", f"What the pulse reads: over the atlas, 5 / 50 / 95 % "
              f"{' / '.join(f'{v:.2f}' for v in reads['pulse_percentiles'])}; rank correlation with f0 (voiced points) "
              f"{reads['rho_f0']:+.2f}, with the level {reads['rho_level']:+.2f}. Median pulse of the points near each "
              f"held value (within 2 %), loud (> {LOUD_DB:g} dB) / quiet (< {QUIET_DB:g} dB):", ""]
    lines.append(", ".join(f"{n['target_hz']:.0f} Hz: {bench._shown(n['loud_pulse'], '.2f')} / "
                           f"{bench._shown(n['quiet_pulse'], '.2f')}" for n in reads["near_held_values"]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/pulse_cost.json"))
    args = parser.parse_args(argv)
    return run(args.out, sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    main()
