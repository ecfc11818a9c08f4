"""The processes a measurement starts: the server under test and the load sender.

Both run as subprocesses so that neither shares a GIL with the measuring process. This
module also holds the OSC conversations with the server under test: ready, status,
interpolation.
"""

from __future__ import annotations

import contextlib
import json
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from rtvae.bench.latency.settings import INTERP, INTERP_FUNCTION, INTERP_PAIR, SERVER_VARIANTS
from rtvae.osc.client import OscClient
from rtvae.osc.namespace import REPLY_BY_PATH

READY_TIMEOUT_S, STOP_TIMEOUT_S = 90.0, 30.0
STATUS_ADDRESS = "/rtvae/status"
SENDER_CODE = "from rtvae.bench.latency.load import sender_main; sender_main()"
# ``python -m MODULE`` with Ctrl-C's default restored: a process started in the background
# by a non-interactive shell inherits SIGINT ignored, and Python then never raises
# KeyboardInterrupt, so the server would never stop cleanly nor write its stats.
RUN_MODULE = ("import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
              "runpy.run_module(sys.argv.pop(1), run_name='__main__', alter_sys=True)")


def server_command(variant: str, block: int, port: int, stats_file: Path, jack_name: str,
                   callback: str = "compiled", live_input: bool = False) -> list[str]:
    """``rtvae serve`` for the real variants (with ``callback``, and live input from JACK's ``system`` capture
    ports if asked: the rig then plays into ``jack_name:in_0``), the baseline entry point for the others."""
    common = ["--device", "system", "--block", str(block), "--port", str(port),
              "--stats-file", str(stats_file), "--jack-name", jack_name]
    if live_input:
        common += ["--input", "system", "--input-gate-db", "-200"]
    if variant in SERVER_VARIANTS:
        scheduling = "inline" if variant == INTERP else variant
        return [sys.executable, "-c", RUN_MODULE, "rtvae", "serve", "--scheduling", scheduling, "--callback", callback,
                *common]
    return [sys.executable, "-c", RUN_MODULE, "rtvae.bench.baseline_server", "--variant", variant, *common]


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


