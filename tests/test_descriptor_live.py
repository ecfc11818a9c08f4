"""A descriptor target sent by oscsend moves the captured sound toward it, and the server says so.

The server runs on a private JACK dummy server as a user starts it; liblo's oscsend sends
the target; the sound is captured from JACK and measured here with the same kernels.
"""

from __future__ import annotations

import numpy as np
from scipy.signal import resample_poly

from rtvae.bench.capture import JackCapture
from rtvae.explore.descriptors import DESCRIPTORS, describe
from tests.test_live import jack, live, oscsend  # noqa: F401  (fixtures)

HOP_S = 256 / 44100


def centroids_per_hop(audio_48k: np.ndarray) -> np.ndarray:
    """The centroid of the 1024-sample window ending at each hop (at the model's rate)."""
    audio = resample_poly(audio_48k, 147, 160).astype(np.float32)  # 48 kHz → 44.1 kHz
    starts = np.arange(0, len(audio) - 1024, 256)
    windows = np.stack([audio[s:s + 1024] for s in starts])
    return describe(windows, 44100)[:, DESCRIPTORS.index("centroid_hz")]


def test_an_oscsend_target_moves_the_captured_centroid_within_3_hops(live):
    import time

    from tests.liveserver import status_of

    peer = live.peer
    assert peer.register()
    deadline = time.monotonic() + 90  # the first start builds the default corpus and its atlas
    while status_of(peer)["corpus"] != "default" and time.monotonic() < deadline:
        time.sleep(0.5)
    peer.send_message("/rtvae/descriptor/range")
    ranges = {a[0]: a for address, a in peer.replies(3.0) if address == "/rtvae/descriptor/range"}
    low, high = ranges["centroid_hz"][4], ranges["centroid_hz"][5]
    dark, bright = low + 0.1 * (high - low), low + 0.9 * (high - low)
    with JackCapture(channels=1, capacity_s=20, server=live.jack.name) as cap:
        cap.connect_from([f"{live.name}:out_0"])
        cap.start()
        oscsend(live.port, "/rtvae/descriptor/target", "sf", "centroid_hz", dark)
        cap.wait_for(1.5)
        oscsend(live.port, "/rtvae/descriptor/target", "sf", "centroid_hz", bright)
        sent_at = len(cap.samples())  # the message has left by now (oscsend has returned)
        cap.wait_for(sent_at / 48000 + 1.5)
        audio = cap.samples()[:, 0].copy()
    before = centroids_per_hop(audio[sent_at - 48000:sent_at - 4800])
    after = centroids_per_hop(audio[sent_at:])
    settled_dark = float(np.median(before[-40:]))
    halfway = settled_dark + 0.5 * (float(np.median(after[-40:])) - settled_dark)
    moved = int(np.argmax(after > halfway))
    assert np.median(after[-40:]) > 2 * settled_dark  # it went where it was told
    # Hops from the message's sending to the first window past halfway to the target.
    print(f"centroid past halfway {moved} hops after the oscsend; {settled_dark:.0f} Hz -> {np.median(after[-40:]):.0f} Hz (target {bright:.0f})")
    assert moved <= 3, moved
    streamed = [a for address, a in peer.replies(1.0) if address == "/rtvae/out/descriptors"]
    assert streamed and abs(np.log(streamed[-1][DESCRIPTORS.index("centroid_hz")] / bright)) < np.log(2)
    peer.send_message("/rtvae/descriptor/off")
