"""Hostile clients, as a stranger on the network would be: a seeded fuzz of OSC packets, a
flood, a steady load; and the senders that play them against a live server.

:func:`fuzz_packets` yields mutated, truncated and random packets, bundles (nested too,
some with broken elements) and odd type tags, with the reproductions of issue 9 among them
(:func:`reproductions`). Everything is drawn from one seed, so a failing run can be replayed.

The senders run in a process of their own (``python -m tests.hostile fuzz|flood ...``, see
:func:`run_sender`) so that the measuring process, which runs a JACK capture whose callback
is Python, keeps its GIL. Traffic goes only to 127.0.0.1; every loop is bounded in count
and in time. Used by tests/test_fuzz.py, test_flood.py, test_soak.py and benchmarks/robustness.py.
"""

from __future__ import annotations

import json
import math
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from rtvae.osc.client import NTP_EPOCH, OscClient, bundle, message

ROOT = Path(__file__).resolve().parent.parent
LATENT_SIZE = 128  # the embedded default model's
SOURCES = ("organ_C3_mid", "string_A2_mid", "bell_C5_mid", "cluster:0", "cluster:3")
BATCH = 200            # fuzz packets between two pings (the sender waits for each pong: self-clocked)
PONG_WAIT_S = 2.0
REPEAT_REPRODUCTIONS_AT = (0.0, 0.5, 0.97)  # where in the stream the reproductions are sent


# --- OSC on the wire, any type tag -----------------------------------------------------------

def osc_string(text: bytes) -> bytes:
    """NUL-terminated, padded to 4 bytes."""
    return text + b"\0" * (4 - len(text) % 4)


def osc_blob(data: bytes) -> bytes:
    return struct.pack(">i", len(data)) + data + b"\0" * (-len(data) % 4)


ENCODERS = {
    "i": lambda v: struct.pack(">i", int(v)), "f": lambda v: struct.pack(">f", float(v)),
    "d": lambda v: struct.pack(">d", float(v)), "h": lambda v: struct.pack(">q", int(v)),
    "t": lambda v: struct.pack(">Q", int(v)), "c": lambda v: struct.pack(">i", int(v)),
    "r": lambda v: struct.pack(">I", int(v)), "m": lambda v: struct.pack(">I", int(v)),
    "s": lambda v: osc_string(v if isinstance(v, bytes) else str(v).encode("utf-8", "surrogatepass")),
    "S": lambda v: osc_string(v if isinstance(v, bytes) else str(v).encode()),
    "b": lambda v: osc_blob(v if isinstance(v, bytes) else bytes(v)),
}
NO_PAYLOAD = "TFNI[]"


def raw_message(address: bytes | str, args: list[tuple[str, object]]) -> bytes:
    """A message with exactly these (type tag, value) arguments, any tag OSC 1.0/1.1 knows."""
    address = address.encode() if isinstance(address, str) else address
    tags = "".join(tag for tag, _ in args)
    payload = b"".join(b"" if tag in NO_PAYLOAD else ENCODERS[tag](value) for tag, value in args)
    return osc_string(address) + osc_string(("," + tags).encode()) + payload


def timetag_bytes(unix_time: float | None) -> bytes:
    """An OSC timetag (None: immediately)."""
    if unix_time is None:
        return struct.pack(">Q", 1)
    ntp = max(0.0, unix_time + NTP_EPOCH)
    seconds = min(int(ntp), 2**32 - 1)
    return struct.pack(">II", seconds, int((ntp % 1) * 2**32))


def raw_bundle(unix_time: float | None, elements: list[bytes], sizes: list[int] | None = None) -> bytes:
    """A bundle; ``sizes`` overrides the declared element sizes (to lie about them)."""
    sizes = sizes or [len(e) for e in elements]
    return b"#bundle\0" + timetag_bytes(unix_time) + b"".join(struct.pack(">i", n) + e for n, e in zip(sizes, elements))


