"""``/rtvae/corpus/load``: switch the corpus live (loaded on a helper, swapped in here)."""

from __future__ import annotations

from rtvae.control.control import Control
from rtvae.errors import ControlError
from rtvae.paths import check_name

ADDRESS = "/rtvae/corpus/load"


def load(control: Control, name: str, listener) -> None:
    """Load corpus ``name`` for the newest engine's model; the old one serves until it is ready.

    A newer request supersedes an older one still loading (e.g. the first start's build of
    the default corpus): whichever finishes, only the newest is swapped in.
    """
    state = control.state.corpus
    state.generation += 1
    state.loading += 1
    generation, model = state.generation, control.engine.model

    def done() -> None:
        state.loading -= 1

    def ready(corpus) -> None:
        done()
        if generation != state.generation or control.engine.model is not model:
            return  # superseded, or the model changed meanwhile (its own load follows)
        state.name, state.corpus = name, corpus
        if corpus is not None:
            control.reply(listener, "/rtvae/corpus/loaded", name=name, sounds=len(corpus.names),
                          windows=len(corpus.mu))

    control.later(ADDRESS, listener, control.rig.open_corpus, model, name, then=ready, undo=done)


def load_message(control: Control, args, due, sender) -> None:
    load(control, check_name(args[0]), sender)


def require(control: Control):
    """The loaded corpus, or a clear error saying why there is none yet."""
    state = control.state.corpus
    if state.corpus is None:
        if state.loading:
            raise ControlError("the corpus is still being prepared (a few seconds at first start); try again")
        raise ControlError(f"no corpus '{state.name}' for this model: build one with "
                           "'rtvae corpus build DIR --name NAME' and send /rtvae/corpus/load NAME")
    return state.corpus


HANDLERS = {ADDRESS: load_message}
