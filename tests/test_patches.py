"""The shipped patches: Pd loads them headless and really speaks OSC with them; the Pd and Max
files hold together against the namespace; the checkers catch broken copies."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from pythonosc.osc_message import OscMessage

from rtvae.cli import main
from rtvae.model.directory import load_model
from rtvae.osc.client import message
from rtvae.osc.namespace import BY_PATH, NAMESPACE, REPLIES, REPLY_BY_PATH, check_args, reply_addresses
from rtvae.patchcheck import (
    check_max_patch,
    check_pd_patch,
    max_osc_addresses,
    parse_pd,
    pd_named_receives,
    pd_osc_addresses,
)
from tests.pddriver import driver_patch as pd_driver_patch
from tests.pddriver import open_headless

ROOT = Path(__file__).resolve().parents[1]
PD_DIR = ROOT / "patches" / "pd"
MAIN_PD = PD_DIR / "rtvae.pd"
HELP_PD = PD_DIR / "rtvae-help.pd"
MAX_FILES = [ROOT / "patches" / "max" / "rtvae.maxpat", ROOT / "patches" / "max" / "rtvae.maxhelp"]
PD = shutil.which("pd")
needs_pd = pytest.mark.skipif(PD is None, reason="Pd vanilla (package puredata-core) is not installed")
LATENT = load_model("default").card.latent_size  # the embedded model the server plays


# ------------------------------------------------------------------------------ helpers
def decode(datagram: bytes) -> tuple[str, str, list]:
    """(address, type tags, arguments) of one OSC message."""
    parsed = OscMessage(datagram)
    start = datagram.index(b",", len(parsed.address))
    tags = datagram[start + 1:datagram.index(b"\0", start)].decode()
    return parsed.address, tags, list(parsed.params)


class PdProcess:
    """Pd vanilla running a patch headless; its console (stderr) is collected line by line."""

    def __init__(self, patch: Path, *sends: str, search: Path | None = None):
        command = [PD, "-nogui", "-nosound", "-noprefs", "-stderr"]
        command += ["-path", str(search)] if search else []
        command += ["-open", str(patch)]
        for send in sends:
            command += ["-send", send]
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.append(line.rstrip("\n").replace("\\", ""))

    def printed(self, label: str) -> list[str]:
        """What ``[print label]`` wrote so far, without the label."""
        return [line.split(": ", 1)[1] for line in list(self.lines) if line.startswith(label + ": ")]

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=5)


@pytest.fixture
def fake_server():
    """A UDP socket on loopback standing in for ``rtvae serve``."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.05)
    yield sock
    sock.close()


def receive(sock: socket.socket) -> tuple[bytes, tuple] | None:
    try:
        return sock.recvfrom(65536)
    except socket.timeout:
        return None


# ------------------------------------------------------------------------------ Pd, for real
@needs_pd
@pytest.mark.parametrize("patch", [MAIN_PD, HELP_PD], ids=lambda p: p.name)
def test_pd_patch_loads_headless_without_errors(patch):
    returncode, bad = open_headless(PD, patch)
    assert returncode == 0 and bad == []


CONTROLS = [  # what a performer does, through the patch's named receives
    "rtvae-z-0 1.5", "rtvae-z-3 -2", "rtvae-center bang",
    "rtvae-latent 0 " + " ".join(str(i / 64 - 1) for i in range(LATENT)), "rtvae-send-z bang",
    "rtvae-smooth 25", "rtvae-temperature 0.5", "rtvae-gain 0.75", "rtvae-mute 1",
    "rtvae-preset-name symbol bright", "rtvae-preset-store bang", "rtvae-preset-recall bang",
    "rtvae-model-load bang", "rtvae-record-start bang", "rtvae-record-name symbol take1", "rtvae-record-start bang",
    "rtvae-record-stop bang", "rtvae-corpus-name symbol organs", "rtvae-corpus-load bang",
    "rtvae-ping bang", "rtvae-help bang", "rtvae-status-request bang",
]


