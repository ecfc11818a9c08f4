"""Bounded single-producer/single-consumer rings, compiled with numba.

Two kinds: :class:`ControlRing` carries fixed-size float64 control records from the OSC
thread to the audio thread; :class:`AudioRing` carries float32 samples from the ``ahead``
worker to the audio callback. Each side only ever writes its own counter (write count for
the producer, read count for the consumer); both counters grow forever, so full and empty
are told apart without a spare slot. Nothing here blocks: a full ring refuses the push and
the producer counts it; an empty ring pops nothing.

The kernels hold the GIL while they run (a few dozen nanoseconds), which makes each push
or pop indivisible with respect to the other Python thread; they take no lock of ours.
"""

from __future__ import annotations

import numpy as np
from numba import njit

WRITE, READ = 0, 1


@njit(cache=True)
def push_record(slots, counters, record):
    """Copy ``record`` into the next free slot; False when the ring is full."""
    write = counters[WRITE]
    if write - counters[READ] >= slots.shape[0]:
        return False
    row = write % slots.shape[0]
    width = min(record.shape[0], slots.shape[1])
    for i in range(width):
        slots[row, i] = record[i]
    counters[WRITE] = write + 1
    return True


@njit(cache=True)
def pop_record(slots, counters, out):
    """Copy the oldest record into ``out``; False when the ring is empty."""
    read = counters[READ]
    if counters[WRITE] - read <= 0:
        return False
    row = read % slots.shape[0]
    for i in range(slots.shape[1]):
        out[i] = slots[row, i]
    counters[READ] = read + 1
    return True


@njit(cache=True)
def oldest_row(slots, counters):
    """The slot of the oldest record, read in place (no copy); -1 when the ring is empty."""
    read = counters[READ]
    if counters[WRITE] - read <= 0:
        return -1
    return read % slots.shape[0]


@njit(cache=True)
def discard_record(counters):
    """Consume the oldest record without copying it (the ring must not be empty)."""
    counters[READ] += 1


class ControlRing:
    """Fixed-size float64 records: ``capacity`` slots of ``width`` values."""

    def __init__(self, capacity: int, width: int):
        self.slots = np.zeros((capacity, width), np.float64)
        self.counters = np.zeros(2, np.int64)

    @property
    def width(self) -> int:
        return self.slots.shape[1]

    def push(self, record: np.ndarray) -> bool:
        """Producer side: False (and nothing written) when full."""
        return push_record(self.slots, self.counters, record)

    def pop(self, out: np.ndarray) -> bool:
        return pop_record(self.slots, self.counters, out)

    def __len__(self) -> int:
        return int(self.counters[WRITE] - self.counters[READ])


@njit(cache=True)
def write_samples(buffer, counters, block, n):
    """Append ``block[:n]`` if it fits whole; False (nothing written) otherwise."""
    size = buffer.shape[0]
    write = counters[WRITE]
    if size - (write - counters[READ]) < n:
        return False
    for i in range(n):
        buffer[(write + i) % size] = block[i]
    counters[WRITE] = write + n
    return True


@njit(cache=True)
def read_samples(buffer, counters, out, n):
    """Move ``n`` samples into ``out`` if that many are there; False (nothing read) otherwise."""
    size = buffer.shape[0]
    read = counters[READ]
    if counters[WRITE] - read < n:
        return False
    for i in range(n):
        out[i] = buffer[(read + i) % size]
    counters[READ] = read + n
    return True


class AudioRing:
    """float32 samples, written and read in whole blocks."""

    def __init__(self, capacity: int):
        self.buffer = np.zeros(capacity, np.float32)
        self.counters = np.zeros(2, np.int64)

    def write(self, block: np.ndarray, n: int) -> bool:
        return write_samples(self.buffer, self.counters, block, n)

    def read(self, out: np.ndarray, n: int) -> bool:
        return read_samples(self.buffer, self.counters, out, n)

    def __len__(self) -> int:
        return int(self.counters[WRITE] - self.counters[READ])

    def free(self) -> int:
        return len(self.buffer) - len(self)
