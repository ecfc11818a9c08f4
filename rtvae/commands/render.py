"""``rtvae render``: offline synthesis to WAV (reconstructions, latent trajectories, a demo, interpolations,
descriptor targets).

Every kind is a score of control records played by the same engine as ``rtvae serve``,
built from the same ``synth`` settings (see :mod:`rtvae.drivers.offline`).
"""

from __future__ import annotations

import argparse

from rtvae import config as cfg

SECTIONS = ("synth", "user")


class RenamedFlag(argparse.Action):
    """A flag that was renamed: using it says the new name (and ``--mode`` is not read as ``--model``)."""

    def __init__(self, option_strings, dest, renamed_to: str, **kwargs):
        super().__init__(option_strings, dest, nargs="?", help=argparse.SUPPRESS, **kwargs)
        self.renamed_to = renamed_to

    def __call__(self, parser, namespace, values, option_string=None):
        parser.error(f"{option_string} was renamed to {self.renamed_to}")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "render", help="render offline to WAV",
        description="Render offline through the same engine as 'rtvae serve' (same synth settings, "
        "same sampling noise for a --seed). A render plays its latents exactly, one per hop: "
        "--smooth-ms does not slew them.")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    recon = kinds.add_parser("reconstruct", help="encode a sound file and decode it back")
    recon.add_argument("input", metavar="FILE", help="sound file (any format soundfile reads, any rate)")
    _common(recon, "reconstruction.wav", "--synthesis")
    recon.set_defaults(run=run_reconstruct)
    latents = kinds.add_parser("latents", help="decode a latent trajectory (.npy, .csv or .txt: one row per hop)")
    latents.add_argument("trajectory", metavar="FILE")
    _common(latents, "latents.wav", "--synthesis")
    latents.set_defaults(run=run_latents)
    interp = kinds.add_parser(
        "interp", help="interpolate between two sources (corpus sounds, cluster:N, or files)",
        description="Render one pass through two sources with the live engine: stepwise (static "
        "--amount, or a --grid of amounts one after another), meso (--curve FILE or --function), "
        "or extend (sources encoded with --extend-hop, one window per output hop).",
    )
    interp.add_argument("a", metavar="A", help="source A: a corpus sound, cluster:N, or an audio file")
    interp.add_argument("b", metavar="B", help="source B")
    interp.add_argument("--strategy", choices=("stepwise", "meso", "extend"), default="stepwise",
                        help="interpolation strategy (default stepwise)")
    interp.add_argument("--corpus", metavar="NAME", help="corpus the sources come from: a name in "
                        "user.corpora_dir, or 'default' (the model's own; the default)")
    interp.add_argument("--amount", type=float, default=0.5, help="static amount (0 is A, 1 is B; default 0.5)")
    interp.add_argument("--grid", help="comma-separated amounts rendered one after another, e.g. 0,0.2,0.4,0.6,0.8,1")
    interp.add_argument("--separate", action="store_true", help="with --grid: one file per amount")
    interp.add_argument("--curve", help="meso curve file: one value per line (.txt/.csv) or .npy")
    interp.add_argument("--function", nargs="+", metavar="NAME_AND_PARAMS", help="meso curve: e.g. sine 2")
    interp.add_argument("--stretch", type=float, default=1.0, help="play the sequence this many times slower")
    interp.add_argument("--extend-hop", type=int, default=64, help="encoding hop of the extend strategy")
    _common(interp, "interp.wav", "--strategy")
    interp.set_defaults(run=run_interp)
    register_descriptor(kinds)
    mix = kinds.add_parser(
        "mix", help="latent algebra: a weighted sum of corpus sounds and clusters, e.g. A=1 B=-1 C=1",
        description="Each operand is a corpus sound's sequence of window latents, a cluster's sounds in a row "
        "(cluster:N), or an averaged latent held (mean:NAME, mean:cluster:N); the weighted sum, hop by hop "
        "over the shortest sequence, is looped for --duration-s. Its distance to the nearest corpus latent is "
        "printed; --snap pulls it that fraction of the way there.")
    mix.add_argument("pairs", nargs="+", metavar="NAME=WEIGHT", help="operands and their weights")
    mix.add_argument("--snap", type=float, default=0.0, help="pull toward the nearest corpus latent, 0..1")
    mix.add_argument("--duration-s", type=float, default=5.0, help="length in seconds (default 5)")
    mix.add_argument("--corpus", metavar="NAME", help="corpus of the operands: a name in user.corpora_dir, or "
                     "'default' (the model's own; the default)")
    _common(mix, "mix.wav", "--synthesis")
    mix.set_defaults(run=run_mix)
    register_transform(kinds)
    demo = kinds.add_parser("demo", help="a slow walk through the model's latent space")
    demo.add_argument("--duration-s", type=float, default=20.0, help="length in seconds (default 20)")
    _common(demo, "rtvae-demo.wav", "--synthesis")
    demo.set_defaults(run=run_demo)


