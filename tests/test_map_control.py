"""The map, the knobs and the algebra live: /rtvae/xy, /rtvae/map/load, /rtvae/knobs, /rtvae/mix and their replies."""

from __future__ import annotations

import time

import numpy as np
import pytest

from rtvae.control import corpus as corpus_handlers
from rtvae.engine import controls as c
from rtvae.explore import maps
from rtvae.osc.namespace import REPLY_BY_PATH
from tests.test_osc import drain_records, live, model  # noqa: F401  (fixtures)


def errors_in(replies) -> list[list]:
    return [args for address, args in replies if address == "/rtvae/error"]


@pytest.fixture(scope="module")
def small_map(model, default_corpus):
    return maps.build_map(default_corpus, model, corpus_name="default", grid=24, max_anchors=400)


@pytest.fixture
def mapped(live, small_map, tmp_path):
    """The live control side with a map in its corpora folder, the corpus loaded through the handlers
    (which fits the knobs and loads the map named 'pca')."""
    rig, control, server, peer = live
    rig.corpora_dir = tmp_path / "corpora"
    small_map.save(maps.map_folder("default", "pca", rig.corpora_dir) / maps.MAP_FILE)
    control.state.maps.name = "pca"
    control.mailbox.post(lambda: corpus_handlers.load(control, "default", None))
    deadline = time.monotonic() + 60
    while control.state.maps.map is None and time.monotonic() < deadline:
        time.sleep(0.1)
    peer.send_message("/rtvae/knobs/info")  # the first knob message fits the corpus's knobs
    while control.state.knobs.knobs is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert control.state.maps.map is not None and control.state.knobs.knobs is not None
    peer.replies(0.5)  # the info, answered once fitted
    drain_records(rig.player.engine)
    return live


def last_latent(engine, kind=c.Z_ALL):
    records = [r for r in drain_records(engine) if r[c.KIND] == kind]
    assert records, f"no record of kind {kind}"
    return records[-1][c.PAYLOAD:c.PAYLOAD + engine.latent_size]


def test_xy_without_a_map_says_how_to_build_one(live, tmp_path):
    rig, control, server, peer = live
    rig.corpora_dir = tmp_path
    peer.send_message("/rtvae/xy", 0.5, 0.5)
    (error,) = errors_in(peer.replies(1.0, until="/rtvae/error"))
    assert "rtvae map build --corpus default" in error[1]


def test_xy_sends_the_grid_latent_and_out_of_range_is_clamped_with_one_reply(mapped, small_map):
    rig, control, server, peer = mapped
    peer.send_message("/rtvae/xy", 0.25, 0.75)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
    assert np.allclose(last_latent(rig.player.engine), small_map.latent_at(0.25, 0.75))
    for _ in range(3):
        peer.send_message("/rtvae/xy", 1.5, -2.0)
    peer.send_message("/rtvae/ping")
    errors = errors_in(peer.replies(1.0, until="/rtvae/pong"))
    assert len(errors) == 1 and "clamped to (1, 0)" in errors[0][1]
    assert np.allclose(last_latent(rig.player.engine), small_map.latent_at(1.0, 0.0))
    peer.send_message("/rtvae/xy", float("nan"), 0.5)
    assert errors_in(peer.replies(1.0, until="/rtvae/error"))


def test_the_pad_follows_the_latent_playing(mapped, small_map):
    rig, control, server, peer = mapped
    assert peer.register()
    peer.send_message("/rtvae/smooth", 0.0)
    peer.send_message("/rtvae/xy", 0.3, 0.6)
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    for _ in range(20):
        rig.player.render(512)
    expected = small_map.project(small_map.latent_at(0.3, 0.6))
    streamed, deadline = [], time.monotonic() + 10.0  # a cold numba cache compiles on the control thread first
    while time.monotonic() < deadline and not (streamed and np.allclose(streamed[-1], expected, atol=1e-3)):
        streamed += [a for address, a in peer.replies(0.2) if address == "/rtvae/out/xy"]
    assert streamed
    assert np.allclose(streamed[-1], expected, atol=1e-3)


def hold(rig, peer, latent) -> None:
    """Make ``latent`` the engine's target (sent, and applied by rendering)."""
    peer.send_message("/rtvae/z", *[float(v) for v in latent])
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    for _ in range(2):
        rig.player.render(512)
    assert np.allclose(rig.player.engine.target, latent, atol=1e-6)


