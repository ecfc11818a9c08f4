"""Static checks of the shipped Pd and Max patches against the OSC namespace.

The patches in ``patches/`` are product code too: a renamed address or a miscounted
outlet breaks a performer's stage, not a test. This module reads them without running
Pd or Max and answers two questions: which OSC addresses does a patch send and route,
and does it hold together (connections, inlet/outlet counts, addresses, argument counts)?

What the Pd reader understands
    ``#N canvas`` subpatches and graphs (object indices count per canvas), ``#X obj``,
    ``msg``, ``floatatom``, ``symbolatom``, ``listbox``, ``text``, ``scalar``, ``restore``
    and ``connect``; ``#X array`` (name and size), escaped ``\\;`` ``\\,`` ``\\$1`` ``\\ ``,
    and the ``, f N`` width suffix. ``#A`` data and ``#X coords`` are skipped.

What it takes as a sent address
    ``[oscformat a b c]`` sends ``/a/b/c``; a ``[set a b c(`` message box wired into an
    ``[oscformat]`` adds ``/a/b/c``. The argument count reaching an ``[oscformat]`` is
    followed back through message boxes, GUI objects, ``[pack]``, ``[list prepend]``,
    ``[list append]``, ``[list trim]``, ``[trigger]``, ``[spigot]``, ``[array get]`` and
    ``[send]``/``[receive]`` pairs (GUI send names included); anything else makes the
    count unknown and the address is only checked by name. A count is judged with
    placeholder values of the right types (a symbol with choices, such as
    ``/rtvae/interp/mode``, takes its first choice): the count is checked, not the words.

What it takes as a routed (reply) address
    From every ``[oscparse]`` through ``[list trim]``/``[list]``/``[trigger a]`` into
    chains of ``[route a b]``: each matched word extends the path (``/rtvae/status``)
    until the path is a whole reply address; a ``[route]`` after that matches the reply's
    arguments (``/rtvae/interp/ready`` then ``[route a b]``), not the address.
    Every routed path must be a reply address or lead to one.

The Max checker reads the JSON patcher (``.maxpat``/``.maxhelp``): ids, lines, inlet
and outlet counts of the objects it knows, ``outlettype`` lengths, and the ``/rtvae``
addresses in message boxes, ``[prepend]``/``[append]`` and ``[route]``; literal
arguments in message boxes are checked by :func:`rtvae.osc.namespace.check_args`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from rtvae.osc.namespace import BY_PATH, NAMESPACE, PREFIX, Address, Arg, ArgumentError, check_args

DEFAULT_LATENT_SIZE = 128  # the embedded model's latent size


def reply_addresses() -> frozenset[str]:
    """Every address the server sends back: the first word of each ``replies`` text, and errors."""
    return frozenset({a.replies.split()[0] for a in NAMESPACE if a.replies} | {f"{PREFIX}/error"})


def address_problem(address: str, role: str = "sent") -> str | None:
    """Why ``address`` is not one the server knows (``role`` ``sent`` or ``routed``), or None."""
    if role == "sent":
        return None if address in BY_PATH else f"sends {address}, which is not in the OSC namespace"
    replies = reply_addresses() | set(BY_PATH)
    if address in replies or any(r.startswith(address + "/") for r in replies):
        return None
    return f"routes {address}, which the server never sends"


def count_problem(address: Address, n_args: int, latent_size: int = DEFAULT_LATENT_SIZE) -> str | None:
    """Why ``n_args`` arguments do not fit ``address`` (judged by the namespace), or None."""
    return values_problem(address, _placeholders(address, n_args), latent_size)


def values_problem(address: Address, values: list[Any], latent_size: int = DEFAULT_LATENT_SIZE) -> str | None:
    """The namespace's own complaint about ``values`` for ``address``, or None when they fit."""
    try:
        check_args(address, values, latent_size)
    except ArgumentError as exc:
        return f"{address.path}: {exc}"
    return None


