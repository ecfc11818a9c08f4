"""``/rtvae/preset/store`` and ``/recall``: named latents, kept for the session."""

from __future__ import annotations

from rtvae.control.control import Control
from rtvae.engine import controls as c
from rtvae.errors import ControlError, a_few
from rtvae.paths import check_name


def store(control: Control, args, due, sender) -> None:
    name = check_name(args[0])  # the same plain-name rule as every other name
    control.state.presets[name] = control.engine.target.copy()


def recall(control: Control, args, due, sender) -> None:
    latent = control.state.presets.get(args[0])
    if latent is None:
        known = a_few(sorted(control.state.presets), 'none stored yet')
        raise ControlError(f"no preset '{args[0]}' (presets: {known})")
    if len(latent) != control.engine.latent_size:
        raise ControlError(f"preset '{args[0]}' was stored for another model (latent size {len(latent)})")
    control.latent_from(sender)
    control.send(c.Z_ALL, latent, due)


HANDLERS = {"/rtvae/preset/store": store, "/rtvae/preset/recall": recall}
