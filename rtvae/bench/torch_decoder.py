"""The ONNX decoder's weights in a torch eager module: the naive baseline benchmarks compare with.

:func:`decoder_module` reads the linear layers out of an exported ``decoder.onnx`` and copies
them into a RawAudioVAE decoder (``torch.nn.Sequential``), so torch eager and ONNX Runtime
compute the same function and their timings compare like with like.
:class:`TorchDecoder` wraps that module in the interface of
:class:`rtvae.model.sessions.Decoder` (``latents``, ``windows``, ``decode(n)``, ``max_batch``)
so an :class:`~rtvae.engine.engine.Engine` can run it in the audio callback, the way a
naive real-time port of the paper's code would: one eager forward pass per block, a fresh
output tensor every call. It is a baseline, never used by ``rtvae serve``.

torch is imported only by the functions that need it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

# The ops a RawAudioVAE decoder exports to; anything else would make torch compute another function.
DECODER_OPS = {"Gemm", "MatMul", "Add", "Relu", "Tanh"}


def onnx_linear_layers(path: str | Path) -> list[tuple[np.ndarray, np.ndarray]]:
    """(weight as (out, in), bias) of each Gemm, or MatMul followed by Add, in graph order."""
    import onnx
    from onnx import helper, numpy_helper

    graph = onnx.load(str(path)).graph
    unknown = {n.op_type for n in graph.node} - DECODER_OPS
    if unknown:
        raise RuntimeError(f"{path}: decoder graph has ops {sorted(unknown)}; torch eager would not be the same function")
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    layers: list[list] = []
    for node in graph.node:
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if node.op_type == "Gemm":
            weight = inits[node.input[1]] * attrs.get("alpha", 1.0)
            bias = inits[node.input[2]] * attrs.get("beta", 1.0) if len(node.input) > 2 else None
            layers.append([weight if attrs.get("transB", 0) else weight.T, bias])
        elif node.op_type == "MatMul":
            layers.append([inits[node.input[1]].T, None])
        elif node.op_type == "Add" and layers and layers[-1][1] is None:
            layers[-1][1] = next(inits[name] for name in node.input if name in inits)
    return [(np.asarray(w, np.float32), np.asarray(b, np.float32)) for w, b in layers]


def decoder_module(path: str | Path, window: int, hidden_size: int, latent_size: int):
    """A RawAudioVAE decoder (eval mode) holding exactly the weights of the ONNX decoder at ``path``."""
    import torch

    from rtvae.train.model import RawAudioVAE

    layers = onnx_linear_layers(path)
    module = RawAudioVAE(window, hidden_size, latent_size).decoder.eval()
    linears = [m for m in module if isinstance(m, torch.nn.Linear)]
    if len(layers) != len(linears):
        raise RuntimeError(f"{path}: {len(layers)} linear layers, RawAudioVAE's decoder has {len(linears)}")
    with torch.no_grad():
        for linear, (weight, bias) in zip(linears, layers):
            if weight.shape != tuple(linear.weight.shape) or bias is None or bias.shape != tuple(linear.bias.shape):
                raise RuntimeError(f"{path}: weights {weight.shape} do not fit {linear}")
            linear.weight.copy_(torch.from_numpy(weight))
            linear.bias.copy_(torch.from_numpy(bias))
    return module


class TorchDecoder:
    """torch eager with :class:`rtvae.model.sessions.Decoder`'s interface (a benchmark baseline).

    Write latents into ``latents[:n]`` (float32, (max_batch, latent_size)), call
    :meth:`decode`, read ``windows[:n]`` (float32, (max_batch, window)). Each call runs the
    module eagerly and copies its freshly allocated output into ``windows``.

    Args:
        model: a :class:`rtvae.model.directory.ModelDirectory` (its float32 ``decoder.onnx``).
        max_batch: most latents per :meth:`decode` call.
        threads: torch intra-op threads in each thread that decodes (1: one core, like the ONNX decoder).
    """

    def __init__(self, model, max_batch: int, threads: int = 1):
        import torch

        from rtvae.model.card import DECODER_FILE

        card = model.card
        self._torch, self.threads, self._thread = torch, threads, None
        self.module = decoder_module(Path(model.path) / DECODER_FILE, card.window, card.hidden_size, card.latent_size)
        self.latent_size, self.window, self.max_batch = card.latent_size, card.window, max_batch
        self.latents = np.zeros((max_batch, card.latent_size), np.float32)
        self.windows = np.zeros((max_batch, card.window), np.float32)

    def decode(self, n: int) -> None:
        """Decode ``latents[:n]`` into ``windows[:n]``; 0 ≤ n ≤ max_batch."""
        if self._thread != threading.get_ident():
            # OpenMP's thread count belongs to each calling thread: the audio callback's thread
            # (started by JACK, not Python) would otherwise get a team per core that spins.
            self._torch.set_num_threads(self.threads)
            self._thread = threading.get_ident()
        if n:
            with self._torch.inference_mode():
                out = self.module(self._torch.from_numpy(self.latents[:n]))
            self.windows[:n] = out.numpy()
