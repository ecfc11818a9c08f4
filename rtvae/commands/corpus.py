"""``rtvae corpus synth | build | default``: make, analyse and cache corpora (SPEC §6)."""

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
    build = actions.add_parser(
        "build", help="encode, describe and cluster a folder of sounds for a model",
        description="Encode every sound below DIR into per-window latents, measure descriptors of "
        "the decoded windows, cluster the sounds with a SOM, and store it all in one file next to "
        "the model (MODEL/corpus.npz) unless --out says otherwise.",
    )
    build.add_argument("folder", metavar="DIR", help="folder of sounds")
    build.add_argument("--model", default="default", help="model directory, or 'default'")
    build.add_argument("--hop", type=int, default=256, help="encoding hop in samples (default 256)")
    build.add_argument("--out", help="corpus file to write (default: MODEL/corpus.npz)")
    build.add_argument("--seed", type=int, default=0, help="seed of the SOM (default 0)")
    build.set_defaults(run=run_build)
    default = actions.add_parser(
        "default", help="build the embedded model's corpus into the cache (once; serve does it by itself)",
        description="Synthesise the procedural sounds the embedded model was trained on, encode and "
        "describe them, and cache the result ($RTVAE_CACHE, default ~/.cache/rtvae). 'rtvae serve' "
        "starts this in a child process the first time; run it ahead to have interpolation ready at once.",
    )
    default.set_defaults(run=run_default)


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


def run_build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tqdm import tqdm

    from rtvae.explore.corpus import CORPUS_FILE, build_corpus
    from rtvae.model.directory import load_model

    if args.hop < 1:
        raise SystemExit("rtvae corpus build: --hop must be at least 1")
    model = load_model(args.model)
    with tqdm(desc="encoding", unit="sound") as bar:
        def progress(done, total):
            bar.total = total
            bar.update(done - bar.n)

        corpus = build_corpus(args.folder, model, args.hop, progress, args.seed)
    out = corpus.save(Path(args.out) if args.out else model.path / CORPUS_FILE)
    cells = len(set(corpus.clusters.tolist()))
    print(f"wrote {out}: {len(corpus.names)} sounds, {len(corpus.mu)} windows at hop {corpus.hop}, "
          f"{cells} SOM clusters in use")
    return 0


def run_default(args: argparse.Namespace) -> int:
    from rtvae.explore.corpus import corpus_for, default_corpus_file
    from rtvae.model.directory import load_model

    model = load_model("default")
    corpus = corpus_for(model)
    print(f"{default_corpus_file(model)}: {len(corpus.names)} sounds, {len(corpus.mu)} windows at hop {corpus.hop}")
    return 0
