"""Handing memory that was freed back to the system.

A hot swap or a corpus switch frees a whole engine or corpus (tens of MB, much of it
allocated on a helper thread, in that thread's malloc arena). glibc keeps freed pages for
reuse and returns them only from the top of a heap, so without a trim the server's resident
size grows by a corpus at each switch it has already let go of, and settles high. The
control thread asks for them back once it has dropped the last reference; the audio thread
allocates nothing in steady state, so the allocator's lock this takes is never one it waits on.
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


def return_freed_memory() -> bool:
    """Give the pages of freed allocations back to the system; False where the C library cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
