"""The UDP receive loop: our own, so nothing is dropped, swallowed or slept on.

This loop is the control thread. It reads datagrams of up to 64 KiB, parses them, and
hands each message with its sender to a listener (the control side's dispatcher); between
datagrams it runs what helper threads handed back (the listener's mailbox wakes the
``select``) and, 20 times a second, the listener's tick. A packet that does not parse is
answered with ``/rtvae/error``; nothing a datagram or a handler does can stop the loop.
Future timetags are passed on as times (the engine schedules them on the right hop),
never waited for. When bound beyond loopback, only allow-listed client addresses are heard.
"""

from __future__ import annotations

import ipaddress
import select
import socket
import sys
import threading
import time
import traceback
from typing import Protocol

from rtvae.osc.clients import Clients
from rtvae.osc.replies import Replies
from rtvae.osc.wire import MAX_PACKET, Message, PacketError, parse_packet

TICK_S = 0.05
RECEIVE_BUFFER_BYTES = 4 << 20  # room for about 0.2 s of a 20,000 messages/s flood
# Linux: ask for the socket's drop count with every datagram (cumulative, uint32).
SO_RXQ_OVFL = getattr(socket, "SO_RXQ_OVFL", 40)
SO_RCVBUFFORCE = getattr(socket, "SO_RCVBUFFORCE", 33)


class Listener(Protocol):
    """What the loop drives (see :class:`rtvae.control.dispatch.Dispatcher`)."""

    mailbox: object  # has fileno()

    def handle(self, message: Message, sender: tuple[str, int]) -> None: ...
    def run_posted(self) -> None: ...
    def tick(self) -> None: ...


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class OscServer:
    """Receives OSC on ``host:port`` and drives a :class:`Listener` on its own thread."""

    def __init__(self, host: str, port: int, allow: set[str] | None = None,
                 receive_buffer_bytes: int = RECEIVE_BUFFER_BYTES):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.receive_buffer_bytes = self._size_receive_buffer(receive_buffer_bytes)
        self.counts_drops = self._ask_for_drop_counts()
        self.sock.bind((host, port))
        self.host, self.port = self.sock.getsockname()
        self.allow = allow
        self.replies = Replies(self.sock, Clients(allow, own_port=self.port))
        self.received = self.rejected_packets = self.refused_clients = self.failures = 0
        self.kernel_dropped = 0  # datagrams the kernel dropped for want of buffer (SO_RXQ_OVFL)
        self._running = False
        self._thread: threading.Thread | None = None

    def _size_receive_buffer(self, wanted: int) -> int:
        """Ask for ``wanted`` bytes (beyond the system's cap when allowed to); return what was granted."""
        for option in (SO_RCVBUFFORCE, socket.SO_RCVBUF):
            try:
                self.sock.setsockopt(socket.SOL_SOCKET, option, wanted)
                break
            except OSError:
                continue  # not allowed to force: the capped request follows
        return self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)

    def _ask_for_drop_counts(self) -> bool:
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, SO_RXQ_OVFL, 1)
            return True
        except OSError:
            return False  # not Linux: kernel drops go uncounted (status says 0)

    @property
    def running(self) -> bool:
        return self._running

    def allowed(self, sender_host: str) -> bool:
        """Loopback clients always; others only when listed."""
        return is_loopback(sender_host) or (self.allow is not None and sender_host in self.allow)

    def handle_datagram(self, listener: Listener, datagram: bytes, sender: tuple[str, int]) -> None:
        """Parse one datagram and dispatch its messages; errors become replies."""
        self.received += 1
        if not self.allowed(sender[0]):
            self.refused_clients += 1  # no reply: unknown hosts learn nothing
            return
        try:
            messages = parse_packet(datagram)
        except PacketError as exc:
            self.rejected_packets += 1
            self.replies.error(sender, "(packet)", str(exc))
            return
        self.replies.begin(sender, len(datagram))  # everything it causes stays within its budget
        try:
            for message in messages:
                listener.handle(message, sender)
        finally:
            self.replies.end()

    def serve_forever(self, listener: Listener, tick_s: float = TICK_S) -> None:
        self._running = True
        next_tick = time.monotonic() + tick_s
        while self._running:
            ready, _, _ = select.select([self.sock, listener.mailbox], [], [], max(0.0, next_tick - time.monotonic()))
            if self.sock in ready:
                self._receive(listener)
            if listener.mailbox in ready:
                self._guard(listener.run_posted)
            if time.monotonic() >= next_tick:
                self._guard(listener.tick)
                next_tick = time.monotonic() + tick_s

    def _receive(self, listener: Listener) -> None:
        try:
            datagram, ancillary, _, sender = self.sock.recvmsg(MAX_PACKET, socket.CMSG_SPACE(4))
        except OSError:
            return
        for level, kind, data in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_RXQ_OVFL and len(data) >= 4:
                self.kernel_dropped = int.from_bytes(data[:4], sys.byteorder)
        self._guard(self.handle_datagram, listener, datagram, sender)

    def _guard(self, action, *args) -> None:
        """The listener answers its own errors; this is the last net under it, so the loop lives."""
        try:
            action(*args)
        except Exception as exc:
            self.failures += 1
            print(f"rtvae: the OSC loop caught:\n{''.join(traceback.format_exception(exc))}", file=sys.stderr)

    def start(self, listener: Listener) -> "OscServer":
        self._thread = threading.Thread(target=self.serve_forever, args=(listener,), name="rtvae-osc", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join()
        self.sock.close()
