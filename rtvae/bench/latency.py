"""Latency benchmark: the live server on a JACK dummy server, idle and under OSC load.

For every configuration (variant × block size) it starts a private JACK server with the
dummy driver at 48 kHz whose period is the block, starts the server as a **subprocess**
(``python -m rtvae serve``, or :mod:`rtvae.bench.baseline_server` for the baselines) so
that its audio thread shares no GIL with this process, waits for ``/rtvae/ping``, and
connects a :class:`~rtvae.bench.capture.JackCapture` to the server's first output port.
Then, in one server run:

1. **settle** (1 s): the capture's connection re-sorts JACK's graph, which may cost an xrun
   that belongs to neither phase.
2. **idle** (``--idle-s``): no control traffic.
3. **load** (``--load-s``; ``--acceptance-load-s`` for block 128, inline and ahead): a sender
   *process* sends 1000 OSC messages per second paced by a monotonic clock
   (``/rtvae/z/set`` with 1–4 pairs, one ``/rtvae/z`` with the whole latent in 50) while
   this process probes the control-to-sound latency.
4. SIGINT, and the server writes its stats file.

Idle and load are split by **snapshotting** ``/rtvae/status`` at each phase boundary:
xruns (PortAudio's output-underflow flag, which on JACK is raised for any late client in
the graph, this benchmark's capture included), late blocks (``ahead``: the worker missed),
controls applied and dropped are differences of its counters. Each phase also records
whom jackd blamed (its log names the client still running at a missed deadline, or its
own timer waking late), and the CPU used by our processes and by everything else: on a
shared machine other people's work is the first source of xruns, so each configuration
first waits (up to ``--max-wait-quiet-s``) for a quiet second, and noisy phases are marked.

Callback durations come from the raw durations in the stats file: each duration is one
JACK cycle, so a phase's callbacks are found by counting cycles back from the SIGINT's
JACK frame time (minus the frames of cycles JACK skipped, seen as gaps by the capture),
with 0.1 s trimmed at each phase edge to absorb the few cycles between the SIGINT and the
server's reading of its telemetry.

**Control-to-sound latency** (load phase, several probes per second): ``/rtvae/mute 1``;
wait until the captured output is exactly zero (the engine's gain reaches 0 and the
resampler's history empties); wait a random 0–5 ms so sends fall at every phase of the
JACK cycle; note the monotonic clock and send ``/rtvae/mute 0``; the latency is the time at
which the first non-zero sample captured after it reached the capture client (its cycle's
arrival there, plus its place in the cycle at 48 kHz), minus the noted time.
The engine applies gain and mute on the same hop boundary as a latent change, so this is
also the latency of ``/rtvae/z``: OSC receive and queueing behind the load, the wait for
the next callback (up to one block), the hop quantisation (up to one hop at the model
rate), the ``ahead`` ring (ahead hops), and the resampler's half filter. It does not
include a device's own output buffer (``device_latency_ms`` in the stats; the server
reports it). It includes the capture's own lateness, so it errs long, never short.
JACK's frame clock (the first version of this benchmark) erred short: when jackd's cycles
run late its estimate of "now" runs ahead of the frames those cycles then carry, and on a
busy machine up to a fifth of the probes read negative; its median is kept in the JSON
(``jack_clock_ms``) beside the count of negative readings. Probes with an xrun within them
are counted and left out. Jitter is reported as the standard deviation and as p99 − p1.

**Allocation check** (in this process, no device): an :class:`~rtvae.drivers.stream.AudioOutput`
around a warmed player with a fake 2-output 48 kHz device, its ``_callback`` called with a
preallocated ``outdata``: 100 warm-up calls, then 2000 under :mod:`tracemalloc`, which sees
the Python heap and numpy's buffers (not ONNX Runtime's or torch's own allocators).
For ``ahead`` the worker runs and each call waits until the ring is full (the callback then
copies, its steady state); the worker's allocations are counted too.

**What an interpolation adds** (``--pairs``, 24 by default): one run of each variant cannot
tell a few xruns' difference from the machine's noise, so after the main table a server at
block 128 alternates segments (``--pair-s``, 8 s) of ``inline`` and ``inline+interp`` under
their loads, the order flipping every pair (8 pairs per server run). "Adds no xruns" is read
as "no increase that an exact one-sided sign test over the pairs detects at 5 %", with the
medians, the median difference and the totals beside it (:mod:`rtvae.bench.pairs`). A rule
like "median difference ≤ 0" would fail about half the time when nothing differs.
``--only-pairs`` runs just these.

Variants: ``inline`` and ``ahead`` (the real server), ``inline+interp`` (inline with a looping
meso interpolation playing, and a performer's interpolation controls as its load), ``torch-inline`` (torch eager decoding
in the callback) and ``nn~-2048`` (nn~-style double buffering: a worker renders 2048 samples
one buffer ahead), measured in the same run so the ratios show.

JACK runs non-real-time by default, like the test harness; ``--jack-realtime`` runs jackd and
its clients' process threads SCHED_FIFO where the user may.

Outputs: JSON (``--out``), a Markdown table with the acceptance figures as PASS/FAIL lines
(``.md``) and callback-time distributions against the budget (``.png``) beside it.
Run with ``rtvae bench`` or ``python benchmarks/latency.py``.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import json
import os
import platform
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from rtvae.bench import pairs as paired
from rtvae.bench.capture import JackCapture
from rtvae.bench.machine import cpu_model
from rtvae.drivers.jack import PrivateJackServer, require_tool
from rtvae.errors import RtvaeError

RATE = 48000  # JACK's sample rate, Hz
DEFAULT_BLOCKS = (64, 128, 256, 512)
INTERP = "inline+interp"  # inline, with an interpolation playing in a loop the whole time
VARIANTS = ("inline", "ahead", INTERP, "torch-inline", "nn~-2048")
SERVER_VARIANTS = ("inline", "ahead", INTERP)  # the rest go through rtvae.bench.baseline_server
ACCEPTANCE_BLOCK, ACCEPTANCE_VARIANTS = 128, ("inline", "ahead")
LONG_VARIANTS = (*ACCEPTANCE_VARIANTS, INTERP)  # their load phase at the acceptance block is the long one
# The interpolation played by INTERP: two corpus sounds of the embedded model, a meso curve.
INTERP_PAIR = ("organ_C3_dark", "organ_C3_bright")
INTERP_FUNCTION = ("sine", 2.0)
INTERP_CURVE_EVERY = 50  # in its load: one new 64-point curve per this many messages (20 a second)
# What the interpolation adds is judged on interleaved pairs of these two (rtvae.bench.pairs).
PAIRED = ("inline", INTERP)
# 8 pairs of 8 s segments take ~160 s with their switches and checks: within the 175 s of
# callback times a server keeps at block 128; so a server run holds 8 pairs, and 24 take three.
PAIRS_PER_SERVER, DEFAULT_PAIRS, DEFAULT_PAIR_S = 8, 24, 8.0
SIGN_TEST_ALPHA = 0.05  # "adds no xruns": no increase the sign test can detect at this level
OUTSIDE_RING = b"/rtvae/interp/curve"  # messages applied without a control record
ACCEPTANCE_BUDGET_SHARE = 0.5  # callback p99.9 ≤ 50 % of the block budget
ACCEPTANCE_LATENCY_MS = 10.0  # control-to-sound p99, block 128, inline
DEFAULT_IDLE_S, DEFAULT_LOAD_S, DEFAULT_ACCEPTANCE_LOAD_S = 10.0, 20.0, 60.0
QUICK_BLOCK, QUICK_PHASE_S = 128, 3.0
LOAD_RATE = 1000  # OSC messages per second in the load phase
FULL_LATENT_EVERY = 50  # one /rtvae/z with the whole latent per this many messages
SETTLE_S, GAP_S = 1.0, 0.5  # before the idle phase; between phases and before SIGINT
SETTLE_CONTROLS_S = 0.25  # after the load, before its counters are read (nn~ applies up to 2048 samples late)
PHASE_TRIM_S = 0.1  # trimmed from each edge of a phase when picking its callbacks
READY_TIMEOUT_S, STOP_TIMEOUT_S = 90.0, 30.0
# Probes: exact silence is this many zero samples in a row (more than the resampler's
# 32 taps, and a ramping gain never gives a zero product on decoded audio).
SILENT_RUN = 256
PROBE_TIMEOUT_S = 1.0
PHASE_SPREAD_S = 0.005  # random wait before an unmute, so sends land anywhere in a cycle
PLAY_S = (0.02, 0.06)  # sound between an unmute's detection and the next mute
POLL_S = 0.0005
# Fixed log-spaced histogram bins for callback durations: 1 µs to 1 s, 20 per decade (ms).
HISTOGRAM_EDGES_MS = np.logspace(-3, 3, 121)
ALLOC_WARMUP, ALLOC_CALLS, ALLOC_FRAMES = 100, 2000, 12
SITES_SHOWN_ABOVE_BYTES = 256  # below: the callback's live integers and views changing hands
OSC_TIMEOUT_S = 2.0  # for a reply to /rtvae/status or /rtvae/ping
STATUS_ADDRESS = "/rtvae/status"
CAPTURE_CHANNELS = 1
# Before each configuration: wait up to this long for the machine to go quiet (busy below
# this share of one core, our own bench process included).
DEFAULT_MAX_WAIT_QUIET_S, QUIET_BUSY_PCT = 60.0, 15.0
# A phase during which other processes used more than this (% of a core) is marked noisy.
NOISY_OTHERS_PCT = 25.0


@dataclass
class Settings:
    """What one benchmark run measures; durations in seconds."""

    blocks: tuple[int, ...] = DEFAULT_BLOCKS
    variants: tuple[str, ...] = VARIANTS
    idle_s: float = DEFAULT_IDLE_S
    load_s: float = DEFAULT_LOAD_S
    acceptance_load_s: float = DEFAULT_ACCEPTANCE_LOAD_S
    load_rate: int = LOAD_RATE
    quick: bool = False
    seed: int = 0
    plot: bool = True
    jack_realtime: bool = False
    floor: bool = True
    pairs: int = DEFAULT_PAIRS
    pair_s: float = DEFAULT_PAIR_S
    only_pairs: bool = False
    max_wait_quiet_s: float = DEFAULT_MAX_WAIT_QUIET_S
    out: Path = Path("benchmarks/results/latency.json")

    def load_seconds(self, variant: str, block: int) -> float:
        """The load phase's length: longer for the acceptance configurations."""
        long = block == ACCEPTANCE_BLOCK and variant in LONG_VARIANTS
        return self.acceptance_load_s if long else self.load_s

    def estimate_s(self) -> float:
        """Rough wall-clock length of the run, for the progress line (startup ~6 s a config)."""
        overhead = SETTLE_S + 2 * GAP_S + 6.0
        per = [self.idle_s + self.load_seconds(v, b) + overhead for v, b in self.configurations()]
        rounds = -(-self.pairs // PAIRS_PER_SERVER)
        pairs = 2 * self.pairs * (self.pair_s + 2.0) + overhead * rounds
        return sum(per) + pairs + 10.0 * len(self.variants) * (not self.only_pairs)

    def configurations(self) -> list[tuple[str, int]]:
        """(variant, block) of the main table, in the order measured; none with ``only_pairs``."""
        return [] if self.only_pairs else [(v, b) for b in self.blocks for v in self.variants]


def parse_list(text: str, kind=str) -> tuple:
    return tuple(kind(part.strip()) for part in text.split(",") if part.strip())


def _pick(value, quick: bool, quick_default, default):
    """A flag's value if given, else the quick run's default or the full run's."""
    if value is not None:
        return value
    return quick_default if quick else default


def settings_from(args) -> Settings:
    """Settings from ``rtvae bench``'s flags (see :mod:`rtvae.commands.bench`); ValueError if bad."""
    quick = bool(args.quick)
    blocks = parse_list(args.blocks, int) if args.blocks else ((QUICK_BLOCK,) if quick else DEFAULT_BLOCKS)
    variants = parse_list(args.variants) if args.variants else VARIANTS
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown or not variants:
        raise ValueError(f"unknown variant(s) {unknown}; choose among {', '.join(VARIANTS)}")
    if not blocks or min(blocks) < 16 or max(blocks) > 4096:
        raise ValueError(f"blocks {blocks}: each must be in [16, 4096]")
    load = _pick(args.load_s, quick, QUICK_PHASE_S, DEFAULT_LOAD_S)
    pairs = _pick(args.pairs, quick, 0, DEFAULT_PAIRS)
    if pairs < 0:
        raise ValueError(f"--pairs {pairs}: give a number of pairs ≥ 0")
    if args.only_pairs and pairs == 0:
        raise ValueError("--only-pairs needs pairs to run: give --pairs N (--quick runs none unless told)")
    if args.pair_s is not None and args.pair_s <= 0:
        raise ValueError(f"--pair-s {args.pair_s:g}: each segment needs a positive length")
    return Settings(
        blocks=blocks, variants=variants, idle_s=_pick(args.idle_s, quick, QUICK_PHASE_S, DEFAULT_IDLE_S),
        load_s=load, acceptance_load_s=_pick(args.acceptance_load_s, quick, load, DEFAULT_ACCEPTANCE_LOAD_S),
        load_rate=args.load_rate, quick=quick, seed=args.seed, plot=not args.no_plot,
        jack_realtime=args.jack_realtime, floor=not args.no_floor and not args.only_pairs, out=Path(args.out),
        pairs=pairs, pair_s=_pick(args.pair_s, quick, load, DEFAULT_PAIR_S), only_pairs=args.only_pairs,
        max_wait_quiet_s=_pick(args.max_wait_quiet_s, quick, 0.0, DEFAULT_MAX_WAIT_QUIET_S))


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- OSC ------------------------------------------------------------------------------


def osc_message(address: str, *args) -> bytes:
    """One OSC datagram; ints are sent as ``i``, floats as ``f``, strings as ``s``."""
    from pythonosc.osc_message_builder import OscMessageBuilder

    builder = OscMessageBuilder(address)
    for value in args:
        builder.add_arg(value, "s" if isinstance(value, str) else "i" if isinstance(value, int) else "f")
    return builder.build().dgram


class OscClient:
    """A UDP socket on loopback that talks to the server's port and reads its replies."""

    def __init__(self, port: int):
        self.address = ("127.0.0.1", port)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sent = 0  # control messages (not requests) sent so far

    def send(self, datagram: bytes) -> None:
        self.sock.sendto(datagram, self.address)
        self.sent += 1

    def request(self, address: str, *args, timeout_s: float = OSC_TIMEOUT_S, replies=None) -> list | None:
        """Send a message and return the arguments of its reply: the same-named one, or the
        first whose address is among ``replies`` (then the address comes first)."""
        self.drain()
        self.sock.sendto(osc_message(address, *args), self.address)
        reply = self.listen(replies or (address.replace("/ping", "/pong"),), timeout_s)
        return reply if replies or reply is None else reply[1:]

    def listen(self, addresses, timeout_s: float = OSC_TIMEOUT_S) -> list | None:
        """The next message whose address is among ``addresses``: [address, *arguments]; None at the timeout."""
        from pythonosc.osc_message import OscMessage

        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data, _ = self.sock.recvfrom(65536)
            except (socket.timeout, ConnectionRefusedError):
                return None
            message = OscMessage(data)
            if message.address in addresses:
                return [message.address, *message.params]
        return None

    def drain(self) -> None:
        """Forget replies left over (a late status, error replies)."""
        self.sock.setblocking(False)
        with contextlib.suppress(BlockingIOError, ConnectionRefusedError):
            while True:
                self.sock.recvfrom(65536)

    def close(self) -> None:
        self.sock.close()


def status_fields() -> list[str]:
    """Names of ``/rtvae/status``'s reply fields, from the OSC namespace table."""
    from rtvae.osc.namespace import BY_PATH

    return BY_PATH[STATUS_ADDRESS].replies.split()[1:]


def snapshot(client: OscClient) -> dict:
    """The server's ``/rtvae/status`` as a dict; an error if it does not answer."""
    values = client.request(STATUS_ADDRESS)
    if values is None:
        raise RuntimeError("the server did not answer /rtvae/status")
    return dict(zip(status_fields(), values))


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the load sender (a subprocess) -----------------------------------------------------


def load_datagrams(latent_size: int, seed: int, count: int = 500, interp: bool = False) -> list[bytes]:
    """A pool of realistic control messages: mostly a few latent dimensions, some whole latents.

    With ``interp``, what a performer sends while an interpolation plays (a latent message
    would end it): the stretch and amount moved, and now and then a newly drawn curve.
    """
    rng = np.random.default_rng(seed)
    if interp:
        return [osc_message("/rtvae/interp/curve", *map(float, rng.uniform(0, 1, 64))) if k % INTERP_CURVE_EVERY == 0
                else osc_message("/rtvae/interp/stretch", float(rng.uniform(0.5, 2.0))) if k % 2
                else osc_message("/rtvae/interp/amount", float(rng.uniform(0.0, 1.0))) for k in range(count)]
    pool = []
    for k in range(count):
        if k % FULL_LATENT_EVERY == 0:
            values = np.clip(rng.normal(0.0, 1.0, latent_size), -3, 3)
            pool.append(osc_message("/rtvae/z", *map(float, values)))
            continue
        pairs = []
        for index in rng.choice(latent_size, size=int(rng.integers(1, 5)), replace=False):
            pairs += [int(index), float(np.clip(rng.normal(0.0, 1.0), -3, 3))]
        pool.append(osc_message("/rtvae/z/set", *pairs))
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
                sock.sendto(datagrams[sent % len(datagrams)], ("127.0.0.1", port))
            except OSError:
                errors += 1
            sent += 1
        time.sleep(POLL_S)
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


class LoadSender:
    """The sender subprocess: started early (its imports), released with :meth:`go`."""

    def __init__(self, port: int, rate: int, seconds: float, latent_size: int, seed: int, interp: bool = False):
        code = "from rtvae.bench.latency import sender_main; sender_main()"
        self.seconds = seconds
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, str(port), str(rate), str(seconds), str(latent_size), str(seed),
             str(int(interp))],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], READY_TIMEOUT_S)
        line = self.process.stdout.readline().strip() if ready else "(nothing)"
        if line != "READY":
            self.kill()
            raise RuntimeError(f"the load sender did not start: {line!r}")

    def go(self, interp: bool | None = None) -> None:
        """Start one send: the load chosen at start, or the latent (False) or interpolation (True) one."""
        self.process.stdin.write("go\n" if interp is None else f"go {int(interp)}\n")
        self.process.stdin.flush()

    def result(self) -> dict:
        """The counts of the send started last (it has run its seconds by then)."""
        ready, _, _ = select.select([self.process.stdout], [], [], self.seconds + 30)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.kill()
            raise RuntimeError(f"the load sender sent no counts (exit status {self.process.returncode})")
        return json.loads(line)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