def collect(sock: socket.socket, until: set[str], timeout_s: float = 8.0,
            clients: FakeClients | None = None) -> list[tuple[str, str, list]]:
    """What the patch sends until every address of ``until`` came; ``clients`` answers its ``/rtvae/hello``."""
    got, deadline = [], time.monotonic() + timeout_s
    while time.monotonic() < deadline and not until <= {g[0] for g in got}:
        if packet := receive(sock):
            got.append(decode(packet[0]))
            if clients is not None:
                clients.answer(sock, *got[-1][::2], packet[1])
    return got


def handshake_of(got: list[tuple[str, str, list]]) -> tuple[list, list]:
    """(the ``/rtvae/hello`` messages, everything else) of what a patch sent, each in order."""
    return [g for g in got if g[0] == "/rtvae/hello"], [g for g in got if g[0] != "/rtvae/hello"]


@needs_pd
def test_pd_patch_sends_every_control_as_osc_that_the_namespace_accepts(fake_server):
    port = fake_server.getsockname()[1]
    clients = FakeClients()
    pd = PdProcess(MAIN_PD, f"rtvae-port {port}", "rtvae-connect bang", *CONTROLS)
    try:
        got = collect(fake_server, set(pd_osc_addresses(MAIN_PD).sent), clients=clients)
    finally:
        pd.close()
    # on connect, before any control: /rtvae/hello; the token of /rtvae/welcome goes back (exact, as a float)
    assert got[0] == ("/rtvae/hello", "", [])
    tokens = [i for i, g in enumerate(got) if g[0] == "/rtvae/hello" and g[2]]
    assert tokens and all(got[i][1:] == ("f", [float(TOKEN)]) for i in tokens) and clients.registered
    helps = [i for i, g in enumerate(got) if g[0] == "/rtvae/help"]
    assert len(helps) == 1 and helps[0] > tokens[0]  # help waits until the panel is registered
    by_address: dict[str, list[tuple[str, list]]] = {}
    for address, tags, args in got:
        check_args(BY_PATH[address], args, LATENT)  # raises if the server would reject it
        by_address.setdefault(address, []).append((tags, args))
    assert by_address["/rtvae/z/set"][:2] == [("ff", [0.0, 1.5]), ("ff", [3.0, -2.0])]
    assert by_address["/rtvae/z/set"][2] == ("f" * 16, [float(v) for i in range(8) for v in (i, 0)])
    tags, values = by_address["/rtvae/z"][0]
    assert tags == "f" * LATENT and values[:3] == [-1.0, -63 / 64, -62 / 64] and values[-1] == 63 / 64
    assert by_address["/rtvae/smooth"] == [("f", [25.0])] and by_address["/rtvae/temperature"] == [("f", [0.5])]
    assert by_address["/rtvae/gain"] == [("f", [0.75])] and by_address["/rtvae/mute"] == [("f", [1.0])]
    assert by_address["/rtvae/preset/store"] == by_address["/rtvae/preset/recall"] == [("s", ["bright"])]
    assert by_address["/rtvae/model/load"] == [("s", ["default"])]
    assert by_address["/rtvae/corpus/load"] == [("s", ["organs"])]
    assert by_address["/rtvae/record/start"] == [("", []), ("s", ["take1"])]
    assert by_address["/rtvae/record/stop"] == by_address["/rtvae/help"] == [("", [])]
    assert by_address["/rtvae/ping"][0][0] == "f" and ("", []) in by_address["/rtvae/status"]
    assert set(by_address) == set(pd_osc_addresses(MAIN_PD).sent)  # the static reading matches the wire


WATCHED = ["status-model", "status-scheduling", "status-latency_ms", "status-xruns", "status-late_blocks",
           "status-cpu_load", "status-recording", "status-corpus", "status-errors", "error-address", "error-reason",
           "model-loaded", "corpus-loaded", "corpus-sounds", "corpus-windows", "record-path", "record-seconds",
           "ping-ms", "registered"]


def driver_patch(folder: Path) -> Path:
    """A patch that holds [rtvae] as an abstraction and prints what it re-sends on its names."""
    return pd_driver_patch(folder, "rtvae", WATCHED)


