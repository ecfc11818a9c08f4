"""The decoder as a compiled kernel: its weights read from the ONNX graph, no runtime called.

A RawAudioVAE decoder exports to a chain of dense layers: ``Gemm`` nodes, each followed by
at most one activation (``Relu``, ``Tanh``, ``Sigmoid``, ``LeakyRelu``). :class:`KernelDecoder`
reads that chain's initialisers out of ``decoder.onnx`` and decodes with :func:`decode_layers`,
plain numba loops over preallocated buffers. Compared with ONNX Runtime's C API
(:mod:`rtvae.engine.ort_capi`, which mallocs some two dozen blocks inside every ``Run``), it
allocates nothing at all, so the audio callback is allocation-free down to the C heap.

The ONNX file stays the model artefact: a graph that is anything else than such a chain is
refused at load with a :class:`~rtvae.errors.ModelError` naming the node, and every load
checks the kernel against ONNX Runtime on latents spread over the model's own statistics
(:data:`AGREEMENT`). The int8 graph (dynamic quantisation) is not a chain of dense layers:
it decodes through the C API.

The dot products are summed in float32 with reassociation allowed (so LLVM vectorises them),
which is why the result differs from ONNX Runtime's by rounding only. NaN and infinity
keep their meaning (no ``nnan``/``ninf`` flags): the engine's finite check still sees them.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from numba import njit

from rtvae.engine.addresses import AddressTable, f32_1, f32_2, i64_1
from rtvae.errors import ModelError

IDENTITY, RELU, TANH, SIGMOID, LEAKY_RELU = range(5)
ACTIVATIONS = {"Relu": RELU, "Tanh": TANH, "Sigmoid": SIGMOID, "LeakyRelu": LEAKY_RELU}
AGREEMENT = 1e-5  # the largest difference from ONNX Runtime allowed, per sample
CHECK_LATENTS = 64
FAST = {"reassoc", "contract", "nsz", "arcp"}  # not nnan/ninf: non-finite values must stay visible
# The kernel table: the layer list (int64: count, then each layer's activation), the LeakyRelu
# slopes (float32), then per layer its weights (out, in), its bias (out,) and its output buffer
# (max_batch, out).
K_LAYERS, K_SLOPES, K_FIRST = 0, 1, 2
PER_LAYER = 3


@njit(nogil=True, cache=True, fastmath=FAST, error_model="numpy")
def dense(x, n, weights, bias, activation, slope, y):
    """``y[:n] = activation(x[:n] @ weights.T + bias)``."""
    inputs = weights.shape[1]
    for k in range(n):
        for j in range(weights.shape[0]):
            acc = np.float32(0.0)
            for i in range(inputs):
                acc += weights[j, i] * x[k, i]
            v = acc + bias[j]
            if activation == RELU:
                v = max(v, np.float32(0.0))
            elif activation == TANH:
                v = math.tanh(v)
            elif activation == SIGMOID:
                v = 1.0 / (1.0 + math.exp(-v))
            elif activation == LEAKY_RELU:
                v = v if v >= 0 else v * slope
            y[k, j] = v


@njit(nogil=True, cache=True, error_model="numpy")
def decode_layers(kt, latents, n):
    """Decode ``latents[:n]`` through the table's chain; the last layer's buffer is the windows (the
    encoder runs its trunk with it too, :mod:`rtvae.engine.kernel_encoder`)."""
    layers, slopes = i64_1(kt, K_LAYERS), f32_1(kt, K_SLOPES)
    x = latents
    for layer in range(layers[0]):
        base = K_FIRST + PER_LAYER * layer
        y = f32_2(kt, base + 2)
        dense(x, n, f32_2(kt, base), f32_1(kt, base + 1), layers[1 + layer], slopes[layer], y)
        x = y


def read_chain(path: Path, nodes=None, output: str | None = None) -> list[tuple[np.ndarray, np.ndarray, int, float]]:
    """(weights (out, in), bias, activation, slope) per dense layer of ``path``; ModelError otherwise.

    The chain runs from the graph's input to ``output`` (the graph's output by default)
    through ``nodes`` (the graph's, by default): every one must continue it.
    """
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    layers: list[list] = []
    flowing = graph.input[0].name
    output = output or graph.output[0].name
    for node in graph.node if nodes is None else nodes:
        where = f"{path}: node {node.name or node.op_type} ({node.op_type})"
        attributes = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
        if not node.input or node.input[0] != flowing:
            raise ModelError(f"{where} does not continue the chain: the compiled kernels take dense layers in a row")
        if node.op_type == "Gemm":
            layers.append(dense_layer(where, node, attributes, weights))
        elif node.op_type in ACTIVATIONS and layers and layers[-1][2] == IDENTITY:
            layers[-1][2] = ACTIVATIONS[node.op_type]
            layers[-1][3] = float(attributes.get("alpha", 0.01)) if node.op_type == "LeakyRelu" else 0.0
        else:
            raise ModelError(f"{where} is not something the compiled kernels express (a Gemm, then at most one of "
                             f"{', '.join(ACTIVATIONS)}); decode with synth.decoder = onnxruntime")
        flowing = node.output[0]
    if flowing != output or (nodes is None and not layers):
        raise ModelError(f"{path}: no chain of dense layers from the input to {output}")
    for (w, b, _, _), following in zip(layers, layers[1:] + [None]):
        if b.shape != (w.shape[0],):
            raise ModelError(f"{path}: a bias of shape {b.shape} for {w.shape[0]} outputs")
        if following is not None and following[0].shape[1] != w.shape[0]:
            raise ModelError(f"{path}: a layer of {w.shape[0]} outputs feeds one of {following[0].shape[1]} inputs")
    return [tuple(layer) for layer in layers]


def chain_table(layers: list, max_batch: int, chained: int | None = None, outputs: dict | None = None) -> AddressTable:
    """The kernel table of ``layers`` (as :func:`read_chain` gives them): the first ``chained`` (all by
    default) make the chain :func:`decode_layers` runs; each layer's output buffer is ``outputs[k]``, or made."""
    chained = len(layers) if chained is None else chained
    outputs = outputs or {}
    table = AddressTable(K_FIRST + PER_LAYER * len(layers))
    table[K_LAYERS] = np.array([chained] + [layer[2] for layer in layers[:chained]], np.int64)
    table[K_SLOPES] = np.array([layer[3] for layer in layers[:chained]] or [0.0], np.float32)
    for k, (w, b, _, _) in enumerate(layers):
        base = K_FIRST + PER_LAYER * k
        buffer = outputs.get(k)
        table[base], table[base + 1] = w, b
        table[base + 2] = buffer if buffer is not None else np.zeros((max_batch, w.shape[0]), np.float32)
    return table


def dense_layer(where: str, node, attributes: dict, weights: dict) -> list:
    """[weights (out, in), bias, IDENTITY, 0.0] of one ``Gemm`` node (its activation comes after)."""
    if attributes.get("transA", 0) or attributes.get("alpha", 1.0) != 1.0 or attributes.get("beta", 1.0) != 1.0:
        raise ModelError(f"{where}: only Gemm with alpha = beta = 1 and no transA is compiled")
    if len(node.input) < 3 or node.input[1] not in weights or node.input[2] not in weights:
        raise ModelError(f"{where}: its weights and bias must be initialisers")
    w = weights[node.input[1]]
    w = w if attributes.get("transB", 0) else w.T
    return [np.ascontiguousarray(w, np.float32), np.ascontiguousarray(weights[node.input[2]].ravel(), np.float32),
            IDENTITY, 0.0]


class KernelDecoder:
    """The decoder of ``path`` as a compiled kernel, checked against ONNX Runtime at load.

    Same interface as :class:`rtvae.model.sessions.Decoder` (``latents``, ``windows``,
    ``decode(n)``, ``max_batch``); compiled code decodes with :func:`decode_layers` on
    :attr:`table`.
    """

    kind = "kernel"

    def __init__(self, path: str | Path, latent_size: int, window: int, max_batch: int, *,
                 check_against=None, check_latents: np.ndarray | None = None):
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self.path = Path(path)
        if not self.path.is_file():
            raise ModelError(f"decoder graph not found: {self.path}")
        self.latent_size, self.window, self.max_batch = latent_size, window, max_batch
        chain = read_chain(self.path)
        if chain[0][0].shape[1] != latent_size or chain[-1][0].shape[0] != window:
            raise ModelError(f"{self.path}: the layers map {chain[0][0].shape[1]} to {chain[-1][0].shape[0]} values, "
                             f"the model card says {latent_size} to {window}")
        self.latents = np.zeros((max_batch, latent_size), np.float32)
        self.windows = np.zeros((max_batch, window), np.float32)
        self.table = chain_table(chain, max_batch, outputs={len(chain) - 1: self.windows})
        self.decode(max_batch)  # compiled here, not in the callback
        self.worst_difference = self._check(check_against, check_latents)

    def decode(self, n: int) -> None:
        """Decode ``latents[:n]`` into ``windows[:n]``; 0 ≤ n ≤ max_batch."""
        if not 0 <= n <= self.max_batch:
            raise ValueError(f"batch size {n} outside 0..{self.max_batch}")
        decode_layers(self.table.table, self.latents, n)

    def _check(self, reference, latents: np.ndarray | None) -> float:
        """The largest difference from ONNX Runtime's decode of the same latents; ModelError above AGREEMENT."""
        from rtvae.model.sessions import Decoder

        if latents is None:
            latents = np.random.default_rng(0).normal(0.0, 2.0, (CHECK_LATENTS, self.latent_size))
        latents = np.asarray(latents, np.float32)
        reference = reference or Decoder(self.path, self.latent_size, self.window, self.max_batch)
        worst = 0.0
        for start in range(0, len(latents), self.max_batch):
            chunk = latents[start:start + self.max_batch]
            n = len(chunk)
            reference.latents[:n] = self.latents[:n] = chunk
            reference.decode(n)
            self.decode(n)
            worst = max(worst, float(np.abs(reference.windows[:n] - self.windows[:n]).max()))
        self.latents[:] = 0.0
        if not worst <= AGREEMENT:
            raise ModelError(f"{self.path}: the compiled decoder differs from ONNX Runtime by {worst:.3g} "
                             f"(more than {AGREEMENT:g}); decode with synth.decoder = onnxruntime")
        return worst
