"""``rtvae bench``: the latency benchmark on a private JACK dummy server (see :mod:`rtvae.bench.latency`)."""

from __future__ import annotations

import argparse

DEFAULT_OUT = "benchmarks/results/latency.json"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "bench", help="measure callback times, xruns and control-to-sound latency on a JACK dummy server",
        description="For each variant and block size: start a private JACK dummy server at 48 kHz, serve on it, "
        "measure idle and under 1000 OSC messages/s, probe the control-to-sound latency; check that the "
        "callback allocates nothing; then alternate inline and inline+interp segments under load "
        "to tell what an interpolation adds. Writes JSON, a Markdown table and a PNG. Needs jackd (jackd2) and the "
        "JACK-Client package.",
    )
    add_arguments(parser)
    parser.set_defaults(run=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The benchmark's flags (shared with ``benchmarks/latency.py``)."""
    parser.add_argument("--blocks", default=None, help="block sizes in frames, comma-separated (default 64,128,256,512)")
    parser.add_argument("--variants", default=None,
                        help="comma-separated among inline, ahead, inline+interp (inline with an interpolation "
                        "playing), torch-inline, nn~-2048 (default: all)")
    parser.add_argument("--idle-s", type=float, default=None, help="seconds of the idle phase (default 10)")
    parser.add_argument("--load-s", type=float, default=None, help="seconds of the load phase (default 20)")
    parser.add_argument("--acceptance-load-s", type=float, default=None,
                        help="load phase of the acceptance configurations: block 128, inline, ahead and "
                        "inline+interp (default 60)")
    parser.add_argument("--load-rate", type=int, default=1000, help="OSC messages per second under load (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the load messages and the probes' timing")
    parser.add_argument("--quick", action="store_true",
                        help="a bounded run for tests: block 128 and 3 s phases unless told otherwise")
    parser.add_argument("--jack-realtime", action="store_true",
                        help="run the JACK dummy server with real-time scheduling (needs the right to; default: "
                        "non-real-time, like the test harness)")
    parser.add_argument("--max-wait-quiet-s", type=float, default=None,
                        help="before each configuration, wait up to this long for the machine to go quiet "
                        "(default 60; 0 with --quick)")
    parser.add_argument("--no-floor", action="store_true",
                        help="skip the floor: JACK's C example client measured in the same rig and load")
    parser.add_argument("--pairs", type=int, default=None,
                        help="then, at block 128, alternate this many pairs of inline and inline+interp segments "
                        "under load (8 pairs per server run), to tell what an interpolation adds from the "
                        "machine's noise (default 24; 0 with --quick)")
    parser.add_argument("--pair-s", type=float, default=None,
                        help="seconds of each paired segment (default 8; --load-s with --quick)")
    parser.add_argument("--only-pairs", action="store_true",
                        help="run only the interleaved pairs (no main table, floor or allocation check)")
    parser.add_argument("--no-plot", action="store_true", help="skip the PNG")
    parser.add_argument("--out", default=DEFAULT_OUT, help=f"JSON results; latency.md and latency.png go beside it "
                        f"(default {DEFAULT_OUT})")


def run(args: argparse.Namespace) -> int:
    from rtvae.bench.latency import run_benchmark, settings_from
    from rtvae.errors import ConfigError

    try:
        settings = settings_from(args)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    report = run_benchmark(settings)
    failed = [case for case in report["cases"] if "error" in case]
    return 1 if failed else 0
