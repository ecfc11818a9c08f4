"""The control load: a pool of realistic OSC messages, sent at a steady rate by a process of its own.

:func:`sender_main` is what the load sender subprocess runs
(:class:`~rtvae.bench.latency.processes.LoadSender` starts it). It imports numpy and the
OSC client only, so it is ready in well under a second.
"""

from __future__ import annotations

import json
import socket
import sys
import time

import numpy as np

from rtvae.bench.latency.settings import FULL_LATENT_EVERY
from rtvae.osc.client import LOOPBACK, message

INTERP_CURVE_EVERY = 50  # in the interpolation's load: one new 64-point curve per this many messages (20 a second)
OUTSIDE_RING = b"/rtvae/interp/curve"  # messages applied without a control record
SEND_POLL_S = 0.0005


def load_datagrams(latent_size: int, seed: int, count: int = 500, interp: bool = False) -> list[bytes]:
    """A pool of realistic control messages: mostly a few latent dimensions, some whole latents.

    With ``interp``, what a performer sends while an interpolation plays (a latent message
    would end it): the stretch and amount moved, and now and then a newly drawn curve.
    """
    rng = np.random.default_rng(seed)
    if interp:
        return [message("/rtvae/interp/curve", *map(float, rng.uniform(0, 1, 64))) if k % INTERP_CURVE_EVERY == 0
                else message("/rtvae/interp/stretch", float(rng.uniform(0.5, 2.0))) if k % 2
                else message("/rtvae/interp/amount", float(rng.uniform(0.0, 1.0))) for k in range(count)]
    pool = []
    for k in range(count):
        if k % FULL_LATENT_EVERY == 0:
            values = np.clip(rng.normal(0.0, 1.0, latent_size), -3, 3)
            pool.append(message("/rtvae/z", *map(float, values)))
            continue
        pairs = []
        for index in rng.choice(latent_size, size=int(rng.integers(1, 5)), replace=False):
            pairs += [int(index), float(np.clip(rng.normal(0.0, 1.0), -3, 3))]
        pool.append(message("/rtvae/z/set", *pairs))
    return pool


def send_paced(port: int, datagrams: list[bytes], rate: float, seconds: float) -> dict:
    """Send ``rate`` messages per second for ``seconds``, message k due at ``t0 + k / rate``.

    Returns the counts and how late the sends ran behind their due times (ms).
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    total, sent, errors, worst_lag, lag_sum = int(round(rate * seconds)), 0, 0, 0.0, 0.0
    start = time.monotonic()
    while sent < total:
        now = time.monotonic()
        due = min(total, int((now - start) * rate) + 1)
        while sent < due:
            lag = now - (start + sent / rate)
            worst_lag, lag_sum = max(worst_lag, lag), lag_sum + lag
            try:
                sock.sendto(datagrams[sent % len(datagrams)], (LOOPBACK, port))
            except OSError:
                errors += 1
            sent += 1
        time.sleep(SEND_POLL_S)
    elapsed = time.monotonic() - start
    sock.close()
    return {"attempted": sent, "send_errors": errors, "sent": sent - errors, "seconds": elapsed,
            "rate_per_s": (sent - errors) / elapsed if elapsed else 0.0,
            "lag_ms": {"mean": 1e3 * lag_sum / max(sent, 1), "max": 1e3 * worst_lag}}


def sender_main(argv: list[str] | None = None) -> None:
    """Entry point of the sender process: ``PORT RATE SECONDS LATENT_SIZE SEED INTERP``.

    Prints READY; then for each line on stdin (``go``, or ``go INTERP``: 0 for the latent
    load, 1 for the interpolation's) sends for SECONDS and prints its counts as JSON, until
    stdin closes.
    """
    port, rate, seconds, latent_size, seed, interp = (argv or sys.argv[1:])[:6]
    pools = {flag: load_datagrams(int(latent_size), int(seed), interp=flag == "1") for flag in "01"}
    print("READY", flush=True)
    for line in sys.stdin:
        words = line.split()
        datagrams = pools[words[1] if len(words) > 1 else interp]
        result = send_paced(int(port), datagrams, float(rate), float(seconds))
        # A new curve is handed to the engine directly, not as a control record.
        result["outside_ring"] = sum(datagrams[k % len(datagrams)].startswith(OUTSIDE_RING)
                                     for k in range(result["attempted"]))
        print(json.dumps(result), flush=True)
