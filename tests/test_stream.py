"""One engine, two drivers: the audio callback and the offline loop make the same samples."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from rtvae.drivers.offline import drive_engine
from rtvae.engine.factory import build_engine, synth_section
from rtvae.model.directory import load_model
from tests.jackfixtures import make_jack_server  # noqa: F401
from tests.stream_render import EVENTS


def test_offline_render_matches_the_audio_callback_bit_for_bit(make_jack_server, tmp_path):
    jack = make_jack_server(44100, 128)  # the model's rate: no resampler between engine and device
    out = tmp_path / "callback.wav"
    script = Path(__file__).parent / "stream_render.py"
    result = subprocess.run([sys.executable, str(script), str(out), "2.0", "128"],
                            env={**os.environ, **jack.env()}, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    live, rate = sf.read(out, dtype="float32")
    assert rate == 44100 and len(live) > 70000
    engine = build_engine(load_model("default"), synth_section(), max_block=1024, seed=7)
    offline = drive_engine(engine, len(live), 128, EVENTS)
    assert np.array_equal(live, offline)
    assert np.abs(offline[10000:19000]).max() > 0.01 and not offline[53500:59000].any()
