"""One engine for every render: each kind of offline render is what a live JACK stream plays.

Every ``rtvae render`` kind is a score of control records. Here each score is played
twice: offline, by the renderer's own :func:`rtvae.drivers.offline.render`, and live,
through a real PortAudio stream on a private JACK dummy server, its records fed into the
ring while the stream plays (tests/stream_render.py, in a subprocess: sounddevice must be
imported after the JACK environment is set). Both engines come from the factory with the
same settings and seed, at temperature > 0, and the two outputs are compared bit for bit.
"""

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from rtvae.data.synth import corpus_specs, render_sound
from rtvae.drivers.offline import demo_score, interpolation_score, reconstruction_score, render, trajectory_score
from rtvae.engine import controls as c
from rtvae.engine.factory import build_engine, synth_section
from rtvae.explore.curves import function
from rtvae.explore.sources import encode
from rtvae.explore.walk import latent_walk
from rtvae.model.directory import load_model
from tests.jackfixtures import make_jack_server  # noqa: F401

BLOCK = 128  # the stream's; the renderer uses its own (RENDER_BLOCK)
SCRIPT = Path(__file__).parent / "stream_render.py"


def sound(name: str) -> np.ndarray:
    return render_sound({s.name: s for s in corpus_specs()}[name])


def render_kinds(model) -> dict:
    """Name → (synth overrides, seed, engine → score), one per kind of ``rtvae render``."""
    walk = latent_walk(model.card, 160, 256, seed=2)
    a, b = (encode(model, name, sound(name), 256) for name in ("organ_C3_dark", "bell_C4_bright"))

    def latents(engine):  # a trajectory, with a gain change and a smoothing change on the way
        score = trajectory_score(walk, engine.hop)
        score.records += [(15000, c.GAIN, [0.5]), (24000, c.SMOOTH_MS, [40.0]), (30100, c.GAIN, [1.0])]
        return score

    return {
        "latents": ({"temperature": 0.7}, 5, latents),
        "reconstruct": ({"temperature": 0.5}, 6, lambda engine: reconstruction_score(engine, sound("bowed_G3_bright"))),
        "demo": ({"temperature": 0.3}, 7, lambda engine: demo_score(engine.model.card, 1.0, engine.hop, seed=3)),
        "interp": ({"temperature": 0.4}, 8, lambda engine: interpolation_score(
            a, b, engine.hop, strategy="meso", curve=function("ramp"))),
        "latents_sola": ({"temperature": 0.3, "synthesis": "sola"}, 9, latents),  # windows placed off their hops
    }


def stream_live(jack, jobs: list[dict], tmp_path: Path) -> dict:
    """Play every job's score on ``jack``; name → (recording, the child's report)."""
    (tmp_path / "jobs.pkl").write_bytes(pickle.dumps(jobs))
    result = subprocess.run([sys.executable, str(SCRIPT), "--scores", str(tmp_path / "jobs.pkl"), str(tmp_path),
                             str(BLOCK)], env={**os.environ, **jack.env()}, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {r["name"]: (sf.read(tmp_path / f"{r['name']}.wav", dtype="float32")[0], r) for r in reports}


def first_difference(live: np.ndarray, offline: np.ndarray) -> str:
    if len(live) != len(offline):
        return f"{len(live)} live frames, {len(offline)} offline"
    at = int(np.flatnonzero(live != offline)[0])
    return f"first differs at frame {at}: live {live[at]!r}, offline {offline[at]!r}"


def test_every_kind_of_offline_render_matches_a_jack_stream_bit_for_bit(make_jack_server, tmp_path):
    jack = make_jack_server(44100, BLOCK)  # the model's rate: no resampler between engine and device
    model = load_model("default")
    kinds = render_kinds(model)
    jobs = [{"name": name, "synth": synth, "seed": seed,
             "score": score_of(build_engine(model, synth_section(**synth), seed=seed, warm=False))}
            for name, (synth, seed, score_of) in kinds.items()]
    live = stream_live(jack, jobs, tmp_path)
    assert set(live) == set(kinds)
    mismatches = {}
    for job in jobs:
        synth, seed, score_of = kinds[job["name"]]
        recording, report = live[job["name"]]
        score = job["score"]
        assert len(recording) >= score.end and report["late"] == report["errors"] == 0, report
        offline = render(model, score_of, synth_section(**synth), seed=seed)
        assert np.abs(offline).max() > 0.01, job["name"]
        kept = recording[score.start:score.end]
        if not np.array_equal(kept, offline):
            mismatches[job["name"]] = first_difference(kept, offline)
    assert not mismatches, mismatches


def test_the_temperature_of_these_renders_is_heard():
    model = load_model("default")
    synth, seed, score_of = render_kinds(model)["latents"]
    hot = render(model, score_of, synth_section(**synth), seed=seed)
    other_seed = render(model, score_of, synth_section(**synth), seed=seed + 1)
    cold = render(model, score_of, synth_section(temperature=0.0), seed=seed)
    assert not np.allclose(hot, cold, atol=1e-3) and not np.allclose(hot, other_seed, atol=1e-3)
