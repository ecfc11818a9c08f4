"""Live input measured end to end on JACK: a sound into the server's input port, what comes out.

A :class:`~rtvae.bench.jack_player.JackPlayer` feeds ``NAME:in_0``; one
:class:`~rtvae.bench.capture.JackCapture` records the player's port and ``NAME:out_0`` side by
side, so input and output share one clock to the sample. Used by ``tests/test_input_live.py``
and ``benchmarks/input_latency.py``.

*First effect* (the acceptance figure): with the input gate closed on silence the output is
exact zeros, so a click's first effect is the first non-zero output sample after the click's
first sample. Clicks come at phases spread over the hop grid, so the largest delay seen is
the worst case, which is what the server declares (``input_latency_samples``, at the model's
rate).
"""

from __future__ import annotations

import time

import numpy as np

from rtvae.bench.capture import JackCapture
from rtvae.bench.jack_player import JackPlayer

CLICK_S, CLICK_HZ, CLICK_LEVEL = 0.004, 1000.0, 0.5


def click_train(rate: int, n_clicks: int, spacing_s: float = 0.25, lead_s: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    """(signal, onset indices): ``n_clicks`` short tone bursts, their spacing not a multiple of any hop."""
    spacing = int(spacing_s * rate) + 37  # 37: a prime offset walks the clicks over every hop phase
    length = int(CLICK_S * rate)
    lead = int(lead_s * rate)
    onsets = lead + spacing * np.arange(n_clicks)
    signal = np.zeros(onsets[-1] + spacing, np.float32)
    burst = (CLICK_LEVEL * np.sin(2 * np.pi * CLICK_HZ * np.arange(length) / rate)).astype(np.float32)
    burst[0] = CLICK_LEVEL  # the onset is its first sample, whatever the burst's phase
    for onset in onsets:
        signal[onset:onset + length] = burst
    return signal, onsets


def first_effects(played: np.ndarray, out: np.ndarray, window: int) -> np.ndarray:
    """Per click found in ``played``: samples from its onset to the first non-zero ``out`` sample (-1: none)."""
    loud = np.flatnonzero(np.abs(played) > 1e-6)
    if len(loud) == 0:
        return np.zeros(0, np.int64)
    onsets = loud[np.insert(np.diff(loud) > window, 0, True)]
    delays = []
    for onset in onsets:
        after = np.flatnonzero(out[onset:onset + 4 * window])
        quiet_before = not out[max(0, onset - window // 2):onset].any()
        delays.append(int(after[0]) if len(after) and quiet_before else -1)
    return np.array(delays, np.int64)


def play_through(jack_name: str, server_name: str, sound: np.ndarray, tail_s: float = 0.5) -> tuple[np.ndarray, dict]:
    """Play ``sound`` into ``server_name:in_0``; (captured (frames, 2): what went in, what came out; facts)."""
    with JackPlayer(server=jack_name) as player, \
            JackCapture(channels=2, capacity_s=len(sound) / player.sample_rate + tail_s + 2.0, server=jack_name) as cap:
        player.client.connect(player.port_name, f"{server_name}:in_0")
        cap.connect_from([player.port_name, f"{server_name}:out_0"])
        cap.start()
        time.sleep(0.1)
        player.play(sound)
        while player.playing:
            time.sleep(0.02)
        cap.wait_for(len(cap.samples()) / cap.sample_rate + tail_s)
        cap.stop()
        audio = cap.samples().copy()
        facts = {"sample_rate": cap.sample_rate, "period": cap.period, "xruns": cap.xruns, "gaps": len(cap.gaps()),
                 "xrun_samples": [cap.index_of(frame) for frame in cap.xrun_frames]}  # where, in ``audio``
    return audio, facts
