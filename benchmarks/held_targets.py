"""Held descriptor targets: does a value held for seconds play on, or loop the few windows that match it?

The descriptor benchmark plays curves; a performer mostly *holds* a value (a slider left
where it is, `oscsend ... /rtvae/descriptor/target sf rms_db -30`). A path search with
stationary costs settles on its cheapest cycle, and without a memory of what it played
that cycle is a stretch of one window seamed back to its start: a buzz at the window rate
(43 Hz at 44.1 kHz), as loud in the figure as the baseline's one point held. The selector
remembers the runs it played (:func:`rtvae.explore.viterbi.replayed`) and charges each hop
that plays one again.

On the embedded model's procedural corpus, each of ``centroid_hz``, ``rms_db`` and
``f0_hz`` is held at :data:`PLACES` of its robust range (drawn in the z-score's space, as
the descriptor benchmark draws curves: f0 in octaves) for ``--duration-s``, rendered
through the engine (:func:`descriptors.render_method`) by:

* ``live``: ours as the server plays a value target (:meth:`Selector.select`, hop by hop);
* ``viterbi``: ours offline (``rtvae render descriptor --target``);
* ``live, no memory``: ``live`` with the replay cost at 0 (what the selector did before:
  only a hold of the point playing was charged);
* ``nearest``: the papers' per-frame nearest neighbour (a held value holds one point).

Per render: the median error of the descriptor measured on the output (cents for f0,
an unvoiced hop a miss), the window-rate energy
(:func:`rtvae.explore.quality.window_rate_energy_db`), and how the path repeats itself:
the share of hops that play again an atlas point heard at most :data:`SHORT_LOOP_HOPS`
hops before (a loop that short buzzes or flutters), the share heard within a second, and
the median time since such a point was last heard (a loop's period). The table gives
medians over the values; ``ours lower`` pairs each render with the no-memory and the
baseline render of the same value.

    python benchmarks/held_targets.py [--duration-s 5] [--out benchmarks/results/held_targets.json]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import warnings
from pathlib import Path

import numpy as np

import descriptors as bench  # beside this file
from rtvae.bench.machine import machine_info, machine_line
from rtvae.bench.report import write_report
from rtvae.engine.factory import synth_section
from rtvae.explore import viterbi as search
from rtvae.explore.atlas import from_space, to_space
from rtvae.explore.corpus import corpus_for
from rtvae.explore.targets import Selector, measured_per_hop
from rtvae.model.directory import load_model

PLACES = (0.1, 0.3, 0.5, 0.7, 0.9)   # where in each descriptor's robust range a value is held
METHODS = ("live", "viterbi", "live, no memory", "nearest")
SHORT_LOOP_HOPS = 16                 # four windows at the default hop (93 ms)
UNITS = {"centroid_hz": "Hz", "rms_db": "dB", "f0_hz": "cents"}


@contextlib.contextmanager
def replay_cost(cost: float):
    """The selector's replay cost set to ``cost`` while the block runs."""
    kept = search.REPLAY_COST
    search.REPLAY_COST = cost
    try:
        yield
    finally:
        search.REPLAY_COST = kept


def held_value(selector: Selector, name: str, place: float) -> float:
    """The value ``place`` of the way up the descriptor's robust range, in the z-score's space."""
    r = selector.ranges()[name]
    low, high = (float(to_space(name, v)) for v in (r.robust_low, r.robust_high))
    return float(from_space(name, low + place * (high - low)))


def repeats(points: np.ndarray, hops_per_s: float) -> dict:
    """How a path of atlas points repeats itself (see the module doc); None where nothing repeats."""
    last, lags = {}, []
    for t, p in enumerate(points.tolist()):
        if p in last:
            lags.append(t - last[p])
        last[p] = t
    lags = np.array(lags, np.int64)
    second = lags[lags <= hops_per_s]
    return {"short_loop_share": float(np.sum(lags <= SHORT_LOOP_HOPS)) / len(points),
            "within_1s_share": float(len(second)) / len(points),
            "loop_ms": float(np.median(second) * 1e3 / hops_per_s) if len(second) else None,
            "points_per_s": len(set(points.tolist())) / (len(points) / hops_per_s)}


