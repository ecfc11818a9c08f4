"""Control-to-sound probes: mute, wait for exact silence, unmute, time the first sound.

The method and what the figure includes are in :mod:`rtvae.bench.latency`'s docstring.
"""

from __future__ import annotations

import time

import numpy as np

from rtvae.bench.capture import JackCapture
from rtvae.bench.latency.settings import RATE, SILENT_RUN
from rtvae.osc.client import OscClient, message

PROBE_TIMEOUT_S = 1.0
PHASE_SPREAD_S = 0.005  # random wait before an unmute, so sends land anywhere in a cycle
PLAY_S = (0.02, 0.06)  # sound between an unmute's detection and the next mute
POLL_S = 0.0005


class ProbeCapture(JackCapture):
    """A JackCapture whose latest samples can be read cheaply while it records."""

    def channel_view(self, start: int, stop: int) -> np.ndarray:
        """Captured samples ``[start, stop)`` of channel 0 (a view: copy to keep)."""
        return self._data[0, start:min(stop, self.captured)]


def wait_silent(capture: ProbeCapture, deadline: float) -> int | None:
    """Index just past a run of ``SILENT_RUN`` exact zeros at the capture's end; None at ``deadline``."""
    while time.monotonic() < deadline:
        n = capture.captured
        if n >= SILENT_RUN and not capture.channel_view(n - SILENT_RUN, n).any():
            return n
        time.sleep(POLL_S)
    return None


def wait_sound(capture: ProbeCapture, start: int, deadline: float) -> int | None:
    """Index of the first non-zero sample at or after ``start``; None at ``deadline``."""
    scanned = start
    while time.monotonic() < deadline:
        n = capture.captured
        hits = np.flatnonzero(capture.channel_view(scanned, n))
        if len(hits):
            return scanned + int(hits[0])
        scanned = max(scanned, n)
        time.sleep(POLL_S)
    return None


def mute(on: int) -> bytes:
    return message("/rtvae/mute", on)


def probe_once(capture: ProbeCapture, client: OscClient, rng: np.random.Generator,
               end: float) -> tuple[str, tuple[int, int]]:
    """One mute → silence → unmute → sound probe, or why not: ("ok", (JACK frame sent, frame
    heard, monotonic ns sent, ns heard)).

    Everything captured from the confirmed silence on is zero until the unmute is heard,
    so the first non-zero sample after it is the unmute's, even if JACK stamps its cycle
    a little before the send (the server's callback may run late in that cycle). Each wait
    gives up after PROBE_TIMEOUT_S (a failure) or at ``end`` (monotonic s; "unfinished").
    """
    client.send(mute(1))
    silent_end = wait_silent(capture, min(time.monotonic() + PROBE_TIMEOUT_S, end))
    if silent_end is None:
        return ("unfinished" if time.monotonic() >= end else "never_silent"), (0, 0)
    time.sleep(rng.uniform(0.0, PHASE_SPREAD_S))
    unmute = mute(0)  # built first: the send must follow the noted times immediately
    sent, sent_ns = capture.now_frame(), time.monotonic_ns()
    client.send(unmute)
    hit = wait_sound(capture, silent_end, min(time.monotonic() + PROBE_TIMEOUT_S, end))
    if hit is None:
        return ("unfinished" if time.monotonic() >= end else "no_sound"), (sent, 0, sent_ns, 0)
    return "ok", (sent, int(capture.frame_of(hit)), sent_ns, capture.wall_ns_of(hit))


def probe_until(capture: ProbeCapture, client: OscClient, end: float, seed: int) -> dict:
    """Probe until ``end`` (monotonic s): the probes' times (see :func:`probe_once`), failures by kind."""
    rng = np.random.default_rng(seed)
    heard, failures = [], {"never_silent": 0, "no_sound": 0, "unfinished": 0}
    while time.monotonic() < end:
        outcome, frames = probe_once(capture, client, rng, end)
        if outcome == "ok":
            heard.append(frames)
        else:
            failures[outcome] += 1
        time.sleep(min(rng.uniform(*PLAY_S), max(end - time.monotonic(), 0.0)))
    return {"heard": heard, "failures": failures}


def near_xruns(heard: list[tuple], troubles: list[int], block: int) -> np.ndarray:
    """Per probe: True if an xrun or a skipped cycle fell within it (± two blocks and 5 ms)."""
    margin = 2 * block + RATE // 200
    troubles = np.sort(np.asarray(troubles, np.int64))
    flags = []
    for sent, hit, *_ in heard:
        first = np.searchsorted(troubles, sent - margin)
        flags.append(first < len(troubles) and troubles[first] <= hit + margin)
    return np.asarray(flags, bool)


def latency_summary(heard: list[tuple], troubles: list[int], block: int) -> dict:
    """Control-to-sound latency in ms over the probes clear of xruns: percentiles, jitter
    (std and p99 − p1), every probe; and how many were left out, with all probes' p99.

    Timed on the monotonic clock: send, and the changed sample's arrival at the capture
    client. JACK's frame clock is kept beside it: when jackd's cycles run late, its "now"
    runs ahead of the frames the late cycles carry, and probes read short, even negative.
    """
    all_ms = np.asarray([(hit_ns - sent_ns) / 1e6 for _, _, sent_ns, hit_ns in heard], np.float64)
    if len(all_ms) == 0:
        return {"probes": 0, "near_xruns": 0}
    by_frames = np.asarray([hit - sent for sent, hit, *_ in heard], np.float64) * 1e3 / RATE
    clear = ~near_xruns(heard, troubles, block)
    ms = all_ms[clear]
    summary = {"probes": int(len(ms)), "near_xruns": int(len(all_ms) - len(ms)),
               "all_probes_ms": {"min": float(all_ms.min()), "p99": float(np.percentile(all_ms, 99)),
                                 "max": float(all_ms.max())},
               "jack_clock_ms": {"p50": float(np.median(by_frames[clear])) if clear.any() else None,
                                 "negative": int(np.count_nonzero(by_frames < 0))}}
    if len(ms) == 0:
        return summary
    p1, p50, p99 = np.percentile(ms, [1, 50, 99])
    return {
        **summary,
        "ms": {"min": float(ms.min()), "p1": float(p1), "p50": float(p50), "mean": float(ms.mean()),
               "p99": float(p99), "max": float(ms.max())},
        "jitter_ms": {"std": float(ms.std()), "p99_minus_p1": float(p99 - p1)},
        "samples_ms": [round(float(v), 4) for v in ms],
    }
