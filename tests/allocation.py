"""Measuring what a piece of code allocates per call, with tracemalloc (which sees every thread)."""

from __future__ import annotations

import tracemalloc
from typing import Callable


def steady_state(run: Callable[[int], None], settle_calls: int = 100, calls: int = 1000) -> tuple[int, int]:
    """Bytes still held after ``calls`` more calls than at the settled point, and the peak above it.

    ``run(n)`` makes n calls. A buffer allocated per call shows up in the peak; anything kept
    per call shows up in the growth.
    """
    tracemalloc.start()
    try:
        run(settle_calls)
        settled, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        run(calls)
        after, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return after - settled, peak - settled
