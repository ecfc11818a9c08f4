"""The headless sound card: a private dummy JACK server, PortAudio on it, and a JACK capture.

sounddevice is never imported here: PortAudio binds to a JACK server when it is first
imported, so every stream runs in a fresh subprocess started with the server's environment.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from rtvae.bench.capture import JackCapture, SafeJackClient
from rtvae.drivers.jack import PrivateJackServer
from rtvae.errors import RtvaeError
from tests.jackfixtures import client_env, jack_server, make_jack_server  # noqa: F401

pytest_plugins = ["pytester"]

RATE, PERIOD = 48000, 256
TONE_HZ, TONE_AMPLITUDE, TONE_S = 1000.0, 0.5, 1.0

# Plays a sine on PortAudio's JACK device: names PortAudio's JACK client, opens the stream,
# says OPEN, waits for a line on stdin (so the capture can connect first), plays, then prints
# what it saw as JSON.
PLAYER = r"""
import json, sys, time
import numpy as np
from rtvae.drivers.jack import name_portaudio_client
named = name_portaudio_client(sys.argv[5])
import sounddevice as sd

def jack_device():
    # "system" is JACK's hardware (here dummy) ports; other JACK clients with inputs are listed too.
    for device in sd.query_devices():
        if "JACK" in sd.query_hostapis(device["hostapi"])["name"] and device["name"] == "system":
            return device
    apis = [api["name"] for api in sd.query_hostapis()]
    sys.exit(f"no JACK output device; host APIs {apis}; PortAudio sees:\n{sd.query_devices()}")

hz, amplitude, seconds, rate = map(float, sys.argv[1:5])
device = jack_device()
played, flags = [0], []

def callback(out, frames, time_info, status):
    n = np.arange(played[0], played[0] + frames)
    out[:] = (amplitude * np.sin(2 * np.pi * hz * n / rate))[:, None]
    played[0] += frames
    if status:
        flags.append(str(status))

stream = sd.OutputStream(device=device["index"], channels=2, samplerate=rate, dtype="float32", callback=callback)
print("OPEN", flush=True)
sys.stdin.readline()
stream.start()
time.sleep(seconds)
stream.stop()
stream.close()
print(json.dumps({"device": device["name"], "named": named, "played": played[0], "flags": flags}), flush=True)
"""


def start_player(server: PrivateJackServer, client: str, timeout_s: float = 15.0) -> subprocess.Popen:
    """A PortAudio subprocess with its stream open on ``server`` (its ports exist), not started.

    ``client`` names PortAudio's JACK client, so its ports are ``client:out_0`` ...
    """
    args = [str(v) for v in (TONE_HZ, TONE_AMPLITUDE, TONE_S, server.sample_rate)] + [client]
    player = subprocess.Popen(
        [sys.executable, "-c", PLAYER, *args], env=client_env(server), text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ready, _, _ = select.select([player.stdout], [], [], timeout_s)
    line = player.stdout.readline() if ready else ""
    if line.strip() != "OPEN":
        player.kill()
        pytest.fail(f"the PortAudio player did not open its stream: {line!r}\n{player.communicate()[1]}")
    return player


def finish_player(player: subprocess.Popen) -> dict:
    """Let the player play, wait for it, and return its report (device, frames, status flags)."""
    player.stdin.write("go\n")
    player.stdin.flush()
    out, err = player.communicate(timeout=TONE_S + 15)
    assert player.returncode == 0, f"the PortAudio player failed:\n{err}"
    return json.loads(out.strip().splitlines()[-1])


def portaudio_outputs(server: PrivateJackServer, client: str) -> list[str]:
    """The output ports of PortAudio's JACK client ``client`` (``client:out_0`` ...)."""
    return [port for port in server.ports() if port.startswith(f"{client}:out_")]


