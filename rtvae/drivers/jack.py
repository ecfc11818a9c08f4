"""A private JACK server with the dummy driver: a sound card for machines that have none.

The dummy driver paces its cycles in real time from the system clock and reports real xruns,
so a PortAudio stream on it behaves like one on a sound card: the callback has a deadline
and missing it is seen (as an xrun by JACK, as a status flag by PortAudio). Tests, CI and
``./scripts/run`` on headless machines use it; nothing in here needs a third-party package,
only the ``jackd2`` command-line tools (``jackd``, ``jack_lsp``, ``jack_connect``).

JACK2 names a client's notification socket after the client alone, not the server, so two
clients of the same name opening at the same moment collide even on different servers
(``jack_client_open() failed, status = 0x21``). Hence the unique names here, the retries
around ``jack_lsp``/``jack_connect`` (fixed client names), and :func:`name_portaudio_client`.

Clients find the server through ``JACK_DEFAULT_SERVER``. PortAudio reads it when it
enumerates host APIs, which happens when ``sounddevice`` is first imported, so the
environment must be set before that import (see :meth:`PrivateJackServer.apply_env`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import weakref
from pathlib import Path

from rtvae.errors import AudioDeviceError

TOOL_ATTEMPTS = 5
INSTALL_HINT = "install it with: sudo apt-get install --no-install-recommends jackd2"
LOG_TAIL_CHARS = 2000
# jackd prints its copyright banner at exit (stdout is block-buffered into the log), where it
# would push the error message out of the tail.
BANNER_STARTS = ("jackdmp ", "Copyright ", "jackdmp comes with", "This is free software", "under certain conditions")


def require_tool(tool: str) -> str:
    """Full path of a jackd2 command-line tool; a clear error naming the package if absent."""
    path = shutil.which(tool)
    if path is None:
        raise AudioDeviceError(f"'{tool}' was not found on PATH: the JACK server (jackd2) is missing; {INSTALL_HINT}")
    return path


def log_tail(path: Path, chars: int = LOG_TAIL_CHARS) -> str:
    """The last ``chars`` characters of jackd's log without its banner, or why there are none."""
    try:
        lines = Path(path).read_text(errors="replace").splitlines()
    except OSError as error:
        return f"(the log {path} could not be read: {error})"
    kept = [line for line in lines if not line.startswith(BANNER_STARTS)]
    return "\n".join(kept)[-chars:].strip() or "(the log is empty)"


class PrivateJackServer:
    """``jackd`` with the dummy driver under a private name, for the life of a ``with`` block.

    Usage::

        with PrivateJackServer(sample_rate=48000, period=256) as server:
            server.apply_env()          # before sounddevice is first imported!
            import sounddevice          # now sees "system, JACK Audio Connection Kit"

    Attributes: ``name`` (the server name clients use), ``sample_rate`` (Hz), ``period``
    (frames per JACK cycle), ``process`` (jackd's ``subprocess.Popen``, None until started),
    ``log_path`` (jackd's stdout and stderr; by default ``<tmp>/<name>.log``, removed after
    a clean stop and kept otherwise; a path given is always kept).

    The server runs in its own session so that Ctrl-C in a terminal reaches the client
    first: a server that died before the stream closed would turn a clean exit into errors.
    It is stopped on ``__exit__``, by :meth:`stop`, or at interpreter exit at the latest;
    a parent killed with SIGKILL leaves it running.
    """

    def __init__(
        self, sample_rate: int = 48000, period: int = 256, name: str | None = None,
        capture_channels: int = 2, playback_channels: int = 2, log_path: str | Path | None = None,
        start_timeout_s: float = 10.0, stop_timeout_s: float = 5.0,
    ):
        self.name = name or f"rtvae-{os.getpid()}-{secrets.token_hex(3)}"
        self.sample_rate = int(sample_rate)
        self.period = int(period)
        self.capture_channels = int(capture_channels)
        self.playback_channels = int(playback_channels)
        self._own_log = log_path is None
        self.log_path = Path(log_path) if log_path else Path(tempfile.gettempdir()) / f"{self.name}.log"
        self.start_timeout_s = start_timeout_s
        self.stop_timeout_s = stop_timeout_s
        self.process: subprocess.Popen | None = None
        self._finalizer = None

    def command(self) -> list[str]:
        """The jackd command line: non-realtime scheduling, dummy driver, our rate and period."""
        return [
            require_tool("jackd"), "-n", self.name, "--no-realtime", "-d", "dummy",
            "-r", str(self.sample_rate), "-p", str(self.period),
            "-C", str(self.capture_channels), "-P", str(self.playback_channels),
        ]

    def env(self) -> dict[str, str]:
        """Environment a client needs: our server by name, and never auto-start another one."""
        return {"JACK_DEFAULT_SERVER": self.name, "JACK_NO_START_SERVER": "1"}

    def apply_env(self) -> None:
        """Set :meth:`env` in ``os.environ`` for this process and the children it starts.

        Must run before ``sounddevice`` is first imported in this process: PortAudio
        enumerates its host APIs (and connects to JACK) at import, and a process that imported
        it earlier keeps a JACK host API bound to the default server, or none at all.
        """
        os.environ.update(self.env())

    def start(self) -> "PrivateJackServer":
        """Start jackd and wait until it accepts clients; a clear error quoting its log if not."""
        if self.process is not None:
            raise AudioDeviceError(f"the JACK server '{self.name}' was already started")
        self._command = self.command()
        self._refuse_if_name_taken()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                self._command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._finalizer = weakref.finalize(self, _terminate, self.process, self.stop_timeout_s)
        try:
            self._wait_until_up()
        except BaseException:
            self._own_log = False  # the error names the log: keep it
            self.stop()
            raise
        return self

    def stop(self) -> int | None:
        """Terminate jackd (SIGTERM, then SIGKILL after ``stop_timeout_s``) and reap it.

        Returns its exit status, or None if it was never started. Safe to call twice.
        """
        if self._finalizer is None:
            return None
        self._finalizer()
        if self._own_log and self.process.returncode == 0:
            self.log_path.unlink(missing_ok=True)  # a clean run's log says nothing
        return self.process.returncode

    @property
    def running(self) -> bool:
        """True while our jackd process is alive."""
        return self.process is not None and self.process.poll() is None

    def __enter__(self) -> "PrivateJackServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def ports(self) -> list[str]:
        """Every port on the server, as ``client:port`` names (``jack_lsp``)."""
        return self._tool("jack_lsp").splitlines()

    def connect(self, source: str, destination: str) -> None:
        """Connect an output port to an input port (``jack_connect``); error names both."""
        self._tool("jack_connect", source, destination)

    def _tool(self, tool: str, *args: str) -> str:
        """Run a jackd2 tool against this server; its stdout, or an error quoting its stderr.

        Retried a few times: the tools' fixed client names (``lsp``...) collide with the same
        tool opening at the same moment on another server (see the module docstring).
        """
        for attempt in range(TOOL_ATTEMPTS):
            done = self._run_tool(tool, *args)
            if done.returncode == 0:
                return done.stdout
            time.sleep(0.02 * (attempt + 1) + secrets.randbelow(20) / 1000)
        detail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise AudioDeviceError(f"{tool} {' '.join(args)} failed on JACK server '{self.name}': {detail}")

    def _run_tool(self, tool: str, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, **self.env()}
        return subprocess.run(
            [require_tool(tool), "-s", self.name, *args], env=env,
            capture_output=True, text=True, timeout=10,
        )

    def _answers(self) -> bool:
        """True when a client can connect. ``jack_wait -c`` always exits 0: its stdout says."""
        client = f"rtvae-wait-{os.getpid()}-{secrets.token_hex(3)}"
        return self._run_tool("jack_wait", "-n", client, "-c").stdout.strip() == "running"

    def _refuse_if_name_taken(self) -> None:
        # Polling would then find the other server "up" while ours fails to start.
        if self._answers():
            raise AudioDeviceError(f"a JACK server named '{self.name}' is already running; choose another name")

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + self.start_timeout_s
        while True:
            if self.process.poll() is not None:
                raise AudioDeviceError(
                    f"jackd exited with status {self.process.returncode} while starting server '{self.name}' "
                    f"({' '.join(self._command)}); its log ({self.log_path}) ends with:\n{log_tail(self.log_path)}")
            if self._answers():
                return
            if time.monotonic() > deadline:
                raise AudioDeviceError(
                    f"the JACK server '{self.name}' did not accept clients within {self.start_timeout_s:g} s; "
                    f"its log ({self.log_path}) ends with:\n{log_tail(self.log_path)}")
            time.sleep(0.05)


