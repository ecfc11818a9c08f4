"""Arrays passed to compiled code as a table of addresses, so a C callback can reach them.

PortAudio calls its callback with one ``void *userData``. A numba ``@cfunc`` cannot take
Python objects, so everything the audio thread works on (an engine's buffers, the player's,
the output's) is listed in an int64 *address table*: three slots per array, its address and
its first two dimensions. :class:`AddressTable` builds one in Python and keeps every array it
lists alive; compiled code rebuilds each array from its slots with :func:`numba.carray`
(no copy, no allocation: a view over the same memory).

Views are rebuilt at every block. They cost a few loads each and no allocation, and they mean
a table is the only thing a hand-over has to swap (:mod:`rtvae.engine.handover`).
"""

from __future__ import annotations

import numpy as np
from numba import carray, njit, types
from numba.extending import intrinsic

SLOTS_PER_ARRAY = 3


@intrinsic
def to_voidptr(typingctx, address):
    """The integer ``address`` as a ``void *`` (for :func:`numba.carray`)."""
    if not isinstance(address, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        value = context.cast(builder, args[0], address, types.int64)
        return builder.inttoptr(value, context.get_value_type(types.voidptr))

    return types.voidptr(address), codegen


@intrinsic
def address_of(typingctx, pointer):
    """A ``void *`` as an integer (what a C callback's ``userData`` becomes before :func:`table_at`)."""
    if not isinstance(pointer, (types.RawPointer, types.CPointer)):
        return None

    def codegen(context, builder, signature, args):
        return builder.ptrtoint(args[0], context.get_value_type(types.int64))

    return types.int64(pointer), codegen


@njit(nogil=True, cache=True, error_model="numpy")
def f64_1(table, k):
    return carray(to_voidptr(table[3 * k]), (table[3 * k + 1],), np.float64)


@njit(nogil=True, cache=True, error_model="numpy")
def f64_2(table, k):
    return carray(to_voidptr(table[3 * k]), (table[3 * k + 1], table[3 * k + 2]), np.float64)


@njit(nogil=True, cache=True, error_model="numpy")
def f32_1(table, k):
    return carray(to_voidptr(table[3 * k]), (table[3 * k + 1],), np.float32)


@njit(nogil=True, cache=True, error_model="numpy")
def f32_2(table, k):
    return carray(to_voidptr(table[3 * k]), (table[3 * k + 1], table[3 * k + 2]), np.float32)


@njit(nogil=True, cache=True, error_model="numpy")
def i64_1(table, k):
    return carray(to_voidptr(table[3 * k]), (table[3 * k + 1],), np.int64)


@njit(nogil=True, cache=True, error_model="numpy")
def u64_1(table, k):
    return carray(to_voidptr(table[3 * k]), (table[3 * k + 1],), np.uint64)


@njit(nogil=True, cache=True, error_model="numpy")
def table_at(address, n_arrays):
    """The address table at ``address`` listing ``n_arrays`` arrays (a view)."""
    return carray(to_voidptr(address), (SLOTS_PER_ARRAY * n_arrays,), np.int64)


def describe(table: np.ndarray, k: int, array: np.ndarray) -> None:
    """Write ``array``'s address and shape into entry ``k`` (C-contiguous, at most 2-D)."""
    if not array.flags.c_contiguous or array.ndim > 2:
        raise ValueError("an address table lists C-contiguous arrays of at most 2 dimensions")
    shape = array.shape + (1,) * (2 - array.ndim)
    table[SLOTS_PER_ARRAY * k:SLOTS_PER_ARRAY * (k + 1)] = array.ctypes.data, shape[0], shape[1]


class AddressTable:
    """``n_arrays`` entries; holds a reference to every array listed, for as long as it lives."""

    def __init__(self, n_arrays: int):
        self.table = np.zeros(SLOTS_PER_ARRAY * n_arrays, np.int64)
        self.arrays: list[np.ndarray | None] = [None] * n_arrays

    def __setitem__(self, k: int, array: np.ndarray) -> None:
        describe(self.table, k, array)
        self.arrays[k] = array

    def __getitem__(self, k: int) -> np.ndarray:
        return self.arrays[k]

    @property
    def address(self) -> int:
        return self.table.ctypes.data
