"""What a ``--callback-load`` run tells: its JSON, and a Markdown table (before and after side by side
when a run labelled otherwise finds ``callback_before.json`` beside it)."""

from __future__ import annotations

import json
from pathlib import Path

from rtvae.bench.latency.callback_load import ALLOWED_AT_LEAST, ALLOWED_RATIO
from rtvae.bench.latency.report import _noisy, progress
from rtvae.bench.latency.settings import ACCEPTANCE_BLOCK, FLOOR_CLIENT, NOISY_OTHERS_PCT, Settings

BEFORE = "before"
PHASE_WORDS = {"idle": "idle", "latent": "{rate} msg/s", "curves": "{rate} msg/s + {curves} curves/s"}
ACCEPTANCE_P999_PCT = 15.0  # issue 12: callback p99.9 ≤ 15 % of the budget at block 128


def live_input_words(settings: dict) -> str:
    """How the server ran its input, for the rig's sentence."""
    if not settings.get("live_input"):
        return ""
    return (", with live input: rtvae serve --input system, no gate, a procedural bass looped into its input "
            "port by a JACK client all through the run, so every hop also encodes")


def _num(value, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _ratio(late: dict) -> str:
    if late["ratio"] is None:
        return "— (floor 0)" if late["server_late"] else "—"
    return f"×{late['ratio']:.1f}"


def _cpu(cpu: dict) -> str:
    """Other processes' CPU use (the estimate that sees short-lived ones) and the hypervisor's steal."""
    if not cpu:
        return "—"
    return f"{cpu['others_estimate_pct_of_a_core']:.0f} / {cpu['stolen_pct_of_a_core']:.0f}"


def phase_label(name: str, settings: dict) -> str:
    return PHASE_WORDS.get(name, name).format(rate=settings["load_rate"], curves=settings["curve_rate"])


def rows(report: dict) -> list[tuple[dict, str, dict]]:
    """(block's result, phase name, phase) for every measured phase, in order; failed blocks as (block, '', {})."""
    out = []
    for block in report["blocks"]:
        if "error" in block:
            out.append((block, "", {}))
            continue
        out += [(block, name, phase) for name, phase in block["phases"].items()]
    return out


def table_lines(report: dict) -> list[str]:
    s = report["settings"]
    lines = ["| block | callback | budget ms | phase | seconds | server xruns | late cycles: server (jackd A) | late cycles: "
             f"floor {FLOOR_CLIENT} (jackd B) | server ÷ floor | within allowance | callback p50 / p99 / p99.9 / max ms "
             "| p99.9 ÷ budget | also late: capture / jackd A timer / jackd B timer | OSC sent / kernel-dropped "
             "| others' CPU / steal, % of a core |",
             "|---:|---|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|"]
    for block, name, phase in rows(report):
        if not phase:
            lines.append(f"| {block['block']} | {callback_of(block)} | {block['budget_ms']:.2f} | failed: "
                         f"{block['error'][:100]} |" + " |" * 10)
            continue
        late, cb = phase["late"], phase["callbacks"]
        ms = cb.get("ms", {})
        quad = " / ".join(_num(ms.get(k)) for k in ("p50", "p99", "p99.9", "max")) if ms else "—"
        share = cb.get("p99.9_budget_pct")
        verdict = f"{'yes' if late['within_allowance'] else 'NO'} (≤ {late['allowed']:g})"
        cells = [block["block"], callback_of(block), f"{block['budget_ms']:.2f}", phase_label(name, s), f"{phase['seconds']:.0f}",
                 f"{phase['xruns']}{_noisy(phase)}", late["server_late"], late["floor_late"], _ratio(late), verdict,
                 quad, "—" if share is None else f"{share:.0f} %",
                 f"{late['capture_late']} / {late['server_jackd_timer_late']} / {late['floor_jackd_timer_late']}",
                 f"{phase['osc_sent']} / {phase['kernel_dropped']}", _cpu(phase.get("cpu", {}))]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return lines


def callback_of(block: dict) -> str:
    return block.get("callback", "python")  # runs from before the compiled callback existed were all Python


def comparison_lines(report: dict, before: dict, was_label: str = BEFORE, now_label: str | None = None,
                     was_callback: str | None = None, now_callback: str | None = None) -> list[str]:
    """Before and after in one table: late cycles (server, floor), their ratio, callback p99.9.

    ``before`` may be ``report`` itself, its ``was_callback`` blocks against its ``now_callback`` ones.
    """
    old = {(b["block"], name): phase for b, name, phase in rows(before)
           if phase and (was_callback is None or callback_of(b) == was_callback)}
    label = now_label or report["label"]
    lines = [f"| block | phase | server late {was_label} / {label} | floor late {was_label} / {label} "
             f"| server ÷ floor {was_label} / {label} | server xruns {was_label} / {label} "
             f"| callback p99.9 ms {was_label} / {label} | p99.9 ÷ budget {was_label} / {label} |",
             "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for block, name, phase in rows(report):
        if now_callback is not None and callback_of(block) != now_callback:
            continue
        was = old.get((block["block"], name))
        if not phase or not was:
            continue

        def pair(pick, fmt=str) -> str:
            values = []
            for p in (was, phase):
                try:
                    values.append(fmt(pick(p)))
                except (KeyError, TypeError):
                    values.append("—")
            return " / ".join(values)

        lines.append(f"| {block['block']} | {phase_label(name, report['settings'])} "
                     f"| {pair(lambda p: p['late']['server_late'])} | {pair(lambda p: p['late']['floor_late'])} "
                     f"| {pair(lambda p: p['late'], _ratio)} | {pair(lambda p: p['xruns'])} "
                     f"| {pair(lambda p: p['callbacks']['ms']['p99.9'], _num)} "
                     f"| {pair(lambda p: p['callbacks']['p99.9_budget_pct'], lambda v: f'{v:.0f} %')} |")
    return lines


def acceptance_lines(report: dict) -> list[str]:
    """Issue 12's figures at block 128 under the curves load (the 'before' run is expected to fail them)."""
    block = next((b for b in report["blocks"] if b["block"] == ACCEPTANCE_BLOCK and "error" not in b
                  and callback_of(b) == "compiled"), None)
    if block is None or "curves" not in block["phases"]:
        return []
    phase = block["phases"]["curves"]
    late, share = phase["late"], phase["callbacks"].get("p99.9_budget_pct")
    return [f"- {'PASS' if late['within_allowance'] else 'FAIL'} block {ACCEPTANCE_BLOCK}, curves load, "
            f"{phase['seconds']:.0f} s: jackd blamed the server for {late['server_late']} late cycles, the floor client "
            f"for {late['floor_late']} (allowed: ≤ max({ALLOWED_RATIO:g} × floor, {ALLOWED_AT_LEAST}) = {late['allowed']:g})",
            f"- {'—' if share is None else 'PASS' if share <= ACCEPTANCE_P999_PCT else 'FAIL'} block {ACCEPTANCE_BLOCK}, "
            f"curves load: callback p99.9 = {_num(share, 1)} % of the budget (target ≤ {ACCEPTANCE_P999_PCT:g} %)"]


def markdown(report: dict, before: dict | None = None) -> str:
    m, s = report["machine"], report["settings"]
    machine = (f"{m['cpu']}, {m['usable_cpus']} usable of {m['cpu_count']} cores, {m['platform']}, Python {m['python']}, "
               f"{m.get('jackd') or 'jackd ?'}, rtvae {m['rtvae']}, {m['date'][:16]} UTC")
    realtime = "real-time (SCHED_FIFO)" if s["jack_realtime"] else "non-real-time (like the test harness)"
    lines = [f"# Callback under control load: {report['label']}", "",
             f"Machine: {machine}. Load average at start: "
             f"{', '.join(f'{v:.2f}' for v in m.get('load_average_at_start') or [])}.", "",
             f"Rig: the {report['variant']} server ({', '.join(s.get('callbacks') or ['python'])} callback, each "
             f"block in turn{live_input_words(s)}) on a private JACK dummy server A at {s['rate']} Hz (period = block) "
             f"with the benchmark's capture client; {FLOOR_CLIENT} (C, no Python) alone on a second JACK dummy server "
             f"B at the same period, running beside it for the whole run; both {realtime}. Phases in one server run: "
             f"idle; {s['load_rate']} small latent messages/s (/rtvae/z/set with 1–4 pairs, one /rtvae/z in "
             f"{s['full_latent_every']}); that plus {s['curve_rate']} /rtvae/interp/curve packets of {s['curve_floats']} "
             f"floats/s, interleaved evenly. Late cycles are jackd's own log lines (\"client = X was not finished\") "
             "over the same seconds on A (server) and B (floor). Server xruns: PortAudio's output-underflow flags in "
             "the server (raised for any late client of graph A). Callback durations: the server's telemetry "
             f"(timed inside the callback: Python's perf_counter, or clock_gettime in the compiled one), split into "
             "phases by JACK frame times. Allowance (issue 12): the server "
             f"late in at most max({ALLOWED_RATIO:g} × floor, {ALLOWED_AT_LEAST}) cycles.", "",
             *table_lines(report), "",
             f"† other processes used more than {NOISY_OTHERS_PCT:g} % of a core during that phase (a shared machine: "
             "the floor beside the server in the same seconds is what the server is compared with). Steal: time the "
             "hypervisor ran something else on this machine's cores.", ""]
    acceptance = acceptance_lines(report)
    if acceptance:
        lines += ["Issue 12's acceptance figures in this run:", "", *acceptance, ""]
    kinds = {callback_of(b) for b in report["blocks"]}
    if {"python", "compiled"} <= kinds:
        lines += ["The Python callback (before) and the compiled one (after), in this run, each beside its floor:", "",
                  *comparison_lines(report, report, "python", "compiled", "python", "compiled"), ""]
    elif before is not None:
        lines += [f"Before and after ({BEFORE}: {before['machine']['date'][:16]} UTC, {before['machine']['cpu']}):",
                  "", *comparison_lines(report, before), ""]
    return "\n".join(lines)


def write_callback_report(report: dict, settings: Settings) -> list[Path]:
    """The JSON and the Markdown (``.md`` beside it); with the before run's figures when there are some."""
    out = settings.callback_out()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    before_path = out.with_name(f"callback_{BEFORE}.json")
    before = None
    if report["label"] != BEFORE and before_path.exists():
        before = json.loads(before_path.read_text())
    table = markdown(report, before)
    out.with_suffix(".md").write_text(table)
    print(table)
    written = [out, out.with_suffix(".md")]
    progress("wrote " + ", ".join(str(p) for p in written))
    return written
