"""The OSC namespace: one table of every address rtvae answers, the single source of truth.

The server's dispatch, ``/rtvae/help``, the README's OSC section and the patch checks are
all generated from or checked against :data:`NAMESPACE`. Each entry says which argument
types an address takes, their ranges, and what it does. Pd sends every number as a
float, so an ``i`` argument accepts an integral float; an ``f`` argument accepts an int.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

PREFIX = "/rtvae"
LATENT = "latent"  # a repeat count that must equal the model's latent size


class ArgumentError(ValueError):
    """An OSC message's arguments do not fit its address; the text is the reply's reason."""


@dataclass(frozen=True)
class Arg:
    """One argument: OSC type letter (f, i or s), name, range and meaning."""

    name: str
    type: str
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.choices:
            return f"{self.name}:{self.type}({'|'.join(self.choices)})"
        if self.minimum is None and self.maximum is None:
            return f"{self.name}:{self.type}"
        return f"{self.name}:{self.type}[{_num(self.minimum)}..{_num(self.maximum)}]"


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class Address:
    """An address, its arguments, and its help text.

    ``args`` come first (the last ``optional`` of them may be left out); then ``repeat``
    may follow, repeated between ``min_repeats`` and ``max_repeats`` times (or exactly
    the latent size when ``max_repeats`` is ``LATENT``).
    """

    path: str
    help: str
    args: tuple[Arg, ...] = ()
    optional: int = 0
    repeat: tuple[Arg, ...] = ()
    min_repeats: int = 0
    max_repeats: int | str | None = 0
    replies: str = ""

    def signature(self) -> str:
        """Human-readable argument list, e.g. ``(index:i value:f)...``."""
        fixed = [a.describe() for a in self.args]
        for i in range(len(fixed) - self.optional, len(fixed)):
            fixed[i] = f"[{fixed[i]}]"
        if self.repeat:
            group = " ".join(a.describe() for a in self.repeat)
            count = "×latent size" if self.max_repeats == LATENT else "..."
            fixed.append(f"({group}){count}" if len(self.repeat) > 1 else f"{group}{count}")
        return " ".join(fixed)

    def type_tags(self) -> str:
        """OSC type tags of the fixed arguments, with ``*`` for a repeated group."""
        return "".join(a.type for a in self.args) + ("(" + "".join(a.type for a in self.repeat) + ")*" if self.repeat else "")


def _a(path: str, help: str, *args: Arg, **kw: Any) -> Address:
    return Address(PREFIX + path, help, tuple(args), **kw)


NAME = Arg("name", "s", help="a plain name: letters, digits, '-', '_' and '.'")
NAMESPACE: tuple[Address, ...] = (
    _a("/z", "set the whole latent target (one value per dimension)",
       repeat=(Arg("value", "f", -1e3, 1e3),), min_repeats=1, max_repeats=LATENT),
    _a("/z/set", "set some latent dimensions: index, value pairs",
       repeat=(Arg("index", "i", 0, None), Arg("value", "f", -1e3, 1e3)), min_repeats=1, max_repeats=None),
    _a("/smooth", "latent slew time in ms (0: jump at the next hop)", Arg("ms", "f", 0, 60000)),
    _a("/temperature", "sampling temperature: 0 decodes mu, 1 samples the posterior", Arg("t", "f", 0, 10)),
    _a("/gain", "output gain, linear (1 = unity), ramped over 10 ms", Arg("gain", "f", 0, 16)),
    _a("/mute", "1 mutes (ramped), 0 unmutes", Arg("on", "i", 0, 1)),
    _a("/preset/store", "remember the current latent target under a name", NAME),
    _a("/preset/recall", "make a stored preset the latent target (slewed)", NAME),
    _a("/model/load", "hot-swap to a model of the models folder (or 'default'), crossfaded", NAME,
       replies="/rtvae/model/loaded name"),
    _a("/record/start", "record the output to a WAV in the recordings folder", NAME, optional=1,
       replies="/rtvae/record/started path"),
    _a("/record/stop", "stop recording", replies="/rtvae/record/stopped path seconds"),
    _a("/status", "reply with the engine's state",
       replies="/rtvae/status model sample_rate device_rate block hop mode latency_samples latency_ms "
               "xruns late_decodes cpu_load controls_applied controls_dropped recording"),
    _a("/help", "reply with one /rtvae/help/address message per address", replies="/rtvae/help/address path signature help"),
    _a("/ping", "reply /rtvae/pong, echoing the id if one is given", Arg("id", "f"), optional=1,
       replies="/rtvae/pong [id]"),
    _a("/reply", "also send replies to this port (and host; default: the sender's host)",
       Arg("port", "i", 1, 65535), Arg("host", "s"), optional=1),
    _a("/interp/a", "interpolation source A: a corpus sound, cluster:N (its sounds in a row), or a file "
       "in the sounds folder", Arg("source", "s"), replies="/rtvae/interp/ready a|b source windows seconds"),
    _a("/interp/b", "interpolation source B (as A); the longer source is trimmed to the shorter",
       Arg("source", "s"), replies="/rtvae/interp/ready a|b source windows seconds"),
    _a("/interp/mode", "stepwise: a static amount; meso: the amount follows the curve; "
       "extend: one window per output hop (sources encoded with a small hop: a stretch)",
       Arg("mode", "s", choices=("stepwise", "meso", "extend"))),
    _a("/interp/amount", "static amount: 0 is A, 1 is B, outside [0, 1] extrapolates", Arg("amount", "f", -4, 5)),
    _a("/interp/curve", "the meso-scale curve: values sampled evenly over the sequence (a Pd array, "
       "a Max [multislider])", repeat=(Arg("value", "f", -4, 5),), min_repeats=1, max_repeats=16384),
    _a("/interp/breakpoints", "the meso-scale curve as (time, value) pairs (a Max [function] dump)",
       repeat=(Arg("time", "f", -1e9, 1e9), Arg("value", "f", -4, 5)), min_repeats=1, max_repeats=8192),
    _a("/interp/function", "a built-in curve: sine|triangle [periods low high], ramp [from to], "
       "exp [from to curvature], walk [seed step low high]",
       Arg("name", "s", choices=("sine", "triangle", "ramp", "exp", "walk")),
       repeat=(Arg("param", "f", -1e6, 1e6),), max_repeats=4),
    _a("/interp/stretch", "play the sequence this many times slower (extend: on top of its own stretch)",
       Arg("factor", "f", 0.01, 100)),
    _a("/interp/loop", "1 loops the sequence, 0 stops at its end", Arg("on", "i", 0, 1)),
    _a("/interp/play", "start (or resume) playing through the sources",
       replies="/rtvae/out/interp position progress playing (20 a second while playing)"),
    _a("/interp/stop", "stop playing (the sound holds the current latent)"),
    _a("/interp/position", "jump to a point of the sequence (0 start, 1 end)", Arg("position", "f", 0, 1)),
)

BY_PATH = {address.path: address for address in NAMESPACE}


def check_args(address: Address, values: list[Any], latent_size: int) -> list[Any]:
    """Validate and convert ``values`` for ``address``; ArgumentError says what is wrong."""
    required = len(address.args) - address.optional
    if len(values) < required:
        raise ArgumentError(f"expects {address.signature() or 'no arguments'}, got {len(values)} argument(s)")
    fixed = [_convert(arg, value) for arg, value in zip(address.args, values)]
    rest = values[len(address.args):]
    if not address.repeat:
        if rest:
            raise ArgumentError(f"expects {address.signature() or 'no arguments'}, got {len(values)} argument(s)")
        return fixed
    return fixed + _check_repeats(address, rest, latent_size)


def _check_repeats(address: Address, rest: list[Any], latent_size: int) -> list[Any]:
    group = len(address.repeat)
    if len(rest) % group:
        raise ArgumentError(f"expects {address.signature()}: arguments come in groups of {group}")
    count = len(rest) // group
    limit = latent_size if address.max_repeats == LATENT else address.max_repeats
    if address.max_repeats == LATENT and count != latent_size:
        raise ArgumentError(f"expects {latent_size} values (the latent size), got {count}")
    if count < address.min_repeats or (limit is not None and count > limit):
        raise ArgumentError(f"expects {address.signature()}, got {count} group(s)")
    if group == 1 and address.repeat[0].type == "f":
        return _convert_floats(address.repeat[0], rest)
    return [_convert(address.repeat[i % group], value) for i, value in enumerate(rest)]


def _convert_floats(arg: Arg, values: list[Any]) -> list[float]:
    """A run of float arguments (a latent, a curve) checked at once rather than one by one."""
    if any(isinstance(v, (str, bool, bytes)) or not isinstance(v, (int, float)) for v in values):
        return [_convert(arg, v) for v in values]  # the per-value path words the error
    array = np.asarray(values, np.float64)
    bad = ~np.isfinite(array)
    if arg.minimum is not None:
        bad |= array < arg.minimum
    if arg.maximum is not None:
        bad |= array > arg.maximum
    if bad.any():
        _convert(arg, values[int(np.argmax(bad))])  # raises with the usual wording
    return array.tolist()


def _convert(arg: Arg, value: Any) -> Any:
    if arg.type == "s":
        if not isinstance(value, str):
            raise ArgumentError(f"'{arg.name}' must be a string, got {_kind(value)}")
        if arg.choices and value not in arg.choices:
            raise ArgumentError(f"'{arg.name}' must be one of {', '.join(arg.choices)}, got {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ArgumentError(f"'{arg.name}' must be a number, got {_kind(value)}")
    if not math.isfinite(value):
        raise ArgumentError(f"'{arg.name}' must be finite, got {value}")
    if arg.type == "i":
        if not float(value).is_integer():
            raise ArgumentError(f"'{arg.name}' must be an integer, got {value}")
        value = int(value)
    else:
        value = float(value)
    if (arg.minimum is not None and value < arg.minimum) or (arg.maximum is not None and value > arg.maximum):
        raise ArgumentError(f"'{arg.name}' = {value} is out of range [{_num(arg.minimum)}, {_num(arg.maximum)}]")
    return value


def _kind(value: Any) -> str:
    return f"a string {value!r}" if isinstance(value, str) else type(value).__name__


def markdown_table() -> str:
    """The README's OSC section, generated from the table."""
    lines = ["| address | arguments | effect | replies |", "|---|---|---|---|"]
    for a in NAMESPACE:
        lines.append(f"| `{a.path}` | {a.signature() or '—'} | {a.help} | {a.replies or '—'} |")
    return "\n".join(lines)


def update_readme(path: str = "README.md") -> None:
    """Rewrite the README's generated OSC table in place (between its markers)."""
    import re
    from pathlib import Path

    readme = Path(path)
    text = readme.read_text()
    pattern = re.compile(r"(<!-- osc-table:[^>]*-->\n).*?(\n<!-- /osc-table -->)", re.S)
    readme.write_text(pattern.sub(lambda m: m.group(1) + markdown_table() + m.group(2), text))


if __name__ == "__main__":
    update_readme()
