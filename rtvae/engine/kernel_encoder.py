"""The encoder as a compiled kernel, for live input: windows in, (mu, logvar) out, on the audio thread.

A RawAudioVAE encoder exports to a trunk of dense layers and two heads read from the trunk's
last output: ``Gemm`` nodes for ``mu`` and ``logvar``. :class:`KernelEncoder` reads them from
``encoder.onnx`` with the decoder's chain reader (:func:`rtvae.engine.kernel_decoder.read_chain`)
and encodes with :func:`encode_layers`, the decoder's :func:`~rtvae.engine.kernel_decoder.dense`
over preallocated buffers: nothing is allocated and no runtime is called, so the audio
callback can encode every hop. Any other graph is refused at load with a ModelError naming
what it found, and every load checks the kernel against ONNX Runtime (:data:`AGREEMENT`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numba import njit

from rtvae.engine.addresses import f32_1, f32_2, i64_1
from rtvae.engine.kernel_decoder import (AGREEMENT, CHECK_LATENTS, IDENTITY, K_FIRST, K_LAYERS, PER_LAYER, chain_table,
                                         decode_layers, dense, dense_layer, read_chain)
from rtvae.errors import ModelError
from rtvae.model.card import ENCODER_OUTPUTS

# The table is the decoder's (kernel_decoder.chain_table): the trunk as its chain, then one
# layer per head (mu, logvar) after it.


@njit(nogil=True, cache=True, error_model="numpy")
def encode_layers(kt, windows, n):
    """Encode ``windows[:n]``: the trunk (the decoder's chain runner), then both heads from its last output."""
    decode_layers(kt, windows, n)
    trunk = i64_1(kt, K_LAYERS)[0]
    x = f32_2(kt, K_FIRST + PER_LAYER * (trunk - 1) + 2) if trunk > 0 else windows
    for head in range(2):
        base = K_FIRST + PER_LAYER * (trunk + head)
        dense(x, n, f32_2(kt, base), f32_1(kt, base + 1), IDENTITY, np.float32(0.0), f32_2(kt, base + 2))


def read_encoder(path: Path) -> tuple[list, list]:
    """(trunk layers, [mu head, logvar head]) of ``path``, as :func:`read_chain` gives layers."""
    import onnx
    from onnx import helper, numpy_helper

    graph = onnx.load(str(path)).graph
    producers = {node.output[0]: node for node in graph.node}
    heads = [producers.get(name) for name in ENCODER_OUTPUTS]
    if any(h is None or h.op_type != "Gemm" for h in heads) or heads[0].input[0] != heads[1].input[0]:
        raise ModelError(f"{path}: live input compiles an encoder whose {' and '.join(ENCODER_OUTPUTS)} are two Gemm "
                         f"heads on one trunk; this graph is something else")
    trunk_nodes = [node for node in graph.node if node not in heads]
    trunk = read_chain(path, trunk_nodes, heads[0].input[0])
    weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    read = [tuple(dense_layer(f"{path}: node {h.name or 'Gemm'} (Gemm)", h,
                              {a.name: helper.get_attribute_value(a) for a in h.attribute}, weights)) for h in heads]
    return trunk, read


class KernelEncoder:
    """The encoder of ``path`` as a compiled kernel, checked against ONNX Runtime at load.

    Write windows into :attr:`windows` ``[:n]`` (max_batch, window), call :meth:`encode`, read
    :attr:`mu` and :attr:`logvar` ``[:n]`` (max_batch, latent_size); compiled code calls
    :func:`encode_layers` on :attr:`table` with the same buffers.
    """

    def __init__(self, path: str | Path, latent_size: int, window: int, max_batch: int):
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self.path = Path(path)
        if not self.path.is_file():
            raise ModelError(f"encoder graph not found: {self.path}")
        self.latent_size, self.window, self.max_batch = latent_size, window, max_batch
        trunk, heads = read_encoder(self.path)
        first_inputs = trunk[0][0].shape[1] if trunk else heads[0][0].shape[1]
        trunk_out = trunk[-1][0].shape[0] if trunk else window
        for w, b, _, _ in heads:
            if w.shape != (latent_size, trunk_out) or b.shape != (latent_size,):
                raise ModelError(f"{self.path}: a head maps {w.shape[1]} to {w.shape[0]} values; the trunk gives "
                                 f"{trunk_out} and the model card says {latent_size} latents")
        if first_inputs != window:
            raise ModelError(f"{self.path}: the encoder reads {first_inputs} samples, the model card says {window}")
        self.windows = np.zeros((max_batch, window), np.float32)
        self.mu = np.zeros((max_batch, latent_size), np.float32)
        self.logvar = np.zeros((max_batch, latent_size), np.float32)
        self.table = chain_table(trunk + heads, max_batch, chained=len(trunk),
                                 outputs={len(trunk): self.mu, len(trunk) + 1: self.logvar})
        self.encode(max_batch)  # compiled here, not in the callback
        self.worst_difference = self._check()

    def encode(self, n: int) -> None:
        """Encode ``windows[:n]`` into ``mu[:n]`` and ``logvar[:n]``; 0 ≤ n ≤ max_batch."""
        if not 0 <= n <= self.max_batch:
            raise ValueError(f"batch size {n} outside 0..{self.max_batch}")
        encode_layers(self.table.table, self.windows, n)

    def _check(self) -> float:
        """The largest difference from ONNX Runtime's (mu, logvar); ModelError above AGREEMENT."""
        from rtvae.model.sessions import Encoder

        rng = np.random.default_rng(0)
        t = np.arange(self.window) / self.window
        # Noise at several levels and a few tones: what an input may bring.
        probes = [rng.normal(0.0, level, self.window) for level in (0.01, 0.1, 0.5)]
        probes += [0.5 * np.sin(2 * np.pi * k * t) for k in (3, 40, 200)]
        probes += list(rng.uniform(-1, 1, (CHECK_LATENTS - len(probes), self.window)))
        windows = np.asarray(probes, np.float32)
        mu, logvar = Encoder(self.path).encode(windows)
        worst = 0.0
        for start in range(0, len(windows), self.max_batch):
            n = min(self.max_batch, len(windows) - start)
            self.windows[:n] = windows[start:start + n]
            self.encode(n)
            worst = max(worst, float(np.abs(self.mu[:n] - mu[start:start + n]).max()),
                        float(np.abs(self.logvar[:n] - logvar[start:start + n]).max()))
        self.windows[:] = 0.0
        if not worst <= AGREEMENT:
            raise ModelError(f"{self.path}: the compiled encoder differs from ONNX Runtime by {worst:.3g} "
                             f"(more than {AGREEMENT:g})")
        return worst
