"""Robustness benchmark: a live ``rtvae serve`` on a private JACK dummy server against hostile
and heavy clients, measured the way tests/test_fuzz.py, test_flood.py and test_soak.py check
it, at the issue's full sizes.

Four parts, each on a fresh server (the embedded model, inline scheduling):

* **fuzz**: 100,000 seeded packets (mutated, truncated, random; bundles, nested too; issue 9's
  reproductions at the start, middle and end), sent in batches of 200, each batch followed by
  a ping whose pong is awaited, so the server sets the pace. After it: ping within 1 s, mute
  gives exact zeros, the captured output finite and under the ceiling (−0.3 dBFS), no capture
  gap over 50 ms the server caused (its own worst callback duration and start delay), RSS
  growth (after a 3,000-packet warm-up of another seed) under 32 MB.
* **flood**: 20,000 plain control messages a second for 10 s: sent = received + counted kernel
  drops, received = applied + answered drops, and the audio continues.
* **rates**: the highest sustained rate with no kernel drop over 10 s (2k, 5k, 10k, 20k, 40k/s,
  stopping after the first that drops).
* **soak**: 10 minutes at 64 frames under 1000 msg/s, control-to-sound probes once a second
  and RSS every 5 s; flat means the last third is no worse than the first.

All senders are Python processes on the same machine sending over loopback (the pacing of the
flood is ``rtvae.bench.latency.load.send_paced``: above some rate the sender itself lags, and
its achieved rate is reported with its lag); no C client was used, so the rates measure the
server under a Python sender on a machine it shares with it, JACK and the capture.

Results: ``benchmarks/results/robustness.json`` (every figure, the machine, the commands) and
``robustness.md`` (a short table and the acceptance lines) beside it. Exits 1 if any
acceptance line fails.

Run it with::

    python benchmarks/robustness.py                     # everything, about 15 minutes
    python benchmarks/robustness.py --soak-s 60         # a one-minute soak
    python benchmarks/robustness.py --only fuzz,flood   # some parts
    python benchmarks/robustness.py --quick             # small sizes: checks the script
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/ holds the live-server helpers and the hostile clients

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "robustness.json"
PARTS = ("fuzz", "flood", "rates", "soak")
RATES = (2000, 5000, 10000, 20000, 40000)


def parse(argv) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts ({', '.join(PARTS)})")
    p.add_argument("--fuzz-packets", type=int, default=100_000)
    p.add_argument("--fuzz-seed", type=int, default=9)
    p.add_argument("--flood-rate", type=float, default=20_000.0)
    p.add_argument("--flood-s", type=float, default=10.0)
    p.add_argument("--rates", default=",".join(map(str, RATES)), help="messages/s to try, in order")
    p.add_argument("--rate-s", type=float, default=10.0, help="seconds at each rate")
    p.add_argument("--soak-s", type=float, default=600.0)
    p.add_argument("--soak-rate", type=float, default=1000.0)
    p.add_argument("--quick", action="store_true", help="2,000 fuzz packets, 2 s floods, a 20 s soak")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results; the Markdown goes beside it")
    args = p.parse_args(argv)
    if args.quick:
        args.fuzz_packets, args.flood_s, args.rate_s, args.soak_s = 2000, 2.0, 2.0, 20.0
        args.rates = "2000,20000"
    return args


def jack_server(period: int):
    from rtvae.drivers.jack import PrivateJackServer

    return PrivateJackServer(48000, period)


def run_fuzz(args, tmp: Path) -> dict:
    from tests.hostile import fuzz_run

    with jack_server(128) as jack:
        return fuzz_run(jack, tmp / "fuzz", args.fuzz_packets, args.fuzz_seed, max_s=3600.0)


def run_flood(args, tmp: Path) -> dict:
    from tests.hostile import flood_run

    with jack_server(128) as jack:
        return flood_run(jack, tmp / "flood", args.flood_rate, args.flood_s)


def run_rates(args, tmp: Path) -> dict:
    """One server, each rate in turn until one loses datagrams in the kernel."""
    from tests.hostile import flood_run
    from tests.liveserver import kill_server, start_server, stop_server

    steps, sustained = [], 0.0
    with jack_server(128) as jack:
        server = start_server(jack, tmp / "rates")
        try:
            for rate in (float(r) for r in args.rates.split(",")):
                step = flood_run(jack, tmp / "rates", rate, args.rate_s, server=server)
                steps.append(step)
                print(f"  {rate:.0f}/s: sent {step['sender']['sent']} at {step['sender']['rate_per_s']:.0f}/s, "
                      f"kernel dropped {step['kernel_dropped']}, ring dropped {step['controls_dropped']}", flush=True)
                if step["kernel_dropped"] or step["controls_dropped"]:
                    break
                sustained = step["sender"]["rate_per_s"]
            stop_server(server)
        finally:
            kill_server(server)
    return {"steps": steps, "sustained_per_s": sustained, "seconds_each": args.rate_s}


def run_soak(args, tmp: Path) -> dict:
    from tests.hostile import soak_run

    with jack_server(64) as jack:
        return soak_run(jack, tmp / "soak", args.soak_s, args.soak_rate)


RUNNERS = {"fuzz": run_fuzz, "flood": run_flood, "rates": run_rates, "soak": run_soak}


def verdicts(results: dict) -> list[tuple[bool, str]]:
    """The issue's acceptance, one line each: (passed, text)."""
    from tests.hostile import CEILING, GAP_LIMIT_MS

    lines = []
    if "fuzz" in results:
        f = results["fuzz"]
        worst = max(f["server"]["callback_max_ms"], f["server"]["start_delay_max_ms"])
        lines += [
            (all(p is not None and p < 1.0 for p in f["ping_s"]),
             f"fuzz: ping answered within 1 s after {f['packets']} packets ({fmt_pings(f['ping_s'])})"),
            (f["mute_silences"], "fuzz: /rtvae/mute 1 gives exact zeros afterwards"),
            (f["output"]["finite"], f"fuzz: output finite throughout ({f['output']['nonfinite_samples']} non-finite samples)"),
            (f["output"]["peak"] <= CEILING * 1.0001, f"fuzz: peak {f['output']['peak']:.4f} ≤ ceiling {CEILING:.4f}"),
            (f["output"]["gaps_over_limit"] == 0 or worst < GAP_LIMIT_MS,
             f"fuzz: no gap over 50 ms caused by the server (capture's longest gap {f['output']['max_gap_ms']:.1f} ms; "
             f"server's worst callback {f['server']['callback_max_ms']:.1f} ms, start delay {f['server']['start_delay_max_ms']:.1f} ms)"),
            (f["rss_mb"]["growth"] < 32.0, f"fuzz: RSS growth {f['rss_mb']['growth']:.1f} MB < 32 MB "
             f"(after a warm-up that took {f['rss_mb']['warmup_growth']:.1f} MB)"),
            (f["stderr_tracebacks"] == 0, f"fuzz: no unplanned failure on the server ({f['stderr_tracebacks']} tracebacks)"),
        ]
    if "flood" in results:
        f = results["flood"]
        lines += [
            (f["sender"]["sent"] == f["received"] + f["kernel_dropped"],
             f"flood: sent {f['sender']['sent']} = received {f['received']} + kernel-dropped {f['kernel_dropped']}"),
            (f["received"] == f["applied"] + f["controls_dropped"],
             f"flood: received {f['received']} = applied {f['applied']} + answered drops {f['controls_dropped']}"),
            (f["sound_rms_min"] > 1e-3 and f["output"]["finite"],
             f"flood: audio continued (quietest 100 ms: RMS {f['sound_rms_min']:.4f})"),
        ]
    if "soak" in results:
        s = results["soak"]
        first, last = s["latency_ms"]["first_third"], s["latency_ms"]["last_third"]
        lines += [
            (not s["probe_failures"] and s["probes"] > 0, f"soak: {s['probes']} probes, failures {s['probe_failures'] or 'none'}"),
            (last["median"] <= first["median"] + 2.0 and last["p90"] <= first["p90"] + 4.0,
             f"soak: latency flat (median {first['median']:.2f} → {last['median']:.2f} ms, "
             f"p90 {first['p90']:.2f} → {last['p90']:.2f} ms, first → last third)"),
            (s["rss_mb"]["growth"] < 32.0, f"soak: RSS {s['rss_mb']['first']:.1f} → {s['rss_mb']['last']:.1f} MB"),
        ]
    return lines


