"""Telemetry: counters and timings written by the audio thread, read by any other.

The audio thread only stores into preallocated numpy arrays; readers copy and summarise
(percentiles are computed on the reader's side, never in the callback). A reader may see
a value one block old, which is all a status display needs.
"""

from __future__ import annotations

import numpy as np

from rtvae.engine.ring import published_count, record_value

# counters (int64)
BLOCKS, XRUNS, PRIMING, CALLBACK_ERRORS, INPUT_XRUNS = range(5)
N_TELEMETRY = 5
# clock (float64): where the stream is, for mapping OSC timetags to engine frames
DAC_TIME, BLOCK_FRAME, CALLBACK_TIME = range(3)
DURATION_SLOTS = 1 << 16


class TimingRing:
    """The latest ``slots`` times in seconds: the audio thread stores, readers copy.

    The count is published with release after its value (:func:`record_value`), so a reader
    on another core never counts a value that is not stored yet, GIL or not.
    """

    def __init__(self, slots: int = DURATION_SLOTS):
        self.values = np.zeros(slots, np.float64)
        self.count = np.zeros(1, np.int64)
        # Compiled (or loaded from the cache) here, before any stream opens, not in the callback.
        record_value(self.values, self.count, 0.0)
        published_count(self.count)
        self.count[0] = 0

    def record(self, seconds: float) -> None:
        """Audio thread: one store, then the count's release."""
        record_value(self.values, self.count, seconds)

    def recent(self) -> np.ndarray:
        """The stored times, oldest first (a copy)."""
        count = int(published_count(self.count))
        n = min(count, len(self.values))
        return self.values[np.arange(count - n, count) % len(self.values)]

    def percentiles_ms(self) -> dict:
        seconds = self.recent()
        if len(seconds) == 0:
            return {"p50": 0.0, "p99": 0.0, "p99.9": 0.0, "max": 0.0}
        p50, p99, p999 = np.percentile(seconds, [50, 99, 99.9]) * 1e3
        return {"p50": p50, "p99": p99, "p99.9": p999, "max": float(seconds.max()) * 1e3}


class Telemetry:
    """What the callback reports: counts, its durations and start delays (s), the stream clock."""

    def __init__(self, block: int, device_rate: int):
        self.counters = np.zeros(N_TELEMETRY, np.int64)
        self.durations = TimingRing()
        # How long after the host called back our code started (scheduling, the GIL): what the
        # callback's own duration cannot show.
        self.delays = TimingRing()
        self.clock = np.zeros(3, np.float64)
        self.block, self.device_rate = block, device_rate

    def record_duration(self, seconds: float) -> None:
        self.durations.record(seconds)

    def record_delay(self, seconds: float) -> None:
        self.delays.record(seconds)

    def recent_durations(self) -> np.ndarray:
        """The latest callback durations in seconds, oldest first (a copy)."""
        return self.durations.recent()

    @property
    def budget_s(self) -> float:
        return self.block / self.device_rate

    def summary(self) -> dict:
        """Percentiles of callback duration (ms and share of the block budget) and the counts."""
        callback = self.durations.percentiles_ms()
        return {
            "blocks": int(self.counters[BLOCKS]), "xruns": int(self.counters[XRUNS]),
            "callback_errors": int(self.counters[CALLBACK_ERRORS]), "priming_blocks": int(self.counters[PRIMING]),
            "input_xruns": int(self.counters[INPUT_XRUNS]),
            "callback_ms": callback,
            "budget_ms": self.budget_s * 1e3,
            "start_delay_ms": self.delays.percentiles_ms(),
            "load_p99": callback["p99"] / 1e3 / self.budget_s if self.budget_s else 0.0,
        }
