"""Live input, one hop at a time: encode what came in, transform its latent, mix it into the hop's.

Called by the compiled block (:mod:`rtvae.engine.block`) for each new hop once the hop's
control latent is sampled, when the engine reads an input line (``P_INPUT_ON``):

1. **The window.** The hop whose output starts at frame ``o`` encodes input samples
   ``[o - delay - window, o - delay)`` (:func:`hop_window`): by frame, not by callback, so the
   same input gives the same latents whatever the block sizes, live or offline, bit for bit.
   ``delay`` (``P_INPUT_DELAY``) covers only what the input arrives late by within a block:
   the two resamplers' look-ahead when the device's rate is not the model's, 0 when it is.
   Every hop of a block starts inside that block's output, and that block's input is written
   before it renders, so a click at input sample ``i`` is in the window of every hop starting
   after ``i + delay``, and heard from the first of them: within ``delay + hop`` frames.
2. **Feedback.** ``P_INPUT_FEEDBACK`` (at most :data:`~rtvae.engine.controls.FEEDBACK_MAX`) of
   the engine's own output, one window earlier (:data:`FEEDBACK_DELAY`), is added to the window
   (Caillon et al.'s feedback patch). The output is within the limiter's ceiling, so the window
   is bounded whatever the amount: it cannot run away.
3. **The gate.** A window of input quieter than ``P_INPUT_GATE`` dBFS (feedback not counted,
   or it would hold the gate open) makes the hop silent, through the engine's gain ramp.
4. **The latent.** ``mu`` (plus ``P_INPUT_TEMPERATURE`` × sigma × noise from the engine's own
   generator), held while ``P_INPUT_FREEZE`` is set, times ``scale`` plus ``offset``, then mixed:
   ``(1 - mix) × control + mix × (input + knobs)``; the knobs' offset applies on top of either.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rtvae.engine import controls as c
from rtvae.engine.input_line import I_FRAME0, I_WRITTEN, line_window
from rtvae.engine.kernel_encoder import encode_layers
from rtvae.engine.kernels import (K_INPUT_BASE, K_INPUT_BASE_SET, K_NEXT_HOP, K_OUT_FRAME, N_INPUT_EARLY, N_INPUT_GATED,
                                  normal)

FEEDBACK_DELAY = 1024  # frames between the output and its return to the encoder (blocks up to this are exact)
GATE_OFF_DB = -200.0   # a gate threshold at or below this lets everything through


@njit(nogil=True, cache=True, error_model="numpy")
def set_base(state, line_state):
    """On an engine's first block: which input sample its frame 0 is (a swapped engine starts mid-stream)."""
    if state[K_INPUT_BASE_SET] == 0:
        state[K_INPUT_BASE] = line_state[I_FRAME0] - state[K_OUT_FRAME]
        state[K_INPUT_BASE_SET] = 1


@njit(nogil=True, cache=True, error_model="numpy")
def hop_window(line, line_state, out_line, state, params, hop_frame, windows, counters):
    """The hop's window into ``windows[0]``, feedback added; returns the input's level in dBFS."""
    window = windows.shape[1]
    for i in range(window):
        windows[0, i] = 0.0
    end = hop_frame - int(params[c.P_INPUT_DELAY])  # in this engine's frames
    counters[N_INPUT_EARLY] += line_window(line, line_state[I_WRITTEN], end + state[K_INPUT_BASE], windows, 0,
                                           np.float32(1.0))
    energy = 0.0
    for i in range(window):
        energy += windows[0, i] * windows[0, i]
    feedback = params[c.P_INPUT_FEEDBACK]  # within 0..FEEDBACK_MAX: its record is clamped where it is applied
    if feedback > 0:
        # The output line is indexed by this engine's frames; what is not played yet reads as silence.
        line_window(out_line, state[K_OUT_FRAME], end - FEEDBACK_DELAY, windows, 0, np.float32(feedback))
    return 10.0 * math.log10(energy / window + 1e-30)


@njit(nogil=True, cache=True, error_model="numpy")
def input_hop(j, line, line_state, out_line, state, params, rng_state, latents, offset, transform, fifo_gain,
              fifo_start, kernel, windows, mu, logvar, counters):
    """Encode the ``j``-th new hop's window and mix its latent into ``latents[j]``; False if not finite."""
    hop = int(params[c.P_HOP])
    hop_frame = state[K_NEXT_HOP] - hop  # prepare_hop has moved on past this hop
    level = hop_window(line, line_state, out_line, state, params, hop_frame, windows, counters)
    gate = params[c.P_INPUT_GATE]
    if gate > GATE_OFF_DB and level < gate:
        counters[N_INPUT_GATED] += 1
        base = fifo_start + j * hop
        for i in range(hop):
            fifo_gain[base + i] = 0.0
    encode_layers(kernel, windows, 1)
    mix, temperature = params[c.P_INPUT_MIX], params[c.P_INPUT_TEMPERATURE]
    frozen = params[c.P_INPUT_FREEZE] > 0 and params[c.P_INPUT_HELD] > 0
    held = transform[c.INPUT_T_HELD]
    finite = True
    for i in range(latents.shape[1]):
        if frozen:
            z = held[i]
        else:
            z = mu[0, i]
            if temperature > 0:
                z += temperature * math.exp(0.5 * min(logvar[0, i], 20.0)) * normal(rng_state)
            held[i] = z
        z = z * transform[c.INPUT_T_SCALE, i] + transform[c.INPUT_T_OFFSET, i]
        latents[j, i] = (1.0 - mix) * latents[j, i] + mix * (z + offset[i])
        transform[c.INPUT_T_PLAYED, i] = latents[j, i]
        finite = finite and math.isfinite(latents[j, i])
    params[c.P_INPUT_HELD] = 1.0
    return finite


@njit(nogil=True, cache=True, error_model="numpy")
def remember_output(out_line, state, out, n):
    """The block just played, into the output line at this engine's frames (for feedback)."""
    mask = out_line.shape[0] - 1
    first = state[K_OUT_FRAME] - n
    for i in range(n):
        out_line[(first + i) & mask] = out[i]