def measure(model, corpus, synth, name: str, place: float, method: str, duration_s: float) -> dict:
    """Every figure of one held value rendered by one method."""
    card = model.card
    value = held_value(Selector(corpus.atlas), name, place)
    base = "live" if method.startswith("live") else method
    n_hops = max(int(round(duration_s * card.sample_rate / synth.hop)), 1)
    with replay_cost(0.0 if method.endswith("no memory") else search.REPLAY_COST):
        audio, path, hop, selector = bench.render_method(model, corpus, name, np.full(n_hops, value), base,
                                                         duration_s, synth)
    measured = measured_per_hop(audio, card.window, hop, card.sample_rate)[bench.SKIP_HOPS:,
                                                                           corpus.descriptor_names.index(name)]
    with warnings.catch_warnings():  # r and rho of a constant target are undefined; only the error is read
        warnings.simplefilter("ignore")
        error = bench.errors(name, measured, np.full(len(measured), value))["median_error"]
    return {"descriptor": name, "place": place, "value": value, "method": method, "median_error": error,
            "window_rate_db": bench.window_rate_energy_db(audio, card.window),
            **repeats(bench.path_points(path, selector), card.sample_rate / hop)}


def summarise(rows: list[dict]) -> list[dict]:
    """Per (descriptor, method): medians over the values, and ours against no memory and the baseline."""
    out = []
    for name in dict.fromkeys(r["descriptor"] for r in rows):
        by = {m: {r["place"]: r for r in rows if r["descriptor"] == name and r["method"] == m} for m in METHODS}
        for method in METHODS:
            mine = by[method]
            entry = {"descriptor": name, "method": method}
            for key in ("median_error", "window_rate_db", "short_loop_share", "within_1s_share", "points_per_s"):
                entry[key] = float(np.median([r[key] for r in mine.values()]))
            loops = [r["loop_ms"] for r in mine.values() if r["loop_ms"] is not None]
            entry["loop_ms"] = float(np.median(loops)) if loops else None
            for other in ("live, no memory", "nearest"):
                if other != method:
                    entry[f"lower_than_{other}"] = sum(mine[p]["window_rate_db"] < by[other][p]["window_rate_db"]
                                                       for p in mine)
            out.append(entry)
    return out


def table(report: dict) -> str:
    n = len(PLACES)
    lines = [machine_line(report["machine"], report["command"]) + f" Procedural corpus, each value held "
             f"{report['duration_s']:g} s; medians over {n} values per descriptor ({', '.join(f'{p:g}' for p in PLACES)}"
             " of the robust range).", "",
             f"| descriptor | method | median error | window-rate energy (dB) | lower than no memory / nearest (of {n}) "
             f"| hops replaying ≤ {SHORT_LOOP_HOPS} hops back | replaying within 1 s | loop period | points / s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for e in report["summary"]:
        versus = " / ".join(str(e[k]) if k in e else "–" for k in ("lower_than_live, no memory", "lower_than_nearest"))
        loop = "–" if e["loop_ms"] is None else f"{e['loop_ms']:.0f} ms"
        lines.append(f"| {e['descriptor']} | {e['method']} | {e['median_error']:.1f} {UNITS[e['descriptor']]} "
                     f"| {e['window_rate_db']:+.1f} | {versus} | {100 * e['short_loop_share']:.0f} % "
                     f"| {100 * e['within_1s_share']:.0f} % | {loop} | {e['points_per_s']:.0f} |")
    lines += ["", "Per value (window-rate energy dB, median error):", ""]
    for name in dict.fromkeys(r["descriptor"] for r in report["rows"]):
        for method in METHODS:
            cells = [f"{r['place']:g}: {r['window_rate_db']:+.1f} / {r['median_error']:.1f}"
                     for r in report["rows"] if r["descriptor"] == name and r["method"] == method]
            lines.append(f"- {name}, {method}: " + "; ".join(cells))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration-s", type=float, default=5.0, help="how long each value is held")
    parser.add_argument("--descriptors", nargs="+", default=list(UNITS), choices=list(UNITS))
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/held_targets.json"))
    args = parser.parse_args(argv)
    model, synth = load_model("default"), synth_section()
    corpus = corpus_for(model)
    rows = []
    for name in args.descriptors:
        for place in PLACES:
            for method in METHODS:
                rows.append(measure(model, corpus, synth, name, place, method, args.duration_s))
        print(f"  {name}: {len(PLACES)} values", flush=True)
    command = " ".join(["python benchmarks/held_targets.py", *(sys.argv[1:] if argv is None else argv)])
    report = {"machine": machine_info(), "command": command, "duration_s": args.duration_s,
              "replay_cost": search.REPLAY_COST, "replay_runs": search.REPLAY_RUNS,
              "summary": summarise(rows), "rows": rows}
    write_report(args.out, report, table(report))
    return report


if __name__ == "__main__":
    main()
