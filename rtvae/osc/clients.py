"""Who the server talks back to: registered clients and reply targets.

UDP senders can be forged, so a reply that is much larger than its request would turn
the server into an amplifier against whoever the forged address names. A client that
wants more than a small reply per request (the whole ``/rtvae/help``, progress streams)
proves that it receives at its address first, by a round trip:

    client → /rtvae/hello            server → /rtvae/welcome TOKEN   (no bigger than the request's budget)
    client → /rtvae/hello TOKEN      the client is registered

The token is a keyed hash of the client's address, so the server keeps no state for
clients that never come back, and a forger who cannot read the welcome cannot register.

Reply targets (``/rtvae/reply PORT [HOST]``) also receive every reply: for Max, whose
``[udpsend]`` cannot receive. They are capped, must be literal loopback addresses or
allow-listed hosts (no name is ever resolved), and ``/rtvae/reply/clear`` removes them.
A reply target counts as registered: it was named on purpose from a host we trust.
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from collections import OrderedDict

from rtvae.errors import ControlError

Address = tuple[str, int]
MAX_TARGETS = 8
MAX_REGISTERED = 256
TOKEN_MASK = (1 << 24) - 1


def is_loopback_literal(host: str) -> bool:
    """A literal loopback address (127.0.0.0/8, ::1); a name is never resolved here."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Clients:
    """Registered clients and reply targets (control thread only)."""

    def __init__(self, allow: set[str] | None = None, max_targets: int = MAX_TARGETS, own_port: int = 0):
        self.allow = allow or set()
        self.own_port = own_port  # the server's port: a reply target there would answer itself forever
        self.max_targets = max_targets
        self.targets: dict[Address, Address] = {}  # reply target → the client that named it
        self._registered: OrderedDict[Address, None] = OrderedDict()
        self._secret = secrets.token_bytes(16)

    def token(self, client: Address) -> int:
        digest = hashlib.blake2b(f"{client[0]}:{client[1]}".encode(), key=self._secret, digest_size=4).digest()
        # 24 bits: Pd sends every number as a float32, which holds integers exactly up to 2**24.
        return int.from_bytes(digest, "big") & TOKEN_MASK

    def register(self, client: Address, token: int) -> None:
        if token != self.token(client):
            raise ControlError("wrong token: send /rtvae/hello, then /rtvae/hello with the token of /rtvae/welcome")
        self._registered[client] = None
        self._registered.move_to_end(client)
        while len(self._registered) > MAX_REGISTERED:
            self._registered.popitem(last=False)  # the least recently registered goes first

    def is_registered(self, client: Address | None) -> bool:
        return client is not None and (client in self._registered or client in self.targets)

    @property
    def registered(self) -> tuple[Address, ...]:
        """The registered clients, least recently registered first."""
        return tuple(self._registered)

    def anyone(self) -> bool:
        """Whether any client is registered or any reply target set (someone hears streams)."""
        return bool(self._registered or self.targets)

    def add_target(self, target: Address, named_by: Address | None = None) -> None:
        """A reply target: a literal loopback or allow-listed address, at most ``max_targets`` of them."""
        host, _ = target
        if not (is_loopback_literal(host) or host in self.allow):
            raise ControlError(f"reply targets are literal loopback or allow-listed addresses, not {host[:64]!r}")
        if target[1] == self.own_port and (is_loopback_literal(host) or host in self.allow):
            raise ControlError("a reply target cannot be the server's own port")
        if target not in self.targets and len(self.targets) >= self.max_targets:
            raise ControlError(f"already {self.max_targets} reply targets: send /rtvae/reply/clear first")
        self.targets[target] = named_by

    def targets_of(self, client: Address | None) -> set[Address]:
        """The reply targets ``client`` named itself (where a Max panel reads what it asked for)."""
        return {t for t, named_by in self.targets.items() if named_by == client}

    def clear_targets(self) -> int:
        n = len(self.targets)
        self.targets.clear()
        return n