def _terminate(process: subprocess.Popen, timeout_s: float) -> None:
    """SIGTERM, then SIGKILL if still alive after ``timeout_s``; always reaps the process."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait()


# PortAudio stores the pointer, not a copy: the name must outlive the library.
_portaudio_client_name = None


def name_portaudio_client(name: str) -> bool:
    """Give PortAudio's JACK client ``name`` instead of "PortAudio" (ports ``name:out_0`` ...).

    Must run before ``sounddevice`` is first imported, which is when PortAudio opens its JACK
    client (``PaJack_SetClientName``). Worth it beyond looks: a unique name avoids the
    client-name collision described in the module docstring. Linux only, where sounddevice
    loads the system's libportaudio (elsewhere it bundles its own copy). Returns False,
    changing nothing, where that library is not found or has no JACK support.
    """
    global _portaudio_client_name
    if not sys.platform.startswith("linux"):
        return False
    library = ctypes.util.find_library("portaudio")  # the lookup sounddevice makes on Linux
    try:
        set_name = ctypes.CDLL(library).PaJack_SetClientName if library else None
    except (OSError, AttributeError):
        set_name = None
    if set_name is None:
        return False
    _portaudio_client_name = ctypes.create_string_buffer(name.encode())
    return set_name(_portaudio_client_name) == 0


def headless_needs_jack() -> bool:
    """True on Linux when no ALSA sound card is visible, so no real output device can exist.

    A card needs both a PCM device node under ``/dev/snd`` and an entry in
    ``/proc/asound/cards`` (containers often see the host's cards in /proc without the
    nodes). Not detected: a PulseAudio/PipeWire server reached over a socket with no local
    card; set up the output by hand there. Always False elsewhere than Linux.
    """
    if not sys.platform.startswith("linux"):
        return False
    return not (_alsa_pcm_nodes() and _alsa_cards())


def _alsa_pcm_nodes() -> list[str]:
    """Names of the ALSA PCM device nodes (``/dev/snd/pcmC0D0p`` ...), empty if none."""
    try:
        return [name for name in os.listdir("/dev/snd") if name.startswith("pcm")]
    except OSError:
        return []


def _alsa_cards() -> list[str]:
    """Card lines of ``/proc/asound/cards`` (they start with the card number); empty if none."""
    try:
        lines = Path("/proc/asound/cards").read_text().splitlines()
    except OSError:
        return []
    return [line for line in lines if line.strip()[:1].isdigit()]