STATUS_SHOWN = {  # the fields the panel shows; every other counter is 0
    "model": "default", "sample_rate": 44100, "device_rate": 48000, "block": 256, "hop": 256, "scheduling": "inline",
    "latency_samples": 512, "latency_ms": 11.61, "xruns": 3, "late_blocks": 4, "cpu_load": 0.25,
    "controls_applied": 120, "controls_dropped": 0, "recording": 1, "corpus": "organs", "osc_received": 130,
    "packets_rejected": 1, "errors": 2, "errors_sent": 2}
STATUS = REPLY_BY_PATH["/rtvae/status"].build({  # in the table's order, whatever it is
    f.name: STATUS_SHOWN.get(f.name, "" if f.type == "s" else 0) for f in REPLY_BY_PATH["/rtvae/status"].fields})


GAIN_ERROR = "'gain' = 20.0 is out of range [0, 16]"


def reply(path: str, /, **fields) -> bytes:
    """A reply datagram built from the namespace table's fields."""
    return message(path, *REPLY_BY_PATH[path].build(fields))


HELP = [reply("/rtvae/help/address", path=a.path, signature=a.signature(), help=a.help) for a in NAMESPACE] + [
    reply("/rtvae/help/reply", path=r.path, signature=r.signature(), help=r.help) for r in REPLIES]
HELP_PAGE = 6  # entries per /rtvae/help page, as the server sends them
HELP_PAGES = [HELP[i:i + HELP_PAGE] for i in range(0, len(HELP), HELP_PAGE)]
TOKEN = 2**24 - 3  # tokens are below 2**24: Pd's float32 holds even the largest exactly


class FakeClients:
    """The server's side of ``/rtvae/hello`` for a fake server: ``/rtvae/welcome TOKEN registered``, and a
    client that sends the token back is registered (see :mod:`rtvae.osc.clients`)."""

    def __init__(self, token: int = TOKEN):
        self.token, self.registered = token, set()

    def answer(self, sock: socket.socket, address: str, args: list, sender) -> bool:
        """Answer ``/rtvae/hello`` like the server would; False for any other address."""
        if address != "/rtvae/hello":
            return False
        if args and args[0] == self.token:
            self.registered.add(sender)
        elif args:
            sock.sendto(reply("/rtvae/error", address=address, reason="wrong token"), sender)
        sock.sendto(reply("/rtvae/welcome", token=self.token, registered=int(sender in self.registered)), sender)
        return True

    def restart(self, token: int) -> None:
        """A restarted server: a new key, and no client registered."""
        self.token, self.registered = token, set()


def play_server(sock: socket.socket, pd: PdProcess, timeout_s: float = 8.0) -> None:
    """Answer Pd's requests like the server would, until every watched name and every help line has printed:
    the whole ``/rtvae/help`` only for a registered client, page 0 for a stranger."""
    deadline, answered, clients = time.monotonic() + timeout_s, False, FakeClients()

    def done() -> bool:
        return (all(pd.printed(name) for name in WATCHED) and len(pd.printed("rtvae-help")) == len(NAMESPACE)
                and len(pd.printed("rtvae-help-reply")) == len(REPLIES))

    while time.monotonic() < deadline and not done():
        packet = receive(sock)
        if packet is None:
            continue
        (address, _, args), sender = decode(packet[0]), packet[1]
        clients.answer(sock, address, args, sender)
        if address == "/rtvae/ping":
            sock.sendto(message("/rtvae/pong", *args), sender)
        if address == "/rtvae/help":
            for page in range(len(HELP_PAGES)) if sender in clients.registered else [0]:
                sock.sendto(reply("/rtvae/help/page", page=page, pages=len(HELP_PAGES)), sender)
                for datagram in HELP_PAGES[page]:
                    sock.sendto(datagram, sender)
        if address == "/rtvae/status" and not answered:
            answered = True
            for datagram in [message("/rtvae/status", *STATUS), reply("/rtvae/model/loaded", name="default"),
                             reply("/rtvae/error", address="/rtvae/gain", reason=GAIN_ERROR),
                             reply("/rtvae/corpus/loaded", name="organs", sounds=12, windows=2064),
                             reply("/rtvae/record/started", path="/rec/take1.wav"),
                             reply("/rtvae/record/stopped", path="/rec/take1.wav", seconds=2.5)]:
                sock.sendto(datagram, sender)


