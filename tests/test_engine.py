"""The engine on its own: timing of controls, dynamics, determinism, allocation."""

import numpy as np
import pytest

from rtvae.drivers.offline import drive_engine, render_latents
from rtvae.engine import controls as c
from rtvae.engine.ahead import AheadSource
from rtvae.engine.engine import N_APPLIED, Engine
from rtvae.engine.factory import build_engine, synth_section
from rtvae.engine.kernels import K_NEXT_HOP
from rtvae.engine.player import Player
from rtvae.engine.resample import StreamResampler
from rtvae.model.directory import load_model
from tests.allocation import steady_state


@pytest.fixture(scope="module")
def model():
    return load_model("default")


def make(model, seed=0, **synth):
    """A warmed engine with the synth section's defaults but ``synth``, as the server builds it."""
    return build_engine(model, synth_section(**synth), max_block=1024, seed=seed)


def far_latent(model, k=0, amount=2.0):
    stats = model.card.latent_stats
    return np.array(stats.mean) + amount * stats.direction_std[k] * np.array(stats.directions[k])


def test_same_events_give_the_same_samples_whatever_the_block_size(model):
    events = [(3000, c.Z_ALL, far_latent(model)), (9000, c.GAIN, [0.5]), (12000, c.TEMPERATURE, [0.7]),
              (15000, c.Z_PAIRS, [0, 1.5, 3, -2.0]), (20000, c.MUTE, [1])]
    a = drive_engine(make(model), 24000, 128, events)
    b = drive_engine(make(model), 24000, 300, events)
    c_ = drive_engine(make(model), 24000, 1024, events)
    assert np.array_equal(a, b) and np.array_equal(a, c_)
    assert np.abs(a).max() > 0.01


def test_a_timed_change_is_heard_from_the_hop_that_contains_its_frame(model):
    due = 10 * 256 + 100
    plain = drive_engine(make(model, smooth_ms=0), 8192, 128)
    moved = drive_engine(make(model, smooth_ms=0), 8192, 128, [(due, c.Z_ALL, far_latent(model))])
    differs = np.flatnonzero(plain != moved)
    heard = 10 * 256 + make(model).timed_latency_samples  # the declared latency of a timed record
    assert differs[0] >= heard and differs[0] < heard + 16  # Hann starts at zero: a few samples in


def test_immediate_controls_apply_on_the_next_hop_after_the_fifo(model):
    engine = make(model, smooth_ms=0)
    engine.process(128)  # fifo now holds 128 samples of hop 0
    backlog = int(engine.state[2])
    c.ControlWriter(engine.ring).send(c.Z_ALL, far_latent(model))
    reference = make(model, smooth_ms=0)
    reference.process(128)
    ours = np.concatenate([engine.process(128).copy() for _ in range(8)])
    theirs = np.concatenate([reference.process(128).copy() for _ in range(8)])
    first = np.flatnonzero(ours != theirs)[0]
    assert backlog <= first < backlog + 16 and backlog < engine.latency_samples


def test_temperature_zero_decodes_the_latent_itself(model):
    engine = make(model, smooth_ms=0, temperature=0)
    z = far_latent(model)
    out = drive_engine(engine, 256 * 40, 256, [(-1, c.Z_ALL, z)])
    expected = render_latents(model, np.tile(z, (40, 1)))
    assert np.array_equal(out, expected)


def test_temperature_samples_around_the_latent_reproducibly(model):
    a = drive_engine(make(model, temperature=1.0, seed=1), 8192, 128)
    b = drive_engine(make(model, temperature=1.0, seed=1), 8192, 128)
    cold = drive_engine(make(model, temperature=0.0, seed=1), 8192, 128)
    assert np.array_equal(a, b) and not np.allclose(a, cold, atol=1e-3)


def test_mute_ramps_to_silence_without_a_click(model):
    z = far_latent(model, amount=3.0)
    out = drive_engine(make(model), 44100, 128, [(-1, c.Z_ALL, z), (22050, c.MUTE, [1])])
    assert np.abs(out[22050 - 256 + 441 + 256:]).max() == 0.0  # the 10 ms ramp, then nothing
    assert np.abs(out[11025:20000]).max() > 0.01
    steps = np.abs(np.diff(out[21000:23500]))
    assert steps.max() < 0.1


def test_gain_scales_the_output(model):
    z = far_latent(model, amount=3.0)
    unity = drive_engine(make(model), 16384, 128, [(-1, c.Z_ALL, z)])
    half = drive_engine(make(model), 16384, 128, [(-1, c.Z_ALL, z), (-1, c.GAIN, [0.5])])
    assert np.allclose(half[4096:], 0.5 * unity[4096:], atol=1e-6)


