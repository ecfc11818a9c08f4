"""The PortAudio callback, compiled: from C into C, the interpreter never entered.

PortAudio calls :func:`callback_address`'s function, a numba ``@cfunc`` with PortAudio's
callback signature, on its audio thread. ``userData`` is the address of the output's
address table (:class:`OutputTable`), which lists everything one block touches: the source
(the player's table, or the ``ahead`` worker's ring), the resampler, the recorder's ring,
the channel map, the telemetry. :func:`output_block` then does what the Python callback
did, in the same order:

1. count PortAudio's underflow and priming flags;
2. time how late the callback started (``Pa_GetStreamTime`` against the host's time);
3. publish the clock (DAC time and the source frame the block starts at);
4. render the source at the model's rate (:func:`rtvae.engine.player.player_block`),
   tap it for the recorder, resample it to the device's rate;
5. write the chosen channels, count the block, store its duration (``clock_gettime``).

It takes no lock (the rings and hand-overs are release/acquire, :mod:`rtvae.engine.atomics`; the
telemetry counters, with one writer, are stored relaxed),
allocates nothing (every array is a view over memory Python made), and cannot raise: a
block larger than the buffers were made for is played as silence and counted as a callback
error, like an exception was in the Python callback.
"""

from __future__ import annotations

import numpy as np
from numba import carray, cfunc, njit, types

from rtvae.engine import telemetry as tm
from rtvae.engine.addresses import AddressTable, address_of, f32_1, f64_1, f64_2, i64_1, table_at, to_voidptr
from rtvae.engine.ahead import DELIVERED, take_ahead
from rtvae.engine.atomics import count_relaxed
from rtvae.engine.ort_capi import call_address_f64, clock_gettime_address, now_ns
from rtvae.engine.player import PL_STATE, S_DELIVERED, player_block
from rtvae.drivers.live_input import input_slot, push_input
from rtvae.engine.resample import input_needed, resample_block
from rtvae.engine.ring import record_value, tap_samples

# PortAudio's PaStreamCallbackFlags and result.
INPUT_UNDERFLOW, INPUT_OVERFLOW, OUTPUT_UNDERFLOW, PRIMING_OUTPUT = 0x1, 0x2, 0x4, 0x10
PA_CONTINUE = 0

# Entries of the output's address table.
(O_SETTINGS, O_LIMITS, O_PLAYER, O_AHEAD_BUFFER, O_AHEAD_COUNTERS, O_AHEAD_STATE, O_AHEAD_OUT, O_COUNTERS,
 O_DURATIONS, O_DURATIONS_COUNT, O_DELAYS, O_DELAYS_COUNT, O_CLOCK, O_COLUMNS, O_CONVERTED, O_HISTORY,
 O_RESAMPLER_STATE, O_RESAMPLER_TABLE, O_RECORDER_BUFFER, O_RECORDER_COUNTERS, O_RECORDER_ACTIVE,
 O_RECORDER_DROPPED, O_SCRATCH) = range(23)
# Live input: the line the engines read, and the input's resampler (device rate to the model's).
O_INPUT_LINE, O_INPUT_LINE_STATE, O_IN_HISTORY, O_IN_RESAMPLER_STATE, O_IN_RESAMPLER_TABLE, O_IN_CONVERTED = range(23, 29)
N_OUTPUT_ARRAYS = 29
# O_SETTINGS (int64).
(X_AHEAD, X_CHANNELS, X_CLOCK_GETTIME, X_STREAM_TIME, X_STREAM, X_RESAMPLING, X_STEP, X_DEN, X_TAPS,
 X_MAX_BLOCK) = range(10)
# Live input: the stream's input channels (0: output only), the one taken, its resampler's ratio and taps.
X_IN_CHANNELS, X_IN_CHANNEL, X_IN_RESAMPLING, X_IN_STEP, X_IN_DEN, X_IN_TAPS = range(10, 16)
N_X = 16
# O_LIMITS (float64): the resampler's ceiling.
L_RESAMPLER_CEILING = 0


