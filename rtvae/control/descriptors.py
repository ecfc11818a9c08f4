"""``/rtvae/descriptor/*``: play the model by what it should sound like.

A value target is followed live: every tick the selector (:mod:`rtvae.explore.targets`)
chooses the latent of each coming hop, and each goes to the engine as a record due on
that hop, a little ahead of the audio (``LOOKAHEAD_HOPS``); a new target plans again
from the next hop, and its records, arriving later, win on the hops already sent. A
curve is planned whole (a Viterbi path, as offline) when it plays, then scheduled the
same way along its transport. ``/rtvae/out/descriptors`` reports what the audio that
actually played measures, from the player's monitor ring, not what the atlas predicts.
Turned semantic knobs are aimed on each scheduled hop too (:func:`rtvae.control.knob_trails.hop_offset`),
their displacement due on the same hop as its latent.
"""

from __future__ import annotations

import copy

import numpy as np

from rtvae.control import knob_trails
from rtvae.control.control import Control
from rtvae.control.state import DescriptorState
from rtvae.engine import controls as c
from rtvae.engine.engine import K_NEXT_HOP
from rtvae.errors import ControlError
from rtvae.osc.namespace import DESCRIPTOR_NAMES

LOOKAHEAD_HOPS = 16  # latents sent ahead of the audio: more than one tick's worth (50 ms)


def _state(control: Control) -> DescriptorState:
    return control.state.descriptors


def selector_for(loaded, hop: int):
    """A selector over a corpus's atlas for an engine hop (slow: a helper makes it), or None."""
    from rtvae.explore.targets import Selector, steps_per_hop

    if loaded is None or loaded.atlas is None:
        return None
    return Selector(loaded.atlas, step=steps_per_hop(hop, loaded.hop))


def adopt(control: Control, loaded, selector) -> None:
    """A new corpus is in: its selector replaces the old one, and following stops."""
    release(control)
    state = _state(control)
    state.selector, state.corpus, state.path = selector, loaded, None


def _selector(control: Control):
    """The selector for the loaded corpus (made here if a corpus came without one)."""
    from rtvae.explore.targets import TargetError

    state, loaded = _state(control), control.state.corpus.require()
    if state.corpus is not loaded or state.selector is None:
        adopt(control, loaded, selector_for(loaded, control.engine.hop))
    if state.selector is None:
        raise TargetError("this corpus has no descriptor atlas; rebuild it with rtvae corpus build")
    return state.selector


def _pairs(args) -> dict:
    return dict(zip(args[0::2], args[1::2]))


def _say_clamped(control: Control, names, sender, address: str = "/rtvae/descriptor/target") -> None:
    state = _state(control)
    fresh = [n for n in names if n not in state.told]
    state.told.update(fresh)
    if fresh:
        ranges = _selector(control).ranges()
        said = ", ".join(f"{n} to [{ranges[n].low:.4g}, {ranges[n].high:.4g}]" for n in fresh)
        control.fail(sender, address, ControlError(f"clamped to the corpus range: {said}"))


def _follow(control: Control, mode: str) -> None:
    """Take the latent over: no slew (the path moves hop by hop), from the next hop on."""
    state, engine = _state(control), control.engine
    if state.mode == "off":
        state.smooth_ms = float(engine.params[c.P_SMOOTH_MS])
        control.send(c.SMOOTH_MS, [0.0])
    if control.state.interp.active:
        control.state.interp.active = False
        control.send(c.INTERP_STRATEGY, [0.0])
    state.mode = mode
    state.scheduled_until = int(engine.state[K_NEXT_HOP])


def target(control: Control, args, due, sender) -> None:
    selector = _selector(control)
    clamped = selector.set_targets(_pairs(args))
    follow_targets(control, selector, sender)
    _say_clamped(control, clamped, sender)


