"""``rtvae export CHECKPOINT OUT_DIR``: write and verify a model directory."""

from __future__ import annotations

import argparse
from pathlib import Path

from rtvae import config as cfg
from rtvae.commands.train import _flatten

SECTIONS = ("model", "data", "train", "export", "synth")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="export a checkpoint to a model directory (ONNX + model.yaml)",
        description="Export encoder.onnx, decoder.onnx (and decoder.int8.onnx) with model.yaml; "
        "checks ONNX Runtime against torch (max abs difference <= 1e-5) and reloads the result.",
    )
    parser.add_argument("checkpoint", metavar="CHECKPOINT", help="a .pt file written by rtvae train")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="model directory to write")
    parser.add_argument("--name", help="model name (default: OUT_DIR's name)")
    cfg.add_flags(parser, ("export",))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.train.export import export_checkpoint
    from rtvae.train.loop import load_checkpoint

    state = load_checkpoint(args.checkpoint)
    config = cfg.resolve(args, SECTIONS, _flatten(state["config"]))
    model = export_checkpoint(state, args.out_dir, config, args.name or Path(args.out_dir).name)
    parity = model.card.export["parity"]
    print(f"exported {model.path}: latent {model.card.latent_size}, window {model.card.window}, "
          f"parity encoder {parity['encoder_max_abs_diff']:.2e} decoder {parity['decoder_max_abs_diff']:.2e}")
    int8 = model.card.export.get("int8")
    if int8:
        print(f"int8 decoder: max abs error {int8['max_abs_error']:.4f}, SNR {int8['snr_db']:.1f} dB")
    return 0
