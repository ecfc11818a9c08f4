"""ONNX Runtime wrappers for the two halves of the model (no torch here).

:class:`Decoder` is the piece the audio thread calls. It owns preallocated latent and
window buffers and one I/O binding per batch size, created up front, so that a call
binds nothing, allocates no arrays, and ONNX Runtime writes straight into our windows.
:class:`Encoder` is for the slow side (corpus building, reconstruction) and allocates
freely.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort

from rtvae.model.card import DECODER_INPUT, DECODER_OUTPUT, ENCODER_INPUT, ENCODER_OUTPUTS


def session_options(threads: int = 1) -> ort.SessionOptions:
    """One intra-op thread by default: the audio thread must not wait on a pool."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    # Spinning threads burn the core the audio callback needs.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


def open_session(path: Path, threads: int = 1) -> ort.InferenceSession:
    return ort.InferenceSession(str(path), session_options(threads), providers=["CPUExecutionProvider"])


class Decoder:
    """Decode up to ``max_batch`` latents per call into preallocated windows.

    Write latents into ``self.latents[:n]`` (shape (max_batch, latent_size), float32),
    call :meth:`decode` with ``n``, read ``self.windows[:n]`` (shape (max_batch, window),
    float32: one decoded window per latent).
    """

    def __init__(self, path: str | Path, latent_size: int, window: int, max_batch: int, threads: int = 1):
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self.path = Path(path)
        self.latent_size, self.window, self.max_batch = latent_size, window, max_batch
        self.session = open_session(self.path, threads)
        self.latents = np.zeros((max_batch, latent_size), np.float32)
        self.windows = np.zeros((max_batch, window), np.float32)
        self._bindings = [self._bind(n) for n in range(max_batch + 1)]

    def _bind(self, n: int) -> ort.IOBinding | None:
        if n == 0:
            return None
        binding = self.session.io_binding()
        binding.bind_input(DECODER_INPUT, "cpu", 0, np.float32, [n, self.latent_size], self.latents.ctypes.data)
        binding.bind_output(DECODER_OUTPUT, "cpu", 0, np.float32, [n, self.window], self.windows.ctypes.data)
        return binding

    def decode(self, n: int) -> None:
        """Decode ``latents[:n]`` into ``windows[:n]``; 0 ≤ n ≤ max_batch."""
        if n:
            # No RunOptions: with one, onnxruntime looks up a GPU-graph entry per call and
            # swallows the miss as an exception, ~35 µs that a 16 µs int8 decode cannot spare.
            self.session.run_with_iobinding(self._bindings[n])

    def decode_array(self, latents: np.ndarray) -> np.ndarray:
        """Convenience for the slow side: decode any number of latents, returns a copy."""
        latents = np.asarray(latents, np.float32).reshape(-1, self.latent_size)
        out = np.empty((len(latents), self.window), np.float32)
        for start in range(0, len(latents), self.max_batch):
            n = min(self.max_batch, len(latents) - start)
            self.latents[:n] = latents[start:start + n]
            self.decode(n)
            out[start:start + n] = self.windows[:n]
        return out


class Encoder:
    """Encode windows to (mu, logvar); batches of ``batch`` windows per call."""

    def __init__(self, path: str | Path, threads: int = 1, batch: int = 1024):
        self.path = Path(path)
        self.session = open_session(self.path, threads)
        self.batch = batch

    def encode(self, windows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(n, window) float32 → mu, logvar, each (n, latent_size) float32."""
        windows = np.ascontiguousarray(windows, np.float32)
        mus, logvars = [], []
        for start in range(0, len(windows), self.batch):
            mu, logvar = self.session.run(list(ENCODER_OUTPUTS), {ENCODER_INPUT: windows[start:start + self.batch]})
            mus.append(mu)
            logvars.append(logvar)
        if not mus:
            size = self.session.get_outputs()[0].shape[1]
            return np.zeros((0, size), np.float32), np.zeros((0, size), np.float32)
        return np.concatenate(mus), np.concatenate(logvars)