# --- the reproductions --------------------------------------------------------------

def reproductions(loud: tuple[float, ...], own_port: int | None = None) -> list[bytes]:
    """Issue 9's findings as datagrams, in the order they were found (plus a few more of its kind)."""
    far = time.time() + 3600
    meso = [message("/rtvae/interp/a", SOURCES[0]), message("/rtvae/interp/b", SOURCES[1]),
            message("/rtvae/interp/mode", "meso"), message("/rtvae/interp/function", "exp", 0.0, 1.0, 1e6),
            message("/rtvae/interp/play")]
    packets = [
        message("/rtvae/z/set", *[v for k in range(129) for v in (k, 0.5)]),      # 1: 129 pairs
        message("/rtvae/interp/function", "walk", -1.0, 0.05, 0.0, 1.0),          # 1: a negative seed
        message("/rtvae/interp/function", "walk", 0.0, -0.05),                     # 1: a negative step
        *meso,                                                                      # 2: NaN for good
        *[bundle(far, message("/rtvae/mute", 0)) for _ in range(256)],             # 3: far-future bundles...
        message("/rtvae/mute", 1),                                                 # 3: ...then an immediate mute
        message("/rtvae/help"),                                                    # 5: 214x
        message("/rtvae/preset/recall", "x" * 200),                                # 5: an unknown preset
        *[message("/rtvae/reply", 20000 + k) for k in range(12)],                  # 5: unlimited targets
        message("/rtvae/reply", 20099, "127.example.com"),                        # 5: a name to resolve
        raw_bundle(None, [message("/rtvae/gain", 0.5), b"\x00garbage"]),           # 6: one garbage element
        raw_bundle(None, [message("/rtvae/gain", 0.5)], sizes=[400]),              # 6: past the packet's end
        message("/rtvae/record/start", "a\0b"),                                    # 7: a NUL in a name
        raw_message("/rtvae/gain", [("c", 65)]),                                   # 7: type tag c
        raw_message("/rtvae/mute", [("I", None)]),                                 # 7: type tag I
        message("/rtvae/nowhere/" + "y" * 60000),                                  # 7: an error too big to send
        message("/rtvae/gain", 16.0), message("/rtvae/z", *loud),                  # 8: gain 16, a loud latent
        message("/rtvae/mute", 0), message("/rtvae/record/stop"),
    ]
    if own_port is not None:  # replies sent to the server itself
        packets.append(message("/rtvae/reply", own_port))
    return packets


# --- the seeded generator -------------------------------------------------------------------

