"""A Max patcher against the OSC namespace: its structure, and the addresses it sends and routes.

It checks ids, lines, inlet and outlet counts of the objects
:func:`rtvae.patchcheck.maxfile.expected_max_io` knows, ``outlettype`` lengths, and the
``/rtvae`` addresses in message boxes, ``[prepend]``/``[append]`` and ``[route]``; literal
arguments in message boxes are checked by the namespace's own argument checks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rtvae.osc.namespace import BY_PATH, PREFIX
from rtvae.osc.schema import Arg
from rtvae.patchcheck.addresses import OscAddresses, address_problem, placeholder, spec_at, values_problem
from rtvae.patchcheck.maxfile import all_boxes, expected_max_io, max_messages, max_words, read_patcher

REQUIRED_BOX_KEYS = ("id", "maxclass", "numinlets", "numoutlets", "patching_rect")


def check_max_patch(path: str | Path, latent_size: int) -> list[str]:
    """Problems of a Max patcher file (``.maxpat``/``.maxhelp``) for a model of ``latent_size``;
    an empty list means it is sound."""
    patcher = read_patcher(path)
    if isinstance(patcher, str):
        return [patcher]
    return _patcher_problems(patcher, Path(path).parent, "patcher", latent_size)


def max_osc_addresses(path: str | Path) -> OscAddresses:
    """The ``/rtvae`` addresses a Max patcher sends (message boxes, ``[prepend]``) and routes."""
    sent, routed = set(), set()
    for box in all_boxes(json.loads(Path(path).read_text(encoding="utf-8"))["patcher"]):
        sent.update(m[0] for m in max_messages(box) if m[0].startswith(PREFIX))
        if prefixed := _prepended(box):
            sent.add(prefixed)
        routed.update(_route_addresses(box))
    return OscAddresses(frozenset(sent), frozenset(routed))


def _prepended(box: dict) -> str | None:
    """The ``/rtvae`` address a ``[prepend]``/``[append]`` puts on what passes, or None."""
    words = max_words(box)
    if words[:1] in (["prepend"], ["append"]) and len(words) > 1 and words[1].startswith(PREFIX):
        return words[1]
    return None


def _route_addresses(box: dict) -> list[str]:
    """The ``/rtvae`` addresses a ``[route]``/``[routepass]`` matches."""
    words = max_words(box)
    return [w for w in words[1:] if w.startswith(PREFIX)] if words[:1] in (["route"], ["routepass"]) else []


# --- structure ------------------------------------------------------------------------------
def _patcher_problems(patcher: dict, folder: Path, where: str, latent_size: int) -> list[str]:
    boxes = patcher.get("boxes")
    lines = patcher.get("lines", [])
    if not isinstance(boxes, list) or not isinstance(lines, list):
        return [f"{where}: 'boxes' and 'lines' must be lists"]
    problems, by_id = [], {}
    for entry in boxes:
        box = entry.get("box") if isinstance(entry, dict) else None
        if not isinstance(box, dict):
            problems.append(f"{where}: an entry of 'boxes' has no 'box'")
            continue
        problems += _box_problems(box, folder, where, by_id, latent_size)
        if isinstance(box.get("patcher"), dict):
            problems += _patcher_problems(box["patcher"], folder, f"{where}/{box.get('id')}", latent_size)
    for entry in lines:
        problems += _line_problems(entry, by_id, where)
    return problems


def _box_problems(box: dict, folder: Path, where: str, by_id: dict, latent_size: int) -> list[str]:
    name = f"{where}/{box.get('id', '?')} ({box.get('maxclass', '?')})"
    missing = [k for k in REQUIRED_BOX_KEYS if k not in box]
    if box.get("maxclass") in ("newobj", "message") and "text" not in box:
        missing.append("text")
    if missing:
        return [f"{name}: missing {', '.join(missing)}"]
    if box["id"] in by_id:
        return [f"{name}: duplicate id"]
    by_id[box["id"]] = box
    return [f"{name}: {p}" for p in _io_problems(box, folder) + _address_problems(box, latent_size)]


def _io_problems(box: dict, folder: Path) -> list[str]:
    problems = []
    n_in, n_out = box["numinlets"], box["numoutlets"]
    if not (isinstance(n_in, int) and isinstance(n_out, int) and n_in >= 0 and n_out >= 0):
        return ["numinlets and numoutlets must be counts"]
    types = box.get("outlettype")
    if (types is None and n_out > 0) or (types is not None and (not isinstance(types, list) or len(types) != n_out)):
        problems.append(f"outlettype {types!r} does not list {n_out} outlet(s)")
    expected = expected_max_io(box, folder)
    if expected is not None and expected != (n_in, n_out):
        problems.append(f"has {n_in} inlet(s) and {n_out} outlet(s); Max gives it {expected[0]} and {expected[1]}")
    rect = box["patching_rect"]
    if not (isinstance(rect, list) and len(rect) == 4 and all(isinstance(v, (int, float)) for v in rect)):
        problems.append("patching_rect must be four numbers")
    return problems


def _line_problems(entry: Any, by_id: dict, where: str) -> list[str]:
    line = entry.get("patchline") if isinstance(entry, dict) else None
    try:
        (src, outlet), (dst, inlet) = line["source"], line["destination"]
    except (TypeError, KeyError, ValueError):
        return [f"{where}: malformed line {entry!r}"]
    wire = f"{where}: line {src}:{outlet} -> {dst}:{inlet}"
    problems = [f"{wire}: no box {end}" for end in (src, dst) if end not in by_id]
    if problems:
        return problems
    if not 0 <= outlet < by_id[src]["numoutlets"]:
        problems.append(f"{wire}: {src} has {by_id[src]['numoutlets']} outlet(s)")
    if not 0 <= inlet < by_id[dst]["numinlets"]:
        problems.append(f"{wire}: {dst} has {by_id[dst]['numinlets']} inlet(s)")
    return problems


# --- addresses ------------------------------------------------------------------------------
def _address_problems(box: dict, latent_size: int) -> list[str]:
    problems = []
    for words in max_messages(box):
        if words[0].startswith(PREFIX):
            problems += [p for p in [address_problem(words[0]) or _literal_problem(words, latent_size)] if p]
    if (prefixed := _prepended(box)) and (problem := address_problem(prefixed)):
        problems.append(problem)
    problems += [p for w in _route_addresses(box) if (p := address_problem(w, "routed"))]
    return problems


def _literal_problem(words: list[str], latent_size: int) -> str | None:
    address = BY_PATH[words[0]]
    values = [_literal(w, spec_at(address, i)) for i, w in enumerate(words[1:])]
    return values_problem(address, values, latent_size)


def _literal(word: str, arg: Arg | None) -> Any:
    """A Max message word as the value the OSC message will carry (``$1`` becomes a placeholder)."""
    if word.startswith("$"):
        return placeholder(arg)
    for kind in (int, float):
        try:
            return kind(word)
        except ValueError:
            pass
    return word
