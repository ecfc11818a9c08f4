"""The input panels (patches/pd/rtvae-input.pd, patches/max/rtvae-input.maxpat and their help patches): they hold
together against the OSC namespace; the Pd panel sends what a performer means; and against a live ``rtvae serve
--input`` on a private JACK dummy server, with a sound played into the server's JACK input, what the Pd panel sets
is what the captured output does.
"""

from __future__ import annotations

import json
import shutil
import socket
import time
from pathlib import Path

import numpy as np
import pytest

from rtvae.osc.client import free_udp_port
from rtvae.osc.namespace import BY_PATH, PREFIX, check_args
from rtvae.patchcheck import max_osc_addresses, parse_pd, pd_named_receives, pd_osc_addresses
from tests.pddriver import open_headless
from tests.test_patches import (LATENT, FakeClients, PdProcess, assert_max_panel_registers, collect, handshake_of,
                                needs_pd)

ROOT = Path(__file__).resolve().parents[1]
PD_DIR, MAX_DIR = ROOT / "patches" / "pd", ROOT / "patches" / "max"
INPUT_PD, INPUT_PD_HELP = PD_DIR / "rtvae-input.pd", PD_DIR / "rtvae-input-help.pd"
INPUT_MAX, INPUT_MAX_HELP = MAX_DIR / "rtvae-input.maxpat", MAX_DIR / "rtvae-input.maxhelp"
PD = shutil.which("pd")
INPUT = {f"{PREFIX}/input/{n}" for n in ("mix", "offset", "scale", "freeze", "gate", "temperature", "feedback")}
KNOBS = {f"{PREFIX}/knob/{n}" for n in ("brightness", "loudness", "noisiness", "pitch")}
SENT = INPUT | KNOBS | {f"{PREFIX}/mix", f"{PREFIX}/z/stream", f"{PREFIX}/z/report", f"{PREFIX}/status",
                        f"{PREFIX}/input/device"}
REPLIES = {f"{PREFIX}/out/z", f"{PREFIX}/error", f"{PREFIX}/welcome", f"{PREFIX}/status", f"{PREFIX}/input/device"}
HELLO = f"{PREFIX}/hello"


# ------------------------------------------------------------------------------ static checks
def test_the_panels_send_the_input_addresses_and_route_their_replies():
    pd, mx = pd_osc_addresses(INPUT_PD), max_osc_addresses(INPUT_MAX)
    assert pd.sent == SENT | {HELLO}
    assert mx.sent == SENT | {f"{PREFIX}/reply", HELLO}
    assert REPLIES <= pd.routed and mx.routed == REPLIES
    assert max_osc_addresses(INPUT_MAX_HELP).sent <= SENT
    assert pd_osc_addresses(INPUT_PD_HELP).sent == set()  # the Pd help drives the panel by its names


def test_the_pd_panel_parses_with_its_arrays_and_named_receives():
    patch = parse_pd(INPUT_PD)
    assert patch.problems == []
    assert patch.arrays == {"rtvae-input-offset": LATENT, "rtvae-input-series": 64 * LATENT,
                            "rtvae-input-frame": LATENT}
    names = {f"rtvae-input-{n}" for n in ("host", "port", "connect", "disconnect", "register", "status", "mix",
                                          "gate", "temperature", "feedback", "scale", "freeze", "pairs", "offset-send",
                                          "offset-zero", "record", "play", "knob-brightness", "knob-pitch")}
    assert names <= pd_named_receives(INPUT_PD)


def test_the_max_panel_registers_its_own_reply_port_and_the_help_embeds_it():
    boxes = [b["box"] for b in json.loads(INPUT_MAX.read_text())["patcher"]["boxes"]]
    texts = [b.get("text", "") for b in boxes]
    assert "/rtvae/reply 9006" in texts and "udpreceive 9006" in texts and "udpsend 127.0.0.1 9000" in texts
    offset = next(b for b in boxes if b["maxclass"] == "multislider")
    assert offset["size"] == LATENT
    assert "coll rtvae-input-series" in texts  # the recorder
    help_boxes = [b["box"] for b in json.loads(INPUT_MAX_HELP.read_text())["patcher"]["boxes"]]
    assert any(b["maxclass"] == "bpatcher" and b.get("name") == INPUT_MAX.name for b in help_boxes)
    assert_max_panel_registers(INPUT_MAX, 9006)


@needs_pd
@pytest.mark.parametrize("patch", [INPUT_PD, INPUT_PD_HELP], ids=lambda p: p.name)
def test_input_pd_patches_load_headless_without_errors(patch):
    returncode, bad = open_headless(PD, patch)
    assert returncode == 0 and bad == []


# ------------------------------------------------------------------------------ Pd on the wire
PERFORMANCE = ["rtvae-input-mix 0.5", "rtvae-input-freeze 1", "rtvae-input-gate -40", "rtvae-input-feedback 0.5",
               "rtvae-input-scale 1.5", "rtvae-input-offset-zero bang", "rtvae-input-knob-brightness 1",
               "rtvae-input-pairs input 1 mean:organ_C3_mid -1", "rtvae-input-status bang", "rtvae-input-record 1"]


