"""The descriptor panels (patches/pd/rtvae-descriptor.pd, patches/max/rtvae-descriptor.maxpat and their
help patches): they hold together against the OSC namespace, Pd sends what a performer means (a curve
mapped to the corpus's range), and, against a live server on a private JACK dummy server, the
captured sound's centroid follows a drawn centroid curve.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from rtvae.explore.targets import CONTINUITY
from rtvae.osc.namespace import BY_PATH, DESCRIPTOR_NAMES, PREFIX, check_args
from rtvae.patchcheck import max_osc_addresses, pd_named_receives, pd_osc_addresses
from tests.pddriver import open_headless
from tests.liveserver import monitored_server
from tests.test_interp_patches import spearman
from tests.test_patches import LATENT, FakeClients, PdProcess, assert_max_panel_registers, decode, handshake_of, message, needs_pd

ROOT = Path(__file__).resolve().parents[1]
PD_DIR, MAX_DIR = ROOT / "patches" / "pd", ROOT / "patches" / "max"
DESC_PD, DESC_PD_HELP = PD_DIR / "rtvae-descriptor.pd", PD_DIR / "rtvae-descriptor-help.pd"
DESC_MAX, DESC_MAX_HELP = MAX_DIR / "rtvae-descriptor.maxpat", MAX_DIR / "rtvae-descriptor.maxhelp"
PD = shutil.which("pd")
CURVE_POINTS = 64  # the size of the Pd panel's array rtvae-descriptor-curve
DESCRIPTOR = {a for a in BY_PATH if a.startswith(f"{PREFIX}/descriptor/")}
REPLIES = {f"{PREFIX}/descriptor/range", f"{PREFIX}/out/descriptors", f"{PREFIX}/error"}
HELLO, WELCOME = f"{PREFIX}/hello", f"{PREFIX}/welcome"
SHORT = {"rms_db": "rms", "centroid_hz": "centroid", "bandwidth_hz": "bandwidth", "flatness": "flatness",
         "rolloff_hz": "rolloff", "zcr": "zcr", "f0_hz": "f0", "periodicity": "periodicity"}


# ------------------------------------------------------------------------------ static checks
def test_the_panels_cover_the_descriptor_namespace():
    pd, mx = pd_osc_addresses(DESC_PD), max_osc_addresses(DESC_MAX)
    assert pd.sent == DESCRIPTOR | {HELLO}
    assert mx.sent == DESCRIPTOR | {f"{PREFIX}/reply", HELLO}  # Max registers a reply port
    assert REPLIES | {WELCOME} <= pd.routed and mx.routed == REPLIES | {WELCOME}
    assert max_osc_addresses(DESC_MAX_HELP).sent <= DESCRIPTOR  # the worked example's messages


def test_the_max_panel_registers_its_own_reply_port_and_the_help_embeds_it():
    boxes = [b["box"] for b in json.loads(DESC_MAX.read_text())["patcher"]["boxes"]]
    texts = [b.get("text", "") for b in boxes]
    assert "/rtvae/reply 9003" in texts and "udpreceive 9003" in texts and "udpsend 127.0.0.1 9000" in texts
    assert {"multislider", "umenu", "slider", "flonum"} <= {b["maxclass"] for b in boxes}
    assert "route " + " ".join(DESCRIPTOR_NAMES) in texts  # a range reply per descriptor sets its slider
    help_boxes = [b["box"] for b in json.loads(DESC_MAX_HELP.read_text())["patcher"]["boxes"]]
    assert any(b["maxclass"] == "bpatcher" and b.get("name") == DESC_MAX.name for b in help_boxes)
    assert_max_panel_registers(DESC_MAX, 9003)
    assert_max_panel_loads(DESC_MAX, {"/rtvae/descriptor/duration": 4.0, "/rtvae/descriptor/continuity": CONTINUITY})


def assert_max_panel_loads(path, values):
    """The Max panel sends, once loaded, the value its number box for each address shows: a message box
    fired by the load's trigger sets the box, which sends through its [prepend ADDRESS]."""
    patcher = json.loads(path.read_text())["patcher"]
    boxes = {b["box"]["id"]: b["box"] for b in patcher["boxes"]}
    lines = [(l["patchline"]["source"][0], l["patchline"]["destination"][0]) for l in patcher["lines"]]
    loadbang = next(i for i, b in boxes.items() if b.get("text") == "loadbang")
    fired, frontier = set(), {loadbang}
    while frontier:  # everything downstream of the loadbang through triggers and delays
        fired |= frontier
        frontier = {d for s, d in lines if s in frontier and boxes[d].get("text", "").split(" ")[0] in ("t", "delay")
                    or s in frontier and boxes[d]["maxclass"] == "message"} - fired
    for address, value in values.items():
        prepend = next(i for i, b in boxes.items() if b.get("text") == f"prepend {address}")
        number = next(s for s, d in lines if d == prepend and boxes[s]["maxclass"] == "flonum")
        setters = [s for s, d in lines if d == number and s in fired and boxes[s]["maxclass"] == "message"]
        assert [float(boxes[s]["text"]) for s in setters] == [pytest.approx(value)], address