def test_z_get_replies_with_the_latent_playing_knobs_included(mapped, default_corpus):
    rig, control, server, peer = mapped
    assert peer.register()
    peer.send_message("/rtvae/smooth", 0.0)
    base = default_corpus.mu[100].astype(np.float64)
    hold(rig, peer, base)
    peer.send_message("/rtvae/knob/brightness", 1.5)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
    for _ in range(4):
        rig.player.render(512)
    peer.send_message("/rtvae/z/get")
    (z,) = [a for address, a in peer.replies(1.0, until="/rtvae/out/z") if address == "/rtvae/out/z"]
    value = REPLY_BY_PATH["/rtvae/out/z"].read(z)["value"]
    engine = rig.player.engine
    aimed = control.state.knobs.knobs.aimer.offset(base, {"brightness": 1.5})
    assert len(value) == engine.latent_size and np.linalg.norm(aimed) > 0
    assert np.allclose(np.asarray(value) - engine.current, aimed, atol=1e-5)


def test_a_turned_semantic_knob_is_aimed_again_when_the_latent_moves(mapped, default_corpus):
    rig, control, server, peer = mapped
    peer.send_message("/rtvae/smooth", 0.0)
    first, second = (default_corpus.mu[i].astype(np.float64) for i in (100, len(default_corpus.mu) - 100))
    hold(rig, peer, first)
    peer.send_message("/rtvae/knob/noisiness", 1.0)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
    aimer = control.state.knobs.knobs.aimer
    assert np.allclose(last_latent(rig.player.engine, c.Z_OFFSET), aimer.offset(first, {"noisiness": 1.0}), atol=1e-6)
    hold(rig, peer, second)  # another sound: the aim taken on the first one is not this one's
    offsets, deadline = [], time.monotonic() + 5.0
    while not offsets and time.monotonic() < deadline:  # the control tick notices (20 a second)
        time.sleep(0.1)
        offsets = [r for r in drain_records(rig.player.engine) if r[c.KIND] == c.Z_OFFSET]
    assert offsets, "the knob was not aimed again"
    again = offsets[-1][c.PAYLOAD:c.PAYLOAD + rig.player.engine.latent_size]
    assert np.allclose(again, aimer.offset(second, {"noisiness": 1.0}), atol=1e-6)
    assert not np.allclose(again, aimer.offset(first, {"noisiness": 1.0}), atol=1e-3)
    peer.send_message("/rtvae/knob/noisiness", 0.0)
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    assert np.allclose(last_latent(rig.player.engine, c.Z_OFFSET), 0.0) and control.state.knobs.aimed_at is None


def test_knobs_become_one_offset_record_and_info_lists_each_knob(mapped):
    rig, control, server, peer = mapped
    assert peer.register()
    peer.send_message("/rtvae/knobs", 1.0, -2.0)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
    offset = last_latent(rig.player.engine, c.Z_OFFSET)
    k = control.state.knobs.knobs.principal
    assert np.allclose(offset, k[0].sigma * k[0].direction - 2 * k[1].sigma * k[1].direction, atol=1e-6)
    peer.send_message("/rtvae/knobs/info")
    infos = [REPLY_BY_PATH["/rtvae/knobs/info"].read(a) for address, a in peer.replies(1.0)
             if address == "/rtvae/knobs/info"]
    assert [i["name"] for i in infos] == [f"pc{n}" for n in range(1, 9)] + ["loudness", "brightness",
                                                                            "noisiness", "pitch"]
    brightness = infos[9]
    assert brightness["moves"] == "centroid_hz" and brightness["unit"] == "Hz" and brightness["per_sigma"] > 0
    peer.send_message("/rtvae/knobs", *[0.0] * 9)
    assert errors_in(peer.replies(1.0, until="/rtvae/error"))


def results_of(peer) -> list[dict]:
    replies = peer.replies(2.0, until="/rtvae/mix/result")
    assert not errors_in(replies)
    return [REPLY_BY_PATH["/rtvae/mix/result"].read(x) for address, x in replies if address == "/rtvae/mix/result"]