def register_transform(kinds) -> None:
    transform = kinds.add_parser(
        "transform", help="a sound file through the live-input path: encoded, transformed, decoded",
        description="What rtvae serve --input does to a sound arriving at its input, offline and bit for bit: "
        "every hop encodes the window that has just come in, its latent is scaled, offset and mixed with the "
        "control latent (the model's mean: the server's starting point), and decoded. The options are the "
        "/rtvae/input/* messages. The output is as long as the input and lined up with it (--keep-latency "
        "keeps the window of delay the live path has).")
    transform.add_argument("input", metavar="FILE", help="sound file (any format soundfile reads, any rate)")
    transform.add_argument("--mix", type=float, default=1.0, help="0 the control latent, 1 the input's (default)")
    transform.add_argument("--scale", type=float, nargs="+", default=None, metavar="F",
                           help="one factor for every dimension, or one per dimension")
    transform.add_argument("--offset", type=float, nargs="+", default=None, metavar="V",
                           help="one value added to every dimension, or one per dimension")
    transform.add_argument("--input-temperature", type=float, default=0.0,
                           help="sampling temperature of the input's posterior (--temperature is the control latent's)")
    transform.add_argument("--feedback", type=float, default=0.0, help="output fed back into the encoder (at most 0.9)")
    transform.add_argument("--gate-db", type=float, default=None, help="input quieter than this is silence "
                           "(default: serve.input_gate_db, -60; -200: no gate)")
    transform.add_argument("--keep-latency", action="store_true", help="keep the live path's window of delay")
    _common(transform, "transform.wav", "--synthesis")
    transform.set_defaults(run=run_transform)


def run_transform(args: argparse.Namespace) -> int:
    from rtvae.audiofiles import load_sound
    from rtvae.drivers.offline import transform_score
    from rtvae.engine import controls as c
    from rtvae.engine.input_line import InputLine
    from rtvae.engine.limits import FEEDBACK_MAX
    from rtvae.errors import RtvaeError

    config = cfg.resolve(args, SECTIONS + ("serve",))
    if not 0.0 <= args.feedback <= FEEDBACK_MAX:
        raise RtvaeError(f"--feedback must be within 0..{FEEDBACK_MAX:g}, got {args.feedback:g}")

    def per_dimension(values, size: int, flag: str):
        if values is None:
            return None
        if len(values) not in (1, size):
            raise RtvaeError(f"{flag} takes one value or {size} (one per dimension), got {len(values)}")
        return list(values) * size if len(values) == 1 else list(values)

    def score_of(engine):
        size = engine.latent_size
        records = [(c.IMMEDIATE, c.INPUT_MIX, [args.mix]), (c.IMMEDIATE, c.INPUT_TEMPERATURE, [args.input_temperature]),
                   (c.IMMEDIATE, c.INPUT_FEEDBACK, [args.feedback])]
        for kind, values, flag in ((c.INPUT_SCALE, args.scale, "--scale"), (c.INPUT_OFFSET, args.offset, "--offset")):
            if (full := per_dimension(values, size, flag)) is not None:
                records.append((c.IMMEDIATE, kind, full))
        samples = load_sound(args.input, engine.sample_rate).samples
        return transform_score(engine, samples, records, aligned=not args.keep_latency)

    gate = config.serve.input_gate_db if args.gate_db is None else args.gate_db
    from rtvae.drivers.offline import render
    from rtvae.model.directory import load_model

    model = load_model(args.model)
    audio = render(model, score_of, config.synth, seed=args.seed, input_line=InputLine(), input_gate_db=gate)
    return _finish(args, audio, model)


