"""Faults of the world around a live server: the JACK server killed mid-stream, a corrupt model,
a full disk while recording, no device at start. Each is answered clearly, and what can go on
(the control side, the sound) goes on; nothing hangs.

Against ``rtvae serve`` run as a user runs it (tests/liveserver.py) on private JACK dummy servers,
killed for real. The full disk is a file size limit (RLIMIT_FSIZE, set in the server's process
before it starts): its writes past the limit fail with EFBIG, as a full disk fails them with ENOSPC.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import numpy as np

from rtvae.bench.capture import JackCapture
from rtvae.drivers.recorder import Recorder
from rtvae.model.directory import default_model_path
from rtvae.osc.client import free_udp_port
from tests.jackfixtures import jack, make_jack_server  # noqa: F401  (fixtures)
from tests.liveserver import (
    kill_server, loud_latent, ping_s, read_output, serve_command, start_server, status_of, stop_server, wait_exit,
)

EXIT_WITHIN_S = 10.0
BACK_WITHIN_S = 45.0  # the device looked for every second, then a fresh start (model load and warm-up)


def errors_for(replies, address: str) -> list[str]:
    return [args[1] for a, args in replies if a == "/rtvae/error" and args and args[0] == address]


def rms_of_last(capture: JackCapture, seconds: float) -> float:
    audio = capture.samples()[-int(seconds * capture.sample_rate):, 0]
    return float(np.sqrt(np.mean(audio ** 2))) if len(audio) else 0.0


def play_loud(server) -> None:
    server.peer.send_message("/rtvae/smooth", 0.0)
    server.peer.send_message("/rtvae/z", *loud_latent())


def kill_jack(jack, how: signal.Signals) -> None:
    """SIGTERM: jackd shuts down and tells its clients; SIGKILL: no goodbye at all.

    A SIGKILLed jackd leaves its entry in JACK's shared-memory registry of servers (eight
    slots per user), reclaimed only by the next server of the same name: start one and stop
    it, or the machine runs out of JACK servers ("Too many servers already active").
    """
    jack.process.send_signal(how)
    jack.process.wait(10)


def wait_for_ports(jack, server, timeout_s: float = 20.0) -> None:
    """Until the server's stream is open on ``jack`` (it answers ping a little before)."""
    deadline = time.monotonic() + timeout_s
    while f"{server.name}:out_0" not in jack.ports():
        assert time.monotonic() < deadline, f"{server.name} opened no stream on {jack.name}"
        time.sleep(0.1)


def forget_semaphores(jack, server) -> None:
    """The server's JACK client semaphore, left behind when its JACK server went first."""
    for stale in Path("/dev/shm").glob(f"jack_sem.*_{jack.name}_{server.name}"):
        stale.unlink(missing_ok=True)


# --- the JACK server killed mid-stream --------------------------------------------------------

def test_jack_killed_mid_stream_exits_with_a_clear_message_and_status_2(make_jack_server, tmp_path):
    jack = make_jack_server(48000, 128)
    server = start_server(jack, tmp_path)
    try:
        wait_for_ports(jack, server)
        play_loud(server)
        time.sleep(0.5)
        killed = time.monotonic()
        kill_jack(jack, signal.SIGKILL)
        wait_exit(server, EXIT_WITHIN_S)
        took = time.monotonic() - killed
    finally:
        kill_server(server)
        make_jack_server(48000, 128, name=jack.name).stop()  # reclaims the killed server's registry entry
        forget_semaphores(jack, server)
    err = server.stderr
    assert server.process.returncode == 2, err
    assert "stopped playing" in err and "JACK server stopped or crashed" in err, err
    assert "Start it again" in err and "--on-device-loss wait" in err, err
    assert "Traceback" not in err, err
    assert took < EXIT_WITHIN_S
    assert server.stats.exists()  # the figures up to the loss are written