def follow_targets(control: Control, selector, sender) -> None:
    """Follow ``selector``'s value targets hop by hop: the corpus's descriptors, or the map's places
    (:mod:`rtvae.control.maps`, whose pad in ``sound`` mode is a target over them)."""
    state = _state(control)
    if state.following is not None and state.following is not selector:
        state.following.off()
    state.following = selector
    control.latent_from(sender)
    state.listener = sender
    _follow(control, "value")
    _schedule(control)


def weight(control: Control, args, due, sender) -> None:
    _selector(control).set_weights(_pairs(args))
    _replan(control)


def continuity(control: Control, args, due, sender) -> None:
    _selector(control).set_continuity(args[0])
    _replan(control)


def _replan(control: Control) -> None:
    state = _state(control)
    if state.mode == "value":
        state.scheduled_until = int(control.engine.state[K_NEXT_HOP])
        _schedule(control)


def curve(control: Control, args, due, sender) -> None:
    selector = _selector(control)
    values, clamped = selector.clamp(args[0], np.asarray(args[1:], np.float64))
    state = _state(control)
    state.curves = {**state.curves, args[0]: values}  # a new dict: a plan under way for the old one is dropped
    state.path = None  # planned again on play
    if clamped:
        _say_clamped(control, [args[0]], sender, "/rtvae/descriptor/curve")


def duration(control: Control, args, due, sender) -> None:
    state = _state(control)
    state.duration_s, state.path = args[0], None


def _planner(control: Control):
    """A job planning the curves' whole path (a Viterbi over every hop: seconds for a long
    curve), to run on a helper with its own copy of the selector, never on the control thread."""
    state, engine = _state(control), control.engine
    if not state.curves:
        raise ControlError("no curve: send /rtvae/descriptor/curve NAME values... first")
    if state.duration_s is None:
        raise ControlError("the curves have no duration: send /rtvae/descriptor/duration SECONDS first")
    n_hops = max(2, int(round(state.duration_s * engine.sample_rate / engine.hop)))
    curves = {name: np.interp(np.linspace(0, len(v) - 1, n_hops), np.arange(len(v)), v)
              for name, v in state.curves.items()}
    selector, start = copy.copy(_selector(control)), engine.target.copy()
    selector._targets, selector._weights = dict(selector._targets), dict(selector._weights)
    return lambda: selector.path(curves, start).astype(np.float32)


def _planned(control: Control, then) -> None:
    """Run ``then()`` once the path is planned (at once if it is)."""
    state = _state(control)
    if state.path is not None:
        then()
        return
    job, curves = _planner(control), state.curves

    def ready(path) -> None:
        if state.curves is curves:  # not redrawn meanwhile
            state.path = path
            then()

    control.later("/rtvae/descriptor/play", state.listener, job, then=ready)


def play(control: Control, args, due, sender) -> None:
    state = _state(control)
    state.listener = sender
    control.latent_from(sender)
    _planned(control, lambda: _start(control))


def _start(control: Control) -> None:
    state = _state(control)
    if state.position >= len(state.path):
        state.position = 0
    state.playing = True
    _follow(control, "curve")
    _schedule(control)


def stop(control: Control, args, due, sender) -> None:
    _state(control).playing = False


def loop(control: Control, args, due, sender) -> None:
    _state(control).loop = bool(args[0])


def position(control: Control, args, due, sender) -> None:
    state = _state(control)

    def jump() -> None:
        state.position = int(round(args[0] * (len(state.path) - 1)))
        if state.mode == "curve":
            state.scheduled_until = int(control.engine.state[K_NEXT_HOP])

    _planned(control, jump)


def off(control: Control, args, due, sender) -> None:
    release(control)


def release(control: Control) -> None:
    """Hand the latent back (a latent message, or /rtvae/descriptor/off)."""
    state = _state(control)
    if state.mode != "off" and state.smooth_ms is not None:
        control.send(c.SMOOTH_MS, [state.smooth_ms])
    state.mode, state.playing = "off", False
    for selector in (state.selector, state.following):  # the same one twice is harmless
        if selector is not None:
            selector.off()
    state.following = None


