"""The control load: a pool of realistic OSC messages, sent at a steady rate by a process of its own.

:func:`sender_main` is what the load sender subprocess runs
(:class:`~rtvae.bench.latency.processes.LoadSender` starts it). It imports numpy and the
OSC client only, so it is ready in well under a second.

Three named loads (:data:`LOADS`):

- ``latent``: ``rate`` small latent messages a second (``/rtvae/z/set`` with 1–4 pairs,
  one ``/rtvae/z`` with the whole latent in 50): a performer's knobs.
- ``interp``: what a performer sends while an interpolation plays (stretch, amount, now and
  then a 64-point curve).
- ``curves``: the latent load plus ``curve_rate`` ``/rtvae/interp/curve`` packets a second
  of ``curve_floats`` floats each, interleaved evenly (:func:`curve_schedule`): what a Max
  ``[multislider]`` or a Pd array dump streaming from a patch looks like. The sender then
  sends ``rate + curve_rate`` datagrams a second.
"""

from __future__ import annotations

import json
import math
import socket
import struct
import sys
import time

import numpy as np

from rtvae.bench.latency.settings import CURVE_ADDRESS, FULL_LATENT_EVERY, LOADS
from rtvae.osc.client import LOOPBACK, message

INTERP_CURVE_EVERY = 50  # in the interpolation's load: one new 64-point curve per this many messages (20 a second)
OUTSIDE_RING = CURVE_ADDRESS.encode()  # messages applied without a control record
SEND_POLL_S = 0.0005
POOL_SIZE = 500  # messages in a pool (the sender cycles through it)
DISTINCT_CURVES = 16  # the curve load cycles through this many different curves
UDP_MAX_PAYLOAD = 65507  # the largest datagram IPv4 carries (65535 − IP and UDP headers)


def _padded(text: bytes) -> bytes:
    """An OSC string: NUL-terminated, padded with NULs to a multiple of 4 bytes."""
    return text + b"\0" * (4 - len(text) % 4)


def curve_message(values) -> bytes:
    """One ``/rtvae/interp/curve`` datagram of float32 values, encoded directly.

    Byte for byte what :func:`rtvae.osc.client.message` builds, ~100 times faster for
    thousands of floats (python-osc adds them one at a time).
    """
    values = np.asarray(values, ">f4").ravel()
    return _padded(OUTSIDE_RING) + _padded(b"," + b"f" * len(values)) + values.tobytes()


def curve_datagram_bytes(floats: int) -> int:
    """The size of a ``/rtvae/interp/curve`` datagram of ``floats`` floats."""
    return len(_padded(OUTSIDE_RING)) + len(_padded(b"," + b"f" * floats)) + 4 * floats


