"""A Pd patch against the OSC namespace: the addresses it sends and routes, and its problems.

What it takes as a sent address
    ``[oscformat a b c]`` sends ``/a/b/c``; a ``[set a b c(`` message box wired into an
    ``[oscformat]`` adds ``/a/b/c``. The argument count reaching an ``[oscformat]`` comes
    from :func:`rtvae.patchcheck.pdgraph.arity_at`; when it is unknown, the address is only
    checked by name. A count is judged with placeholder values of the right types (a symbol
    with choices, such as ``/rtvae/interp/mode``, takes its first choice): the count is
    checked, not the words.

What it takes as a routed (reply) address
    From every ``[oscparse]`` through ``[list trim]``/``[list]``/``[trigger a]`` into
    chains of ``[route a b]``: each matched word extends the path (``/rtvae/status``)
    until the path is a whole reply address; a ``[route]`` after that matches the reply's
    arguments (``/rtvae/interp/ready`` then ``[route a b]``), not the address.
    Every routed path must be a reply address or lead to one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from rtvae.osc.namespace import BY_PATH, PREFIX
from rtvae.patchcheck.addresses import OscAddresses, address_problem, count_problem, is_leaf_reply
from rtvae.patchcheck.pdfile import PdCanvas, PdObject, message_parts, parse_pd
from rtvae.patchcheck.pdgraph import PdGraph, arity_at, gui_receive_name, passes_through

ANY_TRIGGER = {"a", "anything", "l", "list"}


def check_pd_patch(path: str | Path, latent_size: int) -> list[str]:
    """Problems of a Pd patch for a model of ``latent_size``: broken connections, unknown
    addresses, argument counts that cannot fit. An empty list means the patch holds together."""
    patch = parse_pd(path)
    graph = PdGraph(patch)
    problems = list(patch.problems)
    for c, canvas in enumerate(patch.canvases):
        problems += [f"canvas {c} ({canvas.name}): {p}" for p in _connection_problems(canvas)]
    for c, obj in graph.objects():
        if obj.cls == "oscformat":
            where = f"canvas {c} object {obj.index} [oscformat]"
            problems += [f"{where}: {p}" for p in _oscformat_problems(graph, c, obj, latent_size)]
    for address in sorted(_addresses(graph).routed):
        if address.startswith(PREFIX) and (problem := address_problem(address, "routed")):
            problems.append(problem)
    return problems


def pd_osc_addresses(path: str | Path) -> OscAddresses:
    """The OSC addresses a Pd patch sends (``[oscformat]``) and routes replies on (``[oscparse]``)."""
    return _addresses(PdGraph(parse_pd(path)))


def pd_named_receives(path: str | Path) -> frozenset[str]:
    """Names a Pd patch listens on: ``[r name]`` objects and GUI receive names (``$0`` ones left out)."""
    graph = PdGraph(parse_pd(path))
    names = set()
    for _, obj in graph.objects():
        name = obj.args[0] if obj.cls in ("r", "receive") and obj.args else gui_receive_name(obj)
        if name and "$" not in name:
            names.add(name)
    return frozenset(names)


def _addresses(graph: PdGraph) -> OscAddresses:
    sent, routed = set(), set()
    for c, obj in graph.objects():
        if obj.cls == "oscformat":
            sent.update(_oscformat_addresses(graph, c, obj))
        elif obj.cls == "oscparse":
            routed.update(_routed(graph, c, obj.index, "", frozenset()))
    return OscAddresses(frozenset(sent), frozenset(routed))


# --- sent -----------------------------------------------------------------------------------
def _oscformat_address(args: tuple[str, ...]) -> str | None:
    """The address an ``[oscformat]`` is created with (its ``-f`` flag and value left out)."""
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
        for words in message_parts(feeder.args)[0] if feeder and feeder.kind == "msg" else []:
            if words[0] == "set" and len(words) > 1:
                found.append("/" + "/".join(words[1:]))
    return found


# --- routed ---------------------------------------------------------------------------------
def _routed(graph: PdGraph, c: int, i: int, prefix: str, seen: frozenset) -> Iterator[str]:
    """Paths matched by ``[route]`` chains fed by object ``i`` (which passes ``prefix`` on)."""
    for dst in graph.outgoing.get((c, i), []):
        yield from _routed_into(graph, c, dst, prefix, seen)


def _routed_into(graph: PdGraph, c: int, i: int, prefix: str, seen: frozenset) -> Iterator[str]:
    obj = graph.obj(c, i)
    if obj is None or (c, i, prefix) in seen:
        return
    seen = seen | {(c, i, prefix)}
    if obj.cls == "route" and is_leaf_reply(prefix):
        return  # the address is complete: this [route] matches the reply's arguments (``a``/``b``)
    if obj.cls == "route":
        yield from _route_words(graph, c, obj, prefix, seen)
    elif passes_through(obj) or (obj.cls in ("t", "trigger") and set(obj.args) <= ANY_TRIGGER):
        yield from _routed(graph, c, i, prefix, seen)
    elif obj.cls in ("s", "send") and obj.args:
        for rc, receiver in graph.objects():
            if receiver.cls in ("r", "receive") and receiver.args[:1] == obj.args[:1]:
                yield from _routed(graph, rc, receiver.index, prefix, seen)


def _route_words(graph: PdGraph, c: int, obj: PdObject, prefix: str, seen: frozenset) -> Iterator[str]:
    """Each word of a ``[route]`` extends the path, and so does what its outlet feeds; the last
    outlet passes what matched no word on, its path as it came."""
    for outlet, word in enumerate(obj.args):
        yield prefix + "/" + word
        for dst, _ in graph.targets.get((c, obj.index, outlet), []):
            yield from _routed_into(graph, c, dst, prefix + "/" + word, seen)
    for dst, _ in graph.targets.get((c, obj.index, len(obj.args)), []):
        yield from _routed_into(graph, c, dst, prefix, seen)


# --- problems -------------------------------------------------------------------------------
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
