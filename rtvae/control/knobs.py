"""``/rtvae/knobs``, ``/rtvae/knob/<name>``, ``/rtvae/knobs/info``, ``/rtvae/mix`` and ``/rtvae/mix/snap``.

The knobs (:mod:`rtvae.explore.knobs`) are fitted on a helper the first time a knob message
comes for a corpus (a few seconds of both cores: not at every corpus load, where it would take
them from whoever plays without knobs); what the messages ask is done once they are. Their
amounts make one latent displacement that the engine adds to whatever sets the latent
(``Z_OFFSET``), so they turn a map position, an interpolation or a descriptor target alike.
The semantic knobs are aimed around the latent the engine is going to when they turn, and
again, on the control tick, whenever that latent has moved by a quarter of a typical jump.
While a sound plays (descriptor targets, the pad's sound mode, an interpolation or a played
sequence) they are aimed on every hop along a trail instead (:mod:`rtvae.control.knob_trails`).
A mix (:mod:`rtvae.explore.algebra`) becomes the latent target, as a coordinate would.
"""

from __future__ import annotations

import math

import numpy as np

from rtvae.control import interp, knob_trails, latent, live_input, maps
from rtvae.control.control import Control
from rtvae.engine import controls as c
from rtvae.errors import ControlError
from rtvae.osc.namespace import SEMANTIC_KNOBS

REAIM_JUMPS = 0.25  # typical jumps the base latent moves before the semantic knobs are aimed again


def fit_for(corpus, model):
    """The corpus's knobs (slow, about two seconds: a helper runs it), or None without an atlas."""
    from rtvae.explore.corpus import Analyser
    from rtvae.explore.knobs import fit_knobs

    if corpus is None or corpus.atlas is None:
        return None
    analyser = Analyser(model)
    return fit_knobs(corpus, analyser.decode, analyser.describe, corpus.hop)


def corpus_changed(control: Control) -> None:
    """A new corpus is in: the old knobs go (every amount back to 0: their directions mean nothing now)."""
    state = control.state.knobs
    turned = state.principal.any() or any(state.semantic.values())
    knob_trails.restore_sources(control)
    state.knobs = None
    state.principal[:] = 0.0
    state.semantic.clear()
    state.aimed_at = None
    state.trails.clear()
    state.carried = False
    state.waiting.clear()
    state.generation += 1
    if turned:  # a record only when there is an offset to take back
        control.send(c.Z_OFFSET, [0.0] * control.engine.latent_size)


def _with_knobs(control: Control, sender, address: str, then) -> None:
    """``then(knobs)`` now, or once the loaded corpus's knobs are fitted (on a helper, once per corpus)."""
    state = control.state.knobs
    if state.knobs is not None:
        then(state.knobs)
        return
    corpus = control.state.corpus.require()
    state.waiting.append((sender, address, then, control.replies.current()))
    if len(state.waiting) > 1:
        return  # a fit is already under way
    model, generation = control.engine.model, state.generation

    def ready(fitted) -> None:
        if generation != state.generation or control.state.corpus.corpus is not corpus:
            return  # another corpus since: its own first knob message fits its knobs
        waiting = list(state.waiting)
        state.waiting.clear()
        if fitted is not None:
            state.knobs = fitted
        for to, where, action, budget in waiting:  # each within what its own request has left
            with control.replies.answering(budget):
                try:
                    if fitted is None:
                        raise ControlError("this corpus has no descriptor atlas, so no knobs")
                    action(fitted)
                except Exception as exc:
                    control.fail(to, where, exc)

    control.later(address, sender, fit_for, corpus, model, then=ready, undo=state.waiting.clear)


def _apply(control: Control, due: float = c.IMMEDIATE) -> None:
    """Send the knobs' displacement; the semantic knobs are aimed around the latent the engine is going to, or,
    while a sound plays, along it (:mod:`rtvae.control.knob_trails`)."""
    state = control.state.knobs
    turned = _turned(state)
    if knob_trails.per_hop(control) and (turned or state.carried):
        state.aimed_at = None
        return  # the path's next hops carry it (the first also takes back a displacement the last carried)
    sources = knob_trails.playing_sources(control) if turned else None
    if sources is not None:
        state.aimed_at = None
        knob_trails.aim_sources(control, sources, turned)
        return
    knob_trails.restore_sources(control)
    state.trails.clear()
    state.carried = False
    base = base_latent(control)
    state.aimed_at = base if turned else None
    control.send(c.Z_OFFSET, state.knobs.offset(state.principal, state.semantic, base), due)


def _turned(state) -> dict:
    """The semantic knobs turned away from 0, by name."""
    return {name: amount for name, amount in state.semantic.items() if amount}


