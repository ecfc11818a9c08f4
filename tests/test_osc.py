"""The OSC server against byte-exact datagrams: every bad-input class gets an error reply.

The audio side here is an engine driven by hand (no device): what reaches it is checked
through its control ring and its counters.
"""

import time

import numpy as np
import pytest

from rtvae.config import Config, defaults
from rtvae.control.control import Control, Rig
from rtvae.control.dispatch import Dispatcher, handler_table
from rtvae.control.state import CorpusState, LiveState
from rtvae.engine import controls as c
from rtvae.engine.factory import build_engine
from rtvae.engine.player import Player
from rtvae.engine.telemetry import Telemetry
from rtvae.drivers.recorder import Recorder
from rtvae.model.directory import load_model
from rtvae.osc.namespace import NAMESPACE, REPLIES, REPLY_BY_PATH, check_args, markdown_table, replies_markdown_table
from rtvae.osc.server import OscServer
from rtvae.osc.client import OscClient as Peer, bundle, message


SYNTH = Config(defaults(("synth",))).synth


class FakeOutput:
    """Stands in for the audio device: a fixed clock of 1000 frames per second from t0."""

    def __init__(self, engine):
        self.telemetry = Telemetry(128, 48000)
        self.device_rate, self.block, self.scheduling, self.source = 48000, 128, "inline", None
        self.latency_samples = engine.latency_samples
        self.live_input, self.input_connected = None, False  # output only, as the real one without --input
        self.t0 = time.time()

    def frame_at(self, unix_time):
        return (unix_time - self.t0) * 1000.0

    def input_latencies(self):
        return None  # an output-only stream, as the real one without --input


@pytest.fixture(scope="module")
def model():
    return load_model("default")


@pytest.fixture
def live(model, tmp_path, default_corpus):
    """A control side and a receive loop around an engine driven by hand (no device)."""
    engine = build_engine(model, SYNTH, max_block=512)
    player = Player(engine)
    server = OscServer("127.0.0.1", 0)
    rig = Rig(player, FakeOutput(engine), Recorder(engine.sample_rate),
              lambda name: build_engine(model, SYNTH, max_block=512), lambda model, name: default_corpus,
              tmp_path / "models", tmp_path / "recordings", tmp_path / "sounds", server=server)
    control = Control(rig, server.replies, LiveState(corpus=CorpusState(corpus=default_corpus)))
    dispatcher = Dispatcher(control)
    server.start(dispatcher)
    peer = Peer(server.port)
    yield rig, control, server, peer
    peer.close()
    control.stop()
    server.stop()


def drain_records(engine):
    out, records = np.zeros(engine.ring.width), []
    while engine.ring.pop(out):
        records.append(out.copy())
    return records


def test_a_float_gain_becomes_one_gain_record(live):
    rig, control, server, peer = live
    peer.send(b"/rtvae/gain\0,f\0\0\x3f\x00\x00\x00")  # 0.5 as a byte literal
    peer.replies(0.2)
    (record,) = drain_records(rig.player.engine)
    assert record[c.KIND] == c.GAIN and record[c.PAYLOAD] == 0.5 and record[c.DUE] == c.IMMEDIATE


