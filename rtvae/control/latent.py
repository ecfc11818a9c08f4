"""``/rtvae/z`` and ``/rtvae/z/set``: the performer sets the latent target."""

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


HANDLERS = {"/rtvae/z": z, "/rtvae/z/set": z_set}
