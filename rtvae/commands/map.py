"""``rtvae map build | list | pd``: latent maps of a corpus, their pictures, and their Pd patch (issue 11).

A map lives beside its corpus, in the corpora folder (config key ``user.corpora_dir``):
``CORPORA_DIR/<corpus>/maps/<name>/`` holds ``map.npz`` (:mod:`rtvae.explore.maps`), its
pictures (:mod:`rtvae.explore.map_pictures`) and, once asked for, its Pd patch
(:mod:`rtvae.explore.pd_map`). The model's own corpus is called ``default``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rtvae import config as cfg

USER = ("user",)
DEFAULT_CORPUS = "default"
PD_FILE = "rtvae-map.pd"


def register(subparsers) -> None:
    parser = subparsers.add_parser("map", help="build, list or patch latent maps of a corpus (an XY pad)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    register_build(actions)
    register_list(actions)
    register_pd(actions)


def register_build(actions) -> None:
    from rtvae.explore.maps import GRID, LAYOUTS, METHODS

    build = actions.add_parser(
        "build", help="embed a corpus in 2-D, bake its (x, y) -> latent grid, measure it and draw its pictures",
        description="Place the corpus's windows on a square (PCA, or UMAP), bake the inverse mapping into a "
        "GRID x GRID grid of latents, decode and measure every node as played, and write "
        "CORPORA_DIR/CORPUS/maps/NAME/: map.npz, one picture per descriptor, a class picture, a confidence "
        "picture and the sounds, each annotated (WHAT.png) and bare (background-WHAT.png, 512 x 512, for a "
        "Max [pictslider]). y = 0 is the bottom. Load it live with /rtvae/map/load NAME.")
    build.add_argument("--corpus", default=DEFAULT_CORPUS, help="corpus name (default: default, the model's own)")
    build.add_argument("--name", help="map name, a plain word (default: the method, '-grid' added for --layout grid)")
    build.add_argument("--method", choices=METHODS, default="pca", help="embedding (default pca; umap needs "
                       "pip install 'rtvae[umap]')")
    build.add_argument("--layout", choices=LAYOUTS, default="free", help="free: the embedding as it is; grid: "
                       "anchors spread onto an even grid (default free)")
    build.add_argument("--grid", type=int, default=GRID, help=f"nodes per side of the baked grid (default {GRID})")
    build.add_argument("--model", default="default", help="model directory, or 'default'")
    build.add_argument("--seed", type=int, default=0, help="seed of the UMAP embedding (default 0)")
    build.add_argument("--if-missing", action="store_true", help="do nothing when the map is already built "
                       "for this model (its pictures included)")
    cfg.add_flags(build, USER)
    build.set_defaults(run=run_build)


def register_list(actions) -> None:
    listing = actions.add_parser("list", help="the maps of a corpus (or of every corpus)",
                                 description="List the maps built for a corpus, or for every corpus when "
                                 "--corpus is not given.")
    listing.add_argument("--corpus", help="only this corpus's maps")
    cfg.add_flags(listing, USER)
    listing.set_defaults(run=run_list)


def register_pd(actions) -> None:
    from rtvae.explore.pd_map import CELLS

    pd = actions.add_parser(
        "pd", help="write a Pd vanilla patch of a map: coloured cells under a draggable point, and knobs",
        description="Write a Pd vanilla 0.53 patch (no externals) for a built map: CELLS x CELLS [cnv] cells "
        "coloured like one of its pictures, a point to drag (a data structure) that sends /rtvae/xy, a ring "
        "that follows /rtvae/out/xy, and sliders for /rtvae/knobs and the semantic knobs.")
    pd.add_argument("--corpus", default=DEFAULT_CORPUS, help="corpus name (default: default)")
    pd.add_argument("--name", default="pca", help="map name (default pca)")
    pd.add_argument("--picture", default="class", help="what the cells show: class (default), confidence, "
                    "sounds or a descriptor (centroid_hz, rms_db ...)")
    pd.add_argument("--cells", type=int, default=CELLS, help=f"cells per side (default {CELLS}, 2..64)")
    pd.add_argument("--out", metavar="FILE", help=f"patch to write (default: {PD_FILE} in the map's folder)")
    pd.add_argument("--port", type=int, default=9000, help="the server's UDP port (default 9000)")
    cfg.add_flags(pd, USER)
    pd.set_defaults(run=run_pd)


# ---------------------------------------------------------------- build


def corpora_folder(args: argparse.Namespace) -> Path:
    from rtvae.paths import corpora_dir

    return corpora_dir(cfg.resolve(args, USER).user.corpora_dir)


def map_name(args: argparse.Namespace) -> str:
    from rtvae.paths import check_name

    if args.name is not None:
        return check_name(args.name)
    return args.method + ("-grid" if args.layout == "grid" else "")


def run_build(args: argparse.Namespace) -> int:
    from rtvae.explore.corpus import model_fingerprint
    from rtvae.explore.maps import MAP_FILE, build_map, map_folder
    from rtvae.model.directory import load_model

    folder, name = corpora_folder(args), map_name(args)
    target = map_folder(args.corpus, name, folder)  # checks both names before the slow part
    model = load_model(args.model)
    if args.if_missing and is_built(target, model_fingerprint(model)):
        print(f"map '{name}' of corpus '{args.corpus}' is already built: {target}")
        return 0
    corpus = require_corpus(model, args.corpus, folder, args.model)
    made = build_map(corpus, model, corpus_name=args.corpus, name=name, method=args.method, layout=args.layout,
                     grid=args.grid, seed=args.seed, progress=lambda text: print(text, file=sys.stderr))
    made.save(target / MAP_FILE)
    pictures = draw(made, corpus, target)
    print(f"wrote map '{name}' of corpus '{args.corpus}' to {target}: {made.size}x{made.size} grid, "
          f"{len(made.anchor_xy)} anchors ({args.method}, {args.layout}), {len(pictures)} pictures")
    print(f"  backgrounds for a Max [pictslider]: {target}/background-*.png ({pictures_px(target)} px, y up)")
    print(f"  play it: /rtvae/map/load {name} then /rtvae/xy x y; Pd: rtvae map pd --corpus {args.corpus} "
          f"--name {name}")
    return 0


def is_built(target: Path, fingerprint: str) -> bool:
    """The map in ``target`` loads for this model and its pictures are there."""
    from rtvae.errors import CorpusError
    from rtvae.explore.map_pictures import MANIFEST
    from rtvae.explore.maps import MAP_FILE, LatentMap

    try:
        LatentMap.load(target / MAP_FILE, fingerprint)
    except CorpusError:
        return False
    return (target / MANIFEST).is_file()


def require_corpus(model, name: str, folder: Path, model_arg: str):
    from rtvae.errors import CorpusError
    from rtvae.explore.corpus import open_corpus

    corpus = open_corpus(model, name, folder)
    if corpus is None:
        raise CorpusError(f"the model {model_arg} has no corpus of its own; build one with rtvae corpus build "
                          f"DIR --model {model_arg} --name NAME, then rtvae map build --corpus NAME")
    return corpus


def draw(made, corpus, target: Path) -> list[Path]:
    from rtvae.explore.map_pictures import anchor_sounds, write_pictures

    return [p for p in write_pictures(made, target, anchor_sounds(made, corpus.offsets)) if p.suffix == ".png"]


def pictures_px(target: Path) -> int:
    from rtvae.explore.map_pictures import BACKGROUND_PX, read_manifest

    return int(read_manifest(target).get("background_px", BACKGROUND_PX))


# ---------------------------------------------------------------- list


def run_list(args: argparse.Namespace) -> int:
    from rtvae.explore.maps import map_names

    folder = corpora_folder(args)
    corpora = [args.corpus] if args.corpus else corpora_with_maps(folder)
    if args.corpus:
        check_corpus_exists(args.corpus, folder)
    rows = [("CORPUS", "NAME", "METHOD", "LAYOUT", "GRID", "ANCHORS")]
    for corpus in corpora:
        rows += [describe(corpus, name, folder) for name in map_names(corpus, folder)]
    if len(rows) == 1:
        which = f"corpus '{args.corpus}'" if args.corpus else f"any corpus in {folder}"
        print(f"no maps of {which} yet; build one: rtvae map build --corpus {args.corpus or DEFAULT_CORPUS}")
        return 0
    print(f"{len(rows) - 1} map(s) in {folder}:")
    print(table(rows))
    return 0


def corpora_with_maps(folder: Path) -> list[str]:
    from rtvae.explore.maps import map_names

    found = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    return [name for name in found if map_names(name, folder)]


def check_corpus_exists(name: str, folder: Path) -> None:
    """A corpus that is neither the model's own, nor stored, nor has maps is a mistake worth naming."""
    from rtvae.errors import CorpusError, a_few
    from rtvae.explore.corpus import stored_names
    from rtvae.explore.maps import maps_folder

    if name == DEFAULT_CORPUS or name in stored_names(folder) or maps_folder(name, folder).is_dir():
        return
    known = [DEFAULT_CORPUS] + stored_names(folder)
    raise CorpusError(f"no corpus '{name}' in {folder} (known: {a_few(known, 'none')}); build it: "
                      f"rtvae corpus build DIR --name {name}")


