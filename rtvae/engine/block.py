"""One engine block, compiled, over the engine's address table: what every sample goes through.

:func:`engine_block` is the whole of a block with no Python between its parts: drain the
ring, apply due records, interpolate, slew and sample each new hop, decode them in one
batch (the compiled decoder kernel, :mod:`rtvae.engine.kernel_decoder`, or one ``OrtApi::Run``,
:func:`rtvae.engine.ort_capi.run_decode`), overlap-add, gain ramp, limit,
count. It takes only the table (:mod:`rtvae.engine.addresses`), so the same function runs
in the PortAudio callback (entered from C, never taking the GIL), in the ahead worker and in
the offline renderer: one engine, bit for bit.

A decoder that is Python (the torch baseline, a test's fault injector) splits the same flow
around its call: :func:`begin_block`, ``decoder.decode(n_hops)``, :func:`end_block`.

Nothing here may raise: an exception in a cfunc would need the interpreter. Indices are
never bounds-checked (numba's default) and every division has a non-zero divisor. A decode
that fails is played like a non-finite block (silence, the voice reset) and counted; its
``OrtStatus*`` is parked in the state for the control side to read and release, so nothing
is freed here either (if one is already parked, the newer is released at once: an error
path, where a free is the lesser harm than a leak).
"""

from __future__ import annotations

from numba import njit

from rtvae.engine import controls as c
from rtvae.engine.addresses import f32_1, f32_2, f64_1, f64_2, i64_1, u64_1
from rtvae.engine.handover import take_bank
from rtvae.engine.kernels import (K_FIFO, K_FINITE, K_HOPS, K_NEXT_HOP, K_STATUS, MAX_DRAIN, N_BLOCKS, N_DECODE_ERRORS,
                                  N_LIMITED, N_NONFINITE, all_finite, drain, emit, flush, prepare_hop,
                                  reset_voice)
from rtvae.engine.live_input import input_hop, remember_output, set_base
from rtvae.engine.kernel_decoder import decode_layers
from rtvae.engine.limiter import L_GAIN, limit
from rtvae.engine.ort_capi import T_RELEASE_STATUS, call_address, run_decode
from rtvae.engine.overlap_add import add_windows
from rtvae.engine.ring import push_row

# Entries of an engine's address table.
(E_RING, E_RING_COUNTERS, E_PENDING, E_STATE, E_COUNTERS, E_START, E_TARGET, E_SIGMA, E_CURRENT, E_OFFSET,
 E_PARAMS, E_RNG, E_FIFO, E_FIFO_GAIN, E_OUT, E_LIMITER, E_LATENTS, E_WINDOWS, E_WEIGHTS, E_ACCUMULATOR,
 E_SETTINGS, E_RUN, E_SOURCES, E_CURVE, E_KERNEL) = range(25)
# Live input (rtvae.engine.live_input): the input line and its state, the engine's own recent output
# (for feedback), the input transform (offset, scale, held), the encoder's table and its buffers.
(E_INPUT_LINE, E_INPUT_LINE_STATE, E_OUT_LINE, E_TRANSFORM, E_ENCODER, E_ENCODE_WINDOWS, E_ENCODE_MU,
 E_ENCODE_LOGVAR) = range(25, 33)
# The latent tap: every hop's latent (its frame, then the values) for the control side, while P_LATENT_TAP.
E_TAP, E_TAP_COUNTERS = 33, 34
N_ENGINE_ARRAYS = 35
# E_SETTINGS (float64): fixed at construction.
S_RAMP_STEP, S_LIMITER, S_DECODER = range(3)
N_SETTINGS = 3
# S_DECODER: how the compiled block decodes (PYTHON: it does not; the engine calls the decoder between halves).
PYTHON, KERNEL, ONNXRUNTIME = range(3)
DECODERS = {"kernel": KERNEL, "onnxruntime": ONNXRUNTIME}
N_SOURCES = 4  # mu_a, logvar_a, mu_b, logvar_b


