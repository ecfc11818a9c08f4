"""The engine: every sample rtvae plays comes out of :meth:`Engine.process`.

The audio callback calls it once per block; the offline renderer calls it in a loop.
Given the same control records with the same due frames, both produce the same samples
bit for bit, whatever the block sizes.

Per block: control records are drained from the ring (at most ``max_drain``) into a
pending list; then, for every hop that must start before the block is full, the records
due by that hop are applied, the latent slews toward its target, is sampled at the live
temperature, and all these hops are decoded as one batch and overlap-added into a FIFO.
The block is then taken from the FIFO through a gain ramp and the output limiter
(:mod:`rtvae.engine.limiter`: nothing above ``ceiling_db`` leaves, nothing below it is
touched).

Failure model: nothing non-finite is ever played. A record with a non-finite value is
refused whole (``N_REJECTED``). The interpolated target and sigma, the slewed and sampled
latent, the decoded windows and the output are checked as they are made; a block where
any is not finite is played as silence and the poisoned state is reset (latent and sigma
back to the start, interpolation off, the overlap-add and FIFO tails zeroed, the gain
ramp from 0), counted once in ``N_NONFINITE``. Mute (gain 0) plays exact zeros.

Words: *frames* are output samples at the model's rate (``n_frames``, due frames, the
clock); a *window* is one decoded window, one per hop.

Latency: a record drained at the start of a block is heard from the next hop that has not
been synthesised yet, i.e. after the FIFO's backlog, which is always below one hop
(:attr:`Engine.latency_samples`). A record with a due frame is applied on the hop that
contains that frame, so a latent due on a hop's first frame is heard from that frame on
(:attr:`Engine.timed_latency_samples`, the overlap-add's own: 0). At most ``MAX_FUTURE``
records that are not yet due are held; more are dropped and counted (:func:`drain`).

Everything is allocated in the constructor; ``process`` only runs compiled kernels and one
ONNX Runtime call on preallocated buffers. :meth:`warm` compiles and runs them once so
nothing is compiled after the stream opens.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rtvae.engine import controls as c
from rtvae.engine.interp import MESO, OFF, Slot, empty_sources, interp_hop
from rtvae.engine.limiter import L_GAIN, Limiter, limit
from rtvae.engine.limits import MAX_BLOCK
from rtvae.engine.overlap_add import OverlapAdd
from rtvae.engine.ring import ControlRing, discard_record, oldest_row
from rtvae.model.directory import ModelDirectory

# Engine clock and FIFO state, one int64 array: frames are output frames at the model rate.
K_NEXT_HOP, K_OUT_FRAME, K_FIFO, K_N_PENDING = range(4)
# Engine counters (int64), written by the thread that runs process(). Read them by name:
# N_NONFINITE: blocks played as silence because something in them was not finite;
# N_LIMITED: blocks in which the output limiter's gain was below 1; N_TIMED_DROPPED: future records refused
# because MAX_FUTURE were already held; N_REJECTED: records refused for a non-finite value.
N_APPLIED, N_LATE, N_DEFERRED, N_UNKNOWN, N_HOPS, N_BLOCKS = range(6)
N_NONFINITE, N_LIMITED, N_TIMED_DROPPED, N_REJECTED = range(6, 10)
N_COUNTERS = 10
GAIN_RAMP_MS = 10.0
MAX_DRAIN = 64
# Future records (not due on the next hop) held at most; the pending list has room for
# MAX_DRAIN-sized bursts of due records beyond them, so the present is always drained.
MAX_FUTURE = 256
MAX_PENDING = MAX_FUTURE + 2 * MAX_DRAIN
WARM_DECODES = 160


@njit(cache=True)
def count_future(pending, n_pending, horizon):
    """Pending records due on or after ``horizon`` (not on the next hop)."""
    n = 0
    for r in range(n_pending):
        if pending[r, c.DUE] >= horizon:
            n += 1
    return n


@njit(cache=True)
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


@njit(cache=True)
def apply_due(pending, state, hop_frame, target, sigma, offset, params, counters):
    """Apply (in arrival order) and remove every pending record due before the hop ends.

    A record is due on the hop that contains its frame, so a timed change is heard from
    that hop's start: never late, at most one hop early.
    """
    kept = 0
    hop_end = hop_frame + params[c.P_HOP]
    for r in range(state[K_N_PENDING]):
        due = pending[r, c.DUE]
        if due < hop_end:
            if not c.apply_record(pending[r], target, sigma, offset, params):
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


@njit(cache=True)
def uniform(rng_state):
    """A uniform draw in [0, 1) from xorshift64*, the engine's own seeded generator."""
    x = rng_state[0]
    x ^= x >> np.uint64(12)
    x ^= x << np.uint64(25)
    x ^= x >> np.uint64(27)
    rng_state[0] = x
    return ((x * np.uint64(2685821657736338717)) >> np.uint64(11)) * (1.0 / 9007199254740992.0)


