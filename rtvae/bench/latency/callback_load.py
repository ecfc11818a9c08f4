"""The callback under control load, beside the machine's floor in the same run (``--callback-load``).

What issue 12 measures, before and after the audio callback stops needing the interpreter.
Per block size (64, 128 and 256 frames unless ``--blocks``), one server run:

- **JACK server A** (private, dummy driver, period = block): the inline server under test
  and this benchmark's capture of its first output, as in the main table's rig.
- **JACK server B**, started first and running beside A for the whole run, with the same
  block and scheduling: JACK's own C example client (``jack_simple_client``) alone on it,
  the floor. Nothing is connected to it but the dummy driver's playback ports.
- **Phases**, in order, each between ``/rtvae/status`` snapshots: ``idle`` (``--idle-s``,
  nothing sent), ``latent`` (``--load-s`` of ``--load-rate`` small latent messages a
  second) and ``curves`` (the latent load plus ``--curve-rate`` ``/rtvae/interp/curve``
  packets of ``--curve-floats`` floats a second; ``--acceptance-load-s`` at block 128).

For each phase: the server's xruns (PortAudio's output-underflow flags, raised for any late
client of graph A), the cycles jackd A blamed on the server (its log names the client still
running at a cycle's deadline) and those jackd B blamed on the floor client **in the same
seconds**, their ratio, issue 12's allowance (at most 1.5 times the floor's, at least 3),
and the callback durations (the server's own telemetry, split into phases by JACK frame
times as the main table does). No control-to-sound probes run: this process only sleeps
while a phase lasts, so nothing here competes with the capture's callback for the GIL.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rtvae.bench.capture import JackCapture
from rtvae.bench.latency.cpu import wait_until_quiet
from rtvae.bench.latency.jacklog import JackLog
from rtvae.bench.latency.phases import Phase, phase_durations, summarise_phase
from rtvae.bench.latency.processes import STOP_TIMEOUT_S, LoadSender, snapshot
from rtvae.bench.latency.report import progress
from rtvae.bench.latency.rig import Rig, capturing, jack_server, server_run, stop_server
from rtvae.bench.latency.settings import (CALLBACK_PHASES, CALLBACK_VARIANT, FLOOR_CLIENT, GAP_S, RATE,
                                          SETTLE_CONTROLS_S, SETTLE_S, Settings)
from rtvae.drivers.jack import PrivateJackServer, require_tool
from rtvae.engine.telemetry import DURATION_SLOTS

# Issue 12's acceptance: the server late in no more than this many times the floor's cycles, at least ALLOWED_AT_LEAST.
ALLOWED_RATIO, ALLOWED_AT_LEAST = 1.5, 3
FLOOR_READY_TIMEOUT_S = 10.0
# The /rtvae/status counters a phase reports beside the main table's (phases.COUNTERS).
OSC_COUNTERS = ("osc_received", "kernel_dropped", "errors")


def late_figures(server_blamed: dict, floor_blamed: dict) -> dict:
    """Cycles jackd blamed on the server and on the floor client, their ratio and issue 12's verdict.

    ``server_blamed`` and ``floor_blamed`` are :meth:`JackLog.blame` results of the same
    seconds on jackd A (roles ``server``, ``capture``) and jackd B (role ``floor``). The
    ratio is None when the floor was never late (the allowance then is the minimum).
    """
    server = int(server_blamed.get("late_clients", {}).get("server", 0))
    floor = int(floor_blamed.get("late_clients", {}).get("floor", 0))
    allowed = max(ALLOWED_RATIO * floor, ALLOWED_AT_LEAST)
    return {"server_late": server, "floor_late": floor, "ratio": server / floor if floor else None,
            "allowed": allowed, "within_allowance": server <= allowed,
            "capture_late": int(server_blamed.get("late_clients", {}).get("capture", 0)),
            "server_jackd_timer_late": int(server_blamed.get("late_driver_cycles", 0)),
            "floor_jackd_timer_late": int(floor_blamed.get("late_driver_cycles", 0))}


@dataclass
class FloorBeside:
    """JACK server B and the C floor client on it, with jackd B's log read for blame."""

    jack: PrivateJackServer
    client: subprocess.Popen
    name: str
    log: JackLog

    def check_alive(self) -> None:
        if self.client.poll() is not None:
            raise RuntimeError(f"{FLOOR_CLIENT} exited with status {self.client.returncode} during the run")
        if not self.jack.running:
            raise RuntimeError(f"the floor's JACK server exited with status {self.jack.process.returncode}")


