"""Addresses and argument counts judged against the OSC namespace table.

Every complaint about an address comes from here, worded once: an address a patch sends
must be a row of :data:`~rtvae.osc.namespace.NAMESPACE`, one it routes on must be (or lead
to) a reply the server sends, and the arguments it sends must pass the namespace's own
:func:`~rtvae.osc.namespace.check_args` for the model's latent size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rtvae.errors import ArgumentError
from rtvae.osc.namespace import BY_PATH, check_args, reply_addresses
from rtvae.osc.schema import Address, Arg


@dataclass(frozen=True)
class OscAddresses:
    """What a patch sends and which reply addresses it routes on."""

    sent: frozenset[str]
    routed: frozenset[str]


def address_problem(address: str, role: str = "sent") -> str | None:
    """Why ``address`` is not one the server knows (``role`` ``sent`` or ``routed``), or None."""
    if role == "sent":
        return None if address in BY_PATH else f"sends {address}, which is not in the OSC namespace"
    known = reply_addresses() | set(BY_PATH)
    if address in known or any(r.startswith(address + "/") for r in known):
        return None
    return f"routes {address}, which the server never sends"


def is_leaf_reply(path: str) -> bool:
    """``path`` is a whole reply address that no longer reply address extends."""
    replies = reply_addresses()
    return path in replies and not any(r.startswith(path + "/") for r in replies)


def count_problem(address: Address, n_args: int, latent_size: int) -> str | None:
    """Why ``n_args`` arguments do not fit ``address`` for a model of ``latent_size``, or None."""
    values = [placeholder(spec_at(address, i)) for i in range(n_args)]
    return values_problem(address, values, latent_size)


def values_problem(address: Address, values: list[Any], latent_size: int) -> str | None:
    """The namespace's own complaint about ``values`` for ``address``, or None when they fit."""
    try:
        check_args(address, values, latent_size)
    except ArgumentError as exc:
        return f"{address.path}: {exc}"
    return None


def placeholder(arg: Arg | None) -> Any:
    """A value that ``arg`` accepts (a symbol with choices takes its first; 0 where none is expected)."""
    if arg is not None and arg.type == "s":
        return arg.choices[0] if arg.choices else "x"
    return arg.minimum if arg is not None and arg.minimum is not None else 0


def spec_at(address: Address, i: int) -> Arg | None:
    """The argument description of place ``i`` of a message to ``address`` (None past its end)."""
    if i < len(address.args):
        return address.args[i]
    if address.repeat:
        return address.repeat[(i - len(address.args)) % len(address.repeat)]
    return None
