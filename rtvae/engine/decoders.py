"""Which decoder an engine decodes with: both kinds run inside the compiled block, without the interpreter.

* ``kernel`` (the default): the float32 graph's weights in a compiled kernel
  (:mod:`rtvae.engine.kernel_decoder`), allocation-free, checked against ONNX Runtime at load;
* ``onnxruntime``: ONNX Runtime's C API (:mod:`rtvae.engine.ort_capi`), which the int8 graph
  always uses (dynamic quantisation is not a chain of dense layers).
"""

from __future__ import annotations

import numpy as np

from rtvae.errors import ModelError
from rtvae.model.directory import DECODER_FILE, DECODER_INT8_FILE, ModelDirectory

KINDS = ("kernel", "onnxruntime")


def check_latents(model: ModelDirectory, count: int = 64) -> np.ndarray:
    """Latents spread over the model's own statistics (±3 σ around its mean), to check a decoder on."""
    rng = np.random.default_rng(0)
    stats = model.card.latent_stats
    if not stats:
        return rng.normal(0.0, 2.0, (count, model.card.latent_size))
    return np.asarray(stats.mean) + rng.uniform(-3.0, 3.0, (count, model.card.latent_size)) * np.asarray(stats.std)


def open_decoder(model: ModelDirectory, max_batch: int, kind: str = "kernel", int8: bool = False):
    """The decoder ``kind`` for ``model`` (int8: always through ONNX Runtime's C API)."""
    from rtvae.engine.kernel_decoder import KernelDecoder
    from rtvae.engine.ort_capi import CApiDecoder

    if kind not in KINDS:
        raise ValueError(f"decoder must be one of {KINDS}, got {kind!r}")
    card = model.card
    if int8:
        if not model.has_int8:
            raise ModelError(f"model {model.path} has no int8 decoder ({DECODER_INT8_FILE})")
        return CApiDecoder(model.path / DECODER_INT8_FILE, card.latent_size, card.window, max_batch)
    if kind == "onnxruntime":
        return CApiDecoder(model.path / DECODER_FILE, card.latent_size, card.window, max_batch)
    return KernelDecoder(model.path / DECODER_FILE, card.latent_size, card.window, max_batch,
                         check_latents=check_latents(model))
