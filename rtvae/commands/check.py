"""``rtvae check [MODEL]``: verify a model directory and print its card's summary."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="verify a model directory (files, checksums, shapes)")
    parser.add_argument("model", nargs="?", default="default", help="model directory, or 'default' (the embedded one)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.model.directory import load_model

    model = load_model(args.model)
    card = model.card
    print(f"{model.path}: ok")
    print(f"  {card.name} v{card.model_version}: {card.sample_rate} Hz, window {card.window}, "
          f"hop {card.default_hop}, latent {card.latent_size}, hidden {card.hidden_size}")
    for name, entry in card.files.items():
        print(f"  {name}: {entry['bytes']} bytes, sha256 {entry['sha256'][:16]}… verified")
    return 0