@needs_pd
def test_pd_patch_parses_the_servers_replies_into_its_displays(fake_server, tmp_path):
    port = fake_server.getsockname()[1]
    pd = PdProcess(driver_patch(tmp_path), f"rtvae-port {port}", "rtvae-connect bang",
                   "rtvae-status-request bang", "rtvae-ping bang", "rtvae-help bang", search=PD_DIR)
    try:
        play_server(fake_server, pd)
    finally:
        pd.close()
    shown = {name: pd.printed(name)[-1] if pd.printed(name) else None for name in WATCHED}
    assert shown["status-model"] == "symbol default" and shown["status-scheduling"] == "symbol inline"
    assert (shown["status-latency_ms"], shown["status-xruns"], shown["status-cpu_load"]) == ("11.61", "3", "0.25")
    assert (shown["status-late_blocks"], shown["status-corpus"], shown["status-errors"]) == ("4", "symbol organs", "2")
    assert shown["status-recording"] == "1" and shown["model-loaded"] == "symbol default"
    assert (shown["corpus-loaded"], shown["corpus-sounds"], shown["corpus-windows"]) == ("symbol organs", "12", "2064")
    # /rtvae/help: one line per address, then one per reply, in the Pd window
    assert [line.split()[0] for line in pd.printed("rtvae-help")] == [a.path for a in NAMESPACE]
    assert [line.split()[0] for line in pd.printed("rtvae-help-reply")] == [r.path for r in REPLIES]
    status_help = next(line for line in pd.printed("rtvae-help-reply") if line.startswith("/rtvae/status "))
    assert status_help.startswith("/rtvae/status " + REPLY_BY_PATH["/rtvae/status"].signature())
    assert shown["error-address"] == "symbol /rtvae/gain"
    assert shown["error-reason"] == f"symbol {GAIN_ERROR}"
    assert shown["record-path"] == "symbol /rec/take1.wav" and shown["record-seconds"] == "2.5"
    assert shown["ping-ms"] is not None and 0 <= float(shown["ping-ms"]) < 1000
    assert shown["registered"] == "1"  # the handshake done: the whole help came, page by page
    assert pd.printed("rtvae-help-page") == [f"{page} {len(HELP_PAGES)}" for page in range(len(HELP_PAGES))]
    assert not [line for line in pd.lines if line.startswith("error:")]


def register_again_driver(folder: Path, abstraction: str) -> Path:
    """``[abstraction]``, a ``register`` bang 0.7 s after load, and its ``registered`` state printed."""
    lines = ["#N canvas 0 50 450 300 12;", f"#X obj 10 10 {abstraction};", "#X obj 10 600 loadbang;",
             "#X obj 10 630 delay 700;", f"#X msg 10 660 \\; {abstraction}-register bang;",
             f"#X obj 200 600 r {abstraction}-registered;", "#X obj 200 630 print registered;",
             "#X connect 1 0 2 0;", "#X connect 2 0 3 0;", "#X connect 4 0 5 0;"]
    path = folder / "driver.pd"
    path.write_text("\n".join(lines) + "\n")
    return path


def changes(values: list[str]) -> list[str]:
    """The values as they changed (repeats of the same value dropped)."""
    return [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]