def test_slew_moves_the_latent_exponentially(model):
    engine = make(model, smooth_ms=100.0)
    target = far_latent(model)
    start = engine.current.copy()
    c.ControlWriter(engine.ring).send(c.Z_ALL, target)
    for _ in range(int(0.1 * 44100 / 128)):
        engine.process(128)
    progress = np.linalg.norm(engine.current - start) / np.linalg.norm(target - start)
    assert 0.55 < progress < 0.72  # about 1 - 1/e after one time constant


def test_a_series_frame_is_played_exactly_on_its_hop_and_the_slew_goes_on_after_it(model):
    """/rtvae/z/stream's record (Z_FRAME): a series of frames, each due on its own hop, plays as written
    though the slew is 100 ms; a plain target after it is slewed again."""
    engine, hop = make(model, smooth_ms=100.0), 256
    engine.process(128)
    writer = c.ControlWriter(engine.ring)
    first = int(engine.state[K_NEXT_HOP]) + 4 * hop
    frames = [far_latent(model, k, 2.0 * (-1) ** k) for k in range(6)]
    for k, frame in enumerate(frames):
        assert writer.send(c.Z_FRAME, frame, float(first + k * hop))
    played = []
    while int(engine.state[K_NEXT_HOP]) <= first + 6 * hop:
        engine.process(hop)
        played.append((int(engine.state[K_NEXT_HOP]) - hop, engine.current.copy()))
    on_frames = {frame: z for frame, z in played if first <= frame < first + 6 * hop}
    assert len(on_frames) == 6
    for k, frame in enumerate(frames):
        assert np.allclose(on_frames[first + k * hop], frame)  # exactly, not slewed toward
    before = engine.current.copy()
    writer.send(c.Z_ALL, far_latent(model, 7))
    for _ in range(3):
        engine.process(hop)
    assert not np.allclose(engine.current, far_latent(model, 7))  # slewed again, as /rtvae/smooth says
    assert not np.allclose(engine.current, before)


def test_a_full_ring_refuses_and_counts_instead_of_waiting(model):
    engine = Engine(model, max_block=256, ring_capacity=8)
    writer = c.ControlWriter(engine.ring)
    sent = [writer.send(c.GAIN, [0.5]) for _ in range(10)]
    assert sent.count(True) == 8 and writer.dropped == 2
    engine.process(256)
    assert engine.counters[N_APPLIED] == 8


def test_process_allocates_nothing_in_steady_state(model):
    engine = make(model)
    writer = c.ControlWriter(engine.ring)
    for _ in range(50):
        engine.process(128)

    def run(blocks):
        for _ in range(blocks):
            engine.process(128)

    growth, peak = steady_state(run)
    assert growth < 256 and peak < 4096
    assert writer.dropped == 0


def test_crossfade_to_another_engine_is_continuous(model):
    first, second = make(model), make(model)
    c.ControlWriter(second.ring).send(c.Z_ALL, far_latent(model, amount=3.0))
    player = Player(first, fade_ms=50)
    before = np.concatenate([player.render(128).copy() for _ in range(40)])
    player.offer(second)
    during = np.concatenate([player.render(128).copy() for _ in range(40)])
    assert player.engine is second and player.retired is first and player.fading is None
    joined = np.concatenate([before, during])
    assert np.abs(np.diff(joined)).max() < 0.2


def test_ahead_source_plays_silence_and_counts_when_its_worker_is_late(model):
    source = AheadSource(Player(make(model)), ahead_hops=2, max_block=1024)
    assert not source.render(128).any() and source.late_blocks == 1
    source.fill()
    assert len(source.ring) == 512 and source.latency_samples == 3 * 256
    source.render(128)
    assert source.late_blocks == 1


@pytest.mark.parametrize("rates", [(44100, 48000), (48000, 44100), (44100, 96000)])
def test_streaming_resampler_keeps_pitch_and_exact_rate(rates):
    a, b = rates
    resampler = StreamResampler(a, b, 1024)
    x = (0.5 * np.sin(2 * np.pi * 1000 * np.arange(3 * a) / a)).astype(np.float32)
    out, chunks, used = np.zeros(1024, np.float32), [], 0
    rng = np.random.default_rng(0)
    while used < 2 * a:
        n = int(rng.integers(32, 1024))
        need = resampler.input_needed(n)
        resampler.process(x[used:used + need], need, out, n)
        used += need
        chunks.append(out[:n].copy())
    y = np.concatenate(chunks)
    assert abs(len(y) / used - b / a) < 0.01
    settled = y[b // 4: b // 4 + b]
    peak_hz = np.argmax(np.abs(np.fft.rfft(settled * np.hanning(len(settled))))) * b / len(settled)
    assert abs(peak_hz - 1000) <= 1 and abs(np.abs(settled).max() - 0.5) < 0.005
