"""What the benchmark tells: progress lines on stderr, the JSON, the Markdown table and the PNG."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from rtvae.bench import pairs as paired
from rtvae.bench.latency.settings import (ACCEPTANCE_BLOCK, ALLOC_CALLS, ALLOC_WARMUP, FLOOR_CLIENT,
                                          FULL_LATENT_EVERY, GAP_S, NOISY_OTHERS_PCT, PHASE_TRIM_S, RATE,
                                          SETTLE_S, SILENT_RUN, Settings)

SITES_SHOWN_ABOVE_BYTES = 256  # below: the callback's live integers and views changing hands


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def one_line(case: dict) -> str:
    idle, load, lat = case["phases"]["idle"], case["phases"]["load"], case["control_to_sound"]
    p = load["callbacks"].get("ms", {})
    latency = f"latency p50 {lat['ms']['p50']:.2f} / p99 {lat['ms']['p99']:.2f} ms ({lat['probes']} probes)" \
        if lat.get("probes") else "no latency probe succeeded"
    return (f"xruns {idle['xruns']}/{load['xruns']}, callback p99.9 {p.get('p99.9', float('nan')):.3f} ms "
            f"({load['callbacks'].get('p99.9_budget_pct', float('nan')):.0f} % of budget), {latency}")


def settings_json(settings: Settings) -> dict:
    data = asdict(settings)
    data.update(out=str(settings.out), blocks=list(settings.blocks), variants=list(settings.variants),
                rate=RATE, settle_s=SETTLE_S, gap_s=GAP_S, phase_trim_s=PHASE_TRIM_S,
                full_latent_every=FULL_LATENT_EVERY, silent_run=SILENT_RUN, alloc_warmup=ALLOC_WARMUP,
                alloc_calls=ALLOC_CALLS)
    return data


# --- Markdown -------------------------------------------------------------------------------


def _ms(value, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _quad(callbacks: dict) -> str:
    """p50 / p99 / p99.9 / max of a phase's callback durations, in ms."""
    ms = callbacks.get("ms")
    return "—" if not ms else " / ".join(_ms(ms[k]) for k in ("p50", "p99", "p99.9", "max"))


def curves_text(settings: dict) -> str:
    """What the curves load adds to the main table's load, in words (nothing for the latent load)."""
    if settings.get("load") != "curves":
        return ""
    return (f" plus {settings['curve_rate']} /rtvae/interp/curve packets of {settings['curve_floats']} floats a second "
            "(inline+interp: its own load)")


def table_row(case: dict) -> str:
    if "error" in case:
        return f"| {case['variant']} | {case['block']} | {case['budget_ms']:.2f} | failed: {case['error'][:80]} |" + " |" * 9
    idle, load = case["phases"]["idle"], case["phases"]["load"]
    lat, reported = case["control_to_sound"], case["reported"]
    ms, jitter = lat.get("ms", {}), lat.get("jitter_ms", {})
    latency = f"{_ms(ms.get('p50'), 2)} / {_ms(ms.get('p99'), 2)}"
    spread = f"{_ms(jitter.get('std'), 2)} / {_ms(jitter.get('p99_minus_p1'), 2)}"
    share = load["callbacks"].get("p99.9_budget_pct")
    cells = [case["variant"], case["block"], f"{case['budget_ms']:.2f}", _quad(idle["callbacks"]), _quad(load["callbacks"]),
             "—" if share is None else f"{share:.0f} %", f"{idle['xruns']}{_noisy(idle)} / {load['xruns']}{_noisy(load)}",
             f"{idle['late_blocks']} / {load['late_blocks']}",
             f"{load['controls_dropped']} / {load['controls_unaccounted']}", latency, spread, probe_count(lat),
             f"{reported['latency_samples']} ({reported['latency_ms']:.1f} ms)"]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def probe_count(latency: dict) -> str:
    """Probes summarised, and those left out because an xrun fell within them."""
    near = latency.get("near_xruns", 0)
    return f"{latency.get('probes', 0)}" + (f" (+{near} near xruns)" if near else "")


def _noisy(phase: dict) -> str:
    """"†" when other processes were busy during the phase."""
    others = phase.get("cpu", {}).get("others_estimate_pct_of_a_core", 0.0)
    return "†" if others > NOISY_OTHERS_PCT else ""


