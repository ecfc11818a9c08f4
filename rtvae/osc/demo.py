"""``rtvae serve --demo``: the demo, played as an OSC client of our own server.

It goes through the same door as any patch (UDP, the namespace, the control ring), so the
demo also shows that path working. Until the corpus is ready it plays the latent walk;
then it asks for the descriptor ranges and plays the demo's descriptor curves, looped
(:mod:`rtvae.explore.walk`). It stops as soon as anyone else sends a latent.
"""

from __future__ import annotations

import time

from rtvae.explore.walk import DEMO_PERIOD_S, demo_curves, latent_walk
from rtvae.osc.namespace import REPLY_BY_PATH

RATE_HZ = 30.0
DEMO_S = DEMO_PERIOD_S   # the curves' length, looped: one sweep, which the server plans in about 1.3 s
ASK_EVERY_S = 2.0       # how often the walk asks whether the corpus's ranges are known yet


def play_demo(session, period_s: float = 120.0) -> None:
    """Play the walk at 30 Hz until the corpus is ready, then the curves, until a real client takes over.

    The walk (``period_s`` long, then repeated) is computed before the first message, in
    small steps, so the audio thread is never kept from the GIL for long. It is sent from
    ``session.demo_client``, whose address the control side knows as the demo's.
    """
    control, client = session.control, session.demo_client
    card = control.engine.model.card
    walk = latent_walk(card, int(period_s * RATE_HZ), hop=int(card.sample_rate / RATE_HZ))
    client.send_message("/rtvae/smooth", 1000.0 / RATE_HZ)
    step, asked = 0, 0.0
    while not control.first_latent.is_set() and session.server.running:
        if time.monotonic() - asked > ASK_EVERY_S:
            asked = time.monotonic()
            ranges = ask_ranges(client)
            if ranges:
                play_curves(client, ranges)
                return
        client.send_message("/rtvae/z", *walk[step % len(walk)].tolist(), types="f" * walk.shape[1])
        step += 1
        time.sleep(1.0 / RATE_HZ)


def ask_ranges(client) -> dict[str, tuple[float, float]]:
    """The robust ranges of the descriptors the demo steers, empty while no corpus is loaded.

    The demo does not register: registered, it would keep the server measuring and placing
    what plays for its streams, which nobody reads. Unregistered, its replies are bounded by
    its request's size; the first two rows (``rms_db``, ``centroid_hz``, the namespace's
    order) fit, and they are the two the demo needs.
    """
    client.drain()
    client.send_message("/rtvae/descriptor/range")
    read = REPLY_BY_PATH["/rtvae/descriptor/range"].read
    rows = [read(args) for address, args in client.replies(0.3) if address == "/rtvae/descriptor/range"]
    ranges = {row["name"]: (row["robust_low"], row["robust_high"]) for row in rows}
    return ranges if {"centroid_hz", "rms_db"} <= set(ranges) else {}


def play_curves(client, ranges: dict[str, tuple[float, float]]) -> None:
    for name, values in demo_curves(ranges, DEMO_S).items():
        client.send_message("/rtvae/descriptor/curve", name, *values.tolist())
    client.send_message("/rtvae/descriptor/duration", DEMO_S)
    client.send_message("/rtvae/descriptor/loop", 1)
    client.send_message("/rtvae/descriptor/play")
