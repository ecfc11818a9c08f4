"""The shape of the OSC namespace: what an address takes and what a reply carries.

:mod:`rtvae.osc.namespace` holds the rows; this module holds the types of a row and the
checks every incoming message goes through. Pd sends every number as a float, so an
``i`` argument accepts an integral float; an ``f`` argument accepts an int. A string
argument may not hold control characters (Unicode category Cc: below 0x20, 0x7f, and
0x80-0x9f), so no name, source or host carries one into a path or a log.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from rtvae.errors import ArgumentError

LATENT = "latent"  # a repeat count that must equal the model's latent size
UP_TO_LATENT = "up to latent"  # a repeat count of at most the model's latent size
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc


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
    may follow, repeated between ``min_repeats`` and ``max_repeats`` times (exactly the
    latent size when ``max_repeats`` is ``LATENT``, at most it when ``UP_TO_LATENT``).
    """

    path: str
    help: str
    args: tuple[Arg, ...] = ()
    optional: int = 0
    repeat: tuple[Arg, ...] = ()
    min_repeats: int = 0
    max_repeats: int | str | None = 0
    replies: tuple[str, ...] = ()  # paths of the replies it may cause (rows of REPLIES)

    def signature(self) -> str:
        """Human-readable argument list, e.g. ``(index:i value:f)...``."""
        fixed = [a.describe() for a in self.args]
        for i in range(len(fixed) - self.optional, len(fixed)):
            fixed[i] = f"[{fixed[i]}]"
        if self.repeat:
            group = " ".join(a.describe() for a in self.repeat)
            count = {LATENT: "×latent size", UP_TO_LATENT: "...(up to latent size)"}.get(self.max_repeats, "...")
            fixed.append(f"({group}){count}" if len(self.repeat) > 1 else f"{group}{count}")
        return " ".join(fixed)

    def type_tags(self) -> str:
        """OSC type tags of the fixed arguments, with ``*`` for a repeated group."""
        return "".join(a.type for a in self.args) + ("(" + "".join(a.type for a in self.repeat) + ")*" if self.repeat else "")


@dataclass(frozen=True)
class Field:
    """One field of a reply: name, OSC type letter (i, f or s), unit and meaning."""

    name: str
    type: str
    unit: str = ""
    help: str = ""

    def describe(self) -> str:
        return f"{self.name}:{self.type}" + (f"({self.unit})" if self.unit else "")


@dataclass(frozen=True)
class Reply:
    """An address the server sends, and its fields in order.

    ``optional`` trailing fields may be left out (``/rtvae/pong`` without an id); a
    ``rest`` field takes any number of values after the fields (a latent), given as a
    sequence under its name. Replies carry only ``i``, ``f`` and ``s``: what every Pd and
    Max version reads.
    """

    path: str
    help: str
    fields: tuple[Field, ...] = ()
    optional: int = 0
    rest: Field | None = None

    def signature(self) -> str:
        parts = [f.describe() for f in self.fields]
        for i in range(len(parts) - self.optional, len(parts)):
            parts[i] = f"[{parts[i]}]"
        if self.rest is not None:
            parts.append(f"{self.rest.describe()}...")
        return " ".join(parts)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields) + (() if self.rest is None else (self.rest.name,))

    def build(self, values: dict[str, Any]) -> list[Any]:
        """The reply's arguments, in table order and of the table's types, from named values."""
        required = self.fields[:len(self.fields) - self.optional] + (() if self.rest is None else (self.rest,))
        missing = [f.name for f in required if f.name not in values]
        unknown = set(values) - set(self.names)
        if missing or unknown:
            raise ValueError(f"{self.path}: missing fields {missing}, unknown fields {sorted(unknown)}")
        out = [_as_type(f, values[f.name]) for f in self.fields if f.name in values]
        if self.rest is not None:
            out += [_as_type(self.rest, v) for v in values[self.rest.name]]
        return out

    def read(self, args: list[Any]) -> dict[str, Any]:
        """Named fields of a received reply (what a client or a test does with it)."""
        named = dict(zip((f.name for f in self.fields), args))
        if self.rest is not None:
            named[self.rest.name] = list(args[len(self.fields):])
        return named


def _as_type(field: Field, value: Any) -> Any:
    if field.type == "s":
        return str(value)
    if field.type == "i":
        return int(value)
    return float(value)


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
    limit = latent_size if address.max_repeats in (LATENT, UP_TO_LATENT) else address.max_repeats
    if address.max_repeats == LATENT and count != latent_size:
        raise ArgumentError(f"expects {latent_size} values (the latent size), got {count}")
    if address.max_repeats == UP_TO_LATENT and count > latent_size:
        raise ArgumentError(f"expects at most {latent_size} {_group(address)} (the latent size), got {count}")
    if count < address.min_repeats or (limit is not None and count > limit):
        raise ArgumentError(f"expects {address.signature()}, got {count} group(s)")
    if group == 1 and address.repeat[0].type == "f":
        return _convert_floats(address.repeat[0], rest)
    return [_convert(address.repeat[i % group], value) for i, value in enumerate(rest)]


def _group(address: Address) -> str:
    names = [a.name for a in address.repeat]
    if len(names) == 1:
        return f"{names[0]} values"
    return f"({', '.join(names)}) {'pairs' if len(names) == 2 else 'groups'}"


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
        _check_printable(arg, value)
        if arg.choices and value not in arg.choices:
            raise ArgumentError(f"'{arg.name}' must be one of {', '.join(arg.choices)}, got {bounded_repr(value)}")
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


def _check_printable(arg: Arg, value: str) -> None:
    found = _CONTROL.search(value)
    if found:
        raise ArgumentError(f"'{arg.name}' may not contain control characters, "
                            f"got U+{ord(found.group()):04X} at position {found.start()}")


def _kind(value: Any) -> str:
    return f"a string {bounded_repr(value)}" if isinstance(value, str) else type(value).__name__


def bounded_repr(value: Any, limit: int = 48) -> str:
    """``repr(value)`` cut to ``limit`` characters: received text quoted in an error reason."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


