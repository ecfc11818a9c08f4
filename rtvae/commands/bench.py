"""``rtvae bench``: the latency benchmark on a private JACK dummy server (see :mod:`rtvae.bench.latency`).

Its flags come from the benchmark's one table (:data:`rtvae.bench.latency.settings.FLAGS`).
"""

from __future__ import annotations

import argparse

from rtvae.bench.latency.settings import add_flags


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "bench", help="measure callback times, xruns and control-to-sound latency on a JACK dummy server",
        description="For each variant and block size: start a private JACK dummy server at 48 kHz, serve on it, "
        "measure idle and under 1000 OSC messages/s, probe the control-to-sound latency; check that the "
        "callback allocates nothing; then alternate inline and inline+interp segments under load "
        "to tell what an interpolation adds. Writes JSON, a Markdown table and a PNG; exits 1 if any part "
        "failed to run. Needs jackd (jackd2) and the JACK-Client package.",
    )
    add_flags(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.bench.latency.run import run_from_args

    return run_from_args(args)