def _placeholders(address: Address, n_args: int) -> list[Any]:
    """``n_args`` values of the types (and within the ranges) the address expects at each place."""
    return [_placeholder(_spec_at(address, i)) for i in range(n_args)]


def _placeholder(arg: Arg | None) -> Any:
    """A value that ``arg`` accepts (0 where no argument is expected there)."""
    if arg is not None and arg.type == "s":
        return arg.choices[0] if arg.choices else "x"
    return arg.minimum if arg is not None and arg.minimum is not None else 0


def _spec_at(address: Address, i: int) -> Arg | None:
    """The argument description of place ``i`` of a message to ``address``."""
    if i < len(address.args):
        return address.args[i]
    if address.repeat:
        return address.repeat[(i - len(address.args)) % len(address.repeat)]
    return None


# ------------------------------------------------------------------------------------ Pd files
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
    """A parsed ``.pd`` file: canvases in file order (the top level first), arrays by name."""

    path: Path
    canvases: list[PdCanvas]
    arrays: dict[str, int]
    problems: list[str]


@dataclass(frozen=True)
class OscAddresses:
    """What a patch sends and which reply addresses it routes on."""

    sent: frozenset[str]
    routed: frozenset[str]


SEPARATOR = None  # an unescaped comma inside a record


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
    elif head[1] in ("obj", "msg", "floatatom", "symbolatom", "listbox", "text", "scalar"):
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


# --- the graph of one patch ------------------------------------------------------------------
IEM_SEND_FIELD = {"hsl": 6, "vsl": 6, "hslider": 6, "vslider": 6, "nbx": 6, "bng": 4, "tgl": 2,
                  "toggle": 2, "hradio": 4, "vradio": 4, "hdl": 4, "vdl": 4, "knob": 6}
ATOM_SEND_FIELD = 6  # floatatom/symbolatom/listbox: width min max labelpos label receive send
ONE_VALUE = {"f", "float", "i", "int", "+", "-", "*", "/", "%", "mod", "div", "max", "min", "clip",
             "wrap", "abs", "sqrt", "exp", "log", "pow", "sin", "cos", "tan", "atan", "mtof", "ftom",
             "dbtorms", "rmstodb", "random", "expr", "line", "timer", "symbol", "hsl", "vsl", "hslider",
             "vslider", "nbx", "tgl", "toggle", "hradio", "vradio", "knob", "floatatom", "symbolatom"}
NO_VALUE = {"bng", "bang", "b", "loadbang", "metro", "delay", "del", "until"}
PASS_THROUGH = {("list", "trim"), ("spigot",), ("list",)}
Arity = frozenset[int] | None  # possible argument counts; None: not knowable statically


class PdGraph:
    """Wires and named sends of a parsed patch, for following messages backwards."""

    def __init__(self, patch: PdPatch):
        self.patch = patch
        self.feeders: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
        self.targets: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
        self.outgoing: dict[tuple[int, int], list[int]] = {}
        for c, canvas in enumerate(patch.canvases):
            for w in canvas.connections:
                self.feeders.setdefault((c, w.dst, w.inlet), []).append((w.src, w.outlet))
                self.targets.setdefault((c, w.src, w.outlet), []).append((w.dst, w.inlet))
                self.outgoing.setdefault((c, w.src), []).append(w.dst)

    def objects(self) -> Iterator[tuple[int, PdObject]]:
        """Every object of every canvas, with its canvas number."""
        for c, canvas in enumerate(self.patch.canvases):
            for obj in canvas.objects:
                yield c, obj

    def obj(self, c: int, i: int) -> PdObject | None:
        objects = self.patch.canvases[c].objects
        return objects[i] if 0 <= i < len(objects) else None

    def senders(self, name: str) -> Iterator[tuple[int, PdObject]]:
        """Objects that send to ``name``: ``[s name]``, GUI send names, ``[; name ...(`` boxes."""
        for c, obj in self.objects():
            if (obj.cls in ("s", "send") and obj.args[:1] == (name,)) or gui_send_name(obj) == name:
                yield c, obj
            elif obj.kind == "msg" and name in _remote_targets(obj.args):
                yield c, obj