def blame_text(blamed: dict) -> str:
    """jackd's account of a phase's xruns, in words."""
    clients = ", ".join(f"{role} {n}" for role, n in sorted(blamed["late_clients"].items())) or "no client"
    return f"jackd blamed: {clients}; its own timer woke late {blamed['late_driver_cycles']} times"


def acceptance_lines(report: dict) -> list[str]:
    lines = []
    for check in report["acceptance"]:
        verdict = {True: "PASS", False: "FAIL", None: "NOT MEASURED"}[check["pass"]]
        value = "—" if check["value"] is None else f"{check['value']:.3g}"
        seconds = f", {check['load_seconds']:g} s under load" if check.get("load_seconds") else ""
        jitter = check.get("jitter")
        extra = f"; jitter std {jitter['std']:.2f} ms, p99 − p1 {jitter['p99_minus_p1']:.2f} ms" if jitter else ""
        if check.get("probes") is not None:
            extra += f"; {check['probes']} probes, {check['near_xruns']} more left out for an xrun within them"
        if check.get("blamed") and check["value"]:
            extra += "; " + blame_text(check["blamed"])
        others = check.get("others_pct_of_a_core")
        if others is not None and others > NOISY_OTHERS_PCT:
            extra += f"; other processes used ~{others:.0f} % of a core meanwhile"
        floor = check.get("floor")
        if floor:
            extra += (f"; the machine's floor in this run: {floor['client']} (C) got "
                      f"{floor['jack_xrun_notifications']} JACK xrun notifications in {floor['seconds']:.0f} s under the same load")
        pairs = check.get("paired")
        if pairs:
            (a, median_a), (b, median_b) = pairs["median"].items()
            (_, total_a), (_, total_b) = pairs["total"].items()
            extra += (f"; {check['pairs']} pairs of {check['segment_seconds']:g} s segments: {b} higher in "
                      f"{pairs['more']} pairs, lower in {pairs['fewer']}, tied in {pairs['ties']}; median xruns "
                      f"{median_a:g} ({a}) and {median_b:g} ({b}), median difference {pairs['median_difference']:g}; "
                      f"totals {total_a} and {total_b}")
        stolen = check.get("stolen_pct_of_a_core")
        if stolen:
            extra += f"; the hypervisor took ~{stolen:.1f} % of a core (steal time)"
        lines.append(f"- {verdict} {check['check']} = {value} (target {check['target']}{seconds}){extra}")
    return lines


def floor_lines(report: dict) -> list[str]:
    """xruns side by side, counted alike for our servers and for JACK's C example client."""
    if not report.get("floor"):
        return []
    lines = [f"xruns counted alike for every client: JACK's xrun notifications to the capture client "
             f"(any late client, often two per stalled cycle), and jackd's log of who was late. "
             f"The floor is {FLOOR_CLIENT} (jackd2's example, C, no Python) in the same rig and under the "
             "same load: what this machine does to a client that does nothing.", "",
             "| client | block | seconds idle / load | JACK xruns idle / load | jackd blamed under load |",
             "|---|---:|---:|---:|---|"]
    rows = [(f"{f['client']} (floor)", f) for f in report["floor"]] + \
           [(c["variant"], c) for c in report["cases"] if "error" not in c]
    for label, row in sorted(rows, key=lambda r: r[1]["block"]):
        if "error" in row:
            lines.append(f"| {label} | {row['block']} | failed: {row['error'][:80]} | | |")
            continue
        idle, load = row["phases"]["idle"], row["phases"]["load"]
        blamed = load.get("jackd_blamed") or {}
        lines.append(f"| {label} | {row['block']} | {idle['seconds']:.0f} / {load['seconds']:.0f} "
                     f"| {idle['jack_xrun_notifications']} / {load['jack_xrun_notifications']} "
                     f"| {blame_text(blamed) if blamed else '—'} |")
    return lines + [""]


def pair_lines(report: dict) -> list[str]:
    """What an interpolation adds, from the interleaved pairs (none: nothing)."""
    pairs = report.get("interp_pairs")
    if not pairs:
        return []
    if "error" in pairs:
        return [f"What an interpolation adds, in interleaved pairs: failed: {pairs['error']}", ""]
    return ["What an interpolation adds, measured in interleaved pairs:", "", *paired.markdown_lines(report["interp_pairs"])]


