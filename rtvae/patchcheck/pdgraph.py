"""The wires of a parsed Pd patch, and how many arguments a message carries along them.

An argument count reaching an object is followed back through message boxes, GUI objects,
``[pack]``, ``[list prepend]``, ``[list append]``, ``[list trim]``, ``[trigger]``,
``[spigot]``, ``[array get]`` and ``[send]``/``[receive]`` pairs (GUI send names included);
anything else makes the count unknown (:data:`Arity` ``None``).
"""

from __future__ import annotations

from typing import Iterator

from rtvae.patchcheck.pdfile import PdObject, PdPatch, message_parts

IEM_SEND_FIELD = {"hsl": 6, "vsl": 6, "hslider": 6, "vslider": 6, "nbx": 6, "bng": 4, "tgl": 2,
                  "toggle": 2, "hradio": 4, "vradio": 4, "hdl": 4, "vdl": 4, "knob": 6}
ATOM_SEND_FIELD = 6  # floatatom/symbolatom/listbox: width min max labelpos label receive send
ATOMS = ("floatatom", "symbolatom", "listbox")
ONE_VALUE = {"f", "float", "i", "int", "+", "-", "*", "/", "%", "mod", "div", "max", "min", "clip",
             "wrap", "abs", "sqrt", "exp", "log", "pow", "sin", "cos", "tan", "atan", "mtof", "ftom",
             "dbtorms", "rmstodb", "random", "expr", "line", "timer", "symbol", "hsl", "vsl", "hslider",
             "vslider", "nbx", "tgl", "toggle", "hradio", "vradio", "knob", "floatatom", "symbolatom"}
NO_VALUE = {"bng", "bang", "b", "loadbang", "metro", "delay", "del", "until"}
PASS_THROUGH = {("list", "trim"), ("spigot",), ("list",)}
Arity = frozenset[int] | None  # possible argument counts; None: not knowable statically


class PdGraph:
    """Wires and named sends of a parsed patch, for following messages backwards and forwards."""

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
        """Object ``i`` of canvas ``c``, or None when there is none."""
        objects = self.patch.canvases[c].objects
        return objects[i] if 0 <= i < len(objects) else None

    def senders(self, name: str) -> Iterator[tuple[int, PdObject]]:
        """Objects that send to ``name``: ``[s name]``, GUI send names, ``[; name ...(`` boxes."""
        for c, obj in self.objects():
            if (obj.cls in ("s", "send") and obj.args[:1] == (name,)) or gui_send_name(obj) == name:
                yield c, obj
            elif obj.kind == "msg" and name in message_parts(obj.args)[1]:
                yield c, obj


def passes_through(obj: PdObject) -> bool:
    """``obj`` hands its input on unchanged (``[list trim]``, ``[list]``, ``[spigot]``)."""
    words = (obj.cls,) + obj.args
    return words[:2] in PASS_THROUGH or words[:1] in PASS_THROUGH


def gui_send_name(obj: PdObject) -> str | None:
    """The send name of a GUI object or number/symbol box, or None when it has none."""
    slot = ATOM_SEND_FIELD if obj.kind in ATOMS else IEM_SEND_FIELD.get(obj.cls)
    return _name_at(obj, slot)


def gui_receive_name(obj: PdObject) -> str | None:
    """The receive name of a GUI object or number/symbol box, or None."""
    slot = ATOM_SEND_FIELD - 1 if obj.kind in ATOMS else None
    if slot is None and obj.cls in IEM_SEND_FIELD:
        slot = IEM_SEND_FIELD[obj.cls] + 1
    return _name_at(obj, slot)


def _name_at(obj: PdObject, slot: int | None) -> str | None:
    if slot is None or len(obj.args) <= slot or obj.args[slot] in ("-", "empty"):
        return None
    return obj.args[slot]


def message_arity(words: list[str]) -> int | None:
    """Arguments one message box line delivers (None for ``set``/``format`` commands)."""
    if words[0] in ("set", "format", "add", "add2"):
        return None
    if words[0] in ("list", "symbol", "float"):
        return len(words) - 1
    return 0 if words == ["bang"] else len(words)


def _counts(lines: list[list[str]]) -> frozenset[int]:
    return frozenset(n for words in lines if words and (n := message_arity(words)) is not None)


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
        return _counts(message_parts(obj.args)[0])
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
        return _list_arity(graph, c, obj, seen)
    if passes_through(obj):
        return arity_at(graph, c, obj.index, 0, seen)
    if obj.cls in ("t", "trigger"):
        return _trigger_arity(graph, c, obj, outlet, seen)
    if words[:2] == ("array", "get"):
        return _array_get_arity(graph.patch, obj.args[1:])
    if obj.cls in ("r", "receive") and obj.args:
        return _union([_sender_arity(graph, sc, sender, obj.args[0], seen)
                       for sc, sender in graph.senders(obj.args[0])])
    return None


def _list_arity(graph: PdGraph, c: int, obj: PdObject, seen: frozenset) -> Arity:
    """``[list prepend ...]``, ``[list append ...]`` and ``[list]``: the left input plus what they add."""
    if graph.feeders.get((c, obj.index, 1)):
        return None  # the right inlet changes what is added
    extra = len(obj.args) - 1 if obj.args else 0
    left = arity_at(graph, c, obj.index, 0, seen)
    return None if left is None else frozenset(n + extra for n in left)


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
        return _counts(message_parts(sender.args)[1][name])
    if sender.cls in ("s", "send"):
        return arity_at(graph, c, sender.index, 0, seen)
    return arity_from(graph, c, sender.index, 0, seen)