def base_latent(control: Control) -> np.ndarray:
    """What the semantic knobs turn: the latent the engine is going to; with live input, the latent the last
    hop played (the input's mixed in), the knobs' own offset taken out."""
    engine = control.engine
    if engine.input_line is not None:
        return maps.playing(control) - engine.offset
    return engine.target.copy()


def tick(control: Control) -> None:
    """Aim the turned semantic knobs again once the latent they turn has moved (a map, a curve, a new sound):
    an aim belongs to the sound it was taken on."""
    state = control.state.knobs
    if state.knobs is None or knob_trails.per_hop(control):
        return
    turned = _turned(state)
    if turned and knob_trails.playing_sources(control) is not None:
        if knob_trails.sources_key(control, turned) not in (state.sources_key, state.sources_pending):
            _apply(control)  # an interpolation began, or its sources changed
        return
    if state.sources_key is not None:
        _apply(control)  # the interpolation handed the latent back: the originals go back in
        return
    if not turned:
        return
    if state.aimed_at is None:  # a path or interpolation that carried the knobs has ended
        _apply(control)
        return
    moved = float(np.linalg.norm(base_latent(control) - state.aimed_at))
    if moved > REAIM_JUMPS * state.knobs.aimer.jump:
        _apply(control)


def principal(control: Control, args, due, sender) -> None:
    amounts = list(args)

    def turn(knobs) -> None:
        if len(amounts) > len(knobs.principal):
            raise ControlError(f"this corpus has {len(knobs.principal)} principal knobs, got {len(amounts)} amounts")
        control.state.knobs.principal[:len(amounts)] = amounts
        _apply(control, due)

    _with_knobs(control, sender, "/rtvae/knobs", turn)


def semantic(name: str):
    def handler(control: Control, args, due, sender) -> None:
        amount = float(args[0])

        def turn(knobs) -> None:
            if name not in knobs.semantic:
                raise ControlError(f"this corpus's atlas has no {name} direction")
            control.state.knobs.semantic[name] = amount
            _apply(control, due)

        _with_knobs(control, sender, f"/rtvae/knob/{name}", turn)
    handler.__name__ = f"knob_{name}"
    return handler


def info(control: Control, args, due, sender) -> None:
    def answer(knobs) -> None:
        units = control.state.corpus.corpus.atlas.units
        for index, knob in enumerate(knobs.principal + list(knobs.semantic.values())):
            moves = knob.aim or knob.moves
            control.reply(sender, "/rtvae/knobs/info", index=index, name=knob.name, sigma=knob.sigma,
                          explained=knob.explained, moves=moves, per_sigma=knob.effects.get(moves, math.nan),
                          unit=units.get(moves, ""), per_sigma_z=knob.effects_z.get(moves, math.nan))

    _with_knobs(control, sender, "/rtvae/knobs/info", answer)


def mix(control: Control, args, due, sender) -> None:
    """Sum on a helper (every name is checked before anything plays), then play: a held result as the latent
    target, a sequence looped through the interpolation engine."""
    from rtvae.explore.algebra import mix as mix_latents
    from rtvae.explore.sources import Source

    pairs = list(zip(args[0::2], args[1::2]))
    onto_input, pairs = live_input.split_input(pairs)
    if onto_input:
        live_input.require_input(control)
        if not pairs:  # the input alone, scaled
            live_input.mix_onto_input(control, onto_input, None, due)
            return
    corpus = control.state.corpus.require()
    presets, snap_amount = dict(control.state.presets), control.state.knobs.mix_snap
    generation = control.state.knobs.mix_generation = control.state.knobs.mix_generation + 1

    def ready(result) -> None:
        if generation != control.state.knobs.mix_generation or control.state.corpus.corpus is not corpus:
            return  # a newer mix, or another corpus, since
        if result.latents.shape[1] != control.engine.latent_size:
            raise ControlError("the mix's latent size is not the model's")
        if onto_input:
            live_input.mix_onto_input(control, onto_input, result, due)
        elif result.held:
            latent.take_over(control, due, sender)
            control.send(c.Z_ALL, result.latents[0], due)
        else:
            source = Source("mix", result.latents.astype("float32"), result.logvar.astype("float32"), corpus.hop)
            interp.play_sequence(control, source, due, sender)
        control.reply(sender, "/rtvae/mix/result", weight_sum=result.weight_sum, off_manifold=result.off_manifold,
                      nearest=result.nearest, warning=result.warning)

    control.later("/rtvae/mix", sender, mix_latents, corpus, presets, pairs, snap_amount, then=ready)


def snap(control: Control, args, due, sender) -> None:
    control.state.knobs.mix_snap = float(args[0])


HANDLERS = {"/rtvae/knobs": principal, "/rtvae/knobs/info": info, "/rtvae/mix": mix, "/rtvae/mix/snap": snap,
            **{f"/rtvae/knob/{name}": semantic(name) for name in SEMANTIC_KNOBS}}
