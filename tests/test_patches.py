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
from pythonosc.osc_message_builder import OscMessageBuilder

from rtvae.osc.namespace import BY_PATH, check_args
from rtvae.osc.patches import (
    check_max_patch,
    check_pd_patch,
    max_osc_addresses,
    parse_pd,
    pd_named_receives,
    pd_osc_addresses,
    reply_addresses,
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
LATENT = 128


# ------------------------------------------------------------------------------ helpers
def message(address: str, *args) -> bytes:
    builder = OscMessageBuilder(address)
    for value in args:
        builder.add_arg(value)
    return builder.build().dgram


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
    "rtvae-record-stop bang", "rtvae-ping bang", "rtvae-help bang", "rtvae-status-request bang",
]


def collect(sock: socket.socket, until: set[str], timeout_s: float = 8.0) -> list[tuple[str, str, list]]:
    got, deadline = [], time.monotonic() + timeout_s
    while time.monotonic() < deadline and not until <= {g[0] for g in got}:
        if packet := receive(sock):
            got.append(decode(packet[0]))
    return got


@needs_pd
def test_pd_patch_sends_every_control_as_osc_that_the_namespace_accepts(fake_server):
    port = fake_server.getsockname()[1]
    pd = PdProcess(MAIN_PD, f"rtvae-port {port}", "rtvae-connect bang", *CONTROLS)
    try:
        got = collect(fake_server, set(pd_osc_addresses(MAIN_PD).sent))
    finally:
        pd.close()
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
    assert by_address["/rtvae/record/start"] == [("", []), ("s", ["take1"])]
    assert by_address["/rtvae/record/stop"] == by_address["/rtvae/help"] == [("", [])]
    assert by_address["/rtvae/ping"][0][0] == "f" and ("", []) in by_address["/rtvae/status"]
    assert set(by_address) == set(pd_osc_addresses(MAIN_PD).sent)  # the static reading matches the wire


WATCHED = ["status-model", "status-mode", "status-latency_ms", "status-xruns", "status-cpu_load",
           "status-recording", "error-address", "error-reason", "model-loaded", "record-path",
           "record-seconds", "ping-ms"]


def driver_patch(folder: Path) -> Path:
    """A patch that holds [rtvae] as an abstraction and prints what it re-sends on its names."""
    return pd_driver_patch(folder, "rtvae", WATCHED)


STATUS = ["default", 44100, 48000, 256, 256, "inline", 512, 11.61, 3, 0, 0.25, 120, 0, 1]


def play_server(sock: socket.socket, pd: PdProcess, timeout_s: float = 8.0) -> None:
    """Answer Pd's requests like the server would, until every watched name has printed."""
    deadline, answered = time.monotonic() + timeout_s, False
    while time.monotonic() < deadline and not all(pd.printed(name) for name in WATCHED):
        packet = receive(sock)
        if packet is None:
            continue
        (address, _, args), sender = decode(packet[0]), packet[1]
        if address == "/rtvae/ping":
            sock.sendto(message("/rtvae/pong", *args), sender)
        if address == "/rtvae/status" and not answered:
            answered = True
            for reply in [message("/rtvae/status", *STATUS), message("/rtvae/model/loaded", "default"),
                          message("/rtvae/error", "/rtvae/gain", "'gain' = 20.0 is out of range [0, 16]"),
                          message("/rtvae/record/started", "/rec/take1.wav"),
                          message("/rtvae/record/stopped", "/rec/take1.wav", 2.5)]:
                sock.sendto(reply, sender)


