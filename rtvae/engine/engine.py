"""The engine: every sample rtvae plays comes out of :meth:`Engine.process`.

The audio callback calls it once per block; the offline renderer calls it in a loop.
Given the same control records with the same due frames, both produce the same samples
bit for bit, whatever the block sizes.

Per block: control records are drained from the ring (at most ``max_drain``) into a
pending list; then, for every hop that must start before the block is full, the records
due by that hop are applied, the latent slews toward its target, is sampled at the live
temperature, and all these hops are decoded as one batch and overlap-added into a FIFO.
The block is then taken from the FIFO through a gain ramp.

Words: *frames* are output samples at the model's rate (``n_frames``, due frames, the
clock); a *window* is one decoded window, one per hop.

Latency: a record drained at the start of a block is heard from the next hop that has not
been synthesised yet, i.e. after the FIFO's backlog, which is always below one hop
(:attr:`Engine.latency_samples`). A record with a due frame is applied on the hop that
contains that frame, so a latent due on a hop's first frame is heard from that frame on
(:attr:`Engine.timed_latency_samples`, the overlap-add's own: 0).

Everything is allocated in the constructor; ``process`` only runs compiled kernels and one
ONNX Runtime call on preallocated buffers. :meth:`warm` compiles and runs them once so
nothing is compiled after the stream opens.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rtvae.engine import controls as c
from rtvae.engine.interp import MESO, Slot, empty_sources, interp_hop
from rtvae.engine.limits import MAX_BLOCK
from rtvae.engine.overlap_add import OverlapAdd
from rtvae.engine.ring import ControlRing, pop_record
from rtvae.model.directory import ModelDirectory

# Engine clock and FIFO state, one int64 array: frames are output frames at the model rate.
K_NEXT_HOP, K_OUT_FRAME, K_FIFO, K_N_PENDING = range(4)
# Engine counters (int64), written by the thread that runs process().
N_APPLIED, N_LATE, N_DEFERRED, N_UNKNOWN, N_HOPS, N_BLOCKS = range(6)
GAIN_RAMP_MS = 10.0
MAX_DRAIN = 64
MAX_PENDING = 256
WARM_DECODES = 160


@njit(cache=True)
def drain(slots, ring_counters, pending, state, max_drain, counters):
    """Move up to ``max_drain`` records from the ring into the pending list."""
    moved = 0
    while moved < max_drain:
        if state[K_N_PENDING] >= pending.shape[0]:
            counters[N_DEFERRED] += 1  # left in the ring for the next block
            break
        if not pop_record(slots, ring_counters, pending[state[K_N_PENDING]]):
            break
        state[K_N_PENDING] += 1
        moved += 1
    return moved


@njit(cache=True)
def apply_due(pending, state, hop_frame, target, sigma, params, counters):
    """Apply (in arrival order) and remove every pending record due before the hop ends.

    A record is due on the hop that contains its frame, so a timed change is heard from
    that hop's start: never late, at most one hop early.
    """
    kept = 0
    hop_end = hop_frame + params[c.P_HOP]
    for r in range(state[K_N_PENDING]):
        due = pending[r, c.DUE]
        if due < hop_end:
            if not c.apply_record(pending[r], target, sigma, params):
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
def prepare_hops(n_hops, pending, state, target, sigma, current, params, rng_state, latents, fifo_gain, counters,
                 mu_a, lv_a, mu_b, lv_b, curve):
    """Apply due records, interpolate, slew and sample the latent for each of ``n_hops`` new hops."""
    hop = int(params[c.P_HOP])
    for j in range(n_hops):
        hop_frame = state[K_NEXT_HOP]
        apply_due(pending, state, hop_frame, target, sigma, params, counters)
        interp_hop(mu_a, lv_a, mu_b, lv_b, curve, params, target, sigma)
        smooth_samples = params[c.P_SMOOTH_MS] * params[c.P_SAMPLE_RATE] / 1000.0
        # A playing sequence is followed exactly: slewing its windows would blur them into noise.
        following = params[c.P_STRATEGY] > 0 and mu_a.shape[0] > 0
        alpha = 1.0 if smooth_samples <= 0 or following else 1.0 - math.exp(-hop / smooth_samples)
        temperature = params[c.P_TEMPERATURE]
        for i in range(target.shape[0]):
            if alpha == 1.0:
                current[i] = target[i]  # exactly: a trajectory is played as written
            else:
                current[i] += alpha * (target[i] - current[i])
            z = current[i]
            if temperature > 0:
                z += temperature * sigma[i] * normal(rng_state)
            latents[j, i] = z
        gain = 0.0 if params[c.P_MUTE] > 0 else params[c.P_GAIN]
        base = state[K_FIFO] + j * hop
        for i in range(hop):
            fifo_gain[base + i] = gain
        state[K_NEXT_HOP] = hop_frame + hop
        counters[N_HOPS] += 1


@njit(cache=True)
def emit(n, fifo, fifo_gain, state, params, ramp_step, out):
    """Take ``n`` samples from the FIFO through the gain ramp; shift the rest down."""
    gain = params[c.P_GAIN_NOW]
    for i in range(n):
        goal = fifo_gain[i]
        if gain < goal:
            gain = min(goal, gain + ramp_step)
        elif gain > goal:
            gain = max(goal, gain - ramp_step)
        out[i] = fifo[i] * gain
    params[c.P_GAIN_NOW] = gain
    left = state[K_FIFO] - n
    for i in range(left):
        fifo[i] = fifo[n + i]
        fifo_gain[i] = fifo_gain[n + i]
    state[K_FIFO] = left
    state[K_OUT_FRAME] += n


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
        decoder: a decoder to use instead of the model's ONNX one (same interface).

    Build engines with :func:`rtvae.engine.factory.build_engine`, which reads these from
    the ``synth`` config section, so that a server and a render start alike.
    """

    def __init__(self, model: ModelDirectory, *, hop: int = 256, synthesis: str = "ola",
                 max_block: int = MAX_BLOCK, int8: bool = False, smooth_ms: float = 20.0,
                 temperature: float = 0.0, gain: float = 1.0, seed: int = 0, ring_capacity: int = 1024,
                 decoder=None):
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
        self.counters = np.zeros(6, np.int64)
        self.target = self.start_latent()
        self.sigma = self.start_sigma()
        self.current = self.target.copy()
        self.params = np.zeros(c.N_PARAMS, np.float64)
        self.params[[c.P_SMOOTH_MS, c.P_TEMPERATURE, c.P_GAIN, c.P_GAIN_NOW]] = smooth_ms, temperature, gain, gain
        self.params[[c.P_SAMPLE_RATE, c.P_HOP]] = self.sample_rate, self.hop
        self.rng_state = np.array([(seed * 0x9E3779B97F4A7C15 & (2**64 - 1)) | 1], np.uint64)  # never zero
        self.fifo = np.zeros(max_hops * self.hop + self.hop, np.float32)
        self.fifo_gain = np.zeros_like(self.fifo)
        self.out = np.zeros(max_block, np.float32)
        self.ramp_step = 1.0 / (GAIN_RAMP_MS * self.sample_rate / 1000.0)
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
        """Produce the next ``n_frames`` samples (float32, a view of a reused buffer)."""
        drain(self.ring.slots, self.ring.counters, self.pending, self.state, MAX_DRAIN, self.counters)
        missing = n_frames - self.state[K_FIFO]
        if missing > 0:
            n_hops = -(-missing // self.hop)
            mu_a, lv_a, mu_b, lv_b = self.sources.take()
            prepare_hops(n_hops, self.pending, self.state, self.target, self.sigma, self.current, self.params,
                         self.rng_state, self.decoder.latents, self.fifo_gain, self.counters,
                         mu_a, lv_a, mu_b, lv_b, self.curve.take())
            self.decoder.decode(n_hops)
            self.overlap_add.add(self.decoder.windows, n_hops, self.fifo, self.state[K_FIFO])
            self.state[K_FIFO] += n_hops * self.hop
        emit(n_frames, self.fifo, self.fifo_gain, self.state, self.params, self.ramp_step, self.out)
        self.counters[N_BLOCKS] += 1
        return self.out[:n_frames]

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
        kept = (self.state, self.counters, self.current, self.target, self.sigma, self.params, self.rng_state)
        snapshot = [a.copy() for a in kept]
        self.process(min(self.max_block, self.hop + 1))
        self._warm_interpolation()
        for array, saved in zip(kept, snapshot):
            array[:] = saved
        for n in range(1, self.decoder.max_batch + 1):  # ONNX Runtime sizes its buffers per batch
            self.decoder.decode(n)
        for _ in range(WARM_DECODES):  # its Python binding keeps a small object per run for the first ~128
            self.decoder.decode(1)
        self.overlap_add.reset()
        self.fifo[:] = 0
