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

Everything is allocated in the constructor and listed in the engine's address table
(:attr:`Engine.table`); ``process`` is one compiled function over it
(:func:`rtvae.engine.block.engine_block`, decoding through ONNX Runtime's C API), which the
PortAudio callback also calls from C without the interpreter. :meth:`warm` compiles and runs
it once so nothing is compiled after the stream opens.
"""

from __future__ import annotations

import math

import numpy as np

from rtvae.engine import block as b
from rtvae.engine import controls as c
from rtvae.engine.addresses import AddressTable
from rtvae.engine.decoders import open_decoder
from rtvae.engine.handover import Handover
from rtvae.engine.interp import MESO, empty_sources
from rtvae.engine.kernels import (  # noqa: F401  (the engine's constants, read by name elsewhere)
    GAIN_RAMP_MS, K_FIFO, K_N_PENDING, K_NEXT_HOP, K_OUT_FRAME, K_STATUS, MAX_DRAIN, MAX_FUTURE, MAX_PENDING,
    N_APPLIED, N_BLOCKS, N_COUNTERS, N_DECODE_ERRORS, N_DEFERRED, N_HOPS, N_LATE, N_LIMITED, N_NONFINITE,
    N_INPUT_EARLY, N_INPUT_GATED, N_REJECTED, N_STATE, N_TIMED_DROPPED, N_UNKNOWN, WARM_DECODES)
from rtvae.engine.limiter import Limiter, limit
from rtvae.engine.limits import DEFAULT_SYNTHESIS, MAX_BLOCK
from rtvae.engine.overlap_add import OverlapAdd
from rtvae.engine.ring import ControlRing
from rtvae.model.directory import ModelDirectory

LATENT_TAP_SLOTS = 512  # hops the latent tap holds: about 3 s at hop 256, far more than a tick's
DEFAULT_GATE_DB = -60.0  # live input quieter than this (a window's RMS, dBFS) stays silent


class Engine:
    """One model, one voice: latent target in, audio blocks out.

    Args:
        model: a verified model directory.
        hop: synthesis hop in samples (ola); the ``concat`` synthesis uses the window.
        synthesis: ``"ola"``, ``"sola"`` or ``"concat"`` (see :mod:`rtvae.engine.overlap_add`).
        max_block: the largest ``n_frames`` :meth:`process` will be asked for.
        int8: decode with the int8 decoder (through ONNX Runtime's C API).
        decoder_kind: ``"kernel"`` (the float32 decoder as a compiled kernel) or ``"onnxruntime"``
            (ONNX Runtime's C API); ignored when ``decoder`` is given or ``int8`` is set.
        smooth_ms, temperature, gain: initial dynamics.
        seed: seed of the sampling noise.
        ring_capacity: control records the ring holds.
        decoder: a decoder to use instead of the model's ONNX one (same interface:
            ``latents``, ``windows``, ``decode(n)``, ``max_batch``).
        limiter: limit the output to ``ceiling_db`` (False: raw output, no ceiling).
        ceiling_db: the limiter's ceiling in dBFS.
        input_line: live input to encode every hop (:mod:`rtvae.engine.live_input`), or None.
        input_delay: frames the input arrives late by within a block (the resamplers' look-ahead).
        input_gate_db: the input gate's threshold (at or below ``GATE_OFF_DB``: no gate).

    Build engines with :func:`rtvae.engine.factory.build_engine`, which reads these from
    the ``synth`` config section, so that a server and a render start alike.
    """

    def __init__(self, model: ModelDirectory, *, hop: int = 256, synthesis: str = DEFAULT_SYNTHESIS,
                 max_block: int = MAX_BLOCK, int8: bool = False, decoder_kind: str = "kernel", smooth_ms: float = 20.0,
                 temperature: float = 0.0, gain: float = 1.0, seed: int = 0, ring_capacity: int = 1024,
                 decoder=None, limiter: bool = True, ceiling_db: float = -0.3, input_line=None,
                 input_delay: int = 0, input_gate_db: float = DEFAULT_GATE_DB):
        if not math.isfinite(ceiling_db):
            raise ValueError(f"ceiling_db must be a finite number of dBFS, got {ceiling_db!r}")
        card = model.card
        self.model, self.sample_rate, self.latent_size = model, card.sample_rate, card.latent_size
        self.overlap_add = OverlapAdd(card.window, hop, synthesis)
        self.hop, self.synthesis, self.max_block = self.overlap_add.hop, synthesis, max_block
        max_hops = max_block // self.hop + 2
        # Any object with latents/windows/decode(n) will do (benchmarks plug in torch here); a kernel
        # or a C API decoder decodes inside the compiled block, anything else between its halves.
        if decoder is None:
            decoder = open_decoder(model, max_hops, decoder_kind, int8)
        self.decoder = decoder
        self.decoder_kind = getattr(decoder, "kind", "python")
        self.compiled = self.decoder_kind in ("kernel", "onnxruntime")
        self.ring = ControlRing(ring_capacity, c.record_width(self.latent_size))
        self.latent_tap = ControlRing(LATENT_TAP_SLOTS, 1 + self.latent_size)  # (frame, latent) per hop, when asked
        self.pending = np.zeros((MAX_PENDING, self.ring.width), np.float64)
        self.state = np.zeros(N_STATE, np.int64)
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
        self.sources = Handover(empty_sources(self.latent_size))
        self.curve = Handover(np.ones(1, np.float64))
        self.settings = np.zeros(b.N_SETTINGS, np.float64)
        self.settings[[b.S_RAMP_STEP, b.S_LIMITER]] = self.ramp_step, float(self.limiter.enabled)
        self.settings[b.S_DECODER] = b.DECODERS.get(self.decoder_kind, b.PYTHON)
        self._open_input(input_line, input_delay, input_gate_db)
        self.table = self._address_table()

    def _open_input(self, line, delay: int, gate_db: float) -> None:
        """The live input's arrays (spares without a line) and its parameters."""
        self.input_line, self.encoder = line, None
        self.transform = np.zeros((c.N_INPUT_T, self.latent_size), np.float64)
        self.transform[c.INPUT_T_SCALE] = 1.0
        self.out_line = np.zeros(1, np.float32)
        if line is None:
            return
        if delay < 0:
            raise ValueError(f"input_delay must be at least 0 frames, got {delay}")
        from rtvae.engine.kernel_encoder import KernelEncoder
        from rtvae.model.directory import ENCODER_FILE

        card = self.model.card
        self.encoder = KernelEncoder(self.model.path / ENCODER_FILE, card.latent_size, card.window, 1)
        self.out_line = np.zeros(len(line.buffer), np.float32)
        self.params[[c.P_INPUT_ON, c.P_INPUT_MIX, c.P_INPUT_GATE, c.P_INPUT_DELAY]] = 1.0, 1.0, gate_db, delay

    def _address_table(self) -> AddressTable:
        """Every array the compiled block works on (see :mod:`rtvae.engine.block`)."""
        spare = np.zeros(8, np.int64)  # the entry a decoder of another kind does not use
        run = self.decoder.table if self.decoder_kind == "onnxruntime" else spare
        kernel = self.decoder.table.table if self.decoder_kind == "kernel" else spare
        arrays = {
            b.E_RING: self.ring.slots, b.E_RING_COUNTERS: self.ring.counters, b.E_PENDING: self.pending,
            b.E_STATE: self.state, b.E_COUNTERS: self.counters, b.E_START: self.start, b.E_TARGET: self.target,
            b.E_SIGMA: self.sigma, b.E_CURRENT: self.current, b.E_OFFSET: self.offset, b.E_PARAMS: self.params,
            b.E_RNG: self.rng_state, b.E_FIFO: self.fifo, b.E_FIFO_GAIN: self.fifo_gain, b.E_OUT: self.out,
            b.E_LIMITER: self.limiter.state, b.E_LATENTS: self.decoder.latents, b.E_WINDOWS: self.decoder.windows,
            b.E_WEIGHTS: self.overlap_add.weights, b.E_ACCUMULATOR: self.overlap_add.accumulator,
            b.E_SETTINGS: self.settings, b.E_RUN: run, b.E_KERNEL: kernel, b.E_SOURCES: self.sources.table, b.E_CURVE: self.curve.table,
            b.E_TRANSFORM: self.transform, b.E_OUT_LINE: self.out_line,
            b.E_TAP: self.latent_tap.slots, b.E_TAP_COUNTERS: self.latent_tap.counters,
        }
        if self.encoder is None:
            arrays.update({b.E_INPUT_LINE: np.zeros(1, np.float32), b.E_INPUT_LINE_STATE: np.zeros(2, np.int64),
                           b.E_ENCODER: spare, b.E_ENCODE_WINDOWS: np.zeros((1, 1), np.float32),
                           b.E_ENCODE_MU: np.zeros((1, 1), np.float32), b.E_ENCODE_LOGVAR: np.zeros((1, 1), np.float32)})
        else:
            arrays.update({b.E_INPUT_LINE: self.input_line.buffer, b.E_INPUT_LINE_STATE: self.input_line.state,
                           b.E_ENCODER: self.encoder.table.table, b.E_ENCODE_WINDOWS: self.encoder.windows,
                           b.E_ENCODE_MU: self.encoder.mu, b.E_ENCODE_LOGVAR: self.encoder.logvar})
        table = AddressTable(b.N_ENGINE_ARRAYS)
        for k, array in arrays.items():
            table[k] = array
        return table

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
        if self.compiled:
            b.engine_block(self.table.table, n_frames)
        else:
            n_hops = b.begin_block(self.table.table, n_frames)
            if n_hops:
                self.decoder.decode(n_hops)
            b.end_block(self.table.table, n_frames)
        return self.out[:n_frames]

    def decode_failure(self) -> str | None:
        """Why the compiled block's last refused decode failed (once; releases ONNX Runtime's status)."""
        status = int(self.state[K_STATUS])
        if not status:
            return None
        self.state[K_STATUS] = 0
        try:
            self.decoder.check(status)
        except Exception as exc:
            return str(exc)
        return None

    def _recover(self, n_frames: int) -> None:
        """A non-finite block: play silence, reset every state it may have poisoned, count it."""
        b.recover(self.table.table, n_frames)

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
                self.rng_state, self.limiter.state, self.transform, self.out_line)
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