@needs_pd
@pytest.mark.parametrize("abstraction", ["rtvae", "rtvae-interp"])
def test_pd_panels_register_on_connect_and_again_after_a_server_restart(fake_server, tmp_path, abstraction):
    """The handshake on connect, then (the server restarted: a new token) again on ``-register``."""
    clients, tokens, got = FakeClients(), [TOKEN, TOKEN - 1000], []
    pd = PdProcess(register_again_driver(tmp_path, abstraction), f"{abstraction}-port {fake_server.getsockname()[1]}",
                   f"{abstraction}-connect bang", search=PD_DIR)
    deadline = time.monotonic() + 4.0  # before the 5 s re-registration: only the connect and the bang
    try:
        while time.monotonic() < deadline and not (len(clients.registered) and clients.token == tokens[1]
                                                   and changes(pd.printed("registered"))[-4:] == ["0", "1", "0", "1"]):
            if (packet := receive(fake_server)) is None:
                continue
            got.append(decode(packet[0]))
            address, _, args = got[-1]
            if address == "/rtvae/hello" and not args and clients.registered:
                clients.restart(tokens[1])  # the second handshake meets a restarted server
            clients.answer(fake_server, address, args, packet[1])
    finally:
        pd.close()
    hellos, _ = handshake_of(got)
    assert [(tags, args) for _, tags, args in hellos] == [
        ("", []), ("f", [float(tokens[0])]), ("", []), ("f", [float(tokens[1])])]
    assert changes(pd.printed("registered"))[-4:] == ["0", "1", "0", "1"]  # registered, forgotten, registered again
    assert not [line for line in pd.lines if line.startswith("error:")]


# ------------------------------------------------------------------------------ static checks
# Every shipped patch, each panel's and help's (main, interp, descriptor, map, mix): one check each.
SHIPPED_PD = sorted((ROOT / "patches" / "pd").glob("*.pd"))
SHIPPED_MAX = sorted((ROOT / "patches" / "max").glob("*.max*"))


def test_every_panel_ships_for_both_with_its_help():
    stems = {p.name.removesuffix("-help.pd").removesuffix(".pd") for p in SHIPPED_PD}
    assert stems == {p.stem for p in SHIPPED_MAX} >= {"rtvae", "rtvae-interp", "rtvae-descriptor", "rtvae-map",
                                                      "rtvae-mix", "rtvae-input"}
    assert len(SHIPPED_PD) == len(SHIPPED_MAX) == 2 * len(stems)


@pytest.mark.parametrize("patch", SHIPPED_PD, ids=lambda p: p.name)
def test_shipped_pd_patches_pass_the_checker(patch):
    assert check_pd_patch(patch, LATENT) == []


@pytest.mark.parametrize("patch", SHIPPED_MAX, ids=lambda p: p.name)
def test_shipped_max_patches_pass_the_checker(patch):
    assert check_max_patch(patch, LATENT) == []


PANELS = ("rtvae-interp", "rtvae-descriptor", "rtvae-map", "rtvae-mix", "rtvae-input")  # beside the main panel rtvae
NO_PANEL = {"/rtvae/help/about", "/rtvae/reply/clear"}  # for scripts and the command line: no panel needs them


def test_pd_and_max_patches_send_the_same_controls_and_route_every_reply():
    """The main, interpolation, descriptor, map and algebra panels, together, route every reply and send every
    address (but the few no panel needs)."""
    pd, mx = pd_osc_addresses(MAIN_PD), max_osc_addresses(MAX_FILES[0])
    pds = [pd] + [pd_osc_addresses(MAIN_PD.with_name(f"{name}.pd")) for name in PANELS]
    mxs = [mx] + [max_osc_addresses(MAX_FILES[0].with_name(f"{name}.maxpat")) for name in PANELS]
    assert mx.sent - pd.sent == {"/rtvae/reply"}  # Max registers its reply port; Pd gets replies on its socket
    for panel in pds + mxs:  # every panel registers (/rtvae/hello) and reads the welcome
        assert "/rtvae/hello" in panel.sent and "/rtvae/welcome" in panel.routed
    pd_sent, mx_sent = frozenset().union(*(p.sent for p in pds)), frozenset().union(*(m.sent for m in mxs))
    assert pd_sent <= set(BY_PATH) and frozenset().union(*(m.routed for m in mxs)) == reply_addresses()
    assert reply_addresses() <= frozenset().union(*(p.routed for p in pds))
    # every address has a panel that sends it: in Max all of them; in Pd all but /rtvae/reply (replies come back
    # on the panel's own socket) and /rtvae/interp/breakpoints (a Pd array is a curve, not breakpoints)
    assert set(BY_PATH) - mx_sent == NO_PANEL
    assert set(BY_PATH) - pd_sent == NO_PANEL | {"/rtvae/reply", "/rtvae/interp/breakpoints"}


