"""Strict packets, as byte literals: a malformed or unsupported datagram is one PacketError.

Each case is the datagram a hostile or broken client could send, and the exact reason the
parser gives; a bundle with any bad element yields no message at all (nothing in it runs).
"""

from __future__ import annotations

import struct

import pytest

from rtvae.errors import PacketError
from rtvae.osc.wire import MAX_DEPTH, Message, parse_packet

NOW = b"\0\0\0\0\0\0\0\x01"  # the timetag "immediately"
MUTE = b"/rtvae/mute\0,i\0\0\0\0\0\x01"  # 20 bytes
GAIN = b"/rtvae/gain\0,f\0\0\x3f\x00\x00\x00"  # gain 0.5, 20 bytes


def element(content: bytes) -> bytes:
    return struct.pack(">i", len(content)) + content


def bundle(*contents: bytes, tag: bytes = NOW) -> bytes:
    return b"#bundle\0" + tag + b"".join(element(c) for c in contents)


def test_a_well_formed_bundle_keeps_order_and_each_bundles_time():
    later = struct.pack(">II", 2208988800 + 100, 2**31)  # Unix time 100.5
    assert parse_packet(bundle(MUTE, bundle(GAIN, tag=later))) == [
        Message("/rtvae/mute", [1], None), Message("/rtvae/gain", [0.5], 100.5)]


def test_double_reads_as_a_float_and_int64_as_an_int():
    assert parse_packet(b"/rtvae/gain\0,d\0\0\x3f\xe0\0\0\0\0\0\0") == [Message("/rtvae/gain", [0.5])]
    assert parse_packet(b"/rtvae/mute\0,h\0\0\0\0\0\0\0\0\0\x01") == [Message("/rtvae/mute", [1])]


def test_a_message_without_type_tags_has_no_arguments():
    assert parse_packet(b"/rtvae/ping\0") == [Message("/rtvae/ping", [])]


def test_a_string_is_read_up_to_its_nul_and_its_padding():
    assert parse_packet(b"/rtvae/record/start\0,s\0\0take\0\0\0\0") == [Message("/rtvae/record/start", ["take"])]


MALFORMED = [
    # bundles: every malformed element rejects the whole bundle
    (bundle(MUTE, b"\x00\x01garbag"), "bundle element 2: not a message or bundle (starts with b'\\x00\\x01garbag')"),
    (b"#bundle\0" + NOW + element(MUTE) + b"\0\0\0\x40" + GAIN,
     "bundle element 2: declared size 64 runs past the packet (20 bytes left)"),
    (b"#bundle\0" + NOW + element(MUTE) + b"\0\0\0\x13" + GAIN,
     "bundle element 2: declared size 19 is not a positive multiple of 4"),
    (b"#bundle\0" + NOW + b"\xff\xff\xff\xfc" + MUTE, "bundle element 1: declared size -4 is not a positive multiple of 4"),
    (b"#bundle\0" + NOW + b"\0\0\0\0" + MUTE, "bundle element 1: declared size 0 is not a positive multiple of 4"),
    (bundle(MUTE) + b"\0\0", "bundle element 2: 2 stray byte(s) where a size should be"),
    (bundle(MUTE, GAIN[:-4] + b"\0\0\0\0\0\0\0\0"), "bundle element 2: /rtvae/gain: 4 byte(s) after the last argument"),
    (bundle(MUTE, bundle(GAIN, b"/rtvae/gain\0,f\0\0")),
     "bundle element 2: bundle element 2: /rtvae/gain: argument 1 (f): truncated: 1 value(s) need 4 bytes, 0 left"),
    (bundle(MUTE, b"#bundle\0\0\0\0\0"), "bundle element 2: a bundle of 12 bytes has no complete timetag"),
    (b"#bundle\0\0\0\0\0\0\0\0\x01\0\0\0\x40/rtvae", "bundle element 1: declared size 64 runs past the packet (6 bytes left)"),
    # strings: NUL-terminated, NUL-padded, nothing after the first NUL, UTF-8
    (b"/rtvae/record/start\0,s\0\0a\0b\0", "/rtvae/record/start: argument 1 (s): a string with bytes after its NUL: "
                                           "b'a\\x00b\\x00'"),
    (b"/rtvae/record/start\0,s\0\0take", "/rtvae/record/start: argument 1 (s): a string without its terminating NUL "
                                         "(truncated?)"),
    (b"/rtvae/record/start\0,s\0\0take\0", "/rtvae/record/start: argument 1 (s): a string not padded to 4 bytes "
                                           "(truncated?)"),
    (b"/rtvae/record/start\0,s\0\0\xff\xfe\0\0", "/rtvae/record/start: argument 1 (s): a string that is not UTF-8 "
                                                 "(b'\\xff\\xfe')"),
    (b"/rtvae/x\0y\0\0,f\0\0\x3f\x00\x00\x00", "the address: a string with bytes after its NUL: "
                                                "b'/rtvae/x\\x00y\\x00\\x00'"),
    # addresses and type tags
    (b"/rtvae/ga\x01n\0\0\0", "the address '/rtvae/ga\\x01n' is not printable ASCII (no spaces)"),
    (b"/rtvae gain\0,f\0\0\x3f\x00\x00\x00", "the address '/rtvae gain' is not printable ASCII (no spaces)"),
    (b"/rtvae/gain\0f\0\0\0\x3f\x00\x00\x00", "/rtvae/gain: the type tag string must start with ',', got 'f'"),
    # numbers: no zero-padding of what is missing, nothing left over
    (b"/rtvae/gain\0,f\0\0\x3f", "/rtvae/gain: argument 1 (f): truncated: 1 value(s) need 4 bytes, 1 left"),
    (b"/rtvae/z/set\0\0\0\0,iff\0\0\0\0\0\0\0\x01\x3f\x00\x00\x00",
     "/rtvae/z/set: arguments 2-3 (f): truncated: 2 value(s) need 8 bytes, 4 left"),
    (GAIN + b"\0\0\0\0", "/rtvae/gain: 4 byte(s) after the last argument"),
]