def test_pd_style_integral_floats_are_accepted_for_ints(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/mute", 1.0, types="f")
    peer.send_message("/rtvae/z/set", 3.0, 0.25, 7.0, -1.0, types="ffff")
    assert peer.replies(0.2) == []
    records = drain_records(rig.player.engine)
    assert [r[c.KIND] for r in records] == [c.MUTE, c.Z_PAIRS]
    assert list(records[1][c.PAYLOAD:c.PAYLOAD + 4]) == [3, 0.25, 7, -1.0]


def test_a_future_timetag_is_stamped_with_its_engine_frame_never_waited_for(live):
    rig, control, server, peer = live
    when = rig.output.t0 + 2.5
    started = time.monotonic()
    peer.send(bundle(when, message("/rtvae/temperature", 0.3)))
    peer.send_message("/rtvae/ping", 1.0)
    assert peer.replies(1.0, until="/rtvae/pong")[-1] == ("/rtvae/pong", [1.0])
    assert time.monotonic() - started < 0.5
    (record,) = drain_records(rig.player.engine)
    assert record[c.KIND] == c.TEMPERATURE and abs(record[c.DUE] - 2500.0) < 1.0


def test_a_whole_latent_of_128_floats_and_a_61_kib_bundle_arrive(live):
    rig, control, server, peer = live
    z = np.linspace(-1, 1, 128)
    many = [message("/rtvae/z", *map(float, z)) for _ in range(95)]  # 95 x 660 bytes ≈ 61 KiB
    datagram = bundle(0, *many)
    assert len(datagram) > 56 * 1024
    peer.send(datagram)
    assert peer.replies(0.5) == []
    records = drain_records(rig.player.engine)
    assert len(records) == 95 and np.allclose(records[-1][c.PAYLOAD:c.PAYLOAD + 128], z)


@pytest.mark.parametrize("datagram, culprit, reason", [
    (message("/rtvae/gain", "loud"), "/rtvae/gain", "must be a number"),
    (message("/rtvae/gain"), "/rtvae/gain", "got 0 argument"),
    (message("/rtvae/gain", 0.5, 0.5), "/rtvae/gain", "got 2 argument"),
    (message("/rtvae/gain", float("nan")), "/rtvae/gain", "must be finite"),
    (message("/rtvae/temperature", float("inf")), "/rtvae/temperature", "must be finite"),
    (message("/rtvae/gain", 99.0), "/rtvae/gain", "out of range"),
    (message("/rtvae/mute", 0.5), "/rtvae/mute", "must be an integer"),
    (message("/rtvae/z", 1.0, 2.0), "/rtvae/z", "expects 128 values"),
    (message("/rtvae/z/set", 200, 1.0), "/rtvae/z/set", "index 200 is out of range"),
    (message("/rtvae/z/set", 1, 1.0, 2), "/rtvae/z/set", "groups of 2"),
    (message("/rtvae/nowhere", 1), "/rtvae/nowhere", "unknown address"),
    (b"/rtvae/gain\0,f\0\0\x3f", "(packet)", "malformed OSC packet"),
    (b"\x00\x01garbage", "(packet)", "not an OSC message or bundle"),
    (message("/rtvae/gain", 0.5)[:-4], "(packet)", "truncated"),
    (message("/rtvae/z/set", 1, 0.5)[:-4], "(packet)", "truncated"),
    (b"#bundle\0\0\0\0\0\0\0\0\x01\0\0\0\x40/rtvae", "(packet)", "malformed"),
    (message("/rtvae/preset/store", "../../etc/passwd"), "/rtvae/preset/store", "not a plain name"),
    (message("/rtvae/model/load", "../secrets"), "/rtvae/model/load", "not a plain name"),
    (message("/rtvae/model/load", "/etc"), "/rtvae/model/load", "not a plain name"),
    (message("/rtvae/model/load", "missing"), "/rtvae/model/load", "no model 'missing'"),
    (message("/rtvae/record/start", "../../tmp/x"), "/rtvae/record/start", "not a plain name"),
    (message("/rtvae/record/stop"), "/rtvae/record/stop", "not recording"),
    (message("/rtvae/preset/recall", "never"), "/rtvae/preset/recall", "no preset 'never'"),
    (message("/rtvae/reply", 9001, "10.1.2.3"), "/rtvae/reply", "not '10.1.2.3'"),
])
def test_every_bad_input_gets_an_error_reply_and_changes_nothing(live, datagram, culprit, reason):
    rig, control, server, peer = live
    peer.send(datagram)
    replies = peer.replies(0.5, until="/rtvae/error")
    errors = [args for address, args in replies if address == "/rtvae/error"]
    assert errors and errors[0][0] == culprit and reason in errors[0][1], replies
    assert drain_records(rig.player.engine) == []
    peer.send_message("/rtvae/ping", 2.0)  # and the server still answers
    assert ("/rtvae/pong", [2.0]) in peer.replies(0.5, until="/rtvae/pong")


def test_errors_are_rate_limited_and_the_suppressed_count_is_reported(live):
    rig, control, server, peer = live
    for _ in range(60):
        peer.send_message("/rtvae/nowhere")
    errors = [r for r in peer.replies(0.5) if r[0] == "/rtvae/error"]
    assert 15 <= len(errors) <= 25 and server.replies.suppressed >= 35
    time.sleep(0.2)
    peer.send_message("/rtvae/nowhere")
    last = peer.replies(0.3, until="/rtvae/error")[-1]
    assert "more errors suppressed" in last[1][1]


def test_presets_store_and_recall_the_latent_target(live):
    rig, control, server, peer = live
    engine = rig.player.engine
    engine.target[:] = 0.25
    peer.send_message("/rtvae/preset/store", "warm")
    peer.send_message("/rtvae/ping")
    peer.replies(0.5, until="/rtvae/pong")
    engine.target[:] = 0
    peer.send_message("/rtvae/preset/recall", "warm")
    assert peer.replies(0.3) == []
    (record,) = drain_records(engine)
    assert record[c.KIND] == c.Z_ALL and np.all(record[c.PAYLOAD:c.PAYLOAD + 128] == 0.25)


def test_status_help_ping_and_reply_ports(live):
    rig, control, server, peer = live
    other = Peer(server.port)
    peer.send_message("/rtvae/reply", other.sock.getsockname()[1])
    peer.send_message("/rtvae/status")
    args = [r for r in peer.replies(0.5, until="/rtvae/status") if r[0] == "/rtvae/status"][0][1]
    status = REPLY_BY_PATH["/rtvae/status"].read(args)
    assert len(args) == len(REPLY_BY_PATH["/rtvae/status"].fields)
    assert (status["model"], status["sample_rate"], status["device_rate"], status["block"], status["hop"],
            status["scheduling"], status["corpus"]) == ("default", 44100, 48000, 128, 256, "inline", "default")
    assert ("/rtvae/status", args) in other.replies(0.3)
    assert peer.register()
    peer.send_message("/rtvae/help")
    helped = peer.replies(1.0)
    assert [args[0] for address, args in helped if address == "/rtvae/help/address"] == [a.path for a in NAMESPACE]
    assert [args[0] for address, args in helped if address == "/rtvae/help/reply"] == [r.path for r in REPLIES]
    other.close()


def test_a_model_loads_off_the_audio_thread_and_is_announced(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/model/load", "default")
    player = rig.player
    deadline = time.monotonic() + 20
    while player.incoming is None and player.fading is None and time.monotonic() < deadline:
        time.sleep(0.01)
    while (player.incoming or player.fading) and time.monotonic() < deadline:
        player.render(256)  # stands in for the callback
    assert ("/rtvae/model/loaded", ["default"]) in peer.replies(2.0, until="/rtvae/model/loaded")
    assert player.retired is None


def test_recording_writes_a_wav_in_the_recordings_folder(live, tmp_path):
    import soundfile as sf

    rig, control, server, peer = live
    peer.send_message("/rtvae/record/start", "take1")
    started = peer.replies(0.5, until="/rtvae/record/started")
    assert started[-1][1][0].endswith("recordings/take1.wav")
    for _ in range(20):
        rig.recorder.tap(np.full(441, 0.1, np.float32), 441)
    peer.send_message("/rtvae/record/stop")
    stopped = peer.replies(1.0, until="/rtvae/record/stopped")[-1][1]
    audio, rate = sf.read(stopped[0])
    assert rate == 44100 and len(audio) == 20 * 441 and abs(stopped[1] - 0.2) < 1e-6


def test_a_client_off_the_allow_list_is_not_heard(live):
    rig, control, server, peer = live
    server.allow = {"10.0.0.5"}
    dispatcher = Dispatcher(control)
    server.handle_datagram(dispatcher, message("/rtvae/gain", 0.5), ("10.0.0.9", 5000))
    server.handle_datagram(dispatcher, message("/rtvae/gain", 0.25), ("10.0.0.5", 5000))
    records = drain_records(rig.player.engine)
    assert len(records) == 1 and records[0][c.PAYLOAD] == 0.25 and server.refused_clients == 1


def test_every_namespace_entry_has_a_handler_and_the_readme_shows_the_table(live):
    rig, control, server, peer = live
    assert set(handler_table()) == {a.path for a in NAMESPACE}
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert markdown_table() in readme and replies_markdown_table() in readme


def test_check_args_reads_the_table():
    spec = {a.path: a for a in NAMESPACE}["/rtvae/reply"]
    assert check_args(spec, [9001.0], 128) == [9001]
    assert check_args(spec, [9001, "127.0.0.1"], 128) == [9001, "127.0.0.1"]


def test_interpolation_sources_modes_and_transport_become_records(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/interp/a", "organ_C3_dark")
    peer.send_message("/rtvae/interp/b", "cluster:0")
    ready = [args for address, args in peer.replies(1.0) if address == "/rtvae/interp/ready"]
    assert [r[:2] for r in ready] == [["a", "organ_C3_dark"], ["b", "cluster:0"]] and ready[0][2] == 169
    peer.send_message("/rtvae/interp/mode", "meso")
    peer.send_message("/rtvae/interp/position", 0.5)
    peer.send_message("/rtvae/interp/play")
    peer.send_message("/rtvae/ping")
    peer.replies(0.5, until="/rtvae/pong")
    engine = rig.player.engine
    assert engine.sources.incoming is not None and len(engine.sources.incoming[0]) == 169
    kinds = [r[c.KIND] for r in drain_records(engine)]
    assert kinds[-3:] == [c.INTERP_POSITION, c.INTERP_STRATEGY, c.INTERP_PLAY]
    assert c.INTERP_SPEED in kinds


def test_a_4000_point_curve_arrives_in_one_message(live):
    rig, control, server, peer = live
    values = list(np.linspace(0, 1, 4000))
    peer.send_message("/rtvae/interp/curve", *values)
    peer.send_message("/rtvae/ping")
    assert [a for a, _ in peer.replies(1.0, until="/rtvae/pong")] == ["/rtvae/pong"]
    assert np.allclose(rig.player.engine.curve.incoming, values, atol=1e-6)


@pytest.mark.parametrize("address, args, reason", [
    ("/rtvae/interp/a", ["no_such_sound"], "no sound 'no_such_sound'"),
    ("/rtvae/interp/a", ["cluster:9999"], "cluster 9999"),
    ("/rtvae/interp/a", ["cluster:x"], "is not cluster:N"),
    ("/rtvae/interp/b", ["../../etc/passwd.wav"], "not a plain name"),
    ("/rtvae/interp/b", ["missing.wav"], "no file 'missing.wav'"),
    ("/rtvae/interp/mode", ["granular"], "must be one of stepwise, meso, extend"),
    ("/rtvae/interp/amount", [9.0], "out of range"),
    ("/rtvae/interp/function", ["zigzag"], "must be one of"),
    ("/rtvae/interp/function", ["sine", 1.0, 2.0, 3.0, 4.0, 5.0], "got 5 group"),
    ("/rtvae/interp/play", [], "set both sources first"),
    ("/rtvae/interp/stretch", [0.0], "out of range"),
])
def test_bad_interpolation_messages_are_answered(live, address, args, reason):
    rig, control, server, peer = live
    peer.send_message(address, *args)
    errors = [a for addr, a in peer.replies(1.0, until="/rtvae/error") if addr == "/rtvae/error"]
    assert errors and errors[0][0] == address and reason in errors[0][1], errors


def test_progress_is_reported_while_playing(live):
    rig, control, server, peer = live
    assert peer.register()  # a progress stream goes to registered clients only
    peer.send_message("/rtvae/interp/a", "organ_C3_dark")
    peer.send_message("/rtvae/interp/b", "organ_C3_bright")
    peer.send_message("/rtvae/interp/play")
    peer.replies(0.5)
    for _ in range(10):
        rig.player.render(512)  # stands in for the callback
    reports = [args for address, args in peer.replies(0.5, until="/rtvae/out/interp") if address == "/rtvae/out/interp"]
    position, progress, playing = reports[-1]
    assert position > 0 and 0 < progress < 1 and playing == 1
