"""Verdicts: the acceptance figures with PASS/FAIL, the baselines' ratios, and which parts failed to run."""

from __future__ import annotations

import contextlib

from rtvae.bench.latency.settings import (ACCEPTANCE_BLOCK, ACCEPTANCE_VARIANTS, FLOOR_CLIENT, INTERP,
                                          SERVER_VARIANTS)

ACCEPTANCE_BUDGET_SHARE = 0.5  # callback p99.9 ≤ 50 % of the block budget
ACCEPTANCE_LATENCY_MS = 10.0  # control-to-sound p99, block 128, inline
SIGN_TEST_ALPHA = 0.05  # "adds no xruns": no increase the sign test can detect at this level


def acceptance(cases: list[dict], floors: list[dict] = (), interp_pairs: dict | None = None) -> list[dict]:
    """The issue's acceptance figures, each with its value and verdict (None: not measured)."""
    by = {(c["variant"], c["block"]): c for c in cases if "error" not in c}
    floor = next((f["phases"]["load"] for f in floors if f["block"] == ACCEPTANCE_BLOCK and "error" not in f), None)
    checks, budget_pct = [], 100 * ACCEPTANCE_BUDGET_SHARE
    for variant in ACCEPTANCE_VARIANTS:
        case = by.get((variant, ACCEPTANCE_BLOCK))
        load = case["phases"]["load"] if case else None
        checks.append(_check(f"{variant}, block {ACCEPTANCE_BLOCK}: xruns under load", load and load["xruns"],
                             "== 0", lambda v: v == 0, load, blamed=load and load.get("jackd_blamed"),
                             floor=floor and {"client": FLOOR_CLIENT, "seconds": floor["seconds"],
                                              "jack_xrun_notifications": floor["jack_xrun_notifications"]}))
        checks.append(_check(f"{variant}, block {ACCEPTANCE_BLOCK}: callback p99.9 under load, % of budget",
                             load and load["callbacks"].get("p99.9_budget_pct"), f"≤ {budget_pct:g} %",
                             lambda v: v <= budget_pct, load))
    case, interp = by.get(("inline", ACCEPTANCE_BLOCK)), by.get((INTERP, ACCEPTANCE_BLOCK))
    pairs = (interp_pairs or {}).get("summary", {})
    if pairs.get("xruns"):  # an interpolation playing adds no xruns: no increase the pairs can detect
        xruns = pairs["xruns"]
        checks.append(_check(f"{INTERP}, block {ACCEPTANCE_BLOCK}: more xruns than inline over {pairs['pairs']} "
                             "interleaved pairs, sign test p", xruns["sign_test_p"], f"≥ {SIGN_TEST_ALPHA:g}",
                             lambda v: v >= SIGN_TEST_ALPHA, None, pairs=pairs["pairs"],
                             segment_seconds=interp_pairs["segment_s"], paired=xruns))
    elif interp:  # the same, from the one run of each in the main table
        load = interp["phases"]["load"]
        beyond = load["xruns"] - case["phases"]["load"]["xruns"] if case else None
        checks.append(_check(f"{INTERP}, block {ACCEPTANCE_BLOCK}: xruns under load beyond inline's in this run",
                             beyond, "≤ 0", lambda v: v <= 0, load, blamed=load.get("jackd_blamed")))
    latency = case["control_to_sound"] if case else {}
    checks.append(_check(f"inline, block {ACCEPTANCE_BLOCK}: control-to-sound p99 (ms) under load",
                         latency.get("ms", {}).get("p99"), f"≤ {ACCEPTANCE_LATENCY_MS:g} ms",
                         lambda v: v <= ACCEPTANCE_LATENCY_MS, case and case["phases"]["load"],
                         jitter=latency.get("jitter_ms"), probes=latency.get("probes"),
                         near_xruns=latency.get("near_xruns")))
    return checks


def _check(label: str, value, target: str, ok, phase: dict | None, **extra) -> dict:
    """One acceptance check, with the phase's length and how busy the rest of the machine was."""
    verdict = None if value is None else bool(ok(value))
    cpu = (phase or {}).get("cpu", {})
    return {"check": label, "value": value, "target": target, "pass": verdict,
            "load_seconds": phase and phase["seconds"],
            "others_pct_of_a_core": cpu.get("others_estimate_pct_of_a_core"),
            "stolen_pct_of_a_core": cpu.get("stolen_pct_of_a_core"), **extra}


def ratios(cases: list[dict]) -> list[dict]:
    """Baseline ÷ ours in the same run: callback p99.9 under load, and latency p50."""
    by = {(c["variant"], c["block"]): c for c in cases if "error" not in c}
    rows = []
    for (variant, block), case in sorted(by.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        ours = by.get(("inline", block))
        if variant in SERVER_VARIANTS or ours is None:
            continue
        rows.append({"baseline": variant, "block": block,
                     "callback_p99.9_ratio": _ratio(case, ours, lambda c: c["phases"]["load"]["callbacks"]["ms"]["p99.9"]),
                     "latency_p50_ratio": _ratio(case, ours, lambda c: c["control_to_sound"]["ms"]["p50"])})
    return rows


def _ratio(case: dict, ours: dict, pick) -> float | None:
    with contextlib.suppress(KeyError, ZeroDivisionError, TypeError):
        return float(pick(case) / pick(ours))
    return None


def failures(report: dict) -> list[str]:
    """Every part of the run that failed to measure: a configuration, a floor, the pair runs
    (or one of their segments), an allocation check. Empty when everything ran."""
    failed = [f"{c['variant']} @ {c['block']}: {c['error']}" for c in report.get("cases", ()) if "error" in c]
    failed += [f"floor @ {f['block']}: {f['error']}" for f in report.get("floor", ()) if "error" in f]
    failed += [f"callback load @ {b['block']}: {b['error']}" for b in report.get("blocks", ()) if "error" in b]
    pairs = report.get("interp_pairs") or {}
    if "error" in pairs:
        failed.append(f"pairs: {pairs['error']}")
    for row in pairs.get("results", ()):
        failed += [f"pair {row['pair']}, {variant}: {figures['error']}"
                   for variant, figures in row["figures"].items() if "error" in figures]
    failed += [f"allocation check {a['variant']}: {a['error']}" for a in report.get("allocations", ()) if "error" in a]
    return failed
