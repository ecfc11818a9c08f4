"""``rtvae render``: offline synthesis to WAV (reconstructions, latent trajectories, a demo)."""

from __future__ import annotations

import argparse

from rtvae import config as cfg

SECTIONS = ("synth",)


def register(subparsers) -> None:
    parser = subparsers.add_parser("render", help="render offline to WAV")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    recon = kinds.add_parser("reconstruct", help="encode a sound file and decode it back")
    recon.add_argument("input", metavar="FILE", help="sound file (any format soundfile reads, any rate)")
    _common(recon, "reconstruction.wav")
    recon.set_defaults(run=run_reconstruct)
    latents = kinds.add_parser("latents", help="decode a latent trajectory (.npy, .csv or .txt: one row per hop)")
    latents.add_argument("trajectory", metavar="FILE")
    _common(latents, "latents.wav")
    latents.set_defaults(run=run_latents)
    interp = kinds.add_parser(
        "interp", help="interpolate between two sources (corpus sounds, cluster:N, or files)",
        description="Render one pass through two sources with the live engine: stepwise (static "
        "--amount, or a --grid of amounts one after another), meso (--curve FILE or --function), "
        "or extend (sources encoded with --extend-hop, one window per output hop).",
    )
    interp.add_argument("a", metavar="A", help="source A: a corpus sound, cluster:N, or an audio file")
    interp.add_argument("b", metavar="B", help="source B")
    interp.add_argument("--mode", dest="strategy", choices=("stepwise", "meso", "extend"), default="stepwise",
                        help="interpolation strategy (default stepwise); the synthesis is overlap-add")
    interp.add_argument("--amount", type=float, default=0.5, help="static amount (0 is A, 1 is B; default 0.5)")
    interp.add_argument("--grid", help="comma-separated amounts rendered one after another, e.g. 0,0.2,0.4,0.6,0.8,1")
    interp.add_argument("--separate", action="store_true", help="with --grid: one file per amount")
    interp.add_argument("--curve", help="meso curve file: one value per line (.txt/.csv) or .npy")
    interp.add_argument("--function", nargs="+", metavar="NAME_AND_PARAMS", help="meso curve: e.g. sine 2")
    interp.add_argument("--stretch", type=float, default=1.0, help="play the sequence this many times slower")
    interp.add_argument("--extend-hop", type=int, default=64, help="encoding hop of the extend strategy")
    _common(interp, "interp.wav", skip=("synth.mode",))
    interp.set_defaults(run=run_interp)
    demo = kinds.add_parser("demo", help="a slow walk through the model's latent space")
    demo.add_argument("--duration-s", type=float, default=20.0, help="length in seconds (default 20)")
    _common(demo, "rtvae-demo.wav")
    demo.set_defaults(run=run_demo)


def _common(parser: argparse.ArgumentParser, default_out: str, skip=()) -> None:
    parser.add_argument("--model", default="default", help="model directory, or 'default' (the embedded one)")
    parser.add_argument("--out", default=default_out, help=f"WAV file to write (default {default_out})")
    parser.add_argument("--seed", type=int, default=0, help="seed for temperature sampling")
    cfg.add_flags(parser, SECTIONS, skip)


def _finish(args, audio, model) -> int:
    from rtvae.audiofiles import write_wav

    path = write_wav(args.out, audio, model.card.sample_rate)
    peak = float(abs(audio).max()) if len(audio) else 0.0
    print(f"wrote {path.resolve()} ({len(audio) / model.card.sample_rate:.1f} s at {model.card.sample_rate} Hz, peak {peak:.2f})")
    return 0


def run_reconstruct(args: argparse.Namespace) -> int:
    from rtvae.audiofiles import load_sound
    from rtvae.drivers.offline import reconstruct
    from rtvae.model.directory import load_model

    config = cfg.resolve(args, SECTIONS)
    model = load_model(args.model)
    sound = load_sound(args.input, model.card.sample_rate)
    audio = reconstruct(model, sound.samples, config.synth.hop, config.synth.mode,
                        config.synth.temperature, args.seed, config.synth.int8_decoder)
    return _finish(args, audio, model)


def run_latents(args: argparse.Namespace) -> int:
    from rtvae.drivers.offline import read_latent_file, render_latents
    from rtvae.model.directory import load_model

    config = cfg.resolve(args, SECTIONS)
    model = load_model(args.model)
    latents = read_latent_file(args.trajectory, model.card.latent_size)
    return _finish(args, render_latents(model, latents, config.synth.hop, config.synth.mode, config.synth.int8_decoder), model)


def run_demo(args: argparse.Namespace) -> int:
    from rtvae.drivers.offline import render_latents
    from rtvae.explore.walk import latent_walk
    from rtvae.model.directory import load_model

    config = cfg.resolve(args, SECTIONS)
    model = load_model(args.model)
    hop = model.card.window if config.synth.mode == "concat" else config.synth.hop
    n_hops = int(args.duration_s * model.card.sample_rate / hop)
    latents = latent_walk(model.card, n_hops, hop, seed=args.seed)
    return _finish(args, render_latents(model, latents, hop, config.synth.mode, config.synth.int8_decoder), model)


def run_interp(args: argparse.Namespace) -> int:
    from pathlib import Path

    import numpy as np

    from rtvae.drivers.offline import render_interpolation
    from rtvae.explore.corpus import corpus_for
    from rtvae.explore.sources import resolve_anywhere
    from rtvae.model.directory import load_model

    config = cfg.resolve(args, SECTIONS)
    model = load_model(args.model)
    corpus = corpus_for(model)
    hop = args.extend_hop if args.strategy == "extend" else None
    a, b = (resolve_anywhere(spec, corpus, model, hop) for spec in (args.a, args.b))
    options = dict(mode=args.strategy, curve=_curve(args), stretch=args.stretch, hop=config.synth.hop,
                   temperature=config.synth.temperature, seed=args.seed, int8=config.synth.int8_decoder)
    amounts = [float(x) for x in args.grid.split(",")] if args.grid else [args.amount]
    takes = [render_interpolation(model, a, b, amount=amount, **options) for amount in amounts]
    if args.grid and args.separate:
        stem = Path(args.out)
        for amount, audio in zip(amounts, takes):
            _finish(argparse.Namespace(out=stem.with_name(f"{stem.stem}-{amount:g}{stem.suffix}")), audio, model)
        return 0
    if args.grid:
        _write_markers(Path(args.out), amounts, [len(t) for t in takes], model.card.sample_rate)
    return _finish(args, np.concatenate(takes), model)


def _curve(args):
    from rtvae.explore.curves import from_values, function

    if args.function:
        return function(args.function[0], [float(p) for p in args.function[1:]])
    if args.curve:
        from rtvae.drivers.offline import read_curve_file

        return from_values(read_curve_file(args.curve))
    return None


def _write_markers(wav, amounts, lengths, rate) -> None:
    """Audacity-style labels (start, end, text in seconds) next to the grid's WAV."""
    lines, start = [], 0
    for amount, length in zip(amounts, lengths):
        lines.append(f"{start / rate:.6f}\t{(start + length) / rate:.6f}\tamount {amount:g}")
        start += length
    wav.with_suffix(".labels.txt").write_text("\n".join(lines) + "\n")
