"""``rtvae check [MODEL]``: verify a model directory and print its card's summary.

``rtvae check [MODEL] --patches [DIR]``: check the Pd and Max patches under DIR (default:
the checkout's ``patches/``) against the OSC namespace, for MODEL's latent size.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_PATCHES = ""  # --patches without a folder: the checkout's patches/


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="verify a model directory (files, checksums, shapes), "
                                                 "or with --patches the Pd and Max patches")
    parser.add_argument("model", nargs="?", default="default", help="model directory, or 'default' (the embedded one)")
    parser.add_argument("--patches", nargs="?", const=DEFAULT_PATCHES, default=None, metavar="DIR",
                        help="check every .pd, .maxpat and .maxhelp under DIR against the OSC namespace, for "
                             "MODEL's latent size (default DIR: the patches/ folder of the checkout)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.model.directory import load_model

    model = load_model(args.model)
    if args.patches is not None:
        return _check_patches(args.patches, args.model, model.card.latent_size)
    card = model.card
    print(f"{model.path}: ok")
    print(f"  {card.name} v{card.model_version}: {card.sample_rate} Hz, window {card.window}, "
          f"hop {card.default_hop}, latent {card.latent_size}, hidden {card.hidden_size}")
    for name, entry in card.files.items():
        print(f"  {name}: {entry['bytes']} bytes, sha256 {entry['sha256'][:16]}… verified")
    return 0


def _check_patches(folder: str, model_name: str, latent_size: int) -> int:
    """One line per problem and a summary; 1 when any patch has a problem."""
    from rtvae.patchcheck import check_folder, default_patches_dir

    path = Path(folder) if folder != DEFAULT_PATCHES else default_patches_dir()
    results = check_folder(path, latent_size)
    for file, problems in results.items():
        for problem in problems:
            print(f"{file}: {problem}")
    n_problems = sum(len(p) for p in results.values())
    n_bad = sum(bool(p) for p in results.values())
    against = f"the OSC namespace (latent size {latent_size}, model {model_name})"
    if n_problems:
        print(f"{n_problems} problem(s) in {n_bad} of {len(results)} patch(es) under {path}, against {against}")
        return 1
    print(f"{len(results)} patch(es) under {path} hold together against {against}")
    return 0