def gui_send_name(obj: PdObject) -> str | None:
    """The send name of a GUI object or number/symbol box, or None when it has none."""
    slot = ATOM_SEND_FIELD if obj.kind in ("floatatom", "symbolatom", "listbox") else IEM_SEND_FIELD.get(obj.cls)
    if slot is None or len(obj.args) <= slot or obj.args[slot] in ("-", "empty"):
        return None
    return obj.args[slot]


def gui_receive_name(obj: PdObject) -> str | None:
    """The receive name of a GUI object or number/symbol box, or None."""
    slot = ATOM_SEND_FIELD - 1 if obj.kind in ("floatatom", "symbolatom", "listbox") else None
    if slot is None and obj.cls in IEM_SEND_FIELD:
        slot = IEM_SEND_FIELD[obj.cls] + 1
    if slot is None or len(obj.args) <= slot or obj.args[slot] in ("-", "empty"):
        return None
    return obj.args[slot]


def _message_parts(args: tuple[str, ...]) -> tuple[list[list[str]], dict[str, list[list[str]]]]:
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


def _remote_targets(args: tuple[str, ...]) -> set[str]:
    return set(_message_parts(args)[1])


def _message_arity(words: list[str]) -> int | None:
    """Arguments one message box line delivers (None for ``set``/``format`` commands)."""
    if words[0] in ("set", "format", "add", "add2"):
        return None
    if words[0] in ("list", "symbol", "float"):
        return len(words) - 1
    return 0 if words == ["bang"] else len(words)


def _union(parts: list[Arity]) -> Arity:
    if any(p is None for p in parts):
        return None
    return frozenset().union(*parts)


def arity_at(graph: PdGraph, c: int, i: int, inlet: int, seen: frozenset = frozenset()) -> Arity:
    """Possible argument counts of the messages that reach inlet ``inlet`` of object ``i``."""
    feeders = graph.feeders.get((c, i, inlet), [])
    return _union([arity_from(graph, c, src, outlet, seen) for src, outlet in feeders])


def arity_from(graph: PdGraph, c: int, i: int, outlet: int, seen: frozenset = frozenset()) -> Arity:
    """Possible argument counts of what outlet ``outlet`` of object ``i`` sends (None: unknown)."""
    obj = graph.obj(c, i)
    if obj is None or (c, i) in seen:
        return frozenset()
    seen = seen | {(c, i)}
    if obj.kind == "msg":
        counts = [_message_arity(words) for words in _message_parts(obj.args)[0]]
        return frozenset(n for n in counts if n is not None)
    if obj.cls in ONE_VALUE or obj.kind in ("floatatom", "symbolatom"):
        return frozenset({1})
    if obj.cls in NO_VALUE:
        return frozenset({0})
    return _arity_of_object(graph, c, obj, outlet, seen)


def _arity_of_object(graph: PdGraph, c: int, obj: PdObject, outlet: int, seen: frozenset) -> Arity:
    words = (obj.cls,) + obj.args
    if obj.cls == "pack":
        return frozenset({len(obj.args) or 2})
    if words[:2] in (("list", "prepend"), ("list", "append")) or words == ("list",):
        if graph.feeders.get((c, obj.index, 1)):
            return None  # the right inlet changes what is added
        extra = len(obj.args) - 1 if len(words) > 1 else 0
        left = arity_at(graph, c, obj.index, 0, seen)
        return None if left is None else frozenset(n + extra for n in left)
    if words[:2] in PASS_THROUGH or words[:1] in PASS_THROUGH:
        return arity_at(graph, c, obj.index, 0, seen)
    if obj.cls in ("t", "trigger"):
        return _trigger_arity(graph, c, obj, outlet, seen)
    if words[:2] == ("array", "get"):
        return _array_get_arity(graph.patch, obj.args[1:])
    if obj.cls in ("r", "receive") and obj.args:
        return _union([_sender_arity(graph, sc, sender, obj.args[0], seen)
                       for sc, sender in graph.senders(obj.args[0])])
    return None


