"""``/rtvae/xy``, ``/rtvae/map/load`` and the latent's streams (``/rtvae/out/xy``, ``/rtvae/out/z``).

A map belongs to a corpus (:mod:`rtvae.explore.maps`): loading a corpus drops the old
corpus's map and loads the wanted map name of the new one, on a helper. In ``latent``
mode (the default) ``/rtvae/xy`` reads the map's baked grid bilinearly into a buffer made
once per map and sends it as the latent target, slewed like any latent. A latent held
still plays quietly on this raw-waveform model (its window overlap-adds with itself out
of phase: the map's level picture shows it), so in ``sound`` mode the place is instead a
target over the places of the atlas points, followed hop by hop along real corpus runs
that pass near it (the descriptor targets' selector, :mod:`rtvae.control.descriptors`):
the pad then plays the corpus's sounds at their own level. The tick places the latent playing (the engine's
slewed latent plus the knobs' offset) on the map for ``/rtvae/out/xy``, so a pad follows
interpolations and descriptor targets too.
"""

from __future__ import annotations

import math

import numpy as np

from rtvae.control import descriptors, latent
from rtvae.control.control import Control
from rtvae.explore.maps import place_targets
from rtvae.engine import controls as c
from rtvae.errors import ControlError
from rtvae.paths import check_name

ADDRESS = "/rtvae/map/load"
KEEPALIVE_TICKS = 20   # /rtvae/out/xy is sent when it moves, and at least once a second


def load(control: Control, name: str, listener, quiet_if_missing: bool = False) -> None:
    """Load map ``name`` of the loaded corpus on a helper; a newer request supersedes it."""
    from rtvae.explore.corpus import model_fingerprint
    from rtvae.explore.maps import open_map

    state, corpus_state = control.state.maps, control.state.corpus
    corpus = corpus_state.require()
    state.name = name
    state.generation += 1
    state.loading += 1
    generation = state.generation
    corpus_name, folder, model = corpus_state.name, control.rig.corpora_dir, control.engine.model

    def done() -> None:
        state.loading -= 1

    def ready(loaded) -> None:
        done()
        if loaded is None:
            return  # the wanted map is not built for this corpus: quiet at a corpus switch
        if generation != state.generation or control.state.corpus.corpus is not corpus:
            return  # superseded, or the corpus changed meanwhile
        made, places = loaded
        adopt(control, made, places)
        control.reply(listener, "/rtvae/map/loaded", name=made.name, method=made.method, grid=made.size)

    hop = control.engine.hop

    def job():  # the map, and a selector over its places of the atlas points (a quarter second)
        from rtvae.errors import CorpusError
        from rtvae.explore.maps import places_atlas
        from rtvae.explore.targets import Selector, steps_per_hop

        try:
            made = open_map(corpus_name, name, folder, model_fingerprint(model))
        except CorpusError:
            if quiet_if_missing:
                return None
            raise
        places = None
        if corpus.atlas is not None:
            # No pulse cost: the pad is judged by where it lands (benchmarks/maps.py's round trips), and the
            # pulse cost, tried on descriptor curves only, would pull it off the place asked for.
            places = Selector(places_atlas(made, corpus.atlas), step=steps_per_hop(hop, corpus.hop), pulse_cost=0.0)
        return made, places

    control.later(ADDRESS, listener, job, then=ready, undo=done)


def adopt(control: Control, loaded, places=None) -> None:
    state = control.state.maps
    if state.places is not None and control.state.descriptors.following is state.places:
        descriptors.release(control)  # the pad was playing this map's places
    state.map, state.places = loaded, places
    state.latent = None if loaded is None else np.zeros(loaded.grid.shape[2], np.float64)
    state.last_xy = None


def corpus_changed(control: Control) -> None:
    """A new corpus is in: its map of the wanted name replaces the old corpus's map (if it has one)."""
    adopt(control, None)
    if control.state.maps.name and control.state.corpus.corpus is not None:
        load(control, control.state.maps.name, None, quiet_if_missing=True)


def load_message(control: Control, args, due, sender) -> None:
    name = check_name(args[0])
    control.state.corpus.require()
    load(control, name, sender)


