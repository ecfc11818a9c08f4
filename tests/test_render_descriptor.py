"""``rtvae render descriptor`` as a user runs it: value targets, curve files and built-in curves, and bad input."""

import os
import subprocess
import sys

import numpy as np
import pytest
import soundfile as sf

from rtvae.drivers.offline import descriptor_score
from rtvae.engine import controls as c
from rtvae.engine.factory import build_engine, synth_section
from rtvae.explore.targets import Selector, measured_per_hop
from rtvae.model.directory import load_model

SOUNDS = ("bell_C4_mid", "organ_C3_mid", "string_A2_dark", "glass_E6_bright", "bass_C2_mid")


@pytest.fixture(scope="module")
def user(tmp_path_factory):
    """A user data folder holding the named corpus 'small', built from five procedural sounds."""
    from rtvae.data.synth import corpus_specs, render_sound

    root = tmp_path_factory.mktemp("descriptor")
    sounds = root / "sounds"
    sounds.mkdir()
    specs = {s.name: s for s in corpus_specs()}
    for name in SOUNDS:
        sf.write(sounds / f"{name}.wav", render_sound(specs[name], seed=0, sample_rate=44100), 44100)
    env = {**os.environ, "RTVAE_DATA": str(root / "data")}
    built = subprocess.run([sys.executable, "-m", "rtvae", "corpus", "build", str(sounds), "--name", "small"],
                           env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    return env, root


def rtvae(user, *args):
    env, _ = user
    return subprocess.run([sys.executable, "-m", "rtvae", "render", "descriptor", "--corpus", "small", *map(str, args)],
                          env=env, capture_output=True, text=True)


def measured(path, column: int) -> np.ndarray:
    audio, rate = sf.read(path, dtype="float32")
    return measured_per_hop(audio, 1024, 256, rate)[3:, column]


def test_a_value_target_moves_the_rendered_centroid_toward_it(user, tmp_path):
    centroids = {}
    for target in (250, 900):
        out = tmp_path / f"{target}.wav"
        result = rtvae(user, "--target", f"centroid_hz={target}", "--duration-s", 1, "--out", out)
        assert result.returncode == 0, result.stderr
        centroids[target] = float(np.median(measured(out, 1)))
    assert centroids[900] - centroids[250] > 300
    assert abs(centroids[250] - 250) < 150 and abs(centroids[900] - 900) < 250


def test_a_curve_file_and_a_built_in_function_are_followed(user, tmp_path):
    (tmp_path / "rms.txt").write_text("\n".join(str(v) for v in np.linspace(-45, -15, 50)))
    from_file = rtvae(user, "--curve", f"rms_db:{tmp_path / 'rms.txt'}", "--duration-s", 2, "--out", tmp_path / "c.wav")
    assert from_file.returncode == 0, from_file.stderr
    level = measured(tmp_path / "c.wav", 0)
    assert np.corrcoef(level, np.linspace(-45, -15, len(level)))[0, 1] > 0.9
    function = rtvae(user, "--function", "centroid_hz:ramp:200:1000", "--target", "rms_db=-20", "--duration-s", 2,
                     "--method", "live", "--out", tmp_path / "f.wav")
    assert function.returncode == 0, function.stderr
    centroid = measured(tmp_path / "f.wav", 1)
    assert np.corrcoef(centroid, np.linspace(200, 1000, len(centroid)))[0, 1] > 0.8
    assert "wrote" in function.stdout and sf.info(tmp_path / "f.wav").duration == pytest.approx(2.0, abs=0.01)


def test_a_target_out_of_range_is_clamped_and_said_once(user, tmp_path):
    result = rtvae(user, "--target", "centroid_hz=20000", "--duration-s", 0.5, "--out", tmp_path / "x.wav")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("centroid_hz: clamped to the corpus's range") == 1


@pytest.mark.parametrize("args, message", [
    (["--target", "brightness=3"], "unknown descriptor 'brightness'; known: rms_db, centroid_hz"),
    (["--target", "centroid_hz=nan"], "the centroid_hz target must be a finite number, got nan"),
    (["--target", "centroid_hz"], "--target centroid_hz: expected NAME=NUMBER"),
    (["--target", "rms_db=-20", "--weight", "rms_db=-1"], "the rms_db weight must be 0 or more, got -1"),
    (["--curve", "centroid_hz:EMPTY"], "the centroid_hz curve is empty"),
    (["--function", "centroid_hz:saw:1:2"], "unknown curve function 'saw'"),
    (["--function", "pitch:ramp"], "unknown descriptor 'pitch'"),
    ([], "give at least one --target, --curve or --function"),
    (["--target", "rms_db=-20", "--duration-s", "0"], "--duration-s must be above 0"),
])
def test_bad_input_is_one_clear_line_naming_the_culprit(user, tmp_path, args, message):
    (tmp_path / "empty.txt").write_text("")
    args = [a.replace("EMPTY", str(tmp_path / "empty.txt")) for a in args]
    result = rtvae(user, *args, "--out", tmp_path / "bad.wav")
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "bad.wav").exists()


def test_a_descriptor_score_plays_one_latent_per_hop_exactly(user):
    from rtvae.explore.corpus import open_corpus

    model = load_model("default")
    corpus = open_corpus(model, "small", user[1] / "data" / "corpora")
    engine = build_engine(model, synth_section(), warm=False)
    selector = Selector(corpus.atlas)
    selector.set_targets({"rms_db": -25.0})
    score = descriptor_score(engine, selector, {"centroid_hz": [300.0, 600.0]}, 1.0)
    n_hops = round(44100 / engine.hop)
    assert score.records[0] == (c.IMMEDIATE, c.SMOOTH_MS, [0.0])
    latents = [r for r in score.records if r[1] == c.Z_ALL]
    assert [r[0] for r in latents] == [k * engine.hop for k in range(n_hops)] and score.n_frames == n_hops * engine.hop
    with pytest.raises(Exception, match="method must be one of viterbi, live, nearest"):
        descriptor_score(engine, selector, {}, 1.0, method="random")
