"""``rtvae serve`` as a subprocess on a private JACK server, as a user starts it, for the live tests
(test_live, test_faults, test_fuzz, test_flood, test_soak) and benchmarks/robustness.py.

The test process never imports sounddevice: the server plays through PortAudio in its own
process, and what it plays is captured back from JACK (:class:`rtvae.bench.capture.JackCapture`).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from pythonosc.osc_message import OscMessage

from rtvae.drivers.jack import PrivateJackServer
from rtvae.osc.client import OscClient as Peer, free_udp_port, message

STOP_TIMEOUT_S = 30.0
# Runs rtvae under a file size limit (RLIMIT_FSIZE): writes past it fail with EFBIG, as on a full
# disk (CPython ignores SIGXFSZ). Set in a fresh interpreter that then execs, not in a preexec_fn:
# a fork of a threaded test process (JACK captures run threads) may deadlock before the exec.
_FSIZE_WRAPPER = ("import os, resource, sys; n = int(sys.argv[1]); resource.setrlimit(resource.RLIMIT_FSIZE, (n, n)); "
                  "os.execv(sys.executable, [sys.executable, *sys.argv[2:]])")


def wait_until_answering(peer: Peer, process: subprocess.Popen, timeout_s: float = 60.0,
                         stderr_path: Path | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            said = stderr_path.read_text() if stderr_path else process.stderr.read()
            raise RuntimeError(f"rtvae serve exited: {said}")
        peer.send_message("/rtvae/ping", 1.0)
        if any(address == "/rtvae/pong" for address, _ in peer.replies(0.3, until="/rtvae/pong")):
            return
    raise RuntimeError("rtvae serve did not answer /rtvae/ping")


def serve_command(jack: PrivateJackServer, tmp: Path, port: int, name: str, *extra: str,
                  fsize_limit_bytes: int | None = None, script: Path | None = None) -> list[str]:
    """The command line of a server on ``jack`` with its own port, JACK client name and folders
    (``script``: a file that runs rtvae's command line, instead of ``-m rtvae``)."""
    stats = tmp / f"{name}.json"
    rtvae = [*(["-m", "rtvae"] if script is None else [str(script)]), "serve", "--device", "system",
             "--block", str(jack.period),
             "--port", str(port), "--jack-name", name, "--stats-file", str(stats),
             "--models-dir", str(tmp / "models"), "--recordings-dir", str(tmp / "recordings"), *extra]
    if fsize_limit_bytes is None:
        return [sys.executable, *rtvae]
    return [sys.executable, "-c", _FSIZE_WRAPPER, str(fsize_limit_bytes), *rtvae]


def start_server(jack: PrivateJackServer, tmp: Path, *extra: str, env: dict | None = None,
                 fsize_limit_bytes: int | None = None, wait: bool = True, script: Path | None = None) -> SimpleNamespace:
    """`rtvae serve` on ``jack`` with its own port and JACK client name, answering ping (with ``wait``).

    Its stdout and stderr go to files in ``tmp`` (``read_output``), never to pipes: a pipe nobody
    reads fills up after 64 KiB and then blocks the server's next print (on its OSC thread too).
    """
    port = free_udp_port()
    name = f"rtvae-live-{port}"  # unique per server: JACK renames a second client of the same name
    command = serve_command(jack, tmp, port, name, *extra, fsize_limit_bytes=fsize_limit_bytes, script=script)
    tmp.mkdir(parents=True, exist_ok=True)
    out_path, err_path = tmp / f"{name}.stdout", tmp / f"{name}.stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        process = subprocess.Popen(command, env={**os.environ, **jack.env(), **(env or {})}, stdout=out, stderr=err)
    peer = Peer(port)
    server = SimpleNamespace(process=process, port=port, name=name, peer=peer, stats=tmp / f"{name}.json",
                             jack=jack, tmp=tmp, stdout_path=out_path, stderr_path=err_path, stdout="", stderr="")
    if wait:
        try:
            wait_until_answering(peer, process, stderr_path=err_path)
        except BaseException:
            kill_server(server)
            raise
    return server


def read_output(server: SimpleNamespace) -> tuple[str, str]:
    """What the server printed so far (stdout, stderr); also kept as ``server.stdout``/``.stderr``."""
    server.stdout = server.stdout_path.read_text(errors="replace")
    server.stderr = server.stderr_path.read_text(errors="replace")
    return server.stdout, server.stderr


def wait_exit(server: SimpleNamespace, timeout_s: float = STOP_TIMEOUT_S) -> int:
    """Wait for the server to exit by itself; its status (raises subprocess.TimeoutExpired)."""
    code = server.process.wait(timeout_s)
    read_output(server)
    return code


def stop_server(server: SimpleNamespace) -> dict:
    """Ctrl-C the server; it must exit 0 within STOP_TIMEOUT_S. Its stats file, read."""
    server.process.send_signal(signal.SIGINT)
    wait_exit(server)
    server.peer.close()
    assert server.process.returncode == 0, server.stderr
    return json.loads(server.stats.read_text())


def kill_server(server: SimpleNamespace) -> None:
    """Stop a server however it is (a failed test's cleanup): SIGINT, then SIGKILL."""
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGINT)
        try:
            server.process.wait(10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
    server.peer.close()


def status_of(peer, timeout_s: float = 1.0) -> dict:
    """``/rtvae/status`` by field name (the namespace table orders the fields)."""
    from rtvae.osc.namespace import REPLY_BY_PATH

    peer.send_message("/rtvae/status")
    return REPLY_BY_PATH["/rtvae/status"].read(dict(peer.replies(timeout_s, until="/rtvae/status"))["/rtvae/status"])


def wait_until_idle(peer, timeout_s: float = 60.0) -> bool:
    """Until no slow job runs on the server (status ``busy`` 0 twice, a tick apart: a model's
    swap hands over to its corpus's load between them); False if ``timeout_s`` passed first."""
    deadline, quiet = time.monotonic() + timeout_s, 0
    while time.monotonic() < deadline:
        try:
            quiet = quiet + 1 if status_of(peer)["busy"] == 0 else 0
        except KeyError:  # no reply in time (a loaded machine): ask again
            quiet = 0
        if quiet >= 2:
            return True
        time.sleep(0.25)
    return False


def rss_kb(pid: int) -> int:
    """Resident memory of a process in KiB (VmRSS in /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def ping_s(peer: Peer, timeout_s: float = 1.0) -> float | None:
    """Seconds until ``/rtvae/pong`` came back, or None within ``timeout_s``."""
    peer.drain()
    started = time.monotonic()
    peer.send_message("/rtvae/ping", 7.0)
    return time.monotonic() - started if peer.listen(("/rtvae/pong",), timeout_s) else None


def wait_for_corpus(peer: Peer, timeout_s: float = 120.0) -> None:
    """Until the server's start-up corpus is loaded (its build would load the machine meanwhile)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if status_of(peer)["corpus"]:
                return
        except KeyError:  # no status within the second
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the start-up corpus was not loaded within {timeout_s:g} s")


@functools.lru_cache(maxsize=None)
def loud_latent(name: str = "organ_C3_mid") -> tuple[float, ...]:
    """The latent of one window of a procedural sound (the corpus mean itself is near-silent)."""
    from rtvae.data.synth import corpus_specs, render_sound
    from rtvae.framing import frame
    from rtvae.model.directory import load_model

    spec = {s.name: s for s in corpus_specs()}[name]
    mu, _ = load_model("default").encoder().encode(frame(render_sound(spec), 1024, 1024)[5:6])
    return tuple(float(v) for v in mu[0])


class Monitor:
    """A UDP socket registered with ``/rtvae/reply``: it hears every reply the server sends to
    anyone (Pd's, oscsend's), stamped with the JACK frame time of its arrival once ``clock`` is set."""

    def __init__(self, port: int):
        self.port = port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.02)
        self.clock = None  # a JackCapture, for frame stamps
        self.send("/rtvae/reply", self.sock.getsockname()[1])

    def send(self, address: str, *args) -> None:
        self.sock.sendto(message(address, *args), ("127.0.0.1", self.port))

    def listen(self, seconds: float, until=None) -> list[tuple[int | None, str, list]]:
        got, deadline = [], time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            stamp = self.clock.now_frame() if self.clock is not None else None
            parsed = OscMessage(data)
            got.append((stamp, parsed.address, list(parsed.params)))
            if until is not None and until(got[-1]):
                break
        return got

    def close(self) -> None:
        self.sock.close()


@contextlib.contextmanager
def monitored_server(tmp_path_factory, name: str):
    """A JACK dummy server, ``rtvae serve`` on it, and a :class:`Monitor` of its replies (``server.monitor``)."""
    jack = PrivateJackServer(48000, 128, log_path=tmp_path_factory.mktemp("jack") / "jackd.log")
    jack.start()
    try:
        server = start_server(jack, tmp_path_factory.mktemp(name))
        server.monitor = Monitor(server.port)
        try:
            yield server
        finally:
            server.monitor.close()
            stop_server(server)
    finally:
        jack.stop()
