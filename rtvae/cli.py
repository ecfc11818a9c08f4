"""The ``rtvae`` command: one entry point, one module per subcommand, imported lazily.

Each module in ``rtvae.commands`` has ``register(subparsers)`` (cheap: argparse only)
and ``run(args) -> int`` (imports what it needs: torch only for train and export).
Errors of rtvae's own types are printed as one line, without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from rtvae import __version__
from rtvae.errors import RtvaeError

COMMANDS = ("serve", "devices", "corpus", "map", "train", "export", "render", "check", "bench")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rtvae", description="Real-time raw-audio VAE: train, export, render, and play it from Max/Pd."
    )
    parser.add_argument("--version", action="version", version=f"rtvae {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"rtvae.commands.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except RtvaeError as exc:
        print(f"rtvae {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"rtvae {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