@contextlib.contextmanager
def floor_beside(settings: Settings, block: int, folder: Path, name: str):
    """A second private JACK server at ``block`` with ``jack_simple_client`` on it, active, for the ``with``."""
    with jack_server(settings, block, folder / "floor-jackd.log") as jack:
        client = subprocess.Popen([require_tool(FLOOR_CLIENT), name], env={**os.environ, **jack.env()},
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            wait_for_ports(jack, f"{name}:", client)
            yield FloorBeside(jack, client, name, JackLog(jack.log_path, {name: "floor"}))
        finally:
            if client.poll() is None:
                client.terminate()
            client.wait(STOP_TIMEOUT_S)


def wait_for_ports(jack: PrivateJackServer, prefix: str, process: subprocess.Popen) -> None:
    """Until a port named ``prefix...`` is on ``jack`` (the client has opened), or an error."""
    deadline = time.monotonic() + FLOOR_READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{FLOOR_CLIENT} exited with status {process.returncode}")
        if any(port.startswith(prefix) for port in jack.ports()):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{FLOOR_CLIENT} made no port on the floor's JACK server within {FLOOR_READY_TIMEOUT_S:g} s")


def run_phase(rig: Rig, floor: FloorBeside, sender: LoadSender, name: str, load: str | None,
              seconds: float) -> tuple[Phase, dict | None]:
    """One phase: ``load`` sent for ``seconds`` (None: nothing), both jackds' blame over the same span."""
    before, marks, floor_mark = snapshot(rig.client), rig.marks(), floor.log.offset()
    sent = None
    if load is None:
        time.sleep(seconds)
    else:
        sender.go(load, seconds)
        sent = sender.result()
    end, extra = rig.since(marks)
    extra["floor_blamed"] = floor.log.blame(floor_mark, floor.log.offset())
    time.sleep(SETTLE_CONTROLS_S)  # the last messages reach the engine before the counters are read
    extra["osc_sent"] = sent["sent"] if sent else 0
    extra["osc_outside_ring"] = sent.get("outside_ring", 0) if sent else 0
    return Phase(name, marks[0], end, before, snapshot(rig.client), extra), sent


def measure(rig: Rig, floor: FloorBeside, settings: Settings, block: int, latent: int, index: int) -> dict:
    """Settle, then every phase of :data:`CALLBACK_PHASES`, SIGINT; the raw material for :func:`finish`."""
    seconds = settings.callback_phase_seconds(block)
    capacity = SETTLE_S + sum(seconds.values()) + 2 * len(seconds) * (GAP_S + SETTLE_CONTROLS_S + 2.0) + 10.0
    sender = LoadSender(rig.server.port, settings.load_rate, seconds["latent"], latent, settings.seed + index,
                        load="curves", curve_rate=settings.curve_rate, curve_floats=settings.curve_floats)
    rig.watch(rig.server.process, sender.process, floor.jack.process, floor.client)
    phases, sent = [], {}
    try:
        with capturing(rig, JackCapture, capacity) as capture, feeding_input(rig, settings, capacity):
            for name, load in CALLBACK_PHASES:
                phase, counts = run_phase(rig, floor, sender, name, load, seconds[name])
                phases.append(phase)
                sent[name] = counts
                progress(f"  {name}: server xruns {phase.after['xruns'] - phase.before['xruns']}, jackd blamed "
                         f"server {phase.extra['jackd_blamed'].get('late_clients', {}).get('server', 0)}, floor "
                         f"{phase.extra['floor_blamed'].get('late_clients', {}).get('floor', 0)}")
                time.sleep(GAP_S)
            floor.check_alive()
            if capture.overflowed:
                raise RuntimeError("the capture's buffer filled up: the phases' frame times would be wrong")
            end_frame, skipped = stop_server(rig)
    finally:
        sender.kill()
    return {"phases": phases, "sent": sent, "end_frame": end_frame, "skipped": skipped, "capture": capture,
            "seconds": seconds}


@contextlib.contextmanager
def feeding_input(rig: Rig, settings: Settings, seconds: float):
    """With ``settings.live_input``: a held-out sound, looped, played into the server's input throughout."""
    if not settings.live_input:
        yield None
        return
    from rtvae.bench.jack_player import JackPlayer
    from rtvae.data.synth import corpus_specs, render_sound

    sound = render_sound(next(s for s in corpus_specs() if s.name == "bass_C2_mid"), sample_rate=RATE)
    with JackPlayer(server=rig.jack.name) as player:
        player.client.connect(player.port_name, f"{rig.jack_name}:in_0")
        player.play(np.tile(sound.astype(np.float32), int(seconds * RATE / len(sound)) + 1))
        yield player


def finish(block: int, result: dict, stats: dict, jack_log: dict, floor_log: dict, startup_s: float,
           callback: str) -> dict:
    """One block's figures, as they go into the JSON."""
    budget_ms = 1e3 * block / RATE
    durations = np.asarray(stats.pop("callback_durations_ms"), np.float64)
    capture, skipped = result["capture"], result["skipped"]
    phases = {}
    for phase in result["phases"]:
        picked = phase_durations(durations, result["end_frame"], phase, block, skipped)
        summary = summarise_phase(phase, picked, budget_ms, capture, skipped)
        summary.update({name: int(phase.after[name]) - int(phase.before[name]) for name in OSC_COUNTERS})
        summary["controls_unaccounted"] = (summary["osc_sent"] - summary["osc_outside_ring"]
                                           - summary["controls_applied"] - summary["controls_dropped"])
        summary["late"] = late_figures(summary["jackd_blamed"], summary["floor_blamed"])
        summary["callbacks_expected"] = int(summary["seconds"] * RATE / block)
        summary["load_sender"] = result["sent"][phase.name]
        phases[phase.name] = summary
    return {"variant": CALLBACK_VARIANT, "callback": callback, "block": block, "budget_ms": budget_ms,
            "startup_s": startup_s,
            "phase_seconds": result["seconds"], "phases": phases,
            "jack": {"capture_xrun_notifications": capture.xruns, "skipped_cycles": len(skipped),
                     "server_jackd_blamed_whole_run": jack_log, "floor_jackd_blamed_whole_run": floor_log},
            "server_totals": stats}


def run_block(settings: Settings, latent: int, block: int, index: int, callback: str) -> dict:
    """Floor's JACK server and client first, then the server run beside it; its figures."""
    pid = os.getpid()
    with tempfile.TemporaryDirectory(prefix="rtvae-bench-") as folder, \
            floor_beside(settings, block, Path(folder), f"rtvae-cbfloor-{pid}-{index}") as floor:
        time.sleep(SETTLE_S)  # the floor client active before the server's JACK server starts
        run = server_run(CALLBACK_VARIANT, block, settings, f"rtvae-cb-{pid}-{index}",
                         lambda rig: measure(rig, floor, settings, block, latent, 3000 + index), callback)
        floor_log = floor.log.blame()
    return {**finish(block, run.result, run.stats, run.jack_log, floor_log, run.startup_s, callback),
            "live_input": settings.live_input}


def run_block_logged(settings: Settings, latent: int, block: int, index: int, tag: str, callback: str) -> dict:
    """:func:`run_block` after waiting for a quiet machine; a failure is recorded, not raised."""
    quiet = wait_until_quiet(settings.max_wait_quiet_s) if settings.max_wait_quiet_s > 0 else None
    if quiet and not quiet["quiet"]:
        progress(f"{tag} the machine is busy ({quiet['busy_pct_of_a_core']:.0f} % of a core): measuring anyway")
    seconds = settings.callback_phase_seconds(block)
    progress(f"{tag} {CALLBACK_VARIANT}, {callback} callback @ {block} beside {FLOOR_CLIENT}: "
             + ", ".join(f"{name} {s:g} s" for name, s in seconds.items()) + " ...")
    held_s = DURATION_SLOTS * block / RATE
    if sum(seconds.values()) + len(seconds) * (GAP_S + SETTLE_CONTROLS_S + 1.0) > held_s:
        progress(f"{tag} the server keeps the last {held_s:.0f} s of callback times at block {block}: the first "
                 "phase's will be partly lost (compare its callbacks with callbacks_expected in the JSON)")
    try:
        return {**run_block(settings, latent, block, index, callback), "machine_before": quiet}
    except Exception as exc:
        progress(f"{tag} block {block}: FAILED: {exc}")
        return {"variant": CALLBACK_VARIANT, "callback": callback, "block": block, "budget_ms": 1e3 * block / RATE,
                "error": str(exc), "machine_before": quiet}


def measure_callback_load(settings: Settings, latent: int) -> list[dict]:
    """Every block of a ``--callback-load`` run, in order, each callback in turn (side by side in time)."""
    runs = [(block, callback) for block in settings.blocks for callback in settings.callbacks]
    return [run_block_logged(settings, latent, block, i, f"[{i + 1}/{len(runs)}]", callback)
            for i, (block, callback) in enumerate(runs)]
