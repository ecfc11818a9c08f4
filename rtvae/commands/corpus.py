"""``rtvae corpus synth | build | list | default``: make, analyse, list and cache corpora (SPEC §5, §6).

Corpora are the user's named artefacts, one folder each in the corpora folder (config key
``user.corpora_dir``, default ``$RTVAE_DATA/corpora`` or ``~/.local/share/rtvae/corpora``).
Nothing is written into a model directory or the installed package.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rtvae import config as cfg

USER = ("user",)


def register(subparsers) -> None:
    parser = subparsers.add_parser("corpus", help="make, analyse or list corpora of sounds")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    register_synth(actions)
    register_build(actions)
    register_list(actions)
    default = actions.add_parser(
        "default", help="build the embedded model's corpus into the cache (once; serve does it by itself)",
        description="Synthesise the procedural sounds the embedded model was trained on, encode and "
        "describe them, build their descriptor atlas, and cache the result ($RTVAE_CACHE, default "
        "~/.cache/rtvae). 'rtvae serve' "
        "starts this in a child process the first time; run it ahead to have interpolation ready at once.",
    )
    default.set_defaults(run=run_default)


def register_synth(actions) -> None:
    synth = actions.add_parser("synth", help="write the procedural corpus (ten labelled families) as WAV")
    synth.add_argument("out_dir", metavar="OUT_DIR", help="folder to write the WAV files and labels.csv into")
    synth.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same files")
    synth.add_argument("--sample-rate", type=int, default=44100, help="sample rate in Hz (default 44100)")
    synth.add_argument("--families", nargs="+", metavar="FAMILY", help="only these families")
    synth.set_defaults(run=run_synth)


def register_build(actions) -> None:
    build = actions.add_parser(
        "build", help="encode, describe and cluster a folder of sounds into a named corpus",
        description="Encode every sound below DIR into per-window latents, measure descriptors of "
        "the decoded windows, cluster the sounds with a SOM, build the descriptor atlas (every window "
        "and midpoints between neighbouring sounds, measured as played: what descriptor targets choose "
        "from), and store it all as the corpus NAME: "
        "CORPORA_DIR/NAME/corpus.npz (see 'rtvae corpus list'). Choose it with --corpus NAME on "
        "serve and render, or /rtvae/corpus/load NAME live. Building a name again replaces it.",
    )
    build.add_argument("folder", metavar="DIR", help="folder of sounds")
    target = build.add_mutually_exclusive_group()
    target.add_argument("--name", help="name of the corpus, a plain word (default: the name of DIR); "
                        "'default' is reserved for the model's own corpus")
    target.add_argument("--out", metavar="FILE", help="write this corpus file instead of a named corpus")
    build.add_argument("--model", default="default", help="model directory, or 'default'")
    build.add_argument("--hop", type=int, default=256, help="encoding hop in samples (default 256)")
    build.add_argument("--seed", type=int, default=0, help="seed of the SOM (default 0)")
    cfg.add_flags(build, USER)
    build.set_defaults(run=run_build)


def register_list(actions) -> None:
    listing = actions.add_parser("list", help="the named corpora: their model, sounds, windows and hop",
                                 description="List the corpora in the corpora folder.")
    cfg.add_flags(listing, USER)
    listing.set_defaults(run=run_list)


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


def corpora_folder(args: argparse.Namespace) -> Path:
    """The corpora folder that ``--corpora-dir``, ``--config`` or the environment name."""
    from rtvae.paths import corpora_dir

    return corpora_dir(cfg.resolve(args, USER).user.corpora_dir)


def build_name(args: argparse.Namespace) -> str:
    """``--name``, or the name of the folder when it is a plain word."""
    from rtvae.errors import UnsafeNameError
    from rtvae.paths import check_name

    if args.name is not None:
        return check_name(args.name)
    name = Path(args.folder).resolve().name
    try:
        return check_name(name)
    except UnsafeNameError:
        raise UnsafeNameError(f"the folder's name '{name}' is not a plain name; give one with --name NAME") from None


def run_build(args: argparse.Namespace) -> int:
    from rtvae.explore.corpus import corpus_file
    from rtvae.model.directory import load_model

    if args.hop < 1:
        raise SystemExit("rtvae corpus build: --hop must be at least 1")
    name = None if args.out else build_name(args)
    target = Path(args.out) if args.out else corpus_file(name, corpora_folder(args))  # checked before the slow part
    corpus = encode_folder(args, load_model(args.model))
    out = corpus.save(target)
    cells = len(set(corpus.clusters.tolist()))
    what = f"corpus '{name}' ({out})" if name else str(out)
    print(f"wrote {what}: {len(corpus.names)} sounds, {len(corpus.mu)} windows at hop {corpus.hop}, "
          f"{cells} SOM clusters in use, {describe_atlas(corpus)}")
    if name:
        print(f"choose it with --corpus {name} (serve, render) or /rtvae/corpus/load {name}")
    return 0


def encode_folder(args: argparse.Namespace, model):
    from tqdm import tqdm

    from rtvae.explore.corpus import build_corpus

    with tqdm(desc="encoding", unit="sound") as bar:
        def progress(done, total):
            bar.total = total
            bar.update(done - bar.n)

        return build_corpus(args.folder, model, args.hop, progress, args.seed)


def describe_atlas(corpus) -> str:
    """'a descriptor atlas of N points (M midpoints)', for the build's last line."""
    atlas = corpus.atlas
    return "no descriptor atlas" if atlas is None else \
        f"a descriptor atlas of {atlas.n_points} points ({len(atlas.pairs)} midpoints)"


def run_list(args: argparse.Namespace) -> int:
    from rtvae.explore.corpus import list_corpora

    folder = corpora_folder(args)
    infos = list_corpora(folder)
    if not infos:
        print(f"no corpora in {folder} yet; build one: rtvae corpus build DIR --name NAME")
    else:
        print(f"{len(infos)} {'corpus' if len(infos) == 1 else 'corpora'} in {folder}:")
        print(format_table(infos))
    print("'default' is each model's own corpus (the embedded model's: its procedural sounds, "
          "built into the cache on first use)")
    return 0


def format_table(infos) -> str:
    """One row per corpus: name, model (card name and fingerprint), sounds, windows, hop; then the unreadable."""
    rows = [("NAME", "MODEL", "SOUNDS", "WINDOWS", "HOP")]
    rows += [(i.name, f"{i.model_name or '?'} ({i.model[:8]})", str(i.n_sounds), str(i.n_windows), str(i.hop))
             for i in infos if not i.problem]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ["  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines + [f"  {i.name}: unreadable: {i.problem}" for i in infos if i.problem])


def run_default(args: argparse.Namespace) -> int:
    from rtvae.explore.corpus import corpus_for, default_corpus_file
    from rtvae.model.directory import load_model

    model = load_model("default")
    corpus = corpus_for(model)
    print(f"{default_corpus_file(model)}: {len(corpus.names)} sounds, {len(corpus.mu)} windows at hop {corpus.hop}, "
          f"{describe_atlas(corpus)}")
    return 0
