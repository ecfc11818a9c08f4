"""Latency benchmark: callback times, xruns and control-to-sound latency on a JACK dummy server.

A thin script around :mod:`rtvae.bench.latency` (also ``rtvae bench``), which says what is
measured and how. Results go to ``benchmarks/results/latency.json``, with ``latency.md``
(table and acceptance lines) and ``latency.png`` (callback-time distributions) beside it.
It exits 1 if any part that ran failed (a configuration, a floor, a pair run, an
allocation check).

Run it with::

    python benchmarks/latency.py                      # every variant at blocks 64/128/256/512, then
                                                      # 24 pairs of inline / inline+interp segments (~30 min)
    python benchmarks/latency.py --only-pairs --out benchmarks/results/interp_pairs.json
    python benchmarks/latency.py --blocks 128 --variants inline,ahead
    python benchmarks/latency.py --quick              # block 128, 3 s phases: checks the script
    python benchmarks/latency.py --load curves --variants inline --blocks 128   # + 100 curves of 4000 floats/s
    # The callback under load beside the C floor on a second JACK server (issue 12), 64/128/256 frames:
    # idle / 1000 msg/s / 1000 msg/s + 100 curve packets of 4000 floats/s; writes callback_before.{json,md}
    python benchmarks/latency.py --callback-load --idle-s 15 --load-s 15 --acceptance-load-s 30
    python benchmarks/latency.py --callback-load --label after ...   # the same, shown beside callback_before
"""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "latency.json"


def main(argv=None) -> int:
    from rtvae.bench.latency.run import main as run

    return run(argv, out=DEFAULT_OUT)


if __name__ == "__main__":
    sys.exit(main())
