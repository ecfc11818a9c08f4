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
    demo = kinds.add_parser("demo", help="a slow walk through the model's latent space")
    demo.add_argument("--duration-s", type=float, default=20.0, help="length in seconds (default 20)")
    _common(demo, "rtvae-demo.wav")
    demo.set_defaults(run=run_demo)


def _common(parser: argparse.ArgumentParser, default_out: str) -> None:
    parser.add_argument("--model", default="default", help="model directory, or 'default' (the embedded one)")
    parser.add_argument("--out", default=default_out, help=f"WAV file to write (default {default_out})")
    parser.add_argument("--seed", type=int, default=0, help="seed for temperature sampling")
    cfg.add_flags(parser, SECTIONS)


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
