"""``/rtvae/z``, ``/rtvae/z/set`` and ``/rtvae/z/stream``: the performer sets the latent target.

``/rtvae/z`` is slewed (``/rtvae/smooth``); a ``/rtvae/z/stream`` frame is played exactly on the
hop its timetag falls on, as a series recorded one frame per hop (``/rtvae/z/report``) must be:
slewing it would blur it, as it would an interpolation's windows.
"""

from __future__ import annotations

from rtvae.control import descriptors
from rtvae.control.control import Control
from rtvae.engine import controls as c
from rtvae.errors import ArgumentError


def take_over(control: Control, due: float, sender) -> None:
    """A latent message ends a playing interpolation: the latent is the performer's again."""
    control.latent_from(sender)
    descriptors.release(control)
    control.state.interp.active = False
    control.state.interp.play_when_ready = False
    if control.engine.params[c.P_STRATEGY] != 0:
        control.send(c.INTERP_STRATEGY, [0.0], due)
        control.send(c.SIGMA_ALL, control.engine.start_sigma(), due)


def z(control: Control, args, due, sender) -> None:
    take_over(control, due, sender)
    control.send(c.Z_ALL, args, due)


def z_set(control: Control, args, due, sender) -> None:
    size = control.engine.latent_size
    bad = [i for i in args[0::2] if i >= size]
    if bad:
        raise ArgumentError(f"index {bad[0]} is out of range [0, {size - 1}]")
    take_over(control, due, sender)
    control.send(c.Z_PAIRS, args, due)


def z_frame(control: Control, args, due, sender) -> None:
    take_over(control, due, sender)
    control.send(c.Z_FRAME, args, due)


HANDLERS = {"/rtvae/z": z, "/rtvae/z/set": z_set, "/rtvae/z/stream": z_frame}
