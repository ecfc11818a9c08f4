"""Export a training checkpoint to a model directory, then reopen it and check it.

Writes ``encoder.onnx`` (x → mu, logvar) and ``decoder.onnx`` (z → x) with a dynamic
batch axis, an optional ``decoder.int8.onnx`` (dynamic quantisation) and the model card.
The export fails unless ONNX Runtime agrees with torch to ``PARITY_TOLERANCE``.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import numpy as np
import onnx
import torch

from rtvae.config import Config
from rtvae.errors import ModelError
from rtvae.model.card import (
    CARD_NAME, DECODER_FILE, DECODER_INPUT, DECODER_INT8_FILE, DECODER_OUTPUT, ENCODER_FILE,
    ENCODER_INPUT, ENCODER_OUTPUTS, LatentStats, ModelCard, file_entry,
)
from rtvae.model.directory import ModelDirectory, load_model
from rtvae.model.sessions import open_session
from rtvae.train.loop import build_model
from rtvae.train.model import DecoderGraph, EncoderGraph, RawAudioVAE

PARITY_TOLERANCE = 1e-5
OPSET = 17
N_PROBES = 512


def export_graph(module: torch.nn.Module, example: torch.Tensor, path: Path, input_name: str, output_names) -> None:
    """One ONNX graph with a dynamic batch axis on every input and output."""
    axes = {name: {0: "batch"} for name in (input_name, *output_names)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy exporter's deprecation notice
        torch.onnx.export(
            module, (example,), str(path), input_names=[input_name], output_names=list(output_names),
            dynamic_axes=axes, opset_version=OPSET, dynamo=False,
        )
    graph = onnx.load(str(path))
    onnx.checker.check_model(graph)
    random_ops = [n.op_type for n in graph.graph.node if n.op_type.startswith("Random")]
    if random_ops:
        raise ModelError(f"{path}: exported graph has random nodes {random_ops}")


def probe_inputs(vae: RawAudioVAE, stats: LatentStats | None, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Windows and latents that look like real use: sines, noise, and corpus-like latents."""
    rng = np.random.default_rng(seed)
    t = np.arange(vae.window) / vae.window
    freqs = rng.uniform(1, 200, size=(N_PROBES // 2, 1))
    sines = 0.8 * np.sin(2 * np.pi * freqs * t + rng.uniform(0, 6.3, size=(N_PROBES // 2, 1)))
    noise = rng.uniform(-1, 1, size=(N_PROBES - len(sines), vae.window)) * rng.uniform(0, 1, (N_PROBES - len(sines), 1))
    windows = np.concatenate([sines, noise]).astype(np.float32)
    mean = np.array(stats.mean) if stats else np.zeros(vae.latent_size)
    std = np.array(stats.std) if stats else np.ones(vae.latent_size)
    latents = (mean + std * rng.standard_normal((N_PROBES, vae.latent_size))).astype(np.float32)
    return windows, latents


@torch.no_grad()
def measure_parity(vae: RawAudioVAE, out_dir: Path, windows: np.ndarray, latents: np.ndarray) -> dict:
    """Max abs difference between torch and ONNX Runtime, per graph (float32)."""
    mu_t, logvar_t = (t.numpy() for t in vae.encode(torch.from_numpy(windows)))
    x_t = vae.decode(torch.from_numpy(latents)).numpy()
    mu_o, logvar_o = open_session(out_dir / ENCODER_FILE).run(list(ENCODER_OUTPUTS), {ENCODER_INPUT: windows})
    (x_o,) = open_session(out_dir / DECODER_FILE).run([DECODER_OUTPUT], {DECODER_INPUT: latents})
    return {
        "encoder_max_abs_diff": float(max(np.abs(mu_t - mu_o).max(), np.abs(logvar_t - logvar_o).max())),
        "decoder_max_abs_diff": float(np.abs(x_t - x_o).max()),
        "tolerance": PARITY_TOLERANCE,
        "n_probes": int(len(windows)),
    }


def quantize_decoder(out_dir: Path, latents: np.ndarray) -> dict:
    """Write the int8 decoder and measure its error against the float32 one."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level, root.level = root.level, logging.ERROR  # its advice to pre-process does not apply to an MLP
    try:
        quantize_dynamic(str(out_dir / DECODER_FILE), str(out_dir / DECODER_INT8_FILE), weight_type=QuantType.QInt8)
    finally:
        root.setLevel(level)
    (reference,) = open_session(out_dir / DECODER_FILE).run([DECODER_OUTPUT], {DECODER_INPUT: latents})
    (quantized,) = open_session(out_dir / DECODER_INT8_FILE).run([DECODER_OUTPUT], {DECODER_INPUT: latents})
    error = quantized - reference
    signal_power = float(np.mean(reference**2)) + 1e-20
    return {
        "file": DECODER_INT8_FILE,
        "max_abs_error": float(np.abs(error).max()),
        "rms_error": float(np.sqrt(np.mean(error**2))),
        "snr_db": float(10 * np.log10(signal_power / (np.mean(error**2) + 1e-20))),
    }


def export_checkpoint(state: dict, out_dir: str | Path, config: Config, name: str) -> ModelDirectory:
    """Export a loaded checkpoint ``state``; returns the reopened, verified directory."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    vae = build_model(config)
    vae.load_state_dict(state["model"])
    vae.eval()
    stats = LatentStats(**state["latent_stats"]) if state.get("latent_stats") else None
    export_graph(EncoderGraph(vae), torch.zeros(2, vae.window), out_dir / ENCODER_FILE, ENCODER_INPUT, ENCODER_OUTPUTS)
    export_graph(DecoderGraph(vae), torch.zeros(2, vae.latent_size), out_dir / DECODER_FILE, DECODER_INPUT, [DECODER_OUTPUT])
    windows, latents = probe_inputs(vae, stats)
    parity = measure_parity(vae, out_dir, windows, latents)
    worst = max(parity["encoder_max_abs_diff"], parity["decoder_max_abs_diff"])
    if worst > PARITY_TOLERANCE:
        raise ModelError(f"ONNX and torch disagree by {worst:.3g} (> {PARITY_TOLERANCE}); export rejected")
    (out_dir / DECODER_INT8_FILE).unlink(missing_ok=True)
    int8 = quantize_decoder(out_dir, latents) if config.export.int8 else None
    card = make_card(state, config, name, stats, parity, int8, out_dir)
    (out_dir / CARD_NAME).write_text(card.to_yaml())
    return load_model(out_dir)


def make_card(state, config: Config, name, stats, parity, int8, out_dir: Path) -> ModelCard:
    files = [ENCODER_FILE, DECODER_FILE] + ([DECODER_INT8_FILE] if int8 else [])
    last = state["history"][-1] if state.get("history") else {}
    return ModelCard(
        name=name,
        sample_rate=config.model.sample_rate,
        window=config.model.window,
        default_hop=config.synth.hop,
        latent_size=config.model.latent_size,
        hidden_size=config.model.hidden_size,
        model_version=config.export.model_version,
        beta=config.model.beta,
        files={f: file_entry(out_dir / f) for f in files},
        latent_stats=stats,
        training={
            "epochs": state.get("epoch"),
            "final": {k: float(v) for k, v in last.items() if k != "epoch"},
            "corpus": {k: v for k, v in state.get("corpus", {}).items() if k != "skipped"},
            "config": state.get("config", {}),
        },
        export={"parity": parity, "int8": int8, "opset": OPSET, "torch": str(torch.__version__)},
    )