@pytest.mark.parametrize("datagram, reason", MALFORMED)
def test_a_malformed_packet_is_one_packet_error_naming_what_is_wrong(datagram, reason):
    with pytest.raises(PacketError) as raised:
        parse_packet(datagram)
    assert str(raised.value) == f"malformed OSC packet ({len(datagram)} bytes): {reason}"


@pytest.mark.parametrize("tags, payload", [
    (b"c", b"\0\0\0A"), (b"I", b""), (b"m", b"\0\x90\x3c\x7f"), (b"r", b"\xff\0\0\xff"),
    (b"t", NOW), (b"N", b""), (b"T", b""), (b"F", b""), (b"b", b"\0\0\0\x01x\0\0\0"), (b"[f]", b"\x3f\0\0\0"),
])
def test_an_unsupported_type_tag_is_refused_by_name(tags, payload):
    tag_string = b"," + tags
    datagram = b"/rtvae/gain\0" + tag_string + b"\0" * (4 - len(tag_string) % 4) + payload
    with pytest.raises(PacketError) as raised:
        parse_packet(datagram)
    named = ", ".join(repr(t) for t in sorted(set(tags.decode()) - set("ifsdh")))
    assert str(raised.value) == (f"/rtvae/gain: unsupported OSC type tag(s) {named}; "
                                 "rtvae reads i, f, s, d (as a float) and h (as an int)")


def test_an_unsupported_tag_in_a_bundle_rejects_the_whole_bundle():
    with pytest.raises(PacketError, match=r"/rtvae/gain: unsupported OSC type tag\(s\) 'c'"):
        parse_packet(bundle(MUTE, b"/rtvae/gain\0,c\0\0\0\0\0A"))


def test_bundles_nested_too_deep_are_refused():
    deep = MUTE
    for _ in range(MAX_DEPTH + 1):
        deep = bundle(deep)
    with pytest.raises(PacketError, match=f"bundles nested more than {MAX_DEPTH} deep"):
        parse_packet(deep)


def test_an_error_quotes_a_long_address_bounded():
    datagram = b"/" + b"x" * 4091 + b"\0\0\0\0" + b",f\0\0\x3f"
    with pytest.raises(PacketError) as raised:
        parse_packet(datagram)
    assert len(str(raised.value)) < 200 and "/xxx" in str(raised.value)


def test_garbage_is_not_an_osc_packet():
    with pytest.raises(PacketError, match=r"^not an OSC message or bundle \(9 bytes\)$"):
        parse_packet(b"\x00\x01garbage")
