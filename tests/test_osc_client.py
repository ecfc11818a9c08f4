"""The project's one OSC client (rtvae.osc.client) against byte literals and a loopback peer."""

from __future__ import annotations

import socket
import struct

from pythonosc.osc_message import OscMessage

from rtvae.osc.client import OscClient, bundle, message


def test_ints_floats_and_strings_get_their_own_type_tags():
    assert message("/a", 1, 0.5, "x") == b"/a\0\0,ifs\0\0\0\0" + struct.pack(">if", 1, 0.5) + b"x\0\0\0"
    assert message("/a", 1, types="f") == b"/a\0\0,f\0\0" + struct.pack(">f", 1.0)


def test_a_bundle_at_zero_is_immediate_and_carries_its_messages_sized():
    inner = message("/rtvae/mute", 1)
    assert bundle(0, inner) == b"#bundle\0" + struct.pack(">Q", 1) + struct.pack(">i", len(inner)) + inner


def test_a_request_gets_its_reply_and_replies_collects_until_asked():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        with OscClient(server.getsockname()[1]) as client:
            client.send_message("/rtvae/gain", 0.5)
            data, peer = server.recvfrom(1024)
            assert OscMessage(data).params == [0.5] and client.sent == 1
            server.sendto(message("/rtvae/pong", 7.0), peer)
            assert client.listen(("/rtvae/pong",), timeout_s=1.0) == ["/rtvae/pong", 7.0]
            for address in ("/rtvae/error", "/rtvae/status", "/rtvae/late"):
                server.sendto(message(address, "x"), peer)
            assert [a for a, _ in client.replies(wait_s=1.0, until="/rtvae/status")] == ["/rtvae/error", "/rtvae/status"]
            assert client.request("/rtvae/ping", timeout_s=0.1) is None  # the late one was drained, nobody answers