@njit(cache=True)
def normal(rng_state):
    """A standard normal draw (Box–Muller), so no library RNG state is shared or allocated."""
    u1 = max(uniform(rng_state), 1e-300)
    u2 = uniform(rng_state)
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


@njit(cache=True)
def reset_voice(start, target, sigma, current, offset, params):
    """Back to the start latent and sigma (``start[0]``, ``start[1]``), no offset, interpolation off."""
    for i in range(target.shape[0]):
        target[i] = start[0, i]
        current[i] = start[0, i]
        sigma[i] = start[1, i]
        offset[i] = 0.0
    params[c.P_STRATEGY], params[c.P_PLAYING], params[c.P_CURVE_VALUE] = OFF, 0.0, 0.0


@njit(cache=True)
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


@njit(cache=True)
def prepare_hops(n_hops, pending, state, target, sigma, current, offset, params, rng_state, latents, fifo_gain,
                 counters, mu_a, lv_a, mu_b, lv_b, curve, start):
    """Apply due records, interpolate, slew and sample the latent for each of ``n_hops`` new hops.

    Returns False when an interpolated or sampled latent was not finite: that voice was
    reset to ``start`` on the spot (so the decoder never sees it) and the block is lost.
    """
    hop = int(params[c.P_HOP])
    finite = True
    for j in range(n_hops):
        hop_frame = state[K_NEXT_HOP]
        apply_due(pending, state, hop_frame, target, sigma, offset, params, counters)
        if not interp_hop(mu_a, lv_a, mu_b, lv_b, curve, params, target, sigma):
            finite = False
            reset_voice(start, target, sigma, current, offset, params)
        smooth_samples = params[c.P_SMOOTH_MS] * params[c.P_SAMPLE_RATE] / 1000.0
        # A playing sequence is followed exactly: slewing its windows would blur them into noise.
        following = params[c.P_STRATEGY] > 0 and mu_a.shape[0] > 0
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


@njit(cache=True)
def all_finite(windows, n):
    """True when every value of ``windows[:n]`` is finite (the decoder's output)."""
    for k in range(n):
        for i in range(windows.shape[1]):
            if not math.isfinite(windows[k, i]):
                return False
    return True


@njit(cache=True)
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


@njit(cache=True)
def flush(n, out, fifo, state, accumulator, params):
    """Silence this block and everything already synthesised after it; ramp the gain in from 0."""
    for i in range(n):
        out[i] = 0.0
    for i in range(state[K_FIFO]):
        fifo[i] = 0.0
    for i in range(accumulator.shape[0]):
        accumulator[i] = 0.0
    params[c.P_GAIN_NOW] = 0.0