def _trigger_arity(graph: PdGraph, c: int, obj: PdObject, outlet: int, seen: frozenset) -> Arity:
    kinds = obj.args or ("b", "b")
    kind = kinds[outlet] if outlet < len(kinds) else "a"
    if kind in ("b", "bang"):
        return frozenset({0})
    if kind in ("f", "float", "s", "symbol"):
        return frozenset({1})
    return arity_at(graph, c, obj.index, 0, seen) if kind in ("a", "anything", "l", "list") else None


def _array_get_arity(patch: PdPatch, args: tuple[str, ...]) -> Arity:
    if len(args) >= 3 and args[2].lstrip("-").isdigit() and int(args[2]) >= 0:
        return frozenset({int(args[2])})
    if args and args[0] in patch.arrays:
        return frozenset({patch.arrays[args[0]]})
    return None


def _sender_arity(graph: PdGraph, c: int, sender: PdObject, name: str, seen: frozenset) -> Arity:
    if sender.kind == "msg":
        counts = [_message_arity(words) for words in _message_parts(sender.args)[1][name] if words]
        return frozenset(n for n in counts if n is not None)
    if sender.cls in ("s", "send"):
        return arity_at(graph, c, sender.index, 0, seen)
    return arity_from(graph, c, sender.index, 0, seen)


# --- addresses ------------------------------------------------------------------------------
def _oscformat_address(args: tuple[str, ...]) -> str | None:
    words, skip = [], False
    for word in args:
        if skip:
            skip = False
        elif word == "-f":
            skip = True
        else:
            words.append(word)
    return "/" + "/".join(words) if words else None


def _oscformat_addresses(graph: PdGraph, c: int, obj: PdObject) -> list[str]:
    """The addresses an ``[oscformat]`` sends: its arguments and ``set`` boxes wired into it."""
    found = [a for a in [_oscformat_address(obj.args)] if a]
    for src, _ in graph.feeders.get((c, obj.index, 0), []):
        feeder = graph.obj(c, src)
        for words in _message_parts(feeder.args)[0] if feeder and feeder.kind == "msg" else []:
            if words[0] == "set" and len(words) > 1:
                found.append("/" + "/".join(words[1:]))
    return found


def _routed(graph: PdGraph, c: int, i: int, prefix: str, seen: frozenset) -> Iterator[str]:
    """Paths matched by ``[route]`` chains fed by object ``i`` (which passes ``prefix`` on)."""
    for dst in graph.outgoing.get((c, i), []):
        yield from _routed_into(graph, c, dst, prefix, seen)


def _routed_into(graph: PdGraph, c: int, i: int, prefix: str, seen: frozenset) -> Iterator[str]:
    obj = graph.obj(c, i)
    if obj is None or (c, i, prefix) in seen:
        return
    seen = seen | {(c, i, prefix)}
    words = (obj.cls,) + obj.args
    if obj.cls == "route" and _is_leaf_reply(prefix):
        return  # the address is complete: this [route] matches the reply's arguments (``a``/``b``)
    if obj.cls == "route":
        for outlet, word in enumerate(obj.args):
            yield prefix + "/" + word
            for dst, _ in graph.targets.get((c, i, outlet), []):
                yield from _routed_into(graph, c, dst, prefix + "/" + word, seen)
    elif words[:2] in PASS_THROUGH or words[:1] in PASS_THROUGH or (obj.cls in ("t", "trigger") and
                                                                     set(obj.args) <= {"a", "anything", "l", "list"}):
        yield from _routed(graph, c, i, prefix, seen)
    elif obj.cls in ("s", "send") and obj.args:
        for rc, receiver in graph.objects():
            if receiver.cls in ("r", "receive") and receiver.args[:1] == obj.args[:1]:
                yield from _routed(graph, rc, receiver.index, prefix, seen)


