"""Descriptor targets live: the control side follows a value or a curve, and reports what played."""

from __future__ import annotations

import numpy as np
import pytest

from rtvae.engine import controls as c
from rtvae.explore.descriptors import DESCRIPTORS, describe
from rtvae.osc.namespace import DESCRIPTOR_NAMES
from tests.test_osc import drain_records, live, model  # noqa: F401  (fixtures)


def errors_in(replies) -> list[list]:
    return [args for address, args in replies if address == "/rtvae/error"]


def centroid_of(player, n_blocks: int = 24) -> float:
    audio = np.concatenate([player.render(512).copy() for _ in range(n_blocks)])
    windows = audio[: len(audio) // 1024 * 1024].reshape(-1, 1024)
    return float(np.median(describe(windows, 44100)[:, DESCRIPTORS.index("centroid_hz")]))


def test_the_table_names_the_descriptors_the_kernels_measure():
    assert DESCRIPTOR_NAMES == DESCRIPTORS


def test_range_lists_every_descriptor_with_its_unit(live):
    rig, control, server, peer = live
    assert peer.register()
    peer.send_message("/rtvae/descriptor/range")
    ranges = [a for address, a in peer.replies(1.0) if address == "/rtvae/descriptor/range"]
    assert [r[0] for r in ranges] == list(DESCRIPTORS)
    centroid = ranges[DESCRIPTORS.index("centroid_hz")]
    assert centroid[1] == "Hz" and centroid[2] <= centroid[4] < centroid[5] <= centroid[3]


@pytest.mark.parametrize("goal", ["low", "high"])
def test_a_value_target_moves_the_measured_centroid_toward_it(live, goal):
    rig, control, server, peer = live
    peer.send_message("/rtvae/descriptor/range")
    ranges = {a[0]: a for address, a in peer.replies(1.0) if address == "/rtvae/descriptor/range"}
    low, high = ranges["centroid_hz"][4], ranges["centroid_hz"][5]
    before = centroid_of(rig.player)
    wanted = low + 0.1 * (high - low) if goal == "low" else low + 0.9 * (high - low)
    peer.send_message("/rtvae/descriptor/target", "centroid_hz", wanted)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
    after = centroid_of(rig.player)
    assert abs(np.log(after / wanted)) < abs(np.log(before / wanted)), (before, after, wanted)


def test_a_curve_plays_along_its_transport_and_a_latent_hands_control_back(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/descriptor/curve", "rms_db", -40.0, -10.0, -40.0)
    peer.send_message("/rtvae/descriptor/duration", 1.0)
    peer.send_message("/rtvae/descriptor/play")  # planned on a helper; plays once planned
    assert not errors_in(peer.replies(2.0))
    state = control.state.descriptors
    assert state.mode == "curve" and state.playing and len(state.path) == round(44100 / 256)
    kinds = [r[c.KIND] for r in drain_records(rig.player.engine)]
    assert kinds.count(c.Z_ALL) >= 16
    peer.send_message("/rtvae/z/set", 0, 1.0)
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    assert state.mode == "off"


def test_what_played_is_measured_and_streamed_to_a_registered_client(live):
    rig, control, server, peer = live
    assert peer.register()
    for _ in range(20):
        rig.player.render(512)
    streamed = [a for address, a in peer.replies(1.0, until="/rtvae/out/descriptors")
                if address == "/rtvae/out/descriptors"]
    assert streamed and len(streamed[0]) == len(DESCRIPTORS) and all(np.isfinite(streamed[0]))


def test_a_target_from_an_unregistered_sender_streams_to_the_registered_patch(live):
    from rtvae.osc.client import OscClient

    rig, control, server, peer = live
    assert peer.register()
    with OscClient(server.port) as stranger:  # oscsend: sends once, never registers, never reads
        stranger.send_message("/rtvae/descriptor/target", "centroid_hz", 1000.0)
        peer.send_message("/rtvae/ping")
        peer.replies(1.0, until="/rtvae/pong")
        for _ in range(20):
            rig.player.render(512)
        streamed = [a for address, a in peer.replies(1.0, until="/rtvae/out/descriptors")
                    if address == "/rtvae/out/descriptors"]
        stranger.sock.settimeout(0.2)
        heard = []
        try:
            while True:
                heard.append(stranger.sock.recv(65536))
        except OSError:
            pass
    assert streamed, "the registered patch heard no /rtvae/out/descriptors"
    assert not any(d.startswith(b"/rtvae/out/") for d in heard)  # a stream is never sent to a stranger


@pytest.mark.parametrize("address, args, reason", [
    ("/rtvae/descriptor/target", ["brightness", 1.0], "brightness"),
    ("/rtvae/descriptor/target", ["centroid_hz", float("nan")], "must be finite"),
    ("/rtvae/descriptor/weight", ["centroid_hz", -1.0], "out of range"),
    ("/rtvae/descriptor/curve", ["centroid_hz"], "got 0 group"),
    ("/rtvae/descriptor/play", [], "no curve"),
])
def test_bad_descriptor_input_is_answered(live, address, args, reason):
    rig, control, server, peer = live
    peer.send_message(address, *args)
    errors = errors_in(peer.replies(1.0, until="/rtvae/error"))
    assert errors and errors[0][0] == address and reason in errors[0][1], errors


def test_a_curve_with_no_duration_and_a_target_with_no_corpus_are_answered(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/descriptor/curve", "centroid_hz", 300.0, 1200.0)
    peer.send_message("/rtvae/descriptor/play")
    errors = errors_in(peer.replies(1.0, until="/rtvae/error"))
    assert errors and "no duration" in errors[0][1]
    control.state.corpus.corpus = None
    peer.send_message("/rtvae/descriptor/target", "centroid_hz", 1000.0)
    errors = errors_in(peer.replies(1.0, until="/rtvae/error"))
    assert errors and "no corpus" in errors[0][1]


def test_a_target_outside_the_range_is_clamped_and_said_once(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/descriptor/target", "centroid_hz", 1e5)
    peer.send_message("/rtvae/descriptor/target", "centroid_hz", 1e5)
    errors = errors_in(peer.replies(1.0))
    assert len(errors) == 1 and "clamped" in errors[0][1] and "centroid_hz" in errors[0][1]
