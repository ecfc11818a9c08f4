"""Interpolation curves: drawn (N values), breakpoints (time, value), or built-in functions.

Every curve becomes one float64 array sampled evenly over the whole sequence, which the
engine reads at the play position (linearly interpolated), so a 4000-point Pd array and a
three-point Max ``[function]`` are the same thing to it.
"""

from __future__ import annotations

import numpy as np

from rtvae.errors import RtvaeError

RESOLUTION = 1024
FUNCTIONS = ("sine", "triangle", "ramp", "exp", "walk")


def from_values(values) -> np.ndarray:
    """A drawn curve, as is (at least one value)."""
    curve = np.asarray(values, np.float64).ravel()
    if len(curve) == 0 or not np.isfinite(curve).all():
        raise RtvaeError("a curve needs at least one finite value")
    return curve


def from_breakpoints(pairs, resolution: int = RESOLUTION) -> np.ndarray:
    """(time, value) pairs in any time unit (Max ``[function]`` dumps ms) → an even curve."""
    pairs = np.asarray(pairs, np.float64).reshape(-1, 2)
    order = np.argsort(pairs[:, 0], kind="stable")
    times, values = pairs[order, 0], pairs[order, 1]
    if len(times) == 1 or times[-1] == times[0]:
        return np.full(1, values[-1])
    grid = np.linspace(times[0], times[-1], resolution)
    return np.interp(grid, times, values)


def function(name: str, params=(), resolution: int = RESOLUTION) -> np.ndarray:
    """Built-in curves over x in [0, 1]; ``params`` as listed in :data:`HELP`."""
    x = np.linspace(0.0, 1.0, resolution)
    p = list(params)
    if name == "sine":       # periods, low, high
        periods, low, high = _take(p, 1.0, 0.0, 1.0)
        return low + (high - low) * (0.5 - 0.5 * np.cos(2 * np.pi * periods * x))
    if name == "triangle":   # periods, low, high
        periods, low, high = _take(p, 1.0, 0.0, 1.0)
        phase = (periods * x) % 1.0
        return low + (high - low) * (1 - np.abs(2 * phase - 1))
    if name == "ramp":       # from, to
        start, end = _take(p, 0.0, 1.0)
        return start + (end - start) * x
    if name == "exp":        # from, to, curvature (0 is a line)
        start, end, k = _take(p, 0.0, 1.0, 4.0)
        shape = x if abs(k) < 1e-9 else np.expm1(k * x) / np.expm1(k)
        return start + (end - start) * shape
    if name == "walk":       # seed, step, low, high: a seeded bounded random walk
        seed, step, low, high = _take(p, 0.0, 0.05, 0.0, 1.0)
        return _walk(int(seed), step, low, high, resolution)
    raise RtvaeError(f"unknown curve function '{name}'; known: {', '.join(FUNCTIONS)}")


HELP = "sine [periods low high], triangle [periods low high], ramp [from to], exp [from to curvature], " \
       "walk [seed step low high]"


def _take(params: list, *defaults: float) -> list[float]:
    if len(params) > len(defaults):
        raise RtvaeError(f"too many parameters ({len(params)}); expected at most {len(defaults)}")
    return [float(v) for v in params] + list(defaults[len(params):])


def _walk(seed: int, step: float, low: float, high: float, resolution: int) -> np.ndarray:
    steps = np.random.default_rng(seed).normal(0.0, step, resolution)
    values = np.empty(resolution)
    value = 0.5 * (low + high)
    for i, delta in enumerate(steps):
        value = min(max(value + delta, low), high)  # clamped at the bounds
        values[i] = value
    return values
