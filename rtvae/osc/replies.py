"""Sending replies: to the sender, and to every reply target, within a byte budget.

Used on the control thread only (the receive loop, and what helpers hand back to it), so
the clients, the budget and the counters have one owner.

The budget makes sure the server is never an amplifier (see :mod:`rtvae.osc.clients`):
while a request from an unregistered client is handled, everything sent back to that
client because of it stays within ``AMPLIFICATION`` times the request's size; what does
not fit is withheld, counted, and said in a short error. A request answered later (a
helper's result) carries its budget along (:meth:`Replies.current`, :meth:`Replies.answering`),
so a slow answer is held to the same bound as a quick one. Copies to reply targets (at
most eight, on trusted hosts, see :mod:`rtvae.osc.clients`) do not count against it. Outside a
request (a tick) a reply to an unregistered client may be one small datagram, and streams
go only to registered clients and targets.

Error replies are also rate-limited per destination (a token bucket), so a patch that
floods bad messages cannot flood itself back; suppressed errors are counted and the next
error that gets through says how many were held back. Error texts are bounded.
"""

from __future__ import annotations

import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from rtvae.osc.clients import Address, Clients
from rtvae.osc.wire import build_message

AMPLIFICATION = 10         # a reply to an unregistered client: at most this many times its request
ONE_SHOT_BYTES = 160       # outside a request: what one reply to an unregistered client may be
MAX_REASON_CHARS = 240     # an error text is a sentence, never a listing


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


@dataclass
class Budget:
    """What may still go back to the unregistered client whose request is being answered."""

    client: Address | None  # None: a registered client's request (no bound)
    left: int
    told: bool = False      # the one withheld-reply note was sent


class Replies:
    """Reply side of the server's socket."""

    def __init__(self, sock: socket.socket, clients: Clients | None = None, error_rate: float = 20.0,
                 error_burst: float = 20.0):
        self.sock = sock
        self.clients = clients or Clients()
        self.error_rate, self.error_burst = error_rate, error_burst
        self._buckets: dict[Address, TokenBucket] = {}
        self._budget: Budget | None = None  # the request being answered, if any
        self.suppressed = 0        # held back since the last error that got through
        self.suppressed_total = 0
        self.errors_sent = 0
        self.withheld = 0          # replies not sent: over an unregistered client's budget
        self.bytes_sent = 0

    @property
    def targets(self) -> set[Address]:
        return set(self.clients.targets)

    def add_target(self, target: Address, named_by: Address | None = None) -> None:
        self.clients.add_target(target, named_by)

    def begin(self, sender: Address, request_bytes: int) -> None:
        """Replies from here until :meth:`end` answer this request (its size sets the budget)."""
        registered = self.clients.is_registered(sender)
        self._budget = Budget(None if registered else sender, AMPLIFICATION * request_bytes)

    def end(self) -> None:
        self._budget = None

    def current(self) -> Budget | None:
        """The budget of the request being answered: keep it to answer that request later."""
        return self._budget

    @contextmanager
    def answering(self, budget: Budget | None) -> Iterator[None]:
        """Replies sent inside answer the request ``budget`` came from (and spend what it has left)."""
        before, self._budget = self._budget, budget
        try:
            yield
        finally:
            self._budget = before

    def send(self, to: Address | None, address: str, args: list[Any] = (), stream: bool = False,
             private: bool = False) -> bool:
        """Send to ``to`` (the sender) and to every reply target, once each; False if withheld.

        ``private``: only to the reply targets ``to`` named itself (a registration token).
        """
        datagram = build_message(address, list(args))
        targets = self.clients.targets_of(to) if private else self.targets
        if stream:  # never a request's answer: registered clients and reply targets only
            # A patch hears what a stranger's oscsend made it play.
            listeners = (to,) if self.clients.is_registered(to) else self.clients.registered
            destinations = {*listeners, *targets}
        elif self._fits(to, len(datagram)):
            destinations = {to, *targets} - {None}
        else:
            self.withheld += 1
            self._say_withheld(to, address)
            return False
        for destination in destinations:
            self._send(datagram, destination)
        return True

    def _say_withheld(self, to: Address, address: str) -> None:
        """Once per request, a short word instead of the withheld reply (if even that fits)."""
        budget = self._budget
        if budget is None or budget.client != to or budget.told:
            return
        budget.told = True
        note = build_message("/rtvae/error", [address, "reply withheld: too large for an unregistered client; "
                                              "register with /rtvae/hello"])
        if self._fits(to, len(note)):
            self._send(note, to)

    def _fits(self, to: Address | None, cost: int) -> bool:
        if to is None or self.clients.is_registered(to):
            return True
        budget = self._budget
        if budget is None or budget.client is None:  # outside a request from it: one small datagram
            return cost <= ONE_SHOT_BYTES
        if to != budget.client or cost > budget.left:
            return False
        budget.left -= cost
        return True

    def error(self, to: Address | None, culprit: str, reason: str) -> None:
        """``/rtvae/error <culprit address> <reason>``, rate-limited per destination."""
        bucket = self._buckets.setdefault(to, TokenBucket(self.error_rate, self.error_burst))
        if len(self._buckets) > 1024:  # forged senders must not grow this without bound
            self._buckets = {to: bucket}
        if not bucket.take():
            self.suppressed += 1
            self.suppressed_total += 1
            return
        reason = reason if len(reason) <= MAX_REASON_CHARS else reason[:MAX_REASON_CHARS - 1] + "…"
        if self.suppressed:
            reason = f"{reason} (and {self.suppressed} more errors suppressed)"
            self.suppressed = 0
        culprit = culprit if len(culprit) <= 64 else culprit[:63] + "…"
        if self.send(to, "/rtvae/error", [culprit, self._fit_reason(to, culprit, reason)]):
            self.errors_sent += 1

    def _fit_reason(self, to: Address | None, culprit: str, reason: str) -> str:
        """The reason, shortened to what an unregistered client's budget leaves room for."""
        if to is None or self.clients.is_registered(to):
            return reason
        budget = self._budget
        room = budget.left if budget is not None and budget.client == to else ONE_SHOT_BYTES
        overhead = len(build_message("/rtvae/error", [culprit, ""])) + 4  # 4: the string's own padding
        keep = max(room - overhead, 8)
        while len(reason.encode()) > keep:
            reason = reason[:max(len(reason) - max(len(reason.encode()) - keep, 1) - 1, 0)] + "…"
        return reason

    def _send(self, datagram: bytes, destination: Address) -> None:
        try:
            self.sock.sendto(datagram, destination)
            self.bytes_sent += len(datagram)
        except OSError:
            pass  # a closed patch is no reason to stop serving the others
