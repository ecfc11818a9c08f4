"""``/rtvae/corpus/load``: switch the corpus live (loaded on a helper, swapped in here)."""

from __future__ import annotations

from rtvae.control import descriptors, knobs, maps
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

    def ready(loaded) -> None:
        done()
        corpus, selector = loaded
        if generation != state.generation or control.engine.model is not model:
            return  # superseded, or the model changed meanwhile (its own load follows)
        state.name, state.corpus = name, corpus
        descriptors.adopt(control, corpus, selector)
        knobs.corpus_changed(control)
        maps.corpus_changed(control)
        if corpus is not None:
            control.reply(listener, "/rtvae/corpus/loaded", name=name, sounds=len(corpus.names),
                          windows=len(corpus.mu))

    open_corpus, hop = control.rig.open_corpus, control.engine.hop

    def job():  # on a helper: the corpus, and the descriptor selector over its atlas (a quarter second)
        corpus = open_corpus(model, name)
        return corpus, descriptors.selector_for(corpus, hop)

    control.later(ADDRESS, listener, job, then=ready, undo=done)


MAX_LOADING = 2  # a load, and one newer that supersedes it: more would only queue slow work


def load_message(control: Control, args, due, sender) -> None:
    state = control.state.corpus
    if args[0] == state.name and state.corpus is not None and not state.loading:
        # Already the one in use: say so rather than load 100 MB again (a patch may resend it).
        control.reply(sender, "/rtvae/corpus/loaded", name=state.name, sounds=len(state.corpus.names),
                      windows=len(state.corpus.mu))
        return
    if state.loading >= MAX_LOADING:
        raise ControlError("corpora are already loading; send /rtvae/corpus/load again when one is loaded")
    load(control, check_name(args[0]), sender)


HANDLERS = {ADDRESS: load_message}