def xy(control: Control, args, due, sender) -> None:
    state = control.state.maps
    if state.map is None:
        raise ControlError(_no_map(control))
    x, y = float(args[0]), float(args[1])
    cx, cy = min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)
    if state.mode == "sound" and state.places is not None:
        state.places.set_targets({"x": cx, "y": cy, **place_targets(state.places)})
        descriptors.follow_targets(control, state.places, sender)
    else:
        latent.take_over(control, due, sender)
        control.send(c.Z_ALL, state.map.latent_at(cx, cy, out=state.latent), due)
    if (cx, cy) != (x, y):
        if not state.clamped_told:
            state.clamped_told = True
            raise ControlError(f"x y ({x:g}, {y:g}) is outside the map: clamped to ({cx:g}, {cy:g}) "
                               "(said once until a point inside arrives)")
    else:
        state.clamped_told = False


def mode(control: Control, args, due, sender) -> None:
    state = control.state.maps
    if args[0] == "sound" and state.map is not None and state.places is None:
        raise ControlError("this corpus has no descriptor atlas, so the pad can only play the map's latents")
    if args[0] == "latent" and control.state.descriptors.following is state.places is not None:
        descriptors.release(control)
    state.mode = args[0]


def _no_map(control: Control) -> str:
    from rtvae.explore.maps import map_names

    corpus = control.state.corpus.name
    known = map_names(corpus, control.rig.corpora_dir)
    if known:
        return f"no map loaded: send /rtvae/map/load with one of {', '.join(known)}"
    return f"no map loaded, and corpus '{corpus}' has none: build one with rtvae map build --corpus {corpus}"


def playing(control: Control) -> np.ndarray:
    """The latent playing: the engine's slewed latent plus the knobs' offset; with live input, the last
    hop's latent, the input mixed in (a copy)."""
    from rtvae.engine.controls import INPUT_T_PLAYED

    engine = control.engine
    if engine.input_line is not None:
        return engine.transform[INPUT_T_PLAYED].copy()
    return engine.current + engine.offset


def z_get(control: Control, args, due, sender) -> None:
    control.reply(sender, "/rtvae/out/z", value=playing(control).tolist())


TICKS_PER_SECOND = 20  # the control thread's tick (rtvae.control.dispatch): the plain stream's rate


def z_report(control: Control, args, due, sender) -> None:
    state = control.state.maps
    state.z_report = bool(args[0])
    state.z_per_second = float(args[1]) if len(args) > 1 and state.z_report else 0.0
    state.listener = sender
    if state.tapped is not None and state.z_per_second <= TICKS_PER_SECOND:
        control.send(c.LATENT_TAP, [0.0])
        state.tapped = None


def stream_hop_latents(control: Control, to) -> None:
    """``/rtvae/out/z`` for the hops the engine's tap holds, ``z_per_second`` of them (a tick's worth each tick)."""
    state, engine = control.state.maps, control.engine
    if state.tapped is not engine:  # a fresh engine (a hot swap) starts with its tap off
        control.send(c.LATENT_TAP, [1.0])
        state.tapped, state.next_tap_frame = engine, 0.0
    ring, row = engine.latent_tap, np.zeros(engine.latent_tap.width)
    every = engine.sample_rate / state.z_per_second
    while ring.pop(row):
        if row[0] >= state.next_tap_frame:
            state.next_tap_frame = row[0] + every - 0.5
            control.reply(to, "/rtvae/out/z", stream=True, value=row[1:].tolist())


def tick(control: Control) -> None:
    state = control.state.maps
    if not control.replies.clients.anyone():
        return
    if state.map is None and not state.z_report:
        return
    z = playing(control)
    to = state.listener or control.last_client
    if state.map is not None:
        x, y = (float(v) for v in state.map.project(z))
        if math.isfinite(x) and math.isfinite(y):
            rounded = (round(x, 4), round(y, 4))
            state.quiet_ticks += 1
            if rounded != state.last_xy or state.quiet_ticks >= KEEPALIVE_TICKS:
                state.last_xy, state.quiet_ticks = rounded, 0
                control.reply(to, "/rtvae/out/xy", stream=True, x=x, y=y)
    if state.z_report and state.z_per_second > TICKS_PER_SECOND:
        stream_hop_latents(control, to)
    elif state.z_report:
        control.reply(to, "/rtvae/out/z", stream=True, value=z.tolist())


HANDLERS = {"/rtvae/xy": xy, "/rtvae/xy/mode": mode, ADDRESS: load_message, "/rtvae/z/get": z_get, "/rtvae/z/report": z_report}
