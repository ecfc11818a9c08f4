"""The engine stays finite, below its ceiling, and answers the present whatever it is sent.

Issue 9's engine side: a curve that overflows, a NaN anywhere (a record, the state, the
decoder), gain 16 on a loud latent, and a flood of far-future records. Nothing
non-finite and no sample above the ceiling comes out of ``Engine.process``; a poisoned
engine plays silence, resets and plays again; mute is exact silence; the limiter is
bit-transparent below its ceiling; an immediate record is never stuck behind future ones.
"""

import numpy as np
import pytest

from rtvae.drivers.offline import drive_engine
from rtvae.engine import controls as c
from rtvae.engine.engine import (
    MAX_DRAIN, MAX_FUTURE, N_APPLIED, N_LIMITED, N_NONFINITE, N_REJECTED, N_TIMED_DROPPED, Engine,
)
from rtvae.engine.factory import build_engine, synth_section
from rtvae.engine.interp import MESO, OFF
from rtvae.engine.limiter import L_GAIN
from rtvae.engine.player import Player
from rtvae.engine.resample import StreamResampler
from rtvae.model.directory import load_model
from tests.allocation import steady_state

CEILING = 10 ** (-0.3 / 20)
HOUR = 3600 * 44100
NAN_LATENT = "a latent with one NaN"


@pytest.fixture(scope="module")
def model():
    return load_model("default")


class FakeDecoder:
    """The model's decoder, whose windows can be overwritten with ``value`` after each decode."""

    def __init__(self, model, max_batch):
        self.inner = model.decoder(max_batch)
        self.latents, self.windows, self.max_batch = self.inner.latents, self.inner.windows, max_batch
        self.value = None  # e.g. np.nan: what the next decodes write into their windows

    def decode(self, n):
        self.inner.decode(n)
        if self.value is not None:
            self.windows[:n, 100:200] = self.value


def make(model, fake=False, **synth):
    """A warmed engine as the server builds it; with ``fake``, decoding through a FakeDecoder."""
    factory = FakeDecoder if fake else None
    return build_engine(model, synth_section(**synth), max_block=1024, decoder_factory=factory)


def push(engine, kind, values, due=c.IMMEDIATE):
    """Write one record straight into the ring, as any producer could (no writer-side checks)."""
    values = np.asarray(values, np.float64).ravel()
    row = np.zeros(engine.ring.width)
    row[:c.PAYLOAD] = kind, due, len(values) // 2 if kind == c.Z_PAIRS else len(values)
    row[c.PAYLOAD:c.PAYLOAD + len(values)] = values
    assert engine.ring.push(row)


def far_latent(model, amount=3.0, k=0):
    stats = model.card.latent_stats
    return np.array(stats.mean) + amount * stats.direction_std[k] * np.array(stats.directions[k])


def loud_latent(model):
    """Eight standard deviations out along the loudest principal direction: peaks near 0.8."""
    return far_latent(model, -8.0, k=2)


def play(engine, n_blocks, block=256):
    return np.concatenate([engine.process(block).copy() for _ in range(n_blocks)])


def assert_safe(out, engine):
    assert np.isfinite(out).all()
    assert np.abs(out).max() <= engine.ceiling <= CEILING


def sources(model, n=8):
    """Two constant sequences (the start latent and a far one), as the interpolation reads them."""
    stats = model.card.latent_stats
    logvar = np.log(np.square(stats.posterior_std)) if stats.posterior_std else np.zeros(len(stats.mean))
    a, b = np.tile(stats.mean, (n, 1)), np.tile(far_latent(model), (n, 1))
    lv = np.tile(logvar, (n, 1))
    return tuple(np.asarray(x, np.float32) for x in (a, lv, b, lv))


def start_meso(engine, model, curve):
    engine.sources.offer(sources(model))
    engine.curve.offer(curve)
    writer = c.ControlWriter(engine.ring)
    for kind, value in ((c.INTERP_STRATEGY, MESO), (c.INTERP_SPEED, 1.0), (c.INTERP_LOOP, 1), (c.INTERP_PLAY, 1)):
        writer.send(kind, [value])


def test_an_overflowing_exp_curve_plays_silence_then_the_engine_recovers(model):
    engine = make(model)
    with np.errstate(over="ignore"):
        curve = np.exp(1e6 * np.linspace(0.0, 1.0, 1024))  # '/rtvae/interp/function exp 0 1 1e6'
    start_meso(engine, model, curve)
    out = play(engine, 20)
    assert_safe(out, engine)
    assert engine.counters[N_NONFINITE] >= 1 and engine.params[c.P_STRATEGY] == OFF
    assert np.array_equal(engine.target, engine.start[0]) and np.isfinite(engine.sigma).all()
    c.ControlWriter(engine.ring).send(c.Z_ALL, far_latent(model))
    again = play(engine, 40)
    assert_safe(again, engine)
    assert np.abs(again[-4096:]).max() > 0.01  # a later good latent plays sound again


