"""Handing arrays to the audio thread without a lock, a reference swap or the GIL.

A :class:`Handover` is an int64 table with two *banks*, each listing the arrays of one value
(address and shape, as in :mod:`rtvae.engine.addresses`), and two sequence numbers:

    h[OFFERED]  the newest value's number: its bank is ``OFFERED % 2``   (control side writes)
    h[TAKEN]    the number the audio thread plays from                   (audio side writes)

The control side waits until the audio thread has taken the previous offer, fills the other
bank and publishes ``OFFERED + 1`` with a release store. At the start of a block the audio
thread acquires ``OFFERED``, and if it is new, releases it as ``TAKEN``; it reads only bank
``TAKEN % 2``. So the bank being written is never the one being read, and the arrays a bank
listed before (the value replaced) are let go by the control side when it next refills that
bank: nothing is freed on the audio thread.

While no audio thread is running (offline rendering, a test driving the engine by hand),
:attr:`Handover.current` may be set directly.
"""

from __future__ import annotations

import time

import numpy as np
from numba import njit

from rtvae.engine.addresses import SLOTS_PER_ARRAY, describe
from rtvae.engine.atomics import acquire, load_acquire, load_relaxed, publish, store_release

OFFERED, TAKEN, BANKS = 0, 1, 2


@njit(nogil=True, cache=True, error_model="numpy")
def take_bank(h, n_arrays):
    """Audio side: adopt the newest offer, if any; the bank to read, as a view of ``h``."""
    offered = load_acquire(h, OFFERED)
    if offered != load_relaxed(h, TAKEN):
        store_release(h, TAKEN, offered)
    base = BANKS + (offered % 2) * SLOTS_PER_ARRAY * n_arrays
    return h[base:base + SLOTS_PER_ARRAY * n_arrays]


def taken(h):
    return acquire(h, TAKEN)


class Handover:
    """A value (a tuple of arrays of fixed kinds, or one array) the audio thread reads through :attr:`table`."""

    def __init__(self, value):
        self.single = isinstance(value, np.ndarray)  # a bare array in, a bare array out
        self.n_arrays = 1 if self.single else len(value)
        self.table = np.zeros(BANKS + 2 * SLOTS_PER_ARRAY * self.n_arrays, np.int64)
        self._values: list[tuple | None] = [None, None]
        self._write(0, value)
        publish(self.table, OFFERED, 0)
        taken(self.table)  # compiled here, not on first offer

    def _write(self, bank: int, value) -> None:
        arrays = (value,) if self.single else tuple(value)
        if len(arrays) != self.n_arrays:
            raise ValueError(f"a value of {self.n_arrays} arrays was expected, got {len(value)}")
        base = BANKS + bank * SLOTS_PER_ARRAY * self.n_arrays
        for k, array in enumerate(arrays):
            describe(self.table[base:], k, array)
        self._values[bank] = value  # the value this bank held before is let go here, off the audio thread

    def offer(self, value, timeout_s: float = 2.0) -> None:
        """Control side: wait (bounded) for the previous offer to be taken, then offer ``value``.

        If the audio thread has not taken it within ``timeout_s`` (no stream is running), the
        waiting offer is replaced.
        """
        deadline = time.monotonic() + timeout_s
        offered = int(self.table[OFFERED])
        while taken(self.table) != offered and time.monotonic() < deadline:
            time.sleep(0.001)
        if taken(self.table) != offered:  # nobody is reading: rewrite the waiting bank
            self._write(offered % 2, value)
            publish(self.table, OFFERED, offered + 2)
            return
        self._write((offered + 1) % 2, value)
        publish(self.table, OFFERED, offered + 1)

    @property
    def current(self):
        """The value the audio thread plays from."""
        return self._values[int(self.table[TAKEN]) % 2]

    @current.setter
    def current(self, value) -> None:
        """Only while no audio thread runs: play ``value`` from the next block."""
        bank = int(self.table[TAKEN]) % 2
        self._write(bank, value)
        self.table[OFFERED] = self.table[TAKEN]

    @property
    def incoming(self) -> tuple | np.ndarray | None:
        """The value offered and not yet taken, if any."""
        offered = int(self.table[OFFERED])
        return None if offered == int(self.table[TAKEN]) else self._values[offered % 2]

    @property
    def retired(self):
        """The value last replaced, kept (off the audio thread) until the next offer lets it go."""
        if self.incoming is not None:
            return None
        return self._values[(int(self.table[TAKEN]) + 1) % 2]
