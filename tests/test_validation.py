"""Everything the namespace table lets through is validated before it reaches a record or a curve.

The reproductions of issue 9 (the ones that once killed the receive thread, the curve that
turned the output into NaN, bundles with broken elements, a NUL inside a name, tags python-osc
dropped) are sent as byte literals to a live receive loop (the fixture of test_osc): each is
answered with ``/rtvae/error``, nothing of it reaches the engine, and the server still answers
``/rtvae/ping``. The curve checks and the string checks are then tried one by one.
"""

from __future__ import annotations

import struct

import numpy as np
import pytest

from rtvae.engine import controls as c
from rtvae.errors import ArgumentError, RtvaeError
from rtvae.explore import curves
from rtvae.osc.namespace import BY_PATH, check_args
from tests.test_osc import drain_records, live, model  # noqa: F401  (fixtures)
from tests.test_wire_strict import GAIN, MUTE, NOW, bundle, element

PING = b"/rtvae/ping\0,f\0\0\x40\x40\0\0"  # id 3.0


def osc(address: bytes, tags: bytes, payload: bytes = b"") -> bytes:
    """A message from its parts: the address and ``,tags`` NUL-padded to 4 bytes, then the payload."""
    def padded(text: bytes) -> bytes:
        return text + b"\0" * (4 - len(text) % 4)
    return padded(address) + padded(b"," + tags) + payload


def floats(*values: float) -> bytes:
    return struct.pack(f">{len(values)}f", *values)


def walk(*params: float) -> bytes:
    return osc(b"/rtvae/interp/function", b"s" + b"f" * len(params), b"walk\0\0\0\0" + floats(*params))


def answered(peer, datagram: bytes) -> list:
    """Send ``datagram``; return the first error reply, after checking the server still answers ping."""
    peer.send(datagram)
    errors = [args for address, args in peer.replies(1.0, until="/rtvae/error") if address == "/rtvae/error"]
    peer.send(PING)
    assert ("/rtvae/pong", [3.0]) in peer.replies(1.0, until="/rtvae/pong")
    assert errors, "no /rtvae/error"
    return errors[0]


def is_reason(sent: str, expected: str) -> bool:
    """The reason as expected, or its start cut with '…' (replies to an unregistered client are bounded)."""
    return sent == expected or (sent.endswith("…") and len(sent) > 40 and expected.startswith(sent[:-1]))


Z_SET_129 = osc(b"/rtvae/z/set", b"if" * 129, b"".join(struct.pack(">if", i % 128, 0.5) for i in range(129)))
EXP_1E6 = osc(b"/rtvae/interp/function", b"sfff", b"exp\0" + floats(0.0, 1.0, 1e6))

LIVE_CASES = [
    (Z_SET_129, "/rtvae/z/set", "expects at most 128 (index, value) pairs (the latent size), got 129"),
    (walk(-1, 0.05, 0, 1), "/rtvae/interp/function", "walk: 'seed' = -1 must be a non-negative integer"),
    (walk(0, -0.05), "/rtvae/interp/function", "walk: 'step' = -0.05 must be an amount per point in [0, 9]"),
    (EXP_1E6, "/rtvae/interp/function", "exp: 'curvature' = 1e+06 must be a curvature in [-50, 50]"),
    (bundle(MUTE, b"\x00\x01garbag", GAIN), "(packet)",
     "malformed OSC packet (76 bytes): bundle element 2: not a message or bundle (starts with b'\\x00\\x01garbag')"),
    (b"#bundle\0" + NOW + element(MUTE) + b"\0\0\0\x40" + GAIN, "(packet)",
     "malformed OSC packet (64 bytes): bundle element 2: declared size 64 runs past the packet (20 bytes left)"),
    (bundle(MUTE, bundle(GAIN, b"/rtvae/gain\0,f\0\0")), "(packet)",
     "malformed OSC packet (104 bytes): bundle element 2: bundle element 2: /rtvae/gain: argument 1 (f): "
     "truncated: 1 value(s) need 4 bytes, 0 left"),
    (b"/rtvae/record/start\0,s\0\0a\0b\0", "(packet)",
     "malformed OSC packet (28 bytes): /rtvae/record/start: argument 1 (s): a string with bytes after its NUL: "
     "b'a\\x00b\\x00'"),
    (b"/rtvae/record/start\0,s\0\0a\x01b\0", "/rtvae/record/start",
     "'name' may not contain control characters, got U+0001 at position 1"),
    (b"/rtvae/record/start\0,s\0\0a\x7fb\0", "/rtvae/record/start",
     "'name' may not contain control characters, got U+007F at position 1"),
    (b"/rtvae/gain\0,c\0\0\0\0\0A", "(packet)",
     "/rtvae/gain: unsupported OSC type tag(s) 'c'; rtvae reads i, f, s, d (as a float) and h (as an int)"),
    (b"/rtvae/mute\0,Ii\0\0\0\0\x01", "(packet)",
     "/rtvae/mute: unsupported OSC type tag(s) 'I'; rtvae reads i, f, s, d (as a float) and h (as an int)"),
    (bundle(MUTE, b"/rtvae/gain\0,m\0\0\0\x90\x3c\x7f"), "(packet)",
     "/rtvae/gain: unsupported OSC type tag(s) 'm'; rtvae reads i, f, s, d (as a float) and h (as an int)"),
]


