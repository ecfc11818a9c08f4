"""The machine's floor: JACK's own C example client in the same rig and under the same load.

Its xruns, counted as for our servers, are what this machine gives a client that does
nothing in C: what no work in our server can go below.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from rtvae.bench.capture import JackCapture
from rtvae.bench.latency.jacklog import JackLog
from rtvae.bench.latency.phases import Phase, jack_xruns_in
from rtvae.bench.latency.processes import STOP_TIMEOUT_S, LoadSender
from rtvae.bench.latency.report import progress
from rtvae.bench.latency.rig import Rig, jack_server
from rtvae.bench.latency.settings import CAPTURE_CHANNELS, FLOOR_CLIENT, GAP_S, RATE, SETTLE_S, Settings
from rtvae.drivers.jack import require_tool
from rtvae.errors import RtvaeError
from rtvae.osc.client import LOOPBACK

FLOOR_PORT_TIMEOUT_S = 10.0


def run_floor(block: int, idle_s: float, load_s: float, settings: Settings, latent: int, index: int) -> dict:
    """JACK's own example client instead of our server, everything else as in a configuration.

    Same private dummy JACK server, same capture client connected to it, same load sender
    sending (to a socket nobody reads: the load is on the machine, not on the client).
    Its xruns, counted as for our servers (JACK's notifications to the capture, and jackd's
    account of who was late), are what this machine gives a client that does nothing in C:
    what no work in our server can go below.
    """
    jack_name = f"rtvae-floor-{os.getpid()}-{index}"
    with tempfile.TemporaryDirectory(prefix="rtvae-bench-") as folder, \
            jack_server(settings, block, Path(folder) / "jackd.log") as jack, \
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sink:
        sink.bind((LOOPBACK, 0))
        sender = LoadSender(sink.getsockname()[1], settings.load_rate, load_s, latent, settings.seed + index,
                            load=settings.load, curve_rate=settings.curve_rate, curve_floats=settings.curve_floats)
        client = subprocess.Popen([require_tool(FLOOR_CLIENT), jack_name], env={**os.environ, **jack.env()},
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            with JackCapture(channels=CAPTURE_CHANNELS, capacity_s=1.0, server=jack.name) as capture:
                connect_floor(capture, f"{jack_name}:", client)
                rig = Rig(None, None, jack, jack_name, capture=capture,
                          log=JackLog(jack.log_path, {jack_name: "client", capture.name: "capture"}))
                rig.watch(client, sender.process)
                time.sleep(SETTLE_S)
                phases = floor_phases(rig, sender, idle_s, load_s)
        finally:
            sender.kill()
            client.terminate()
            client.wait(STOP_TIMEOUT_S)
    return {"client": FLOOR_CLIENT, "block": block, "budget_ms": 1e3 * block / RATE, "phases": phases}


def floor_phases(rig: Rig, sender: LoadSender, idle_s: float, load_s: float) -> dict:
    """Idle, then under the sender's load: each phase's length, JACK's xrun notifications, CPU use and blame."""
    phases = {}
    for name, seconds in (("idle", idle_s), ("load", load_s)):
        marks, start = rig.marks(), time.monotonic()
        if name == "load":
            sender.go()
            sender.result()
        time.sleep(max(0.0, seconds - (time.monotonic() - start)))
        end, extra = rig.since(marks)
        phase = Phase(name, marks[0], end, {}, {}, extra)
        phases[name] = {"seconds": (end - marks[0]) / RATE, "jack_xrun_notifications":
                        jack_xruns_in(rig.capture, phase), **extra}
        time.sleep(GAP_S)
    return phases


def connect_floor(capture: JackCapture, prefix: str, process: subprocess.Popen) -> None:
    """Connect the floor client's first output to the capture, once the client is active.

    Its port exists before the client activates, and JACK refuses connections to an
    inactive client's ports: so a refusal is retried until the timeout.
    """
    deadline = time.monotonic() + FLOOR_PORT_TIMEOUT_S
    while True:
        try:
            capture.connect_from(wait_for_port(capture, prefix, process))
            return
        except RtvaeError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise
            time.sleep(0.05)


def wait_for_port(capture: JackCapture, prefix: str, process: subprocess.Popen) -> list[str]:
    """The first output port whose name starts with ``prefix``, once the client has made it."""
    deadline = time.monotonic() + FLOOR_PORT_TIMEOUT_S
    while time.monotonic() < deadline:
        ports = [p.name for p in capture.client.get_ports(is_audio=True, is_output=True) if p.name.startswith(prefix)]
        if ports:
            return ports[:1]
        if process.poll() is not None:
            raise RtvaeError(f"{FLOOR_CLIENT} exited with status {process.returncode}")
        time.sleep(0.05)
    raise RtvaeError(f"{FLOOR_CLIENT} made no output port within {FLOOR_PORT_TIMEOUT_S:g} s")


def floors_for(settings: Settings, latent: int) -> list[dict]:
    """The floor at each block size, with the load phase as long as the acceptance one's there."""
    floors = []
    for i, block in enumerate(settings.blocks):
        load_s = max(settings.load_seconds(v, block) for v in settings.variants)
        progress(f"floor: {FLOOR_CLIENT} @ {block}: idle {settings.idle_s:g} s, load {load_s:g} s ...")
        try:
            floor = run_floor(block, settings.idle_s, load_s, settings, latent, 1000 + i)
        except Exception as exc:
            progress(f"floor @ {block}: FAILED: {exc}")
            floor = {"client": FLOOR_CLIENT, "block": block, "error": str(exc)}
        else:
            xruns = [floor["phases"][p]["jack_xrun_notifications"] for p in ("idle", "load")]
            progress(f"floor @ {block}: JACK xrun notifications {xruns[0]} idle / {xruns[1]} under load")
        floors.append(floor)
    return floors