def curve_schedule(rate: int, curve_rate: int, count: int) -> list[bool]:
    """Which of ``count`` consecutive datagrams of the curve load are curves (True).

    Of every ``rate + curve_rate`` datagrams, ``curve_rate`` are curves, spread evenly
    (Bresenham: datagram k is a curve when ``k · curve_rate / total`` crosses an integer).
    """
    total = rate + curve_rate
    return [(k + 1) * curve_rate // total > k * curve_rate // total for k in range(count)]


def curve_pool_size(rate: int, curve_rate: int, at_least: int = POOL_SIZE) -> int:
    """A pool length the schedule repeats within exactly (whole periods), at least ``at_least``."""
    total = rate + curve_rate
    period = total // math.gcd(rate, curve_rate) if curve_rate else 1
    return period * -(-at_least // period)


def draw_curve(rng: np.random.Generator, floats: int) -> np.ndarray:
    """A curve as a patch would stream it: a smooth random walk in [0, 1] (the amount's range)."""
    walk = np.cumsum(rng.normal(0.0, 0.02, floats))
    return np.clip(0.5 + walk - walk.mean(), 0.0, 1.0).astype(np.float32)


def latent_datagrams(latent_size: int, rng: np.random.Generator, count: int) -> list[bytes]:
    """Mostly a few latent dimensions (``/rtvae/z/set``), one whole latent (``/rtvae/z``) in 50."""
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


def load_datagrams(latent_size: int, seed: int, count: int = POOL_SIZE, interp: bool = False,
                   load: str | None = None, rate: int = 1000, curve_rate: int = 100,
                   curve_floats: int = 4000) -> list[bytes]:
    """A pool of realistic control messages for the named load (see the module's docstring).

    ``interp`` is the older spelling of ``load="interp"``. For ``curves`` the pool holds
    whole periods of :func:`curve_schedule` (``count`` is rounded up to them), with the
    latent load's messages between the curves.
    """
    load = load or ("interp" if interp else "latent")
    if load not in LOADS:
        raise ValueError(f"unknown load {load!r}; choose among {', '.join(LOADS)}")
    rng = np.random.default_rng(seed)
    if load == "interp":
        return [message(CURVE_ADDRESS, *map(float, rng.uniform(0, 1, 64))) if k % INTERP_CURVE_EVERY == 0
                else message("/rtvae/interp/stretch", float(rng.uniform(0.5, 2.0))) if k % 2
                else message("/rtvae/interp/amount", float(rng.uniform(0.0, 1.0))) for k in range(count)]
    if load == "latent" or curve_rate == 0:
        return latent_datagrams(latent_size, rng, count)
    schedule = curve_schedule(rate, curve_rate, curve_pool_size(rate, curve_rate, count))
    curves = [curve_message(draw_curve(rng, curve_floats)) for _ in range(DISTINCT_CURVES)]
    small = iter(latent_datagrams(latent_size, rng, len(schedule) - sum(schedule)))
    pool, drawn = [], 0
    for is_curve in schedule:
        if is_curve:
            pool.append(curves[drawn % len(curves)])
            drawn += 1
        else:
            pool.append(next(small))
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


def load_name(word: str) -> str:
    """A load named on the sender's command line or a ``go`` line: a name, or 0/1 (latent/interp)."""
    return {"0": "latent", "1": "interp"}.get(word, word)


def sender_main(argv: list[str] | None = None) -> None:
    """Entry point of the sender process:
    ``PORT RATE SECONDS LATENT_SIZE SEED LOAD [CURVE_RATE CURVE_FLOATS]``.

    LOAD is a name of :data:`LOADS` (or 0 for latent, 1 for interp). Prints READY; then for
    each line on stdin (``go``, ``go LOAD`` or ``go LOAD SECONDS``; ``-`` for LOAD: the
    start's) sends that load (default: LOAD) for SECONDS (default: the command line's) and prints its counts as
    JSON, until stdin closes. Pools are built at start for LOAD (and the latent and interp
    loads), others on first use.
    """
    args = list(argv or sys.argv[1:])
    port, rate, seconds, latent_size, seed, start_load = args[:6]
    curve_rate, curve_floats = (int(args[6]), int(args[7])) if len(args) >= 8 else (100, 4000)
    start_load = load_name(start_load)
    pools: dict[str, list[bytes]] = {}

    def pool(name: str) -> list[bytes]:
        if name not in pools:
            pools[name] = load_datagrams(int(latent_size), int(seed), load=name, rate=int(rate),
                                         curve_rate=curve_rate, curve_floats=curve_floats)
        return pools[name]

    for name in dict.fromkeys(("latent", "interp", start_load)):
        pool(name)
    print("READY", flush=True)
    for line in sys.stdin:
        words = line.split()
        name = load_name(words[1]) if len(words) > 1 and words[1] != "-" else start_load
        length = float(words[2]) if len(words) > 2 else float(seconds)
        datagrams = pool(name)
        pace = int(rate) + (curve_rate if name == "curves" else 0)
        result = send_paced(int(port), datagrams, float(pace), length)
        # A new curve is handed to the engine directly, not as a control record.
        result["outside_ring"] = sum(datagrams[k % len(datagrams)].startswith(OUTSIDE_RING)
                                     for k in range(result["attempted"]))
        result["load"] = name
        print(json.dumps(result), flush=True)