def ranges(control: Control, args, due, sender) -> None:
    selector = _selector(control)
    for name, r in selector.ranges().items():
        control.reply(sender, "/rtvae/descriptor/range", name=name, unit=r.unit, low=r.low, high=r.high,
                      robust_low=r.robust_low, robust_high=r.robust_high)


def _next_latent(control: Control, state: DescriptorState):
    if state.mode == "value":
        return state.following.select()
    if not state.playing:
        return None
    if state.position >= len(state.path):
        if not state.loop:
            state.playing = False
            return None
        state.position = 0
    latent = state.path[state.position]
    state.position += 1
    return latent


def _schedule(control: Control) -> None:
    """Send the latents of every hop up to ``LOOKAHEAD_HOPS`` ahead of the engine, each due on its hop."""
    state, engine = _state(control), control.engine
    hop = engine.hop
    horizon = int(engine.state[K_NEXT_HOP]) + LOOKAHEAD_HOPS * hop
    frame = max(state.scheduled_until, int(engine.state[K_NEXT_HOP]))
    while frame < horizon:
        latent = _next_latent(control, state)
        if latent is None:
            break
        offset = knob_trails.hop_offset(control, latent, (state.following or state.selector).step)
        control.send(c.Z_ALL, latent, float(frame))
        if offset is not None:
            control.send(c.Z_OFFSET, offset, float(frame))
        frame += hop
    state.scheduled_until = frame


class Meter:
    """The last window that played, taken from the player's monitor ring and measured.

    Buffers are made once; a tick drains the ring (so it never holds stale sound) and
    measures only when someone can hear the stream.
    """

    def __init__(self, monitor, window: int, sample_rate: int):
        from rtvae.explore.descriptors import N_DESCRIPTORS, Describer

        self.monitor, self.window = monitor, window
        self.describer = Describer(window, sample_rate)
        self.last = np.zeros(window, np.float32)
        self.chunk = np.zeros(monitor.buffer.shape[0], np.float32)
        self.values = np.zeros(N_DESCRIPTORS, np.float32)  # the types Describer.warm compiles (at Session.warm)

    def take(self) -> bool:
        """Move what played since the last call into ``last``; False if nothing did."""
        n = len(self.monitor)
        if n == 0 or not self.monitor.read(self.chunk, n):
            return False
        keep = min(n, self.window)
        self.last[:self.window - keep] = self.last[keep:]
        self.last[self.window - keep:] = self.chunk[n - keep:n]
        return True

    def measure(self) -> np.ndarray:
        self.describer.describe_into(self.last, self.values)
        return self.values


def _measure(control: Control, state: DescriptorState) -> None:
    """Stream what the last window that played measures (registered clients and targets)."""
    if state.meter is None:
        state.meter = Meter(control.rig.player.monitor, control.engine.model.card.window, control.engine.sample_rate)
    if not state.meter.take() or not control.replies.clients.anyone():
        return
    values = state.meter.measure()
    control.reply(state.listener or control.last_client, "/rtvae/out/descriptors", stream=True,
                  **{name: float(v) for name, v in zip(DESCRIPTOR_NAMES, values)})


def tick(control: Control) -> None:
    state = _state(control)
    if state.mode != "off":
        _schedule(control)
    _measure(control, state)


HANDLERS = {
    "/rtvae/descriptor/target": target, "/rtvae/descriptor/weight": weight,
    "/rtvae/descriptor/continuity": continuity, "/rtvae/descriptor/curve": curve,
    "/rtvae/descriptor/duration": duration, "/rtvae/descriptor/play": play, "/rtvae/descriptor/stop": stop,
    "/rtvae/descriptor/loop": loop, "/rtvae/descriptor/position": position, "/rtvae/descriptor/off": off,
    "/rtvae/descriptor/range": ranges,
}