class ServerProcess:
    """The server under test, in its own process with the JACK server's environment.

    Its output goes to ``log`` (quoted in errors); it runs in a scratch folder so nothing
    it could write lands in the working tree.
    """

    def __init__(self, command: list[str], env: dict, folder: Path, port: int):
        self.log_path = folder / "server.log"
        self.port = port
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(command, env=env, cwd=folder, stdin=subprocess.DEVNULL,
                                            stdout=log, stderr=subprocess.STDOUT)

    def log_tail(self, chars: int = 2000) -> str:
        with contextlib.suppress(OSError):
            return self.log_path.read_text(errors="replace")[-chars:]
        return "(no log)"

    def wait_ready(self, client: OscClient, timeout_s: float = READY_TIMEOUT_S) -> float:
        """Ping until the server answers; returns the seconds it took."""
        start = time.monotonic()
        while time.monotonic() - start < timeout_s:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with status {self.process.returncode}:\n{self.log_tail()}")
            if client.request("/rtvae/ping", timeout_s=0.2) is not None:
                return time.monotonic() - start
        raise RuntimeError(f"the server did not answer /rtvae/ping within {timeout_s:g} s:\n{self.log_tail()}")

    def interrupt(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """SIGINT (a clean stop that writes the stats file), and wait for the exit."""
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.kill()
            raise RuntimeError(f"the server did not stop within {timeout_s:g} s of SIGINT:\n{self.log_tail()}")
        if self.process.returncode != 0:
            raise RuntimeError(f"the server exited with status {self.process.returncode}:\n{self.log_tail()}")

    def kill(self) -> None:
        _kill(self.process)


class LoadSender:
    """The load sender subprocess (:func:`rtvae.bench.latency.load.sender_main`): started
    early (its imports and pools), released with :meth:`go`.

    ``load`` names its load (:data:`~rtvae.bench.latency.settings.LOADS`; ``interp`` is the
    older spelling of ``load="interp"``); ``curve_rate`` and ``curve_floats`` shape the
    curves load.
    """

    def __init__(self, port: int, rate: int, seconds: float, latent_size: int, seed: int, interp: bool = False,
                 load: str | None = None, curve_rate: int = 100, curve_floats: int = 4000):
        self.seconds = self._last_seconds = seconds
        load = load or ("interp" if interp else "latent")
        self.process = subprocess.Popen(
            [sys.executable, "-c", SENDER_CODE, str(port), str(rate), str(seconds), str(latent_size), str(seed),
             load, str(curve_rate), str(curve_floats)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], READY_TIMEOUT_S)
        line = self.process.stdout.readline().strip() if ready else "(nothing)"
        if line != "READY":
            self.kill()
            raise RuntimeError(f"the load sender did not start: {line!r}")

    def go(self, interp: bool | str | None = None, seconds: float | None = None) -> None:
        """Start one send: the load chosen at start, the latent (False) or interpolation (True)
        one, or a load by name; for ``seconds`` (default: those given at start)."""
        name = "" if interp is None else interp if isinstance(interp, str) else str(int(interp))
        if seconds is not None and not name:
            name = "-"
        self._last_seconds = self.seconds if seconds is None else seconds
        words = ["go", name, "" if seconds is None else f"{seconds:g}"]
        self.process.stdin.write(" ".join(w for w in words if w) + "\n")
        self.process.stdin.flush()

    def result(self) -> dict:
        """The counts of the send started last (it has run its seconds by then)."""
        ready, _, _ = select.select([self.process.stdout], [], [], self._last_seconds + 30)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.kill()
            raise RuntimeError(f"the load sender sent no counts (exit status {self.process.returncode})")
        return json.loads(line)

    def kill(self) -> None:
        _kill(self.process)


STATUS_TRIES, STATUS_TIMEOUT_S = 5, 2.0  # after a heavy phase the server's socket may still hold a backlog


def snapshot(client: OscClient) -> dict:
    """The server's ``/rtvae/status`` by field name (the namespace's reply table), asked again
    while the server works through a backlog; an error if it never answers."""
    for _ in range(STATUS_TRIES):
        values = client.request(STATUS_ADDRESS, timeout_s=STATUS_TIMEOUT_S)
        if values is not None:
            return REPLY_BY_PATH[STATUS_ADDRESS].read(values)
    raise RuntimeError(f"the server did not answer /rtvae/status in {STATUS_TRIES} tries")


def start_interpolation(client: OscClient, timeout_s: float = READY_TIMEOUT_S) -> None:
    """Set both sources (once the server's corpus is ready), a looping meso curve, and play."""
    deadline = time.monotonic() + timeout_s
    for which, name in zip("ab", INTERP_PAIR):
        while True:
            reply = client.request(f"/rtvae/interp/{which}", name, replies=("/rtvae/interp/ready", "/rtvae/error"),
                                   timeout_s=10.0)
            if reply and reply[0] == "/rtvae/interp/ready":
                break
            if time.monotonic() > deadline or (reply and "still being prepared" not in str(reply[-1])):
                raise RuntimeError(f"the server did not take interpolation source {name}: {reply}")
            time.sleep(0.5)
    for address, *args in (("/rtvae/interp/mode", "meso"), ("/rtvae/interp/function", *INTERP_FUNCTION),
                           ("/rtvae/interp/loop", 1)):
        client.send_message(address, *args)
    report = client.request("/rtvae/interp/play", replies=("/rtvae/out/interp", "/rtvae/error"))
    if not report or report[0] != "/rtvae/out/interp" or report[-1] != 1:
        raise RuntimeError(f"the interpolation did not start playing: {report}")


def interp_playing(client: OscClient, timeout_s: float = 1.0) -> bool:
    """Whether the server's next ``/rtvae/out/interp`` report (20 a second) says it plays."""
    client.drain()
    report = client.listen(("/rtvae/out/interp",), timeout_s)
    return report is not None and report[-1] == 1