def _is_leaf_reply(path: str) -> bool:
    """``path`` is a whole reply address that no longer reply address extends."""
    replies = reply_addresses()
    return path in replies and not any(r.startswith(path + "/") for r in replies)


def pd_osc_addresses(path: str | Path) -> OscAddresses:
    """The OSC addresses a Pd patch sends (``[oscformat]``) and routes replies on (``[oscparse]``)."""
    graph = PdGraph(parse_pd(path))
    sent, routed = set(), set()
    for c, obj in graph.objects():
        if obj.cls == "oscformat":
            sent.update(_oscformat_addresses(graph, c, obj))
        elif obj.cls == "oscparse":
            routed.update(_routed(graph, c, obj.index, "", frozenset()))
    return OscAddresses(frozenset(sent), frozenset(routed))


def pd_named_receives(path: str | Path) -> frozenset[str]:
    """Names a Pd patch listens on: ``[r name]`` objects and GUI receive names (``$0`` ones left out)."""
    graph = PdGraph(parse_pd(path))
    names = set()
    for _, obj in graph.objects():
        name = obj.args[0] if obj.cls in ("r", "receive") and obj.args else gui_receive_name(obj)
        if name and "$" not in name:
            names.add(name)
    return frozenset(names)


# --- checks ---------------------------------------------------------------------------------
def check_pd_patch(path: str | Path, latent_size: int = DEFAULT_LATENT_SIZE) -> list[str]:
    """Problems of a Pd patch: broken connections, unknown addresses, argument counts that
    cannot fit. An empty list means the patch holds together."""
    patch = parse_pd(path)
    graph = PdGraph(patch)
    problems = list(patch.problems)
    for c, canvas in enumerate(patch.canvases):
        problems += [f"canvas {c} ({canvas.name}): {p}" for p in _connection_problems(canvas)]
    for c, obj in graph.objects():
        if obj.cls == "oscformat":
            where = f"canvas {c} object {obj.index} [oscformat]"
            problems += [f"{where}: {p}" for p in _oscformat_problems(graph, c, obj, latent_size)]
    for address in sorted(pd_osc_addresses(path).routed):
        if address.startswith(PREFIX) and (problem := address_problem(address, "routed")):
            problems.append(problem)
    return problems


def _connection_problems(canvas: PdCanvas) -> list[str]:
    problems = []
    for w in canvas.connections:
        wire = f"connect {w.src} {w.outlet} {w.dst} {w.inlet}"
        for end, index in (("source", w.src), ("destination", w.dst)):
            if not 0 <= index < len(canvas.objects):
                problems.append(f"{wire}: no object {index} ({len(canvas.objects)} on this canvas)")
            elif canvas.objects[index].kind == "text":
                problems.append(f"{wire}: the {end} is a comment")
        if w.outlet < 0 or w.inlet < 0:
            problems.append(f"{wire}: negative inlet or outlet")
    return problems


def _oscformat_problems(graph: PdGraph, c: int, obj: PdObject, latent_size: int) -> list[str]:
    problems = []
    counts = arity_at(graph, c, obj.index, 0)
    for address in _oscformat_addresses(graph, c, obj):
        if problem := address_problem(address):
            problems.append(problem)
        elif counts is not None and address == _oscformat_address(obj.args):
            problems += [p for n in sorted(counts) if (p := count_problem(BY_PATH[address], n, latent_size))]
    return problems


# ----------------------------------------------------------------------------------- Max files
FIXED_MAX_IO = {  # class: (inlets, outlets)
    "udpsend": (1, 0), "udpreceive": (1, 1), "loadbang": (1, 1), "prepend": (1, 1), "append": (1, 1),
    "metro": (2, 1), "timer": (2, 2), "print": (1, 0), "zl": (2, 2), "tosymbol": (1, 1), "fromsymbol": (1, 1),
    "message": (2, 1), "comment": (1, 0), "toggle": (1, 1), "button": (1, 1), "flonum": (1, 2),
    "number": (1, 2), "slider": (1, 1), "multislider": (1, 2), "textedit": (1, 4), "umenu": (1, 3),
    "panel": (1, 0), "line": (3, 2), "speedlim": (2, 1), "deferlow": (1, 1), "defer": (1, 1),
    "function": (1, 4), "uzi": (2, 3), "inlet": (0, 1), "outlet": (1, 0),
}


