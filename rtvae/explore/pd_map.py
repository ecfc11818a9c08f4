"""The Pd vanilla patch of a latent map (``rtvae map pd``): a coarse picture of the map under a point you drag.

Pd vanilla cannot show a PNG, so the map's picture is drawn as a grid of coloured
``[cnv]`` cells (each the mean colour of its block of the bare background), and the point
is a **data structure**: a scalar of the template ``rtvae-map-point`` with two float
fields ``px`` and ``py`` in [0, 1], drawn by a ``[filledpolygon]`` whose vertices are
those fields mapped to the pad's pixels (``px(0:1)(lo:hi)``: the field's range, the
screen range, and with it an offset per vertex). In run mode Pd lets you drag a scalar by
any vertex whose coordinates are fields; it changes the fields through the same mapping,
clipped to [0, 1]. No externals: ``[struct]``, ``[filledpolygon]``, ``[pointer]``,
``[get]``, ``[set]``, ``[oscformat]``, ``[netsend -u -b]`` are all in Pd 0.53.

The pad and its scalars live in a graph-on-parent subpatch ``[pd rtvae-map-pad]`` whose
coordinates are its pixels, so the drawing is the same opened directly or used as the
abstraction ``[rtvae-map]``. y grows **upwards**: y = 0 is the bottom edge of the pad,
as in the PNG pictures and the Max ``[pictslider]``.

A ``[metro 20]`` (running while connected) reads the point with ``[pointer]`` + ``[get]``
and sends ``/rtvae/xy x y`` when it moved, once the server has answered ``/rtvae/map/loaded``
(the patch sends ``/rtvae/map/load NAME`` for its own map when registered): a place means
nothing on another map, and before any map the server would only answer errors. ``/rtvae/out/xy`` from the server moves a
second scalar (``rtvae-map-cursor``, a ring that ignores the mouse) over the pad: where
the sound really is, also when an interpolation or a descriptor target drives it.
``[r rtvae-map-point]`` takes "x y" and moves the point (another patch, or a headless
test). Knob sliders send ``/rtvae/knobs`` (8 amounts in σ) and ``/rtvae/knob/<name>``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

PAD_PX = 384                  # side of the pad, in pixels (cells * cell side, rounded down)
PAD_X, PAD_Y = 20, 112        # the pad's top-left corner on the panel
CELLS = 16
N_KNOBS = 8
KNOB_RANGE = (-3, 3)          # σ
SEMANTIC = ("brightness", "loudness", "noisiness", "pitch")
POLL_MS = 20
PORT = 9000
MAX_LEGEND = 16               # label swatches shown beside the pad
POINT = "rtvae-map-point"     # the template of the point, and the receive that moves it
CURSOR = "rtvae-map-cursor"
PAD = "rtvae-map-pad"         # the pad subpatch: Pd binds it as pd-rtvae-map-pad
PANEL_W, PANEL_H = 840, 580   # the graph-on-parent area


def cell_colours(image: np.ndarray, cells: int) -> np.ndarray:
    """(cells, cells, 3) mean colour of each block of an (h, w, 3) image, top row first."""
    h, w = image.shape[:2]
    rows = np.linspace(0, h, cells + 1).astype(int)
    cols = np.linspace(0, w, cells + 1).astype(int)
    return np.array([[image[rows[r]:rows[r + 1], cols[c]:cols[c + 1]].reshape(-1, 3).mean(0)
                      for c in range(cells)] for r in range(cells)])


def escape(text: str) -> str:
    """A text as one Pd atom list: spaces, commas, semicolons and dollars escaped."""
    return (text.replace("\\", "").replace("$", "\\$").replace(",", " \\,").replace(";", " \\;")
            .replace(" ", "\\ "))


def comment(text: str) -> str:
    """A comment's words: commas, semicolons and dollars escaped (once), spaces kept (Pd wraps comments)."""
    text = text.replace("\\,", ",").replace("\\;", ";").replace("\\$", "$")
    return text.replace("$", "\\$").replace(",", " \\,").replace(";", " \\;").replace("  \\", " \\")


def hex_colour(rgb) -> str:
    return "#" + "".join(f"{int(round(float(v) * 255)):02x}" for v in np.clip(rgb, 0, 1))


