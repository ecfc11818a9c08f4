"""Atomic loads and stores on int64 array elements, for compiled code that runs without the GIL.

Two threads that share an array with plain loads and stores have a data race: the compiler may
keep a value in a register, merge or reorder the accesses, and arm64 may make stores visible to
another core in another order than they were made. Under the GIL that never mattered, because a
whole kernel ran between two lock hand-overs. Once the audio callback is compiled code that
never takes the lock, the rings' indices need an ordering of their own (C++'s memory model):

- :func:`store_release` publishes: every load and store before it, in program order, is visible
  to a thread that reads the stored value with :func:`load_acquire` (on x86-64 a plain ``mov``
  that LLVM may not move earlier accesses past; on arm64 ``stlr``).
- :func:`load_acquire` takes: no load or store after it may happen before it (x86-64: ``mov``;
  arm64: ``ldar``).
- :func:`load_relaxed` / :func:`store_relaxed` are atomic (never torn, never folded away or
  kept in a register) but order nothing else: for a value with one writer that readers only
  display, like a telemetry counter.

They are numba ``@intrinsic`` s, emitting LLVM ``load atomic`` / ``store atomic`` on the
element's address, aligned to 8 (as every int64 array numpy allocates is; the rings allocate
their own). Indices are not bounds-checked, like the rest of the compiled code: callers pass
constants or wrapped indices.
"""

from __future__ import annotations

from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic

ALIGN = 8


def _int64_vector(array) -> bool:
    return isinstance(array, types.Array) and array.ndim == 1 and array.dtype == types.int64


def _element_pointer(context, builder, array_type, array_value, index_type, index_value):
    """The address of ``array[index]`` (strides honoured, no wraparound, no bounds check)."""
    array = context.make_array(array_type)(context, builder, array_value)
    index = context.cast(builder, index_value, index_type, types.intp)
    return cgutils.get_item_pointer(context, builder, array_type, array, [index], wraparound=False)


def _load(array, index, ordering: str):
    """Typing and code generation of an atomic load (None: numba reports the types as unsupported)."""
    if not _int64_vector(array) or not isinstance(index, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        pointer = _element_pointer(context, builder, array, args[0], index, args[1])
        return builder.load_atomic(pointer, ordering, ALIGN)

    return types.int64(array, index), codegen


def _store(array, index, value, ordering: str):
    """Typing and code generation of an atomic store."""
    if not _int64_vector(array) or not isinstance(index, types.Integer) or not isinstance(value, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        pointer = _element_pointer(context, builder, array, args[0], index, args[1])
        builder.store_atomic(context.cast(builder, args[2], value, types.int64), pointer, ordering, ALIGN)
        return context.get_dummy_value()

    return types.none(array, index, value), codegen


@intrinsic
def load_acquire(typingctx, array, index):
    """``array[index]``, loaded with acquire: no access after it, in program order, happens before it."""
    return _load(array, index, "acquire")


@intrinsic
def load_relaxed(typingctx, array, index):
    """``array[index]``, loaded atomically (LLVM monotonic, C++ relaxed); it orders nothing else."""
    return _load(array, index, "monotonic")


@intrinsic
def store_release(typingctx, array, index, value):
    """``array[index] = value`` with release: every access before it is visible to whoever acquires it."""
    return _store(array, index, value, "release")


@intrinsic
def store_relaxed(typingctx, array, index, value):
    """``array[index] = value``, stored atomically (relaxed); it orders nothing else."""
    return _store(array, index, value, "monotonic")


@njit(nogil=True, cache=True, error_model="numpy")
def count_relaxed(array, index, delta):
    """``array[index] += delta`` for a counter with ONE writer (not a read-modify-write: two
    writers would lose counts). Readers see every value whole, at worst a little old."""
    store_relaxed(array, index, load_relaxed(array, index) + delta)


@njit(cache=True, error_model="numpy")
def publish(array, index, value):
    """:func:`store_release` called from Python (an intrinsic exists only inside compiled code)."""
    store_release(array, index, value)


@njit(cache=True, error_model="numpy")
def acquire(array, index):
    """:func:`load_acquire` called from Python."""
    return load_acquire(array, index)