def test_mix_plays_sounds_as_sequences_and_answers_with_distance_and_warnings(mapped, default_corpus):
    rig, control, server, peer = mapped
    assert peer.register()  # as the patches do: an unregistered client's replies are bounded by what it sent
    a, b, c3 = default_corpus.names[:3]
    peer.send_message("/rtvae/mix", a, 1.0, b, -1.0, c3, 1.0)
    (result,) = results_of(peer)
    assert result["warning"] == "" and result["off_manifold"] > 0
    interp = control.state.interp
    assert interp.active and interp.sources["a"].name == "mix"
    assert len(interp.sources["a"]) == min(len(default_corpus.sequence(n)[0]) for n in (a, b, c3))
    kinds = [r[c.KIND] for r in drain_records(rig.player.engine)]
    assert c.INTERP_PLAY in kinds and c.INTERP_LOOP in kinds
    rig.player.render(512)  # the engine takes the sequence (a next one waits for that hand-over)
    peer.send_message("/rtvae/mix", a, 1.0, b, -1.0)
    (zero,) = results_of(peer)
    assert "sum to 0" in zero["warning"]
    peer.send_message("/rtvae/mix/snap", 1.0)
    peer.send_message("/rtvae/mix", f"mean:{a}", 0.5, f"mean:{b}", 0.5)
    (held,) = results_of(peer)
    assert held["off_manifold"] < 1e-6 and "held" in held["warning"]
    assert not interp.active and np.isfinite(last_latent(rig.player.engine)).all()
    peer.send_message("/rtvae/mix", "no_such_sound", 1.0)
    (error,) = errors_in(peer.replies(2.0, until="/rtvae/error"))
    assert "no_such_sound" in error[1]
    peer.send_message("/rtvae/map/load", "missing")
    (error,) = errors_in(peer.replies(2.0, until="/rtvae/error"))
    assert "no map 'missing'" in error[1] and "pca" in error[1]


