"""Telemetry: counters and timings written by the audio thread, read by any other.

The audio thread only stores into preallocated numpy arrays; readers copy and summarise
(percentiles are computed on the reader's side, never in the callback). A reader may see
a value one block old, which is all a status display needs.
"""

from __future__ import annotations

import numpy as np

# counters (int64)
BLOCKS, XRUNS, PRIMING, CALLBACK_ERRORS, N_DURATIONS, N_DELAYS = range(6)
# clock (float64): where the stream is, for mapping OSC timetags to engine frames
DAC_TIME, BLOCK_FRAME, CALLBACK_TIME = range(3)
DURATION_SLOTS = 1 << 16


class Telemetry:
    """What the callback reports: counts, callback durations (s), and the stream clock."""

    def __init__(self, block: int, device_rate: int):
        self.counters = np.zeros(8, np.int64)
        self.durations = np.zeros(DURATION_SLOTS, np.float64)
        # How long after the host called back our code started (scheduling, the GIL): what the
        # callback's own duration cannot show.
        self.delays = np.zeros(DURATION_SLOTS, np.float64)
        self.clock = np.zeros(3, np.float64)
        self.block, self.device_rate = block, device_rate

    def record_duration(self, seconds: float) -> None:
        """Called by the callback: one store and one increment."""
        count = self.counters[N_DURATIONS]
        self.durations[count % DURATION_SLOTS] = seconds
        self.counters[N_DURATIONS] = count + 1

    def record_delay(self, seconds: float) -> None:
        """Called by the callback: how late it started after the host's call."""
        count = self.counters[N_DELAYS]
        self.delays[count % DURATION_SLOTS] = seconds
        self.counters[N_DELAYS] = count + 1

    def recent_delays(self) -> np.ndarray:
        count = int(self.counters[N_DELAYS])
        n = min(count, DURATION_SLOTS)
        return self.delays[np.arange(count - n, count) % DURATION_SLOTS].copy()

    def recent_durations(self, max_count: int = DURATION_SLOTS) -> np.ndarray:
        """The latest callback durations in seconds, oldest first (a copy)."""
        count = int(self.counters[N_DURATIONS])
        n = min(count, max_count, DURATION_SLOTS)
        idx = (np.arange(count - n, count)) % DURATION_SLOTS
        return self.durations[idx].copy()

    @property
    def budget_s(self) -> float:
        return self.block / self.device_rate

    def summary(self) -> dict:
        """Percentiles of callback duration (ms and share of the block budget) and the counts."""
        durations = self.recent_durations()
        p = np.percentile(durations, [50, 99, 99.9]) if len(durations) else np.zeros(3)
        worst = float(durations.max()) if len(durations) else 0.0
        return {
            "blocks": int(self.counters[BLOCKS]), "xruns": int(self.counters[XRUNS]),
            "callback_errors": int(self.counters[CALLBACK_ERRORS]), "priming_blocks": int(self.counters[PRIMING]),
            "callback_ms": {"p50": p[0] * 1e3, "p99": p[1] * 1e3, "p99.9": p[2] * 1e3, "max": worst * 1e3},
            "budget_ms": self.budget_s * 1e3,
            "start_delay_ms": _percentiles_ms(self.recent_delays()),
            "load_p99": float(p[1] / self.budget_s) if self.budget_s else 0.0,
        }


def _percentiles_ms(seconds: np.ndarray) -> dict:
    if len(seconds) == 0:
        return {}
    p50, p99, p999 = np.percentile(seconds, [50, 99, 99.9]) * 1e3
    return {"p50": p50, "p99": p99, "p99.9": p999, "max": float(seconds.max()) * 1e3}
