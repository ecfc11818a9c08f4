"""Sending replies: to the sender, and to every port registered with ``/rtvae/reply``.

Used on the control thread only (the receive loop, and what helpers hand back to it), so
the registered targets and the counters have one owner.

Error replies are rate-limited per destination (a token bucket), so a patch that floods
bad messages cannot flood itself back; suppressed errors are counted and the next error
that gets through says how many were held back.
"""

from __future__ import annotations

import socket
import time
from typing import Any

from rtvae.osc.wire import build_message

Address = tuple[str, int]


class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` saved up."""

    def __init__(self, rate: float, burst: float):
        self.rate, self.burst = rate, burst
        self.tokens, self.stamp = burst, time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class Replies:
    """Reply side of the server's socket."""

    def __init__(self, sock: socket.socket, error_rate: float = 20.0, error_burst: float = 20.0):
        self.sock = sock
        self.targets: set[Address] = set()
        self.error_rate, self.error_burst = error_rate, error_burst
        self._buckets: dict[Address, TokenBucket] = {}
        self.suppressed = 0        # held back since the last error that got through
        self.suppressed_total = 0
        self.errors_sent = 0

    def add_target(self, target: Address) -> None:
        self.targets.add(target)

    def send(self, to: Address | None, address: str, args: list[Any] = ()) -> None:
        """Send to ``to`` (the sender) and to every registered target, once each."""
        datagram = build_message(address, list(args))
        for destination in {to, *self.targets} - {None}:
            self._send(datagram, destination)

    def error(self, to: Address | None, culprit: str, reason: str) -> None:
        """``/rtvae/error <culprit address> <reason>``, rate-limited per destination."""
        bucket = self._buckets.setdefault(to, TokenBucket(self.error_rate, self.error_burst))
        if not bucket.take():
            self.suppressed += 1
            self.suppressed_total += 1
            return
        if self.suppressed:
            reason = f"{reason} (and {self.suppressed} more errors suppressed)"
            self.suppressed = 0
        self.errors_sent += 1
        self.send(to, "/rtvae/error", [culprit, reason])

    def _send(self, datagram: bytes, destination: Address) -> None:
        try:
            self.sock.sendto(datagram, destination)
        except OSError:
            pass  # a closed patch is no reason to stop serving the others
