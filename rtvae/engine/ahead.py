"""``ahead`` scheduling: a worker thread renders a fixed number of hops ahead.

The worker calls the player into a lock-free audio ring and keeps it filled to
``ahead_hops`` hops; the audio callback only copies out of it. If the worker falls
behind, the callback plays silence for that block and counts it (a late block), never
waits. The price is latency: ``ahead_hops`` hops more than ``inline``. With ``chunk`` set, the
worker renders that many frames per step instead of one hop (``chunk=2048, ahead_hops=1``
is nn~'s double buffering, used as a baseline by the latency benchmark).
"""

from __future__ import annotations

import threading
import time

import numpy as np
from numba import njit

from rtvae.engine.limits import MAX_BLOCK
from rtvae.engine.player import Player
from rtvae.engine.ring import AudioRing, read_samples


DELIVERED, LATE = range(2)  # AheadSource.state


@njit(nogil=True, cache=True, error_model="numpy")
def take_ahead(buffer, counters, state, out, n):
    """The callback's side of ``ahead``: ``n`` samples out of the ring, or silence (a late block, counted)."""
    state[DELIVERED] += n
    if not read_samples(buffer, counters, out, n):
        for i in range(n):
            out[i] = 0.0
        state[LATE] += 1


class AheadSource:
    """Renders ahead on its own thread; :meth:`render` is the callback's side."""

    def __init__(self, player: Player, ahead_hops: int = 4, max_block: int = MAX_BLOCK, chunk: int = 0):
        self.player = player
        self.hop = chunk or player.engine.hop  # rendered per worker step
        self.target = ahead_hops * self.hop
        self.ring = AudioRing(self.target + max_block + self.hop)
        self.out = np.zeros(max_block, np.float32)
        self.state = np.zeros(2, np.int64)  # DELIVERED, LATE
        self._running = False
        self._thread: threading.Thread | None = None

    @property
    def latency_samples(self) -> int:
        return self.target + self.hop

    def fill(self) -> int:
        """Render hops until the ring holds ``target`` samples; returns hops rendered."""
        rendered = 0
        while len(self.ring) < self.target:
            block = self.player.render(self.hop)
            self.ring.write(block, self.hop)
            rendered += 1
        return rendered

    def _work(self) -> None:
        pause = self.hop / self.player.sample_rate / 4
        while self._running:
            if not self.fill():
                time.sleep(pause)

    def start(self) -> None:
        self.fill()
        self._running = True
        self._thread = threading.Thread(target=self._work, name="rtvae-ahead", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join()

    @property
    def delivered(self) -> int:
        return int(self.state[DELIVERED])

    @property
    def late_blocks(self) -> int:
        return int(self.state[LATE])

    def render(self, n_frames: int) -> np.ndarray:
        """Callback side (a Python callback: the compiled one reads the ring itself): copy ``n_frames``
        out, or silence (counted) if the worker is late."""
        take_ahead(self.ring.buffer, self.ring.counters, self.state, self.out, n_frames)
        return self.out[:n_frames]