# --- the server under test (a subprocess) -------------------------------------------------


# ``python -m MODULE`` with Ctrl-C's default restored: a process started in the background
# by a non-interactive shell inherits SIGINT ignored, and Python then never raises
# KeyboardInterrupt, so the server would never stop cleanly nor write its stats.
RUN_MODULE = ("import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
              "runpy.run_module(sys.argv.pop(1), run_name='__main__', alter_sys=True)")


def server_command(variant: str, block: int, port: int, stats_file: Path, jack_name: str) -> list[str]:
    """``rtvae serve`` for the real variants, the baseline entry point for the others."""
    common = ["--device", "system", "--block", str(block), "--port", str(port),
              "--stats-file", str(stats_file), "--jack-name", jack_name]
    if variant in SERVER_VARIANTS:
        scheduling = "inline" if variant == INTERP else variant
        return [sys.executable, "-c", RUN_MODULE, "rtvae", "serve", "--scheduling", scheduling, *common]
    return [sys.executable, "-c", RUN_MODULE, "rtvae.bench.baseline_server", "--variant", variant, *common]


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
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


# --- capture and probes ------------------------------------------------------------------


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
    return osc_message("/rtvae/mute", on)


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


# --- phases and callback durations ---------------------------------------------------------


@dataclass
class Phase:
    """One measured stretch of a run: JACK frame times and status snapshots at its edges."""

    name: str
    start_frame: int
    end_frame: int
    before: dict
    after: dict
    extra: dict = field(default_factory=dict)