class Fuzzer:
    """Draws packets from one seeded generator; see :func:`fuzz_packets`."""

    SPECIAL_FLOATS = (math.nan, math.inf, -math.inf, 1e30, -1e30, 1e-45, -0.0, 3.4e38)
    SPECIAL_INTS = (-1, -(2**31), 2**31 - 1, 128, 129, 65536, 0)
    ODD_TAGS = "cIhdbSmrtTFN"

    def __init__(self, seed: int, latent_size: int = LATENT_SIZE, own_port: int | None = None):
        from rtvae.osc.namespace import NAMESPACE

        self.rng = np.random.default_rng(seed)
        self.latent_size, self.own_port = latent_size, own_port
        self.rows = NAMESPACE
        self.kinds = (  # (weight, maker)
            (30, self.valid_message), (25, self.mutated_message), (10, self.flipped_bytes),
            (10, self.truncated), (5, self.random_bytes), (15, self.some_bundle), (5, self.odd_tags),
        )
        weights = np.array([w for w, _ in self.kinds], float)
        self.weights = weights / weights.sum()

    def packet(self) -> bytes:
        maker = self.kinds[self.rng.choice(len(self.kinds), p=self.weights)][1]
        return maker()

    # -- argument values --------------------------------------------------------------------

    def name(self) -> str:
        r = self.rng.random()
        if r < 0.005:  # a name that works: a source to encode, the model or corpus to load again (slow work)
            return str(self.rng.choice(SOURCES))
        if r < 0.008:
            return "default"
        if r < 0.1:
            return str(self.rng.choice(["../../etc/passwd", "/etc/passwd", "~root", "a/b", "..", ".", "",
                                        "con", "a\x01b", "\u00e9t\u00e9", "x" * 1000, "a b", "*"]))
        n = int(self.rng.integers(1, 12))
        return "".join(self.rng.choice(list("abcdefghijklmnopqrstuvwxyz0123456789_-.")) for _ in range(n))

    def value(self, arg) -> tuple[str, object]:
        if arg.choices:
            return "s", str(self.rng.choice(arg.choices)) if self.rng.random() < 0.9 else self.name()
        if arg.type == "s":
            return "s", self.name()
        lo = -1e3 if arg.minimum is None else arg.minimum
        hi = lo + 1e3 if arg.maximum is None else arg.maximum
        if arg.type == "i":
            return "i", int(self.rng.integers(int(lo), int(min(hi, 2**31 - 2)) + 1))
        return "f", float(self.rng.uniform(lo, hi))

    def repeats(self, row) -> int:
        from rtvae.osc.schema import LATENT, UP_TO_LATENT

        if not row.repeat:
            return 0
        top = row.max_repeats
        if top == LATENT:
            return self.latent_size
        if top == UP_TO_LATENT:
            top = self.latent_size
        top = 64 if top is None else min(int(top), 64)
        return int(self.rng.integers(row.min_repeats, max(row.min_repeats, top) + 1))

    def args_of(self, row) -> list[tuple[str, object]]:
        n_fixed = len(row.args) - (int(self.rng.integers(0, row.optional + 1)) if row.optional else 0)
        args = [self.value(a) for a in row.args[:n_fixed]]
        if row.repeat and n_fixed == len(row.args):
            for _ in range(self.repeats(row)):
                args += [self.value(a) for a in row.repeat]
        return args

    # -- packet kinds -----------------------------------------------------------------------

    def row(self):
        return self.rows[int(self.rng.integers(len(self.rows)))]

    def valid_message(self) -> bytes:
        row = self.row()
        return raw_message(row.path, self.args_of(row))

    def mutated_message(self) -> bytes:
        row = self.row()
        args = self.args_of(row)
        for _ in range(int(self.rng.integers(1, 4))):
            args = self.mutate_args(args)
        address = row.path if self.rng.random() < 0.9 else self.mutate_address(row.path)
        return raw_message(address, args)

    def mutate_args(self, args: list) -> list:
        r, args = self.rng.random(), list(args)
        k = int(self.rng.integers(len(args))) if args else 0
        if r < 0.25 and args:
            tag = args[k][0]
            special = self.rng.choice(self.SPECIAL_INTS) if tag == "i" else self.rng.choice(self.SPECIAL_FLOATS)
            args[k] = ("i", int(special)) if tag == "i" else ("f", float(special)) if tag == "f" else ("s", self.name())
        elif r < 0.4 and args:  # the wrong type
            tag = str(self.rng.choice([t for t in "ifs" if t != args[k][0]]))
            args[k] = (tag, self.name() if tag == "s" else 2.5)
        elif r < 0.55:
            extra = int(self.rng.integers(1, 200)) if self.rng.random() < 0.3 else 1
            args += [("f", float(self.rng.normal(0, 100)))] * extra
        elif r < 0.7 and args:
            args = args[:k]
        elif r < 0.85 and args:
            tag = str(self.rng.choice(list(self.ODD_TAGS)))
            args[k] = (tag, b"\x01\x02" if tag == "b" else 7)
        else:
            args.insert(k, ("s", "a\0b" if self.rng.random() < 0.5 else "\x1b[31mred"))
        return args

    def mutate_address(self, path: str) -> str:
        choices = (path + "/x", path[:-1], path.upper(), path + "\x00junk", "//" + path, path * 3,
                   "/rtvae/" + "a" * 300, "/rtvae/*", "/rtvae/{z,gain}", "/rtvae/[a-z]")
        return str(self.rng.choice(choices))

    def flipped_bytes(self) -> bytes:
        data = bytearray(self.valid_message())
        for _ in range(int(self.rng.integers(1, 5))):
            r, k = self.rng.random(), int(self.rng.integers(len(data)))
            if r < 0.6:
                data[k] ^= 1 << int(self.rng.integers(8))
            elif r < 0.8:
                data.insert(k, int(self.rng.integers(256)))
            elif len(data) > 1:
                del data[k]
        return bytes(data)

    def truncated(self) -> bytes:
        data = self.valid_message() if self.rng.random() < 0.7 else self.some_bundle()
        return data[:int(self.rng.integers(0, len(data)))]

    def random_bytes(self) -> bytes:
        n = int(self.rng.integers(0, 256))
        head = (b"", b"/", b"#bundle\0", b"/rtvae/z\0\0\0\0,")[int(self.rng.integers(4))]
        return head + self.rng.bytes(n)

    def timetag(self) -> float | None:
        r = self.rng.random()
        if r < 0.4:
            return None
        if r < 0.7:
            return time.time() + float(self.rng.uniform(-5.0, 2.0))  # past, or near enough to apply soon
        if r < 0.9:
            return time.time() + float(self.rng.uniform(3600, 86400 * 365))  # far: must be refused
        return float(self.rng.choice([0.0, -1e9, 4.3e9]))  # 1900, clamped; the largest timetag

    def some_bundle(self, depth: int = 0) -> bytes:
        elements = []
        for _ in range(int(self.rng.integers(0, 6))):
            r = self.rng.random()
            if r < 0.15 and depth < 3:
                elements.append(self.some_bundle(depth + 1))
            elif r < 0.75:
                elements.append(self.valid_message())
            elif r < 0.9:
                elements.append(self.mutated_message())
            else:
                elements.append(self.rng.bytes(int(self.rng.integers(0, 40))))
        sizes = [len(e) for e in elements]
        if elements and self.rng.random() < 0.15:
            k = int(self.rng.integers(len(sizes)))
            sizes[k] = int(self.rng.choice([0, -4, 3, sizes[k] + 4, 2**31 - 1, sizes[k] - 4]))
        return raw_bundle(self.timetag(), elements, sizes)

    def odd_tags(self) -> bytes:
        row = self.row()
        n = int(self.rng.integers(1, 4))
        args = [(tag, b"\x00\x01\x02" if tag == "b" else 5) for tag in self.rng.choice(list(self.ODD_TAGS), n)]
        if self.rng.random() < 0.1:  # huge: up to the 64 KiB a datagram may carry
            args = [("f", 0.25)] * int(self.rng.integers(1000, 12000))
        return raw_message(row.path, args)


