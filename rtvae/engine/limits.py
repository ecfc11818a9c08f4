"""Sizes every part of the real-time path agrees on (no imports: the config reads them too)."""

# The largest block a callback (or the offline driver) asks the engine for, in frames at
# the model's rate. Buffers on the real-time path are sized from it at construction.
MAX_BLOCK = 4096
