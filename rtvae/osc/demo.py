"""``rtvae serve --demo``: a slow latent walk, played as an OSC client of our own server.

The walk goes through the same door as any patch (UDP, the namespace, the control ring),
so the demo also shows that path working. It stops as soon as anyone else sends a latent.
"""

from __future__ import annotations

import time

from rtvae.explore.walk import latent_walk

RATE_HZ = 30.0


def play_demo(session, period_s: float = 120.0) -> None:
    """Send ``/rtvae/z`` along a latent walk at 30 Hz until a real client takes over.

    The walk (``period_s`` long, then repeated) is computed before the first message, in
    small steps, so the audio thread is never kept from the GIL for long. It is sent from
    ``session.demo_client``, whose address the control side knows as the demo's.
    """
    control, client = session.control, session.demo_client
    card = control.engine.model.card
    walk = latent_walk(card, int(period_s * RATE_HZ), hop=int(card.sample_rate / RATE_HZ))
    client.send_message("/rtvae/smooth", 1000.0 / RATE_HZ)
    step = 0
    while not control.first_latent.is_set() and session.server.running:
        client.send_message("/rtvae/z", *walk[step % len(walk)].tolist(), types="f" * walk.shape[1])
        step += 1
        time.sleep(1.0 / RATE_HZ)