@pytest.mark.parametrize("datagram, culprit, reason", LIVE_CASES)
def test_each_reproduction_is_refused_with_its_reason_and_nothing_runs(live, tmp_path, datagram, culprit, reason):
    rig, control, server, peer = live
    engine = rig.player.engine
    curve_before = engine.curve.current
    sent_culprit, sent_reason = answered(peer, datagram)
    assert sent_culprit == culprit and is_reason(sent_reason, reason), sent_reason
    assert drain_records(engine) == []  # not the mute, not the gain, not a latent
    assert engine.curve.incoming is None and engine.curve.current is curve_before
    assert not rig.recorder.recording and not (tmp_path / "recordings").exists()
    assert control.counters.failures == 0 and server.failures == 0  # refused on purpose, not crashed


def test_z_set_takes_up_to_the_latent_size_of_pairs(live):
    rig, control, server, peer = live
    peer.send(osc(b"/rtvae/z/set", b"if" * 128, b"".join(struct.pack(">if", i, 0.5) for i in range(128))))
    peer.send(PING)
    assert [a for a, _ in peer.replies(1.0, until="/rtvae/pong")] == ["/rtvae/pong"]
    (record,) = drain_records(rig.player.engine)
    assert record[c.KIND] == c.Z_PAIRS and record[c.COUNT] == 128


def test_a_steep_exp_curve_within_its_bound_plays_finite(live):
    rig, control, server, peer = live
    for spec, which in ((b"organ_C3_dark\0\0\0", b"a"), (b"organ_C3_bright\0", b"b")):
        peer.send(osc(b"/rtvae/interp/" + which, b"s", spec))
    peer.send(osc(b"/rtvae/interp/mode", b"s", b"meso\0\0\0\0"))
    peer.send(osc(b"/rtvae/interp/function", b"sfff", b"exp\0" + floats(-4.0, 5.0, 50.0)))
    peer.send(osc(b"/rtvae/interp/play", b""))
    peer.send(PING)
    replies = peer.replies(2.0, until="/rtvae/pong")
    assert not [r for r in replies if r[0] == "/rtvae/error"], replies
    out = np.concatenate([rig.player.render(512).copy() for _ in range(20)])
    assert np.isfinite(rig.player.engine.curve.current).all() and np.isfinite(out).all()


# ------------------------------------------------------------------------------ curves


EXTREMES = {  # every parameter at the edges of what is accepted
    "sine": [(0, -4, 5), (512, 5, -4), (0.5,)], "triangle": [(512, -4, 5), (0, 5, 5)],
    "ramp": [(-4, 5), (5, -4)], "exp": [(-4, 5, 50), (5, -4, -50), (0, 1, 1e-12), (0, 1, 0)],
    "walk": [(0, 9, -4, 5), (1e6, 0, 5, 5), (3, 9, -4, -4)],
}


@pytest.mark.parametrize("name, params", [(n, p) for n, ps in EXTREMES.items() for p in ps])
def test_every_accepted_function_gives_a_finite_curve_inside_the_amount_range(name, params):
    curve = curves.function(name, params)
    low, high = curves.AMOUNT_RANGE
    assert np.isfinite(curve).all() and curve.min() >= low and curve.max() <= high


