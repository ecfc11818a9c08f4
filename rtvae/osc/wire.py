"""OSC on the wire: strict parsing of datagrams, and building replies with python-osc.

Reading is ours, small pure readers (``_read_string(data, index) -> (value, index)``) over one
message or bundle: python-osc's parser pads a truncated float with zeros, stops a string
at its first NUL and drops the rest, skips type tags it does not know and bundle elements
it cannot identify, and sleeps on timetags. Here every one of those is a
:class:`~rtvae.errors.PacketError`, and a bundle with any malformed element is rejected
whole: nothing in it runs. :func:`parse_packet` keeps each message's timetag, ``None``
meaning "as soon as possible".

Accepted argument types: ``i`` (int32), ``f`` (float32), ``s`` (string, UTF-8), ``d``
(float64, read as a float) and ``h`` (int64, read as an int): the numbers and strings the
namespace takes, in every width a client may send them. Anything else (``b`` blobs, which
no address takes, ``T``/``F``/``N``/``I``, ``c``, ``m``, ``r``, ``t``, arrays ``[`` ``]``)
is refused with an error that names the tags and the address. Strings are NUL-terminated
and padded with NULs to 4 bytes; a byte after the first NUL that is not padding is a
malformed packet. An address starts with ``/`` and is printable ASCII without spaces; a
type tag string starts with ``,`` (a message may omit it: no arguments).

Replies are built with python-osc's builder and carry only ``i``, ``f`` and ``s``
arguments, which every Pd and Max version reads.
"""

from __future__ import annotations

import itertools
import re
import struct
from dataclasses import dataclass
from typing import Any

from pythonosc.osc_message_builder import OscMessageBuilder

from rtvae.errors import PacketError
from rtvae.osc.schema import bounded_repr as _shown

MAX_PACKET = 65536
MAX_DEPTH = 8  # bundles nested deeper than this are refused
BUNDLE = b"#bundle\0"
NTP_EPOCH = 2208988800  # seconds from 1900 (OSC timetags) to 1970 (Unix time)
IMMEDIATELY = 1  # the timetag that means "now"
_NUMBERS = {"i": ">i", "f": ">f", "d": ">d", "h": ">q"}  # struct formats of the number tags
ACCEPTED_TAGS = "ifsdh"
_ACCEPTED = re.compile(f"[{ACCEPTED_TAGS}]*")
_PRINTABLE = re.compile("/[!-~]*")  # printable ASCII, no spaces


@dataclass(frozen=True)
class Message:
    """One received message: address, arguments, and its bundle's time (None: immediately)."""

    address: str
    args: list[Any]
    time: float | None = None


class _Malformed(Exception):
    """Inside the reader: what is wrong, before it is worded as a PacketError."""


def parse_packet(datagram: bytes) -> list[Message]:
    """Every message in a datagram, bundles flattened, in the order they were sent.

    Raises PacketError for anything that is not a well-formed OSC packet of accepted
    types; then no message of the datagram is returned.
    """
    try:
        if datagram.startswith(BUNDLE):
            return _read_bundle(datagram, 0)
        if datagram.startswith(b"/"):
            return [_read_message(datagram, None)]
    except _Malformed as exc:
        raise PacketError(f"malformed OSC packet ({len(datagram)} bytes): {exc}") from None
    raise PacketError(f"not an OSC message or bundle ({len(datagram)} bytes)")


def _read_bundle(data: bytes, depth: int) -> list[Message]:
    if depth >= MAX_DEPTH:
        raise _Malformed(f"bundles nested more than {MAX_DEPTH} deep")
    if len(data) < 16:
        raise _Malformed(f"a bundle of {len(data)} bytes has no complete timetag")
    (tag,) = struct.unpack_from(">Q", data, 8)
    time = None if tag == IMMEDIATELY else tag / 2**32 - NTP_EPOCH
    messages, index, number = [], 16, 0
    while index < len(data):
        number += 1
        try:
            element, index = _read_element(data, index)
            messages += _read_bundle(element, depth + 1) if element.startswith(BUNDLE) else [_read_message(element, time)]
        except _Malformed as exc:
            raise _Malformed(f"bundle element {number}: {exc}") from None
    return messages


