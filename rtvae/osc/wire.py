"""OSC on the wire: parsing datagrams and building replies, on top of python-osc.

python-osc's parser and builder are used as they are; what it does around them (drop
what it cannot parse, sleep on future timetags) is not. :func:`parse_packet` walks
bundles itself and keeps each message's timetag, ``None`` meaning "as soon as possible".
Replies carry only ``i``, ``f`` and ``s`` arguments, which every Pd and Max version reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pythonosc import osc_bundle, osc_message
from pythonosc.parsing import osc_types
from pythonosc.osc_message_builder import OscMessageBuilder

MAX_PACKET = 65536


class PacketError(ValueError):
    """A datagram that is not a well-formed OSC packet."""


@dataclass(frozen=True)
class Message:
    """One received message: address, arguments, and its bundle's time (None: immediately)."""

    address: str
    args: list[Any]
    time: float | None = None


def parse_packet(datagram: bytes) -> list[Message]:
    """Every message in a datagram, bundles flattened, in the order they were sent."""
    try:
        if osc_bundle.OscBundle.dgram_is_bundle(datagram):
            return list(_walk(osc_bundle.OscBundle(datagram)))
        if osc_message.OscMessage.dgram_is_message(datagram):
            message = osc_message.OscMessage(datagram)
            return [Message(message.address, list(message.params))]
    except Exception as exc:  # python-osc raises ParseError, but also IndexError/struct.error on junk
        raise PacketError(f"malformed OSC packet ({len(datagram)} bytes): {exc}") from None
    raise PacketError(f"not an OSC message or bundle ({len(datagram)} bytes)")


def _walk(bundle: osc_bundle.OscBundle):
    time = None if bundle.timestamp == osc_types.IMMEDIATELY else bundle.timestamp
    for content in bundle:
        if isinstance(content, osc_bundle.OscBundle):
            yield from _walk(content)
        else:
            yield Message(content.address, list(content.params), time)


def build_message(address: str, args: list[Any] = ()) -> bytes:
    """Encode a reply with i/f/s arguments only (bools as ints, other objects as text)."""
    builder = OscMessageBuilder(address=address)
    for value in args:
        if isinstance(value, bool):
            builder.add_arg(int(value), "i")
        elif isinstance(value, int):
            builder.add_arg(value, "i")
        elif isinstance(value, float):
            builder.add_arg(value, "f")
        else:
            builder.add_arg(str(value), "s")
    return builder.build().dgram
