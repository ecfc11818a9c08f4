"""Bounded single-producer/single-consumer rings, compiled with numba.

Two kinds: :class:`ControlRing` carries fixed-size float64 control records from the OSC
thread to the audio thread; :class:`AudioRing` carries float32 samples from the ``ahead``
worker to the audio callback, and from the callback to the recorder and the player's monitor.
A third, overwriting kind with one writer and no consumer's count (:func:`record_value`) keeps
the telemetry's latest timings. Each side only ever writes its own counter (write count for
the producer, read count for the consumer); both counters grow forever, so full and empty
are told apart without a spare slot. Nothing here blocks: a full ring refuses the push and
the producer counts it; an empty ring pops nothing.

Ordering is explicit, so the two sides may run truly in parallel (compiled code without the
GIL; the GIL orders nothing for us any more). Each side loads its own counter relaxed (it is
the only writer) and the other's with acquire, and publishes its own with release
(:mod:`rtvae.engine.atomics`):

- producer: acquire the read count, check for room, write the slot, release the write count:
  the consumer, having acquired that count, sees the whole record, and the producer never
  writes a slot before the consumer has released it;
- consumer: acquire the write count, read the slot (in place or copied), release the read
  count: the producer cannot reuse the slot while it is still being read.

Without this, the compiler may move the slot's stores after the count's (or a load of the
other's count out of a spin loop), and arm64 may make them visible in either order. On
x86-64 the acquire and release compile to plain moves; what they add there is that LLVM may
not reorder around them. ``tests/test_rings_parallel.py`` checks the rings in parallel.

The kernels are ``@njit`` without ``nogil``: called from Python (the OSC thread, today's
callback) they keep the GIL for their few dozen nanoseconds instead of paying a release and
re-acquisition that could hand the lock to another thread; called from compiled code, which
is where the parallel callback calls them, the flag does not apply.

``len()`` and ``free()`` read the counters from Python with plain loads. They are exact for
the side that calls them about its own counter, and at worst stale about the other's, which
only ever grows: a consumer never counts more records than are there, a producer never more
room. Each push or pop re-checks with its own loads: they are hints, never a source of truth.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rtvae.engine.atomics import load_acquire, load_relaxed, store_release

WRITE, READ = 0, 1


@njit(cache=True, error_model="numpy")
def push_record(slots, counters, record):
    """Copy ``record`` into the next free slot; False when the ring is full."""
    write = load_relaxed(counters, WRITE)
    if write - load_acquire(counters, READ) >= slots.shape[0]:
        return False
    row = write % slots.shape[0]
    width = min(record.shape[0], slots.shape[1])
    for i in range(width):
        slots[row, i] = record[i]
    store_release(counters, WRITE, write + 1)
    return True


@njit(cache=True, error_model="numpy")
def push_row(slots, counters, first, values):
    """``first``, then ``values`` (any float array), into the next free slot, with no scratch record; False when
    full (nothing written)."""
    write = load_relaxed(counters, WRITE)
    if write - load_acquire(counters, READ) >= slots.shape[0]:
        return False
    row = write % slots.shape[0]
    slots[row, 0] = first
    for i in range(min(values.shape[0], slots.shape[1] - 1)):
        slots[row, 1 + i] = values[i]
    store_release(counters, WRITE, write + 1)
    return True


@njit(cache=True, error_model="numpy")
def pop_record(slots, counters, out):
    """Copy the oldest record into ``out``; False when the ring is empty."""
    read = load_relaxed(counters, READ)
    if load_acquire(counters, WRITE) - read <= 0:
        return False
    row = read % slots.shape[0]
    for i in range(slots.shape[1]):
        out[i] = slots[row, i]
    store_release(counters, READ, read + 1)
    return True


@njit(cache=True, error_model="numpy")
def oldest_row(slots, counters):
    """The slot of the oldest record, to read in place (no copy); -1 when the ring is empty.

    The slot is the consumer's until :func:`discard_record` releases it.
    """
    read = load_relaxed(counters, READ)
    if load_acquire(counters, WRITE) - read <= 0:
        return -1
    return read % slots.shape[0]


@njit(cache=True, error_model="numpy")
def discard_record(counters):
    """Consume the oldest record without copying it (the ring must not be empty): hands its
    slot back to the producer, after every read of it that came before."""
    store_release(counters, READ, load_relaxed(counters, READ) + 1)


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


@njit(cache=True, error_model="numpy")
def write_samples(buffer, counters, block, n):
    """Append ``block[:n]`` if it fits whole; False (nothing written) otherwise."""
    size = buffer.shape[0]
    if n < 0:  # would move the count backwards
        return False
    write = load_relaxed(counters, WRITE)
    if size - (write - load_acquire(counters, READ)) < n:
        return False
    for i in range(n):
        buffer[(write + i) % size] = block[i]
    store_release(counters, WRITE, write + n)
    return True


@njit(cache=True, error_model="numpy")
def read_samples(buffer, counters, out, n):
    """Move ``n`` samples into ``out`` if that many are there; False (nothing read) otherwise."""
    size = buffer.shape[0]
    if n < 0:
        return False
    read = load_relaxed(counters, READ)
    if load_acquire(counters, WRITE) - read < n:
        return False
    for i in range(n):
        out[i] = buffer[(read + i) % size]
    store_release(counters, READ, read + n)
    return True


@njit(cache=True, error_model="numpy")
def tap_samples(buffer, counters, active, dropped, block, n):
    """A recorder's tap: queue ``block[:n]`` while ``active[0]``; what does not fit is counted in ``dropped``."""
    if active[0] and not write_samples(buffer, counters, block, n):
        dropped[0] += n


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


@njit(cache=True, error_model="numpy")
def record_value(values, count, value):
    """Overwriting ring, one writer (the audio thread): store ``value``, then release ``count[0]``.

    There is no read count: readers copy what is there and accept that the oldest values may
    be overwritten while they copy (telemetry). What the release buys is that a reader who
    acquires the count (:func:`published_count`) sees the value stored before it.
    """
    position = load_relaxed(count, 0)
    values[position % values.shape[0]] = value
    store_release(count, 0, position + 1)


@njit(cache=True, error_model="numpy")
def published_count(count):
    """Reader side of :func:`record_value`: the count, acquired (values up to it are there)."""
    return load_acquire(count, 0)