def register_descriptor(kinds) -> None:
    descriptor = kinds.add_parser(
        "descriptor", help="follow descriptor targets or curves (this bright, this loud, this pitch)",
        description="Choose latents whose decoded sound has the descriptors asked for, from the corpus's "
        "descriptor atlas, and render them through the live engine. Values are in the descriptors' units "
        "(rms_db, centroid_hz, f0_hz ...); a descriptor given alone controls only itself. Targets outside "
        "the corpus's range are clamped (and said so). The path is planned over the whole curve (Viterbi: "
        "target cost plus join cost) and played exactly, one latent per hop.",
    )
    descriptor.add_argument("--target", nargs="+", default=[], metavar="NAME=VALUE",
                            help="value targets, e.g. centroid_hz=2500 rms_db=-20")
    descriptor.add_argument("--curve", action="append", default=[], metavar="NAME:FILE",
                            help="a curve file (one value per line, .csv or .npy) played over --duration-s")
    descriptor.add_argument("--function", action="append", default=[], metavar="NAME:FUNCTION[:PARAMS]",
                            help="a built-in curve in the descriptor's unit, e.g. centroid_hz:ramp:500:5000 or "
                            "f0_hz:sine:2:110:440 (sine/triangle periods low high, ramp from to, exp from to "
                            "curvature, walk seed step low high; missing values span the corpus's range)")
    descriptor.add_argument("--weight", nargs="+", default=[], metavar="NAME=WEIGHT",
                            help="how much each descriptor counts (default 1 for those given, 0 for the others)")
    descriptor.add_argument("--continuity", type=float, default=None,
                            help="how much staying on the way of the previous latent counts (default 0.2; 0: "
                            "the per-frame nearest neighbour)")
    descriptor.add_argument("--method", choices=("viterbi", "live", "nearest"), default="viterbi",
                            help="viterbi: plan the whole curve (default); live: hop by hop as the server "
                            "does; nearest: the per-frame nearest neighbour (the papers' baseline)")
    descriptor.add_argument("--duration-s", type=float, default=10.0, help="length in seconds (default 10)")
    descriptor.add_argument("--corpus", metavar="NAME", help="corpus whose atlas to use: a name in "
                            "user.corpora_dir, or 'default' (the model's own; the default)")
    _common(descriptor, "descriptor.wav", "--method")
    descriptor.set_defaults(run=run_descriptor)


def _common(parser: argparse.ArgumentParser, default_out: str, mode_renamed_to: str) -> None:
    parser.add_argument("--model", default="default", help="model directory, or 'default' (the embedded one)")
    parser.add_argument("--mode", action=RenamedFlag, renamed_to=mode_renamed_to)
    parser.add_argument("--out", default=default_out, help=f"WAV file to write (default {default_out})")
    parser.add_argument("--seed", type=int, default=0, help="seed for temperature sampling")
    cfg.add_flags(parser, SECTIONS)


def _finish(args, audio, model) -> int:
    from rtvae.audiofiles import write_wav

    path = write_wav(args.out, audio, model.card.sample_rate)
    peak = float(abs(audio).max()) if len(audio) else 0.0
    print(f"wrote {path.resolve()} ({len(audio) / model.card.sample_rate:.1f} s at {model.card.sample_rate} Hz, peak {peak:.2f})")
    return 0


def _render(args: argparse.Namespace, score_of) -> int:
    """Resolve the config, load the model, play ``score_of(engine)`` and write it."""
    from rtvae.drivers.offline import render
    from rtvae.model.directory import load_model

    config = cfg.resolve(args, SECTIONS)
    model = load_model(args.model)
    return _finish(args, render(model, score_of, config.synth, seed=args.seed), model)


def run_reconstruct(args: argparse.Namespace) -> int:
    from rtvae.audiofiles import load_sound
    from rtvae.drivers.offline import reconstruction_score

    return _render(args, lambda engine: reconstruction_score(
        engine, load_sound(args.input, engine.sample_rate).samples))


def run_latents(args: argparse.Namespace) -> int:
    from rtvae.drivers.offline import read_latent_file, trajectory_score

    return _render(args, lambda engine: trajectory_score(
        read_latent_file(args.trajectory, engine.latent_size), engine.hop))


