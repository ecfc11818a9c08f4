"""The semantic knobs over a sound that plays: aimed on every hop along a trail, not once per tick.

A raw-waveform decoder's consecutive windows overlap-add coherently only when they come
from one sound, so a displacement aimed once and held while a sound plays moves its
windows toward different places, and they decode incoherently (``python
benchmarks/maps.py``: the pitch knob then moves f0 not at all, along a trail 93 Hz/σ). So
while a sound plays hop by hop, each hop gets its own aim, continuing the previous aim's
sound (:meth:`rtvae.explore.semantic.Aimer.offset` with trails):

* **a path the control side schedules** (descriptor targets, the pad's sound mode): each
  scheduled hop's latent gets its aim, sent as a ``Z_OFFSET`` due on the same hop
  (:func:`hop_offset`);
* **an interpolation or a played sequence** (the engine moves along its sources itself):
  the sources are aimed whole on a helper (:meth:`~rtvae.explore.semantic.Aimer.along`,
  about a third of a millisecond a window) and offered to the engine in place of the originals,
  the transport untouched; the knob's displacement leaves ``Z_OFFSET`` once they are in.
  The originals come back when the knobs go to 0 or the interpolation hands the latent
  back.

What is left (a coordinate slewing, a map drag, live input) moves no faster than a sound's
own hops, and :mod:`rtvae.control.knobs` aims it on the control tick.
"""

from __future__ import annotations

import numpy as np

from rtvae.control.control import Control
from rtvae.control.state import SOURCES
from rtvae.engine import controls as c


def per_hop(control: Control) -> bool:
    """Whether a path plays hop by hop from the control side (descriptor targets, the pad's sound mode)."""
    return control.state.descriptors.mode != "off"


def hop_offset(control: Control, latent: np.ndarray, hops: int = 1) -> np.ndarray | None:
    """The knobs' displacement for one scheduled hop of a path playing ``latent`` (``hops`` atlas successors
    after the one before), its semantic aims continuing their trails; None with no semantic knob turned."""
    state = control.state.knobs
    if state.knobs is None:
        return None
    if not any(state.semantic.values()):
        if not state.carried:
            return None
        state.carried = False   # the last semantic displacement a hop carried is taken back on this one
        return state.knobs.offset(state.principal, {})
    state.carried = True
    return state.knobs.offset(state.principal, state.semantic, latent, state.trails, hops)


def playing_sources(control: Control) -> dict | None:
    """The interpolation's sources while the engine follows them at the corpus hop (where a trail steps one
    atlas successor a window), else None (the extend strategy's small-hop encodings are aimed per tick)."""
    interp, corpus = control.state.interp, control.state.corpus.corpus
    if not interp.active or interp.length == 0 or set(interp.sources) != set(SOURCES) or corpus is None:
        return None
    if any(source.hop != corpus.hop for source in interp.sources.values()):
        return None
    return interp.sources


def sources_key(control: Control, semantic: dict) -> tuple:
    """What aimed sources are aimed for: the sources (their generation: every new one bumps it) and the amounts."""
    return control.state.interp.generation, tuple(sorted(semantic.items()))


def aim_sources(control: Control, sources: dict, semantic: dict) -> None:
    """Have the engine play ``sources`` aimed by the ``semantic`` amounts: at once if they already are (the
    principal part of the displacement sent), else aimed on a helper and offered when done; one job at a
    time, so a knob swept fast is aimed at its newest amount after each (the tick sees the difference)."""
    from rtvae.explore.sources import pair

    state, key = control.state.knobs, sources_key(control, semantic)
    if state.sources_key == key:
        control.send(c.Z_OFFSET, state.knobs.offset(state.principal, {}))
        return
    if state.sources_pending is not None:
        return  # one at a time: once it is in, the tick aims again for the newest amounts
    state.sources_pending = key
    aimer, a, b = state.knobs.aimer, sources["a"], sources["b"]

    def job():
        mu_a, logvar_a, mu_b, logvar_b = pair(a, b)
        moved = aimer.along(np.stack([mu_a, mu_b]), semantic)
        return (mu_a + moved[0]).astype(np.float32), logvar_a, (mu_b + moved[1]).astype(np.float32), logvar_b

    def landed(arrays) -> None:
        if state.sources_pending != key:
            return  # handed back meanwhile
        state.sources_pending = None
        if playing_sources(control) is None or control.state.interp.generation != key[0]:
            return  # other sources, or none, since: the tick aims what plays now
        control.engine.sources.offer(arrays)
        state.sources_key = key
        control.send(c.Z_OFFSET, state.knobs.offset(state.principal, {}))

    def dropped() -> None:
        if state.sources_pending == key:
            state.sources_pending = None

    control.later("/rtvae/knobs", control.last_client, job, then=landed, undo=dropped)


def restore_sources(control: Control) -> None:
    """Put the original sources back in the engine if aimed ones are there (or on their way)."""
    from rtvae.explore.sources import pair

    state, interp = control.state.knobs, control.state.interp
    state.sources_pending = None
    if state.sources_key is None:
        return
    state.sources_key = None
    if set(interp.sources) == set(SOURCES):
        control.engine.sources.offer(pair(interp.sources["a"], interp.sources["b"]))