@njit(nogil=True, cache=True, error_model="numpy")
def delivered(ot):
    """Source frames handed out so far (the clock's frame)."""
    if i64_1(ot, O_SETTINGS)[X_AHEAD]:
        return i64_1(ot, O_AHEAD_STATE)[DELIVERED]
    return i64_1(i64_1(ot, O_PLAYER), PL_STATE)[S_DELIVERED]


@njit(nogil=True, cache=True, error_model="numpy")
def source_block(ot, n):
    """``n`` model-rate samples: the player's next block, or a copy out of the ahead ring (silence if late)."""
    if i64_1(ot, O_SETTINGS)[X_AHEAD]:
        out = f32_1(ot, O_AHEAD_OUT)
        take_ahead(f32_1(ot, O_AHEAD_BUFFER), i64_1(ot, O_AHEAD_COUNTERS), i64_1(ot, O_AHEAD_STATE), out, n)
        return out
    return player_block(i64_1(ot, O_PLAYER), n)


@njit(nogil=True, cache=True, error_model="numpy")
def render(ot, frames):
    """The block at the device's rate (a view), and whether it could be made (False: play silence)."""
    settings = i64_1(ot, O_SETTINGS)
    resampling = settings[X_RESAMPLING] != 0
    needed = frames
    if resampling:
        needed = input_needed(i64_1(ot, O_RESAMPLER_STATE), frames, settings[X_STEP], settings[X_DEN],
                              settings[X_TAPS])
    converted = f32_1(ot, O_CONVERTED)
    if frames > converted.shape[0] or needed > settings[X_MAX_BLOCK]:
        return converted, False
    block = source_block(ot, needed)
    tap_samples(f32_1(ot, O_RECORDER_BUFFER), i64_1(ot, O_RECORDER_COUNTERS), i64_1(ot, O_RECORDER_ACTIVE),
                i64_1(ot, O_RECORDER_DROPPED), block, needed)
    if not resampling:
        return block, True
    resample_block(f32_1(ot, O_HISTORY), i64_1(ot, O_RESAMPLER_STATE), f64_2(ot, O_RESAMPLER_TABLE), block, needed,
                   converted, frames, settings[X_STEP], settings[X_DEN], f64_1(ot, O_LIMITS)[L_RESAMPLER_CEILING])
    return converted, True


@njit(nogil=True, cache=True, error_model="numpy")
def take_input(ot, input, frames):
    """The chosen input channel of this block, at the model's rate, onto the input line.

    ``input`` is PortAudio's interleaved float32 buffer (0 when it gave none: the block's
    input is then silence, so the line stays in step with the output).
    """
    settings = i64_1(ot, O_SETTINGS)
    converted = f32_1(ot, O_IN_CONVERTED)
    n_channels, channel = settings[X_IN_CHANNELS], settings[X_IN_CHANNEL]
    history, state = f32_1(ot, O_IN_HISTORY), i64_1(ot, O_IN_RESAMPLER_STATE)
    resampling = settings[X_IN_RESAMPLING] != 0
    if frames > converted.shape[0] or (resampling and state[1] + frames > history.shape[0]):
        return
    mono = input_slot(history, state, converted, resampling)
    if input != 0:
        indata = carray(to_voidptr(input), (frames, n_channels), np.float32)
        for i in range(frames):
            mono[i] = indata[i, channel]
    else:
        for i in range(frames):
            mono[i] = 0.0
    push_input(history, state, f64_2(ot, O_IN_RESAMPLER_TABLE), converted, frames, resampling, settings[X_IN_STEP],
               settings[X_IN_DEN], settings[X_IN_TAPS], f32_1(ot, O_INPUT_LINE), i64_1(ot, O_INPUT_LINE_STATE),
               delivered(ot))


