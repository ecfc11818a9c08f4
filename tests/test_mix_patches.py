"""The algebra panels (patches/pd/rtvae-mix.pd, patches/max/rtvae-mix.maxpat and their help patches): they hold
together against the OSC namespace; Pd sends what a performer means (/rtvae/mix pairs, the snap, the latent asked
or streamed, the pad's mode) and reads /rtvae/mix/result and /rtvae/out/z; and against a live server on a private
JACK dummy server, a mix sent through the Pd panel's named receives comes back as /rtvae/mix/result.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import time
from pathlib import Path

import pytest

from rtvae.osc.client import free_udp_port
from rtvae.osc.namespace import BY_PATH, PREFIX, check_args
from rtvae.patchcheck import max_osc_addresses, parse_pd, pd_named_receives, pd_osc_addresses
from tests.liveserver import monitored_server, wait_for_corpus
from tests.pddriver import driver_patch as pd_driver_patch
from tests.pddriver import open_headless
from tests.test_patches import (LATENT, TOKEN, FakeClients, PdProcess, assert_max_panel_registers, decode,
                                handshake_of, message, needs_pd)

ROOT = Path(__file__).resolve().parents[1]
PD_DIR, MAX_DIR = ROOT / "patches" / "pd", ROOT / "patches" / "max"
MIX_PD, MIX_PD_HELP = PD_DIR / "rtvae-mix.pd", PD_DIR / "rtvae-mix-help.pd"
MIX_MAX, MIX_MAX_HELP = MAX_DIR / "rtvae-mix.maxpat", MAX_DIR / "rtvae-mix.maxhelp"
PD = shutil.which("pd")
HELLO, WELCOME = f"{PREFIX}/hello", f"{PREFIX}/welcome"
SENT = {f"{PREFIX}/mix", f"{PREFIX}/mix/snap", f"{PREFIX}/z/get", f"{PREFIX}/z/report", f"{PREFIX}/xy/mode"}
REPLIES = {f"{PREFIX}/mix/result", f"{PREFIX}/out/z", f"{PREFIX}/error"}
A_MINUS_B_PLUS_C = "organ_C3_mid 1 bell_C4_bright -1 string_C4_mid 1"


# ------------------------------------------------------------------------------ static checks
def test_the_panels_send_the_algebra_addresses_and_route_their_replies():
    pd, mx = pd_osc_addresses(MIX_PD), max_osc_addresses(MIX_MAX)
    assert pd.sent == SENT | {HELLO}
    assert mx.sent == SENT | {f"{PREFIX}/reply", HELLO}  # Max registers a reply port
    assert REPLIES | {WELCOME} <= pd.routed and mx.routed == REPLIES | {WELCOME}
    assert max_osc_addresses(MIX_MAX_HELP).sent <= SENT  # the worked example's messages
    assert pd_osc_addresses(MIX_PD_HELP).sent == set()  # the Pd help drives the panel by its names


PD_RECEIVES = {f"rtvae-mix-{n}" for n in (
    "host", "port", "connect", "disconnect", "register", "pairs", "pairs-shown", "snap", "z-get", "z-stream",
    "xy-mode", "print")}


def test_the_pd_panel_parses_with_its_latent_array_entry_box_and_named_receives():
    patch = parse_pd(MIX_PD)
    assert patch.problems == [] and patch.arrays == {"rtvae-mix-z": LATENT}  # one point per latent dimension
    top = patch.canvases[0]
    assert [o.kind for o in top.objects].count("listbox") == 1  # the (name weight) pairs are typed in
    assert sum(o.cls == "oscformat" for o in top.objects) == len(SENT) + 1  # one per address, and the hello
    assert PD_RECEIVES <= pd_named_receives(MIX_PD)
    text = MIX_PD.read_text()
    for name in ("rtvae-mix-result", "rtvae-mix-latent", "rtvae-mix-error-reply"):
        assert f"s {name};" in text  # the parsed replies, re-sent on names
    assert "symbol latent;" in text and "symbol sound;" in text  # the pad's two modes


def test_the_max_panel_registers_its_own_reply_port_and_the_help_embeds_it():
    boxes = [b["box"] for b in json.loads(MIX_MAX.read_text())["patcher"]["boxes"]]
    texts = [b.get("text", "") for b in boxes]
    assert "/rtvae/reply 9005" in texts and "udpreceive 9005" in texts and "udpsend 127.0.0.1 9000" in texts
    assert {"textedit", "slider", "multislider", "toggle", "flonum"} <= {b["maxclass"] for b in boxes}
    latent = next(b for b in boxes if b["maxclass"] == "multislider")
    assert latent["size"] == LATENT and latent["setminmax"] == [-3.0, 3.0]
    assert "/rtvae/xy/mode latent" in texts and "/rtvae/xy/mode sound" in texts and "/rtvae/z/get" in texts
    help_boxes = [b["box"] for b in json.loads(MIX_MAX_HELP.read_text())["patcher"]["boxes"]]
    assert any(b["maxclass"] == "bpatcher" and b.get("name") == MIX_MAX.name for b in help_boxes)
    assert_max_panel_registers(MIX_MAX, 9005)


@needs_pd
@pytest.mark.parametrize("patch", [MIX_PD, MIX_PD_HELP], ids=lambda p: p.name)
def test_mix_pd_patches_load_headless_without_errors(patch):
    returncode, bad = open_headless(PD, patch)
    assert returncode == 0 and bad == []


# ------------------------------------------------------------------------------ Pd on the wire
PERFORMANCE = [  # what a performer does, through the panel's named receives, in order
    f"rtvae-mix-pairs {A_MINUS_B_PLUS_C}", "rtvae-mix-pairs mean:organ_C3_mid 0.5 cluster:3 0.5",
    "rtvae-mix-snap 0.25", "rtvae-mix-z-get bang", "rtvae-mix-z-stream 1", "rtvae-mix-xy-mode symbol sound",
    "rtvae-mix-z-stream 0", "rtvae-mix-print 1",
]
WATCHED = ["weight-sum", "off-manifold", "nearest", "warning", "error-address", "registered"]
LATENT_VALUES = [round(i / 32 - 2, 4) for i in range(LATENT)]
ZERO_SUM = "the weights sum to 0: a direction, not a place"
FAKE_REPLIES = [message("/rtvae/mix/result", 1.0, 0.75, "organ_C3_mid", ""),
                message("/rtvae/mix/result", 0.0, 2.5, "bell_C4_dark", ZERO_SUM),
                message("/rtvae/out/z", *LATENT_VALUES),
                message("/rtvae/error", "/rtvae/mix", "no sound, cluster or preset 'nope'")]


@needs_pd
def test_the_pd_panel_sends_what_the_performer_means_and_reads_the_replies(tmp_path):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.05)
    pd = PdProcess(pd_driver_patch(tmp_path, "rtvae-mix", WATCHED, print_prefix="shown-"),
                   f"rtvae-mix-port {sock.getsockname()[1]}", "rtvae-mix-connect bang", *PERFORMANCE, search=PD_DIR)
    got, clients, answered, deadline = [], FakeClients(), False, time.monotonic() + 8

    def done() -> bool:
        return (len(pd.printed("rtvae-mix-result")) == 2 and pd.printed("rtvae-mix-z") and pd.printed("rtvae-mix-error")
                and all(pd.printed(f"shown-{name}") for name in WATCHED))

    try:
        while time.monotonic() < deadline and not done():
            try:
                datagram, sender = sock.recvfrom(65536)
            except socket.timeout:
                continue
            got.append(decode(datagram))
            clients.answer(sock, got[-1][0], got[-1][2], sender)
            if not answered and sender in clients.registered and [g[0] for g in got].count("/rtvae/z/report") == 2:
                answered = True  # after the last message; /rtvae/out/z streams go only to registered clients
                for reply in FAKE_REPLIES:
                    sock.sendto(reply, sender)
    finally:
        pd.close()
        sock.close()
    for address, _, args in got:
        check_args(BY_PATH[address], args, LATENT)  # raises if the server would reject it
    hellos, sent = handshake_of(got)
    assert got[0] == (HELLO, "", []) and hellos[:2] == [(HELLO, "", []), (HELLO, "f", [float(TOKEN)])]
    assert [s[0] for s in sent] == ["/rtvae/mix", "/rtvae/mix", "/rtvae/mix/snap", "/rtvae/z/get", "/rtvae/z/report",
                                    "/rtvae/xy/mode", "/rtvae/z/report"]
    assert sent[0][1:] == ("sfsfsf", ["organ_C3_mid", 1.0, "bell_C4_bright", -1.0, "string_C4_mid", 1.0])
    assert sent[1][1:] == ("sfsf", ["mean:organ_C3_mid", 0.5, "cluster:3", 0.5])  # all pairs in ONE message
    assert sent[2][1:] == ("f", [0.25]) and sent[3][1:] == ("", [])
    assert sent[4][1:] == ("f", [1.0]) and sent[5][1:] == ("s", ["sound"]) and sent[6][1:] == ("f", [0.0])
    # the replies: printed to the Pd window, shown, the latent drawn (and printed while rtvae-mix-print is 1)
    results = [line.split() for line in pd.printed("rtvae-mix-result")]
    assert results[0][:3] == ["1", "0.75", "organ_C3_mid"] and results[1][:3] == ["0", "2.5", "bell_C4_dark"]
    assert " ".join(results[1][3:]) == ZERO_SUM
    assert [float(v) for v in pd.printed("rtvae-mix-z")[0].split()] == pytest.approx(LATENT_VALUES, abs=1e-4)
    assert pd.printed("rtvae-mix-error")[0].startswith("/rtvae/mix no sound")
    shown = {name: pd.printed(f"shown-{name}")[-1] for name in WATCHED}
    assert shown["weight-sum"] == "0" and shown["off-manifold"] == "2.5" and shown["nearest"] == "symbol bell_C4_dark"
    assert shown["warning"] == f"symbol {ZERO_SUM}" and shown["error-address"] == "symbol /rtvae/mix"
    assert shown["registered"] == "1"
    assert not [line for line in pd.lines if line.startswith("error:")]


# ------------------------------------------------------------------------------ a live server
needs_live = pytest.mark.skipif(not all(shutil.which(tool) for tool in ("pd", "jackd")),
                                reason="needs Pd vanilla (puredata-core) and jackd (jackd2)")


def fudi_driver(folder: Path, port: int) -> Path:
    """[rtvae-mix] and a [netreceive -u port]: the FUDI messages ``pairs NAME WEIGHT ...;`` and ``z-get bang;`` go
    to the panel's receives rtvae-mix-pairs and rtvae-mix-z-get, when the test says."""
    lines = ["#N canvas 0 50 450 300 12;", "#X obj 10 10 rtvae-mix;", f"#X obj 10 600 netreceive -u {port};",
             "#X obj 10 630 route pairs z-get;", "#X obj 10 660 s rtvae-mix-pairs;",
             "#X obj 150 660 s rtvae-mix-z-get;",
             "#X connect 1 0 2 0;", "#X connect 2 0 3 0;", "#X connect 2 1 4 0;"]
    path = folder / "driver.pd"
    path.write_text("\n".join(lines) + "\n")
    return path


