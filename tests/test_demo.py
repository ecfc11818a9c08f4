"""``rtvae serve --demo`` and ``rtvae render demo`` play at the level of the corpus sounds (issue 11, item 7).

The old demo walked the latent space and held nearly constant latents, which this raw-waveform
model plays at -37 dB (peak 0.05); the corpus sounds play at about -13 dB.
"""

from __future__ import annotations

import time

import numpy as np

from rtvae.bench.capture import JackCapture
from tests.jackfixtures import jack  # noqa: F401  (a fixture)
from tests.liveserver import start_server, stop_server, wait_for_corpus


def level_db(audio: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(np.square(audio, dtype=np.float64))) + 1e-12))


def corpus_level_db(default_corpus) -> float:
    """Eight corpus sounds replayed as encoded, one after the other."""
    from rtvae.drivers.offline import render_latents
    from rtvae.model.directory import load_model

    picks = np.random.default_rng(0).choice(len(default_corpus.names), 8, replace=False)
    latents = np.concatenate([default_corpus.sequence(default_corpus.names[i])[0] for i in picks])
    return level_db(render_latents(load_model("default"), latents))


def test_the_live_demo_plays_the_corpus_level_once_the_corpus_is_ready(jack, tmp_path, default_corpus):
    server = start_server(jack, tmp_path, "--demo")
    try:
        wait_for_corpus(server.peer)
        time.sleep(3.0)  # the demo asks for the descriptor ranges every 2 s, then plays its curves
        with JackCapture(channels=1, capacity_s=10, server=jack.name) as cap:
            cap.connect_from([f"{server.name}:out_0"])
            cap.start()
            cap.wait_for(4.0)
            audio = cap.samples()[:, 0].copy()
    finally:
        stop_server(server)
    heard, corpus = level_db(audio), corpus_level_db(default_corpus)
    print(f"demo {heard:.1f} dB, corpus sounds {corpus:.1f} dB")
    assert abs(heard - corpus) < 6.0, (heard, corpus)