def skipped_frames(capture: JackCapture) -> list[tuple[int, int]]:
    """(JACK frame time after the gap, frames missing) for every cycle JACK skipped."""
    return [(int(capture.frame_of(index)), int(missing)) for index, missing in capture.gaps()]


def cycles_between(start: int, end: int, block: int, skipped: list[tuple[int, int]]) -> float:
    """JACK cycles that ran between two frame times (skipped cycles ran no callback)."""
    lost = sum(missing for frame, missing in skipped if start < frame <= end)
    return (end - start - lost) / block


def phase_durations(durations_ms: np.ndarray, end_frame: int, phase: Phase, block: int,
                    skipped: list[tuple[int, int]]) -> np.ndarray:
    """The callback durations of ``phase``, counted back from the last one (read at ``end_frame``)."""
    n, trim = len(durations_ms), int(PHASE_TRIM_S * RATE)
    first = n - int(round(cycles_between(phase.start_frame + trim, end_frame, block, skipped)))
    last = n - int(round(cycles_between(phase.end_frame - trim, end_frame, block, skipped)))
    return durations_ms[max(first, 0):max(last, 0)]


def duration_summary(durations_ms: np.ndarray, budget_ms: float) -> dict:
    """Percentiles (ms), p99.9 as a share of the budget, and the fixed-bin histogram."""
    if len(durations_ms) == 0:
        return {"blocks": 0}
    p50, p99, p999 = np.percentile(durations_ms, [50, 99, 99.9])
    counts, _ = np.histogram(np.clip(durations_ms, HISTOGRAM_EDGES_MS[0], HISTOGRAM_EDGES_MS[-1]), HISTOGRAM_EDGES_MS)
    return {
        "blocks": int(len(durations_ms)),
        "ms": {"p50": float(p50), "p99": float(p99), "p99.9": float(p999), "max": float(durations_ms.max()),
               "mean": float(durations_ms.mean())},
        "p99.9_budget_pct": float(100.0 * p999 / budget_ms),
        "over_budget": int(np.count_nonzero(durations_ms > budget_ms)),
        "histogram_counts": counts.tolist(),
    }


def counter_deltas(before: dict, after: dict) -> dict:
    """What the server's counters did over a phase."""
    keys = {"xruns": "xruns", "late_blocks": "late_decodes", "controls_applied": "controls_applied",
            "controls_dropped": "controls_dropped"}
    return {ours: int(after[theirs]) - int(before[theirs]) for ours, theirs in keys.items()}


def jack_xruns_in(capture: JackCapture, phase: Phase) -> int:
    """xrun notifications JACK sent the capture during the phase (any late client)."""
    return sum(1 for frame in capture.xrun_frames if phase.start_frame <= frame < phase.end_frame)


def summarise_phase(phase: Phase, durations_ms: np.ndarray, budget_ms: float, capture: JackCapture,
                    skipped: list[tuple[int, int]]) -> dict:
    lost = sum(m for f, m in skipped if phase.start_frame < f <= phase.end_frame)
    return {
        "seconds": (phase.end_frame - phase.start_frame) / RATE,
        "callbacks": duration_summary(durations_ms, budget_ms),
        **counter_deltas(phase.before, phase.after),
        "jack_xrun_notifications": jack_xruns_in(capture, phase),
        "jack_skipped_frames": int(lost),
        **phase.extra,
    }


# --- one configuration -------------------------------------------------------------------


def latent_size() -> int:
    """The default model's latent size (what the load sender's messages must fit)."""
    from rtvae.model.directory import load_model

    return load_model("default", verify_checksums=False).card.latent_size


@dataclass
class Case:
    """One configuration: a variant at a block size, with its load phase's length (s)."""

    variant: str
    block: int
    load_s: float

    @property
    def budget_ms(self) -> float:
        return 1e3 * self.block / RATE

    @property
    def label(self) -> str:
        return f"{self.variant} @ {self.block}"


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


def run_case(case: Case, settings: Settings, latent: int, index: int) -> dict:
    """Start JACK and the server, measure the idle and load phases, stop, summarise."""
    with tempfile.TemporaryDirectory(prefix="rtvae-bench-") as folder:
        folder = Path(folder)
        with serving(case.variant, case.block, settings, f"rtvae-bench-{os.getpid()}-{index}", folder) as (rig, startup_s):
            result = measure(case, settings, rig, latent, index)
        stats = json.loads((folder / "stats.json").read_text())
        result["jack_log"] = result["log"].blame()  # the whole run, jackd stopped
    return finish_case(case, result, stats, startup_s)


@contextlib.contextmanager
def serving(variant: str, block: int, settings: Settings, jack_name: str, folder: Path):
    """A private JACK server and the server under test on it, ready (with its interpolation
    playing for INTERP); yields the rig and the seconds the server took to answer. The
    server writes ``folder/stats.json`` when interrupted; it is killed on the way out."""
    with jack_server(settings, block, folder / "jackd.log") as jack:
        port = free_udp_port()
        command = server_command(variant, block, port, folder / "stats.json", jack_name)
        server = ServerProcess(command, {**os.environ, **jack.env()}, folder, port)
        client = OscClient(port)
        try:
            startup_s = server.wait_ready(client)
            if variant == INTERP:
                start_interpolation(client)
            yield Rig(server, client, jack, jack_name), startup_s
        finally:
            server.kill()
            client.close()


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
    for message in (("/rtvae/interp/mode", "meso"), ("/rtvae/interp/function", *INTERP_FUNCTION),
                    ("/rtvae/interp/loop", 1)):
        client.send(osc_message(*message))
    report = client.request("/rtvae/interp/play", replies=("/rtvae/out/interp", "/rtvae/error"))
    if not report or report[0] != "/rtvae/out/interp" or report[-1] != 1:
        raise RuntimeError(f"the interpolation did not start playing: {report}")


def interp_playing(client: OscClient, timeout_s: float = 1.0) -> bool:
    """Whether the server's next ``/rtvae/out/interp`` report (20 a second) says it plays."""
    client.drain()
    report = client.listen(("/rtvae/out/interp",), timeout_s)
    return report is not None and report[-1] == 1


@dataclass
class Rig:
    """What one configuration is measured with; ``capture`` and ``cpu`` are set once connected."""

    server: ServerProcess
    client: OscClient
    jack: PrivateJackServer
    jack_name: str
    capture: ProbeCapture | None = None
    cpu: CpuMeter | None = None
    log: JackLog | None = None

    def marks(self) -> tuple:
        """What a phase notes at each edge: JACK frame time, CPU times, jackd log offset."""
        return self.capture.now_frame(), self.cpu.read(), self.log.offset()

    def since(self, marks: tuple) -> tuple[int, dict]:
        """The phase's end frame and its extras (CPU use, jackd's blame) since ``marks``."""
        end = self.capture.now_frame()
        return end, {"cpu": self.cpu.share(marks[1]), "jackd_blamed": self.log.blame(marks[2], self.log.offset())}


