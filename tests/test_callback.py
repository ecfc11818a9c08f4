"""The audio callback itself, called as PortAudio would, without a device.

Both callbacks: the compiled one through its C address (ctypes, which lets go of the GIL
for the call, as PortAudio's thread never had it), and the Python one.
"""

import ctypes
from pathlib import Path
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
PA_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p,
                               ctypes.c_ulong, ctypes.c_void_p)
KINDS = ["compiled", "python"]


def call(output, outdata, frames, time_info=TIME, status=FINE):
    """One callback as PortAudio makes it, to whichever kind ``output`` has."""
    assert outdata.shape == (frames, output.n_channels) and outdata.flags.c_contiguous
    if output.callback == "python":
        output._callback(outdata, frames, time_info, status)
        return
    from rtvae.drivers.callback import OUTPUT_UNDERFLOW, PA_CONTINUE, callback_address

    times = np.array([0.0, time_info.currentTime, time_info.outputBufferDacTime])
    flags = OUTPUT_UNDERFLOW if status.output_underflow else 0
    result = PA_CALLBACK(callback_address())(None, outdata.ctypes.data, frames, times.ctypes.data, flags,
                                             output.table.address)
    assert result == PA_CONTINUE


def make_output(scheduling="inline", device_rate=48000, channels=(0, 1), ahead_hops=4, callback="compiled"):
    engine = build_engine(load_model("default"), synth_section())
    player = Player(engine)
    source = player if scheduling == "inline" else AheadSource(player, ahead_hops)
    recorder = Recorder(engine.sample_rate)
    output = AudioOutput(source, engine.sample_rate, DEVICE, block=128, channels=channels,
                         device_rate=device_rate, recorder=recorder, callback=callback)
    assert output.callback == callback
    output.warm()
    return output, source, recorder


@pytest.mark.parametrize("callback", KINDS)
@pytest.mark.parametrize("scheduling", ["inline", "ahead"])
def test_the_callback_allocates_nothing_in_steady_state(scheduling, callback, tmp_path):
    # In ahead mode the callback only copies: fill its ring for the whole run up front, so
    # that what tracemalloc sees (it traces every thread) is the callback alone.
    output, source, recorder = make_output(scheduling, ahead_hops=1200, callback=callback)
    if scheduling == "ahead":
        source.fill()
    recorder.start(tmp_path / "r.wav")
    outdata = np.zeros((128, output.n_channels), np.float32)

    def run(calls):
        for _ in range(calls):
            call(output, outdata, 128)

    try:
        run(200)
        growth, peak = steady_state(run, 200, 2000)
    finally:
        recorder.stop()
    assert output.telemetry.counters[tm.CALLBACK_ERRORS] == 0
    assert getattr(source, "late_blocks", 0) == 0
    # Kept per call, a round of 1000 calls of even one 128-sample buffer would be 512 KB: a few KB is other threads.
    assert growth < 4096 and peak < 16384
    assert recorder.frames_written > 0 or len(recorder.ring) > 0  # the tap ran


@pytest.mark.parametrize("callback", KINDS)
def test_the_callback_maps_the_sound_to_the_chosen_channels_and_counts_xruns(callback):
    output, _, _ = make_output(device_rate=44100, channels=(1, 3), callback=callback)
    outdata = np.full((128, 4), 9.0, np.float32)
    for _ in range(20):
        call(output, outdata, 128)
    call(output, outdata, 128, TIME, UNDERFLOW)
    assert np.array_equal(outdata[:, 1], outdata[:, 3]) and np.abs(outdata[:, 1]).max() > 0
    assert not outdata[:, 0].any() and not outdata[:, 2].any()
    assert output.telemetry.counters[tm.XRUNS] == 1 and output.telemetry.counters[tm.BLOCKS] == 21


def test_the_python_callback_never_raises_it_plays_silence_and_counts():
    output, _, _ = make_output(callback="python")
    output.source = None  # any failure inside
    outdata = np.full((128, output.n_channels), 9.0, np.float32)
    call(output, outdata, 128)
    assert not outdata.any() and output.telemetry.counters[tm.CALLBACK_ERRORS] == 1


def test_the_compiled_callback_plays_silence_for_a_block_larger_than_its_buffers():
    output, source, _ = make_output()
    frames = len(output.converted) + 1
    outdata = np.full((frames, output.n_channels), 9.0, np.float32)
    call(output, outdata, frames)
    assert not outdata.any() and output.telemetry.counters[tm.CALLBACK_ERRORS] == 1
    assert source.delivered == 0  # the source was not asked for what it cannot make


@pytest.mark.parametrize("callback", KINDS)
def test_resampled_output_keeps_the_model_rate_clock(callback):
    output, source, _ = make_output(device_rate=48000, callback=callback)
    outdata = np.zeros((128, output.n_channels), np.float32)
    for _ in range(375):  # one second at 48 kHz
        call(output, outdata, 128)
    assert abs(source.delivered - 44100) <= 40  # plus the resampler's filter length
    assert output.telemetry.clock[tm.DAC_TIME] == 1.0 and output.telemetry.clock[tm.BLOCK_FRAME] > 0


def test_both_callbacks_play_the_same_samples():
    outputs = [make_output(device_rate=48000, channels=(0, 1), callback=kind)[0] for kind in KINDS]
    blocks = [[], []]
    for _ in range(50):
        for output, kept in zip(outputs, blocks):
            outdata = np.zeros((128, 2), np.float32)
            call(output, outdata, 128)
            kept.append(outdata)
    assert np.array_equal(np.concatenate(blocks[0]), np.concatenate(blocks[1]))
    assert np.abs(np.concatenate(blocks[0])).max() > 0


def test_the_compiled_callback_times_itself():
    output, _, _ = make_output()
    outdata = np.zeros((128, output.n_channels), np.float32)
    for _ in range(30):
        call(output, outdata, 128)
    durations = output.telemetry.recent_durations()
    assert len(durations) == 30 and (durations > 0).all() and (durations < 1.0).all()


def test_telemetry_reports_how_late_callbacks_start():
    telemetry = tm.Telemetry(128, 48000)
    for delay in (0.0001, 0.0002, 0.004):
        telemetry.record_delay(delay)
    summary = telemetry.summary()["start_delay_ms"]
    assert abs(summary["max"] - 4.0) < 1e-9 and summary["p50"] == pytest.approx(0.2)


def test_the_compiled_callback_never_calls_the_interpreter_nor_allocates(tmp_path):
    """Its LLVM: below numba's wrapper (whose error path no callee can reach: none raises), no call
    into CPython, numba's raise or GIL helpers, or its allocator; references of views only.

    Compiled afresh in a child with an empty numba cache: cached code has no IR to read.
    """
    import json
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "tests.callback_ir"], env={**os.environ, "NUMBA_CACHE_DIR": str(tmp_path)},
                          capture_output=True, text=True, timeout=600, cwd=Path(__file__).parents[1])
    assert done.returncode == 0, done.stderr[-2000:]
    callees = json.loads(done.stdout)
    inner = {name: set(calls) for name, calls in callees.items() if not name.startswith(("cfunc.", "NRT_"))}
    assert any("engine_block" in name for name in inner) and any("decode_layers" in name for name in inner)
    for name, calls in inner.items():
        foreign = {c for c in calls if c.startswith(("Py", "numba_", "NRT_"))} - {"NRT_incref", "NRT_decref"}
        assert not foreign, (name, foreign)
    everything = set().union(*map(set, callees.values()))
    assert not {c for c in everything if "Allocate" in c or "MemInfo_alloc" in c or c == "malloc"}