class Canvas:
    """The records of one Pd canvas: boxes get their index (connections count them), wires refer to them."""

    def __init__(self, header: str):
        self.lines = [header]
        self.wires: list[str] = []
        self.n = 0

    def box(self, kind: str, x: int, y: int, body: str) -> int:
        self.lines.append(f"#X {kind} {x} {y} {body};")
        self.n += 1
        return self.n - 1

    def obj(self, x: int, y: int, body: str) -> int:
        return self.box("obj", x, y, body)

    def msg(self, x: int, y: int, body: str) -> int:
        return self.box("msg", x, y, body)

    def text(self, x: int, y: int, words: str, width: int = 60) -> int:
        return self.box("text", x, y, f"{comment(words)}, f {width}")

    def sub(self, inner: list[str], x: int, y: int, name: str) -> int:
        """A subpatch (``inner``: its records from ``#N canvas`` on, without the restore)."""
        self.lines += inner
        return self.box("restore", x, y, f"pd {name}")

    def wire(self, src: int, outlet: int, dst: int, inlet: int = 0) -> None:
        self.wires.append(f"#X connect {src} {outlet} {dst} {inlet};")

    def chain(self, *boxes: int) -> None:
        for a, b in zip(boxes, boxes[1:]):
            self.wire(a, 0, b)

    def records(self) -> list[str]:
        return self.lines + self.wires


# ---------------------------------------------------------------- drawing: templates and the pad


def _offsets(field: str, side: int, offset: int, up: bool = False) -> str:
    """A drawing coordinate: the field's [0, 1] over the pad's pixels, moved by ``offset`` pixels."""
    return f"{field}(0:1)({side + offset}:{offset})" if up else f"{field}(0:1)({offset}:{side + offset})"


def _shape(fx: str, fy: str, side: int, corners: list[tuple[int, int]]) -> str:
    return " ".join(f"{_offsets(fx, side, dx)} {_offsets(fy, side, dy, up=True)}" for dx, dy in corners)


OCTAGON = [(8, 0), (6, -6), (0, -8), (-6, -6), (-8, 0), (-6, 6), (0, 8), (6, 6)]  # every inside point lies
# within 6 pixels of a vertex: Pd starts a drag only that close to one
RING = [(-11, 0), (0, -11), (11, 0), (0, 11), (-11, 0)]


def templates(side: int) -> list[list[str]]:
    """The two templates' subpatches: the draggable point and the cursor (``-x``: it ignores the mouse)."""
    point = ["#N canvas 0 50 600 200 rtvae-map-point-template 0;",
             f"#X obj 10 10 struct {POINT} float px float py;",
             f"#X obj 10 40 filledpolygon 900 0 1 {_shape('px', 'py', side, OCTAGON)};",
             "#X text 10 80 The point: drag it in run mode (Pd changes px and py through the drawing's "
             "mapping \\, clipped to 0..1). py grows upwards.;"]
    cursor = ["#N canvas 0 50 600 200 rtvae-map-cursor-template 0;",
              f"#X obj 10 10 struct {CURSOR} float cx float cy;",
              f"#X obj 10 40 drawpolygon -x 0 3 {_shape('cx', 'cy', side, RING)};",
              f"#X obj 10 70 drawpolygon -x 999 1 {_shape('cx', 'cy', side, RING)};",
              "#X text 10 110 The cursor: where the sound is (/rtvae/out/xy). It ignores the mouse.;"]
    return [point, cursor]


def pad(colours: np.ndarray, cell_px: int) -> list[str]:
    """The pad subpatch: the cells (a selectable corner of 1 pixel: they never catch the mouse), the point and
    the cursor."""
    cells, side = colours.shape[0], colours.shape[0] * cell_px
    lines = [f"#N canvas 0 50 {side + 40} {side + 40} {PAD} 0;"]
    for row in range(cells):
        for col in range(cells):
            lines.append(f"#X obj {col * cell_px} {row * cell_px} cnv 1 {cell_px} {cell_px} empty empty empty 0 0 0 8 "
                         f"{hex_colour(colours[row, col])} #000000 0;")
    lines += [f"#X scalar {POINT} 0.5 0.5 \\;;", f"#X scalar {CURSOR} 0.5 0.5 \\;;",
              f"#X coords 0 0 {side} {side} {side} {side} 2 0 0;"]
    return lines


# ---------------------------------------------------------------- the panel


