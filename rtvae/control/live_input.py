"""``/rtvae/input/*``: how the live input's latent is transformed and mixed (rtvae serve --input).

Each message is one control record (:mod:`rtvae.engine.controls`), applied by the engine on
its hop like any other, so a timetagged bundle changes the input's treatment on time. What
the records do is in :mod:`rtvae.engine.live_input`. A server started without ``--input``
answers each with an error: there is nothing to transform.

Latent algebra reaches the input too: ``/rtvae/mix input 1 mean:A -1 mean:B 1`` plays
"input − A + B" (see :func:`mix_onto_input`).
"""

from __future__ import annotations

import numpy as np

from rtvae.control.control import Control
from rtvae.engine import controls as c
from rtvae.engine.limits import FEEDBACK_MAX
from rtvae.errors import ControlError

INPUT_OPERAND = "input"  # the name /rtvae/mix gives the live input's latent


def require_input(control: Control) -> None:
    if control.engine.input_line is None:
        raise ControlError("no live input: start rtvae serve with --input DEVICE (rtvae devices lists them)")


def _scalar(kind: int):
    def handler(control: Control, args, due, sender) -> None:
        require_input(control)
        control.send(kind, [float(args[0])], due)
    return handler


def offset(control: Control, args, due, sender) -> None:
    require_input(control)
    control.send(c.INPUT_OFFSET, args, due)


def scale(control: Control, args, due, sender) -> None:
    require_input(control)
    size = control.engine.latent_size
    if len(args) not in (1, size):
        raise ControlError(f"give one factor, or one per dimension ({size}); got {len(args)}")
    control.send(c.INPUT_SCALE, list(args) * size if len(args) == 1 else args, due)


def feedback(control: Control, args, due, sender) -> None:
    require_input(control)
    amount = float(args[0])
    control.send(c.INPUT_FEEDBACK, [min(amount, FEEDBACK_MAX)], due)
    if amount > FEEDBACK_MAX:
        control.fail(sender, "/rtvae/input/feedback",
                     ControlError(f"clamped to {FEEDBACK_MAX:g}: more would let the output run the encoder"))


def mix_onto_input(control: Control, input_pairs, rest, due) -> None:
    """``input w`` in a mix: the input's latent times the ``w``s' sum, plus ``rest`` (the algebra result of the
    other operands, which must be held; None when there are none)."""
    size = control.engine.latent_size
    offset = np.zeros(size)
    if rest is not None:
        if not rest.held:
            raise ControlError("with input in a mix, the other operands must be held latents (mean:NAME, "
                               "mean:cluster:N, preset:NAME): a sound's sequence has no place in the input's time")
        offset = np.asarray(rest.latents[0], np.float64)
    control.send(c.INPUT_SCALE, [float(sum(w for _, w in input_pairs))] * size, due)
    control.send(c.INPUT_OFFSET, offset, due)


def split_input(pairs):
    """(the pairs naming the input, the others) of a mix."""
    return ([p for p in pairs if p[0] == INPUT_OPERAND], [p for p in pairs if p[0] != INPUT_OPERAND])


DEVICE_REPLY = "/rtvae/input/device"


def tell_device(control: Control, label: str, connected: bool, reason: str) -> None:
    """The input's device went away (``reason`` says what plays now) or came back: every patch hears it."""
    if not connected:
        control.reply(None, "/rtvae/error", stream=True, address=DEVICE_REPLY, reason=reason)
    control.reply(None, DEVICE_REPLY, stream=True, device=label, connected=int(connected))


def device(control: Control, args, due, sender) -> None:
    """``/rtvae/input/device``: which device the input is, and whether it is there now."""
    require_input(control)
    out = control.rig.output
    control.reply(sender, DEVICE_REPLY, device=out.live_input.device.label, connected=int(out.input_connected))


HANDLERS = {
    "/rtvae/input/mix": _scalar(c.INPUT_MIX),
    "/rtvae/input/offset": offset,
    "/rtvae/input/scale": scale,
    "/rtvae/input/freeze": _scalar(c.INPUT_FREEZE),
    "/rtvae/input/gate": _scalar(c.INPUT_GATE),
    "/rtvae/input/temperature": _scalar(c.INPUT_TEMPERATURE),
    "/rtvae/input/feedback": feedback,
    "/rtvae/input/device": device,
}
