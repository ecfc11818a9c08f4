"""The engine's per-hop kernels (numba): drain, apply, slew and sample, emit, reset.

:mod:`rtvae.engine.block` runs them in a block's order over an engine's address table;
:class:`rtvae.engine.engine.Engine` allocates what they work on. See the engine's module for
the block's contract (timing, latency, the failure model).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rtvae.engine import controls as c
from rtvae.engine.interp import OFF, interp_hop
from rtvae.engine.ring import discard_record, oldest_row

# Engine clock and FIFO state, one int64 array: frames are output frames at the model rate.
K_NEXT_HOP, K_OUT_FRAME, K_FIFO, K_N_PENDING = range(4)
# What one block passes from its first half to its second (rtvae.engine.block): hops to decode,
# whether all it made so far is finite, and a failed decode's OrtStatus* for the control side.
K_HOPS, K_FINITE, K_STATUS = range(4, 7)
# Live input: the input line's index of this engine's frame 0 (set on its first block; a hot-swapped
# engine starts mid-stream), and whether it is set.
K_INPUT_BASE, K_INPUT_BASE_SET = 7, 8
N_STATE = 9
# Engine counters (int64), written by the thread that runs process(). Read them by name:
# N_NONFINITE: blocks played as silence because something in them was not finite;
# N_LIMITED: blocks in which the output limiter's gain was below 1; N_TIMED_DROPPED: future records refused
# because MAX_FUTURE were already held; N_REJECTED: records refused for a non-finite value.
N_APPLIED, N_LATE, N_DEFERRED, N_UNKNOWN, N_HOPS, N_BLOCKS = range(6)
N_NONFINITE, N_LIMITED, N_TIMED_DROPPED, N_REJECTED = range(6, 10)
N_DECODE_ERRORS = 10  # decodes ONNX Runtime refused (played as silence, like a non-finite block)
# Live input: samples an encoded window asked for before they were written (the input delay too
# short for the stream: never, by construction), and hops the input gate kept silent.
N_INPUT_EARLY, N_INPUT_GATED = 11, 12
N_COUNTERS = 13
GAIN_RAMP_MS = 10.0
MAX_DRAIN = 64
# Future records (not due on the next hop) held at most; the pending list has room for
# MAX_DRAIN-sized bursts of due records beyond them, so the present is always drained.
MAX_FUTURE = 256
MAX_PENDING = MAX_FUTURE + 2 * MAX_DRAIN
WARM_DECODES = 160


@njit(cache=True, error_model="numpy")
def count_future(pending, n_pending, horizon):
    """Pending records due on or after ``horizon`` (not on the next hop)."""
    n = 0
    for r in range(n_pending):
        if pending[r, c.DUE] >= horizon:
            n += 1
    return n


@njit(cache=True, error_model="numpy")
def drain(slots, ring_counters, pending, state, hop, max_drain, counters):
    """Move up to ``max_drain`` records from the ring into the pending list, in arrival order.

    Timetags cannot starve the present: a record due on the next hop (an immediate, a late
    one) leaves the list on that hop, only future ones stay. So at most ``MAX_FUTURE``
    future records are held and any more are dropped on arrival (``N_TIMED_DROPPED``),
    which keeps ``2 * max_drain`` rows free for what is due. The newest is dropped, so a
    flood cannot evict a schedule already accepted (the control side refuses such
    records first, with an error). A dropped record is consumed in place, without a copy,
    and does not count toward ``max_drain``: an immediate behind any number of future
    records is reached within ``MAX_FUTURE / max_drain + 1`` blocks. One list in arrival
    order keeps records due on the same hop in the order they came. A record with a
    non-finite value is refused whole (``N_REJECTED``).
    """
    horizon = state[K_NEXT_HOP] + hop  # a record due before this applies on the next hop
    n_future = count_future(pending, state[K_N_PENDING], horizon)
    moved, dropped = 0, 0
    while moved < max_drain and dropped < slots.shape[0]:
        row = oldest_row(slots, ring_counters)
        if row < 0:
            break
        record = slots[row]
        future = record[c.DUE] >= horizon
        if not c.is_finite_record(record):
            counters[N_REJECTED] += 1
            moved += 1  # checked like a copy: it counts toward the cap
        elif future and n_future >= MAX_FUTURE:
            counters[N_TIMED_DROPPED] += 1
            dropped += 1
        elif state[K_N_PENDING] >= pending.shape[0]:
            counters[N_DEFERRED] += 1  # left in the ring for the next block
            break
        else:
            for i in range(pending.shape[1]):
                pending[state[K_N_PENDING], i] = record[i]
            state[K_N_PENDING] += 1
            n_future += 1 if future else 0
            moved += 1
        discard_record(ring_counters)
    return moved


@njit(cache=True, error_model="numpy")
def apply_due(pending, state, hop_frame, target, sigma, offset, params, transform, counters):
    """Apply (in arrival order) and remove every pending record due before the hop ends.

    A record is due on the hop that contains its frame, so a timed change is heard from
    that hop's start: never late, at most one hop early.
    """
    kept = 0
    hop_end = hop_frame + params[c.P_HOP]
    for r in range(state[K_N_PENDING]):
        due = pending[r, c.DUE]
        if due < hop_end:
            if not c.apply_record(pending[r], target, sigma, offset, params, transform):
                counters[N_UNKNOWN] += 1
            counters[N_APPLIED] += 1
            if due >= 0 and due < hop_frame:
                counters[N_LATE] += 1  # arrived after its hop had been synthesised
        else:
            if kept != r:
                for i in range(pending.shape[1]):
                    pending[kept, i] = pending[r, i]
            kept += 1
    state[K_N_PENDING] = kept


@njit(cache=True, error_model="numpy")
def uniform(rng_state):
    """A uniform draw in [0, 1) from xorshift64*, the engine's own seeded generator."""
    x = rng_state[0]
    x ^= x >> np.uint64(12)
    x ^= x << np.uint64(25)
    x ^= x >> np.uint64(27)
    rng_state[0] = x
    return ((x * np.uint64(2685821657736338717)) >> np.uint64(11)) * (1.0 / 9007199254740992.0)


