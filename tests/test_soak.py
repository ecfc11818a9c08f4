"""A soak: a live server at 64 frames under 1000 messages a second, with control-to-sound probes
(mute, exact silence, unmute, the first sound: rtvae.bench.latency.probes) and its RSS sampled
throughout. Latency and memory stay flat: the last third is no worse than the first.

CI soaks for 60 s; ``RTVAE_SOAK_S=600`` is the issue's 10 minutes (benchmarks/robustness.py
runs it, ``--soak-s`` to shorten).
"""

from __future__ import annotations

import os

import pytest

from rtvae.drivers.jack import PrivateJackServer
from tests.hostile import soak_run

SECONDS = float(os.environ.get("RTVAE_SOAK_S", "60"))
RATE = 1000.0
# How much worse the last third's median latency may be than the first's. A shared 2-core VM
# moves a p90 by tens of milliseconds from one minute to the next (measured: 56 → 85 ms in a
# CI run whose medians fell), so the test judges the median only, against a bound that a
# latency growing with time (a backlog, a leak) would pass; the benchmark's 10-minute soak
# reports both, side by side.
MEDIAN_DRIFT_MS = 5.0
RSS_GROWTH_MB = 8.0 + SECONDS / 60 * 2.0  # a leak of 2 MB a minute, plus noise, would fail


@pytest.fixture(scope="module")
def jack(tmp_path_factory):
    server = PrivateJackServer(48000, 64, log_path=tmp_path_factory.mktemp("jack") / "jackd.log")
    server.start()
    yield server
    server.stop()


@pytest.mark.slow
def test_a_soak_at_64_frames_under_1000_messages_a_second_keeps_latency_and_memory_flat(jack, tmp_path):
    figures = soak_run(jack, tmp_path, SECONDS, RATE)
    latency, rss = figures["latency_ms"], figures["rss_mb"]
    assert figures["sender"]["sent"] >= 0.95 * RATE * SECONDS, figures["sender"]
    assert figures["probes"] >= SECONDS / 3, figures  # about one a second, each a few hundred ms
    assert not figures["probe_failures"], figures["probe_failures"]
    first, last = latency["first_third"], latency["last_third"]
    assert last["median"] <= first["median"] + MEDIAN_DRIFT_MS, latency
    assert rss["growth"] < RSS_GROWTH_MB, rss
    assert figures["status"]["controls_dropped"] == 0 and figures["output"]["finite"], figures
