"""Corpus building: latents, descriptors of decoded windows, SOM clusters, one file per corpus."""

import shutil
import subprocess
import sys

import numpy as np
import pytest
import soundfile as sf

from rtvae.explore.corpus import Corpus, CorpusError, build_corpus, unique_names
from rtvae.explore.descriptors import DESCRIPTORS
from rtvae.model.directory import load_model


@pytest.fixture(scope="module")
def corpus(corpus_dir, tiny_model):
    return build_corpus(corpus_dir, tiny_model, hop=512)


def test_every_sound_is_encoded_at_the_hop_and_named_by_its_stem(corpus, corpus_dir):
    stems = sorted(p.stem for p in corpus_dir.glob("*.wav"))
    assert corpus.names == stems and len(corpus.offsets) == len(stems) + 1
    lengths = np.diff(corpus.offsets)
    assert np.all(lengths == (44100 - 1024) // 512 + 1)  # one-second sounds
    assert corpus.mu.shape == corpus.logvar.shape == (corpus.offsets[-1], 8)
    assert corpus.descriptors.shape == (corpus.offsets[-1], len(DESCRIPTORS))
    assert np.isfinite(corpus.descriptors).all()


def test_a_sequence_is_its_sounds_windows_in_order(corpus, tiny_model):
    mu, logvar = corpus.sequence("bell_C4_mid")
    i = corpus.names.index("bell_C4_mid")
    assert np.array_equal(mu, corpus.mu[corpus.offsets[i]:corpus.offsets[i + 1]])
    with pytest.raises(CorpusError, match="no sound 'bell_C9'"):
        corpus.sequence("bell_C9")


def test_sounds_are_clustered_and_a_cluster_concatenates_its_sounds(corpus):
    assert len(corpus.clusters) == len(corpus.names)
    cell = int(np.bincount(corpus.clusters).argmax())
    members = corpus.cluster_members(cell)
    mu, _ = corpus.cluster_sequence(cell)
    assert len(members) >= 2 and len(mu) == sum(len(corpus.sequence(m)[0]) for m in members)


def test_save_and_load_round_trip_and_refuse_another_model(corpus, tmp_path, tiny_model):
    path = corpus.save(tmp_path / "corpus.npz")
    loaded = Corpus.load(path, tiny_model)
    assert loaded.names == corpus.names and np.array_equal(loaded.mu, corpus.mu)
    assert np.array_equal(loaded.clusters, corpus.clusters) and loaded.som == corpus.som
    with pytest.raises(CorpusError, match="built with another model"):
        Corpus.load(path, load_model("default"))
    with pytest.raises(CorpusError, match="corpus file not found"):
        Corpus.load(tmp_path / "none.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(CorpusError, match="not a readable corpus"):
        Corpus.load(tmp_path / "junk.npz")


def test_names_are_plain_and_unique():
    assert unique_names(["kick", "kick", "snare 1", "kick"]) == ["kick", "kick_2", "snare_1", "kick_3"]


def test_corpus_build_command_stores_a_named_corpus_and_leaves_the_model_alone(corpus_dir, tiny_model, tmp_path):
    model_copy = shutil.copytree(tiny_model.path, tmp_path / "model")
    folder = tmp_path / "sounds"
    folder.mkdir()
    for name in ("bell_C4_mid", "string_A2_dark", "snare_D3_bright"):
        shutil.copy(corpus_dir / f"{name}.wav", folder)
    data, rate = sf.read(corpus_dir / "kick_E1_mid.wav")
    sf.write(folder / "kick_48k_stereo.flac", np.stack([data, data], 1), 48000)
    result = subprocess.run([sys.executable, "-m", "rtvae", "corpus", "build", str(folder), "--model",
                             str(model_copy), "--hop", "1024", "--corpora-dir", str(tmp_path / "corpora")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    corpus = Corpus.load(tmp_path / "corpora" / "sounds" / "corpus.npz", load_model(model_copy))  # named after DIR
    assert len(corpus.names) == 4 and "kick_48k_stereo" in corpus.names and corpus.hop == 1024
    assert corpus.model_name == "tiny" and not (model_copy / "corpus.npz").exists()
