"""No amplifier: an unregistered sender never gets back more than 10x the bytes it sent.

Every address of the namespace is requested with the smallest arguments it accepts,
from a client that has not registered, with the largest number of reply targets allowed
registered beside it; the bytes that come back to the sender are counted per request.
"""

from __future__ import annotations

import time

import pytest

from rtvae.osc.client import OscClient, message
from rtvae.osc.clients import MAX_TARGETS
from rtvae.osc.namespace import NAMESPACE
from rtvae.patchcheck.addresses import placeholder, spec_at
from tests.test_osc import live, model  # noqa: F401  (fixtures)

LATENT = 128


def smallest_request(address) -> bytes:
    n = len(address.args) - address.optional
    if address.repeat:
        n += len(address.repeat) * (LATENT if address.max_repeats == "latent" else max(address.min_repeats, 1))
    values = [placeholder(spec_at(address, i)) for i in range(n)]
    return message(address.path, *values)


def bytes_back(peer: OscClient, wait_s: float = 0.3) -> int:
    total = 0
    peer.sock.settimeout(wait_s)
    try:
        while True:
            data, _ = peer.sock.recvfrom(65536)
            total += len(data)
    except OSError:
        return total


def wait_for_helpers(control, limit_s: float = 60.0) -> None:
    """Until every job on a helper has been handed back (its late answer is on the wire)."""
    end = time.monotonic() + limit_s
    while control.helpers.running and time.monotonic() < end:
        time.sleep(0.05)
    assert not control.helpers.running, "helpers still busy"


def test_no_reply_path_gives_an_unregistered_sender_more_than_10x(live):
    rig, control, server, peer = live
    targets = [OscClient(server.port) for _ in range(MAX_TARGETS)]
    for target in targets:
        peer.send_message("/rtvae/reply", target.sock.getsockname()[1])
    # One sender per request: an answer that comes late (a helper's result, a slow machine)
    # lands on the socket of the request it answers, never in the next request's count.
    sent = {}
    for address in NAMESPACE:
        if address.path in ("/rtvae/reply/clear", "/rtvae/model/load", "/rtvae/corpus/load"):
            continue  # would change the rig for the next requests; measured alone below
        request = smallest_request(address)
        stranger = OscClient(server.port)
        stranger.send(request)
        sent[address.path] = (stranger, len(request), bytes_back(stranger))
    wait_for_helpers(control)
    ratios = {}
    for path, (stranger, size, back) in sent.items():
        ratios[path] = (back + bytes_back(stranger, 0.05)) / size
        stranger.close()
    for target in targets:
        target.close()
    worst = max(ratios, key=ratios.get)
    assert ratios[worst] <= 10, (worst, ratios[worst])
    assert ratios["/rtvae/status"] > 1 and ratios["/rtvae/help"] > 1  # answered, within the budget


def test_an_answer_given_later_keeps_the_budget_of_its_request(live):
    """Knob facts come from a fit on a helper, seconds after the request: still within 10x of it."""
    rig, control, server, peer = live
    stranger = OscClient(server.port)
    request = message("/rtvae/knobs/info")
    stranger.send(request)
    back = bytes_back(stranger, wait_s=8.0)
    assert 0 < back <= 10 * len(request)
    assert control.state.knobs.knobs is not None  # the fit did finish: its rows were held back
    assert peer.register()  # a registered client gets every row
    peer.send_message("/rtvae/knobs/info")
    rows = [a for address, a in peer.replies(2.0) if address == "/rtvae/knobs/info"]
    assert len(rows) == len(control.state.knobs.knobs.principal) + len(control.state.knobs.knobs.semantic)


def test_help_is_whole_for_a_registered_client_and_one_page_otherwise(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/help")
    first = peer.replies(0.5)
    assert first[0][0] == "/rtvae/help/page" and first[0][1][0] == 0
    pages = first[0][1][1]
    assert peer.register()
    peer.send_message("/rtvae/help")
    whole = peer.replies(1.0)
    assert [args[0] for address, args in whole if address == "/rtvae/help/page"] == list(range(pages))
    peer.send_message("/rtvae/help/about", "/rtvae/gain")
    (about,) = [args for address, args in peer.replies(0.5) if address == "/rtvae/help/address"]
    assert about[0] == "/rtvae/gain" and "gain" in about[2]


def test_a_wrong_token_does_not_register(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/hello", 12345)
    errors = [a for address, a in peer.replies(0.5, until="/rtvae/error") if address == "/rtvae/error"]
    assert errors and "wrong token" in errors[0][1]
    assert not control.replies.clients.is_registered(peer.sock.getsockname())


@pytest.mark.parametrize("host", ["127.example.com", "localhost.evil", "10.0.0.7", "::ffff:8.8.8.8"])
def test_reply_targets_are_literal_loopback_or_allow_listed_and_never_resolved(live, host, monkeypatch):
    import socket

    rig, control, server, peer = live
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("a name was resolved"))
    peer.send_message("/rtvae/reply", 9001, host)
    errors = [a for address, a in peer.replies(0.5, until="/rtvae/error") if address == "/rtvae/error"]
    assert errors and "literal loopback or allow-listed" in errors[0][1]
    assert not control.replies.targets


def test_reply_targets_are_capped_and_cleared(live):
    rig, control, server, peer = live
    for port in range(9001, 9001 + MAX_TARGETS):
        peer.send_message("/rtvae/reply", port, "127.0.0.1")
    peer.send_message("/rtvae/reply", 9999, "127.0.0.1")
    errors = [a for address, a in peer.replies(0.5, until="/rtvae/error") if address == "/rtvae/error"]
    assert errors and "reply/clear" in errors[0][1] and len(control.replies.targets) == MAX_TARGETS
    peer.send_message("/rtvae/reply/clear")
    peer.send_message("/rtvae/ping")
    peer.replies(0.5, until="/rtvae/pong")
    assert not control.replies.targets


def test_an_error_about_a_missing_preset_does_not_list_them_all(live):
    rig, control, server, peer = live
    for i in range(1500):
        control.state.presets[f"preset-{i:04d}"] = rig.player.engine.target.copy()
    request = message("/rtvae/preset/recall", "never")
    peer.send(request)
    (error,) = [a for address, a in peer.replies(0.5, until="/rtvae/error") if address == "/rtvae/error"]
    assert "no preset 'never'" in error[1] and len(error[1]) < 10 * len(request)


def test_a_welcome_reaches_only_the_reply_targets_its_client_named(live):
    rig, control, server, peer = live
    mine, theirs, other = OscClient(server.port), OscClient(server.port), OscClient(server.port)
    peer.send_message("/rtvae/reply", mine.sock.getsockname()[1])
    other.send_message("/rtvae/reply", theirs.sock.getsockname()[1])
    peer.send_message("/rtvae/hello")
    assert [a for a, _ in mine.replies(0.5, until="/rtvae/welcome")] == ["/rtvae/welcome"]
    assert [a for a, _ in theirs.replies(0.3)] == []
    for client in (mine, theirs, other):
        client.close()


def test_the_server_cannot_be_its_own_reply_target(live):
    rig, control, server, peer = live
    peer.send_message("/rtvae/reply", server.port, "127.0.0.1")
    errors = [a for address, a in peer.replies(0.5, until="/rtvae/error") if address == "/rtvae/error"]
    assert errors and "own port" in errors[0][1] and not control.replies.targets
