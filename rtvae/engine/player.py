"""The player: the engine that is sounding, and a crossfade to the next one.

A model hot swap builds and warms a new :class:`Engine` off the audio thread and hands
it over with :meth:`Player.offer` (one reference store). The audio thread picks it up at
the start of a block and crossfades over ``fade_ms`` (equal power). Two limited engines
can sum above their ceiling mid-fade (by up to √2), so the fade is clamped to the higher
of the two ceilings: nothing above it leaves the player either. The engine it
replaces is parked in ``retired`` for the loading thread to release, so no memory is
freed on the audio thread.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rtvae.engine.engine import Engine
from rtvae.engine.ring import AudioRing

MONITOR_S = 0.5  # the monitor ring: ten times what the control side reads between two ticks


@njit(cache=True)
def crossfade(old, new, out, n, position, length, ceiling):
    """Equal-power fade from ``old`` to ``new``, clamped to ±``ceiling``; returns the new position."""
    for i in range(n):
        x = min((position + i) / length, 1.0)
        y = old[i] * math.cos(0.5 * math.pi * x) + new[i] * math.sin(0.5 * math.pi * x)
        out[i] = min(max(y, -ceiling), ceiling)
    return position + n


class Player:
    """Plays one engine at a time, crossfading to an offered one."""

    def __init__(self, engine: Engine, fade_ms: float = 50.0):
        self.engine = engine
        self.incoming: Engine | None = None
        self.fading: Engine | None = None
        self.retired: Engine | None = None
        self.fade_frames = max(int(fade_ms * engine.sample_rate / 1000), 1)
        self.fade_position = 0
        self.out = np.zeros(engine.max_block, np.float32)
        self.delivered = 0  # frames handed out so far: the clock OSC timetags are mapped to
        # A copy of what plays, for the control side to measure (/rtvae/out/descriptors).
        self.monitor = AudioRing(int(MONITOR_S * engine.sample_rate))

    @property
    def sample_rate(self) -> int:
        return self.engine.sample_rate

    @property
    def latency_samples(self) -> int:
        return self.engine.latency_samples

    def newest(self) -> Engine:
        """The engine controls should go to: the one being faded in, if any."""
        return self.incoming or self.fading or self.engine

    def offer(self, engine: Engine) -> None:
        """Called off the audio thread with a warmed engine of the same sample rate."""
        if engine.sample_rate != self.engine.sample_rate or engine.max_block < self.engine.max_block:
            raise ValueError("a hot-swapped engine must have the same sample rate and block capacity")
        self.incoming = engine

    def render(self, n_frames: int) -> np.ndarray:
        """The next ``n_frames`` samples (a view of a reused buffer)."""
        if self.incoming is not None and self.fading is None:
            self.fading, self.incoming, self.fade_position = self.incoming, None, 0
        self.delivered += n_frames
        block = self._mix(n_frames)
        self.monitor.write(block, n_frames)  # a full ring (nobody listening) just refuses
        return block

    def _mix(self, n_frames: int) -> np.ndarray:
        if self.fading is None:
            return self.engine.process(n_frames)
        old = self.engine.process(n_frames)
        new = self.fading.process(n_frames)
        ceiling = max(self.engine.ceiling, self.fading.ceiling)  # inf when either plays raw
        self.fade_position = crossfade(old, new, self.out, n_frames, self.fade_position, self.fade_frames, ceiling)
        if self.fade_position >= self.fade_frames:
            self.retired, self.engine, self.fading = self.engine, self.fading, None
        return self.out[:n_frames]

    def warm(self) -> None:
        """Compile the crossfade and the monitor's ring (engines are warmed where they are made)."""
        crossfade(self.out, self.out, self.out, 1, 0, 2, self.engine.ceiling)
        self.monitor.write(self.out, 0)
        self.monitor.read(self.out, 0)
