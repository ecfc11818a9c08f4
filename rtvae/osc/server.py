"""The UDP receive loop: our own, so nothing is dropped, swallowed or slept on.

One thread reads datagrams of up to 64 KiB, parses them, and hands each message with its
sender to the controller. A packet that does not parse, or a message the controller
rejects, is answered with ``/rtvae/error``; the loop never stops for bad input. Future
timetags are passed on as times (the engine schedules them on the right hop), never
waited for. When bound beyond loopback, only allow-listed client addresses are heard.
"""

from __future__ import annotations

import ipaddress
import select
import socket
import threading
from typing import Callable

from rtvae.osc.replies import Replies
from rtvae.osc.wire import MAX_PACKET, Message, PacketError, parse_packet

Handler = Callable[[Message, tuple[str, int]], None]


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class OscServer:
    """Receives OSC on ``host:port`` and dispatches to ``handler(message, sender)``."""

    def __init__(self, host: str, port: int, handler: Handler, allow: set[str] | None = None):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        self.sock.bind((host, port))
        self.host, self.port = self.sock.getsockname()
        self.handler = handler
        self.allow = allow
        self.replies = Replies(self.sock)
        self.received = self.rejected_packets = self.refused_clients = 0
        self._running = False
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._running

    def allowed(self, sender_host: str) -> bool:
        """Loopback clients always; others only when listed."""
        return is_loopback(sender_host) or (self.allow is not None and sender_host in self.allow)

    def handle_datagram(self, datagram: bytes, sender: tuple[str, int]) -> None:
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
        for message in messages:
            self.handler(message, sender)

    def serve_forever(self, poll_s: float = 0.1) -> None:
        self._running = True
        while self._running:
            ready, _, _ = select.select([self.sock], [], [], poll_s)
            if not ready:
                continue
            try:
                datagram, sender = self.sock.recvfrom(MAX_PACKET)
            except OSError:
                continue
            self.handle_datagram(datagram, sender)

    def start(self) -> "OscServer":
        self._thread = threading.Thread(target=self.serve_forever, name="rtvae-osc", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join()
        self.sock.close()
