"""A small OSC client for tests: sends byte-exact datagrams and collects replies."""

from __future__ import annotations

import socket
import struct
import time

from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

NTP_EPOCH = 2208988800


def message(address: str, *args, types: str | None = None) -> bytes:
    builder = OscMessageBuilder(address)
    for i, value in enumerate(args):
        builder.add_arg(value, types[i] if types else None)
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


class Peer:
    """A UDP socket on loopback talking to ``port``."""

    def __init__(self, port: int):
        self.port = port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.05)

    def send(self, datagram: bytes) -> None:
        self.sock.sendto(datagram, ("127.0.0.1", self.port))

    def send_message(self, address: str, *args, types: str | None = None) -> None:
        self.send(message(address, *args, types=types))

    def replies(self, wait_s: float = 0.5, until: str | None = None) -> list[tuple[str, list]]:
        """Replies received within ``wait_s`` (stops early once ``until`` arrives)."""
        got, deadline = [], time.monotonic() + wait_s
        while time.monotonic() < deadline:
            try:
                data, _ = self.sock.recvfrom(65536)
            except socket.timeout:
                continue
            parsed = OscMessage(data)
            got.append((parsed.address, list(parsed.params)))
            if until and parsed.address == until:
                break
        return got

    def close(self) -> None:
        self.sock.close()