def test_pd_patch_exposes_the_named_receives_a_live_test_drives():
    names = pd_named_receives(MAIN_PD)
    expected = {f"rtvae-z-{i}" for i in range(8)} | {
        "rtvae-host", "rtvae-port", "rtvae-connect", "rtvae-disconnect", "rtvae-send-z", "rtvae-smooth",
        "rtvae-temperature", "rtvae-gain", "rtvae-mute", "rtvae-preset-name", "rtvae-preset-store",
        "rtvae-preset-recall", "rtvae-model-name", "rtvae-model-load", "rtvae-record-name", "rtvae-record-start",
        "rtvae-record-stop", "rtvae-corpus-name", "rtvae-corpus-load", "rtvae-ping", "rtvae-help",
        "rtvae-status-request", "rtvae-poll", "rtvae-register"}
    assert expected <= names


def test_pd_reader_counts_objects_per_canvas_and_resolves_escapes(tmp_path):
    path = tmp_path / "mini.pd"
    path.write_text("#N canvas 0 50 450 300 12;\n#X obj 10 10 loadbang;\n#N canvas 0 50 450 300 inner 0;\n"
                    "#X obj 10 10 inlet;\n#X msg 10 40 \\; rtvae-gain \\$1 \\, 2;\n#X connect 0 0 1 0;\n"
                    "#X restore 10 40 pd inner;\n#X text 10 80 a comment \\, with a\ncomma, f 30;\n"
                    "#X connect 0 0 1 0;\n")
    top, inner = parse_pd(path).canvases
    assert [(o.index, o.cls) for o in top.objects] == [(0, "loadbang"), (1, "pd"), (2, "text")]
    assert [(o.index, o.cls) for o in inner.objects] == [(0, "inlet"), (1, "msg")] and inner.name == "inner"
    assert inner.objects[1].args == (";", "rtvae-gain", "$1", ",", "2")
    assert top.objects[2].args == ("a", "comment", ",", "with", "a", "comma")
    assert [(c.src, c.dst) for c in top.connections] == [(0, 1)] == [(c.src, c.dst) for c in inner.connections]


def max_wires(path: Path) -> tuple[dict[str, dict], dict[tuple[str, int], list[tuple[str, int]]]]:
    """A Max patcher's boxes by id, and its lines as (box, outlet) -> [(box, inlet)]."""
    patcher = json.loads(path.read_text())["patcher"]
    wires: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for entry in patcher["lines"]:
        (src, outlet), (dst, inlet) = entry["patchline"]["source"], entry["patchline"]["destination"]
        wires.setdefault((src, outlet), []).append((dst, inlet))
    return {b["box"]["id"]: b["box"] for b in patcher["boxes"]}, wires


def downstream(wires, start: tuple[str, int], stop: set[str] = frozenset()) -> set[str]:
    """Every box a message from outlet ``start`` can reach (not going on past the boxes of ``stop``)."""
    seen, todo = set(), [start]
    while todo:
        for dst, _ in wires.get(todo.pop(), []):
            if dst not in seen:
                seen.add(dst)
                todo += [] if dst in stop else [(dst, o) for o in range(8)]
    return seen