def wait_printed(pd: PdProcess, label: str, count: int, timeout_s: float) -> list[str]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and len(pd.printed(label)) < count:
        time.sleep(0.02)
    return pd.printed(label)


@pytest.fixture(scope="module")
def mix_server(tmp_path_factory):
    with monitored_server(tmp_path_factory, "mix") as server:
        yield server


@needs_live
def test_a_mix_sent_through_the_pd_panel_comes_back_as_its_result(mix_server, tmp_path):
    wait_for_corpus(mix_server.peer)  # the algebra's operands are the corpus's sounds
    port = free_udp_port()
    fudi = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send(*words) -> None:
        fudi.sendto((" ".join(words) + ";\n").encode(), ("127.0.0.1", port))

    pd = PdProcess(fudi_driver(tmp_path, port), f"rtvae-mix-port {mix_server.port}", "rtvae-mix-connect bang",
                   "rtvae-mix-print 1", search=PD_DIR)
    try:
        time.sleep(0.5)  # Pd opened the patch and its [netreceive]
        send("pairs", A_MINUS_B_PLUS_C)
        first = wait_printed(pd, "rtvae-mix-result", 1, 15.0)
        send("pairs", "organ_C3_bright 1 organ_C3_dark -1")  # weights summing to 0: played, with a warning
        second = wait_printed(pd, "rtvae-mix-result", 2, 10.0)
        send("pairs", "nope 1")
        errors = wait_printed(pd, "rtvae-mix-error", 1, 5.0)
        send("z-get", "bang")
        latent = wait_printed(pd, "rtvae-mix-z", 1, 5.0)
    finally:
        pd.close()
        fudi.close()
    print(f"A - B + C: {first[0]!r}; a difference: {second[-1]!r}; an unknown name: {errors[:1]!r}")
    assert len(second) == 2, pd.lines
    weight_sum, off_manifold, nearest, *warning = first[0].split()
    assert float(weight_sum) == 1.0 and float(off_manifold) >= 0 and re.fullmatch(r"[a-z]+_[A-G]\d_[a-z]+", nearest)
    assert warning == []  # a sum of 1 is a place: nothing to beware of
    weight_sum, _, _, *warning = second[1].split()
    assert float(weight_sum) == 0.0 and warning  # the server says what to beware of
    assert errors and errors[0].startswith("/rtvae/mix ") and "nope" in errors[0]
    assert latent and len(latent[0].split()) == LATENT  # /rtvae/z/get: one float per dimension, into the array
    assert not [line for line in pd.lines if re.search(r"couldn't create|connection failed|^error", line, re.I)]