def _read_element(data: bytes, index: int) -> tuple[bytes, int]:
    """One bundle element's bytes (a size, then that many bytes of message or bundle)."""
    left = len(data) - index
    if left < 4:
        raise _Malformed(f"{left} stray byte(s) where a size should be")
    (size,) = struct.unpack_from(">i", data, index)
    if size <= 0 or size % 4:
        raise _Malformed(f"declared size {size} is not a positive multiple of 4")
    if size > left - 4:
        raise _Malformed(f"declared size {size} runs past the packet ({left - 4} bytes left)")
    element = data[index + 4:index + 4 + size]
    if not (element.startswith(b"/") or element.startswith(BUNDLE)):
        raise _Malformed(f"not a message or bundle (starts with {element[:8]!r})")
    return element, index + 4 + size


def _read_message(data: bytes, time: float | None) -> Message:
    """One message that fills ``data`` exactly."""
    address, index = _read_address(data)
    named = address if len(address) <= 64 else address[:61] + "..."
    if index == len(data):
        return Message(address, [], time)  # no type tag string: OSC 1.0 says read it as no arguments
    tags, index = _read_string(data, index)
    if not tags.startswith(","):
        raise _Malformed(f"{named}: the type tag string must start with ',', got {_shown(tags)}")
    _check_tags(named, tags[1:])
    args, index = _read_args(data, index, tags[1:], named)
    if index != len(data):
        raise _Malformed(f"{named}: {len(data) - index} byte(s) after the last argument")
    return Message(address, args, time)


def _read_address(data: bytes) -> tuple[str, int]:
    try:
        address, index = _read_string(data, 0)
    except _Malformed as exc:
        raise _Malformed(f"the address: {exc}") from None
    if not _PRINTABLE.fullmatch(address):
        raise _Malformed(f"the address {_shown(address)} is not printable ASCII (no spaces)")
    return address, index


def _check_tags(address: str, tags: str) -> None:
    if _ACCEPTED.fullmatch(tags):
        return
    unsupported = sorted(set(tags) - set(ACCEPTED_TAGS))
    listed = ", ".join(map(repr, unsupported[:8])) + (", ..." if len(unsupported) > 8 else "")
    raise PacketError(f"{address}: unsupported OSC type tag(s) {listed}; "
                      "rtvae reads i, f, s, d (as a float) and h (as an int)")


def _read_args(data: bytes, index: int, tags: str, address: str) -> tuple[list[Any], int]:
    args: list[Any] = []
    for tag, run in itertools.groupby(tags):
        count = len(list(run))
        try:
            if tag == "s":
                for _ in range(count):
                    value, index = _read_string(data, index)
                    args.append(value)
            else:
                values, index = _read_numbers(data, index, tag, count)
                args += values
        except _Malformed as exc:
            first = len(args) + 1
            which = f"argument {first}" if count == 1 or tag == "s" else f"arguments {first}-{first + count - 1}"
            raise _Malformed(f"{address}: {which} ({tag}): {exc}") from None
    return args, index


def _read_numbers(data: bytes, index: int, tag: str, count: int) -> tuple[list[Any], int]:
    """``count`` big-endian numbers of one tag at once (a latent is one unpack)."""
    fmt = f">{count}{_NUMBERS[tag][1]}"
    size = struct.calcsize(fmt)
    if index + size > len(data):
        raise _Malformed(f"truncated: {count} value(s) need {size} bytes, {len(data) - index} left")
    return list(struct.unpack_from(fmt, data, index)), index + size


def _read_string(data: bytes, index: int) -> tuple[str, int]:
    """A NUL-terminated UTF-8 string padded with NULs to a multiple of 4 bytes."""
    end = data.find(b"\0", index)
    if end < 0:
        raise _Malformed("a string without its terminating NUL (truncated?)")
    stop = end + 4 - (end - index) % 4
    if stop > len(data):
        raise _Malformed("a string not padded to 4 bytes (truncated?)")
    if data[end:stop].strip(b"\0"):
        raise _Malformed(f"a string with bytes after its NUL: {_shown(data[index:stop])}")
    try:
        return data[index:end].decode("utf-8"), stop
    except UnicodeDecodeError:
        raise _Malformed(f"a string that is not UTF-8 ({_shown(data[index:end])})") from None


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
