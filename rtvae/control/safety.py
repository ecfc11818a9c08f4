"""What the engine's guards did, told to the performer once each time they act.

The engine silences a block and resets its state when a value is not finite (see
:mod:`rtvae.engine.engine`); the control side follows that reset (the interpolation is
off) and answers once, to the most recent client and the reply targets.
"""

from __future__ import annotations

from rtvae.control.control import Control
from rtvae.engine.engine import N_NONFINITE
from rtvae.errors import ControlError


def tick(control: Control) -> None:
    seen = int(control.engine.counters[N_NONFINITE])
    if seen <= control.counters.nonfinite_told:
        return
    control.counters.nonfinite_told = seen
    control.state.interp.active = False
    control.state.interp.play_when_ready = False
    control.fail(control.last_client, "(engine)", ControlError(
        f"the sound was not finite: the block was silenced and the engine reset ({seen} so far)"))


HANDLERS: dict = {}