def fuzz_packets(seed: int, count: int, loud: tuple[float, ...], own_port: int | None = None,
                 latent_size: int = LATENT_SIZE):
    """``count`` packets: the reproductions at the start, the middle and near the end, random
    ones drawn from ``seed`` between them. Deterministic for a seed (apart from the timetags,
    which are relative to now)."""
    fuzzer = Fuzzer(seed, latent_size, own_port)
    at = {int(fraction * count) for fraction in REPEAT_REPRODUCTIONS_AT}
    sent = 0
    while sent < count:
        if sent in at:
            for datagram in reproductions(loud, own_port)[:count - sent]:
                yield datagram
                sent += 1
            at.discard(sent)
            continue
        yield fuzzer.packet()
        sent += 1


# --- the senders (run in their own process) --------------------------------------------------

def send_fuzz(port: int, seed: int, count: int, max_s: float) -> dict:
    """Send the fuzz, ``BATCH`` packets at a time, each batch followed by a ping whose pong is
    waited for (at most PONG_WAIT_S): the server sets the pace, the kernel's buffer is not the
    judge. Returns the counts and the pong waits."""
    from tests.liveserver import loud_latent

    client = OscClient(port)
    client.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 22)
    waits, missing, send_errors, sent, started = [], 0, 0, 0, time.monotonic()
    batch = 0
    for datagram in fuzz_packets(seed, count, loud_latent(), port):
        try:
            client.sock.sendto(datagram, client.address)
            sent += 1
        except OSError:
            send_errors += 1
        if (sent + send_errors) % BATCH == 0:
            batch += 1
            wait = pong_wait(client, batch)
            waits.append(wait if wait is not None else PONG_WAIT_S)
            missing += wait is None
            if time.monotonic() - started > max_s:
                break
    elapsed = time.monotonic() - started
    client.close()
    return {"sent": sent, "send_errors": send_errors, "seconds": elapsed, "rate_per_s": sent / elapsed,
            "batches": len(waits), "pongs_missing": missing,
            "pong_wait_ms": {"median": 1e3 * float(np.median(waits)) if waits else 0.0,
                             "max": 1e3 * max(waits, default=0.0)}}