@njit(cache=True, error_model="numpy")
def normal(rng_state):
    """A standard normal draw (Box–Muller), so no library RNG state is shared or allocated."""
    u1 = max(uniform(rng_state), 1e-300)
    u2 = uniform(rng_state)
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


@njit(cache=True, error_model="numpy")
def reset_voice(start, target, sigma, current, offset, params):
    """Back to the start latent and sigma (``start[0]``, ``start[1]``), no offset, interpolation off."""
    for i in range(target.shape[0]):
        target[i] = start[0, i]
        current[i] = start[0, i]
        sigma[i] = start[1, i]
        offset[i] = 0.0
    params[c.P_STRATEGY], params[c.P_PLAYING], params[c.P_CURVE_VALUE] = OFF, 0.0, 0.0


@njit(cache=True, error_model="numpy")
def sample_latent(j, alpha, target, sigma, current, offset, params, rng_state, latents):
    """Slew ``current`` toward ``target`` and sample it, plus ``offset``, into ``latents[j]``; False if not finite."""
    temperature = params[c.P_TEMPERATURE]
    finite = True
    for i in range(target.shape[0]):
        if alpha == 1.0:
            current[i] = target[i]  # exactly: a trajectory is played as written
        else:
            current[i] += alpha * (target[i] - current[i])
        z = current[i] + offset[i]
        if temperature > 0:
            z += temperature * sigma[i] * normal(rng_state)
        latents[j, i] = z
        finite = finite and math.isfinite(latents[j, i])  # as the decoder reads it (float32)
    return finite


@njit(cache=True, error_model="numpy")
def prepare_hop(j, pending, state, target, sigma, current, offset, params, rng_state, latents, fifo_gain,
                counters, mu_a, lv_a, mu_b, lv_b, curve, start, transform):
    """Apply due records, interpolate, slew and sample the latent of the block's ``j``-th new hop.

    Returns False when an interpolated or sampled latent was not finite: that voice was
    reset to ``start`` on the spot (so the decoder never sees it) and the block is lost.
    """
    hop = int(params[c.P_HOP])
    finite = True
    hop_frame = state[K_NEXT_HOP]
    apply_due(pending, state, hop_frame, target, sigma, offset, params, transform, counters)
    if not interp_hop(mu_a, lv_a, mu_b, lv_b, curve, params, target, sigma):
        finite = False
        reset_voice(start, target, sigma, current, offset, params)
    smooth_samples = params[c.P_SMOOTH_MS] * params[c.P_SAMPLE_RATE] / 1000.0
    # A playing sequence is followed exactly: slewing its windows would blur them into noise; so is
    # a series frame (/rtvae/z/stream), on its hop.
    following = (params[c.P_STRATEGY] > 0 and mu_a.shape[0] > 0) or params[c.P_JUMP] > 0
    params[c.P_JUMP] = 0.0
    alpha = 1.0 if smooth_samples <= 0 or following else 1.0 - math.exp(-hop / smooth_samples)
    if not sample_latent(j, alpha, target, sigma, current, offset, params, rng_state, latents):
        finite = False
        reset_voice(start, target, sigma, current, offset, params)
        for i in range(target.shape[0]):
            latents[j, i] = current[i]  # the offset was reset with the voice
    gain = 0.0 if params[c.P_MUTE] > 0 else params[c.P_GAIN]
    base = state[K_FIFO] + j * hop
    for i in range(hop):
        fifo_gain[base + i] = gain
    state[K_NEXT_HOP] = hop_frame + hop
    counters[N_HOPS] += 1
    return finite


@njit(cache=True, error_model="numpy")
def all_finite(windows, n):
    """True when every value of ``windows[:n]`` is finite (the decoder's output)."""
    for k in range(n):
        for i in range(windows.shape[1]):
            if not math.isfinite(windows[k, i]):
                return False
    return True


@njit(cache=True, error_model="numpy")
def emit(n, fifo, fifo_gain, state, params, ramp_step, out):
    """Take ``n`` samples from the FIFO through the gain ramp; shift the rest down.

    At gain 0 (muted, once the ramp is down) the samples are exact zeros, whatever the
    FIFO holds. Returns False when a sample played was not finite.
    """
    gain = params[c.P_GAIN_NOW]
    finite = True
    for i in range(n):
        goal = fifo_gain[i]
        if gain < goal:
            gain = min(goal, gain + ramp_step)
        elif gain > goal:
            gain = max(goal, gain - ramp_step)
        if gain == 0.0:
            out[i] = 0.0  # NaN × 0 is NaN: silence is written, not computed
        else:
            out[i] = fifo[i] * gain
            finite = finite and math.isfinite(out[i])
    params[c.P_GAIN_NOW] = gain
    left = state[K_FIFO] - n
    for i in range(left):
        fifo[i] = fifo[n + i]
        fifo_gain[i] = fifo_gain[n + i]
    state[K_FIFO] = left
    state[K_OUT_FRAME] += n
    return finite


@njit(cache=True, error_model="numpy")
def flush(n, out, fifo, state, accumulator, params):
    """Silence this block and everything already synthesised after it; ramp the gain in from 0."""
    for i in range(n):
        out[i] = 0.0
    for i in range(state[K_FIFO]):
        fifo[i] = 0.0
    for i in range(accumulator.shape[0]):
        accumulator[i] = 0.0
    params[c.P_GAIN_NOW] = 0.0
