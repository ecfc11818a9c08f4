"""The rig one server run is measured with: a private JACK dummy server, the server under
test on it, a capture of its output, the CPU meter and jackd's log."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from rtvae.bench.capture import JackCapture
from rtvae.bench.latency.cpu import CpuMeter
from rtvae.bench.latency.jacklog import JackLog
from rtvae.bench.latency.phases import skipped_frames
from rtvae.bench.latency.processes import ServerProcess, server_command, start_interpolation
from rtvae.osc.client import free_udp_port
from rtvae.bench.latency.settings import CAPTURE_CHANNELS, INTERP, RATE, SETTLE_S, Settings
from rtvae.drivers.jack import PrivateJackServer
from rtvae.osc.client import OscClient


class RealtimeJackServer(PrivateJackServer):
    """The private dummy JACK server with real-time scheduling (``--jack-realtime``).

    jackd then runs its cycle and every client's process thread (the server's PortAudio
    callback, the capture) as SCHED_FIFO, as a studio machine would; it needs the right to
    (root, or ``rtprio`` in limits.conf). The default is the test harness's non-real-time server.
    """

    def command(self) -> list[str]:
        return ["--realtime" if part == "--no-realtime" else part for part in super().command()]


def jack_server(settings: Settings, block: int, log_path: Path) -> PrivateJackServer:
    kind = RealtimeJackServer if settings.jack_realtime else PrivateJackServer
    return kind(RATE, period=block, log_path=log_path)


@dataclass
class Rig:
    """What one server run is measured with; ``capture``, ``cpu`` and ``log`` are set once connected.

    The floor's rig has no server and no client (``None``).
    """

    server: ServerProcess | None
    client: OscClient | None
    jack: PrivateJackServer
    jack_name: str
    capture: JackCapture | None = None
    cpu: CpuMeter | None = None
    log: JackLog | None = None

    def watch(self, *processes: subprocess.Popen) -> None:
        """Meter this process, jackd and ``processes`` as ours, everything else as the others'."""
        self.cpu = CpuMeter([os.getpid(), *(p.pid for p in processes), self.jack.process.pid])

    def marks(self) -> tuple:
        """What a phase notes at each edge: JACK frame time, CPU times, jackd log offset."""
        return self.capture.now_frame(), self.cpu.read(), self.log.offset()

    def since(self, marks: tuple) -> tuple[int, dict]:
        """The phase's end frame and its extras (CPU use, jackd's blame) since ``marks``."""
        end = self.capture.now_frame()
        return end, {"cpu": self.cpu.share(marks[1]), "jackd_blamed": self.log.blame(marks[2], self.log.offset())}


@contextlib.contextmanager
def serving(variant: str, block: int, settings: Settings, jack_name: str, folder: Path, callback: str = "compiled"):
    """A private JACK server and the server under test on it, ready (with its interpolation
    playing for INTERP); yields the rig and the seconds the server took to answer. The
    server writes ``folder/stats.json`` when interrupted; it is killed on the way out."""
    with jack_server(settings, block, folder / "jackd.log") as jack:
        port = free_udp_port()
        command = server_command(variant, block, port, folder / "stats.json", jack_name, callback,
                                 live_input=settings.live_input)
        server = ServerProcess(command, {**os.environ, **jack.env()}, folder, port)
        client = OscClient(port)
        try:
            startup_s = server.wait_ready(client)
            client.register()  # progress reports (the pairs' play check) stream to registered clients only
            if variant == INTERP:
                start_interpolation(client)
            yield Rig(server, client, jack, jack_name), startup_s
        finally:
            server.kill()
            client.close()


@dataclass
class ServerRun:
    """What :func:`server_run` returns: the measurement, the server's stats file, its
    startup time and jackd's blame over the whole run."""

    result: Any
    stats: dict
    startup_s: float
    jack_log: dict


def server_run(variant: str, block: int, settings: Settings, jack_name: str,
               measure: Callable[[Rig], Any], callback: str = "compiled") -> ServerRun:
    """Serve ``variant`` in a scratch folder, ``measure(rig)`` (which ends with :func:`stop_server`),
    then read what the server and jackd left there."""
    with tempfile.TemporaryDirectory(prefix="rtvae-bench-") as folder:
        folder = Path(folder)
        with serving(variant, block, settings, jack_name, folder, callback) as (rig, startup_s):
            result = measure(rig)
        stats = json.loads((folder / "stats.json").read_text())
        jack_log = rig.log.blame() if rig.log else {}  # the whole run, jackd stopped
    return ServerRun(result, stats, startup_s, jack_log)


@contextlib.contextmanager
def capturing(rig: Rig, kind: type[JackCapture], capacity_s: float):
    """A capture of the server's first output on the rig's JACK server, with jackd's log
    read for blame, started and settled; sets ``rig.capture`` and ``rig.log``."""
    with kind(channels=CAPTURE_CHANNELS, capacity_s=capacity_s, server=rig.jack.name) as capture:
        rig.capture = capture
        rig.log = JackLog(rig.jack.log_path, {rig.jack_name: "server", capture.name: "capture"})
        capture.connect_from([f"{rig.jack_name}:out_0"])
        capture.start()
        time.sleep(SETTLE_S)
        yield capture


def stop_server(rig: Rig) -> tuple[int, list[tuple[int, int]]]:
    """SIGINT the server (it writes its stats), stop capturing; the JACK frame time just
    before, which its callback times are counted back from, and the cycles JACK skipped."""
    end_frame = rig.capture.now_frame()
    rig.server.interrupt()
    rig.capture.stop()
    return end_frame, skipped_frames(rig.capture)
