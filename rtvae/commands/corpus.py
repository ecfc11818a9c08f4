"""``rtvae corpus synth OUT_DIR``: write the procedural corpus (SPEC §6)."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser("corpus", help="make or analyse a corpus of sounds")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    synth = actions.add_parser("synth", help="write the procedural corpus (ten labelled families) as WAV")
    synth.add_argument("out_dir", metavar="OUT_DIR", help="folder to write the WAV files and labels.csv into")
    synth.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same files")
    synth.add_argument("--sample-rate", type=int, default=44100, help="sample rate in Hz (default 44100)")
    synth.add_argument("--families", nargs="+", metavar="FAMILY", help="only these families")
    synth.set_defaults(run=run_synth)


def run_synth(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from rtvae.data import synth

    specs = [s for s in synth.corpus_specs() if not args.families or s.family in args.families]
    with tqdm(total=len(specs), desc="synthesising", unit="sound") as bar:
        written = synth.write_corpus(
            args.out_dir, seed=args.seed, sample_rate=args.sample_rate, families=args.families,
            progress=lambda done: bar.update(done - bar.n),
        )
    families = sorted({s.family for s in written})
    print(f"wrote {len(written)} sounds ({len(families)} families: {', '.join(families)}) to {args.out_dir}")
    return 0
