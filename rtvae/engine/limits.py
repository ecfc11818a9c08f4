"""Sizes every part of the real-time path agrees on (no imports: the config reads them too)."""

# The largest block a callback (or the offline driver) asks the engine for, in frames at
# the model's rate. Buffers on the real-time path are sized from it at construction.
MAX_BLOCK = 4096

# The most of the output live input feeds back into the encoder: with the limiter's ceiling,
# the encoder's window then stays within about ±1.9 whatever is asked (OSC clamps to it).
FEEDBACK_MAX = 0.9

# The syntheses an engine can play (rtvae.engine.overlap_add; the config's synth.synthesis).
SYNTHESES = ("ola", "sola", "concat")
DEFAULT_SYNTHESIS = "ola"  # sola (rtvae.engine.overlap_add) is the option that keeps a held latent's pitch