def assert_max_panel_registers(path: Path, reply_port: int) -> None:
    """The Max panel's handshake: after its reply port, ``/rtvae/hello`` through [udpsend]; the welcome, read on
    [udpreceive] only while one is awaited, sends its token back through [udpsend]; a toggle shows the state."""
    boxes, wires = max_wires(path)
    by_text = {b["text"]: i for i, b in boxes.items() if b.get("text")}  # the texts used here are unique
    send, loadbang, port = by_text["udpsend 127.0.0.1 9000"], by_text["loadbang"], by_text[f"/rtvae/reply {reply_port}"]
    hello, token_back = by_text["/rtvae/hello"], by_text["prepend /rtvae/hello"]
    assert {d for d, _ in wires[(hello, 0)]} == {d for d, _ in wires[(token_back, 0)]} == {send}
    # on load: the reply port at once, the hello deferred (so after it)
    deferred = next(d for d, _ in wires[(loadbang, 0)] if boxes[d]["text"].split()[0] in ("deferlow", "delay"))
    assert port in downstream(wires, (loadbang, 0), {send, deferred})
    assert hello in downstream(wires, (deferred, 0), {send})
    # the welcome: through a window that the hello opens (and a timeout closes), then its token back
    route, words = next((i, b["text"].split()) for i, b in boxes.items()
                        if b.get("text", "").startswith("route ") and "/rtvae/welcome" in b["text"])
    welcome = (route, words.index("/rtvae/welcome") - 1)  # the outlet of /rtvae/welcome
    (window, inlet), = wires[welcome]
    assert boxes[window]["text"] == "gate" and inlet == 1 and window in downstream(wires, (deferred, 0), {send})
    after = downstream(wires, welcome, {send})
    assert token_back in after and any(boxes[b]["maxclass"] == "toggle" for b in after)
    # a button of the presentation registers again (after a server restart): the reply port and the hello
    buttons = [i for i, b in boxes.items() if b["maxclass"] == "button"]
    again = [i for i in buttons if {port, hello} <= downstream(wires, (i, 0), {send})]
    assert len(again) == 1 and boxes[again[0]]["presentation"] == 1


def test_the_max_panel_registers_after_its_reply_port():
    assert_max_panel_registers(MAX_FILES[0], 9001)


# ------------------------------------------------------------------------------ the checkers bite
def broken_pd(tmp_path: Path, old: str, new: str) -> Path:
    text = MAIN_PD.read_text()
    assert old in text
    path = tmp_path / "rtvae.pd"
    path.write_text(text.replace(old, new, 1))
    return path


@pytest.mark.parametrize("old, new, complaint", [
    ("#X coords", "#X connect 0 0 999 0;\n#X coords", "no object 999"),
    ("oscformat rtvae gain", "oscformat rtvae gian", "/rtvae/gian"),
    ("list prepend 3", "list prepend 3 4", "groups of 2"),
    (f"#X array rtvae-latent {LATENT}", "#X array rtvae-latent 100", f"{LATENT} values"),
    ("route status error", "route status errors", "/rtvae/errors"),
])
def test_pd_checker_catches_a_broken_copy(tmp_path, old, new, complaint):
    problems = check_pd_patch(broken_pd(tmp_path, old, new), LATENT)
    assert any(complaint in p for p in problems), problems


def pd_snippet(tmp_path: Path, source: str, address: str) -> Path:
    path = tmp_path / "snippet.pd"
    lines = ["#N canvas 0 50 450 300 12;", f"#X {source};", f"#X obj 10 40 oscformat {address};", "#X connect 0 0 1 0;"]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("source, address, fits", [
    ("obj 10 10 pack 0 0", "rtvae gain", False), ("obj 10 10 hsl 128 15 0 1 0 0 empty empty empty", "rtvae gain", True),
    ("msg 10 10 1 2 3", "rtvae z", False), ("msg 10 10 symbol pad", "rtvae preset store", True),
    ("msg 10 10 bang", "rtvae record stop", True), ("msg 10 10 9001 localhost extra", "rtvae reply", False),
])
def test_pd_checker_judges_argument_counts_by_the_namespace(tmp_path, source, address, fits):
    assert (check_pd_patch(pd_snippet(tmp_path, source, address), LATENT) == []) is fits


def broken_max(tmp_path: Path, edit) -> Path:
    document = json.loads(MAX_FILES[0].read_text())
    edit(document["patcher"])
    path = tmp_path / "rtvae.maxpat"
    path.write_text(json.dumps(document))
    return path


def first_box(patcher: dict, text: str) -> dict:
    return next(b["box"] for b in patcher["boxes"] if b["box"].get("text", "").startswith(text))


def bad_outlet(patcher: dict) -> None:
    patcher["lines"][0]["patchline"]["source"][1] = 7