def test_a_huge_finite_curve_stays_finite_and_below_the_ceiling(model):
    engine = make(model)
    start_meso(engine, model, np.full(16, 1e30))
    assert_safe(play(engine, 20), engine)


@pytest.mark.parametrize("kind, values, due", [
    (c.Z_ALL, NAN_LATENT, c.IMMEDIATE), (c.Z_PAIRS, [3, np.inf], c.IMMEDIATE), (c.SIGMA_ALL, NAN_LATENT, 0),
    (c.GAIN, [np.nan], c.IMMEDIATE), (c.INTERP_POSITION, [-np.inf], 300), (c.GAIN, [2.0], np.nan),
])
def test_a_record_with_a_non_finite_value_is_refused_whole_and_counted(model, kind, values, due):
    if values is NAN_LATENT:
        values = far_latent(model)
        values[5] = np.nan
    engine, reference = make(model, temperature=0.5), make(model, temperature=0.5)
    push(engine, kind, values, due)
    out, expected = play(engine, 20), play(reference, 20)
    assert engine.counters[N_REJECTED] == 1 and engine.counters[N_APPLIED] == 0
    assert np.array_equal(out, expected)  # it changed nothing


def test_a_poisoned_slewed_latent_is_caught_reset_and_counted(model):
    engine = make(model)
    c.ControlWriter(engine.ring).send(c.Z_ALL, far_latent(model))
    play(engine, 10)
    engine.current[7] = np.nan  # as if the slew itself had overflowed
    out = play(engine, 4)
    assert_safe(out, engine)
    assert engine.counters[N_NONFINITE] == 1 and np.array_equal(engine.current, engine.start[0])


@pytest.mark.parametrize("value", [np.nan, np.inf])
def test_a_non_finite_window_from_the_decoder_is_silenced_and_flushed(model, value):
    engine = make(model, fake=True)
    c.ControlWriter(engine.ring).send(c.Z_ALL, far_latent(model))
    before = play(engine, 20)
    engine.decoder.value = value
    poisoned = engine.process(256).copy()
    engine.decoder.value = None
    assert np.array_equal(engine.current, engine.start[0])  # the voice was reset
    after = play(engine, 20)
    c.ControlWriter(engine.ring).send(c.Z_ALL, far_latent(model))
    again = play(engine, 40)
    assert np.abs(before).max() > 0.01 and not poisoned.any()
    assert_safe(np.concatenate([after, again]), engine)
    assert engine.counters[N_NONFINITE] == 1  # the overlap-add tail was flushed: no NaN later
    assert np.abs(again[-4096:]).max() > 0.01  # a later good latent plays again


@pytest.mark.parametrize("value", [np.nan, 1e30])
def test_mute_is_exact_silence_whatever_the_decoder_makes(model, value):
    engine = make(model, fake=True)
    writer = c.ControlWriter(engine.ring)
    writer.send(c.Z_ALL, far_latent(model))
    writer.send(c.MUTE, [1])
    play(engine, 10)  # past the gain ramp
    engine.decoder.value = value
    assert np.array_equal(play(engine, 20), np.zeros(20 * 256, np.float32))


def test_gain_16_on_a_loud_latent_is_limited_to_the_ceiling(model):
    events = [(-1, c.Z_ALL, loud_latent(model)), (-1, c.GAIN, [16.0])]
    engine, raw = make(model), make(model, limiter=False)
    limited, unlimited = drive_engine(engine, 44100, 128, events), drive_engine(raw, 44100, 128, events)
    assert np.abs(unlimited).max() > 4 * CEILING and raw.counters[N_LIMITED] == 0  # raw: what it asked for
    assert_safe(limited, engine)
    assert np.abs(limited).max() > 0.99 * engine.ceiling and engine.counters[N_LIMITED] > 0


def test_below_the_ceiling_the_limiter_changes_no_sample(model):
    events = [(-1, c.Z_ALL, far_latent(model, 2.0)), (20000, c.GAIN, [0.5]), (30000, c.TEMPERATURE, [0.8])]
    on, off = make(model), make(model, limiter=False)
    limited, raw = drive_engine(on, 44100, 128, events), drive_engine(off, 44100, 128, events)
    assert 0.01 < np.abs(raw).max() < CEILING
    assert np.array_equal(limited, raw) and on.counters[N_LIMITED] == 0


def test_the_limiter_lets_go_completely_after_a_loud_passage(model):
    events = [(-1, c.Z_ALL, loud_latent(model)), (-1, c.GAIN, [16.0]), (11025, c.GAIN, [0.2])]
    on, off = make(model), make(model, limiter=False)
    limited, raw = drive_engine(on, 3 * 44100, 128, events), drive_engine(off, 3 * 44100, 128, events)
    assert on.limiter.state[L_GAIN] == 1.0
    assert np.array_equal(limited[2 * 44100:], raw[2 * 44100:])  # released: bit-transparent again


