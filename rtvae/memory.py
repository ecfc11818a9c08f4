"""Handing memory that was freed back to the system.

A hot swap or a corpus switch frees a whole engine or corpus (tens of MB, much of it
allocated on a helper thread, in that thread's malloc arena). glibc keeps freed pages for
reuse and returns them only from the top of a heap, so without a trim the server's resident
size grows by a corpus at each switch it has already let go of, and settles high. The
control thread asks for them back when the helpers fall idle (:class:`rtvae.control.helpers.Helpers`;
a hot swap's old engine goes before its corpus load ends). A trim takes some 20 ms here,
locking each malloc arena in turn: the compiled callback with the kernel decoder never
calls malloc, but ONNX Runtime's C API decoder (int8, ``synth.decoder = onnxruntime``)
does inside each run, and could wait that long for its arena.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools


@functools.cache
def _malloc_trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only: musl and macOS return memory on their own terms
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def return_freed_memory() -> None:
    """Give the pages of freed allocations back to the system (nothing where the C library cannot)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