def ratio_lines(report: dict) -> list[str]:
    lines = []
    for row in report["ratios"]:
        cb, lat = row["callback_p99.9_ratio"], row["latency_p50_ratio"]
        lines.append(f"- {row['baseline']} ÷ inline at block {row['block']}: callback p99.9 under load "
                     f"{'—' if cb is None else f'×{cb:.1f}'}, control-to-sound p50 {'—' if lat is None else f'×{lat:.1f}'}")
    return lines


def allocation_lines(report: dict) -> list[str]:
    lines = ["| variant | block | calls | net growth (bytes) | growth, second half | transient peak (bytes) "
             "| callback errors | where it grew |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for a in report["allocations"]:
        if "error" in a:
            lines.append(f"| {a['variant']} | {a['block']} | failed: {a['error'][:80]} | | | | | |")
            continue
        sites = "; ".join(f"{site['bytes']} B at {' → '.join(site['stack'][-2:])}" for site in a["growth_sites"])
        sites = sites if a["net_growth_bytes"] > SITES_SHOWN_ABOVE_BYTES else "—"
        lines.append(f"| {a['variant']} | {a['block']} | {a['calls']} | {a['net_growth_bytes']} "
                     f"| {a['second_half_growth_bytes']} | {a['peak_bytes']} | {a['callback_errors']} | {sites} |")
    return lines


def markdown(report: dict) -> str:
    """The compact table, the floor, the pairs, the acceptance lines, the baseline ratios and
    the allocation check (each section only when measured)."""
    m, s = report["machine"], report["settings"]
    machine = f"{m['cpu']}, {m['usable_cpus']} cores, {m['date'][:10]}"
    lines = [f"Live server on a JACK dummy server at {s['rate']} Hz (period = block), {machine}.", ""]
    if report["cases"]:
        lines += [
            f"Per configuration: {s['idle_s']:g} s idle, then {s['load_s']:g} s under {s['load_rate']} OSC "
            f"messages/s{curves_text(s)} ({s['acceptance_load_s']:g} s for block {ACCEPTANCE_BLOCK}, inline, ahead and inline+interp). "
            "Callback: p50 / p99 / p99.9 / max in ms. Latency: OSC sent → first changed sample's arrival at the JACK "
            "capture client (monotonic clock), under load, over the probes with no xrun within them. "
            "Dropped: refused by the control ring / sent but never applied. Reported: the server's "
            "own latency figure in model-rate samples (one hop, + ahead hops, + the resampler's half filter).",
            "",
            "| variant | block | budget ms | callback idle | callback load | p99.9 load ÷ budget | xruns idle / load "
            "| late blocks idle / load | dropped controls | latency p50 / p99 ms | jitter std / p99−p1 ms | probes "
            "| reported latency |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            *[table_row(case) for case in report["cases"]],
            "",
            f"† other processes used more than {NOISY_OTHERS_PCT:g} % of a core during that phase (a shared machine; "
            "the JSON has each phase's CPU use and jackd's account of which client was late).",
            "",
        ]
    lines += [*floor_lines(report), *pair_lines(report), "Acceptance:", "", *acceptance_lines(report), ""]
    if report["cases"]:
        lines += ["Baselines measured in the same run:", "", *(ratio_lines(report) or ["- (no baseline in this run)"]), ""]
    if report["allocations"]:
        lines += ["Callback allocations in steady state (tracemalloc; the Python heap and numpy, not ONNX Runtime's "
                  f"or torch's allocators), {s['alloc_warmup']} warm-up calls then {s['alloc_calls']} measured:", "",
                  *allocation_lines(report), ""]
    return "\n".join(lines)


def write_report(report: dict, settings: Settings) -> None:
    out = settings.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    table = markdown(report)
    out.with_suffix(".md").write_text(table)
    written = [out, out.with_suffix(".md")]
    if settings.plot and report["cases"]:
        from rtvae.bench.plots import plot_callback_distributions

        written.append(plot_callback_distributions(report, out.with_suffix(".png")))
    print(table)
    progress("wrote " + ", ".join(str(p) for p in written))