def pong_wait(client: OscClient, ping_id: int, timeout_s: float = PONG_WAIT_S) -> float | None:
    """Ping with an id and wait for that pong (others' replies skipped); seconds, or None."""
    from pythonosc.osc_message import OscMessage

    started = time.monotonic()
    client.sock.sendto(message("/rtvae/ping", float(ping_id)), client.address)
    deadline = started + timeout_s
    while (left := deadline - time.monotonic()) > 0:
        client.sock.settimeout(left)
        try:
            data, _ = client.sock.recvfrom(65536)
            parsed = OscMessage(data)
        except socket.timeout:
            return None
        except Exception:  # an unreadable reply is not ours to judge here
            continue
        if parsed.address == "/rtvae/pong" and list(parsed.params)[:1] == [float(ping_id)]:
            return time.monotonic() - started
    return None


def flood_datagrams(latent_size: int, seed: int, count: int = 1000) -> list[bytes]:
    """Plain messages that each make exactly one control record: a few dimensions, or a whole latent."""
    from rtvae.bench.latency.load import load_datagrams

    return load_datagrams(latent_size, seed, count)


def send_flood(port: int, rate: float, seconds: float, seed: int) -> dict:
    """``rate`` messages a second for ``seconds`` (paced; see rtvae.bench.latency.load.send_paced)."""
    from rtvae.bench.latency.load import send_paced

    return send_paced(port, flood_datagrams(LATENT_SIZE, seed), rate, seconds)


def main(argv: list[str]) -> None:
    kind, port, *rest = argv
    if kind == "fuzz":
        seed, count, max_s = rest
        result = send_fuzz(int(port), int(seed), int(count), float(max_s))
    elif kind == "flood":
        rate, seconds, seed = rest
        result = send_flood(int(port), float(rate), float(seconds), int(seed))
    else:
        raise SystemExit(f"unknown sender {kind!r}: fuzz or flood")
    print(json.dumps(result), flush=True)


