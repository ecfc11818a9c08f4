"""Reading a ``.pd`` file: its canvases, their boxes and wires, its arrays.

What the reader understands
    ``#N canvas`` subpatches and graphs (object indices count per canvas), ``#X obj``,
    ``msg``, ``floatatom``, ``symbolatom``, ``listbox``, ``text``, ``scalar``, ``restore``
    and ``connect``; ``#X array`` (name and size), escaped ``\\;`` ``\\,`` ``\\$1`` ``\\ ``,
    and the ``, f N`` width suffix. ``#A`` data and ``#X coords`` are skipped.

Only the file's structure is read here; what its messages mean is
:mod:`rtvae.patchcheck.pdgraph`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class PdObject:
    """One box of a canvas: ``kind`` is the record type (obj, msg, floatatom, text, restore...),
    ``cls`` the class name (``pd`` or ``graph`` for a subcanvas, the kind for non-objects)."""

    index: int
    kind: str
    cls: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class PdConnection:
    """``#X connect src outlet dst inlet`` on one canvas."""

    src: int
    outlet: int
    dst: int
    inlet: int


@dataclass
class PdCanvas:
    """A canvas: the top level or a subpatch/graph; indices are local to it."""

    name: str
    objects: list[PdObject] = field(default_factory=list)
    connections: list[PdConnection] = field(default_factory=list)


@dataclass
class PdPatch:
    """A parsed ``.pd`` file: canvases in file order (the top level first), arrays by name
    (their sizes), and what was wrong with the file's structure."""

    path: Path
    canvases: list[PdCanvas]
    arrays: dict[str, int]
    problems: list[str]


SEPARATOR = None  # an unescaped comma inside a record
BOXES = ("obj", "msg", "floatatom", "symbolatom", "listbox", "text", "scalar")


def pd_records(text: str) -> Iterator[list[str | None]]:
    """The records of a Pd file as token lists; escapes are resolved, unescaped commas are None."""
    tokens: list[str | None] = []
    word: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            word.append(next(chars, ""))
        elif ch in " \t\r\n,;":
            if word:
                tokens.append("".join(word))
                word = []
            if ch == ",":
                tokens.append(SEPARATOR)
            elif ch == ";":
                if tokens:
                    yield tokens
                tokens = []
        else:
            word.append(ch)


def parse_pd(path: str | Path) -> PdPatch:
    """Read a Pd patch: objects and connections per canvas, arrays, and structural problems."""
    patch = PdPatch(Path(path), [], {}, [])
    stack: list[PdCanvas] = []
    for record in pd_records(Path(path).read_text(encoding="utf-8", errors="replace")):
        _read_record(patch, stack, record)
    if len(stack) > 1:
        patch.problems.append(f"{len(stack) - 1} subpatch(es) never restored")
    return patch


def _read_record(patch: PdPatch, stack: list[PdCanvas], record: list[str | None]) -> None:
    head = _until_separator(record)
    if not head:
        return
    if head[:2] == ["#N", "canvas"]:
        stack.append(PdCanvas(head[6] if len(head) > 6 and stack else "top"))
        patch.canvases.append(stack[-1])
    elif head[0] != "#X" or len(head) < 2:
        return
    elif not stack:
        patch.problems.append(f"'{' '.join(head[:3])}' before any '#N canvas'")
    elif head[1] == "connect":
        _read_connect(patch, stack[-1], head)
    elif head[1] == "restore":
        _read_restore(patch, stack, head)
    elif head[1] == "array" and len(head) > 3 and head[3].isdigit():
        patch.arrays[head[2]] = int(head[3])
    elif head[1] in BOXES:
        _add_object(stack[-1], head[1], head[4:])


def _until_separator(record: list[str | None]) -> list[str]:
    end = record.index(SEPARATOR) if SEPARATOR in record else len(record)
    return [t for t in record[:end] if t is not None]


def _add_object(canvas: PdCanvas, kind: str, rest: list[str]) -> None:
    if kind == "obj":
        cls, args = (rest[0], rest[1:]) if rest else ("", [])
    else:
        cls, args = kind, rest
    canvas.objects.append(PdObject(len(canvas.objects), kind, cls, tuple(args)))


def _read_restore(patch: PdPatch, stack: list[PdCanvas], head: list[str]) -> None:
    if len(stack) < 2:
        patch.problems.append("'#X restore' without a subpatch to close")
        return
    inner = stack.pop()
    rest = head[4:] or ["graph"]
    inner.name = " ".join(rest[1:]) or rest[0]
    stack[-1].objects.append(PdObject(len(stack[-1].objects), "restore", rest[0], tuple(rest[1:])))


def _read_connect(patch: PdPatch, canvas: PdCanvas, head: list[str]) -> None:
    try:
        canvas.connections.append(PdConnection(*(int(v) for v in head[2:6])))
    except (TypeError, ValueError):
        patch.problems.append(f"bad connect record: {' '.join(head)}")


def message_parts(args: tuple[str, ...]) -> tuple[list[list[str]], dict[str, list[list[str]]]]:
    """A message box's outlet messages (split at commas) and its ``; name ...`` sends by name."""
    local: list[list[str]] = [[]]
    remote: dict[str, list[list[str]]] = {}
    current = local
    for token in args:
        if token == ";":
            current = None  # the next token names the receiver
        elif current is None:
            current = remote.setdefault(token, [])
            current.append([])
        elif token == ",":
            current.append([])
        else:
            current[-1].append(token)
    return [m for m in local if m], remote