def tone_spectrum(mono: np.ndarray, rate: int) -> tuple[float, float, float]:
    """(peak frequency in Hz, its sine amplitude, share of the energy in that bin) of 0.5 s.

    Half a second holds a whole number of 1 kHz cycles at 48 kHz, so the tone falls
    exactly on a bin and a rectangular window measures its amplitude exactly.
    """
    n = rate // 2
    middle = mono[(len(mono) - n) // 2:][:n]
    spectrum = np.abs(np.fft.rfft(middle))
    peak = int(np.argmax(spectrum))
    return peak * rate / n, 2 * spectrum[peak] / n, spectrum[peak] ** 2 / np.sum(spectrum ** 2)


def test_private_dummy_server_offers_its_dummy_ports(jack_server):
    assert jack_server.running
    assert jack_server.name.startswith("rtvae-")
    assert jack_server.env() == {"JACK_DEFAULT_SERVER": jack_server.name, "JACK_NO_START_SERVER": "1"}
    assert set(jack_server.ports()) >= {
        "system:capture_1", "system:capture_2", "system:playback_1", "system:playback_2"}


def test_dummy_server_runs_at_its_rate_and_period_paced_in_real_time(jack_server):
    with JackCapture(channels=1, capacity_s=2, server=jack_server.name) as capture:
        assert (capture.sample_rate, capture.period) == (RATE, PERIOD)
        frame0, wall0 = capture.now_frame(), time.monotonic()
        capture.start()
        capture.wait_for(0.5)
        frames_per_s = (capture.now_frame() - frame0) / (time.monotonic() - wall0)
    assert_frame_times_advance_by_the_period(capture)
    assert frames_per_s == pytest.approx(RATE, rel=0.1)


def test_portaudio_stream_is_heard_through_a_private_dummy_jack_server(jack_server):
    client = f"rtvae-player-{os.getpid()}"
    player = start_player(jack_server, client)
    outputs = portaudio_outputs(jack_server, client)
    assert len(outputs) == 2, f"PortAudio's output ports {client}:out_* not among {jack_server.ports()}"
    with JackCapture(channels=2, capacity_s=TONE_S + 3, server=jack_server.name) as capture:
        capture.connect_from(outputs)
        capture.start()
        capture.wait_for(0.05)  # silence before "go": the steady level for first_change
        go = capture.now_frame()
        report = finish_player(player)
        capture.stop()
    onset = capture.first_change(0.01, after_frame=go)
    assert onset is not None and 0 <= onset - go < RATE // 2, "the tone did not start within 0.5 s of go"
    assert report["named"], "PaJack_SetClientName was not found in PortAudio"
    audio = capture.samples()
    heard = np.flatnonzero(np.abs(audio[:, 0]) > 0)
    assert len(heard) >= 0.9 * TONE_S * RATE, report
    assert np.abs(audio).max(axis=0) == pytest.approx([TONE_AMPLITUDE] * 2, rel=1e-3)
    for channel in range(2):
        hz, amplitude, purity = tone_spectrum(audio[heard[0]:heard[-1], channel], RATE)
        if capture.xruns:  # an xrun cuts the tone, which spreads its spectrum
            assert abs(hz - TONE_HZ) <= 4
        else:
            assert hz == TONE_HZ and amplitude == pytest.approx(TONE_AMPLITUDE, rel=1e-3) and purity > 0.999
    assert_frame_times_advance_by_the_period(capture)


def assert_frame_times_advance_by_the_period(capture: JackCapture) -> None:
    """One period per cycle; a cycle the server skipped (xrun) must show as a gap of periods."""
    starts, frames = capture.cycles()
    assert np.all(np.diff(starts) == PERIOD)
    steps = np.diff(frames)
    assert np.all(steps % PERIOD == 0) and np.all(steps >= PERIOD)
    assert sum(missing for _, missing in capture.gaps()) == np.sum(steps - PERIOD)
    if capture.xruns == 0:
        assert np.all(steps == PERIOD)
    assert capture.frame_of(PERIOD + 3) == frames[1] + 3


class FrameSource(SafeJackClient):
    """A JACK client playing ``signal(frame_times)`` on out_1 and the frame times on out_2.

    Frame times come from ``last_frame_time``, what the capture should stamp the same samples
    with, and are given relative to ``base`` (the frame time at opening), so float32 holds
    them exactly.
    """

    def __init__(self, server: PrivateJackServer, signal):
        super().__init__(f"rtvae-source-{os.getpid()}", server.name)
        self.signal = signal

    def _setup(self, client) -> None:
        self.outputs = [client.outports.register(f"out_{i + 1}") for i in range(2)]
        self.base = client.frame_time

    def _cycle(self, frames: int) -> None:
        times = self.client.last_frame_time - self.base + np.arange(frames)
        self.outputs[0].get_array()[:] = self.signal(times)
        self.outputs[1].get_array()[:] = times


def capture_cleanly(server: PrivateJackServer, signal, seconds: float, attempts: int = 3):
    """Capture ``seconds`` of both FrameSource outputs; again (fresh source) after an xrun.

    An xrun cuts the signal and may misstamp a late cycle, so the exact claims below are
    checked on a clean capture (skipped if none of ``attempts`` is clean).
    Returns (capture, the source's base frame time).
    """
    for _ in range(attempts):
        with FrameSource(server, signal) as source, JackCapture(2, seconds + 2, server=server.name) as capture:
            capture.connect_from([port.name for port in source.outputs])
            capture.start()
            capture.wait_for(seconds)
            capture.stop()
        if capture.xruns == 0:
            return capture, source.base
    # Not this code's fault, and a failure would make CI flaky on a loaded machine.
    pytest.skip(f"an xrun in each of {attempts} captures: the machine is too loaded to check this")


def test_each_captured_sample_carries_the_frame_time_of_the_cycle_that_produced_it(jack_server):
    capture, base = capture_cleanly(jack_server, np.zeros_like, 0.3)
    stamps = capture.samples()[:, 1].astype(np.int64) + base
    expected = capture.frame_of(np.arange(capture.captured))
    assert np.array_equal(stamps, expected)
    assert capture.first_frame == expected[0] and capture.index_of(expected[100]) == 100


def test_first_change_finds_an_onset_to_the_sample_and_a_level_change_within_its_rms_span(jack_server):
    onset = RATE * 3 // 10 + 37  # frames after the source starts; not on a cycle edge

    def signal(times):
        tone = np.cos(2 * np.pi * TONE_HZ * times / RATE)
        return np.where(times < onset, 0.0, np.where(times < 2 * onset, 0.2, 0.5) * tone)

    capture, base = capture_cleanly(jack_server, signal, 3 * onset / RATE)
    step, louder = base + onset, base + 2 * onset
    assert capture.first_change(0.01, after_frame=step - 2000, channel=0) == step
    found = capture.first_change(0.05, after_frame=louder - 2000, rms_frames=48, channel=0)
    assert louder <= found < louder + 48
    assert capture.first_change(0.05, after_frame=louder + 2000, rms_frames=48, channel=0) is None


def test_stopping_the_server_terminates_and_reaps_jackd(tmp_path):
    server = PrivateJackServer(RATE, PERIOD, log_path=tmp_path / "jackd.log").start()
    status = server.stop()
    assert status is not None and not server.running
    assert_reaped(server.process.pid)
    assert server.stop() == status  # stopping twice is harmless
    with pytest.raises(RtvaeError, match="jack_lsp"):
        server.ports()


def test_a_failing_with_block_still_stops_the_server(tmp_path):
    with pytest.raises(ZeroDivisionError):
        with PrivateJackServer(RATE, PERIOD, log_path=tmp_path / "jackd.log") as server:
            1 / 0
    assert not server.running
    assert_reaped(server.process.pid)


def test_fixture_stops_and_reaps_the_server_when_its_test_fails(pytester):
    pid_file = pytester.path / "pid"
    pytester.syspathinsert(Path(__file__).resolve().parents[1])  # for tests.jackfixtures
    pytester.makepyfile(f"""
        from pathlib import Path
        from tests.jackfixtures import jack_server, make_jack_server

        def test_fails(jack_server):
            Path({str(pid_file)!r}).write_text(str(jack_server.process.pid))
            assert False
    """)
    pytester.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(failed=1)
    assert_reaped(int(pid_file.read_text()))


def assert_reaped(pid: int) -> None:
    """The process is gone and was waited for (a zombie would still answer signal 0)."""
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_missing_jackd_is_a_clear_error_naming_the_package(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda tool: None)
    server = PrivateJackServer()
    with pytest.raises(RtvaeError, match=r"'jackd' was not found.*apt-get install --no-install-recommends jackd2"):
        server.start()
    assert server.process is None


def test_jackd_exiting_at_startup_is_an_error_quoting_its_log(tmp_path):
    server = PrivateJackServer(RATE, PERIOD, capture_channels=-1, log_path=tmp_path / "jackd.log")
    with pytest.raises(RtvaeError, match=r"(?s)jackd exited with status \d+ .*-C -1.*jackd\.log\) ends with:\n\S"):
        server.start()
    assert not server.running


def test_a_second_server_with_a_taken_name_is_refused(jack_server, tmp_path):
    twin = PrivateJackServer(RATE, PERIOD, name=jack_server.name, log_path=tmp_path / "twin.log")
    with pytest.raises(RtvaeError, match="already running"):
        twin.start()
    assert twin.process is None and jack_server.running
