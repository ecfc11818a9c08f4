"""Interpolation between two source sequences, one hop at a time (numba).

The three strategies of the RawAudioVAE paper (Tatar, Cotton, Bisig):

* ``stepwise``: a static amount between the sources (0 is A, 1 is B; outside [0, 1]
  extrapolates), the sequences played at their own speed;
* ``meso``: the amount follows a curve sampled evenly over the sequence;
* ``extend``: one source window per output hop, so sources encoded with a small hop are
  stretched (the control side sets the speed).

Both mu and logvar are interpolated (linearly along the sequence, then between the
sources); the engine then samples ``mu + t·sigma·eps`` at the live temperature. The
sequences and the curve arrive through :class:`rtvae.engine.handover.Handover`: built off the
audio thread, taken at the start of a block, and released off it.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rtvae.engine import controls as c

# The strategy as the engine holds it (``P_STRATEGY``, set by ``INTERP_STRATEGY`` records).
OFF, STEPWISE, MESO, EXTEND = 0, 1, 2, 3
STRATEGIES = {"stepwise": STEPWISE, "meso": MESO, "extend": EXTEND}


def empty_sources(latent_size: int) -> tuple[np.ndarray, ...]:
    """No sources: four (0, latent) arrays, so the kernel's types never change."""
    return tuple(np.zeros((0, latent_size), np.float32) for _ in range(4))


@njit(cache=True, error_model="numpy")
def curve_at(curve, x):
    """The curve (sampled evenly over [0, 1]) at x, linearly interpolated."""
    m = curve.shape[0]
    if m == 1:
        return curve[0]
    k = min(max(x, 0.0), 1.0) * (m - 1)
    i = min(int(k), m - 2)
    return curve[i] + (k - i) * (curve[i + 1] - curve[i])


@njit(cache=True, error_model="numpy")
def interp_hop(mu_a, lv_a, mu_b, lv_b, curve, params, target, sigma):
    """Set the target latent and sigma for this hop, then advance the transport.

    Returns False, and leaves the transport where it is, when the curve's value or any
    interpolated value is not finite (the caller resets what was written).
    """
    n = mu_a.shape[0]
    strategy = int(params[c.P_STRATEGY])
    if strategy == OFF or n == 0:
        return True
    position = min(max(params[c.P_POSITION], 0.0), n - 1.0)
    i0 = int(position)
    frac = position - i0
    i1 = i0 + 1 if i0 + 1 < n else (0 if params[c.P_LOOP] > 0 else n - 1)
    amount = curve_at(curve, position / max(n - 1, 1)) if strategy == MESO else params[c.P_AMOUNT]
    if not math.isfinite(amount):
        return False
    finite = True
    for d in range(target.shape[0]):
        a = mu_a[i0, d] + frac * (mu_a[i1, d] - mu_a[i0, d])
        b = mu_b[i0, d] + frac * (mu_b[i1, d] - mu_b[i0, d])
        target[d] = a + amount * (b - a)
        la = lv_a[i0, d] + frac * (lv_a[i1, d] - lv_a[i0, d])
        lb = lv_b[i0, d] + frac * (lv_b[i1, d] - lv_b[i0, d])
        sigma[d] = math.exp(0.5 * (la + amount * (lb - la)))
        finite = finite and math.isfinite(target[d]) and math.isfinite(sigma[d])
    if not finite:
        return False
    params[c.P_CURVE_VALUE] = amount
    advance(params, n)
    return True


@njit(cache=True, error_model="numpy")
def advance(params, n):
    """Move the play position by the speed; loop or stop at the end."""
    if params[c.P_PLAYING] <= 0:
        return
    position = params[c.P_POSITION] + params[c.P_SPEED]
    if position >= n:
        if params[c.P_LOOP] > 0:
            position -= n * math.floor(position / n)
        else:
            position = n - 1.0
            params[c.P_PLAYING] = 0.0
    params[c.P_POSITION] = position
