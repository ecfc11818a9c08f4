"""Interpolation curves: drawn (N values), breakpoints (time, value), or built-in functions.

Every curve becomes one float64 array sampled evenly over the whole sequence, which the
engine reads at the play position (linearly interpolated), so a 4000-point Pd array and a
three-point Max ``[function]`` are the same thing to it.

Every curve this module returns is finite and inside :data:`AMOUNT_RANGE` (the amounts
the namespace allows), and every built-in function's parameters are checked first, so no
parameter can make a curve overflow: ``exp``'s curvature is refused outside
[-:data:`MAX_CURVATURE`, :data:`MAX_CURVATURE`]. What is wrong is raised as an
:class:`~rtvae.errors.RtvaeError` whose text names the parameter.
"""

from __future__ import annotations

import numpy as np

from rtvae.errors import RtvaeError

RESOLUTION = 1024
FUNCTIONS = ("sine", "triangle", "ramp", "exp", "walk")
AMOUNT_RANGE = (-4.0, 5.0)  # 0 is source A, 1 is B; outside [0, 1] extrapolates
MAX_CURVATURE = 50.0        # exp: past this the curve is a step in its last 2 %; e^710 overflows
MAX_PERIODS = RESOLUTION // 2  # sine, triangle: more periods than this alias on RESOLUTION points


def from_values(values) -> np.ndarray:
    """A drawn curve, as is (at least one value)."""
    curve = np.asarray(values, np.float64).ravel()
    if len(curve) == 0:
        raise RtvaeError("a curve needs at least one value")
    return checked(curve)


def from_breakpoints(pairs, resolution: int = RESOLUTION) -> np.ndarray:
    """(time, value) pairs in any time unit (Max ``[function]`` dumps ms) → an even curve."""
    pairs = checked_finite(np.asarray(pairs, np.float64).reshape(-1, 2), "a breakpoint")
    if len(pairs) == 0:
        raise RtvaeError("a curve needs at least one breakpoint")
    order = np.argsort(pairs[:, 0], kind="stable")
    times, values = pairs[order, 0], checked(pairs[order, 1])
    if len(times) == 1 or times[-1] == times[0]:
        return np.full(1, values[-1])
    grid = np.linspace(times[0], times[-1], resolution)
    return checked(np.interp(grid, times, values))


def function(name: str, params=(), resolution: int = RESOLUTION) -> np.ndarray:
    """Built-in curves over x in [0, 1]; ``params`` as listed in :data:`HELP`, each checked."""
    if name not in _BUILDERS:
        raise RtvaeError(f"unknown curve function '{name}'; known: {', '.join(FUNCTIONS)}")
    build, names, defaults = _BUILDERS[name]
    values = _take(name, names, list(params), defaults)
    return checked(build(np.linspace(0.0, 1.0, resolution), *values))


HELP = "sine [periods low high], triangle [periods low high], ramp [from to], exp [from to curvature], " \
       "walk [seed step low high]"


def checked(curve: np.ndarray) -> np.ndarray:
    """``curve`` itself when it is finite and inside :data:`AMOUNT_RANGE`; else RtvaeError."""
    checked_finite(curve, "a curve value")
    low, high = AMOUNT_RANGE
    outside = (curve < low) | (curve > high)
    if outside.any():
        i = int(np.argmax(outside))
        raise RtvaeError(f"a curve value ({curve[i]:g} at point {i}) is outside the amount range [{low:g}, {high:g}]")
    return curve


def checked_finite(array: np.ndarray, what: str) -> np.ndarray:
    """``array`` itself when every value is finite; else RtvaeError naming ``what`` is not."""
    bad = ~np.isfinite(array)
    if bad.any():
        raise RtvaeError(f"{what} is not finite ({array.flat[int(np.argmax(bad))]})")
    return array


def _sine(x, periods, low, high):
    return _between(low + (high - low) * (0.5 - 0.5 * np.cos(2 * np.pi * periods * x)), low, high)


def _triangle(x, periods, low, high):
    phase = (periods * x) % 1.0
    return _between(low + (high - low) * (1 - np.abs(2 * phase - 1)), low, high)


def _ramp(x, start, end):
    return _between(start + (end - start) * x, start, end)


def _exp(x, start, end, k):
    shape = x if abs(k) < 1e-9 else np.expm1(k * x) / np.expm1(k)  # |k| ≤ MAX_CURVATURE: no overflow
    return _between(start + (end - start) * shape, start, end)


def _walk(x, seed, step, low, high):
    """A seeded random walk from the middle of [low, high], clamped at the bounds."""
    if low > high:
        raise RtvaeError(f"walk: 'low' ({low:g}) must not be above 'high' ({high:g})")
    steps = np.random.default_rng(int(seed)).normal(0.0, step, len(x))
    values = np.empty(len(x))
    value = 0.5 * (low + high)
    for i, delta in enumerate(steps):
        value = min(max(value + delta, low), high)
        values[i] = value
    return values


def _between(curve, a, b):
    """Clip rounding: a curve between two amounts never leaves them by an ulp."""
    return np.clip(curve, min(a, b), max(a, b))


def _take(name: str, names: tuple[str, ...], params: list, defaults: tuple[float, ...]) -> list[float]:
    if len(params) > len(defaults):
        raise RtvaeError(f"{name} takes at most {len(defaults)} parameters ({' '.join(names)}), got {len(params)}")
    values = [float(v) for v in params] + list(defaults[len(params):])
    for param, value in zip(names, values):
        _CHECKS[param](name, param, value)
    return values


def _in_range(low: float, high: float, what: str):
    def check(name: str, param: str, value: float) -> None:
        if not (np.isfinite(value) and low <= value <= high):
            raise RtvaeError(f"{name}: '{param}' = {value:g} must be {what} in [{low:g}, {high:g}]")
    return check


def _seed(name: str, param: str, value: float) -> None:
    if not (np.isfinite(value) and value >= 0 and float(value).is_integer()):
        raise RtvaeError(f"{name}: 'seed' = {value:g} must be a non-negative integer")


_AMOUNT = _in_range(*AMOUNT_RANGE, "an amount")
_CHECKS = {
    "periods": _in_range(0.0, MAX_PERIODS, "a count"), "low": _AMOUNT, "high": _AMOUNT, "from": _AMOUNT,
    "to": _AMOUNT, "curvature": _in_range(-MAX_CURVATURE, MAX_CURVATURE, "a curvature"), "seed": _seed,
    "step": _in_range(0.0, AMOUNT_RANGE[1] - AMOUNT_RANGE[0], "an amount per point"),
}
_BUILDERS = {  # name: (builder, parameter names, defaults)
    "sine": (_sine, ("periods", "low", "high"), (1.0, 0.0, 1.0)),
    "triangle": (_triangle, ("periods", "low", "high"), (1.0, 0.0, 1.0)),
    "ramp": (_ramp, ("from", "to"), (0.0, 1.0)),
    "exp": (_exp, ("from", "to", "curvature"), (0.0, 1.0, 4.0)),
    "walk": (_walk, ("seed", "step", "low", "high"), (0.0, 0.05, 0.0, 1.0)),
}