@njit(nogil=True, cache=True, error_model="numpy")
def output_block(ot, input, output, frames, time_info, flags):
    """One PortAudio callback: ``input``, ``output`` and ``time_info`` are addresses (float32 frames × channels,
    3 doubles; ``input`` is 0 for an output-only stream)."""
    settings, scratch, counters = i64_1(ot, O_SETTINGS), i64_1(ot, O_SCRATCH), i64_1(ot, O_COUNTERS)
    started = now_ns(settings[X_CLOCK_GETTIME], scratch)
    if flags & (INPUT_UNDERFLOW | INPUT_OVERFLOW):
        count_relaxed(counters, tm.INPUT_XRUNS, 1)
    if settings[X_IN_CHANNELS] > 0:
        take_input(ot, input, frames)
    if flags & OUTPUT_UNDERFLOW:
        count_relaxed(counters, tm.XRUNS, 1)
    if flags & PRIMING_OUTPUT:
        count_relaxed(counters, tm.PRIMING, 1)
    times = carray(to_voidptr(time_info), (3,), np.float64)  # ADC time, current time, DAC time
    if settings[X_STREAM] != 0 and settings[X_STREAM_TIME] != 0:
        late = call_address_f64(settings[X_STREAM_TIME], (settings[X_STREAM],)) - times[1]
        record_value(f64_1(ot, O_DELAYS), i64_1(ot, O_DELAYS_COUNT), late)
    clock = f64_1(ot, O_CLOCK)
    clock[tm.DAC_TIME], clock[tm.BLOCK_FRAME], clock[tm.CALLBACK_TIME] = times[2], delivered(ot), times[1]
    channels = settings[X_CHANNELS]
    outdata = carray(to_voidptr(output), (frames, channels), np.float32)
    mono, made = render(ot, frames)
    if made:
        columns = i64_1(ot, O_COLUMNS)
        for i in range(frames):
            for ch in range(channels):
                outdata[i, ch] = 0.0
            for k in range(columns.shape[0]):
                outdata[i, columns[k]] = mono[i]
    else:
        for i in range(frames):
            for ch in range(channels):
                outdata[i, ch] = 0.0
        count_relaxed(counters, tm.CALLBACK_ERRORS, 1)
    count_relaxed(counters, tm.BLOCKS, 1)
    record_value(f64_1(ot, O_DURATIONS), i64_1(ot, O_DURATIONS_COUNT),
                 (now_ns(settings[X_CLOCK_GETTIME], scratch) - started) * 1e-9)
    return PA_CONTINUE


def _portaudio_callback(inp, output, frames, time_info, flags, user_data):
    # unsigned long in, int64 inside: numba would unify uint64 with int64 arithmetic as float64
    return output_block(table_at(address_of(user_data), N_OUTPUT_ARRAYS), address_of(inp), address_of(output),
                        np.int64(frames), address_of(time_info), np.int64(flags))


PA_CALLBACK = types.int32(types.voidptr, types.voidptr, types.uint64, types.voidptr, types.uint64, types.voidptr)
_CALLBACK = []


def callback_address() -> int:
    """The address of the compiled PortAudio callback (compiled, or loaded from the cache, on first use)."""
    if not _CALLBACK:
        _CALLBACK.append(cfunc(PA_CALLBACK, nogil=True, cache=True, error_model="numpy")(_portaudio_callback))
    return _CALLBACK[0].address


