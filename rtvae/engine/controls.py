"""Control records: what the OSC side tells the engine, as fixed-size float64 rows.

A record is ``[kind, due_frame, count, payload...]``. ``due_frame`` is the output frame
(at the model's rate) at which the change should be heard; ``IMMEDIATE`` means the next
hop. The engine applies a record on the hop that contains its due frame, in arrival
order among records due on the same hop.

The producer side (:class:`ControlWriter`) builds records into one scratch row and pushes
them; a full ring is refused and counted here, never waited on.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rtvae.engine.limits import FEEDBACK_MAX
from rtvae.engine.ring import ControlRing

KIND, DUE, COUNT, PAYLOAD = 0, 1, 2, 3
IMMEDIATE = -1.0

# Record kinds.
Z_ALL = 1          # payload: latent_size values
Z_PAIRS = 2        # payload: count (index, value) pairs
SMOOTH_MS = 3      # payload: [ms]
TEMPERATURE = 4    # payload: [t]
GAIN = 5           # payload: [linear gain]
MUTE = 6           # payload: [0 or 1]
SIGMA_ALL = 7      # payload: latent_size posterior standard deviations
INTERP_STRATEGY = 8    # payload: [0 off, 1 stepwise, 2 meso, 3 extend]
INTERP_AMOUNT = 9  # payload: [amount]
INTERP_POSITION = 10  # payload: [position in source windows]
INTERP_SPEED = 11  # payload: [source windows per output hop]
INTERP_PLAY = 12   # payload: [1 play, 0 stop]
INTERP_LOOP = 13   # payload: [0 or 1]
Z_OFFSET = 14      # payload: latent_size values added to the played latent (knobs), whatever sets the target
# Live input (rtvae.engine.live_input): scalars into P_INPUT_MIX.. in this order, then two vectors.
INPUT_MIX = 15     # payload: [0 control latent .. 1 input latent]
INPUT_GATE = 16    # payload: [threshold in dBFS; the input's window below it is silence]
INPUT_FREEZE = 17  # payload: [0 or 1: hold the input's last latent]
INPUT_TEMPERATURE = 18  # payload: [t: sampling temperature of the input's posterior]
INPUT_FEEDBACK = 19     # payload: [amount of the output fed back into the encoder, 0..FEEDBACK_MAX]
INPUT_OFFSET = 20  # payload: latent_size values added to the input's latent
INPUT_SCALE = 21   # payload: latent_size factors the input's latent is multiplied by
LATENT_TAP = 22    # payload: [0 or 1: every hop's latent into the engine's latent tap, for /rtvae/out/z]
Z_FRAME = 23       # payload: latent_size values: the target, played exactly on its hop (a series frame, no slew)

# Engine parameters, one float64 array shared by the kernels.
P_SMOOTH_MS, P_TEMPERATURE, P_GAIN, P_MUTE, P_GAIN_NOW, P_SAMPLE_RATE, P_HOP = range(7)
P_STRATEGY, P_AMOUNT, P_POSITION, P_SPEED, P_PLAYING, P_LOOP, P_CURVE_VALUE = range(7, 14)
# Live input: whether an input line is read, the transform's scalars, and the input delay in frames.
P_INPUT_ON, P_INPUT_MIX, P_INPUT_GATE, P_INPUT_FREEZE, P_INPUT_TEMPERATURE, P_INPUT_FEEDBACK = range(14, 20)
P_INPUT_DELAY, P_INPUT_HELD = 20, 21  # P_INPUT_HELD: 1 once a latent is held to freeze on
P_LATENT_TAP = 22  # 1: every hop's latent goes into the latent tap (a ring the control side drains)
P_JUMP = 23        # 1: the next hop plays its target exactly (a Z_FRAME came), then 0 again
N_PARAMS = 24
# Rows of the engine's input transform (4, latent_size): offset and scale (records), the held latent (freeze),
# and the latent the last hop played, input mixed in and knobs added (what /rtvae/out/z reports).
INPUT_T_OFFSET, INPUT_T_SCALE, INPUT_T_HELD, INPUT_T_PLAYED = 0, 1, 2, 3
N_INPUT_T = 4



def record_width(latent_size: int) -> int:
    """Room for a full latent, or for one (index, value) pair per dimension."""
    return PAYLOAD + 2 * max(latent_size, 4)


@njit(cache=True, error_model="numpy")
def apply_record(record, target, sigma, offset, params, transform):
    """Apply one record to the engine state; returns False for an unknown kind."""
    kind = int(record[KIND])
    count = int(record[COUNT])
    if kind == Z_ALL or kind == Z_FRAME:
        for i in range(min(count, target.shape[0])):
            target[i] = record[PAYLOAD + i]
        if kind == Z_FRAME:
            params[P_JUMP] = 1.0
    elif kind == Z_PAIRS:
        for p in range(min(count, (record.shape[0] - PAYLOAD) // 2)):
            index = int(record[PAYLOAD + 2 * p])
            if 0 <= index < target.shape[0]:
                target[index] = record[PAYLOAD + 2 * p + 1]
    elif kind == Z_OFFSET:
        for i in range(min(count, offset.shape[0])):
            offset[i] = record[PAYLOAD + i]
    elif kind == SIGMA_ALL:
        for i in range(min(count, sigma.shape[0])):
            sigma[i] = record[PAYLOAD + i]
    elif kind == SMOOTH_MS:
        params[P_SMOOTH_MS] = record[PAYLOAD]
    elif kind == TEMPERATURE:
        params[P_TEMPERATURE] = record[PAYLOAD]
    elif kind == GAIN:
        params[P_GAIN] = record[PAYLOAD]
    elif kind == MUTE:
        params[P_MUTE] = record[PAYLOAD]
    elif INTERP_STRATEGY <= kind <= INTERP_LOOP:
        params[P_STRATEGY + kind - INTERP_STRATEGY] = record[PAYLOAD]
    elif INPUT_MIX <= kind <= INPUT_FEEDBACK:
        value = record[PAYLOAD]
        if kind == INPUT_FEEDBACK:
            value = min(max(value, 0.0), FEEDBACK_MAX)
        params[P_INPUT_MIX + kind - INPUT_MIX] = value
    elif kind == LATENT_TAP:
        params[P_LATENT_TAP] = record[PAYLOAD]
    elif kind == INPUT_OFFSET or kind == INPUT_SCALE:
        row = INPUT_T_OFFSET if kind == INPUT_OFFSET else INPUT_T_SCALE
        for i in range(min(count, transform.shape[1])):
            transform[row, i] = record[PAYLOAD + i]
    else:
        return False
    return True


@njit(cache=True, error_model="numpy")
def payload_size(record):
    """How many payload values a record uses (never more than its row holds)."""
    kind, room = int(record[KIND]), record.shape[0] - PAYLOAD
    count = max(int(record[COUNT]), 0)
    if (kind == Z_ALL or kind == Z_FRAME or kind == SIGMA_ALL or kind == Z_OFFSET or kind == INPUT_OFFSET
            or kind == INPUT_SCALE):
        return min(count, room)
    if kind == Z_PAIRS:
        return 2 * min(count, room // 2)
    return min(1, room)


@njit(cache=True, error_model="numpy")
def is_finite_record(record):
    """True when the header (kind, due frame, count) and the used payload are all finite.

    The engine refuses any other record whole: a NaN or an infinity that reached the
    latent, the gain or the transport would poison every sample after it.
    """
    for i in range(PAYLOAD):
        if not math.isfinite(record[i]):
            return False
    for i in range(PAYLOAD, PAYLOAD + payload_size(record)):
        if not math.isfinite(record[i]):
            return False
    return True


class ControlWriter:
    """Producer side of an engine's control ring (one thread only)."""

    def __init__(self, ring: ControlRing):
        self.ring = ring
        self.scratch = np.zeros(ring.width, np.float64)
        self.dropped = 0

    def send(self, kind: int, values, due_frame: float = IMMEDIATE) -> bool:
        """Push one record; False (and counted in ``dropped``) when the ring is full."""
        values = np.asarray(values, np.float64).ravel()
        if PAYLOAD + len(values) > len(self.scratch):
            raise ValueError(f"record payload of {len(values)} values does not fit width {len(self.scratch)}")
        self.scratch[KIND], self.scratch[DUE] = kind, due_frame
        self.scratch[COUNT] = len(values) // 2 if kind == Z_PAIRS else len(values)
        self.scratch[PAYLOAD:PAYLOAD + len(values)] = values
        if self.ring.push(self.scratch):
            return True
        self.dropped += 1
        return False