def test_jack_killed_mid_stream_with_wait_keeps_answering_and_plays_again_when_it_is_back(make_jack_server, tmp_path):
    jack = make_jack_server(48000, 128)
    server = start_server(jack, tmp_path, "--on-device-loss", "wait")
    back = None
    try:
        wait_for_ports(jack, server)
        kill_jack(jack, signal.SIGTERM)  # (SIGKILL leaves JACK's semaphores behind, and a same-named
        # server and client started again on them may fail: a JACK2 matter, not the one tested here)
        time.sleep(1.0)
        outage = [ping_s(server.peer) for _ in range(3)]  # the control side answers while it waits
        assert server.process.poll() is None
        back = make_jack_server(48000, 128, name=jack.name)  # the same server name: the device is back
        assert all(p is not None for p in outage), outage
        deadline = time.monotonic() + BACK_WITHIN_S
        while f"{server.name}:out_0" not in back.ports() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert f"{server.name}:out_0" in back.ports(), (server.process.poll(), read_output(server)[1][-3000:])
        # the restarted server (same process id, same port) answers and plays
        deadline = time.monotonic() + 30
        while ping_s(server.peer, 0.5) is None and time.monotonic() < deadline:
            pass
        with JackCapture(channels=1, capacity_s=10, server=back.name) as capture:
            capture.connect_from([f"{server.name}:out_0"])
            capture.start()
            play_loud(server)
            capture.wait_for(1.5)
            assert rms_of_last(capture, 0.5) > 0.01
        stop_server(server)
    finally:
        kill_server(server)
        if back is not None:
            back.stop()
        forget_semaphores(jack, server)
    assert "waiting for it to come back" in server.stderr and "starting again on the audio device" in server.stderr
    assert "Traceback" not in server.stderr, server.stderr


# --- a module's JACK server for the rest ------------------------------------------------------



# --- a corrupt or truncated model -------------------------------------------------------------