def _max_words(box: dict) -> list[str]:
    return str(box.get("text", "")).split() if box.get("maxclass") == "newobj" else [box.get("maxclass", "")]


def expected_max_io(box: dict, folder: Path | None = None) -> tuple[int, int] | None:
    """(inlets, outlets) a Max 8 box has, for the objects this checker knows; None otherwise."""
    words = _max_words(box)
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


def check_max_patch(path: str | Path, latent_size: int = DEFAULT_LATENT_SIZE) -> list[str]:
    """Problems of a Max patcher file (``.maxpat``/``.maxhelp``); an empty list means it is sound."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path.name}: cannot read it as JSON: {exc}"]
    if not isinstance(document, dict) or not isinstance(document.get("patcher"), dict):
        return [f"{path.name}: no top-level 'patcher' object"]
    return _patcher_problems(document["patcher"], path.parent, "patcher", latent_size)


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


REQUIRED_BOX_KEYS = ("id", "maxclass", "numinlets", "numoutlets", "patching_rect")


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


# --- Max addresses ---------------------------------------------------------------------------
def max_messages(box: dict) -> list[list[str]]:
    """The messages a message box sends out of its outlet (split at commas; ``;`` sends dropped)."""
    if box.get("maxclass") != "message":
        return []
    text = str(box.get("text", "")).split(";")[0]
    return [part.split() for part in text.split(",") if part.split()]


def _literal(word: str, arg: Arg | None) -> Any:
    """A Max message word as the value the OSC message will carry (``$1`` becomes a placeholder)."""
    if word.startswith("$"):
        return _placeholder(arg)
    for kind in (int, float):
        try:
            return kind(word)
        except ValueError:
            pass
    return word


def _address_problems(box: dict, latent_size: int) -> list[str]:
    problems = []
    for words in max_messages(box):
        if words[0].startswith(PREFIX):
            problems += [p for p in [address_problem(words[0]) or _literal_problem(words, latent_size)] if p]
    words = _max_words(box)
    if words[:1] in (["prepend"], ["append"]) and len(words) > 1 and words[1].startswith(PREFIX):
        problems += [p for p in [address_problem(words[1])] if p]
    if words[:1] in (["route"], ["routepass"]):
        problems += [p for w in words[1:] if w.startswith(PREFIX) and (p := address_problem(w, "routed"))]
    return problems


def _literal_problem(words: list[str], latent_size: int) -> str | None:
    address = BY_PATH[words[0]]
    values = [_literal(w, _spec_at(address, i)) for i, w in enumerate(words[1:])]
    return values_problem(address, values, latent_size)


def max_osc_addresses(path: str | Path) -> OscAddresses:
    """The ``/rtvae`` addresses a Max patcher sends (message boxes, ``[prepend]``) and routes."""
    sent, routed = set(), set()
    for box in _all_max_boxes(json.loads(Path(path).read_text(encoding="utf-8"))["patcher"]):
        words = _max_words(box)
        sent.update(m[0] for m in max_messages(box) if m[0].startswith(PREFIX))
        if words[:1] in (["prepend"], ["append"]) and len(words) > 1 and words[1].startswith(PREFIX):
            sent.add(words[1])
        if words[:1] in (["route"], ["routepass"]):
            routed.update(w for w in words[1:] if w.startswith(PREFIX))
    return OscAddresses(frozenset(sent), frozenset(routed))


def _all_max_boxes(patcher: dict) -> Iterator[dict]:
    for entry in patcher.get("boxes", []):
        box = entry["box"]
        yield box
        if isinstance(box.get("patcher"), dict):
            yield from _all_max_boxes(box["patcher"])