def pd_map_text(colours: np.ndarray, *, map_name: str, corpus: str, picture: str,
                legend: dict[str, str] | None = None, scale: dict | None = None, port: int = PORT) -> str:
    """The whole patch for a map: ``colours`` (cells, cells, 3) top row first (see :func:`cell_colours`)."""
    cells = colours.shape[0]
    cell_px = max(2, PAD_PX // cells)
    side = cells * cell_px
    c = Canvas(f"#N canvas 20 40 {PANEL_W + 40} {PANEL_H + 60} 12;")
    for inner in templates(side):
        c.sub(inner, PANEL_W + 60, 40 + 40 * c.n, inner[0].split()[6])
    _panel(c, map_name, corpus, picture, side)
    c.sub(pad(colours, cell_px), PAD_X, PAD_Y, PAD)
    _legend(c, legend, scale, PAD_X + side + 16)
    _notes(c, map_name, corpus, picture)
    out = _network(c, port)
    _registration(c, out, map_name)
    _point(c, out)
    _cursor(c)
    _knobs(c)
    header = [f"#N struct {POINT} float px float py;", f"#N struct {CURSOR} float cx float cy;"]
    coords = f"#X coords 0 -1 1 1 {PANEL_W} {PANEL_H} 2 10 10;"
    return "\n".join(header + c.records() + [coords]) + "\n"


def write_pd_map(path: str | Path, colours: np.ndarray, **kw) -> Path:
    """Write :func:`pd_map_text` to ``path`` (its folder is created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(pd_map_text(colours, **kw))
    return path


def _gui(kind: str, body: str) -> str:
    return f"{kind} {body} #fcfcfc #000000 #000000"


def _panel(c: Canvas, map_name: str, corpus: str, picture: str, side: int) -> None:
    """The controls a performer sees, in the graph-on-parent area; they talk to the logic by receive names."""
    title = f"rtvae-map - map '{map_name}' of corpus '{corpus}' ({picture}): drag the red point"
    c.obj(10, 10, f"cnv 15 {PANEL_W} 34 empty empty {escape(title)} 6 17 0 16 #c8d4e0 #202020 0")
    c.obj(10, 48, "cnv 15 {} 56 empty empty empty 6 10 0 12 #e4e8ec #202020 0".format(PANEL_W))
    c.box("symbolatom", 20, 60, "11 0 0 1 host rtvae-map-host \\$0-host 0")
    c.box("floatatom", 150, 60, "6 1 65535 1 port rtvae-map-port \\$0-port 0")
    c.obj(250, 60, _gui("bng", "17 250 50 0 \\$0-connect rtvae-map-connect connect 21 8 0 12"))
    c.obj(340, 60, _gui("bng", "17 250 50 0 \\$0-disconnect rtvae-map-disconnect disconnect 21 8 0 12"))
    c.obj(450, 60, _gui("tgl", "17 0 empty rtvae-map-connected connected 21 8 0 12") + " 0 1")
    c.obj(550, 60, _gui("tgl", "17 0 empty rtvae-map-registered registered 21 8 0 12") + " 0 1")
    c.obj(660, 60, _gui("bng", "17 250 50 0 \\$0-load rtvae-map-load load\\ map 21 8 0 12"))
    c.box("symbolatom", 20, 84, "14 0 0 1 map rtvae-map-loaded - 0")
    c.box("symbolatom", 250, 84, "44 0 0 1 error rtvae-map-error - 0")
    below = PAD_Y + side + 8
    c.box("floatatom", PAD_X, below, "6 0 1 1 x rtvae-map-x - 0")
    c.box("floatatom", PAD_X + 80, below, "6 0 1 1 y rtvae-map-y - 0")
    c.box("floatatom", PAD_X + 180, below, "6 0 1 1 heard_x rtvae-map-heard-x - 0")
    c.box("floatatom", PAD_X + 290, below, "6 0 1 1 heard_y rtvae-map-heard-y - 0")
    c.text(PAD_X, below + 24, "y = 0 is the BOTTOM of the pad. Red: where you are. Ring: where the sound is.", 60)
    _knob_panel(c)


def _knob_panel(c: Canvas) -> None:
    x0 = 610
    c.text(x0, 112, f"knobs: principal directions (σ, {KNOB_RANGE[0]}..{KNOB_RANGE[1]})", 30)
    for k in range(N_KNOBS):
        c.obj(x0 + 26 * k, 150, _gui("vsl", f"17 128 {KNOB_RANGE[0]} {KNOB_RANGE[1]} 0 0 \\$0-k{k} "
                                            f"rtvae-map-k{k} {k} 4 -9 0 10") + " 0 1")
    c.obj(x0, 292, _gui("bng", "17 250 50 0 \\$0-knobs-zero rtvae-map-knobs-zero zero 21 8 0 12"))
    c.obj(x0 + 100, 292, _gui("bng", "17 250 50 0 \\$0-knobs-info rtvae-map-knobs-info info 21 8 0 12"))
    c.text(x0, 330, "semantic knobs (σ)", 30)
    for k, name in enumerate(SEMANTIC):
        c.obj(x0 + 52 * k, 370, _gui("vsl", f"17 128 {KNOB_RANGE[0]} {KNOB_RANGE[1]} 0 0 \\$0-{name} "
                                            f"rtvae-map-{name} {name} -4 -9 0 10") + " 0 1")
    c.obj(x0, 512, _gui("bng", "17 250 50 0 \\$0-semantic-zero rtvae-map-semantic-zero zero 21 8 0 12"))


def _legend(c: Canvas, legend: dict[str, str] | None, scale: dict | None, x: int) -> None:
    """Beside the pad: a swatch per label (class pictures), or the two ends of the colour scale."""
    entries = list((legend or {}).items())[:MAX_LEGEND]
    if scale and not legend:
        unit = scale["label"]
        entries = [(f"{scale['high']:.4g} (high)", scale.get("high_colour", "#ffffff")),
                   (f"{scale['low']:.4g} (low)", scale.get("low_colour", "#000000"))]
        c.text(x, PAD_Y, unit + (" log scale" if scale.get("log") else ""), 22)
    for k, (label, colour) in enumerate(entries):
        c.obj(x, PAD_Y + 40 + 22 * k, f"cnv 1 16 16 empty empty {escape(label)} 22 8 0 11 {colour} #202020 0")


def _notes(c: Canvas, map_name: str, corpus: str, picture: str) -> None:
    x = PANEL_W + 60
    c.text(x, 200, f"rtvae-map.pd - written by 'rtvae map pd' for the map '{map_name}' of the corpus "
           f"'{corpus}' ({picture}). Pd vanilla 0.53 \\, no externals. The server must play that corpus and "
           f"load that map: 'load map' (also sent on connect) sends /rtvae/map/load {map_name}. Open it directly "
           "or use it as the abstraction [rtvae-map] (graph-on-parent). One instance at a time: every control "
           "has a global receive name.", 50)
    c.text(x, 420, "Named receives: rtvae-map-host (symbol) -port -connect -disconnect -register -load | "
           f"{POINT} x y (moves the point: 0..1 \\, y up) | rtvae-map-k0 .. -k7 (σ) -knobs-zero -knobs-info | "
           "rtvae-map-brightness -loudness -noisiness -pitch -semantic-zero. Shown: rtvae-map-x -y -heard-x "
           "-heard-y -loaded -error -connected -registered. Re-sent: rtvae-map-heard (x y of /rtvae/out/xy) "
           "rtvae-map-sent (x y of each /rtvae/xy).", 50)


def _network(c: Canvas, port: int) -> int:
    """[netsend -u -b] and its connect logic, as the other panels have them; the netsend's index."""
    c.text(20, 620, "--- 1. network: one [netsend -u -b] sends every OSC packet (from [s $0-out]); its RIGHT outlet "
           f"gives back the server's replies for [oscparse]. On load: connect to 127.0.0.1:{port}.", 60)
    load = c.obj(20, 700, "loadbang")
    init = c.msg(20, 730, f"\\; rtvae-map-host symbol 127.0.0.1 \\; rtvae-map-port {port} \\; rtvae-map-connect "
                 "bang" + "".join(f" \\; rtvae-map-k{k} set 0" for k in range(N_KNOBS))
                 + "".join(f" \\; rtvae-map-{n} set 0" for n in SEMANTIC) + ", f 40")
    c.wire(load, 0, init)
    connect, host = c.obj(220, 860, "r \\$0-connect"), c.obj(20, 890, "r \\$0-host")
    port_in = c.obj(110, 890, "r \\$0-port")
    order = c.obj(220, 890, "t b b b")
    symbol, number, pack = c.obj(20, 920, "symbol"), c.obj(110, 920, "f"), c.obj(20, 950, "pack s f")
    disconnect_in = c.obj(300, 950, "r \\$0-disconnect")
    connect_msg, disconnect = c.msg(20, 980, "connect \\$1 \\$2"), c.msg(300, 980, "disconnect")
    out_in = c.obj(160, 1010, "r \\$0-out")
    netsend = c.obj(20, 1040, "netsend -u -b")
    connected = c.obj(20, 1070, "s rtvae-map-connected")
    c.wire(connect, 0, order)
    c.wire(host, 0, symbol, 1)
    c.wire(port_in, 0, number, 1)
    c.wire(order, 0, symbol)
    c.wire(order, 1, number)
    c.wire(order, 2, disconnect)
    c.wire(number, 0, pack, 1)
    c.chain(symbol, pack, connect_msg, netsend)
    c.wire(disconnect_in, 0, disconnect)
    c.wire(disconnect, 0, netsend)
    c.wire(out_in, 0, netsend)
    c.wire(netsend, 0, connected)
    parse = c.obj(200, 1070, "oscparse")
    c.wire(netsend, 1, parse)
    _replies(c, parse)
    return netsend


def _replies(c: Canvas, parse: int) -> None:
    """/rtvae/out/xy -> the cursor; /rtvae/map/loaded -> the map's name; /rtvae/error; /rtvae/welcome."""
    c.text(200, 1110, "--- 2. replies: /rtvae/out/xy x y (about 20 a second to registered clients) moves the ring; "
           "/rtvae/map/loaded name method grid; /rtvae/knobs/info (printed); /rtvae/error address reason.", 60)
    trim, top = c.obj(200, 1170, "list trim"), c.obj(200, 1200, "route rtvae")
    kind = c.obj(200, 1230, "route out map knobs error welcome")
    c.chain(parse, trim, top, kind)
    out_xy, heard = c.obj(200, 1260, "route xy"), c.obj(200, 1290, "s rtvae-map-heard")
    c.chain(kind, out_xy, heard)
    # [list]: "name method grid" starts with a symbol, and a message box's $1 would skip it otherwise
    loaded, as_list = c.obj(400, 1260, "route loaded"), c.obj(400, 1290, "list")
    shown, ready = c.msg(400, 1320, "\\; rtvae-map-loaded symbol \\$1"), c.obj(500, 1320, "s \\$0-map-loaded")
    c.wire(kind, 1, loaded)
    c.chain(loaded, as_list, shown)
    c.wire(as_list, 0, ready)
    info, say_info = c.obj(600, 1260, "route info"), c.obj(600, 1290, "print rtvae-map-knobs")
    c.wire(kind, 2, info)
    c.wire(info, 0, say_info)
    error, trimmed = c.obj(800, 1260, "list"), c.obj(900, 1290, "list trim")
    shown_error, say = c.msg(800, 1320, "\\; rtvae-map-error symbol \\$2"), c.obj(900, 1320, "print rtvae-map-error")
    c.wire(kind, 3, error)
    c.wire(error, 0, shown_error)
    c.chain(error, trimmed, say)
    welcome = c.obj(1000, 1260, "s \\$0-welcome")
    c.wire(kind, 4, welcome)


def _registration(c: Canvas, netsend: int, map_name: str) -> None:
    """/rtvae/hello on connect and every 5 s; the welcome's token back while not registered; then the map load."""
    c.text(20, 1360, "--- 3. registration: /rtvae/out/xy goes only to registered clients. On connect \\, and every "
           "5 s (a restarted server forgets its clients) \\, /rtvae/hello; the server answers /rtvae/welcome token "
           "registered; while registered is 0 the token goes back. Becoming registered loads the map.", 60)
    state, register = c.obj(20, 1440, "t f b"), c.obj(150, 1440, "r rtvae-map-register")
    zero, shown = c.msg(80, 1470, "0"), c.obj(80, 1500, "s rtvae-map-registered")
    every = c.obj(20, 1530, "metro 5000")
    welcome, unpack = c.obj(350, 1440, "r \\$0-welcome"), c.obj(350, 1470, "unpack f f")
    split, unregistered = c.obj(430, 1500, "t f f"), c.obj(490, 1530, "== 0")
    gate, shown_too = c.obj(350, 1560, "spigot"), c.obj(430, 1560, "s rtvae-map-registered")
    hello, out = c.obj(20, 1600, "oscformat rtvae hello"), c.obj(20, 1630, "s \\$0-out")
    c.wire(netsend, 0, state)
    c.wire(state, 1, zero)
    c.wire(zero, 0, shown)
    c.wire(state, 0, every)
    c.wire(every, 0, hello)
    c.wire(register, 0, hello)
    c.chain(welcome, unpack)
    c.wire(unpack, 1, split)
    c.wire(split, 1, unregistered)
    c.wire(unregistered, 0, gate, 1)
    c.wire(split, 0, shown_too)
    c.wire(unpack, 0, gate)
    c.chain(gate, hello, out)
    # once registered (0 -> 1), and on 'load map': /rtvae/map/load NAME
    became, once = c.obj(600, 1500, "change"), c.obj(600, 1530, "sel 1")
    load_in, name = c.obj(700, 1530, "r \\$0-load"), c.obj(600, 1560, f"symbol {map_name}")
    c.wire(split, 0, became)
    c.chain(became, once, name)
    c.wire(load_in, 0, name)
    fmt = c.obj(600, 1590, "oscformat rtvae map load")
    c.chain(name, fmt, out)
    c.wire(zero, 0, became)  # a new connection forgets the old registration


def _point(c: Canvas, netsend: int) -> None:
    """Poll the point while connected; send /rtvae/xy when it moved. [r rtvae-map-point] x y moves it."""
    c.text(1200, 620, f"--- 4. the point: every {POLL_MS} ms while connected \\, [pointer] finds the scalar in "
           f"pd-{PAD} and [get] reads px py; when either changed since the last poll \\, /rtvae/xy px py goes out "
           "(one message), once the server has the map (/rtvae/map/loaded: then at once). "
           f"[r {POINT}] x y moves the point with [set] (clipped to 0..1).", 60)
    connected, fresh, forget = c.obj(1200, 670, "t f f"), c.obj(1300, 700, "sel 1"), c.msg(1300, 730, "set -1")
    poll, find = c.obj(1200, 700, f"metro {POLL_MS}"), c.msg(1200, 730, f"traverse pd-{PAD} \\, next")
    pointer, get = c.obj(1200, 760, f"pointer {POINT}"), c.obj(1200, 790, f"get {POINT} px py")
    pair, order = c.obj(1200, 820, "pack f f"), c.obj(1200, 850, "t b l l")
    c.wire(netsend, 0, connected)
    c.chain(connected, poll, find, pointer, get, pair, order)
    # the point goes out once the server has the map (/rtvae/map/loaded), at once where it is; a new
    # connection (maybe to a new server) waits for the map again
    c.wire(connected, 1, fresh)
    closed, ready, opened = c.msg(1380, 730, "0"), c.obj(1450, 670, "r \\$0-map-loaded"), c.obj(1450, 700, "t b b")
    c.chain(fresh, closed)
    c.chain(ready, opened, forget)
    c.wire(get, 1, pair, 1)
    held, split = c.obj(1300, 910, "list"), c.obj(1400, 880, "unpack f f")
    c.wire(order, 1, held, 1)
    c.wire(order, 2, split)
    moved_x, moved_y, one = c.obj(1400, 910, "change -1"), c.obj(1480, 910, "change -1"), c.msg(1400, 940, "1")
    c.wire(split, 0, moved_x)
    c.wire(split, 1, moved_y)
    c.wire(forget, 0, moved_x)
    c.wire(forget, 0, moved_y)
    c.wire(moved_x, 0, one)
    c.wire(moved_y, 0, one)
    flag, when, reset = c.obj(1200, 970, "f"), c.obj(1200, 1000, "sel 1"), c.msg(1290, 1030, "0")
    c.wire(one, 0, flag, 1)
    c.wire(order, 0, flag)
    c.chain(flag, when)
    sent = c.obj(1200, 1030, "t b b")
    c.wire(when, 0, sent)
    c.wire(sent, 1, reset)
    c.wire(reset, 0, flag, 1)
    c.wire(sent, 0, held)
    xy, out, echo = c.obj(1200, 1090, "oscformat rtvae xy"), c.obj(1200, 1120, "s \\$0-out"), c.obj(1380, 1090, "t l l")
    gate, open_it = c.obj(1200, 1060, "spigot"), c.msg(1520, 730, "1")
    c.wire(opened, 1, open_it)
    c.wire(open_it, 0, gate, 1)
    c.wire(closed, 0, gate, 1)
    c.chain(held, gate, echo)
    c.wire(echo, 1, xy)
    c.wire(xy, 0, out)
    shown, again = c.msg(1380, 1120, "\\; rtvae-map-x \\$1 \\; rtvae-map-y \\$2"), c.obj(1560, 1120, "s rtvae-map-sent")
    c.wire(echo, 0, shown)
    c.wire(echo, 0, again)
    _mover(c, 1200, 1180, POINT, "px py", "rtvae-map-point")


def _mover(c: Canvas, x: int, y: int, template: str, fields: str, receive: str, which: str = "next") -> None:
    """[r receive] x y -> clipped -> [set template fields] on the scalar that ``which`` finds in the pad."""
    listen, order = c.obj(x, y, f"r {receive}"), c.obj(x, y + 30, "t l b")
    # [pointer TEMPLATE] passes only scalars of that template out of its left outlet
    find = c.msg(x + 150, y + 60, f"traverse pd-{PAD} \\, {which}")
    pointer = c.obj(x + 150, y + 90, f"pointer {template}")
    split = c.obj(x, y + 60, "unpack f f")
    clip_x, clip_y = c.obj(x, y + 90, "clip 0 1"), c.obj(x + 70, y + 90, "clip 0 1")
    setter = c.obj(x, y + 120, f"set {template} {fields}")
    c.chain(listen, order, split, clip_x, setter)
    c.wire(order, 1, find)
    c.chain(find, pointer)
    c.wire(pointer, 0, setter, 2)
    c.wire(split, 1, clip_y)
    c.wire(clip_y, 0, setter, 1)


def _cursor(c: Canvas) -> None:
    c.text(1200, 1360, "--- 5. the cursor: /rtvae/out/xy x y (re-sent on rtvae-map-heard) moves the ring "
           "(the second scalar of the pad) and the heard_x heard_y boxes.", 60)
    heard, shown = c.obj(1200, 1420, "r rtvae-map-heard"), c.msg(1380, 1450, "\\; rtvae-map-heard-x \\$1 \\; "
                                                                          "rtvae-map-heard-y \\$2")
    c.wire(heard, 0, shown)
    _mover(c, 1200, 1480, CURSOR, "cx cy", "rtvae-map-heard", which="next \\, next")


def _knobs(c: Canvas) -> None:
    """8 sliders -> one /rtvae/knobs message of 8 amounts; each semantic slider -> /rtvae/knob/<name> amount."""
    c.text(2000, 620, "--- 6. knobs: any of the 8 sliders sends all 8 amounts as /rtvae/knobs (σ along the "
           "corpus's principal directions \\, around the current latent); 'zero' sends 0s; 'info' asks "
           "/rtvae/knobs/info (printed). Each semantic slider sends /rtvae/knob/<name> amount.", 60)
    pack = c.obj(2000, 820, "pack " + " ".join("f" * N_KNOBS))
    for k in range(N_KNOBS):
        listen = c.obj(2000 + 90 * k, 700, f"r \\$0-k{k}")
        if k == 0:
            c.wire(listen, 0, pack)
            continue
        order = c.obj(2000 + 90 * k, 740, "t b f")
        c.wire(listen, 0, order)
        c.wire(order, 1, pack, k)
        c.wire(order, 0, pack)
    zero_in, zero_order = c.obj(2000, 880, "r \\$0-knobs-zero"), c.obj(2000, 910, "t b b")
    zeros = c.msg(2000, 940, " ".join("0" * N_KNOBS))
    shown = c.msg(2150, 940, " ".join(f"\\; rtvae-map-k{k} set 0" for k in range(N_KNOBS)) + ", f 30")
    c.chain(zero_in, zero_order, zeros, pack)
    c.wire(zero_order, 1, shown)
    knobs, out = c.obj(2000, 1000, "oscformat rtvae knobs"), c.obj(2000, 1300, "s \\$0-out")
    c.chain(pack, knobs, out)
    info_in, info = c.obj(2400, 880, "r \\$0-knobs-info"), c.obj(2400, 910, "oscformat rtvae knobs info")
    c.chain(info_in, info, out)
    semantic_zero = c.obj(2000, 1060, "r \\$0-semantic-zero")
    shown = c.msg(2000, 1090, " ".join(f"\\; rtvae-map-{n} 0" for n in SEMANTIC) + ", f 30")
    c.chain(semantic_zero, shown)
    for k, name in enumerate(SEMANTIC):
        listen = c.obj(2000 + 200 * k, 1180, f"r \\$0-{name}")
        fmt = c.obj(2000 + 200 * k, 1210, f"oscformat rtvae knob {name}")
        c.chain(listen, fmt, out)
