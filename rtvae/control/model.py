"""``/rtvae/model/load``: hot-swap a model, crossfaded, without a glitch.

A helper loads and warms the new engine; back on the control thread it is offered to
the player, which crossfades on the audio thread. The tick sees the fade end, releases
the old engine here (never on the audio thread), and announces the new model.
"""

from __future__ import annotations

from rtvae.control import corpus
from rtvae.control.control import Control
from rtvae.control.state import DescriptorState, InterpState
from rtvae.errors import ControlError
from rtvae.model.directory import DEFAULT_MODEL
from rtvae.paths import inside

ADDRESS = "/rtvae/model/load"


def load(control: Control, args, due, sender) -> None:
    name, state = args[0], control.state.model
    if name != DEFAULT_MODEL:
        path = inside(control.rig.models_dir, name)
        if not path.is_dir():
            raise ControlError(f"no model '{name}' in {control.rig.models_dir.resolve()}")
    if state.loading is not None:
        raise ControlError(f"a model is already loading ('{state.loading}')")
    state.loading, state.listener = name, sender
    control.later(ADDRESS, sender, control.rig.make_engine, name, then=lambda engine: _offer(control, engine),
                  undo=lambda: setattr(state, "loading", None))


def _offer(control: Control, engine) -> None:
    try:
        control.rig.player.offer(engine)
    except ValueError as exc:
        raise ControlError(str(exc)) from None


def tick(control: Control) -> None:
    """Once the crossfade is over: free the old engine, reset what belonged to it, announce."""
    state, player = control.state.model, control.rig.player
    if state.loading is None or player.incoming is not None or player.fading is not None:
        return
    if player.retired is None:
        return  # not offered yet: the helper is still loading
    player.retired = None
    state.name, state.loading = state.loading, None
    control.state.interp = InterpState()  # its sources were encoded by the old model
    control.state.descriptors = DescriptorState()  # and its atlas
    control.reply(state.listener, "/rtvae/model/loaded", name=state.name)
    corpus.load(control, control.state.corpus.name, state.listener)


HANDLERS = {ADDRESS: load}
