"""The control side's context: what every handler reaches through one object.

A :class:`Control` lives on the control thread. It owns the :class:`LiveState`, the
producer end of the engine's control ring, the replies, and the helpers that run slow
work. Handlers (one module per feature) are plain functions ``handler(control, args,
due, sender)``; anything they raise becomes an ``/rtvae/error`` reply and a counted error
(:meth:`Control.fail`), so no request, and no helper's failure, can stop control.
"""

from __future__ import annotations

import heapq
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from rtvae.control.helpers import Helpers, Mailbox
from rtvae.control.state import Address, LiveState
from rtvae.engine import controls as c
from rtvae.engine.engine import Engine
from rtvae.errors import ControlError, RtvaeError
from rtvae.osc.namespace import REPLY_BY_PATH
from rtvae.osc.replies import Replies, TokenBucket

# Timed messages waiting at once: well inside the engine's room for future records, so
# that room never fills and immediate records always get through.
MAX_TIMED = 128


@dataclass
class Rig:
    """The pieces the control side drives, built by :mod:`rtvae.session` (or a test)."""

    player: Any                             # rtvae.engine.player.Player
    output: Any                             # rtvae.drivers.stream.AudioOutput, or a stand-in with its clock
    recorder: Any                           # rtvae.drivers.recorder.Recorder
    make_engine: Callable[[str], Engine]    # loads and warms a model by name (slow: runs on a helper)
    open_corpus: Callable[[Any, str], Any]  # (model, name) → Corpus or None (slow: runs on a helper)
    models_dir: Path = Path("models")
    recordings_dir: Path = Path("recordings")
    sounds_dir: Path = Path("sounds")
    extend_hop: int = 64
    max_ahead_s: float = 60.0                # how far ahead a timetag may be
    server: Any = None                      # rtvae.osc.server.OscServer, for its counters
    corpora_dir: Path = Path("corpora")     # the user's corpora, and their maps


@dataclass
class Counters:
    """Control-side counts (control thread only; read by status)."""

    applied: int = 0      # messages handled without error
    errors: int = 0       # messages (or helper jobs) answered with /rtvae/error
    failures: int = 0     # of which unplanned exceptions (a bug, or the OS saying no)
    timed_refused: int = 0  # timetagged messages refused (too far ahead, too many waiting)
    nonfinite_told: int = 0  # engine resets already answered (rtvae.control.safety)


class Control:
    """Handlers' view of the live server (control thread only)."""

    def __init__(self, rig: Rig, replies: Replies, state: LiveState | None = None, mailbox: Mailbox | None = None):
        self.rig, self.replies = rig, replies
        self.state = state or LiveState()
        self.mailbox = mailbox or Mailbox()
        self.helpers = Helpers(self.mailbox)
        self.counters = Counters()
        self._log_bucket = TokenBucket(rate=1.0, burst=5.0)
        self.writer = c.ControlWriter(rig.player.newest().ring)
        self.last_client: Address | None = None  # who spoke last: hears what nobody asked for
        self._timed: list[float] = []  # due frames of timed records not yet due (a heap)
        self.first_latent = threading.Event()  # set by a performer's first latent: the demo walk stops
        self.stopping = threading.Event()

    @property
    def engine(self) -> Engine:
        """The engine controls go to: the one fading in during a hot swap."""
        return self.rig.player.newest()

    def due(self, when: float | None) -> float:
        """The engine frame an OSC timetag maps to, or IMMEDIATE.

        Timed messages are bounded, so that they can never crowd out the present: at most
        ``rig.max_ahead_s`` ahead, and at most ``MAX_TIMED`` waiting at once; beyond either
        the message is refused (an error reply, counted in ``timed_refused``).
        """
        if when is None:
            return c.IMMEDIATE
        frame = self.rig.output.frame_at(when)
        if frame is None:
            return c.IMMEDIATE
        now = self.rig.player.delivered
        while self._timed and self._timed[0] <= now:
            heapq.heappop(self._timed)
        if frame > now:
            ahead_s = (frame - now) / self.engine.sample_rate
            if ahead_s > self.rig.max_ahead_s or len(self._timed) >= MAX_TIMED:
                self.counters.timed_refused += 1
                why = (f"its timetag is {ahead_s:.1f} s ahead (at most {self.rig.max_ahead_s:g} s)"
                       if ahead_s > self.rig.max_ahead_s else f"{MAX_TIMED} timed messages are already waiting")
                raise ControlError(f"refused: {why}")
            heapq.heappush(self._timed, frame)
        return frame

    def send(self, kind: int, values, due: float = c.IMMEDIATE) -> None:
        """One control record to the newest engine; a full ring is an error reply, never a wait."""
        if self.writer.ring is not self.engine.ring:
            self.writer = c.ControlWriter(self.engine.ring)
        if not self.writer.send(kind, values, due):
            raise ControlError("control queue full: message dropped (sending too fast?)")

    def reply(self, to: Address | None, path: str, /, stream: bool = False, private: bool = False, **fields) -> None:
        """A reply built from its row of the namespace table (fields by name); a ``stream``
        goes only to registered clients and reply targets, a ``private`` one only to the
        targets the client named itself (see :mod:`rtvae.osc.replies`)."""
        self.replies.send(to, path, REPLY_BY_PATH[path].build(fields), stream=stream, private=private)

    def fail(self, to: Address | None, address: str, exc: BaseException) -> None:
        """Answer any exception with ``/rtvae/error`` and count it; control goes on."""
        self.counters.errors += 1
        if isinstance(exc, RtvaeError):
            reason = str(exc)
        else:
            self.counters.failures += 1
            reason = f"failed: {type(exc).__name__}: {exc}"
            self._log_failure(address, exc)
        self.replies.error(to, address, reason)

    def _log_failure(self, address: str, exc: BaseException) -> None:
        """A failure is a bug worth a traceback, but at most a few a second: stderr may be a
        pipe nobody reads, and the control thread must never block on it."""
        if self.stopping.is_set() or not self._log_bucket.take():
            return
        text = "".join(traceback.format_exception(exc))[-4000:]
        try:
            print(f"rtvae: {address} failed:\n{text}", file=sys.stderr, flush=True)
        except (OSError, ValueError):
            pass

    def later(self, address: str, sender: Address | None, job: Callable, *args, then: Callable[[Any], None],
              undo: Callable[[], None] | None = None) -> None:
        """Run ``job(*args)`` on a helper; ``then(result)`` back here, or ``undo()`` and an error reply.

        Either answers the request being handled now, within what is left of its reply budget.
        """
        budget = self.replies.current()

        def failed(exc: BaseException) -> None:
            with self.replies.answering(budget):
                if undo is not None:
                    undo()
                self.fail(sender, address, exc)

        self.helpers.run(job, *args, then=self._guarded(address, sender, then, undo, budget), failed=failed)

    def _guarded(self, address, sender, then, undo, budget) -> Callable[[Any], None]:
        def run(result):
            with self.replies.answering(budget):
                try:
                    then(result)
                except Exception as exc:
                    if undo is not None:
                        undo()
                    self.fail(sender, address, exc)
        return run

    def latent_from(self, sender: Address | None) -> None:
        """A latent arrived: from anyone but the demo walk, it is the performer's."""
        if sender != self.state.demo_sender:
            self.first_latent.set()

    def stop(self) -> None:
        self.stopping.set()
        self.helpers.stop()
