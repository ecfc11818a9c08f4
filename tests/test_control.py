"""The control side: errors never stop control, slow work never delays fast work, one owner.

Against a live receive loop and control side around an engine driven by hand (the
fixture of test_osc), with replies read from the namespace table by name.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
import soundfile as sf

from rtvae.engine import controls as c
from rtvae.errors import CorpusError
from rtvae.osc.namespace import REPLY_BY_PATH
from tests.test_osc import drain_records, live, model  # noqa: F401  (fixtures)


def errors_in(replies) -> list[list]:
    return [args for address, args in replies if address == "/rtvae/error"]


def status_of(peer) -> dict:
    peer.send_message("/rtvae/status")
    args = [a for address, a in peer.replies(1.0, until="/rtvae/status") if address == "/rtvae/status"][-1]
    return REPLY_BY_PATH["/rtvae/status"].read(args)


def loudness(player, n_blocks: int = 40, settle_blocks: int = 4) -> float:
    """RMS of what the engine plays next, after the slew and the gain ramp have settled."""
    for _ in range(settle_blocks):
        player.render(512)
    return float(np.sqrt(np.mean(np.concatenate([player.render(512).copy() for _ in range(n_blocks)]) ** 2)))


def test_an_uncreatable_recordings_folder_is_answered_and_a_later_gain_still_changes_the_sound(live, tmp_path):
    rig, control, server, peer = live
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    rig.recordings_dir = blocker / "recordings"  # mkdir fails: NotADirectoryError, an OSError
    engine = rig.player.engine
    engine.target[:] = engine.current[:] = np.linspace(-2, 2, engine.latent_size)  # a steady sound
    before = loudness(rig.player)
    peer.send_message("/rtvae/record/start", "take")
    errors = errors_in(peer.replies(1.0, until="/rtvae/error"))
    assert errors and errors[0][0] == "/rtvae/record/start" and "NotADirectoryError" in errors[0][1]
    peer.send_message("/rtvae/gain", 0.25)
    peer.send_message("/rtvae/ping")
    assert peer.replies(1.0, until="/rtvae/pong")[-1][0] == "/rtvae/pong"
    after = loudness(rig.player)
    assert before > 1e-3 and after == pytest.approx(0.25 * before, rel=0.05)
    status = status_of(peer)
    assert status["errors"] >= 1 and status["errors_sent"] >= 1


def test_a_handler_that_raises_anything_is_answered_and_control_goes_on(live, monkeypatch):
    rig, control, server, peer = live

    def broken(path):
        raise KeyError("a bug")

    monkeypatch.setattr(rig.recorder, "start", broken)
    peer.send_message("/rtvae/record/start", "take")
    (error,) = errors_in(peer.replies(1.0, until="/rtvae/error"))
    assert error == ["/rtvae/record/start", "failed: KeyError: 'a bug'"]
    assert control.counters.failures == 1 and server.failures == 0
    peer.send_message("/rtvae/mute", 1)
    peer.send_message("/rtvae/ping")
    peer.replies(1.0, until="/rtvae/pong")
    assert [r[c.KIND] for r in drain_records(rig.player.engine)] == [c.MUTE]


def test_a_helper_that_fails_is_answered_and_the_next_load_may_start(live):
    rig, control, server, peer = live

    def unreadable(name):
        raise OSError(5, "Input/output error")

    rig.make_engine = unreadable
    peer.send_message("/rtvae/model/load", "default")
    (error,) = errors_in(peer.replies(2.0, until="/rtvae/error"))
    assert error[0] == "/rtvae/model/load" and "Input/output error" in error[1]
    assert control.state.model.loading is None  # undone: a new load is not refused as "already loading"


def test_mute_is_applied_while_a_file_source_is_being_encoded(live, monkeypatch):
    rig, control, server, peer = live
    from rtvae.explore import sources

    rig.sounds_dir.mkdir()
    sf.write(rig.sounds_dir / "long.wav", np.zeros(44100, np.float32), 44100)
    inside_encode, release = threading.Event(), threading.Event()
    real_encode = sources.encode

    def slow_encode(*args):
        inside_encode.set()
        release.wait(10)  # held here until the test has seen the mute
        return real_encode(*args)

    monkeypatch.setattr(sources, "encode", slow_encode)
    peer.send_message("/rtvae/interp/a", "long.wav")
    assert inside_encode.wait(5)
    sent = time.monotonic()
    peer.send_message("/rtvae/mute", 1)
    records, deadline = [], sent + 2.0
    while not records and time.monotonic() < deadline:
        records = drain_records(rig.player.engine)
    applied_after_s = time.monotonic() - sent
    release.set()
    assert [r[c.KIND] for r in records] == [c.MUTE] and applied_after_s < 0.05
    ready = [a for address, a in peer.replies(5.0, until="/rtvae/interp/ready") if address == "/rtvae/interp/ready"]
    assert ready and ready[0][:2] == ["a", "long.wav"]


def test_play_sent_while_a_source_encodes_starts_once_the_pair_is_ready(live, monkeypatch):
    rig, control, server, peer = live
    rig.sounds_dir.mkdir()
    sf.write(rig.sounds_dir / "tone.wav", np.sin(np.arange(22050) * 0.05).astype(np.float32), 44100)
    peer.send_message("/rtvae/interp/a", "organ_C3_dark")
    peer.send_message("/rtvae/interp/b", "tone.wav")
    peer.send_message("/rtvae/interp/play")
    replies = peer.replies(5.0, until="/rtvae/interp/ready")
    replies += peer.replies(0.3)
    assert not errors_in(replies), replies
    kinds = [r[c.KIND] for r in drain_records(rig.player.engine)]
    assert kinds[-2:] == [c.INTERP_STRATEGY, c.INTERP_PLAY] and control.state.interp.active


def test_a_stale_source_result_is_dropped(live):
    rig, control, server, peer = live
    rig.sounds_dir.mkdir()
    sf.write(rig.sounds_dir / "tone.wav", np.zeros(44100, np.float32), 44100)
    peer.send_message("/rtvae/interp/a", "tone.wav")  # slow: on a helper
    peer.send_message("/rtvae/interp/a", "organ_C3_dark")  # fast: resolved at once, and newer
    replies = peer.replies(2.0)
    ready = [a[:2] for address, a in replies if address == "/rtvae/interp/ready"]
    assert ready == [["a", "organ_C3_dark"]]
    assert control.state.interp.specs == {"a": "organ_C3_dark"} and not control.state.interp.pending


def test_corpus_load_switches_live_and_a_missing_name_is_answered(live, default_corpus):
    rig, control, server, peer = live
    small = default_corpus
    corpora = {"small": small}

    def open_corpus(model, name):
        if name not in corpora:
            raise CorpusError(f"no corpus '{name}' in the corpora folder")
        return corpora[name]

    rig.open_corpus = open_corpus
    peer.send_message("/rtvae/corpus/load", "small")
    loaded = [a for address, a in peer.replies(2.0, until="/rtvae/corpus/loaded") if address == "/rtvae/corpus/loaded"]
    assert loaded == [["small", len(small.names), len(small.mu)]]
    assert status_of(peer)["corpus"] == "small"
    peer.send_message("/rtvae/corpus/load", "nosuch")
    (error,) = errors_in(peer.replies(2.0, until="/rtvae/error"))
    assert error[0] == "/rtvae/corpus/load" and "no corpus 'nosuch'" in error[1]
    assert status_of(peer)["corpus"] == "small"  # the loaded one plays on
    peer.send_message("/rtvae/corpus/load", "../etc")
    (error,) = errors_in(peer.replies(1.0, until="/rtvae/error"))
    assert "not a plain name" in error[1]


def test_status_counts_rejected_packets_and_errors(live):
    rig, control, server, peer = live
    peer.send(b"\x00garbage")
    peer.send_message("/rtvae/gain", "loud")
    peer.replies(0.5)
    status = status_of(peer)
    assert status["packets_rejected"] == 1 and status["errors"] == 1 and status["osc_received"] >= 3
    assert status["errors_sent"] == 2 and status["errors_suppressed"] == 0


def test_only_the_control_thread_changes_live_state(live):
    """Helpers hand results back: a model loaded on a helper is offered by the control thread."""
    rig, control, server, peer = live
    threads = []
    real_offer = rig.player.offer

    def offer(engine):
        threads.append(threading.current_thread().name)
        real_offer(engine)

    rig.player.offer = offer
    peer.send_message("/rtvae/model/load", "default")
    deadline = time.monotonic() + 30
    while not threads and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threads == ["rtvae-osc"]


def test_timed_messages_are_bounded_and_never_starve_an_immediate_one(live):
    from rtvae.control.control import MAX_TIMED
    from rtvae.osc.client import bundle, message

    rig, control, server, peer = live
    soon = rig.output.t0 + 30.0  # 30 s ahead on the fake clock: allowed
    for _ in range(MAX_TIMED + 19):  # 19 refused + 1 below: 20 errors, the rate limit's burst
        peer.send(bundle(soon, message("/rtvae/gain", 0.5)))
    peer.send(bundle(rig.output.t0 + 3600.0, message("/rtvae/gain", 0.5)))  # an hour ahead: refused
    peer.send_message("/rtvae/mute", 1)
    errors = [a for address, a in peer.replies(1.5) if address == "/rtvae/error"]
    assert len(errors) == 20 and all("refused" in e[1] for e in errors)
    assert any("s ahead (at most 60 s)" in e[1] for e in errors) and any(f"{MAX_TIMED} timed" in e[1] for e in errors)
    kinds = [r[c.KIND] for r in drain_records(rig.player.engine)]
    assert kinds.count(c.GAIN) == MAX_TIMED and kinds[-1] == c.MUTE
    assert status_of(peer)["timed_refused"] == 20


def test_a_non_finite_block_is_answered_once_and_the_interpolation_state_follows_the_reset(live):
    rig, control, server, peer = live
    control.state.interp.active = True
    peer.send_message("/rtvae/ping")  # the most recent client hears what nobody asked for
    peer.replies(0.5, until="/rtvae/pong")
    rig.player.engine.current[:] = np.nan  # what a poisoned slew would leave
    out = rig.player.render(512).copy()
    assert np.isfinite(out).all() and not out.any()
    errors = [a for address, a in peer.replies(1.0, until="/rtvae/error") if address == "/rtvae/error"]
    assert errors == [["(engine)", "the sound was not finite: the block was silenced and the engine reset (1 so far)"]]
    assert not control.state.interp.active and peer.replies(0.3) == []  # once
    assert status_of(peer)["nonfinite_blocks"] == 1
