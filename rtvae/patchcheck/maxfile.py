"""Reading a Max patcher (``.maxpat``/``.maxhelp``): its boxes, their words and messages,
and the inlet and outlet counts Max 8 gives the objects this checker knows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

FIXED_MAX_IO = {  # class: (inlets, outlets)
    "udpsend": (1, 0), "udpreceive": (1, 1), "loadbang": (1, 1), "prepend": (1, 1), "append": (1, 1),
    "metro": (2, 1), "timer": (2, 2), "print": (1, 0), "zl": (2, 2), "tosymbol": (1, 1), "fromsymbol": (1, 1),
    "message": (2, 1), "comment": (1, 0), "toggle": (1, 1), "button": (1, 1), "flonum": (1, 2),
    "number": (1, 2), "slider": (1, 1), "multislider": (1, 2), "textedit": (1, 4), "umenu": (1, 3),
    "panel": (1, 0), "line": (3, 2), "speedlim": (2, 1), "deferlow": (1, 1), "defer": (1, 1),
    "function": (1, 4), "uzi": (2, 3), "inlet": (0, 1), "outlet": (1, 0),
}


def read_patcher(path: str | Path) -> dict | str:
    """The top-level ``patcher`` object of a Max file, or why there is none (a problem, as text)."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"{path.name}: cannot read it as JSON: {exc}"
    if not isinstance(document, dict) or not isinstance(document.get("patcher"), dict):
        return f"{path.name}: no top-level 'patcher' object"
    return document["patcher"]


def all_boxes(patcher: dict) -> Iterator[dict]:
    """Every box of a patcher and of the subpatchers inside it, depth first."""
    for entry in patcher.get("boxes", []):
        box = entry["box"]
        yield box
        if isinstance(box.get("patcher"), dict):
            yield from all_boxes(box["patcher"])


def max_words(box: dict) -> list[str]:
    """An object box's words (class first); any other box is its ``maxclass`` alone."""
    return str(box.get("text", "")).split() if box.get("maxclass") == "newobj" else [box.get("maxclass", "")]


def max_messages(box: dict) -> list[list[str]]:
    """The messages a message box sends out of its outlet (split at commas; ``;`` sends dropped)."""
    if box.get("maxclass") != "message":
        return []
    text = str(box.get("text", "")).split(";")[0]
    return [part.split() for part in text.split(",") if part.split()]


def expected_max_io(box: dict, folder: Path | None = None) -> tuple[int, int] | None:
    """(inlets, outlets) a Max 8 box has, for the objects this checker knows; None otherwise.

    Abstractions and ``[bpatcher]`` files are looked up in ``folder`` (the patch's own)."""
    words = max_words(box)
    cls, args = (words[0], words[1:]) if words else ("", [])
    args = [a for a in args if not a.startswith("@")]
    if cls in ("route", "routepass"):
        return (len(args) + 1, len(args) + 1)
    if cls == "unpack":
        return (1, len(args) or 2)
    if cls in ("pack", "pak"):
        return (len(args) or 2, 1)
    if cls in ("t", "trigger"):
        return (1, len(args) or 2)
    if cls == "bpatcher" and folder is not None:
        return _abstraction_io(folder / str(box.get("name", "")))
    if box.get("maxclass") == "newobj" and folder is not None and (folder / f"{cls}.maxpat").is_file():
        return _abstraction_io(folder / f"{cls}.maxpat")
    return FIXED_MAX_IO.get(cls)


def _abstraction_io(path: Path) -> tuple[int, int] | None:
    try:
        boxes = [b["box"] for b in json.loads(path.read_text(encoding="utf-8"))["patcher"]["boxes"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (sum(b.get("maxclass") == "inlet" for b in boxes), sum(b.get("maxclass") == "outlet" for b in boxes))