def measure(case: Case, settings: Settings, rig: Rig, latent: int, index: int) -> dict:
    """Settle, idle, load with probes, SIGINT; returns the raw material for the summary."""
    capacity = SETTLE_S + settings.idle_s + case.load_s + 4 * GAP_S + 10.0
    sender = LoadSender(rig.server.port, settings.load_rate, case.load_s, latent, settings.seed + index,
                        interp=case.variant == INTERP)
    rig.cpu = CpuMeter([os.getpid(), rig.server.process.pid, sender.process.pid, rig.jack.process.pid])
    try:
        with capturing(rig, ProbeCapture, capacity) as capture:
            idle = run_idle(rig, settings.idle_s)
            time.sleep(GAP_S)
            load, probes, sent = run_load(rig, sender, case.load_s, settings.seed + index)
            if case.variant == INTERP:
                load.extra["interp_still_playing"] = interp_playing(rig.client)
            time.sleep(GAP_S)
            end_frame, skipped = stop_server(rig)
    finally:
        sender.kill()
    return {"idle": idle, "load": load, "probes": probes, "sender": sent, "end_frame": end_frame,
            "skipped": skipped, "capture": capture, "log": rig.log}


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


def run_idle(rig: Rig, seconds: float) -> Phase:
    before, marks = snapshot(rig.client), rig.marks()
    time.sleep(seconds)
    end, extra = rig.since(marks)
    return Phase("idle", marks[0], end, before, snapshot(rig.client), extra)


def run_load(rig: Rig, sender: LoadSender, seconds: float, seed: int) -> tuple[Phase, dict, dict]:
    before, marks = snapshot(rig.client), rig.marks()
    probe_messages = rig.client.sent
    sender.go()
    probes = probe_until(rig.capture, rig.client, time.monotonic() + seconds, seed)
    sent = sender.result()
    rig.client.send(mute(0))  # leave it sounding, as the idle phase found it
    end, extra = rig.since(marks)
    time.sleep(SETTLE_CONTROLS_S)  # let the last messages reach the engine before counting them
    extra["osc_sent"] = sent["sent"] + rig.client.sent - probe_messages
    extra["osc_outside_ring"] = sent.get("outside_ring", 0)
    return Phase("load", marks[0], end, before, snapshot(rig.client), extra), probes, sent


# --- the machine's floor: a C client in the same rig ------------------------------------------

FLOOR_CLIENT = "jack_simple_client"  # jackd2's example: a sine table copied out, in C, no Python
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
        sink.bind(("127.0.0.1", 0))
        sender = LoadSender(sink.getsockname()[1], settings.load_rate, load_s, latent, settings.seed + index)
        client = subprocess.Popen([require_tool(FLOOR_CLIENT), jack_name], env={**os.environ, **jack.env()},
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            with JackCapture(channels=CAPTURE_CHANNELS, capacity_s=1.0, server=jack.name) as capture:
                connect_floor(capture, f"{jack_name}:", client)
                rig = Rig(None, None, jack, jack_name, capture=capture,
                          cpu=CpuMeter([os.getpid(), client.pid, sender.process.pid, jack.process.pid]),
                          log=JackLog(jack.log_path, {jack_name: "client", capture.name: "capture"}))
                time.sleep(SETTLE_S)
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
                                    jack_xruns_in(capture, phase), **extra}
                    time.sleep(GAP_S)
        finally:
            sender.kill()
            client.terminate()
            client.wait(STOP_TIMEOUT_S)
    return {"client": FLOOR_CLIENT, "block": block, "budget_ms": 1e3 * block / RATE, "phases": phases}


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


# --- what else was going on ------------------------------------------------------------------


class CpuMeter:
    """CPU time of our processes and of every other one (Linux ``/proc``): was the machine quiet?

    Per-process times (utime + stime, all threads) are exact, where ``/proc/stat``'s tick
    sampling misses short bursts like JACK cycles; but a process that starts and ends
    within a phase is only seen in the machine-wide figures: ``/proc/stat``'s busy time and
    its count of processes and threads created (``forks``).
    """

    def __init__(self, pids: list[int]):
        self.pids = set(pids)
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def read(self) -> tuple[float, dict[int, int], tuple[int, int, int, int]]:
        """(monotonic time, jiffies per process id, (all, busy, forks, stolen jiffies)) now."""
        jiffies = {}
        with contextlib.suppress(OSError):
            for entry in os.scandir("/proc"):
                if entry.name.isdigit():
                    jiffies[int(entry.name)] = self._process_jiffies(int(entry.name))
        return time.monotonic(), jiffies, self._machine()

    @staticmethod
    def _machine() -> tuple[int, int, int, int]:
        try:
            lines = Path("/proc/stat").read_text().splitlines()
            fields = [int(v) for v in lines[0].split()[1:9]]
            forks = next(int(line.split()[1]) for line in lines if line.startswith("processes "))
        except (OSError, ValueError, StopIteration):
            return 0, 0, 0, 0
        # Steal: time the hypervisor ran another machine on our cores (a virtual machine's
        # xruns that no process here caused).
        return sum(fields), sum(fields) - fields[3] - fields[4], forks, fields[7]

    @staticmethod
    def _process_jiffies(pid: int) -> int:
        try:
            rest = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return int(rest[11]) + int(rest[12])
        except (OSError, IndexError, ValueError):
            return 0

    def share(self, since: tuple) -> dict:
        """CPU use since ``since``, in % of one core: ours, others', the machine's, the busiest others."""
        now = self.read()
        seconds = max(now[0] - since[0], 1e-9)
        used = {pid: (j - since[1].get(pid, 0)) / self.tick / seconds * 100 for pid, j in now[1].items()}
        others = {pid: pct for pid, pct in used.items() if pid not in self.pids and pct > 0}
        busiest = sorted(others.items(), key=lambda kv: -kv[1])[:3]
        ours, machine = sum(used.get(pid, 0.0) for pid in self.pids), machine_pct(since[2], now[2])
        return {"ours_pct_of_a_core": ours, "others_pct_of_a_core": sum(others.values()),
                "machine_busy_pct_of_a_core": machine, "forks": now[2][2] - since[2][2],
                "stolen_pct_of_a_core": machine_pct(since[2], now[2], steal=True),
                # Short-lived processes are only in the machine's figure (tick-sampled: rough).
                "others_estimate_pct_of_a_core": max(sum(others.values()), machine - ours),
                "busiest_others": [{"pid": pid, "command": command_of(pid), "pct_of_a_core": pct}
                                   for pid, pct in busiest]}


def machine_pct(before: tuple[int, ...], after: tuple[int, ...], steal: bool = False) -> float:
    """Busy (or stolen) share of the machine between two ``/proc/stat`` readings, in % of one core."""
    which = 3 if steal else 1
    return 100.0 * (os.cpu_count() or 1) * (after[which] - before[which]) / max(after[0] - before[0], 1)


def wait_until_quiet(max_wait_s: float, sample_s: float = 1.0) -> dict:
    """Wait (up to ``max_wait_s``) for a second in which the machine is nearly idle.

    On a shared machine other people's work is the main source of xruns; a configuration
    is started when it has gone quiet, and each phase says how busy the rest was anyway.
    """
    start, busy = time.monotonic(), None
    while True:
        before = CpuMeter._machine()
        time.sleep(sample_s)
        busy = machine_pct(before, CpuMeter._machine())
        waited = time.monotonic() - start
        if busy <= QUIET_BUSY_PCT or waited >= max_wait_s:
            return {"waited_s": round(waited, 1), "busy_pct_of_a_core": busy, "quiet": busy <= QUIET_BUSY_PCT}


def command_of(pid: int) -> str:
    """A process's command line (shortened), or ``[its name]`` for a kernel thread."""
    with contextlib.suppress(OSError):
        line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        return line[:120] or f"[{Path(f'/proc/{pid}/comm').read_text().strip()}]"
    return "?"


class JackLog:
    """jackd's log, read while it runs: whom JACK blamed for each xrun.

    jackd reports xruns on stderr (unbuffered, so the file is current): "client = X was not
    finished" names a client still running at the cycle's deadline; "JackTimedDriver::Process
    XRun = N usec" is a cycle whose timer itself woke N µs late, a scheduling delay of jackd.
    A phase's share is the text written between its edges' :meth:`offset`.
    """

    def __init__(self, path: Path, roles: dict[str, str]):
        self.path, self.roles = path, roles

    def offset(self) -> int:
        with contextlib.suppress(OSError):
            return self.path.stat().st_size
        return 0

    def blame(self, start: int = 0, end: int | None = None) -> dict:
        """Late clients by role ("server", "capture" or their name) and late driver cycles."""
        try:
            with open(self.path, "rb") as log:
                log.seek(start)
                text = log.read(None if end is None else max(end - start, 0)).decode(errors="replace")
        except OSError:
            return {}
        late: dict[str, int] = {}
        driver = []
        for line in text.splitlines():
            if "was not finished" in line and "client = " in line:
                name = line.split("client = ", 1)[1].split(" was not finished", 1)[0]
                role = self.roles.get(name, name)
                late[role] = late.get(role, 0) + 1
            elif "JackTimedDriver::Process XRun = " in line:
                with contextlib.suppress(ValueError):
                    driver.append(float(line.rsplit("=", 1)[1].split()[0]))
        return {"late_clients": late, "late_driver_cycles": len(driver),
                "late_driver_worst_ms": max(driver) / 1e3 if driver else 0.0}


