"""``rtvae serve --demo``: a slow latent walk, played as an OSC client of our own server.

The walk goes through the same door as any patch (UDP, the namespace, the control ring),
so the demo also shows that path working. It stops as soon as anyone else sends a latent.
"""

from __future__ import annotations

import socket
import time

from rtvae.explore.walk import latent_walk
from rtvae.osc.wire import build_message

RATE_HZ = 30.0


def play_demo(session, period_s: float = 120.0) -> None:
    """Send ``/rtvae/z`` along a latent walk at 30 Hz until a real client takes over.

    The walk (``period_s`` long, then repeated) is computed before the first message, in
    small steps, so the audio thread is never kept from the GIL for long.
    """
    controller = session.controller
    card = controller.engine.model.card
    walk = latent_walk(card, int(period_s * RATE_HZ), hop=int(card.sample_rate / RATE_HZ))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        controller.demo_sender = sock.getsockname()
        target = ("127.0.0.1", session.server.port)
        sock.sendto(build_message("/rtvae/smooth", [1000.0 / RATE_HZ]), target)
        step = 0
        while not controller.first_latent.is_set() and session.server.running:
            sock.sendto(build_message("/rtvae/z", walk[step % len(walk)].tolist()), target)
            step += 1
            time.sleep(1.0 / RATE_HZ)