def rendered_level_db(player, n_blocks: int = 60) -> float:
    audio = np.concatenate([player.render(512).copy() for _ in range(n_blocks)])
    return float(20 * np.log10(np.sqrt(np.mean(audio[len(audio) // 3:] ** 2)) + 1e-12))


PLACES = ((0.4, 0.5), (0.6, 0.4), (0.5, 0.7))


def test_in_sound_mode_the_pad_plays_corpus_runs_near_the_place_at_their_level(mapped, small_map):
    rig, control, server, peer = mapped
    peer.send_message("/rtvae/smooth", 0.0)
    held, played = [], []
    for x, y in PLACES:
        peer.send_message("/rtvae/xy/mode", "latent")
        peer.send_message("/rtvae/xy", x, y)
        peer.send_message("/rtvae/ping")
        peer.replies(1.0, until="/rtvae/pong")
        held.append(rendered_level_db(rig.player))
        peer.send_message("/rtvae/xy/mode", "sound")
        peer.send_message("/rtvae/xy", x, y)
        peer.send_message("/rtvae/ping")
        assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
        assert control.state.descriptors.following is control.state.maps.places
        levels, places = [], []
        for _ in range(6):  # the selector schedules a few hops per tick, ahead of the audio
            levels.append(rendered_level_db(rig.player, 10))
            places.append(small_map.project(rig.player.engine.current))
            time.sleep(0.06)
        played.append(float(np.median(levels)))
        assert np.median([np.hypot(*(p - [x, y])) for p in places]) < 0.2
    print(f"pad at rest: latent mode {np.round(held, 1)} dB, sound mode {np.round(played, 1)} dB")
    # The corpus's typical level (the level target) is about -16 dB; a held map latent varies
    # from place to place (the map's level picture: a median of -28 dB over the default map).
    assert all(-24.0 < level < -8.0 for level in played), (held, played)
    peer.send_message("/rtvae/xy/mode", "latent")
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    assert control.state.descriptors.mode == "off"


def test_a_knob_sent_before_the_knobs_are_fitted_is_turned_once_they_are(live):
    rig, control, server, peer = live  # its corpus is in, and nobody has asked for knobs yet
    deadline = time.monotonic() + 60
    assert control.state.knobs.knobs is None
    drain_records(rig.player.engine)
    peer.send_message("/rtvae/knob/loudness", 1.0)
    while control.state.knobs.knobs is None and time.monotonic() < deadline:
        time.sleep(0.1)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(2.0, until="/rtvae/pong"))
    aimed = control.state.knobs.knobs.aimer.offset(rig.player.engine.target, {"loudness": 1.0})
    assert np.linalg.norm(aimed) > 0
    assert np.allclose(last_latent(rig.player.engine, c.Z_OFFSET), aimed, atol=1e-6)


def test_while_descriptor_targets_play_a_semantic_knob_is_aimed_on_every_hop_along_a_trail(mapped, default_corpus):
    rig, control, server, peer = mapped
    engine = rig.player.engine
    hold(rig, peer, default_corpus.mu[100].astype(np.float64))
    peer.send_message("/rtvae/knob/pitch", 1.0)
    peer.send_message("/rtvae/descriptor/target", "rms_db", -20.0)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
    records = drain_records(engine)
    hops = {r[c.DUE]: r[c.PAYLOAD:c.PAYLOAD + engine.latent_size] for r in records if r[c.KIND] == c.Z_ALL}
    offsets = {r[c.DUE]: r[c.PAYLOAD:c.PAYLOAD + engine.latent_size] for r in records
               if r[c.KIND] == c.Z_OFFSET and r[c.DUE] in hops}
    assert len(offsets) >= 8 and set(offsets) == set(hops)   # one displacement due on each scheduled hop
    # the same aims as an aimer following the same latents from a fresh trail
    knobs, trails = control.state.knobs.knobs, {}
    step = control.state.descriptors.following.step
    expected = [knobs.offset(np.zeros(8), {"pitch": 1.0}, hops[due], trails, step) for due in sorted(hops)]
    assert np.allclose([offsets[due] for due in sorted(hops)], expected, atol=1e-5)
    assert len({tuple(np.round(o, 5)) for o in offsets.values()}) > 1   # aimed per hop, not once for all
    peer.send_message("/rtvae/knob/pitch", 0.0)   # the next hop scheduled takes the displacement back
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    for _ in range(4):
        rig.player.render(512)
    later, deadline = [], time.monotonic() + 5.0
    while not later and time.monotonic() < deadline:
        time.sleep(0.1)
        later = [r for r in drain_records(engine) if r[c.KIND] == c.Z_OFFSET]
    assert later and np.allclose(later[0][c.PAYLOAD:c.PAYLOAD + engine.latent_size], 0.0) and len(later) == 1
    peer.send_message("/rtvae/descriptor/off")
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")


def test_while_an_interpolation_plays_a_semantic_knob_aims_its_sources_along_a_trail(mapped, default_corpus):
    from rtvae.explore.sources import pair

    rig, control, server, peer = mapped
    engine = rig.player.engine
    for address, value in (("/rtvae/interp/a", "organ_C3_dark"), ("/rtvae/interp/b", "bass_C2_mid")):
        peer.send_message(address, value)
    peer.send_message("/rtvae/interp/play")
    peer.send_message("/rtvae/knob/pitch", 1.0)   # (this organ is the corpus's lowest: nothing lower)
    peer.send_message("/rtvae/ping")
    assert not errors_in(peer.replies(1.0, until="/rtvae/pong"))
    deadline = time.monotonic() + 20.0
    while control.state.knobs.sources_key is None and time.monotonic() < deadline:
        rig.player.render(512)   # the engine takes what is offered at the start of a block
        time.sleep(0.05)
    assert control.state.knobs.sources_key is not None, "the sources were not aimed"
    rig.player.render(512)
    interp = control.state.interp
    original = pair(interp.sources["a"], interp.sources["b"])
    moved = control.state.knobs.knobs.aimer.along(np.stack([original[0], original[2]]), {"pitch": 1.0})
    playing = engine.sources.current
    assert np.allclose(playing[0], original[0] + moved[0], atol=1e-5)
    assert np.allclose(playing[2], original[2] + moved[1], atol=1e-5)
    assert np.abs(moved).max() > 0 and np.array_equal(playing[1], original[1])
    assert np.allclose(engine.offset, 0.0)   # the aim is in the sources, not in the displacement added to them
    peer.send_message("/rtvae/knob/pitch", 0.0)   # the originals come back
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    for _ in range(3):
        rig.player.render(512)
    assert control.state.knobs.sources_key is None
    assert np.array_equal(engine.sources.current[0], original[0])
    peer.send_message("/rtvae/interp/stop")