def finish_case(case: Case, result: dict, stats: dict, startup_s: float) -> dict:
    """Everything measured for one configuration, as it goes into the JSON."""
    durations = np.asarray(stats.pop("callback_durations_ms"), np.float64)
    capture, skipped = result["capture"], result["skipped"]
    phases = {}
    for phase in (result["idle"], result["load"]):
        picked = phase_durations(durations, result["end_frame"], phase, case.block, skipped)
        phases[phase.name] = summarise_phase(phase, picked, case.budget_ms, capture, skipped)
    troubles = list(capture.xrun_frames) + [frame for frame, _ in skipped]
    load = phases["load"]
    load["controls_unaccounted"] = (load["osc_sent"] - load["osc_outside_ring"] - load["controls_applied"]
                                    - load["controls_dropped"])
    return {
        "variant": case.variant, "block": case.block, "budget_ms": case.budget_ms, "startup_s": startup_s,
        "phases": phases,
        "control_to_sound": {**latency_summary(result["probes"]["heard"], troubles, case.block),
                             "failures": result["probes"]["failures"]},
        "reported": {k: stats.get(k) for k in ("latency_samples", "latency_ms", "device_latency_ms", "hop",
                                                "model_rate", "device_rate", "scheduling")},
        "load_sender": result["sender"],
        "jack": {"capture_xrun_notifications": capture.xruns, "capture_late_cycles": capture.late_cycles,
                 "skipped_cycles": len(skipped), "jackd_blamed_whole_run": result["jack_log"]},
        "server_totals": stats,
    }


# --- allocation check --------------------------------------------------------------------


FAKE_DEVICE_RATE = 48000