def run_demo(args: argparse.Namespace) -> int:
    """What ``rtvae serve --demo`` plays: the demo's descriptor curves over the model's own corpus, else the walk."""
    from rtvae.drivers.offline import demo_score, descriptor_score
    from rtvae.explore.corpus import corpus_for
    from rtvae.explore.targets import Selector, steps_per_hop
    from rtvae.explore.walk import demo_curves

    def score_of(engine):
        corpus = corpus_for(engine.model)
        if corpus is None or corpus.atlas is None:
            return demo_score(engine.model.card, args.duration_s, engine.hop, args.seed)
        selector = Selector(corpus.atlas, step=steps_per_hop(engine.hop, corpus.hop))
        ranges = {name: (r.robust_low, r.robust_high) for name, r in selector.ranges().items()}
        return descriptor_score(engine, selector, demo_curves(ranges, args.duration_s), args.duration_s)

    return _render(args, score_of)


def run_interp(args: argparse.Namespace) -> int:
    from pathlib import Path

    import numpy as np

    from rtvae.drivers.offline import render_interpolation
    from rtvae.explore.sources import resolve_anywhere
    from rtvae.model.directory import load_model

    config = cfg.resolve(args, SECTIONS)
    model = load_model(args.model)
    corpus = _corpus(args, config, model)
    hop = args.extend_hop if args.strategy == "extend" else None
    a, b = (resolve_anywhere(spec, corpus, model, hop) for spec in (args.a, args.b))
    how = dict(strategy=args.strategy, curve=_curve(args), stretch=args.stretch)
    amounts = [float(x) for x in args.grid.split(",")] if args.grid else [args.amount]
    takes = [render_interpolation(model, a, b, config.synth, seed=args.seed, amount=amount, **how)
             for amount in amounts]
    if args.grid and args.separate:
        stem = Path(args.out)
        for amount, audio in zip(amounts, takes):
            _finish(argparse.Namespace(out=stem.with_name(f"{stem.stem}-{amount:g}{stem.suffix}")), audio, model)
        return 0
    if args.grid:
        _write_markers(Path(args.out), amounts, [len(t) for t in takes], model.card.sample_rate)
    return _finish(args, np.concatenate(takes), model)


def run_mix(args: argparse.Namespace) -> int:
    import numpy as np

    from rtvae.drivers.offline import trajectory_score
    from rtvae.errors import CorpusError
    from rtvae.explore.algebra import mix
    from rtvae.explore.corpus import open_corpus
    from rtvae.model.directory import load_model
    from rtvae.paths import corpora_dir

    config = cfg.resolve(args, SECTIONS)
    pairs = list(_pairs(args.pairs, "mix", "=").items())
    corpus = open_corpus(load_model(args.model), args.corpus, corpora_dir(config.user.corpora_dir))
    if corpus is None:
        raise CorpusError("this model has no corpus of its own: name one with --corpus")
    result = mix(corpus, {}, pairs, args.snap)
    print(f"mix: weights sum to {result.weight_sum:g}; {result.off_manifold:.2f} typical jumps from the nearest "
          f"corpus latent (of {result.nearest})" + (f"; warning: {result.warning}" if result.warning else ""))

    def score_of(engine):  # a sequence is played at the corpus's pace, looped to the duration
        n_hops = max(int(args.duration_s * engine.sample_rate / engine.hop), 1)
        step = np.arange(n_hops) * engine.hop // corpus.hop % len(result.latents)
        return trajectory_score(result.latents[step].astype(np.float32), engine.hop)

    return _render(args, score_of)


def run_descriptor(args: argparse.Namespace) -> int:
    from rtvae.drivers.offline import descriptor_score, render
    from rtvae.explore.corpus import open_corpus
    from rtvae.model.directory import load_model
    from rtvae.paths import corpora_dir

    from rtvae.errors import RtvaeError

    if not 0 < args.duration_s <= 3600:
        raise RtvaeError(f"--duration-s must be above 0 and at most 3600, got {args.duration_s:g}")
    config = cfg.resolve(args, SECTIONS)
    model = load_model(args.model)
    corpus = open_corpus(model, args.corpus, corpora_dir(config.user.corpora_dir))
    if corpus is None:
        from rtvae.errors import CorpusError

        raise CorpusError(f"the model '{model.card.name}' has no corpus of its own; give one with --corpus NAME")
    settings = _descriptor_settings(args, corpus)

    def score_of(engine):
        selector = _selector(corpus, engine, settings)
        return descriptor_score(engine, selector, settings["curves"], args.duration_s, method=args.method)

    return _finish(args, render(model, score_of, config.synth, seed=args.seed), model)