def broken_models(models: os.PathLike) -> None:
    """Copies of the embedded model: one whole, one with half a decoder, one with a garbled card."""
    for name in ("whole", "truncated", "garbled"):
        shutil.copytree(default_model_path(), os.path.join(models, name))
    decoder = os.path.join(models, "truncated", "decoder.onnx")
    with open(decoder, "r+b") as handle:
        handle.truncate(os.path.getsize(decoder) // 2)
    with open(os.path.join(models, "garbled", "model.yaml"), "w") as handle:
        handle.write("format: {{{ not: [yaml\n\x00\x01")


def test_a_corrupt_or_truncated_model_is_answered_and_the_current_model_plays_on(jack, tmp_path):
    broken_models(tmp_path / "models")
    server = start_server(jack, tmp_path)
    try:
        with JackCapture(channels=1, capacity_s=40, server=jack.name) as capture:
            capture.connect_from([f"{server.name}:out_0"])
            capture.start()
            play_loud(server)
            capture.wait_for(1.0)
            before = rms_of_last(capture, 0.5)
            for name in ("truncated", "garbled"):
                server.peer.send_message("/rtvae/model/load", name)
                replies = server.peer.replies(15.0, until="/rtvae/error")
                (reason,) = errors_for(replies, "/rtvae/model/load")
                assert name in reason, reason
                heard = capture.captured / capture.sample_rate
                capture.wait_for(heard + 0.5)
                assert rms_of_last(capture, 0.5) > 0.5 * before  # the current model plays on
            assert status_of(server.peer)["model"] == "default"
            server.peer.send_message("/rtvae/model/load", "whole")  # and the next load still works
            loaded = [args for a, args in server.peer.replies(30.0, until="/rtvae/model/loaded")
                      if a == "/rtvae/model/loaded"]
            assert loaded == [["whole"]]
        assert before > 0.01
        stop_server(server)
    finally:
        kill_server(server)
    assert "Traceback" not in server.stderr, server.stderr


# --- a full disk while recording --------------------------------------------------------------

FSIZE_LIMIT = 256 * 1024  # bytes: about 1.5 s of float WAV at 44.1 kHz


def test_a_full_disk_mid_recording_is_answered_once_and_the_stream_goes_on(jack, tmp_path):
    # No stats file and no start-up corpus: their writes would meet the limit too.
    server = start_server(jack, tmp_path, "--stats-file", "", "--corpus", "nosuch", fsize_limit_bytes=FSIZE_LIMIT)
    try:
        with JackCapture(channels=1, capacity_s=20, server=jack.name) as capture:
            capture.connect_from([f"{server.name}:out_0"])
            capture.start()
            play_loud(server)
            capture.wait_for(1.0)
            server.peer.drain()
            recording_from = capture.captured
            server.peer.send_message("/rtvae/record/start", "take")
            replies = server.peer.replies(8.0, until="/rtvae/error")
            assert "/rtvae/record/started" in [a for a, _ in replies]
            (reason,) = errors_for(replies, "/rtvae/record/start")
            assert reason.startswith("recording stopped after") and "File too large" in reason and "take.wav" in reason, reason
            later = server.peer.replies(1.5)
            assert errors_for(later, "/rtvae/record/start") == []  # reported once
            status = status_of(server.peer)
            assert status["recording"] == 0 and status["errors"] >= 1
            server.peer.send_message("/rtvae/record/stop")
            assert errors_for(server.peer.replies(1.0, until="/rtvae/error"), "/rtvae/record/stop") == ["not recording"]
            audio = capture.samples()[recording_from:, 0]
        windows = audio[: len(audio) // 4800 * 4800].reshape(-1, 4800)
        assert len(windows) > 20 and np.all(np.sqrt(np.mean(windows ** 2, axis=1)) > 0.005)  # the sound went on
        assert 0 < (tmp_path / "recordings" / "take.wav").stat().st_size <= FSIZE_LIMIT
        server.process.send_signal(signal.SIGINT)
        wait_exit(server, 30)
    finally:
        kill_server(server)
    assert server.process.returncode == 0, server.stderr
    assert "Traceback" not in server.stderr, server.stderr


def test_a_writer_that_fails_stops_the_recording_and_keeps_why(tmp_path, monkeypatch):
    """In-process: the file's writes fail as on a full disk (ENOSPC, monkeypatched)."""
    import soundfile

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(soundfile.SoundFile, "write", full)
    recorder = Recorder(44100)
    recorder.start(tmp_path / "take.wav")
    block = np.full(441, 0.1, np.float32)
    deadline = time.monotonic() + 5
    while recorder.recording and time.monotonic() < deadline:
        recorder.tap(block, len(block))
        time.sleep(0.01)
    assert not recorder.recording and "No space left on device" in recorder.failure
    recorder.tap(block, len(block))  # the callback's tap is a no-op now: nothing queued, nothing dropped
    assert recorder.dropped[0] == 0
    assert recorder.stop()[0] == tmp_path / "take.wav"


# --- no device at start -----------------------------------------------------------------------

def serve_without_waiting(jack, tmp_path, *extra, env=None) -> subprocess.CompletedProcess:
    port = free_udp_port()
    command = serve_command(jack, tmp_path, port, f"rtvae-fault-{port}", *extra)
    return subprocess.run(command, env={**os.environ, **jack.env(), **(env or {})}, capture_output=True,
                          text=True, timeout=60)


def test_a_device_that_is_not_there_at_start_is_a_clear_error_and_status_2(jack, tmp_path):
    started = time.monotonic()
    done = serve_without_waiting(jack, tmp_path, "--device", "nosuch")
    assert done.returncode == 2, done.stderr
    assert "no output device matches 'nosuch'" in done.stderr and "--device" in done.stderr
    assert "system, JACK" in done.stderr  # the devices there are, named
    assert "Traceback" not in done.stderr
    assert time.monotonic() - started < 30  # before the model is loaded


def test_jack_asked_for_but_not_running_is_a_clear_error_that_names_what_to_do(jack, tmp_path):
    env = {"JACK_DEFAULT_SERVER": f"rtvae-nobody-{os.getpid()}", "JACK_NO_START_SERVER": "1"}
    done = serve_without_waiting(jack, tmp_path, env=env)
    assert done.returncode == 2, done.stderr
    assert "JACK is not running" in done.stderr and "--private-jack" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