@needs_pd
def test_pd_patch_parses_the_servers_replies_into_its_displays(fake_server, tmp_path):
    port = fake_server.getsockname()[1]
    pd = PdProcess(driver_patch(tmp_path), f"rtvae-port {port}", "rtvae-connect bang",
                   "rtvae-status-request bang", "rtvae-ping bang", search=PD_DIR)
    try:
        play_server(fake_server, pd)
    finally:
        pd.close()
    shown = {name: pd.printed(name)[-1] if pd.printed(name) else None for name in WATCHED}
    assert shown["status-model"] == "symbol default" and shown["status-mode"] == "symbol inline"
    assert (shown["status-latency_ms"], shown["status-xruns"], shown["status-cpu_load"]) == ("11.61", "3", "0.25")
    assert shown["status-recording"] == "1" and shown["model-loaded"] == "symbol default"
    assert shown["error-address"] == "symbol /rtvae/gain"
    assert shown["error-reason"] == "symbol 'gain' = 20.0 is out of range [0, 16]"
    assert shown["record-path"] == "symbol /rec/take1.wav" and shown["record-seconds"] == "2.5"
    assert shown["ping-ms"] is not None and 0 <= float(shown["ping-ms"]) < 1000
    assert not [line for line in pd.lines if line.startswith("error:")]


# ------------------------------------------------------------------------------ static checks
@pytest.mark.parametrize("patch", [MAIN_PD, HELP_PD], ids=lambda p: p.name)
def test_shipped_pd_patches_pass_the_checker(patch):
    assert check_pd_patch(patch) == []


@pytest.mark.parametrize("patch", MAX_FILES, ids=lambda p: p.name)
def test_shipped_max_patches_pass_the_checker(patch):
    assert check_max_patch(patch) == []


def test_pd_and_max_patches_send_the_same_controls_and_route_every_reply():
    """The main panels and the interpolation panels, together, route every reply."""
    pd, mx = pd_osc_addresses(MAIN_PD), max_osc_addresses(MAX_FILES[0])
    interp_pd = pd_osc_addresses(MAIN_PD.with_name("rtvae-interp.pd"))
    interp_mx = max_osc_addresses(MAX_FILES[0].with_name("rtvae-interp.maxpat"))
    assert mx.sent - pd.sent == {"/rtvae/reply"}  # Max registers its reply port; Pd gets replies on its socket
    assert pd.sent <= set(BY_PATH) and (mx.routed | interp_mx.routed) == reply_addresses()
    assert reply_addresses() <= pd.routed | interp_pd.routed


def test_pd_patch_exposes_the_named_receives_a_live_test_drives():
    names = pd_named_receives(MAIN_PD)
    expected = {f"rtvae-z-{i}" for i in range(8)} | {
        "rtvae-host", "rtvae-port", "rtvae-connect", "rtvae-disconnect", "rtvae-send-z", "rtvae-smooth",
        "rtvae-temperature", "rtvae-gain", "rtvae-mute", "rtvae-preset-name", "rtvae-preset-store",
        "rtvae-preset-recall", "rtvae-model-name", "rtvae-model-load", "rtvae-record-name", "rtvae-record-start",
        "rtvae-record-stop", "rtvae-ping", "rtvae-help", "rtvae-status-request", "rtvae-poll"}
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
    ("#X array rtvae-latent 128", "#X array rtvae-latent 100", "128 values"),
    ("route status error", "route status errors", "/rtvae/errors"),
])
def test_pd_checker_catches_a_broken_copy(tmp_path, old, new, complaint):
    problems = check_pd_patch(broken_pd(tmp_path, old, new))
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
    assert (check_pd_patch(pd_snippet(tmp_path, source, address)) == []) is fits


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
    (dangling_line, "no box obj-9999"), (wrong_inlets, "Max gives it 8 and 8"),
    (short_outlettype, "outlettype"), (out_of_range, "out of range"),
])
def test_max_checker_catches_a_broken_copy(tmp_path, edit, complaint):
    problems = check_max_patch(broken_max(tmp_path, edit))
    assert any(complaint in p for p in problems), problems


def test_max_checker_rejects_what_is_not_a_patcher(tmp_path):
    (tmp_path / "a.maxpat").write_text("{not json")
    (tmp_path / "b.maxpat").write_text("[]")
    assert "JSON" in check_max_patch(tmp_path / "a.maxpat")[0]
    assert "patcher" in check_max_patch(tmp_path / "b.maxpat")[0]