@njit(nogil=True, cache=True, error_model="numpy")
def begin_block(t, n_frames):
    """Drain, then apply, interpolate, slew and sample every hop the block needs; returns their number."""
    state, counters, params = i64_1(t, E_STATE), i64_1(t, E_COUNTERS), f64_1(t, E_PARAMS)
    pending = f64_2(t, E_PENDING)
    hop = int(params[c.P_HOP])
    drain(f64_2(t, E_RING), i64_1(t, E_RING_COUNTERS), pending, state, hop, MAX_DRAIN, counters)
    missing = n_frames - state[K_FIFO]
    n_hops = (missing + hop - 1) // hop if missing > 0 else 0
    state[K_HOPS], state[K_FINITE] = n_hops, 1
    live = params[c.P_INPUT_ON] > 0
    if live:
        set_base(state, i64_1(t, E_INPUT_LINE_STATE))
    if n_hops > 0:
        sources = take_bank(i64_1(t, E_SOURCES), N_SOURCES)
        curve = f64_1(take_bank(i64_1(t, E_CURVE), 1), 0)
        target, sigma, current, offset = f64_1(t, E_TARGET), f64_1(t, E_SIGMA), f64_1(t, E_CURRENT), f64_1(t, E_OFFSET)
        rng, latents, fifo_gain = u64_1(t, E_RNG), f32_2(t, E_LATENTS), f32_1(t, E_FIFO_GAIN)
        transform = f64_2(t, E_TRANSFORM)
        for j in range(n_hops):
            if not prepare_hop(j, pending, state, target, sigma, current, offset, params, rng, latents, fifo_gain,
                               counters, f32_2(sources, 0), f32_2(sources, 1), f32_2(sources, 2), f32_2(sources, 3),
                               curve, f64_2(t, E_START), transform):
                state[K_FINITE] = 0
            if live and not input_hop(j, f32_1(t, E_INPUT_LINE), i64_1(t, E_INPUT_LINE_STATE), f32_1(t, E_OUT_LINE),
                                      state, params, rng, latents, offset, transform, fifo_gain, state[K_FIFO],
                                      i64_1(t, E_ENCODER), f32_2(t, E_ENCODE_WINDOWS), f32_2(t, E_ENCODE_MU),
                                      f32_2(t, E_ENCODE_LOGVAR), counters):
                state[K_FINITE] = 0
            if params[c.P_LATENT_TAP] > 0:  # full: the oldest are kept, the reader is behind
                push_row(f64_2(t, E_TAP), i64_1(t, E_TAP_COUNTERS), state[K_NEXT_HOP] - hop, latents[j])
    return n_hops


@njit(nogil=True, cache=True, error_model="numpy")
def decode_failed(t, status):
    """A refused decode: the block is lost; the status is parked for the control side (see the module)."""
    state, run = i64_1(t, E_STATE), i64_1(t, E_RUN)
    state[K_FINITE] = 0
    i64_1(t, E_COUNTERS)[N_DECODE_ERRORS] += 1
    if status > 0:  # an OrtStatus* (BAD_BATCH is -1 and owns nothing)
        if state[K_STATUS] == 0:
            state[K_STATUS] = status
        elif run[T_RELEASE_STATUS] != 0:
            call_address(run[T_RELEASE_STATUS], (status,))


@njit(nogil=True, cache=True, error_model="numpy")
def recover(t, n_frames):
    """A non-finite block: silence, every state it may have poisoned reset, counted."""
    state, params = i64_1(t, E_STATE), f64_1(t, E_PARAMS)
    flush(n_frames, f32_1(t, E_OUT), f32_1(t, E_FIFO), state, f32_1(t, E_ACCUMULATOR), params)
    reset_voice(f64_2(t, E_START), f64_1(t, E_TARGET), f64_1(t, E_SIGMA), f64_1(t, E_CURRENT), f64_1(t, E_OFFSET),
                params)
    f64_1(t, E_LIMITER)[L_GAIN] = 1.0
    i64_1(t, E_COUNTERS)[N_NONFINITE] += 1


@njit(nogil=True, cache=True, error_model="numpy")
def end_block(t, n_frames):
    """Overlap-add the decoded hops, take the block through the gain ramp and the limiter."""
    state, counters, params, settings = i64_1(t, E_STATE), i64_1(t, E_COUNTERS), f64_1(t, E_PARAMS), f64_1(t, E_SETTINGS)
    fifo, out, limiter = f32_1(t, E_FIFO), f32_1(t, E_OUT), f64_1(t, E_LIMITER)
    n_hops, finite = state[K_HOPS], state[K_FINITE] != 0
    if n_hops > 0:
        windows = f32_2(t, E_WINDOWS)
        finite = all_finite(windows, n_hops) and finite
        hop = int(params[c.P_HOP])
        add_windows(windows, n_hops, f32_1(t, E_WEIGHTS), f32_1(t, E_ACCUMULATOR), hop, fifo, state[K_FIFO])
        state[K_FIFO] += n_hops * hop
    finite = emit(n_frames, fifo, f32_1(t, E_FIFO_GAIN), state, params, settings[S_RAMP_STEP], out) and finite
    if not finite:
        recover(t, n_frames)
    elif settings[S_LIMITER] > 0 and limit(out, n_frames, limiter):
        counters[N_LIMITED] += 1
    if params[c.P_INPUT_ON] > 0:
        remember_output(f32_1(t, E_OUT_LINE), state, out, n_frames)
    counters[N_BLOCKS] += 1


@njit(nogil=True, cache=True, error_model="numpy")
def engine_block(t, n_frames):
    """The next ``n_frames`` samples into the engine's ``out`` (a C API decoder: no Python anywhere)."""
    n_hops = begin_block(t, n_frames)
    if n_hops > 0:
        if f64_1(t, E_SETTINGS)[S_DECODER] == KERNEL:
            decode_layers(i64_1(t, E_KERNEL), f32_2(t, E_LATENTS), n_hops)
        else:
            status = run_decode(i64_1(t, E_RUN), n_hops)
            if status != 0:
                decode_failed(t, status)
    end_block(t, n_frames)