PD_RECEIVES = {f"rtvae-descriptor-{n}" for n in (
    "host", "port", "connect", "disconnect", "register", "continuity", "curve-name", "draw", "send-curve",
    "live", "duration", "curve-play", "curve-stop", "curve-loop", "curve-position", "off", "range", "print")}
PD_RECEIVES |= {f"rtvae-descriptor-{s}" for s in SHORT.values()} | {f"rtvae-descriptor-{s}-weight" for s in SHORT.values()}


def test_the_pd_panel_exposes_and_lists_its_named_receives():
    assert PD_RECEIVES <= pd_named_receives(DESC_PD)
    text = DESC_PD.read_text()
    notes = " ".join(line for line in text.splitlines() if line.startswith("#X text 1030"))
    for name in ("-centroid", "-curve-play", "-send-curve", "-curve-name", "-duration", "-off", "-continuity"):
        assert name in notes
    for name in ("rtvae-descriptor-range-reply", "rtvae-descriptor-measured", "rtvae-descriptor-error-reply"):
        assert f"s {name};" in text  # the parsed replies, re-sent on names


@needs_pd
@pytest.mark.parametrize("patch", [DESC_PD, DESC_PD_HELP], ids=lambda p: p.name)
def test_descriptor_pd_patches_load_headless_without_errors(patch):
    returncode, bad = open_headless(PD, patch)
    assert returncode == 0 and bad == []


# ------------------------------------------------------------------------------ Pd on the wire
def driver_patch(folder: Path, later: list[str], delay_ms: int, watched: list[str]) -> Path:
    """[rtvae-descriptor], ``later`` sent ``delay_ms`` after load (once the ranges came back), ``go`` printed
    then, and each watched display name printed as ``shown-NAME``."""
    lines = ["#N canvas 0 50 450 300 12;", "#X obj 10 10 rtvae-descriptor;", "#X obj 10 600 loadbang;",
             f"#X obj 10 630 delay {delay_ms};", "#X msg 10 660 " + " ".join(f"\\; {s}" for s in later) + ";",
             "#X obj 200 660 print go;", "#X connect 1 0 2 0;", "#X connect 2 0 3 0;", "#X connect 2 0 4 0;"]
    for k, name in enumerate(watched):
        lines += [f"#X obj 400 {600 + 60 * k} r rtvae-descriptor-{name};",
                  f"#X obj 400 {630 + 60 * k} print shown-{name};", f"#X connect {5 + 2 * k} 0 {6 + 2 * k} 0;"]
    path = folder / "driver.pd"
    path.write_text("\n".join(lines) + "\n")
    return path


RANGES = {"rms_db": ("dB FS", -63.5, -5.4, -60.0, -6.0), "centroid_hz": ("Hz", 25.0, 2200.0, 100.0, 2100.0),
          "flatness": ("ratio 0..1", 0.0, 0.04, 0.0, 0.03), "f0_hz": ("Hz", 40.0, 1200.0, 60.0, 1000.0)}
LATER = ["rtvae-descriptor-centroid 1000", "rtvae-descriptor-f0 500", "rtvae-descriptor-centroid-weight 2",
         "rtvae-descriptor-continuity 3", "rtvae-descriptor-curve-name symbol centroid_hz",
         "rtvae-descriptor-draw ramp", "rtvae-descriptor-send-curve bang", "rtvae-descriptor-duration 2.5",
         "rtvae-descriptor-curve-loop 1", "rtvae-descriptor-curve-play bang", "rtvae-descriptor-curve-position 0.5",
         "rtvae-descriptor-curve-stop bang", "rtvae-descriptor-off bang"]
WATCHED = ["centroid-low", "centroid-high", "now-centroid", "now-rms", "target-centroid", "target-f0",
           "error-address", "registered"]


