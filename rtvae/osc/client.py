"""The project's one OSC client: byte-exact datagrams out, replies in, over UDP loopback.

Used by the benchmark, the tests and the demo. It imports only python-osc and the stdlib,
so a process that sends load (``rtvae.bench.load``) starts fast.
"""

from __future__ import annotations

import contextlib
import numbers
import socket
import struct
import time

from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

NTP_EPOCH = 2208988800  # seconds from 1900 (OSC timetags) to 1970 (Unix time)
REPLY_TIMEOUT_S = 2.0  # default wait for the reply to a request
MAX_DATAGRAM = 65536
LOOPBACK = "127.0.0.1"


def _type_of(value) -> str | None:
    """The OSC type tag of ``value``: ints ``i``, floats ``f`` (numpy's too), strings ``s``.

    None leaves it to python-osc, which tags Python's own values the same way (and a bool
    ``T``/``F``, an int past 32 bits ``h``, bytes ``b``).
    """
    if isinstance(value, (bool, int, float, str, bytes)):
        return None
    if isinstance(value, numbers.Integral):
        return "i"
    if isinstance(value, numbers.Real):
        return "f"
    return None


def message(address: str, *args, types: str | None = None) -> bytes:
    """One OSC message datagram; ``types`` (one tag per argument) overrides the inferred tags."""
    builder = OscMessageBuilder(address)
    for i, value in enumerate(args):
        builder.add_arg(value, types[i] if types else _type_of(value))
    return builder.build().dgram


def bundle(unix_time: float, *messages: bytes) -> bytes:
    """An OSC bundle timetagged at ``unix_time`` (0: immediately)."""
    if unix_time == 0:
        tag = struct.pack(">Q", 1)
    else:
        ntp = unix_time + NTP_EPOCH
        tag = struct.pack(">II", int(ntp), int((ntp % 1) * 2**32))
    body = b"".join(struct.pack(">i", len(m)) + m for m in messages)
    return b"#bundle\0" + tag + body


def free_udp_port() -> int:
    """A UDP port on loopback that nothing listens on now (for a server a test or benchmark starts)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


class OscClient:
    """A UDP socket bound on loopback that talks to ``port`` and reads its replies.

    ``sent`` counts the datagrams sent with :meth:`send` and :meth:`send_message` (not
    requests). Use it as a context manager to close the socket.
    """

    def __init__(self, port: int, host: str = LOOPBACK):
        self.port = port
        self.address = (host, port)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((LOOPBACK, 0))
        self.sent = 0

    def __enter__(self) -> OscClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def send(self, datagram: bytes) -> None:
        self.sock.sendto(datagram, self.address)
        self.sent += 1

    def send_message(self, address: str, *args, types: str | None = None) -> None:
        self.send(message(address, *args, types=types))

    def request(self, address: str, *args, timeout_s: float = REPLY_TIMEOUT_S, replies=None) -> list | None:
        """Send a message and return the arguments of its reply: the same-named one (``/pong``
        for ``/ping``), or the first whose address is among ``replies`` (then the address
        comes first). None at the timeout."""
        self.drain()
        self.sock.sendto(message(address, *args), self.address)
        reply = self.listen(replies or (address.replace("/ping", "/pong"),), timeout_s)
        return reply if replies or reply is None else reply[1:]

    def register(self, timeout_s: float = REPLY_TIMEOUT_S) -> bool:
        """The ``/rtvae/hello`` round trip: the server then sends this client whole help
        listings and progress streams (see :mod:`rtvae.osc.clients`). True once registered."""
        welcome = self.request("/rtvae/hello", timeout_s=timeout_s, replies=("/rtvae/welcome",))
        if welcome is None:
            return False
        registered = self.request("/rtvae/hello", welcome[1], timeout_s=timeout_s, replies=("/rtvae/welcome",))
        return registered is not None and registered[2] == 1

    def listen(self, addresses, timeout_s: float = REPLY_TIMEOUT_S) -> list | None:
        """The next message whose address is among ``addresses``: [address, *arguments]; None at the timeout."""
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            parsed = self._receive(left)
            if parsed is None:
                return None
            if parsed.address in addresses:
                return [parsed.address, *parsed.params]
        return None

    def replies(self, wait_s: float = 0.5, until: str | None = None) -> list[tuple[str, list]]:
        """Every reply received within ``wait_s`` as (address, arguments); stops early once ``until`` arrives."""
        got, deadline = [], time.monotonic() + wait_s
        while (left := deadline - time.monotonic()) > 0:
            parsed = self._receive(min(left, 0.05))
            if parsed is None:
                continue
            got.append((parsed.address, list(parsed.params)))
            if until and parsed.address == until:
                break
        return got

    def drain(self) -> None:
        """Forget replies left over (a late status, error replies)."""
        self.sock.setblocking(False)
        with contextlib.suppress(BlockingIOError, ConnectionRefusedError):
            while True:
                self.sock.recvfrom(MAX_DATAGRAM)

    def close(self) -> None:
        self.sock.close()

    def _receive(self, timeout_s: float) -> OscMessage | None:
        """One datagram parsed, or None after ``timeout_s`` (or when the port refuses)."""
        self.sock.settimeout(timeout_s)
        try:
            data, _ = self.sock.recvfrom(MAX_DATAGRAM)
        except (socket.timeout, ConnectionRefusedError):
            return None
        return OscMessage(data)