class OutputTable:
    """The output's address table: what :func:`output_block` reads and writes, all made here or given."""

    def __init__(self, *, channels: int, columns: np.ndarray, telemetry: tm.Telemetry, max_block: int,
                 converted: np.ndarray, player=None, ahead=None, resampler=None, recorder=None, live_input=None):
        self.settings = np.zeros(N_X, np.int64)
        self.limits = np.zeros(1, np.float64)
        self.scratch = np.zeros(2, np.int64)
        spare_f32, spare_i64 = np.zeros(1, np.float32), np.zeros(2, np.int64)
        s = self.settings
        s[X_CHANNELS], s[X_CLOCK_GETTIME], s[X_MAX_BLOCK] = channels, clock_gettime_address(), max_block
        table = self.table = AddressTable(N_OUTPUT_ARRAYS)
        for k, array in ((O_SETTINGS, s), (O_LIMITS, self.limits), (O_SCRATCH, self.scratch),
                         (O_COUNTERS, telemetry.counters), (O_DURATIONS, telemetry.durations.values),
                         (O_DURATIONS_COUNT, telemetry.durations.count), (O_DELAYS, telemetry.delays.values),
                         (O_DELAYS_COUNT, telemetry.delays.count), (O_CLOCK, telemetry.clock),
                         (O_COLUMNS, columns), (O_CONVERTED, converted)):
            table[k] = array
        if ahead is not None:
            s[X_AHEAD] = 1
            for k, array in ((O_AHEAD_BUFFER, ahead.ring.buffer), (O_AHEAD_COUNTERS, ahead.ring.counters),
                             (O_AHEAD_STATE, ahead.state), (O_AHEAD_OUT, ahead.out)):
                table[k] = array
            table[O_PLAYER] = spare_i64
        else:
            table[O_PLAYER] = player.table.table
            for k in (O_AHEAD_BUFFER, O_AHEAD_OUT):
                table[k] = spare_f32
            table[O_AHEAD_COUNTERS], table[O_AHEAD_STATE] = spare_i64, spare_i64.copy()
        if resampler is not None:
            s[X_RESAMPLING], s[X_STEP], s[X_DEN], s[X_TAPS] = 1, resampler.step, resampler.den, resampler.taps
            self.limits[L_RESAMPLER_CEILING] = resampler.ceiling
            table[O_HISTORY], table[O_RESAMPLER_STATE] = resampler.history, resampler.state
            table[O_RESAMPLER_TABLE] = np.ascontiguousarray(resampler.table)
        else:
            table[O_HISTORY], table[O_RESAMPLER_STATE] = spare_f32, spare_i64.copy()
            table[O_RESAMPLER_TABLE] = np.zeros((1, 1), np.float64)
        if recorder is not None:
            for k, array in ((O_RECORDER_BUFFER, recorder.ring.buffer), (O_RECORDER_COUNTERS, recorder.ring.counters),
                             (O_RECORDER_ACTIVE, recorder.active), (O_RECORDER_DROPPED, recorder.dropped)):
                table[k] = array
        else:
            table[O_RECORDER_BUFFER] = spare_f32
            table[O_RECORDER_COUNTERS] = spare_i64.copy()
            table[O_RECORDER_ACTIVE], table[O_RECORDER_DROPPED] = np.zeros(1, np.int64), np.zeros(1, np.int64)

        self._input(live_input)

    def _input(self, live) -> None:
        """The input half's arrays (spares for an output-only stream)."""
        table, s = self.table, self.settings
        if live is None:
            for k in (O_INPUT_LINE, O_IN_HISTORY, O_IN_CONVERTED):
                table[k] = np.zeros(1, np.float32)
            table[O_INPUT_LINE_STATE], table[O_IN_RESAMPLER_STATE] = np.zeros(2, np.int64), np.zeros(2, np.int64)
            table[O_IN_RESAMPLER_TABLE] = np.zeros((1, 1), np.float64)
            return
        s[X_IN_CHANNELS], s[X_IN_CHANNEL] = live.n_channels, live.channel
        table[O_INPUT_LINE], table[O_INPUT_LINE_STATE] = live.line.buffer, live.line.state
        table[O_IN_CONVERTED] = live.converted
        history, rstate, filter_table, resampling, step, den, taps = live.filter
        s[X_IN_RESAMPLING], s[X_IN_STEP], s[X_IN_DEN], s[X_IN_TAPS] = int(resampling), step, den, taps
        table[O_IN_HISTORY], table[O_IN_RESAMPLER_STATE], table[O_IN_RESAMPLER_TABLE] = history, rstate, filter_table

    def attach(self, stream_address: int, stream_time_address: int) -> None:
        """The opened stream, for the start-delay timing (before the stream starts)."""
        self.settings[X_STREAM_TIME], self.settings[X_STREAM] = stream_time_address, stream_address

    @property
    def address(self) -> int:
        return self.table.address

    def warm(self) -> None:
        """Compile the callback, and every kernel it calls, before the stream opens."""
        callback_address()
