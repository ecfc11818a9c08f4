"""The player: the engine that is sounding, and a crossfade to the next one.

A model hot swap builds and warms a new :class:`Engine` off the audio thread and hands it
over with :meth:`Player.offer`: its address table's address, published with a release store
(the player's state is an int64 array the compiled block reads; see :func:`player_block`).
The audio thread picks it up at the start of a block and crossfades over ``fade_ms`` (equal
power). Two limited engines can sum above their ceiling mid-fade (by up to √2), so the fade
is clamped to the higher of the two ceilings: nothing above it leaves the player either. The
engine it replaces is named in ``RETIRED`` for the loading thread to release: the player keeps
every engine it was offered alive (:attr:`Player.retired`), so no memory is freed on the
audio thread and an address it reads always points at a live engine.

:func:`player_block` is the compiled whole (engines with a C API decoder, which is every
engine the server builds); an engine that decodes in Python (a benchmark baseline, a fault
test) plays through the same two halves with its ``process`` between them.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, types

from rtvae.engine import block as b
from rtvae.engine.addresses import AddressTable, f32_1, f64_1, i64_1, table_at
from rtvae.engine.atomics import acquire, load_acquire, publish, store_release
from rtvae.engine.engine import Engine
from rtvae.engine.limiter import L_CEILING
from rtvae.engine.ring import AudioRing, write_samples

MONITOR_S = 0.5  # the monitor ring: ten times what the control side reads between two ticks

# The player's state (int64): engine table addresses, the hand-over's sequence numbers, the fade.
S_ENGINE, S_FADING, S_INCOMING, S_OFFERED, S_TAKEN, S_FADE_POSITION, S_FADE_FRAMES, S_DELIVERED, S_RETIRED = range(9)
N_PLAYER_STATE = 9
# Entries of the player's address table.
PL_STATE, PL_OUT, PL_MONITOR, PL_MONITOR_COUNTERS = range(4)
N_PLAYER_ARRAYS = 4


@njit(cache=True, error_model="numpy")
def crossfade(old, new, out, n, position, length, ceiling):
    """Equal-power fade from ``old`` to ``new``, clamped to ±``ceiling``; returns the new position."""
    for i in range(n):
        x = min((position + i) / length, 1.0)
        y = old[i] * math.cos(0.5 * math.pi * x) + new[i] * math.sin(0.5 * math.pi * x)
        out[i] = min(max(y, -ceiling), ceiling)
    return position + n


@njit(nogil=True, cache=True, error_model="numpy")
def player_begin(pt, n_frames):
    """Start a fade if an engine was offered (and none is fading); count the frames handed out."""
    state = i64_1(pt, PL_STATE)
    offered = load_acquire(state, S_OFFERED)
    if offered != state[S_TAKEN] and state[S_FADING] == 0:
        state[S_FADING], state[S_FADE_POSITION] = state[S_INCOMING], 0
        store_release(state, S_TAKEN, offered)
    state[S_DELIVERED] += n_frames


@njit(nogil=True, cache=True, error_model="numpy")
def player_end(pt, n_frames):
    """Mix what the engines made (a crossfade while one is fading in), monitor it; the block played."""
    state = i64_1(pt, PL_STATE)
    sounding = table_at(state[S_ENGINE], b.N_ENGINE_ARRAYS)
    block = f32_1(sounding, b.E_OUT)
    if state[S_FADING] != 0:
        fading = table_at(state[S_FADING], b.N_ENGINE_ARRAYS)
        ceiling = max(f64_1(sounding, b.E_LIMITER)[L_CEILING], f64_1(fading, b.E_LIMITER)[L_CEILING])
        out = f32_1(pt, PL_OUT)
        state[S_FADE_POSITION] = crossfade(block, f32_1(fading, b.E_OUT), out, n_frames, state[S_FADE_POSITION],
                                           state[S_FADE_FRAMES], ceiling)
        block = out
        if state[S_FADE_POSITION] >= state[S_FADE_FRAMES]:
            state[S_RETIRED], state[S_ENGINE] = state[S_ENGINE], state[S_FADING]
            store_release(state, S_FADING, 0)
    write_samples(f32_1(pt, PL_MONITOR), i64_1(pt, PL_MONITOR_COUNTERS), block, n_frames)  # full: refused
    return block


@njit(nogil=True, cache=True, error_model="numpy")
def player_block(pt, n_frames):
    """The next ``n_frames`` samples, every engine compiled (no Python anywhere); a view."""
    player_begin(pt, n_frames)
    state = i64_1(pt, PL_STATE)
    b.engine_block(table_at(state[S_ENGINE], b.N_ENGINE_ARRAYS), n_frames)
    if state[S_FADING] != 0:
        b.engine_block(table_at(state[S_FADING], b.N_ENGINE_ARRAYS), n_frames)
    return player_end(pt, n_frames)


class Player:
    """Plays one engine at a time, crossfading to an offered one."""

    def __init__(self, engine: Engine, fade_ms: float = 50.0):
        self.state = np.zeros(N_PLAYER_STATE, np.int64)
        self._engines = {engine.table.address: engine}  # every engine an address may name
        self.state[S_ENGINE] = engine.table.address
        self.fade_frames = max(int(fade_ms * engine.sample_rate / 1000), 1)
        self.state[S_FADE_FRAMES] = self.fade_frames
        self.out = np.zeros(engine.max_block, np.float32)
        # A copy of what plays, for the control side to measure (/rtvae/out/descriptors).
        self.monitor = AudioRing(int(MONITOR_S * engine.sample_rate))
        self.table = AddressTable(N_PLAYER_ARRAYS)
        for k, array in ((PL_STATE, self.state), (PL_OUT, self.out), (PL_MONITOR, self.monitor.buffer),
                         (PL_MONITOR_COUNTERS, self.monitor.counters)):
            self.table[k] = array

    def _named(self, slot: int) -> Engine | None:
        address = int(self.state[slot])
        return self._engines.get(address) if address else None

    @property
    def engine(self) -> Engine:
        """The engine sounding (fading out, during a crossfade)."""
        return self._named(S_ENGINE)

    @property
    def fading(self) -> Engine | None:
        """The engine being faded in, if any."""
        return self._named(S_FADING)

    @property
    def incoming(self) -> Engine | None:
        """The engine offered and not yet picked up by the audio thread."""
        return None if self.state[S_OFFERED] == self.state[S_TAKEN] else self._named(S_INCOMING)

    @property
    def retired(self) -> Engine | None:
        """The engine a finished crossfade replaced, until the loading thread lets it go."""
        return self._named(S_RETIRED)

    @retired.setter
    def retired(self, value) -> None:
        if value is not None:
            raise ValueError("an engine is retired by a crossfade, not by hand")
        self.state[S_RETIRED] = 0
        keep = {int(self.state[s]) for s in (S_ENGINE, S_FADING, S_INCOMING)}
        self._engines = {address: e for address, e in self._engines.items() if address in keep}

    @property
    def delivered(self) -> int:
        """Frames handed out so far: the clock OSC timetags are mapped to."""
        return int(self.state[S_DELIVERED])

    @property
    def compiled(self) -> bool:
        """Every engine decodes through the C API: :func:`player_block` can play them without Python."""
        return all(engine.compiled for engine in self._engines.values())

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
        current = self.engine
        if engine.sample_rate != current.sample_rate or engine.max_block < current.max_block:
            raise ValueError("a hot-swapped engine must have the same sample rate and block capacity")
        self._engines[engine.table.address] = engine  # alive before any thread can read its address
        self.state[S_INCOMING] = engine.table.address
        publish(self.state, S_OFFERED, int(self.state[S_OFFERED]) + 1)

    def render(self, n_frames: int) -> np.ndarray:
        """The next ``n_frames`` samples (a view of a reused buffer)."""
        if self.compiled:
            return player_block(self.table.table, n_frames)
        player_begin(self.table.table, n_frames)
        self.engine.process(n_frames)
        fading = self.fading
        if fading is not None:
            fading.process(n_frames)
        return player_end(self.table.table, n_frames)

    def warm(self) -> None:
        """Compile the crossfade and the monitor's ring (engines are warmed where they are made)."""
        crossfade(self.out, self.out, self.out, 1, 0, 2, self.engine.ceiling)
        self.monitor.write(self.out, 0)
        self.monitor.read(self.out, 0)
        acquire(self.state, S_OFFERED)
        table = types.Array(types.int64, 1, "C")
        for half in (player_begin, player_end, player_block):  # compiled, not run: nothing is played
            half.compile((table, types.int64))
