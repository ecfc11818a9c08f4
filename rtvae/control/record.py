"""``/rtvae/record/start`` and ``/stop``: the output to a WAV in the recordings folder."""

from __future__ import annotations

import time

from rtvae.control.control import Control
from rtvae.errors import ControlError
from rtvae.paths import inside


def start(control: Control, args, due, sender) -> None:
    name = args[0] if args else time.strftime("rtvae-%Y%m%d-%H%M%S")
    path = control.rig.recorder.start(inside(control.rig.recordings_dir, name, ".wav"))
    control.reply(sender, "/rtvae/record/started", path=path)


def stop(control: Control, args, due, sender) -> None:
    path, seconds = control.rig.recorder.stop()
    if path is None:
        raise ControlError("not recording")
    control.reply(sender, "/rtvae/record/stopped", path=path, seconds=seconds)


HANDLERS = {"/rtvae/record/start": start, "/rtvae/record/stop": stop}