def offline_output(variant: str, block: int):
    """An AudioOutput around a warmed player for ``variant``, on a fake device; and its source."""
    from rtvae import config as cfg
    from rtvae.bench import baseline_server as baseline
    from rtvae.drivers.recorder import Recorder
    from rtvae.drivers.stream import AudioOutput, DeviceInfo
    from rtvae.engine.ahead import AheadSource
    from rtvae.engine.engine import Engine
    from rtvae.engine.player import Player
    from rtvae.model.directory import load_model
    from rtvae.session import MAX_BLOCK

    config = cfg.Config(cfg.defaults(("synth", "serve")))
    synth, model = config.synth, load_model("default")
    decoder = baseline.torch_decoder_factory(model, MAX_BLOCK // synth.hop + 2) if variant == "torch-inline" else None
    engine = Engine(model, hop=synth.hop, mode=synth.mode, max_block=MAX_BLOCK, smooth_ms=synth.smooth_ms,
                    temperature=synth.temperature, gain=synth.gain, decoder=decoder)
    player = Player(engine, config.serve.fade_ms)
    source = {"ahead": lambda: AheadSource(player, config.serve.ahead_hops, MAX_BLOCK),
              "nn~-2048": lambda: baseline.nn_source_factory(player)}.get(variant, lambda: player)()
    device = DeviceInfo(-1, "fake", "none", 2, float(FAKE_DEVICE_RATE))
    output = AudioOutput(source, engine.sample_rate, device, block=block, channels=(0, 1),
                         device_rate=FAKE_DEVICE_RATE, recorder=Recorder(engine.sample_rate), max_block=MAX_BLOCK)
    engine.warm()
    player.warm()
    output.warm()
    if variant == INTERP:
        play_interpolation(engine)
    return output, source


def play_interpolation(engine) -> None:
    """What :func:`start_interpolation` asks of a live server, done directly on an engine."""
    from rtvae.engine import controls as c
    from rtvae.engine.interp import MODES
    from rtvae.explore.corpus import corpus_for
    from rtvae.explore.curves import function
    from rtvae.explore.sources import pair, resolve

    corpus = corpus_for(engine.model)
    a, b = (resolve(name, corpus, engine.model, Path("."), None) for name in INTERP_PAIR)
    engine.sources.current = pair(a, b)
    engine.curve.current = function(INTERP_FUNCTION[0], INTERP_FUNCTION[1:])
    writer = c.ControlWriter(engine.ring)
    for kind, value in ((c.INTERP_MODE, MODES["meso"]), (c.INTERP_LOOP, 1.0),
                        (c.INTERP_SPEED, engine.hop / a.hop), (c.INTERP_PLAY, 1.0)):
        writer.send(kind, [value])


class CallbackDriver:
    """Calls an AudioOutput's callback as PortAudio would, with preallocated arguments.

    For an ahead source, each call first waits (up to 1 s) until the worker has filled the
    ring, so the callback takes its steady-state path (a copy), not the late-block one.
    """

    def __init__(self, output, source, block: int):
        self.output, self.block = output, block
        self.outdata = np.zeros((block, output.n_channels), np.float32)
        self.time_info = SimpleNamespace(outputBufferDacTime=0.0, currentTime=0.0, inputBufferAdcTime=0.0)
        self.status = SimpleNamespace(output_underflow=False, priming_output=False)
        self.ring, self.target = getattr(source, "ring", None), getattr(source, "target", 0)

    def run(self, calls: int) -> None:
        for _ in range(calls):
            if self.ring is not None:
                self._wait_for_ring()
            self.output._callback(self.outdata, self.block, self.time_info, self.status)

    def _wait_for_ring(self) -> None:
        deadline = time.monotonic() + 1.0
        while len(self.ring) < self.target and time.monotonic() < deadline:
            time.sleep(0.0001)


def growth_sites(before, after, limit: int = 3) -> list[dict]:
    """Where traced memory grew between two snapshots, in rtvae's code or below it."""
    sites = []
    for stat in after.compare_to(before, "traceback"):
        frames = [f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback]
        if stat.size_diff <= 0 or not any("rtvae" in f.filename and "bench" not in f.filename for f in stat.traceback):
            continue
        sites.append({"bytes": int(stat.size_diff), "blocks": int(stat.count_diff), "stack": frames[-4:]})
        if len(sites) == limit:
            break
    return sites


def measure_allocations(driver: CallbackDriver, calls: int) -> dict:
    """Bytes the callback leaves allocated over ``calls`` calls and over their second half, and its peak.

    ALLOC_WARMUP more calls run under tracing first: caches and free lists that fill on first
    use (ONNX Runtime's binding keeps ~100 small objects) would otherwise read as growth. A
    leak grows in both halves; a cache filling up, in the first only.
    """
    import tracemalloc

    tracemalloc.start(ALLOC_FRAMES)
    try:
        driver.run(ALLOC_WARMUP)
        before = tracemalloc.take_snapshot()
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        driver.run(calls // 2)
        middle, _ = tracemalloc.get_traced_memory()
        driver.run(calls - calls // 2)
        current, peak = tracemalloc.get_traced_memory()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    return {"net_growth_bytes": int(current - base), "second_half_growth_bytes": int(current - middle),
            "peak_bytes": int(peak - base), "growth_sites": growth_sites(before, after)}


def callback_allocations(variant: str, block: int, warmup: int = ALLOC_WARMUP, calls: int = ALLOC_CALLS) -> dict:
    """The allocation check for ``variant`` at ``block`` frames (see the module docstring)."""
    from rtvae.engine import telemetry as tm

    output, source = offline_output(variant, block)
    driver = CallbackDriver(output, source, block)
    if hasattr(source, "start"):
        source.start()
    try:
        driver.run(warmup)
        measured = measure_allocations(driver, calls)
    finally:
        if hasattr(source, "stop"):
            source.stop()
    counters = output.telemetry.counters
    return {"variant": variant, "block": block, "calls": calls, **measured,
            "callback_errors": int(counters[tm.CALLBACK_ERRORS]), "late_blocks": int(getattr(source, "late_blocks", 0)),
            "sound": bool(np.abs(driver.outdata).max() > 0)}


# --- machine, report ----------------------------------------------------------------------


def version_of(package: str) -> str | None:
    with contextlib.suppress(metadata.PackageNotFoundError):
        return metadata.version(package)
    return None


def jackd_version() -> str | None:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        done = subprocess.run(["jackd", "--version"], capture_output=True, text=True, timeout=10)
        return next((line.strip() for line in done.stdout.splitlines() if "version" in line), None)
    return None


def machine_info() -> dict:
    """Where and with what the figures were taken (no heavy import: versions from metadata)."""
    from rtvae import __version__

    packages = ("numpy", "numba", "onnxruntime", "torch", "sounddevice", "JACK-Client", "python-osc")
    return {
        "cpu": cpu_model(), "cpu_count": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(), "python": platform.python_version(), "rtvae": __version__,
        "jackd": jackd_version(), **{name: version_of(name) for name in packages},
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def acceptance(cases: list[dict], floors: list[dict] = (), interp_pairs: dict | None = None) -> list[dict]:
    """The issue's acceptance figures, each with its value and verdict (None: not measured)."""
    by = {(c["variant"], c["block"]): c for c in cases if "error" not in c}
    floor = next((f["phases"]["load"] for f in floors if f["block"] == ACCEPTANCE_BLOCK and "error" not in f), None)
    checks, budget_pct = [], 100 * ACCEPTANCE_BUDGET_SHARE
    for variant in ACCEPTANCE_VARIANTS:
        case = by.get((variant, ACCEPTANCE_BLOCK))
        load = case["phases"]["load"] if case else None
        checks.append(_check(f"{variant}, block {ACCEPTANCE_BLOCK}: xruns under load", load and load["xruns"],
                             "== 0", lambda v: v == 0, load, blamed=load and load.get("jackd_blamed"),
                             floor=floor and {"client": FLOOR_CLIENT, "seconds": floor["seconds"],
                                              "jack_xrun_notifications": floor["jack_xrun_notifications"]}))
        checks.append(_check(f"{variant}, block {ACCEPTANCE_BLOCK}: callback p99.9 under load, % of budget",
                             load and load["callbacks"].get("p99.9_budget_pct"), f"≤ {budget_pct:g} %",
                             lambda v: v <= budget_pct, load))
    case, interp = by.get(("inline", ACCEPTANCE_BLOCK)), by.get((INTERP, ACCEPTANCE_BLOCK))
    pairs = (interp_pairs or {}).get("summary", {})
    if pairs.get("xruns"):  # an interpolation playing adds no xruns: no increase the pairs can detect
        xruns = pairs["xruns"]
        checks.append(_check(f"{INTERP}, block {ACCEPTANCE_BLOCK}: more xruns than inline over {pairs['pairs']} "
                             "interleaved pairs, sign test p", xruns["sign_test_p"], f"≥ {SIGN_TEST_ALPHA:g}",
                             lambda v: v >= SIGN_TEST_ALPHA, None, pairs=pairs["pairs"],
                             segment_seconds=interp_pairs["segment_s"], paired=xruns))
    elif interp:  # the same, from the one run of each in the main table
        load = interp["phases"]["load"]
        beyond = load["xruns"] - case["phases"]["load"]["xruns"] if case else None
        checks.append(_check(f"{INTERP}, block {ACCEPTANCE_BLOCK}: xruns under load beyond inline's in this run",
                             beyond, "≤ 0", lambda v: v <= 0, load, blamed=load.get("jackd_blamed")))
    latency = case["control_to_sound"] if case else {}
    checks.append(_check(f"inline, block {ACCEPTANCE_BLOCK}: control-to-sound p99 (ms) under load",
                         latency.get("ms", {}).get("p99"), f"≤ {ACCEPTANCE_LATENCY_MS:g} ms",
                         lambda v: v <= ACCEPTANCE_LATENCY_MS, case and case["phases"]["load"],
                         jitter=latency.get("jitter_ms"), probes=latency.get("probes"),
                         near_xruns=latency.get("near_xruns")))
    return checks


def _check(label: str, value, target: str, ok, phase: dict | None, **extra) -> dict:
    """One acceptance check, with the phase's length and how busy the rest of the machine was."""
    verdict = None if value is None else bool(ok(value))
    cpu = (phase or {}).get("cpu", {})
    return {"check": label, "value": value, "target": target, "pass": verdict,
            "load_seconds": phase and phase["seconds"],
            "others_pct_of_a_core": cpu.get("others_estimate_pct_of_a_core"),
            "stolen_pct_of_a_core": cpu.get("stolen_pct_of_a_core"), **extra}


def ratios(cases: list[dict]) -> list[dict]:
    """Baseline ÷ ours in the same run: callback p99.9 under load, and latency p50."""
    by = {(c["variant"], c["block"]): c for c in cases if "error" not in c}
    rows = []
    for (variant, block), case in sorted(by.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        ours = by.get(("inline", block))
        if variant in SERVER_VARIANTS or ours is None:
            continue
        rows.append({"baseline": variant, "block": block,
                     "callback_p99.9_ratio": _ratio(case, ours, lambda c: c["phases"]["load"]["callbacks"]["ms"]["p99.9"]),
                     "latency_p50_ratio": _ratio(case, ours, lambda c: c["control_to_sound"]["ms"]["p50"])})
    return rows


def _ratio(case: dict, ours: dict, pick) -> float | None:
    with contextlib.suppress(KeyError, ZeroDivisionError, TypeError):
        return float(pick(case) / pick(ours))
    return None


def run_benchmark(settings: Settings) -> dict:
    """Measure every configuration and the allocation check; write JSON, Markdown and PNG."""
    cases = [Case(v, b, settings.load_seconds(v, b)) for v, b in settings.configurations()]
    progress(f"rtvae bench: {len(cases)} configurations and {settings.pairs} interleaved pairs, "
             f"about {settings.estimate_s() / 60:.0f} min")
    machine = machine_info()
    latent = latent_size()
    prepare_corpus()
    results = []
    with stoppable(), realtime_friendly():
        floors = floors_for(settings, latent) if settings.floor else []
        for i, case in enumerate(cases):
            results.append(run_logged(case, settings, latent, i, f"[{i + 1}/{len(cases)}]"))
        interp_pairs = measure_pairs_logged(settings, latent) if settings.pairs else None
    allocations = [] if settings.only_pairs else [run_allocation(variant) for variant in settings.variants]
    report = {"benchmark": "latency", "machine": machine, "settings": settings_json(settings),
              "histogram_edges_ms": HISTOGRAM_EDGES_MS.tolist(), "cases": results, "floor": floors,
              "interp_pairs": interp_pairs, "allocations": allocations,
              "acceptance": acceptance(results, floors, interp_pairs), "ratios": ratios(results)}
    write_report(report, settings)
    return report


def measure_pairs(settings: Settings, latent: int) -> dict:
    """What an interpolation adds: inline and inline+interp segments alternating in a server run.

    One server (inline, block 128) with both sources set; segments of ``pair_s`` seconds
    under load alternate, the order flipping every pair (:mod:`rtvae.bench.pairs`). An
    inline+interp segment starts with ``/rtvae/interp/play`` and carries the interpolation's
    load; an inline segment starts with a latent message, which takes the latent back (the
    interpolation ends), and carries the latent load. Same process, same JACK server,
    neighbouring seconds: the machine's mood, which swings a whole run's xruns tenfold, is
    shared by both members of a pair. A server run holds at most ``PAIRS_PER_SERVER`` pairs
    (its ring of callback times reaches back 175 s at block 128); more pairs take more runs.
    """
    rounds = [min(PAIRS_PER_SERVER, settings.pairs - first) for first in range(0, settings.pairs, PAIRS_PER_SERVER)]
    progress(f"pairs: inline and {INTERP} alternately, {settings.pairs} pairs of {settings.pair_s:g} s segments "
             f"in {len(rounds)} server run(s) at block {ACCEPTANCE_BLOCK} ...")
    results, sent = [], {variant: [] for variant in PAIRED}
    for r, count in enumerate(rounds):
        with tempfile.TemporaryDirectory(prefix="rtvae-bench-") as folder:
            folder = Path(folder)
            with serving(INTERP, ACCEPTANCE_BLOCK, settings, f"rtvae-pairs-{os.getpid()}-{r}", folder) as (rig, _):
                pairs, run = run_segments(settings, rig, latent, len(results), count)
            stats = json.loads((folder / "stats.json").read_text())
        results += summarise_segments(pairs, run, np.asarray(stats.pop("callback_durations_ms"), np.float64), settings)
        for variant in PAIRED:
            sent[variant] += run["sent"][variant]
    report = {"variants": list(PAIRED), "block": ACCEPTANCE_BLOCK, "segment_s": settings.pair_s,
              "server_runs": len(rounds), "results": results, "summary": paired.summary(results, PAIRED),
              "load_sender": sent}
    xruns = report["summary"].get("xruns")
    if xruns:
        progress(f"pairs: xruns median {xruns['median']}, {INTERP} higher in {xruns['more']}, lower in "
                 f"{xruns['fewer']}, sign test p = {xruns['sign_test_p']:.2f}")
    return report


def summarise_segments(pairs: list[dict], run: dict, durations: np.ndarray, settings: Settings) -> list[dict]:
    """Each segment's phase replaced by its figures (an error stays as it is)."""
    budget_ms = 1e3 * ACCEPTANCE_BLOCK / RATE
    for pair in pairs:
        pair["figures"] = {variant: phase if isinstance(phase, dict) else pair_figures(summarise_phase(
            phase, phase_durations(durations, run["end_frame"], phase, ACCEPTANCE_BLOCK, run["skipped"]),
            budget_ms, run["capture"], run["skipped"]), settings.pair_s)
            for variant, phase in pair["figures"].items()}
    return pairs


def measure_pairs_logged(settings: Settings, latent: int) -> dict:
    """:func:`measure_pairs`, a failure recorded rather than raised (the main table is kept)."""
    try:
        return measure_pairs(settings, latent)
    except Exception as exc:
        progress(f"pairs: FAILED: {exc}")
        return {"variants": list(PAIRED), "block": ACCEPTANCE_BLOCK, "error": str(exc)}


def run_segments(settings: Settings, rig: Rig, latent: int, first: int, count: int) -> tuple[list[dict], dict]:
    """Pairs ``first`` to ``first + count`` of :func:`measure_pairs` on one server; their
    phases, and what summarising them needs."""
    # Per segment: the switch's gap, the load, the settle, the snapshots, the play check (≤ 1 s).
    capacity = SETTLE_S + 2 * count * (settings.pair_s + GAP_S + SETTLE_CONTROLS_S + 3.0) + 10.0
    sent, sender = {variant: [] for variant in PAIRED}, None

    def segment(variant: str, index: int, tag: str) -> Phase:
        interp = variant == INTERP
        # The switch happens before the measured window: play resumes the interpolation; a
        # latent message ends it (the load's first message would, inside the window).
        rig.client.send(osc_message("/rtvae/interp/play") if interp else osc_message("/rtvae/z/set", 0, 0.0))
        time.sleep(GAP_S)
        before, marks = snapshot(rig.client), rig.marks()
        sender.go(interp)
        sent[variant].append(sender.result())
        end, extra = rig.since(marks)
        time.sleep(SETTLE_CONTROLS_S)
        after = snapshot(rig.client)  # before the play check, which waits longer when nothing plays
        playing = interp_playing(rig.client)
        if playing != interp:
            raise RuntimeError(f"the interpolation was {'not ' * interp}playing in an {variant} segment")
        if rig.capture.overflowed:
            raise RuntimeError("the capture's buffer filled up: the segments' frame times would be wrong")
        progress(f"{tag} {variant}: xruns {after['xruns'] - before['xruns']}")
        return Phase(f"{variant} {index}", marks[0], end, before, after, {**extra, "interp_playing": playing})

    try:
        sender = LoadSender(rig.server.port, settings.load_rate, settings.pair_s, latent, settings.seed + 2000)
        rig.cpu = CpuMeter([os.getpid(), rig.server.process.pid, sender.process.pid, rig.jack.process.pid])
        with capturing(rig, JackCapture, capacity) as capture:
            results = paired.run_pairs(PAIRED, count, segment, first=first, total=settings.pairs)
            end_frame, skipped = stop_server(rig)
    finally:
        if sender is not None:
            sender.kill()
    return results, {"end_frame": end_frame, "skipped": skipped, "capture": capture, "sent": sent}


def pair_figures(phase: dict, seconds_expected: float) -> dict:
    """What a segment is compared on: xruns, server lateness, JACK xruns, callback p99.9.

    The callback p99.9 is left out when the server's duration ring no longer held most of
    the segment's callbacks.
    """
    callbacks = phase["callbacks"]
    whole = callbacks.get("blocks", 0) > 0.5 * seconds_expected * RATE / ACCEPTANCE_BLOCK
    return {"xruns": phase["xruns"],
            "server_late": phase.get("jackd_blamed", {}).get("late_clients", {}).get("server", 0),
            "jack_xrun_notifications": phase["jack_xrun_notifications"],
            "callback_p99.9_ms": callbacks["ms"]["p99.9"] if whole else None,
            "seconds": phase["seconds"], "controls_applied": phase["controls_applied"],
            "interp_playing": phase.get("interp_playing"),
            "others_pct_of_a_core": phase.get("cpu", {}).get("others_estimate_pct_of_a_core")}


def prepare_corpus() -> None:
    """Build the default corpus first, as a user's second start finds it, so no server's
    measurement shares the two cores with its first-start build."""
    from rtvae.explore.corpus import build_default_in_child, corpus_for
    from rtvae.model.directory import load_model

    if corpus_for(load_model("default"), build=False) is None:
        progress("building the default corpus first (once) ...")
        build_default_in_child()


@contextlib.contextmanager
def stoppable():
    """While running: SIGTERM raises KeyboardInterrupt, so every server and JACK server started is stopped."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def realtime_friendly():
    """While measuring: hand the GIL over quickly and never stop for a GC pass.

    The capture's JACK callback runs Python in this process; a late capture is an xrun
    for the whole JACK graph, which PortAudio then flags in the server under test.
    """
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        sys.setswitchinterval(interval)


def run_logged(case: Case, settings: Settings, latent: int, index: int, tag: str) -> dict:
    """One configuration with progress lines tagged ``tag``; a failure is recorded, not raised."""
    quiet = wait_until_quiet(settings.max_wait_quiet_s) if settings.max_wait_quiet_s > 0 else None
    if quiet and not quiet["quiet"]:
        progress(f"{tag} the machine is busy ({quiet['busy_pct_of_a_core']:.0f} % of a core): "
                 "measuring anyway, the figures will show it")
    progress(f"{tag} {case.label}: idle {settings.idle_s:g} s, load {case.load_s:g} s ...")
    try:
        result = {**run_case(case, settings, latent, index), "machine_before": quiet}
    except Exception as exc:  # one broken configuration must not lose the others' figures
        progress(f"{tag} {case.label}: FAILED: {exc}")
        return {"variant": case.variant, "block": case.block, "budget_ms": case.budget_ms, "error": str(exc)}
    gc.collect()  # between configurations, with nothing running
    progress(f"{tag} {case.label}: {one_line(result)}")
    return result


def one_line(case: dict) -> str:
    idle, load, lat = case["phases"]["idle"], case["phases"]["load"], case["control_to_sound"]
    p = load["callbacks"].get("ms", {})
    latency = f"latency p50 {lat['ms']['p50']:.2f} / p99 {lat['ms']['p99']:.2f} ms ({lat['probes']} probes)" \
        if lat.get("probes") else "no latency probe succeeded"
    return (f"xruns {idle['xruns']}/{load['xruns']}, callback p99.9 {p.get('p99.9', float('nan')):.3f} ms "
            f"({load['callbacks'].get('p99.9_budget_pct', float('nan')):.0f} % of budget), {latency}")


def run_allocation(variant: str) -> dict:
    progress(f"allocation check: {variant} @ {ACCEPTANCE_BLOCK} ...")
    try:
        return callback_allocations(variant, ACCEPTANCE_BLOCK)
    except Exception as exc:
        progress(f"allocation check: {variant}: FAILED: {exc}")
        return {"variant": variant, "block": ACCEPTANCE_BLOCK, "error": str(exc)}


def settings_json(settings: Settings) -> dict:
    data = asdict(settings)
    data.update(out=str(settings.out), blocks=list(settings.blocks), variants=list(settings.variants),
                rate=RATE, settle_s=SETTLE_S, gap_s=GAP_S, phase_trim_s=PHASE_TRIM_S,
                full_latent_every=FULL_LATENT_EVERY, silent_run=SILENT_RUN, alloc_warmup=ALLOC_WARMUP,
                alloc_calls=ALLOC_CALLS)
    return data


# --- Markdown -------------------------------------------------------------------------------


def _ms(value, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _quad(callbacks: dict) -> str:
    """p50 / p99 / p99.9 / max of a phase's callback durations, in ms."""
    ms = callbacks.get("ms")
    return "—" if not ms else " / ".join(_ms(ms[k]) for k in ("p50", "p99", "p99.9", "max"))


def table_row(case: dict) -> str:
    if "error" in case:
        return f"| {case['variant']} | {case['block']} | {case['budget_ms']:.2f} | failed: {case['error'][:80]} |" + " |" * 9
    idle, load = case["phases"]["idle"], case["phases"]["load"]
    lat, reported = case["control_to_sound"], case["reported"]
    ms, jitter = lat.get("ms", {}), lat.get("jitter_ms", {})
    latency = f"{_ms(ms.get('p50'), 2)} / {_ms(ms.get('p99'), 2)}"
    spread = f"{_ms(jitter.get('std'), 2)} / {_ms(jitter.get('p99_minus_p1'), 2)}"
    share = load["callbacks"].get("p99.9_budget_pct")
    cells = [case["variant"], case["block"], f"{case['budget_ms']:.2f}", _quad(idle["callbacks"]), _quad(load["callbacks"]),
             "—" if share is None else f"{share:.0f} %", f"{idle['xruns']}{_noisy(idle)} / {load['xruns']}{_noisy(load)}",
             f"{idle['late_blocks']} / {load['late_blocks']}",
             f"{load['controls_dropped']} / {load['controls_unaccounted']}", latency, spread, probe_count(lat),
             f"{reported['latency_samples']} ({reported['latency_ms']:.1f} ms)"]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def probe_count(latency: dict) -> str:
    """Probes summarised, and those left out because an xrun fell within them."""
    near = latency.get("near_xruns", 0)
    return f"{latency.get('probes', 0)}" + (f" (+{near} near xruns)" if near else "")


def _noisy(phase: dict) -> str:
    """"†" when other processes were busy during the phase."""
    others = phase.get("cpu", {}).get("others_estimate_pct_of_a_core", 0.0)
    return "†" if others > NOISY_OTHERS_PCT else ""


def blame_text(blamed: dict) -> str:
    """jackd's account of a phase's xruns, in words."""
    clients = ", ".join(f"{role} {n}" for role, n in sorted(blamed["late_clients"].items())) or "no client"
    return f"jackd blamed: {clients}; its own timer woke late {blamed['late_driver_cycles']} times"


def acceptance_lines(report: dict) -> list[str]:
    lines = []
    for check in report["acceptance"]:
        verdict = {True: "PASS", False: "FAIL", None: "NOT MEASURED"}[check["pass"]]
        value = "—" if check["value"] is None else f"{check['value']:.3g}"
        seconds = f", {check['load_seconds']:g} s under load" if check.get("load_seconds") else ""
        jitter = check.get("jitter")
        extra = f"; jitter std {jitter['std']:.2f} ms, p99 − p1 {jitter['p99_minus_p1']:.2f} ms" if jitter else ""
        if check.get("probes") is not None:
            extra += f"; {check['probes']} probes, {check['near_xruns']} more left out for an xrun within them"
        if check.get("blamed") and check["value"]:
            extra += "; " + blame_text(check["blamed"])
        others = check.get("others_pct_of_a_core")
        if others is not None and others > NOISY_OTHERS_PCT:
            extra += f"; other processes used ~{others:.0f} % of a core meanwhile"
        floor = check.get("floor")
        if floor:
            extra += (f"; the machine's floor in this run: {floor['client']} (C) got "
                      f"{floor['jack_xrun_notifications']} JACK xrun notifications in {floor['seconds']:.0f} s under the same load")
        pairs = check.get("paired")
        if pairs:
            (a, median_a), (b, median_b) = pairs["median"].items()
            (_, total_a), (_, total_b) = pairs["total"].items()
            extra += (f"; {check['pairs']} pairs of {check['segment_seconds']:g} s segments: {b} higher in "
                      f"{pairs['more']} pairs, lower in {pairs['fewer']}, tied in {pairs['ties']}; median xruns "
                      f"{median_a:g} ({a}) and {median_b:g} ({b}), median difference {pairs['median_difference']:g}; "
                      f"totals {total_a} and {total_b}")
        stolen = check.get("stolen_pct_of_a_core")
        if stolen:
            extra += f"; the hypervisor took ~{stolen:.1f} % of a core (steal time)"
        lines.append(f"- {verdict} {check['check']} = {value} (target {check['target']}{seconds}){extra}")
    return lines


def floor_lines(report: dict) -> list[str]:
    """xruns side by side, counted alike for our servers and for JACK's C example client."""
    if not report.get("floor"):
        return []
    lines = [f"xruns counted alike for every client: JACK's xrun notifications to the capture client "
             f"(any late client, often two per stalled cycle), and jackd's log of who was late. "
             f"The floor is {FLOOR_CLIENT} (jackd2's example, C, no Python) in the same rig and under the "
             "same load: what this machine does to a client that does nothing.", "",
             "| client | block | seconds idle / load | JACK xruns idle / load | jackd blamed under load |",
             "|---|---:|---:|---:|---|"]
    rows = [(f"{f['client']} (floor)", f) for f in report["floor"]] + \
           [(c["variant"], c) for c in report["cases"] if "error" not in c]
    for label, row in sorted(rows, key=lambda r: r[1]["block"]):
        if "error" in row:
            lines.append(f"| {label} | {row['block']} | failed: {row['error'][:80]} | | |")
            continue
        idle, load = row["phases"]["idle"], row["phases"]["load"]
        blamed = load.get("jackd_blamed") or {}
        lines.append(f"| {label} | {row['block']} | {idle['seconds']:.0f} / {load['seconds']:.0f} "
                     f"| {idle['jack_xrun_notifications']} / {load['jack_xrun_notifications']} "
                     f"| {blame_text(blamed) if blamed else '—'} |")
    return lines + [""]


def pair_lines(report: dict) -> list[str]:
    """What an interpolation adds, from the interleaved pairs (none: nothing)."""
    pairs = report.get("interp_pairs")
    if not pairs:
        return []
    if "error" in pairs:
        return [f"What an interpolation adds, in interleaved pairs: failed: {pairs['error']}", ""]
    return ["What an interpolation adds, measured in interleaved pairs:", "", *paired.markdown_lines(report["interp_pairs"])]


def ratio_lines(report: dict) -> list[str]:
    lines = []
    for row in report["ratios"]:
        cb, lat = row["callback_p99.9_ratio"], row["latency_p50_ratio"]
        lines.append(f"- {row['baseline']} ÷ inline at block {row['block']}: callback p99.9 under load "
                     f"{'—' if cb is None else f'×{cb:.1f}'}, control-to-sound p50 {'—' if lat is None else f'×{lat:.1f}'}")
    return lines


def allocation_lines(report: dict) -> list[str]:
    lines = ["| variant | block | calls | net growth (bytes) | growth, second half | transient peak (bytes) "
             "| callback errors | where it grew |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for a in report["allocations"]:
        if "error" in a:
            lines.append(f"| {a['variant']} | {a['block']} | failed: {a['error'][:80]} | | | | | |")
            continue
        sites = "; ".join(f"{site['bytes']} B at {' → '.join(site['stack'][-2:])}" for site in a["growth_sites"])
        sites = sites if a["net_growth_bytes"] > SITES_SHOWN_ABOVE_BYTES else "—"
        lines.append(f"| {a['variant']} | {a['block']} | {a['calls']} | {a['net_growth_bytes']} "
                     f"| {a['second_half_growth_bytes']} | {a['peak_bytes']} | {a['callback_errors']} | {sites} |")
    return lines


def markdown(report: dict) -> str:
    """The compact table, the floor, the pairs, the acceptance lines, the baseline ratios and
    the allocation check (each section only when measured)."""
    m, s = report["machine"], report["settings"]
    machine = f"{m['cpu']}, {m['usable_cpus']} cores, {m['date'][:10]}"
    lines = [f"Live server on a JACK dummy server at {s['rate']} Hz (period = block), {machine}.", ""]
    if report["cases"]:
        lines += [
            f"Per configuration: {s['idle_s']:g} s idle, then {s['load_s']:g} s under {s['load_rate']} OSC "
            f"messages/s ({s['acceptance_load_s']:g} s for block {ACCEPTANCE_BLOCK}, inline, ahead and inline+interp). "
            "Callback: p50 / p99 / p99.9 / max in ms. Latency: OSC sent → first changed sample's arrival at the JACK "
            "capture client (monotonic clock), under load, over the probes with no xrun within them. "
            "Dropped: refused by the control ring / sent but never applied. Reported: the server's "
            "own latency figure in model-rate samples (one hop, + ahead hops, + the resampler's half filter).",
            "",
            "| variant | block | budget ms | callback idle | callback load | p99.9 load ÷ budget | xruns idle / load "
            "| late blocks idle / load | dropped controls | latency p50 / p99 ms | jitter std / p99−p1 ms | probes "
            "| reported latency |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            *[table_row(case) for case in report["cases"]],
            "",
            f"† other processes used more than {NOISY_OTHERS_PCT:g} % of a core during that phase (a shared machine; "
            "the JSON has each phase's CPU use and jackd's account of which client was late).",
            "",
        ]
    lines += [*floor_lines(report), *pair_lines(report), "Acceptance:", "", *acceptance_lines(report), ""]
    if report["cases"]:
        lines += ["Baselines measured in the same run:", "", *(ratio_lines(report) or ["- (no baseline in this run)"]), ""]
    if report["allocations"]:
        lines += ["Callback allocations in steady state (tracemalloc; the Python heap and numpy, not ONNX Runtime's "
                  f"or torch's allocators), {s['alloc_warmup']} warm-up calls then {s['alloc_calls']} measured:", "",
                  *allocation_lines(report), ""]
    return "\n".join(lines)


def write_report(report: dict, settings: Settings) -> None:
    out = settings.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    table = markdown(report)
    out.with_suffix(".md").write_text(table)
    written = [out, out.with_suffix(".md")]
    if settings.plot and report["cases"]:
        from rtvae.bench.plots import plot_callback_distributions

        written.append(plot_callback_distributions(report, out.with_suffix(".png")))
    print(table)
    progress("wrote " + ", ".join(str(p) for p in written))


def main(argv: list[str] | None = None, default_out: Path | None = None) -> dict:
    """``python benchmarks/latency.py`` and friends: parse the flags, run, return the report."""
    import argparse

    from rtvae.commands.bench import add_arguments

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    if default_out is not None:
        parser.set_defaults(out=str(default_out))
    return run_benchmark(settings_from(parser.parse_args(argv)))