def describe(corpus: str, name: str, folder: Path) -> tuple[str, ...]:
    from rtvae.errors import CorpusError
    from rtvae.explore.maps import MAP_FILE, LatentMap, map_folder

    try:
        made = LatentMap.load(map_folder(corpus, name, folder) / MAP_FILE)
    except CorpusError as exc:
        return (corpus, name, "unreadable", str(exc)[:60], "", "")
    return (corpus, name, made.method, made.layout, str(made.size), str(len(made.anchor_xy)))


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    return "\n".join("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows)


# ---------------------------------------------------------------- pd


def run_pd(args: argparse.Namespace) -> int:
    from rtvae.errors import ConfigError
    from rtvae.explore.map_pictures import read_png
    from rtvae.explore.maps import map_folder, open_map
    from rtvae.explore.pd_map import cell_colours, write_pd_map

    if not 2 <= args.cells <= 64:
        raise ConfigError(f"--cells must be 2..64, got {args.cells}")
    folder = corpora_folder(args)
    check_corpus_exists(args.corpus, folder)
    made = open_map(args.corpus, args.name, folder)
    target = map_folder(args.corpus, args.name, folder)
    picture = chosen_picture(target, args.picture, made)
    colours = cell_colours(read_png(target / picture["background"]), args.cells)
    out = Path(args.out) if args.out else target / PD_FILE
    write_pd_map(out, colours, map_name=made.name, corpus=made.corpus, picture=args.picture,
                 legend=picture.get("legend"), scale=scale_ends(picture), port=args.port)
    print(f"wrote {out}: map '{made.name}' of corpus '{made.corpus}' as {args.cells}x{args.cells} cells of "
          f"'{args.picture}'; open it in Pd 0.53+ (no externals) and drag the red point (y = 0 at the bottom)")
    return 0


def chosen_picture(target: Path, what: str, made) -> dict:
    """The manifest entry of picture ``what``; a missing one names those there are."""
    from rtvae.errors import CorpusError
    from rtvae.explore.map_pictures import read_manifest

    pictures = {p["what"]: p for p in read_manifest(target).get("pictures", [])}
    if not pictures:
        raise CorpusError(f"map '{made.name}' has no pictures in {target}; rebuild it: "
                          f"rtvae map build --corpus {made.corpus} --name {made.name} --method {made.method}")
    if what not in pictures or not (target / pictures[what]["background"]).is_file():
        raise CorpusError(f"map '{made.name}' has no picture '{what}' (it has {', '.join(pictures)})")
    return pictures[what]


def scale_ends(picture: dict) -> dict | None:
    """The colour scale's two ends and their colours, for the patch's legend (None for class pictures)."""
    from rtvae.explore.map_pictures import Scale
    from rtvae.explore.pd_map import hex_colour

    if not picture.get("scale"):
        return None
    scale = Scale(**picture["scale"])
    low, high = scale.colours([scale.low, scale.high])
    return {**picture["scale"], "low_colour": hex_colour(low), "high_colour": hex_colour(high)}
