"""Measuring what a piece of code allocates per call, with tracemalloc (which sees every thread)."""

from __future__ import annotations

import tracemalloc
from typing import Callable


def steady_state(run: Callable[[int], None], settle_calls: int = 100, calls: int = 1000,
                 rounds: int = 2) -> tuple[int, int]:
    """Bytes still held after ``calls // rounds`` more calls than at the settled point, and the peak above it.

    ``run(n)`` makes n calls. A buffer allocated per call shows up in the peak; anything kept
    per call shows up in the growth. The ``calls`` are measured in ``rounds`` in a row, and
    the smallest figures are returned: what the code does per call shows in every round, a
    one-off allocation somewhere else in the process (tracemalloc sees every thread) in one.
    """
    growth, peaks = [], []
    tracemalloc.start()
    try:
        run(settle_calls)
        for _ in range(rounds):
            settled, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            run(calls // rounds)
            after, peak = tracemalloc.get_traced_memory()
            growth.append(after - settled)
            peaks.append(peak - settled)
    finally:
        tracemalloc.stop()
    return min(growth), min(peaks)
