"""Slow work off the control thread, with its results handed back through a queue.

The control thread (the OSC receive loop) owns every piece of live state. Work that may
take long (loading a model, encoding a file, building a corpus) runs on a small pool of
helper threads; what it produces comes back as a callable posted to the
:class:`Mailbox`, which the control thread runs between datagrams. So nothing is shared
and mutated from two threads, and a slow request never delays a fast one.
"""

from __future__ import annotations

import queue
import socket
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from rtvae.memory import return_freed_memory

N_HELPERS = 2  # one may sit in a first-start corpus build for a while; the other stays free


class Mailbox:
    """Callables posted from any thread, run in order on the control thread.

    It has a ``fileno`` so that the receive loop can ``select`` on it beside the socket:
    a post wakes the loop at once instead of at its next poll.
    """

    def __init__(self):
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._wake_in, self._wake_out = socket.socketpair()
        self._wake_in.setblocking(False)
        self._wake_out.setblocking(False)

    def fileno(self) -> int:
        return self._wake_in.fileno()

    def post(self, action: Callable[[], None]) -> None:
        self._queue.put(action)
        try:
            self._wake_out.send(b"\0")
        except (BlockingIOError, OSError):
            pass  # the loop is already awake, or stopped

    def take_all(self) -> list[Callable[[], None]]:
        """Everything posted so far (control thread), the wake-up bytes consumed."""
        try:
            while self._wake_in.recv(4096):
                pass
        except (BlockingIOError, OSError):
            pass
        actions = []
        while True:
            try:
                actions.append(self._queue.get_nowait())
            except queue.Empty:
                return actions

    def close(self) -> None:
        self._wake_in.close()
        self._wake_out.close()


class Helpers:
    """A small thread pool whose results come back to the control thread by the mailbox."""

    def __init__(self, mailbox: Mailbox, n_threads: int = N_HELPERS):
        self.mailbox = mailbox
        self._pool = ThreadPoolExecutor(n_threads, thread_name_prefix="rtvae-helper")
        self.running = 0  # jobs submitted and not yet handed back (control thread only)

    def run(self, job: Callable[..., Any], *args, then: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> None:
        """Run ``job(*args)`` on a helper; then ``then(result)`` or ``failed(exc)`` on the control thread."""
        self.running += 1

        def hand_back(future: Future) -> None:
            try:
                result = future.result()
            except BaseException as exc:  # every failure is answered, none is lost
                self.mailbox.post(lambda exc=exc: self._finish(failed, exc))
            else:
                self.mailbox.post(lambda result=result: self._finish(then, result))

        try:
            self._pool.submit(job, *args).add_done_callback(hand_back)
        except RuntimeError:  # shutting down
            self.running -= 1

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self.running -= 1
        try:
            callback(value)
        finally:
            if self.running == 0:
                return_freed_memory()  # what the jobs built and the callbacks replaced (a corpus: 100 MB)

    def stop(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
