"""``/rtvae/interp/*``: the three interpolation strategies of the RawAudioVAE paper, live.

Sources resolve on a helper when that is slow (a file to encode, the extend strategy's
small-hop encodings) and at once when it is not (a corpus sound or cluster); a stale
result (the source was set again meanwhile) is dropped. A ``/play`` that arrives while a
source resolves starts the sequence as soon as the pair is ready.
"""

from __future__ import annotations

from rtvae.audiofiles import AUDIO_SUFFIXES
from rtvae.control import descriptors
from rtvae.control.control import Control
from rtvae.control.state import SOURCES
from rtvae.engine import controls as c
from rtvae.engine.interp import STRATEGIES
from rtvae.errors import ArgumentError, ControlError, RtvaeError
from rtvae.explore import curves
from rtvae.explore.sources import pair, resolve


def _needs_helper(control: Control, spec: str) -> bool:
    """Files are encoded, and so is anything else under extend unless the corpus's hop fits."""
    return spec.lower().endswith(AUDIO_SUFFIXES) or control.state.interp.strategy == "extend"


def _resolver(control: Control, spec: str):
    """A no-argument function that resolves ``spec`` with what the control thread knows now."""
    interp = control.state.interp
    source_corpus = None if spec.lower().endswith(AUDIO_SUFFIXES) else control.state.corpus.require()
    hop = control.rig.extend_hop if interp.strategy == "extend" else None
    model, sounds_dir = control.engine.model, control.rig.sounds_dir
    return lambda: resolve(spec, source_corpus, model, sounds_dir, hop)


def _set_source(control: Control, which: str, spec: str, sender) -> None:
    interp = control.state.interp
    interp.generation += 1
    generation, interp.listener = interp.generation, sender
    job = _resolver(control, spec)

    def resolved(source) -> None:
        if interp is not control.state.interp or interp.pending.get(which) != generation:
            return  # set again (or the model changed) since
        del interp.pending[which]
        interp.specs[which], interp.sources[which] = spec, source
        control.reply(sender, "/rtvae/interp/ready", source=which, spec=spec, windows=len(source),
                      seconds=round(len(source) * source.hop / control.engine.sample_rate, 3))
        _offer_pair(control)

    if not _needs_helper(control, spec):
        source = job()
        interp.pending[which] = generation
        resolved(source)
        return
    interp.pending[which] = generation

    def undo() -> None:
        if interp.pending.get(which) == generation:
            del interp.pending[which]

    control.later(f"/rtvae/interp/{which}", sender, job, then=resolved, undo=undo)


def _offer_pair(control: Control) -> None:
    """Hand both sources to the engine once both are known; set the speed, rewind, maybe play."""
    interp = control.state.interp
    if set(interp.sources) != set(SOURCES) or interp.pending:
        return
    arrays = pair(interp.sources["a"], interp.sources["b"])
    interp.length = len(arrays[0])
    control.engine.sources.offer(arrays)
    control.send(c.INTERP_POSITION, [0.0])
    _send_speed(control)
    if interp.play_when_ready:
        interp.play_when_ready = False
        _play(control, c.IMMEDIATE)


def _send_speed(control: Control) -> None:
    """Source windows per output hop: real time, or one per hop in extend; over the stretch."""
    interp, engine = control.state.interp, control.engine
    source_hop = interp.sources["a"].hop if "a" in interp.sources else engine.hop
    per_hop = 1.0 if interp.strategy == "extend" else engine.hop / source_hop
    control.send(c.INTERP_SPEED, [per_hop / interp.stretch])


def source_a(control, args, due, sender) -> None:
    _set_source(control, "a", args[0], sender)


def source_b(control, args, due, sender) -> None:
    _set_source(control, "b", args[0], sender)


def strategy(control: Control, args, due, sender) -> None:
    interp = control.state.interp
    changes_hop = (args[0] == "extend") != (interp.strategy == "extend")
    interp.strategy = args[0]
    if changes_hop and interp.specs:
        # extend encodes the sources again with a small hop (and back)
        for which, spec in list(interp.specs.items()):
            interp.sources.pop(which, None)
            _set_source(control, which, spec, sender)
    else:
        _send_speed(control)
    if interp.active:
        control.send(c.INTERP_STRATEGY, [STRATEGIES[args[0]]], due)