def test_the_ceiling_and_the_switch_come_from_the_synth_section(model):
    engine = make(model, ceiling_db=-6.0)
    assert engine.ceiling <= 10 ** (-6 / 20) and np.isclose(engine.ceiling, 10 ** (-6 / 20))
    out = drive_engine(engine, 22050, 128, [(-1, c.Z_ALL, loud_latent(model)), (-1, c.GAIN, [16.0])])
    assert np.abs(out).max() <= engine.ceiling
    assert make(model, limiter=False).ceiling == np.inf
    assert Engine(model, max_block=256).ceiling == make(model).ceiling  # same defaults as the config


def test_a_crossfade_between_two_loud_engines_stays_below_the_ceiling(model):
    first, second = make(model), make(model)
    for engine, latent in ((first, loud_latent(model)), (second, far_latent(model, 4.0, k=3))):
        writer = c.ControlWriter(engine.ring)
        writer.send(c.Z_ALL, latent)
        writer.send(c.GAIN, [16.0])
    player = Player(first, fade_ms=200)
    out = [player.render(128).copy() for _ in range(20)]
    player.offer(second)
    out += [player.render(128).copy() for _ in range(100)]
    assert np.abs(np.concatenate(out)).max() <= first.ceiling


@pytest.mark.parametrize("ceiling, overshoots", [(np.inf, True), (CEILING, False)])
def test_resampling_a_limited_signal_holds_the_ceiling_it_is_given(ceiling, overshoots):
    square = np.tile(np.r_[np.full(20, CEILING), np.full(20, -CEILING)], 200).astype(np.float32)
    resampler, out, used = StreamResampler(44100, 48000, 1024, ceiling=ceiling), [], 0
    for _ in range(7):
        need, block = resampler.input_needed(1024), np.zeros(1024, np.float32)
        resampler.process(square[used:used + need], need, block, 1024)
        used += need
        out.append(block)
    assert (np.abs(np.concatenate(out)).max() > CEILING) == overshoots  # band-limited ringing


def test_far_future_records_never_stop_an_immediate_mute(model):
    engine = make(model)
    for _ in range(300):  # 256 bundles an hour ahead used to block every later control
        push(engine, c.GAIN, [0.25], HOUR)
    while len(engine.ring):
        engine.process(256)
    assert engine.counters[N_TIMED_DROPPED] == 300 - MAX_FUTURE
    push(engine, c.MUTE, [1])
    engine.process(256)
    assert engine.params[c.P_MUTE] == 1  # applied on the next block


def test_an_immediate_behind_a_flood_of_future_records_waits_a_bounded_time(model):
    engine = make(model)
    for _ in range(900):
        push(engine, c.GAIN, [0.25], HOUR)
    push(engine, c.MUTE, [1])
    blocks = 0
    while engine.params[c.P_MUTE] != 1:
        engine.process(256)
        blocks += 1
    assert blocks <= MAX_FUTURE // MAX_DRAIN + 1  # the copies are capped per block; drops cost no copy
    assert engine.counters[N_TIMED_DROPPED] == 900 - MAX_FUTURE


def test_held_future_records_still_apply_on_their_hop_in_arrival_order(model):
    engine = make(model)
    for value in np.linspace(0.1, 0.3, 300):  # 256 held, the newest 44 dropped
        push(engine, c.GAIN, [value], 20000)
    while len(engine.ring):
        engine.process(1024)
    push(engine, c.GAIN, [0.5])
    engine.process(1024)
    assert engine.params[c.P_GAIN] == 0.5 and engine.frame < 20000
    while engine.frame < 20000 + 1024:
        engine.process(1024)
    assert engine.params[c.P_GAIN] == np.linspace(0.1, 0.3, 300)[MAX_FUTURE - 1]
    assert engine.counters[N_APPLIED] == MAX_FUTURE + 1 and engine.counters[N_TIMED_DROPPED] == 300 - MAX_FUTURE


def allocation_while(engine, blocks_before=50):
    for _ in range(blocks_before):
        engine.process(128)

    def run(blocks):
        for _ in range(blocks):
            engine.process(128)

    return steady_state(run)


def test_the_limiter_allocates_nothing_in_steady_state_while_it_acts(model):
    engine = make(model)
    writer = c.ControlWriter(engine.ring)
    writer.send(c.Z_ALL, loud_latent(model))
    writer.send(c.GAIN, [16.0])
    growth, peak = allocation_while(engine)
    assert growth < 256 and peak < 4096
    assert engine.counters[N_LIMITED] > 1000


def test_a_decoder_that_only_makes_nan_is_silenced_without_allocating(model):
    engine = make(model, fake=True)
    engine.decoder.value = np.nan
    growth, peak = allocation_while(engine)
    assert growth < 256 and peak < 4096
    assert engine.counters[N_NONFINITE] > 500 and not engine.process(128).any()