def run_sender(kind: str, port: int, *args, timeout_s: float) -> dict:
    """Run a sender in its own process (``python -m tests.hostile``); its figures. Killed at the timeout."""
    done = subprocess.run([sys.executable, "-m", "tests.hostile", kind, str(port), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout_s)
    if done.returncode != 0:
        raise RuntimeError(f"the {kind} sender failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- measured runs against a live server (the measuring process) ---------------------------

CEILING_DB = -0.3          # synth.ceiling_db's default: no sample above it may reach the device
CEILING = 10 ** (CEILING_DB / 20)
GAP_LIMIT_MS = 50.0
SETTLE_S = 2.5             # after the fuzz: near-future bundles (at most 2 s ahead) have been applied


def capture_of(server, capacity_s: float):
    """A started one-channel JackCapture of the server's first output."""
    from rtvae.bench.latency.probes import ProbeCapture

    capture = ProbeCapture(channels=1, capacity_s=capacity_s, server=server.jack.name)
    capture.open()
    capture.connect_from([f"{server.name}:out_0"])
    capture.start()
    return capture


def output_figures(capture) -> dict:
    """Finite? Peak? The capture's gaps (JACK cycles it never saw) in ms."""
    audio = capture.samples()[:, 0]
    gaps_ms = [1e3 * missing / capture.sample_rate for _, missing in capture.gaps()]
    finite = bool(np.isfinite(audio).all())
    return {"captured_s": len(audio) / capture.sample_rate, "finite": finite,
            "nonfinite_samples": int(np.count_nonzero(~np.isfinite(audio))),
            "peak": float(np.nanmax(np.abs(audio))) if len(audio) else 0.0, "ceiling": CEILING,
            "gaps": len(gaps_ms), "max_gap_ms": max(gaps_ms, default=0.0),
            "gaps_over_limit": sum(g > GAP_LIMIT_MS for g in gaps_ms), "capture_xruns": capture.xruns}


def server_stalls(stats: dict) -> dict:
    """The server's own worst callback: how long it ran, how late it started (ms)."""
    return {"callback_max_ms": float(stats["callback_ms"]["max"]),
            "start_delay_max_ms": float(stats.get("start_delay_ms", {}).get("max", 0.0)),
            "xruns": int(stats["xruns"]), "blocks": int(stats["blocks"])}


def mute_silences(peer, capture, hold_s: float = 0.3) -> bool:
    """``/rtvae/mute 1``: exact zeros once its ramp is over."""
    peer.send_message("/rtvae/mute", 1)
    time.sleep(0.2)
    start = capture.captured
    time.sleep(hold_s)
    audio = capture.samples()[start:, 0]
    silent = len(audio) > 0 and not audio.any()
    peer.send_message("/rtvae/mute", 0)
    return silent


def counter_deltas(before: dict, after: dict) -> dict:
    return {k: after[k] - before[k] for k in after if isinstance(after[k], int) and k in before}


WARMUP_PACKETS = 3000
# An idle server's resident size moves within a band of some 70 MB from one fuzz to the next
# (helper threads' malloc arenas, ONNX Runtime's arenas for the batch sizes it last saw), as
# Python's own traced memory stays flat: growth is measured from the top of that band, seen
# over a few warm-up segments, so that only a trend (a leak) counts.
WARMUP_SEGMENTS = 3


HEAVY = (message("/rtvae/interp/a", "cluster:0"), message("/rtvae/interp/b", "cluster:3"),
         message("/rtvae/interp/mode", "extend"), message("/rtvae/interp/mode", "meso"),
         message("/rtvae/corpus/load", "default"), message("/rtvae/model/load", "default"))


def heavy_once(peer, timeout_s: float = 90.0) -> None:
    """Each kind of slow work once (sources encoded, a corpus and a model loaded again), waited
    for: what they allocate the first time is part of the baseline, not of the growth."""
    for datagram in HEAVY:
        peer.send(datagram)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if any(a == "/rtvae/model/loaded" for a, _ in peer.replies(1.0, until="/rtvae/model/loaded")):
            break
    time.sleep(1.0)


def fuzz_run(jack, tmp: Path, count: int, seed: int, max_s: float = 600.0, warmup: int = WARMUP_PACKETS) -> dict:
    """A fresh server, ``count`` fuzz packets, then the checks of the issue's acceptance.

    A warm-up fuzz of ``warmup`` packets (other seeds, in ``WARMUP_SEGMENTS`` parts) runs
    first: what the server allocates once, on first use (the encoder's arena for interpolation
    sources, a corpus, a hot-swapped engine), is then in the baseline that RSS growth is
    measured from, the highest idle size after a part; every figure is kept.
    """
    from tests.liveserver import (kill_server, ping_s, rss_kb, start_server, status_of, stop_server, wait_for_corpus,
                                  wait_until_idle)

    server = start_server(jack, tmp)
    try:
        wait_for_corpus(server.peer)
        rss_cold = rss_kb(server.process.pid)
        heavy_once(server.peer)
        warmed, warm_rss = [], []
        for k in range(WARMUP_SEGMENTS if warmup else 0):
            warmed.append(run_sender("fuzz", server.port, seed + 1000 + k, warmup // WARMUP_SEGMENTS, max_s,
                                     timeout_s=max_s + 120))
            time.sleep(SETTLE_S)
            wait_until_idle(server.peer)  # a model or corpus still loading would count as growth
            warm_rss.append(rss_kb(server.process.pid))
        rss_start = max(warm_rss, default=rss_kb(server.process.pid))
        before = status_of(server.peer)
        capture = capture_of(server, capacity_s=min(max_s, 30 + count / 500))
        try:
            sent = run_sender("fuzz", server.port, seed, count, max_s, timeout_s=max_s + 120)
            time.sleep(SETTLE_S)
            with OscClient(server.port) as fresh:  # a stranger's socket: nothing registered on it
                pings = [ping_s(fresh, 1.0) for _ in range(3)]
                silenced = mute_silences(fresh, capture)
                after = status_of(fresh, 2.0)
                idle = wait_until_idle(fresh)
        finally:
            capture.close()
        rss_end = rss_kb(server.process.pid)
        stats = stop_server(server)
    finally:
        kill_server(server)
    return {"packets": count, "seed": seed, "sender": sent, "ping_s": pings, "mute_silences": silenced,
            "output": output_figures(capture), "server": server_stalls(stats),
            "warmup": warmed, "rss_mb": {"cold": rss_cold / 1024, "start": rss_start / 1024, "end": rss_end / 1024,
                                         "warmup_segments": [r / 1024 for r in warm_rss],
                                         "warmup_growth": (rss_start - rss_cold) / 1024,
                                         "growth": (rss_end - rss_start) / 1024, "measured_idle": idle},
            "status": counter_deltas(before, after), "stderr_tracebacks": server.stderr.count("Traceback"),
            "stderr_failures": failures_in(server.stderr)}


def failures_in(stderr: str, most: int = 10) -> dict:
    """The server's unplanned failures by their last line (a traceback's exception), most common first."""
    import collections

    lines, last = [], None
    for line in stderr.splitlines():
        if line.startswith("Traceback"):
            last = "?"
        elif last is not None and line and not line.startswith(" "):
            lines.append(line[:200])
            last = None
    return dict(collections.Counter(lines).most_common(most))


def flood_run(jack, tmp: Path, rate: float, seconds: float, seed: int = 3, server=None) -> dict:
    """``rate`` plain messages a second for ``seconds``; what was sent, received, applied, dropped."""
    from tests.liveserver import kill_server, start_server, status_of, stop_server

    own = server is None
    server = server or start_server(jack, tmp)
    try:
        capture = capture_of(server, capacity_s=seconds + 15)
        try:
            before = status_of(server.peer, 2.0)
            sent = run_sender("flood", server.port, rate, seconds, seed, timeout_s=seconds + 60)
            time.sleep(1.5)  # what the ring holds is applied
            after = status_of(server.peer, 2.0)
        finally:
            capture.close()
        stats = stop_server(server) if own else None
    finally:
        if own:
            kill_server(server)
    delta = counter_deltas(before, after)
    received = delta["osc_received"] - 1  # less the status request that read `after`
    return {"rate_per_s": rate, "seconds": seconds, "sender": sent, "received": received,
            "kernel_dropped": delta["kernel_dropped"], "applied": delta["controls_applied"],
            "controls_dropped": delta["controls_dropped"], "errors": delta["errors"],
            "errors_suppressed": delta["errors_suppressed"], "receive_buffer_bytes": after["receive_buffer_bytes"],
            "output": output_figures(capture), "server": server_stalls(stats) if stats else None,
            "sound_rms_min": min_window_rms(capture)}


def min_window_rms(capture, window_s: float = 0.1, skip_s: float = 0.5) -> float:
    """The quietest 100 ms of the capture (its first ``skip_s`` left out)."""
    audio = capture.samples()[int(skip_s * capture.sample_rate):, 0]
    n = int(window_s * capture.sample_rate)
    if len(audio) < n:
        return 0.0
    windows = audio[: len(audio) // n * n].reshape(-1, n)
    return float(np.sqrt(np.mean(windows.astype(np.float64) ** 2, axis=1)).min())


def soak_run(jack, tmp: Path, seconds: float, rate: float = 1000.0, probe_every_s: float = 1.0,
             rss_every_s: float = 5.0, seed: int = 5) -> dict:
    """``seconds`` under ``rate`` msg/s: control-to-sound probes (mute, silence, unmute, first sound)
    and the server's RSS, sampled throughout."""
    from rtvae.bench.latency.probes import probe_once
    from tests.liveserver import kill_server, loud_latent, rss_kb, start_server, status_of, stop_server, wait_for_corpus

    server = start_server(jack, tmp)
    try:
        wait_for_corpus(server.peer)
        server.peer.send_message("/rtvae/z", *loud_latent())
        capture = capture_of(server, capacity_s=seconds + 30)
        load = subprocess.Popen([sys.executable, "-m", "tests.hostile", "flood", str(server.port), str(rate),
                                 str(seconds), str(seed)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        probes, rss, failures = [], [], {}
        rng = np.random.default_rng(seed)
        started = next_rss = time.monotonic()
        try:
            with OscClient(server.port) as prober:
                while (now := time.monotonic()) < started + seconds and load.poll() is None:
                    if now >= next_rss:
                        rss.append((now - started, rss_kb(server.process.pid) / 1024))
                        next_rss += rss_every_s
                    outcome, times = probe_once(capture, prober, rng, started + seconds)
                    if outcome == "ok":
                        probes.append((now - started, 1e3 * (times[1] - times[0]) / capture.sample_rate))
                    elif outcome != "unfinished":
                        failures[outcome] = failures.get(outcome, 0) + 1
                    time.sleep(max(0.0, probe_every_s - (time.monotonic() - now)))
                after = status_of(prober, 2.0)
            sent = json.loads(load.communicate(timeout=seconds + 60)[0].strip().splitlines()[-1])
        finally:
            if load.poll() is None:
                load.kill()
                load.communicate()
            capture.close()
        stats = stop_server(server)
    finally:
        kill_server(server)
    return {"seconds": seconds, "rate_per_s": rate, "block": jack.period, "sender": sent,
            "probes": len(probes), "probe_failures": failures, "latency_ms": thirds([v for _, v in probes]),
            "rss_mb": {"samples": len(rss), "first": rss[0][1] if rss else 0.0, "last": rss[-1][1] if rss else 0.0,
                       "max": max((v for _, v in rss), default=0.0), "growth": rss[-1][1] - rss[0][1] if rss else 0.0},
            "output": output_figures(capture), "server": server_stalls(stats),
            "status": {k: after[k] for k in ("controls_applied", "controls_dropped", "kernel_dropped", "xruns")}}


def thirds(values: list[float]) -> dict:
    """Median and 90th percentile of the first and last thirds, and of all: is it flat?"""
    def summary(part):
        return {"median": float(np.median(part)), "p90": float(np.percentile(part, 90))} if len(part) else None

    k = len(values) // 3
    return {"all": summary(values), "first_third": summary(values[:k]), "last_third": summary(values[-k:] if k else [])}


if __name__ == "__main__":
    main(sys.argv[1:])