def amount(control, args, due, sender) -> None:
    control.send(c.INTERP_AMOUNT, args, due)


def _offer_curve(control: Control, build, *args) -> None:
    """Build a curve (finite, inside the amount range: checked by :mod:`curves`) and offer it."""
    try:
        built = build(*args)
    except RtvaeError as exc:
        raise ArgumentError(str(exc)) from exc
    control.engine.curve.offer(built)


def curve(control, args, due, sender) -> None:
    _offer_curve(control, curves.from_values, args)


def breakpoints(control, args, due, sender) -> None:
    _offer_curve(control, curves.from_breakpoints, args)


def function(control, args, due, sender) -> None:
    _offer_curve(control, curves.function, args[0], args[1:])


def stretch(control: Control, args, due, sender) -> None:
    control.state.interp.stretch = args[0]
    _send_speed(control)


def loop(control, args, due, sender) -> None:
    control.send(c.INTERP_LOOP, args, due)


def play(control: Control, args, due, sender) -> None:
    interp = control.state.interp
    interp.listener = sender
    control.latent_from(sender)
    if interp.pending and set(interp.specs) | set(interp.pending) == set(SOURCES):
        interp.play_when_ready = True  # starts once the pair is ready
        return
    if interp.length == 0:
        raise ControlError("set both sources first: /rtvae/interp/a and /rtvae/interp/b")
    _play(control, due)


def _play(control: Control, due: float) -> None:
    descriptors.release(control)
    interp = control.state.interp
    interp.active = True
    control.send(c.INTERP_STRATEGY, [STRATEGIES[interp.strategy]], due)
    control.send(c.INTERP_PLAY, [1.0], due)


def stop(control, args, due, sender) -> None:
    control.state.interp.play_when_ready = False
    control.send(c.INTERP_PLAY, [0.0], due)


def position(control: Control, args, due, sender) -> None:
    control.send(c.INTERP_POSITION, [args[0] * max(control.state.interp.length - 1, 0)], due)


def play_sequence(control: Control, source, due: float, sender) -> None:
    """Play one latent sequence as it is, looped, through the interpolation engine (both sources ``source``,
    stepwise at amount 0): how a mix over time plays (rtvae.control.knobs)."""
    interp = control.state.interp
    interp.generation += 1  # a source still resolving is superseded
    interp.pending.clear()
    interp.specs = {which: source.name for which in SOURCES}
    interp.sources = {which: source for which in SOURCES}
    interp.strategy, interp.stretch, interp.listener = "stepwise", 1.0, sender
    interp.play_when_ready = False
    control.latent_from(sender)
    _offer_pair(control)
    control.send(c.INTERP_AMOUNT, [0.0], due)
    control.send(c.INTERP_LOOP, [1.0], due)
    _play(control, due)


def tick(control: Control) -> None:
    """``/rtvae/out/interp position progress playing`` while a sequence plays (and once when it stops)."""
    interp, params = control.state.interp, control.engine.params
    playing = int(params[c.P_PLAYING] > 0 and params[c.P_STRATEGY] != 0)
    was_playing, interp.reported_playing = interp.reported_playing, playing
    if interp.length == 0 or not (playing or was_playing):
        return
    where = float(params[c.P_POSITION])
    control.reply(interp.listener, "/rtvae/out/interp", position=where,
                  progress=where / max(interp.length - 1, 1), playing=playing, stream=True)


HANDLERS = {
    "/rtvae/interp/a": source_a, "/rtvae/interp/b": source_b, "/rtvae/interp/mode": strategy,
    "/rtvae/interp/amount": amount, "/rtvae/interp/curve": curve, "/rtvae/interp/breakpoints": breakpoints,
    "/rtvae/interp/function": function, "/rtvae/interp/stretch": stretch, "/rtvae/interp/loop": loop,
    "/rtvae/interp/play": play, "/rtvae/interp/stop": stop, "/rtvae/interp/position": position,
}