@needs_pd
def test_the_pd_panel_sends_what_the_performer_means_and_reads_the_replies(tmp_path):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.05)
    pd = PdProcess(driver_patch(tmp_path, LATER, 1000, WATCHED), f"rtvae-descriptor-port {sock.getsockname()[1]}",
                   "rtvae-descriptor-connect bang", "rtvae-descriptor-print 1", search=PD_DIR)
    got, clients, measured = [], FakeClients(), False
    deadline = time.monotonic() + 8
    try:
        while time.monotonic() < deadline and not (measured and all(pd.printed(f"shown-{n}") for n in WATCHED)):
            try:
                datagram, sender = sock.recvfrom(65536)
            except socket.timeout:
                continue
            got.append(decode(datagram))
            clients.answer(sock, got[-1][0], got[-1][2], sender)
            if got[-1][0] == "/rtvae/descriptor/range":
                for name, (unit, *values) in RANGES.items():
                    sock.sendto(message("/rtvae/descriptor/range", name, unit, *values), sender)
            if got[-1][0] == "/rtvae/descriptor/off" and not measured:
                measured = True
                sock.sendto(message("/rtvae/out/descriptors", -20.5, 812.5, 600.0, 0.01, 1500.0, 0.05, 220.0, 0.9),
                            sender)
                sock.sendto(message("/rtvae/error", "/rtvae/descriptor/target", "unknown descriptor 'x'"), sender)
    finally:
        pd.close()
        sock.close()
    for address, _, args in got:
        check_args(BY_PATH[address], args, LATENT)  # raises if the server would reject it
    hellos, sent = handshake_of(got)
    assert got[0] == (HELLO, "", []) and hellos[:2] == [(HELLO, "", []), (HELLO, "f", [float(clients.token)])]
    asks = [s for s in sent if s[0] == "/rtvae/descriptor/range"]
    assert asks  # on connect, the ranges
    sent = [s for s in sent if s[0] != "/rtvae/descriptor/range"]
    shown, sent = {s[0]: s[1:] for s in sent[:2]}, sent[2:]  # on connect, the duration and continuity it shows
    assert shown == {"/rtvae/descriptor/duration": ("f", [4.0]),
                     "/rtvae/descriptor/continuity": ("f", [pytest.approx(CONTINUITY)])}
    assert [s[0] for s in sent] == ["/rtvae/descriptor/target", "/rtvae/descriptor/target", "/rtvae/descriptor/weight",
                                    "/rtvae/descriptor/continuity", "/rtvae/descriptor/curve", "/rtvae/descriptor/duration",
                                    "/rtvae/descriptor/loop", "/rtvae/descriptor/play", "/rtvae/descriptor/position",
                                    "/rtvae/descriptor/stop", "/rtvae/descriptor/off"]
    assert sent[0][1:] == ("sf", ["centroid_hz", 1000.0])
    assert sent[1][1:] == ("sf", ["f0_hz", 500.0])
    assert sent[2][1:] == ("sf", ["centroid_hz", 2.0]) and sent[3][1:] == ("f", [3.0])
    curve = sent[4]
    assert curve[1] == "s" + "f" * CURVE_POINTS and curve[2][0] == "centroid_hz"  # the whole array, one message
    assert np.allclose(curve[2][1:], 100 + 2000 * np.linspace(0, 1, CURVE_POINTS), atol=0.05)  # 0..1 -> robust range
    assert sent[5][1:] == ("f", [2.5]) and sent[6][1:] == ("f", [1.0]) and sent[8][1:] == ("f", [0.5])
    assert sent[7][1:] == sent[9][1:] == sent[10][1:] == ("", [])
    shown = {name: pd.printed(f"shown-{name}")[-1] for name in WATCHED}
    assert (shown["centroid-low"], shown["centroid-high"]) == ("100", "2100")
    assert shown["now-centroid"] == "812.5" and shown["now-rms"] == "-20.5"
    assert shown["target-centroid"] == "1000" and shown["target-f0"] == "500"
    assert shown["error-address"] == "symbol /rtvae/descriptor/target" and shown["registered"] == "1"
    assert len(pd.printed("rtvae-descriptor-range")) == len(RANGES)
    assert pd.printed("rtvae-descriptor-measured") == ["-20.5 812.5 600 0.01 1500 0.05 220 0.9"]
    assert not [line for line in pd.lines if line.startswith("error:")]


# ------------------------------------------------------------------------------ a live server
needs_live = pytest.mark.skipif(not all(shutil.which(tool) for tool in ("pd", "jackd")),
                                reason="needs Pd vanilla (puredata-core) and jackd (jackd2)")
DURATION_S = 4.0


@pytest.fixture(scope="module")
def descriptor_server(tmp_path_factory):
    with monitored_server(tmp_path_factory, "descriptor") as server:
        yield server


