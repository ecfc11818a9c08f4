"""Phases of a server run and the callback durations that fall in them.

A phase is a stretch between two JACK frame times with ``/rtvae/status`` snapshots at its
edges; its callbacks are found by counting JACK cycles back from the frame time read just
before the server's SIGINT (skipped cycles ran no callback).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from rtvae.bench.capture import JackCapture
from rtvae.bench.latency.settings import PHASE_TRIM_S, RATE

# Fixed log-spaced histogram bins for callback durations: 1 µs to 1 s, 20 per decade (ms).
HISTOGRAM_EDGES_MS = np.logspace(-3, 3, 121)
# The /rtvae/status counters a phase reports the change of.
COUNTERS = ("xruns", "late_blocks", "controls_applied", "controls_dropped")


@dataclass
class Phase:
    """One measured stretch of a run: JACK frame times and status snapshots at its edges."""

    name: str
    start_frame: int
    end_frame: int
    before: dict
    after: dict
    extra: dict = field(default_factory=dict)


def skipped_frames(capture: JackCapture) -> list[tuple[int, int]]:
    """(JACK frame time after the gap, frames missing) for every cycle JACK skipped."""
    return [(int(capture.frame_of(index)), int(missing)) for index, missing in capture.gaps()]


def cycles_between(start: int, end: int, block: int, skipped: list[tuple[int, int]]) -> float:
    """JACK cycles that ran between two frame times (skipped cycles ran no callback)."""
    lost = sum(missing for frame, missing in skipped if start < frame <= end)
    return (end - start - lost) / block


def phase_durations(durations_ms: np.ndarray, end_frame: int, phase: Phase, block: int,
                    skipped: list[tuple[int, int]]) -> np.ndarray:
    """The callback durations of ``phase``, counted back from the last one (read at ``end_frame``)."""
    n, trim = len(durations_ms), int(PHASE_TRIM_S * RATE)
    first = n - int(round(cycles_between(phase.start_frame + trim, end_frame, block, skipped)))
    last = n - int(round(cycles_between(phase.end_frame - trim, end_frame, block, skipped)))
    return durations_ms[max(first, 0):max(last, 0)]


def duration_summary(durations_ms: np.ndarray, budget_ms: float) -> dict:
    """Percentiles (ms), p99.9 as a share of the budget, and the fixed-bin histogram."""
    if len(durations_ms) == 0:
        return {"blocks": 0}
    p50, p99, p999 = np.percentile(durations_ms, [50, 99, 99.9])
    counts, _ = np.histogram(np.clip(durations_ms, HISTOGRAM_EDGES_MS[0], HISTOGRAM_EDGES_MS[-1]), HISTOGRAM_EDGES_MS)
    return {
        "blocks": int(len(durations_ms)),
        "ms": {"p50": float(p50), "p99": float(p99), "p99.9": float(p999), "max": float(durations_ms.max()),
               "mean": float(durations_ms.mean())},
        "p99.9_budget_pct": float(100.0 * p999 / budget_ms),
        "over_budget": int(np.count_nonzero(durations_ms > budget_ms)),
        "histogram_counts": counts.tolist(),
    }


def counter_deltas(before: dict, after: dict) -> dict:
    """What the server's counters did over a phase (``/rtvae/status`` fields, by name)."""
    return {name: int(after[name]) - int(before[name]) for name in COUNTERS}


def jack_xruns_in(capture: JackCapture, phase: Phase) -> int:
    """xrun notifications JACK sent the capture during the phase (any late client)."""
    return sum(1 for frame in capture.xrun_frames if phase.start_frame <= frame < phase.end_frame)


def summarise_phase(phase: Phase, durations_ms: np.ndarray, budget_ms: float, capture: JackCapture,
                    skipped: list[tuple[int, int]]) -> dict:
    lost = sum(m for f, m in skipped if phase.start_frame < f <= phase.end_frame)
    return {
        "seconds": (phase.end_frame - phase.start_frame) / RATE,
        "callbacks": duration_summary(durations_ms, budget_ms),
        **counter_deltas(phase.before, phase.after),
        "jack_xrun_notifications": jack_xruns_in(capture, phase),
        "jack_skipped_frames": int(lost),
        **phase.extra,
    }
