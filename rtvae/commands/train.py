"""``rtvae train DIR``: train a RawAudioVAE on a folder of sounds (runs under torchrun too)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rtvae import config as cfg

SECTIONS = ("model", "data", "train", "export")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "train", help="train a RawAudioVAE on a folder of sounds",
        description="Train on every WAV/FLAC/AIFF/OGG file below DIR. Checkpoints (last.pt, best.pt), "
        "history.json and loss.png go to --out. Runs unchanged under torchrun (DDP).",
    )
    parser.add_argument("folder", metavar="DIR", help="folder of sounds (any rate and channel count)")
    parser.add_argument("--out", default="runs/rtvae", help="run folder for checkpoints (default runs/rtvae)")
    parser.add_argument("--resume", action="store_true", help="continue from OUT/last.pt")
    cfg.add_flags(parser, SECTIONS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.train.loop import check_resumable, load_checkpoint, train

    run_dir = Path(args.out)
    state = load_checkpoint(run_dir / "last.pt") if args.resume else None
    base = _flatten(state["config"]) if state else None
    config = cfg.resolve(args, SECTIONS, base)
    if state:
        check_resumable(state, config, run_dir / "last.pt")
    last = train(args.folder, run_dir, config, state)
    print(f"checkpoints in {run_dir} (last: {last}); export with: rtvae export {run_dir / 'best.pt'} MODEL_DIR")
    return 0


def _flatten(nested: dict) -> dict:
    return {f"{section}.{name}": value for section, items in nested.items() for name, value in items.items()}