@needs_pd
def test_the_pd_panel_sends_what_the_performer_means(tmp_path):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.05)
    pd = PdProcess(INPUT_PD, f"rtvae-input-port {sock.getsockname()[1]}", "rtvae-input-connect bang", *PERFORMANCE,
                   search=PD_DIR)
    try:
        got = collect(sock, {f"{PREFIX}/z/report"}, clients=FakeClients())  # the last message of the performance
    finally:
        pd.close()
        sock.close()
    for address, _, args in got:
        check_args(BY_PATH[address], args, LATENT)  # raises if the server would reject it
    _, sent = handshake_of(got)
    assert [s[0] for s in sent] == [f"{PREFIX}/input/mix", f"{PREFIX}/input/freeze", f"{PREFIX}/input/gate",
                                    f"{PREFIX}/input/feedback", f"{PREFIX}/input/scale", f"{PREFIX}/input/offset",
                                    f"{PREFIX}/knob/brightness", f"{PREFIX}/mix", f"{PREFIX}/status",
                                    f"{PREFIX}/input/device", f"{PREFIX}/z/report"]
    assert sent[0][2] == [0.5] and sent[2][2] == [-40.0] and sent[4][2] == [1.5]
    assert sent[5][2] == [0.0] * LATENT  # the zeroed offset array, all of it, in one message
    assert sent[7][2] == ["input", 1.0, "mean:organ_C3_mid", -1.0]
    assert not [line for line in pd.lines if line.startswith("error:")]


# ------------------------------------------------------------------------------ a live server
needs_live = pytest.mark.skipif(not all(shutil.which(tool) for tool in ("pd", "jackd")),
                                reason="needs Pd vanilla (puredata-core) and jackd (jackd2)")


def fudi_driver(folder: Path, port: int) -> Path:
    """[rtvae-input], a [netreceive -u port] whose FUDI ``gate X;``, ``mix X;`` and ``status bang;`` go to the
    panel's receives, and the panel's re-sent latency printed as ``latency: N``."""
    lines = ["#N canvas 0 50 450 300 12;", "#X obj 10 10 rtvae-input;", f"#X obj 10 600 netreceive -u {port};",
             "#X obj 10 630 route gate mix status;", "#X obj 10 660 s rtvae-input-gate;",
             "#X obj 150 660 s rtvae-input-mix;", "#X obj 290 660 s rtvae-input-status;",
             "#X obj 10 700 r rtvae-input-latency;", "#X obj 10 730 print latency;",
             "#X connect 1 0 2 0;", "#X connect 2 0 3 0;", "#X connect 2 1 4 0;", "#X connect 2 2 5 0;",
             "#X connect 6 0 7 0;"]
    path = folder / "driver.pd"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def input_server(tmp_path_factory):
    from rtvae.drivers.jack import PrivateJackServer
    from tests.liveserver import start_server, stop_server

    if not shutil.which("jackd"):
        pytest.skip("needs jackd")
    jack = PrivateJackServer(44100, 128, log_path=tmp_path_factory.mktemp("jack") / "jackd.log").start()
    try:
        server = start_server(jack, tmp_path_factory.mktemp("input-panel"), "--input", "system")
        try:
            yield server
        finally:
            stop_server(server)
    finally:
        jack.stop()


@needs_live
def test_the_pd_panel_plays_a_sound_through_the_servers_input(input_server, tmp_path):
    """A tone played into the server's JACK input: gated silence stays exact silence; with the panel's gate open
    and mix 1 the output follows the input; with mix 0 it no longer does; the panel shows the declared latency."""
    from rtvae.bench.input_rig import play_through

    port = free_udp_port()
    fudi = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send(*words) -> None:
        fudi.sendto((" ".join(words) + ";\n").encode(), ("127.0.0.1", port))
        time.sleep(0.3)

    rate = 44100
    t = np.arange(rate // 2) / rate
    quiet_then_tone = np.concatenate([np.zeros(rate // 2, np.float32),
                                      (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)])
    pd = PdProcess(fudi_driver(tmp_path, port), f"rtvae-input-port {input_server.port}", "rtvae-input-connect bang",
                   search=PD_DIR)
    try:
        time.sleep(1.0)  # Pd opened the patch, connected and registered
        send("gate", "-60")
        send("mix", "1")
        gated, _ = play_through(input_server.jack.name, input_server.name, quiet_then_tone)
        send("gate", "-200")
        following, _ = play_through(input_server.jack.name, input_server.name, quiet_then_tone)
        send("mix", "0")
        control, _ = play_through(input_server.jack.name, input_server.name, quiet_then_tone)
        send("mix", "1")
        send("gate", "-60")
        send("status", "bang")
        deadline = time.monotonic() + 5
        while not pd.printed("latency") and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        pd.close()
        fudi.close()

    def split(audio):
        start = int(np.flatnonzero(audio[:, 0])[0])  # the tone's first sample, on the capture's clock
        return audio[start - rate // 4:start, 1], audio[start + 2048:start + rate // 2 - 2048, 1]

    (g_quiet, g_tone), (f_quiet, f_tone), (c_quiet, c_tone) = split(gated), split(following), split(control)
    rms = lambda x: float(np.sqrt(np.mean(np.square(x, dtype=np.float64))))  # noqa: E731
    print(f"output RMS quiet / tone: gated {rms(g_quiet):.4f} / {rms(g_tone):.4f}, open {rms(f_quiet):.4f} / "
          f"{rms(f_tone):.4f}, mix 0 {rms(c_quiet):.4f} / {rms(c_tone):.4f}; panel: {pd.printed('latency')}")
    assert not g_quiet.any() and rms(g_tone) > 0.01  # the gate: silence stays silent, the tone opens it
    assert rms(f_quiet) > 0 and abs(np.log(rms(f_tone) / rms(f_quiet))) > np.log(2)  # the output follows the input
    assert abs(np.log(rms(c_tone) / rms(c_quiet))) < np.log(1.5)  # mix 0: the control latent, whatever comes in
    assert pd.printed("latency") and float(pd.printed("latency")[-1]) == 256  # the declared latency, shown
