"""Two variants measured in interleaved pairs: what one of them adds, beyond the machine's noise.

A single run of each variant cannot say whether a difference of a few xruns is the
variant's or the minute's: on a shared machine the same code reads 12 to 244 xruns in a
minute. So the two are run alternately, ``A B``, ``B A``, ``A B``, … (the order flips each
pair, so a drift over the run favours neither), and the verdict rests on the pairs'
differences: their median, and an exact one-sided sign test of "B has more than A".

This module knows nothing of JACK or servers: :func:`run_pairs` takes the function that
measures one run.
"""

from __future__ import annotations

import math
import statistics
from typing import Callable

# What is compared per run; all counts except the last, where the ratio B ÷ A is given.
MEASURES = {
    "xruns": "xruns (the server's PortAudio flags)",
    "server_late": "cycles jackd blamed on the server",
    "jack_xrun_notifications": "JACK xrun notifications (any client)",
    "callback_p99.9_ms": "callback p99.9 (ms)",
}
COUNTS = ("xruns", "server_late", "jack_xrun_notifications")


def order_of(pair: int, variants: tuple[str, str]) -> tuple[str, str]:
    """Which variant runs first in a pair: alternating, so each goes first half the time."""
    return variants if pair % 2 == 0 else variants[::-1]


def run_pairs(variants: tuple[str, str], pairs: int, measure_one: Callable[[str, int, str], object],
              first: int = 0, total: int | None = None) -> list[dict]:
    """``pairs`` pairs; ``measure_one(variant, index, tag)`` measures one run and returns what
    is kept of it (the caller turns it into figures for :func:`summary`). A run that raises is recorded as ``{"error": …}`` (its pair is then
    left out of the summary) and the next one goes on. Returns one dict per pair: order and figures.
    ``first`` and ``total`` number the pairs when a series is measured in several calls."""
    results, total = [], total or first + pairs
    for k in range(first, first + pairs):
        order, figures = order_of(k, variants), {}
        for j, variant in enumerate(order):
            try:
                figures[variant] = measure_one(variant, 2 * k + j, f"[pair {k + 1}/{total}, {j + 1}/2]")
            except Exception as exc:  # one bad run must not lose the others
                figures[variant] = {"error": f"{type(exc).__name__}: {exc}"}
        results.append({"pair": k + 1, "first": order[0], "figures": figures})
    return results


def sign_test_p(more: int, fewer: int) -> float:
    """Exact one-sided sign test: the chance of ``more`` or more of ``more + fewer`` coin flips
    coming up heads (ties are dropped, as the test does)."""
    n = more + fewer
    if n == 0:
        return 1.0
    return sum(math.comb(n, k) for k in range(more, n + 1)) / 2 ** n


def summary(results: list[dict], variants: tuple[str, str]) -> dict:
    """Per measure over the complete pairs: each variant's median and total, the pairs'
    differences B − A (counts) or ratios B ÷ A (times), and the sign test of B > A."""
    a, b = variants
    complete = [r["figures"] for r in results
                if all("error" not in r["figures"].get(v, {"error": "missing"}) for v in variants)]
    out = {"pairs": len(complete), "failed_pairs": len(results) - len(complete)}
    for measure in MEASURES:
        rows = [(f[a].get(measure), f[b].get(measure)) for f in complete]
        rows = [(x, y) for x, y in rows if x is not None and y is not None]
        if not rows:
            continue
        xs, ys = [x for x, _ in rows], [y for _, y in rows]
        more, fewer = sum(y > x for x, y in rows), sum(y < x for x, y in rows)
        entry = {"median": {a: statistics.median(xs), b: statistics.median(ys)}, "more": more, "fewer": fewer,
                 "ties": len(rows) - more - fewer, "sign_test_p": sign_test_p(more, fewer)}
        if measure in COUNTS:
            differences = [y - x for x, y in rows]
            entry.update(total={a: sum(xs), b: sum(ys)}, differences=differences,
                         median_difference=statistics.median(differences))
        else:
            ratios = [y / x for x, y in rows if x > 0]
            entry.update(ratios=ratios, median_ratio=statistics.median(ratios) if ratios else None)
        out[measure] = entry
    return out


def _cell(value) -> str:
    if value is None:
        return "—"
    return f"{value:.3g}"


def markdown_lines(report: dict) -> list[str]:
    """The pairs side by side, then one line per measure: medians, differences, sign test."""
    a, b = report["variants"]
    runs = report.get("server_runs", 1)
    lines = [f"{a} and {b} alternately at block {report['block']}: {len(report['results'])} pairs of "
             f"{report['segment_s']:g} s segments under load, the order flipping every pair, in {runs} server "
             f"run{'s' * (runs > 1)}.", "",
             f"| pair | first | xruns {a} / {b} | server late (jackd) {a} / {b} | JACK xruns {a} / {b} "
             f"| callback p99.9 ms {a} / {b} |",
             "|---:|---|---:|---:|---:|---:|"]
    for row in report["results"]:
        f = row["figures"]
        if any("error" in f[v] for v in (a, b)):
            errors = "; ".join(f"{v}: {f[v]['error'][:60]}" for v in (a, b) if "error" in f[v])
            lines.append(f"| {row['pair']} | {row['first']} | failed: {errors} | | | |")
            continue
        cells = [" / ".join(_cell(f[v].get(m)) for v in (a, b)) for m in MEASURES]
        lines.append(f"| {row['pair']} | {row['first']} | " + " | ".join(cells) + " |")
    lines.append("")
    s = report["summary"]
    for measure, label in MEASURES.items():
        entry = s.get(measure)
        if entry is None:
            continue
        medians = f"median {_cell(entry['median'][a])} ({a}) and {_cell(entry['median'][b])} ({b})"
        if measure in COUNTS:
            shift = (f"totals {entry['total'][a]} and {entry['total'][b]}; "
                     f"median difference {b} − {a} {_cell(entry['median_difference'])}")
        else:
            shift = f"median ratio {b} ÷ {a} {_cell(entry['median_ratio'])}"
        lines.append(f"- {label}: {medians}; {shift}; {b} higher in {entry['more']} pairs, lower in "
                     f"{entry['fewer']}, tied in {entry['ties']} (sign test, {b} higher: p = {entry['sign_test_p']:.2f})")
    return lines + [""]