@pytest.mark.parametrize("name, params, reason", [
    ("walk", [-1], "walk: 'seed' = -1 must be a non-negative integer"),
    ("walk", [2.5], "walk: 'seed' = 2.5 must be a non-negative integer"),
    ("walk", [0, -0.05], "walk: 'step' = -0.05 must be an amount per point in [0, 9]"),
    ("walk", [0, 10], "walk: 'step' = 10 must be an amount per point in [0, 9]"),
    ("walk", [0, 0.1, 1, 0], "walk: 'low' (1) must not be above 'high' (0)"),
    ("walk", [0, 0.1, -5], "walk: 'low' = -5 must be an amount in [-4, 5]"),
    ("exp", [0, 1, 1e6], "exp: 'curvature' = 1e+06 must be a curvature in [-50, 50]"),
    ("exp", [0, 1, -51], "exp: 'curvature' = -51 must be a curvature in [-50, 50]"),
    ("exp", [0, 6], "exp: 'to' = 6 must be an amount in [-4, 5]"),
    ("ramp", [-1e6], "ramp: 'from' = -1e+06 must be an amount in [-4, 5]"),
    ("sine", [-1], "sine: 'periods' = -1 must be a count in [0, 512]"),
    ("triangle", [513], "triangle: 'periods' = 513 must be a count in [0, 512]"),
    ("sine", [1, 0, 9], "sine: 'high' = 9 must be an amount in [-4, 5]"),
    ("sine", [1, 0, 1, 2], "sine takes at most 3 parameters (periods low high), got 4"),
    ("ramp", [float("nan")], "ramp: 'from' = nan must be an amount in [-4, 5]"),
])
def test_each_bad_function_parameter_is_refused_by_name(name, params, reason):
    with pytest.raises(RtvaeError) as raised:
        curves.function(name, params)
    assert str(raised.value) == reason


@pytest.mark.parametrize("build, values, reason", [
    (curves.from_values, [0.0, float("inf")], "a curve value is not finite (inf)"),
    (curves.from_values, [0.0, 5.5], "a curve value (5.5 at point 1) is outside the amount range [-4, 5]"),
    (curves.from_values, [], "a curve needs at least one value"),
    (curves.from_breakpoints, [0.0, 0.0, float("nan"), 1.0], "a breakpoint is not finite (nan)"),
    (curves.from_breakpoints, [0.0, 0.0, 1.0, -4.5], "a curve value (-4.5 at point 1) is outside the amount range [-4, 5]"),
])
def test_drawn_curves_and_breakpoints_are_checked_too(build, values, reason):
    with pytest.raises(RtvaeError) as raised:
        build(values)
    assert str(raised.value) == reason


def test_the_namespace_amount_range_is_the_curves_range():
    amounts = (BY_PATH["/rtvae/interp/amount"].args[0], BY_PATH["/rtvae/interp/curve"].repeat[0],
               BY_PATH["/rtvae/interp/breakpoints"].repeat[1])
    assert all((arg.minimum, arg.maximum) == curves.AMOUNT_RANGE for arg in amounts)


# ------------------------------------------------------------------------------ strings


@pytest.mark.parametrize("text, position, code", [("a\tb", 1, "0009"), ("\x1b[2J", 0, "001B"), ("take\x7f", 4, "007F"),
                                                  ("x\x85", 1, "0085")])
def test_a_string_with_a_control_character_is_refused(text, position, code):
    with pytest.raises(ArgumentError) as raised:
        check_args(BY_PATH["/rtvae/preset/store"], [text], 128)
    assert str(raised.value) == f"'name' may not contain control characters, got U+{code} at position {position}"


def test_printable_unicode_strings_pass_the_check():
    assert check_args(BY_PATH["/rtvae/interp/a"], ["orgue_été"], 128) == ["orgue_été"]


def test_a_long_string_is_quoted_bounded_in_the_error():
    with pytest.raises(ArgumentError) as raised:
        check_args(BY_PATH["/rtvae/gain"], ["x" * 10000], 128)
    assert len(str(raised.value)) < 100