def bad_address(patcher: dict) -> None:
    first_box(patcher, "prepend /rtvae/gain")["text"] = "prepend /rtvae/gian"


def missing_id(patcher: dict) -> None:
    del first_box(patcher, "loadbang")["id"]


def dangling_line(patcher: dict) -> None:
    patcher["lines"].append({"patchline": {"source": ["obj-9999", 0], "destination": ["obj-1", 0]}})


def wrong_inlets(patcher: dict) -> None:
    first_box(patcher, "route /rtvae/status")["numinlets"] = 1


def short_outlettype(patcher: dict) -> None:
    first_box(patcher, "unpack")["outlettype"].pop()


def out_of_range(patcher: dict) -> None:
    first_box(patcher, "/rtvae/reply")["text"] = "/rtvae/reply 70000"


@pytest.mark.parametrize("edit, complaint", [
    (bad_outlet, "outlet(s)"), (bad_address, "/rtvae/gian"), (missing_id, "missing id"),
    (dangling_line, "no box obj-9999"), (wrong_inlets, "Max gives it 12 and 12"),
    (short_outlettype, "outlettype"), (out_of_range, "out of range"),
])
def test_max_checker_catches_a_broken_copy(tmp_path, edit, complaint):
    problems = check_max_patch(broken_max(tmp_path, edit), LATENT)
    assert any(complaint in p for p in problems), problems


def test_max_checker_rejects_what_is_not_a_patcher(tmp_path):
    (tmp_path / "a.maxpat").write_text("{not json")
    (tmp_path / "b.maxpat").write_text("[]")
    assert "JSON" in check_max_patch(tmp_path / "a.maxpat", LATENT)[0]
    assert "patcher" in check_max_patch(tmp_path / "b.maxpat", LATENT)[0]


def test_the_latent_size_is_the_models_not_the_checkers():
    problems = check_pd_patch(MAIN_PD, 16)  # a model with 16 latent dimensions: the 128-value array is wrong
    assert any("expects 16 values (the latent size)" in p for p in problems), problems


# ------------------------------------------------------------------------------ rtvae check --patches
def test_rtvae_check_patches_passes_on_the_shipped_patches(capsys):
    assert main(["check", "--patches"]) == 0
    shipped = [p for p in (ROOT / "patches").rglob("*") if p.suffix in (".pd", ".maxpat", ".maxhelp")]
    assert capsys.readouterr().out.splitlines() == [
        f"{len(shipped)} patch(es) under {ROOT / 'patches'} hold together against the OSC namespace "
        f"(latent size {LATENT}, model default)"]


def test_rtvae_check_patches_fails_naming_the_problem(tmp_path, capsys):
    (tmp_path / "pd").mkdir()
    broken = tmp_path / "pd" / "broken.pd"
    broken.write_text("#N canvas 0 50 450 300 12;\n#X msg 10 10 1;\n#X obj 10 40 oscformat rtvae nosuch;\n"
                      "#X connect 0 0 1 0;\n")
    (tmp_path / "fine.pd").write_text("#N canvas 0 50 450 300 12;\n#X obj 10 10 oscformat rtvae gain;\n")
    assert main(["check", "default", "--patches", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{broken}: canvas 0 object 1 [oscformat]: sends /rtvae/nosuch, which is not in the OSC namespace"
    assert out[1].startswith(f"1 problem(s) in 1 of 2 patch(es) under {tmp_path}") and len(out) == 2


def test_rtvae_check_patches_names_a_folder_that_is_not_there(tmp_path, capsys):
    assert main(["check", "--patches", str(tmp_path / "nope")]) == 2
    assert f"no patches at {tmp_path / 'nope'}" in capsys.readouterr().err


def test_the_runtime_never_imports_the_patch_checker():
    package = ROOT / "rtvae"
    runtime = [*(package / "engine").rglob("*.py"), *(package / "drivers").rglob("*.py"),
               *(package / "osc").rglob("*.py"), package / "session.py"]
    assert [p.name for p in runtime if "patchcheck" in p.read_text()] == []
    assert not (package / "osc" / "patches.py").exists()
