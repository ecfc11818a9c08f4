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

from rtvae.errors import PacketError

MAX_PACKET = 65536


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
            return [_message(osc_message.OscMessage(datagram), None)]
    except PacketError:
        raise
    except Exception as exc:  # python-osc raises ParseError, but also IndexError/struct.error on junk
        raise PacketError(f"malformed OSC packet ({len(datagram)} bytes): {exc}") from None
    raise PacketError(f"not an OSC message or bundle ({len(datagram)} bytes)")


def _walk(bundle: osc_bundle.OscBundle):
    time = None if bundle.timestamp == osc_types.IMMEDIATELY else bundle.timestamp
    for content in bundle:
        if isinstance(content, osc_bundle.OscBundle):
            yield from _walk(content)
        else:
            yield _message(content, time)


def _message(parsed: osc_message.OscMessage, time: float | None) -> Message:
    # python-osc pads a truncated number with zeros instead of failing: check the size.
    expected = _message_size(parsed.dgram)
    if expected != len(parsed.dgram):
        raise PacketError(f"malformed OSC packet: message {parsed.address} is {len(parsed.dgram)} bytes, "
                          f"its type tags call for {expected} (truncated?)")
    return Message(parsed.address, list(parsed.params), time)


_FIXED_SIZES = {"i": 4, "f": 4, "c": 4, "r": 4, "m": 4, "d": 8, "h": 8, "t": 8,
                "T": 0, "F": 0, "N": 0, "I": 0, "[": 0, "]": 0}


def _padded_string_end(data: bytes, start: int) -> int:
    end = data.index(b"\0", start)
    return end + 4 - (end % 4)


def _message_size(data: bytes) -> int:
    """Bytes a message must have, read from its address and type tags."""
    index = _padded_string_end(data, 0)
    if index >= len(data) or data[index:index + 1] != b",":
        return index
    tags_end = data.index(b"\0", index)
    tags = data[index + 1:tags_end].decode("ascii", "replace")
    index = _padded_string_end(data, index)
    for tag in tags:
        if tag == "s":
            index = _padded_string_end(data, index)
        elif tag == "b":
            length = int.from_bytes(data[index:index + 4], "big")
            index += 4 + length + (-length % 4)
        else:
            index += _FIXED_SIZES.get(tag, 0)
    return index


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