def fmt_pings(pings) -> str:
    return ", ".join("none" if p is None else f"{1e3 * p:.1f} ms" for p in pings)


def markdown(report: dict) -> str:
    r, m = report["results"], report["machine"]
    lines = [f"Robustness of `rtvae serve` (embedded model, inline, JACK dummy 48 kHz) on {m['cpu']} "
             f"({m['usable_cpus']} usable CPUs), {m['date'][:10]}; Python senders over loopback, no C client.", "",
             "| measure | figure |", "|---|---|"]
    if "fuzz" in r:
        f = r["fuzz"]
        lines += [f"| fuzz packets (seed {f['seed']}) | {f['packets']:,} at {f['sender']['rate_per_s']:.0f}/s (self-clocked) |",
                  f"| fuzz: ping after / mute silences | {fmt_pings(f['ping_s'][:1])} / {'yes' if f['mute_silences'] else 'NO'} |",
                  f"| fuzz: output peak / finite | {f['output']['peak']:.4f} / {'yes' if f['output']['finite'] else 'NO'} |",
                  f"| fuzz: RSS growth | {f['rss_mb']['growth']:.1f} MB (warm-up {f['rss_mb']['warmup_growth']:.1f} MB) |"]
    if "flood" in r:
        f = r["flood"]
        lines += [f"| flood {f['rate_per_s']:.0f}/s × {f['seconds']:g} s | sent {f['sender']['sent']:,}, received "
                  f"{f['received']:,}, kernel-dropped {f['kernel_dropped']:,}, applied {f['applied']:,} |"]
    if "rates" in r:
        steps = ", ".join(f"{s['rate_per_s']:.0f}/s: {s['kernel_dropped']} dropped" for s in r["rates"]["steps"])
        lines += [f"| sustained rate, no kernel drop over {r['rates']['seconds_each']:g} s | "
                  f"{r['rates']['sustained_per_s']:.0f}/s ({steps}) |"]
    if "soak" in r:
        s = r["soak"]
        lines += [f"| soak {s['seconds']:g} s at {s['block']} frames, {s['rate_per_s']:.0f} msg/s | latency median "
                  f"{s['latency_ms']['all']['median']:.2f} ms, p90 {s['latency_ms']['all']['p90']:.2f} ms "
                  f"({s['probes']} probes); RSS {s['rss_mb']['first']:.0f} → {s['rss_mb']['last']:.0f} MB |"]
    lines += ["", *[f"- {'PASS' if ok else 'FAIL'} {text}" for ok, text in report["verdicts"]], "",
              "Commands: " + "; ".join(f"`{c}`" for c in report["commands"])]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    from rtvae.bench.machine import machine_info

    args = parse(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise SystemExit(f"unknown parts {sorted(unknown)}; choose from {', '.join(PARTS)}")
    report = {"machine": machine_info(), "results": {}, "seconds": {},
              "commands": ["python benchmarks/robustness.py" + (" " + " ".join(argv) if argv else ""),
                           "RTVAE_FUZZ_PACKETS=100000 RTVAE_FLOOD_S=10 RTVAE_SOAK_S=600 "
                           "python -m pytest tests/test_fuzz.py tests/test_flood.py tests/test_soak.py"]}
    with tempfile.TemporaryDirectory(prefix="rtvae-robustness-") as tmp:
        for part in parts:
            print(f"robustness: {part}...", flush=True)
            started = time.monotonic()
            (Path(tmp) / part).mkdir()
            report["results"][part] = RUNNERS[part](args, Path(tmp))
            report["seconds"][part] = round(time.monotonic() - started, 1)
    report["verdicts"] = verdicts(report["results"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, default=str))
    text = markdown(report)
    args.out.with_suffix(".md").write_text(text)
    print(text)
    return 0 if all(ok for ok, _ in report["verdicts"]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
