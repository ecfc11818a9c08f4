"""``/rtvae/record/start`` and ``/stop``: the output to a WAV in the recordings folder.

A recording that fails while it runs (the disk full, the file too large) is stopped by the
recorder's writer thread; :func:`tick` sees it and answers whoever started it, once, with
``/rtvae/error /rtvae/record/start <reason>``.
"""

from __future__ import annotations

import time
import weakref

from rtvae.control.control import Control
from rtvae.errors import ControlError
from rtvae.paths import inside

START = "/rtvae/record/start"
# Who started the running recording, per control side (the control thread only).
_starters: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def start(control: Control, args, due, sender) -> None:
    name = args[0] if args else time.strftime("rtvae-%Y%m%d-%H%M%S")
    path = control.rig.recorder.start(inside(control.rig.recordings_dir, name, ".wav"))
    _starters[control] = sender
    control.reply(sender, "/rtvae/record/started", path=path)


def stop(control: Control, args, due, sender) -> None:
    if control.rig.recorder.failure is not None:
        raise ControlError(_close_failed(control))  # it had stopped by itself: say why, to this sender too
    path, seconds = control.rig.recorder.stop()
    _starters.pop(control, None)
    if path is None:
        raise ControlError("not recording")
    control.reply(sender, "/rtvae/record/stopped", path=path, seconds=seconds)


def tick(control: Control) -> None:
    """A recording the writer had to stop: close it here and tell its starter why, once."""
    recorder = control.rig.recorder
    if recorder.failure is None or recorder.recording:
        return
    starter = _starters.get(control)
    control.fail(starter, START, ControlError(_close_failed(control)))


def _close_failed(control: Control) -> str:
    """Join the writer of a recording that failed, forget the failure, and say what happened."""
    recorder = control.rig.recorder
    failure = recorder.failure
    recorder.stop()  # the writer has finished: the file keeps what was written
    recorder.failure = None
    _starters.pop(control, None)
    # Short: a reply outside a request (this tick's) may be one small datagram.
    return f"{failure}; kept: {recorder.path.name[:40]}" if recorder.path else failure


HANDLERS = {START: start, "/rtvae/record/stop": stop}