class Engine:
    """One model, one voice: latent target in, audio blocks out.

    Args:
        model: a verified model directory.
        hop: synthesis hop in samples (ola); the ``concat`` synthesis uses the window.
        synthesis: ``"ola"`` or ``"concat"`` (see :mod:`rtvae.engine.overlap_add`).
        max_block: the largest ``n_frames`` :meth:`process` will be asked for.
        int8: decode with the int8 decoder.
        smooth_ms, temperature, gain: initial dynamics.
        seed: seed of the sampling noise.
        ring_capacity: control records the ring holds.
        decoder: a decoder to use instead of the model's ONNX one (same interface:
            ``latents``, ``windows``, ``decode(n)``, ``max_batch``).
        limiter: limit the output to ``ceiling_db`` (False: raw output, no ceiling).
        ceiling_db: the limiter's ceiling in dBFS.

    Build engines with :func:`rtvae.engine.factory.build_engine`, which reads these from
    the ``synth`` config section, so that a server and a render start alike.
    """

    def __init__(self, model: ModelDirectory, *, hop: int = 256, synthesis: str = "ola",
                 max_block: int = MAX_BLOCK, int8: bool = False, smooth_ms: float = 20.0,
                 temperature: float = 0.0, gain: float = 1.0, seed: int = 0, ring_capacity: int = 1024,
                 decoder=None, limiter: bool = True, ceiling_db: float = -0.3):
        if not math.isfinite(ceiling_db):
            raise ValueError(f"ceiling_db must be a finite number of dBFS, got {ceiling_db!r}")
        card = model.card
        self.model, self.sample_rate, self.latent_size = model, card.sample_rate, card.latent_size
        self.overlap_add = OverlapAdd(card.window, hop, synthesis)
        self.hop, self.synthesis, self.max_block = self.overlap_add.hop, synthesis, max_block
        max_hops = max_block // self.hop + 2
        # Any object with latents/windows/decode(n) will do (benchmarks plug in torch here).
        self.decoder = decoder if decoder is not None else model.decoder(max_hops, int8=int8)
        self.ring = ControlRing(ring_capacity, c.record_width(self.latent_size))
        self.pending = np.zeros((MAX_PENDING, self.ring.width), np.float64)
        self.state = np.zeros(4, np.int64)
        self.counters = np.zeros(N_COUNTERS, np.int64)
        self.start = np.stack([self.start_latent(), self.start_sigma()])  # what a poisoned voice returns to
        self.target, self.sigma = self.start[0].copy(), self.start[1].copy()
        self.current = self.target.copy()
        self.offset = np.zeros_like(self.target)  # the knobs' displacement, on top of whatever sets the target
        self.params = np.zeros(c.N_PARAMS, np.float64)
        self.params[[c.P_SMOOTH_MS, c.P_TEMPERATURE, c.P_GAIN, c.P_GAIN_NOW]] = smooth_ms, temperature, gain, gain
        self.params[[c.P_SAMPLE_RATE, c.P_HOP]] = self.sample_rate, self.hop
        self.rng_state = np.array([(seed * 0x9E3779B97F4A7C15 & (2**64 - 1)) | 1], np.uint64)  # never zero
        self.fifo = np.zeros(max_hops * self.hop + self.hop, np.float32)
        self.fifo_gain = np.zeros_like(self.fifo)
        self.out = np.zeros(max_block, np.float32)
        self.ramp_step = 1.0 / (GAIN_RAMP_MS * self.sample_rate / 1000.0)
        self.limiter = Limiter(ceiling_db, self.sample_rate, limiter)
        # Interpolation sources (mu_a, logvar_a, mu_b, logvar_b) and the meso-scale curve.
        self.sources = Slot(empty_sources(self.latent_size))
        self.curve = Slot(np.ones(1, np.float64))

    def start_latent(self) -> np.ndarray:
        """Where a fresh engine sits: the corpus's mean latent (zeros without statistics)."""
        stats = self.model.card.latent_stats
        return np.array(stats.mean if stats else np.zeros(self.latent_size), np.float64)

    def start_sigma(self) -> np.ndarray:
        """Posterior spread used by temperature: the corpus's typical sigma, else ones."""
        stats = self.model.card.latent_stats
        spread = stats.posterior_std if stats and stats.posterior_std else [1.0] * self.latent_size
        return np.array(spread, np.float64)

    @property
    def frame(self) -> int:
        """Output frames produced so far (the engine's clock, at the model rate)."""
        return int(self.state[K_OUT_FRAME])

    @property
    def ceiling(self) -> float:
        """The largest sample magnitude that can leave :meth:`process` (inf with the limiter off)."""
        return self.limiter.ceiling

    @property
    def latency_samples(self) -> int:
        """Worst-case delay from a drained control to its first sample: one hop."""
        return self.hop

    @property
    def timed_latency_samples(self) -> int:
        """Delay from a record's due frame, on a hop's first frame, to its first sample.

        Such a record is applied on its own hop, and overlap-add adds no delay: 0.
        """
        return self.overlap_add.latency_samples

    def process(self, n_frames: int) -> np.ndarray:
        """Produce the next ``n_frames`` samples (float32, a view of a reused buffer).

        Always finite, and within ±:attr:`ceiling`; a block where anything was not
        finite is silence (see the module's failure model).
        """
        drain(self.ring.slots, self.ring.counters, self.pending, self.state, self.hop, MAX_DRAIN, self.counters)
        finite = True
        missing = n_frames - self.state[K_FIFO]
        if missing > 0:
            finite = self._synthesise(-(-missing // self.hop))
        finite = emit(n_frames, self.fifo, self.fifo_gain, self.state, self.params, self.ramp_step,
                      self.out) and finite
        if not finite:
            self._recover(n_frames)
        elif self.limiter.enabled and limit(self.out, n_frames, self.limiter.state):
            self.counters[N_LIMITED] += 1
        self.counters[N_BLOCKS] += 1
        return self.out[:n_frames]

    def _synthesise(self, n_hops: int) -> bool:
        """Decode ``n_hops`` new hops into the FIFO; False when anything in them was not finite."""
        mu_a, lv_a, mu_b, lv_b = self.sources.take()
        finite = prepare_hops(n_hops, self.pending, self.state, self.target, self.sigma, self.current, self.offset,
                              self.params, self.rng_state, self.decoder.latents, self.fifo_gain, self.counters,
                              mu_a, lv_a, mu_b, lv_b, self.curve.take(), self.start)
        self.decoder.decode(n_hops)
        finite = all_finite(self.decoder.windows, n_hops) and finite
        self.overlap_add.add(self.decoder.windows, n_hops, self.fifo, self.state[K_FIFO])
        self.state[K_FIFO] += n_hops * self.hop
        return finite

    def _recover(self, n_frames: int) -> None:
        """A non-finite block: play silence, reset every state it may have poisoned, count it."""
        flush(n_frames, self.out, self.fifo, self.state, self.overlap_add.accumulator, self.params)
        reset_voice(self.start, self.target, self.sigma, self.current, self.offset, self.params)
        self.limiter.state[L_GAIN] = 1.0
        self.counters[N_NONFINITE] += 1

    def _warm_interpolation(self) -> None:
        """Run the interpolation path once on a two-window source (its kernels compile here)."""
        two = np.zeros((2, self.latent_size), np.float32)
        previous = self.sources.current
        self.sources.current = (two, two, two, two)
        self.params[c.P_STRATEGY], self.params[c.P_PLAYING] = MESO, 1
        self.process(self.hop)
        self.sources.current = previous

    def warm(self) -> None:
        """Compile and run every kernel once, then return to a fresh state."""
        kept = (self.state, self.counters, self.current, self.target, self.sigma, self.offset, self.params,
                self.rng_state, self.limiter.state)
        snapshot = [a.copy() for a in kept]
        self.process(min(self.max_block, self.hop + 1))
        self._warm_interpolation()
        limit(self.out, 1, self.limiter.state)  # compiled even when off, or before it first acts
        self._recover(1)  # the non-finite path, compiled before it is needed
        for array, saved in zip(kept, snapshot):
            array[:] = saved
        for n in range(1, self.decoder.max_batch + 1):  # ONNX Runtime sizes its buffers per batch
            self.decoder.decode(n)
        for _ in range(WARM_DECODES):  # its Python binding keeps a small object per run for the first ~128
            self.decoder.decode(1)
        self.overlap_add.reset()
        self.fifo[:] = 0