def ranges(server, timeout_s: float = 30.0) -> dict[str, list]:
    """Ask the descriptor ranges until the server has its corpus (it builds on first start)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        server.monitor.send("/rtvae/descriptor/range")
        heard = server.monitor.listen(2.0, until=lambda r: r[1] == "/rtvae/error")
        got = {args[0]: args[1:] for _, address, args in heard if address == "/rtvae/descriptor/range"}
        if len(got) == len(DESCRIPTOR_NAMES):
            return got
        errors = [args for _, address, args in heard if address == "/rtvae/error"]
        if errors and "still being prepared" not in errors[0][1]:
            raise AssertionError(errors)
        time.sleep(0.5)
    raise AssertionError("the server never prepared its corpus")


@needs_live
def test_the_pd_panel_plays_a_centroid_curve_on_the_live_server_and_the_sound_follows_it(descriptor_server, tmp_path):
    from rtvae.bench.capture import JackCapture
    from rtvae.explore.descriptors import describe

    server, monitor = descriptor_server, descriptor_server.monitor
    corpus = ranges(server)
    later = ["rtvae-descriptor-send-curve bang", "rtvae-descriptor-curve-play bang"]
    driver = driver_patch(tmp_path, later, 1500, ["registered", "centroid-low", "centroid-high"])
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)  # the capture's JACK callback runs Python: give it the GIL back quickly
    pd = None
    try:
        with JackCapture(channels=1, capacity_s=12, server=server.jack.name) as capture:
            capture.connect_from([f"{server.name}:out_0"])
            capture.start()
            pd = PdProcess(driver, f"rtvae-descriptor-port {server.port}", "rtvae-descriptor-connect bang",
                           "rtvae-descriptor-print 1", "rtvae-descriptor-curve-name symbol centroid_hz",
                           "rtvae-descriptor-draw ramp", f"rtvae-descriptor-duration {DURATION_S}", search=PD_DIR)
            heard, start = [], None
            deadline = time.monotonic() + 6.0
            while start is None and time.monotonic() < deadline:
                heard += monitor.listen(0.005)
                if pd.printed("go"):
                    start = capture.now_frame()
            assert start is not None, pd.lines
            heard += monitor.listen(DURATION_S + 0.6)
            monitor.send("/rtvae/descriptor/off")
            audio = capture.samples()[:, 0]
            frame_of, rate = capture.frame_of, capture.sample_rate
    finally:
        sys.setswitchinterval(switch)
        if pd is not None:
            pd.close()
    errors = [args for _, address, args in heard if address == "/rtvae/error"]
    assert errors == []
    assert pd.printed("shown-registered")[-1:] == ["1"]
    low, high = corpus["centroid_hz"][3:5]
    assert [float(v) for v in pd.printed("shown-centroid-low")[-1:] + pd.printed("shown-centroid-high")[-1:]] == \
        pytest.approx([low, high], rel=1e-3)
    # the capture's frames over the curve's duration, in 1024-sample windows
    window = 1024
    frames = frame_of(np.arange(len(audio)))
    inside = (frames >= start) & (frames < start + DURATION_S * rate)
    segment = audio[inside].astype(np.float32)
    windows = segment[: len(segment) // window * window].reshape(-1, window)
    values = describe(windows, rate)
    centroid = values[:, DESCRIPTOR_NAMES.index("centroid_hz")]
    loud = values[:, DESCRIPTOR_NAMES.index("rms_db")] > -70  # silence has no centroid to speak of
    t = np.arange(len(windows))[loud]
    assert len(t) > 0.5 * DURATION_S * rate / window
    rho = spearman(centroid[loud], t.astype(float))
    third = len(windows) // 3
    first, last = centroid[:third][loud[:third]], centroid[-third:][loud[-third:]]
    print(f"centroid vs a {low:.0f}->{high:.0f} Hz ramp: spearman {rho:.3f}; first third {np.median(first):.0f} Hz, "
          f"last third {np.median(last):.0f} Hz")
    assert rho > 0.5
    assert np.median(last) > np.median(first)
    # Pd read the measured stream (registered: it goes only to registered clients), and it rose too
    measured = [[float(v) for v in line.split()] for line in pd.printed("rtvae-descriptor-measured")]
    assert len(measured) > 2 * DURATION_S and all(len(m) == len(DESCRIPTOR_NAMES) for m in measured)
    bad = [line for line in pd.lines if re.search(r"couldn't create|connection failed|error", line, re.I)]
    assert bad == []