def _descriptor_settings(args, corpus) -> dict:
    """Targets, weights and curves from the flags, checked against the corpus's atlas (clamping said once)."""
    from rtvae.explore.targets import Selector

    probe = Selector(corpus.atlas)  # checks names and values the way the engine's selector will
    settings = {"targets": _pairs(args.target, "--target", "="), "weights": _pairs(args.weight, "--weight", "="),
                "curves": _descriptor_curves(args, probe), "continuity": args.continuity}
    clamped = probe.set_targets(settings["targets"])
    probe.set_weights(settings["weights"])
    clamped += [name for name, values in settings["curves"].items() if probe.clamp(name, values)[1]]
    if not settings["targets"] and not settings["curves"]:
        from rtvae.errors import RtvaeError

        raise RtvaeError("give at least one --target, --curve or --function")
    for name in clamped:
        r = probe.ranges()[name]
        print(f"{name}: clamped to the corpus's range {r.low:g} .. {r.high:g} {r.unit}")
    return settings


def _selector(corpus, engine, settings):
    from rtvae.explore.targets import CONTINUITY, Selector, steps_per_hop

    continuity = CONTINUITY if settings["continuity"] is None else settings["continuity"]
    selector = Selector(corpus.atlas, continuity=continuity, step=steps_per_hop(engine.hop, corpus.hop))
    selector.set_targets(settings["targets"])
    selector.set_weights(settings["weights"])
    return selector


def _pairs(items: list[str], flag: str, separator: str) -> dict[str, float]:
    """``NAME=VALUE`` items → {name: value}; a malformed one is an error naming it."""
    from rtvae.errors import RtvaeError

    pairs = {}
    for item in items:
        name, sep, value = item.partition(separator)
        try:
            if not sep or not name:
                raise ValueError
            pairs[name] = float(value)
        except ValueError:
            example = f"centroid_hz{separator}2500"
            raise RtvaeError(f"{flag} {item}: expected NAME{separator}NUMBER, e.g. {example}") from None
    return pairs


def _descriptor_curves(args, selector) -> dict:
    """``--curve NAME:FILE`` and ``--function NAME:FUNCTION[:PARAMS]`` → {name: values}, each checked."""
    from rtvae.drivers.offline import read_curve_file
    from rtvae.errors import RtvaeError
    from rtvae.explore.targets import descriptor_function

    curves = {}
    for item in args.curve:
        name, sep, path = item.partition(":")
        if not sep or not path:
            raise RtvaeError(f"--curve {item}: expected NAME:FILE, e.g. centroid_hz:curve.txt")
        values = read_curve_file(path)
        selector.clamp(name, values)  # checks the name and the values (some, all finite); clamping is said later
        curves[name] = values
    for item in args.function:
        name, _, spec = item.partition(":")
        function, *params = spec.split(":") if spec else [""]
        try:
            values = [float(p) for p in params]
        except ValueError:
            raise RtvaeError(f"--function {item}: parameters must be numbers") from None
        curves[name] = descriptor_function(function, values, selector.ranges()[_known(selector, name)])
    return curves


def _known(selector, name: str) -> str:
    selector.clamp(name, [0.0])  # an unknown name is a TargetError listing the known ones
    return name


def _corpus(args, config, model):
    """The corpus named by ``--corpus``, opened only when a source is not an audio file."""
    from rtvae.audiofiles import AUDIO_SUFFIXES
    from rtvae.explore.corpus import open_corpus
    from rtvae.paths import corpora_dir

    if all(spec.lower().endswith(AUDIO_SUFFIXES) for spec in (args.a, args.b)):
        return None
    return open_corpus(model, args.corpus, corpora_dir(config.user.corpora_dir))


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
