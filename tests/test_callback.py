"""The audio callback itself, called as PortAudio would, without a device."""

from types import SimpleNamespace

import numpy as np
import pytest

from rtvae.drivers.recorder import Recorder
from rtvae.drivers.stream import AudioOutput, DeviceInfo
from rtvae.engine import telemetry as tm
from rtvae.engine.ahead import AheadSource
from rtvae.engine.factory import build_engine, synth_section
from rtvae.engine.player import Player
from rtvae.model.directory import load_model
from tests.allocation import steady_state

DEVICE = DeviceInfo(0, "test", "none", 4, 48000.0)
TIME = SimpleNamespace(outputBufferDacTime=1.0, currentTime=0.99)
FINE = SimpleNamespace(output_underflow=False, priming_output=False)
UNDERFLOW = SimpleNamespace(output_underflow=True, priming_output=False)


def make_output(scheduling="inline", device_rate=48000, channels=(0, 1), ahead_hops=4):
    engine = build_engine(load_model("default"), synth_section())
    player = Player(engine)
    source = player if scheduling == "inline" else AheadSource(player, ahead_hops)
    recorder = Recorder(engine.sample_rate)
    output = AudioOutput(source, engine.sample_rate, DEVICE, block=128, channels=channels,
                         device_rate=device_rate, recorder=recorder)
    output.warm()
    return output, source, recorder


@pytest.mark.parametrize("scheduling", ["inline", "ahead"])
def test_the_callback_allocates_nothing_in_steady_state(scheduling, tmp_path):
    # In ahead mode the callback only copies: fill its ring for the whole run up front, so
    # that what tracemalloc sees (it traces every thread) is the callback alone.
    output, source, recorder = make_output(scheduling, ahead_hops=1200)
    if scheduling == "ahead":
        source.fill()
    recorder.start(tmp_path / "r.wav")
    outdata = np.zeros((128, 4), np.float32)
    def run(calls):
        for _ in range(calls):
            output._callback(outdata, 128, TIME, FINE)

    try:
        run(200)
        growth, peak = steady_state(run, 200, 2000)
    finally:
        recorder.stop()
    assert output.telemetry.counters[tm.CALLBACK_ERRORS] == 0
    assert getattr(source, "late_blocks", 0) == 0
    # Kept per call, 2000 calls of even one 128-sample buffer would be 1 MB: a few KB is other threads.
    assert growth < 4096 and peak < 16384


def test_the_callback_maps_the_sound_to_the_chosen_channels_and_counts_xruns():
    output, _, _ = make_output(device_rate=44100, channels=(1, 3))
    outdata = np.full((128, 4), 9.0, np.float32)
    for _ in range(20):
        output._callback(outdata, 128, TIME, FINE)
    output._callback(outdata, 128, TIME, UNDERFLOW)
    assert np.array_equal(outdata[:, 1], outdata[:, 3]) and np.abs(outdata[:, 1]).max() > 0
    assert not outdata[:, 0].any() and not outdata[:, 2].any()
    assert output.telemetry.counters[tm.XRUNS] == 1 and output.telemetry.counters[tm.BLOCKS] == 21


def test_the_callback_never_raises_it_plays_silence_and_counts():
    output, _, _ = make_output()
    output.source = None  # any failure inside
    outdata = np.full((128, 4), 9.0, np.float32)
    output._callback(outdata, 128, TIME, FINE)
    assert not outdata.any() and output.telemetry.counters[tm.CALLBACK_ERRORS] == 1


def test_resampled_output_keeps_the_model_rate_clock():
    output, source, _ = make_output(device_rate=48000)
    outdata = np.zeros((128, 4), np.float32)
    for _ in range(375):  # one second at 48 kHz
        output._callback(outdata, 128, TIME, FINE)
    assert abs(source.delivered - 44100) <= 40  # plus the resampler's filter length


def test_telemetry_reports_how_late_callbacks_start():
    telemetry = tm.Telemetry(128, 48000)
    for delay in (0.0001, 0.0002, 0.004):
        telemetry.record_delay(delay)
    summary = telemetry.summary()["start_delay_ms"]
    assert abs(summary["max"] - 4.0) < 1e-9 and summary["p50"] == pytest.approx(0.2)
