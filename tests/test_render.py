"""Offline rendering with the embedded default model, through the command line as a user would."""

import subprocess
import sys

import numpy as np
import pytest
import soundfile as sf

from rtvae.data.synth import corpus_specs, render_sound
from rtvae.drivers.offline import reconstruct
from rtvae.engine.factory import synth_section
from rtvae.explore.quality import window_rate_energy_db
from rtvae.model.directory import load_model

SUSTAINED = ["bass_C2_mid", "bowed_G3_bright", "organ_C3_mid", "bass_A1_dark"]


def rtvae(*args):
    return subprocess.run([sys.executable, "-m", "rtvae", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def default_model():
    return load_model("default")


@pytest.fixture(scope="module")
def sustained_sounds():
    specs = {s.name: s for s in corpus_specs()}
    return {name: render_sound(specs[name]) for name in SUSTAINED}


def test_embedded_model_verifies(default_model):
    card = default_model.card
    assert (card.sample_rate, card.window) == (44100, 1024)
    assert default_model.has_int8 and card.latent_stats is not None
    assert card.export["parity"]["decoder_max_abs_diff"] <= 1e-5


def test_ola_adds_no_window_boundary_clicks_while_concat_does(default_model, sustained_sounds):
    raised = {"ola": [], "concat": []}
    for samples in sustained_sounds.values():
        before = window_rate_energy_db(samples, 1024)
        for synthesis in raised:
            after = window_rate_energy_db(reconstruct(default_model, samples, synth_section(synthesis=synthesis)), 1024)
            raised[synthesis].append(after - before)
    assert max(raised["ola"]) < 3.0, raised
    assert np.median(raised["concat"]) > 6.0, raised


def test_reconstruction_is_aligned_and_as_long_as_the_input(default_model, sustained_sounds):
    samples = sustained_sounds["organ_C3_mid"]
    for synthesis in ("ola", "concat"):
        output = reconstruct(default_model, samples, synth_section(synthesis=synthesis))
        assert len(output) == len(samples)
        lag = np.argmax(np.correlate(output[2048:10240], samples[2048 + 64:10240 - 64], "valid")) - 64
        assert abs(lag) <= 2, (synthesis, lag)


def test_temperature_zero_is_deterministic_and_temperature_changes_the_sound(default_model, sustained_sounds):
    samples = sustained_sounds["bass_C2_mid"]
    a = reconstruct(default_model, samples, synth_section(temperature=0.0))
    b = reconstruct(default_model, samples, synth_section(temperature=0.0), seed=5)
    c = reconstruct(default_model, samples, synth_section(temperature=1.0), seed=3)
    d = reconstruct(default_model, samples, synth_section(temperature=1.0), seed=3)
    assert np.array_equal(a, b) and np.array_equal(c, d) and not np.allclose(a, c, atol=1e-4)


def test_render_reconstruct_writes_a_wav(tmp_path, sustained_sounds):
    source = tmp_path / "in.wav"
    sf.write(source, sustained_sounds["bowed_G3_bright"], 44100)
    result = rtvae("render", "reconstruct", source, "--out", tmp_path / "out.wav", "--synthesis", "concat")
    assert result.returncode == 0, result.stderr
    audio, rate = sf.read(tmp_path / "out.wav")
    assert rate == 44100 and len(audio) == 44100 and np.abs(audio).max() > 0.01


def test_render_latents_from_csv_and_demo(tmp_path, default_model):
    mean = np.array(default_model.card.latent_stats.mean)
    np.savetxt(tmp_path / "path.csv", np.tile(mean, (40, 1)), delimiter=",")
    result = rtvae("render", "latents", tmp_path / "path.csv", "--out", tmp_path / "l.wav", "--hop", 512)
    assert result.returncode == 0, result.stderr
    assert sf.info(tmp_path / "l.wav").frames == 40 * 512
    demo = rtvae("render", "demo", "--duration-s", 2, "--out", tmp_path / "demo.wav")
    assert demo.returncode == 0 and "demo.wav" in demo.stdout
    demo_audio = sf.read(tmp_path / "demo.wav")[0]
    assert np.sqrt(np.mean(demo_audio ** 2)) > 10 ** (-22 / 20)  # the corpus's level (the old walk: -37 dB)


def test_render_interp_between_two_files_with_a_strategy(tmp_path, sustained_sounds):
    for name in ("bass_C2_mid", "organ_C3_mid"):
        sf.write(tmp_path / f"{name}.wav", sustained_sounds[name], 44100)
    result = rtvae("render", "interp", tmp_path / "bass_C2_mid.wav", tmp_path / "organ_C3_mid.wav",
                   "--strategy", "meso", "--function", "ramp", "--temperature", "0.3", "--out", tmp_path / "i.wav")
    assert result.returncode == 0, result.stderr
    audio, rate = sf.read(tmp_path / "i.wav")
    assert rate == 44100 and len(audio) > 40000 and np.abs(audio).max() > 0.01


def test_render_interp_takes_its_sources_from_a_named_corpus(tmp_path, sustained_sounds, default_model):
    from rtvae.explore.corpus import build_corpus, corpus_file

    (tmp_path / "sounds").mkdir()
    for name in ("bass_C2_mid", "organ_C3_mid"):
        sf.write(tmp_path / "sounds" / f"{name}.wav", sustained_sounds[name], 44100)
    build_corpus(tmp_path / "sounds", default_model).save(corpus_file("mine", tmp_path / "corpora"))
    result = rtvae("render", "interp", "bass_C2_mid", "organ_C3_mid", "--corpus", "mine",
                   "--corpora-dir", tmp_path / "corpora", "--out", tmp_path / "i.wav")
    assert result.returncode == 0, result.stderr
    assert np.abs(sf.read(tmp_path / "i.wav")[0]).max() > 0.01
    missing = rtvae("render", "interp", "bass_C2_mid", "organ_C3_mid", "--corpus", "other",
                    "--corpora-dir", tmp_path / "corpora", "--out", tmp_path / "x.wav")
    assert missing.returncode == 2 and "no corpus 'other'" in missing.stderr


def test_a_config_that_still_says_mode_is_told_the_new_name(tmp_path):
    (tmp_path / "old.yaml").write_text("synth:\n  mode: concat\n")
    result = rtvae("render", "demo", "--config", tmp_path / "old.yaml", "--out", tmp_path / "d.wav")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "unknown key 'synth.mode' (renamed to synth.synthesis)" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["render", "reconstruct", "missing.wav"], "audio file not found: missing.wav"),
    (["render", "latents", "missing.npy"], "latent trajectory file not found: missing.npy"),
    (["render", "demo", "--model", "no/such/model"], "model directory not found: no/such/model"),
    (["render", "demo", "--hop", "300"], "synth.hop"),
    (["render", "reconstruct", "in.wav", "--mode", "concat"], "--mode was renamed to --synthesis"),
    (["render", "interp", "a", "b", "--mode", "meso"], "--mode was renamed to --strategy"),
    (["train", "no/such/folder"], "not a folder: no/such/folder"),
])
def test_bad_input_is_one_clear_line_naming_the_culprit(args, message):
    result = rtvae(*args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_wrong_width_trajectory_is_refused(tmp_path):
    np.save(tmp_path / "bad.npy", np.zeros((10, 3), np.float32))
    result = rtvae("render", "latents", tmp_path / "bad.npy", "--out", tmp_path / "x.wav")
    assert result.returncode == 2 and "expected rows of 128 latent values" in result.stderr
