"""Live input without a device: the encoder kernel, the engine's input stage, and both duplex callbacks
called as PortAudio would (the compiled one through its C address), against the offline path."""

import ctypes
from types import SimpleNamespace

import numpy as np
import pytest

from rtvae.drivers.live_input import InputSide
from rtvae.drivers.stream import AudioOutput, DeviceInfo
from rtvae.engine import controls as c
from rtvae.engine import engine as e
from rtvae.engine import telemetry as tm
from rtvae.engine.factory import build_engine, synth_section
from rtvae.engine.input_line import InputLine
from rtvae.engine.kernel_encoder import KernelEncoder
from rtvae.engine.player import Player
from rtvae.explore.quality import log_spectral_distance
from rtvae.model.directory import ENCODER_FILE, load_model
from rtvae.model.sessions import Encoder
from tests.allocation import steady_state

RATE, HOP, WINDOW = 44100, 256, 1024
DEVICE = DeviceInfo(0, "test", "none", 2, 44100.0, max_input_channels=2)
PA_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p,
                               ctypes.c_ulong, ctypes.c_void_p)
TIMES = np.array([0.0, 0.99, 1.0])
FINE = SimpleNamespace(output_underflow=False, priming_output=False, input_underflow=False, input_overflow=False)


@pytest.fixture(scope="module")
def model():
    return load_model("default")


def tone(seconds=1.0, freq=220.0, level=0.3):
    t = np.arange(int(seconds * RATE)) / RATE
    return (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def held_out_sound(model):
    """A procedural sound the model never trained on (the card lists them)."""
    from rtvae.data.synth import corpus_specs, render_sound

    name = model.card.training["corpus"]["val_files"][0]
    spec = next(s for s in corpus_specs() if s.name == name)
    return render_sound(spec).astype(np.float32)


def live_engine(model, gate_db=-200.0, **synth):
    line = InputLine()
    engine = build_engine(model, synth_section(**synth), input_line=line, input_gate_db=gate_db)
    return engine, line


def play_offline(engine, line, samples, blocks):
    """Feed ``samples`` block by block, as the callback does: the block's input, then the block."""
    out, pos, k = [], 0, 0
    while pos < len(samples):
        n = min(int(blocks[k % len(blocks)]), len(samples) - pos)
        line.write(samples[pos:pos + n], engine.frame)
        out.append(engine.process(n).copy())
        pos, k = pos + n, k + 1
    return np.concatenate(out)


def test_the_encoder_kernel_matches_onnx_runtime(model):
    kernel = KernelEncoder(model.path / ENCODER_FILE, model.card.latent_size, WINDOW, 4)
    assert kernel.worst_difference <= 1e-5
    windows = np.stack([tone(WINDOW / RATE, f) for f in (110, 440, 1760)])
    kernel.windows[:3] = windows
    kernel.encode(3)
    mu, logvar = Encoder(model.path / ENCODER_FILE).encode(windows)
    assert np.abs(kernel.mu[:3] - mu).max() <= 1e-5 and np.abs(kernel.logvar[:3] - logvar).max() <= 1e-5


def test_the_same_input_gives_the_same_output_bit_for_bit_whatever_the_blocks(model):
    sound = held_out_sound(model)
    rng = np.random.default_rng(3)
    runs = [play_offline(*live_engine(model), sound, blocks) for blocks in ([128], [64], rng.integers(1, 900, 500))]
    assert np.array_equal(runs[0], runs[1]) and np.array_equal(runs[0], runs[2])
    assert np.abs(runs[0]).max() > 0.01


def test_the_input_is_reconstructed_a_window_later_as_the_offline_reconstruction_is(model):
    """Mix 1, no transform: the output is the sound's reconstruction, one window late (its declared alignment)."""
    from rtvae.drivers.offline import reconstruct

    sound = held_out_sound(model)
    engine, line = live_engine(model)
    padded = np.concatenate([sound, np.zeros(2 * WINDOW, np.float32)])
    live = play_offline(engine, line, padded, [128])[WINDOW:WINDOW + len(sound)]
    offline = reconstruct(model, sound)
    live_lsd, offline_lsd = log_spectral_distance(sound, live), log_spectral_distance(sound, offline)
    assert abs(live_lsd - offline_lsd) <= 1.0, (live_lsd, offline_lsd)
    assert engine.counters[e.N_INPUT_EARLY] == 0


@pytest.mark.parametrize("onset", [5000, 5100, 5255, 5376])
def test_a_click_is_heard_within_one_hop_and_silence_stays_silent(model, onset):
    engine, line = live_engine(model, gate_db=-60.0)
    x = np.zeros(RATE // 2, np.float32)
    x[onset:onset + 200] = tone(200 / RATE, 1000.0, 0.5)
    y = play_offline(engine, line, x, [128])
    assert not y[3000:onset].any()  # gated: exact silence before the click
    first = onset + np.flatnonzero(y[onset:])[0]
    assert 0 < first - onset <= HOP  # the next hop start after the click
    assert first % HOP == 0
    assert engine.counters[e.N_INPUT_GATED] > 0


def test_freeze_holds_the_latent_and_the_transform_moves_it(model):
    engine, line = live_engine(model)
    writer = c.ControlWriter(engine.ring)
    x = np.concatenate([tone(0.5, 220.0), tone(0.5, 1500.0)])
    play_offline(engine, line, x[:RATE // 4], [128])
    held = engine.transform[c.INPUT_T_HELD].copy()
    writer.send(c.INPUT_FREEZE, [1.0])
    play_offline(engine, line, x[RATE // 4:], [128])  # the input changes pitch: the held latent does not
    assert np.array_equal(engine.transform[c.INPUT_T_HELD], held) or np.allclose(
        engine.transform[c.INPUT_T_HELD], held)
    writer.send(c.INPUT_SCALE, [0.0] * engine.latent_size)
    writer.send(c.INPUT_OFFSET, list(engine.start_latent()))
    play_offline(engine, line, x[:HOP * 4], [HOP])
    # scale 0 plus an offset: the played latent is the offset (mix 1) plus the knobs' (none)
    assert np.allclose(engine.decoder.latents[0], engine.start_latent(), atol=1e-6)
    assert np.allclose(engine.transform[c.INPUT_T_PLAYED], engine.start_latent(), atol=1e-6)  # what /rtvae/out/z says


def test_feedback_is_clamped_and_the_output_stays_bounded(model):
    engine, line = live_engine(model)
    writer = c.ControlWriter(engine.ring)
    writer.send(c.INPUT_FEEDBACK, [100.0])
    y = play_offline(engine, line, np.clip(tone(2.0, 100.0, 1.0) * 3, -1, 1), [128])
    assert engine.params[c.P_INPUT_FEEDBACK] == pytest.approx(c.FEEDBACK_MAX)
    assert np.isfinite(y).all() and np.abs(y).max() <= engine.ceiling
    assert engine.counters[e.N_NONFINITE] == 0


def test_a_record_with_a_non_finite_offset_is_refused_whole(model):
    engine, line = live_engine(model)
    writer = c.ControlWriter(engine.ring)
    bad = [0.0] * engine.latent_size
    bad[77] = float("nan")
    writer.send(c.INPUT_OFFSET, bad)
    play_offline(engine, line, tone(0.1), [128])
    assert engine.counters[e.N_REJECTED] == 1 and np.isfinite(engine.transform).all()


def duplex_output(model, callback, device_rate=RATE):
    line = InputLine()
    synth = synth_section()
    engine = build_engine(model, synth, input_line=line, input_gate_db=-200.0,
                          input_delay=0 if device_rate == RATE else 2)
    side = InputSide(DEVICE, 1, line, model_rate=RATE, device_rate=device_rate, max_block=4096)
    output = AudioOutput(Player(engine), RATE, DEVICE, block=128, device_rate=device_rate, callback=callback,
                         live_input=side)
    output.warm()
    return output, engine


def call_duplex(output, indata, outdata):
    frames = len(outdata)
    if output.callback == "python":
        output._duplex_callback(indata, outdata, frames, SimpleNamespace(outputBufferDacTime=1.0, currentTime=0.99),
                                FINE)
        return
    from rtvae.drivers.callback import callback_address

    assert PA_CALLBACK(callback_address())(indata.ctypes.data, outdata.ctypes.data, frames, TIMES.ctypes.data, 0,
                                           output.table.address) == 0


@pytest.mark.parametrize("callback", ["compiled", "python"])
def test_the_duplex_callback_plays_what_the_offline_path_plays(model, callback):
    """The input's second channel, through either callback, as the offline driver feeds it: bit for bit."""
    sound = held_out_sound(model)[:RATE // 2]
    output, engine = duplex_output(model, callback)
    outdata, played = np.zeros((128, 2), np.float32), []
    for k in range(0, len(sound) - 128, 128):
        indata = np.zeros((128, 2), np.float32)
        indata[:, 1] = sound[k:k + 128]
        call_duplex(output, indata, outdata)
        played.append(outdata[:, 0].copy())
    live = np.concatenate(played)
    offline = play_offline(*live_engine(model), sound[:len(live)], [128])
    assert np.array_equal(live, offline)
    assert output.telemetry.counters[tm.CALLBACK_ERRORS] == 0


def test_through_the_resamplers_the_input_is_never_asked_for_early(model):
    output, engine = duplex_output(model, "compiled", device_rate=48000)
    rng = np.random.default_rng(0)
    sound = np.tile(held_out_sound(model), 8)  # any signal at the device's rate
    pos = 0
    for _ in range(300):
        frames = int(rng.choice([64, 128, 256, 1000]))
        indata = np.zeros((frames, 2), np.float32)
        indata[:, 1] = sound[pos:pos + frames]
        call_duplex(output, indata, np.zeros((frames, 2), np.float32))
        pos += frames
    assert engine.counters[e.N_INPUT_EARLY] == 0 and engine.counters[e.N_HOPS] > 100
    latencies = output.input_latencies()
    assert latencies["first_effect"] == 2 + HOP and latencies["aligned"] > WINDOW


def test_the_duplex_callback_allocates_nothing_in_steady_state(model):
    output, _ = duplex_output(model, "compiled", device_rate=48000)
    indata, outdata = np.zeros((128, 2), np.float32), np.zeros((128, 2), np.float32)
    indata[:, 1] = tone(128 / RATE)

    def run(calls):
        for _ in range(calls):
            call_duplex(output, indata, outdata)

    run(100)
    growth, peak = steady_state(run, 200, 2000)
    assert growth < 4096 and peak < 16384  # as the output-only callback: a few KB is other threads


def test_render_transform_is_the_live_path_bit_for_bit(model, tmp_path):
    """`rtvae render transform --keep-latency` writes what the duplex callback plays for the same input."""
    import soundfile as sf

    from rtvae.cli import main

    sound = held_out_sound(model)[:RATE // 2]
    sf.write(tmp_path / "in.wav", sound, RATE, subtype="FLOAT")
    out = tmp_path / "out.wav"
    assert main(["render", "transform", str(tmp_path / "in.wav"), "--keep-latency", "--gate-db", "-200",
                 "--scale", "1.25", "--out", str(out)]) == 0
    rendered, rate = sf.read(out, dtype="float32")
    engine, line = live_engine(model)
    c.ControlWriter(engine.ring).send(c.INPUT_SCALE, [1.25] * engine.latent_size)
    live = play_offline(engine, line, sound, [128])
    assert rate == RATE and len(rendered) == len(sound)
    assert np.abs(rendered - live).max() <= 2 ** -23  # the WAV's float32 holds the samples exactly
