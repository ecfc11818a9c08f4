"""Shared fixtures: a small procedural corpus and a tiny model trained and exported on it."""

from __future__ import annotations

from pathlib import Path

import pytest

TINY = {"model.hidden_size": 64, "model.latent_size": 8, "train.epochs": 2, "train.learning_rate": 1e-3,
        "train.batch_size": 128, "export.n_directions": 4}
TINY_FAMILIES = ["string", "bell", "kick", "snare"]


def tiny_config(**overrides):
    from rtvae.config import Config, defaults

    values = defaults(("model", "data", "train", "export", "synth"))
    values.update(TINY)
    values.update({k.replace("__", "."): v for k, v in overrides.items()})
    return Config(values)


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """Sixty procedural sounds of four families (1 s each, 44.1 kHz)."""
    from rtvae.data.synth import write_corpus

    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, seed=0, families=TINY_FAMILIES)
    return folder


@pytest.fixture(scope="session")
def tiny_model(corpus_dir, tmp_path_factory):
    """A 64-unit, 8-dimension model trained for two epochs and exported (with int8)."""
    from rtvae.train.export import export_checkpoint
    from rtvae.train.loop import load_checkpoint, train

    run_dir = tmp_path_factory.mktemp("run")
    config = tiny_config()
    last = train(corpus_dir, run_dir, config)
    return export_checkpoint(load_checkpoint(last), run_dir / "model", config, "tiny")


def folder_in_environment(tmp_path_factory, variable: str):
    """A fresh folder that ``variable`` names while the session lasts (the previous value comes back)."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp(variable.lower())
        patch.setenv(variable, str(folder))
        yield folder


@pytest.fixture(scope="session", autouse=True)
def corpus_cache(tmp_path_factory):
    """Keep the embedded model's procedural corpus (built on first use) out of the user's home."""
    yield from folder_in_environment(tmp_path_factory, "RTVAE_CACHE")


@pytest.fixture(scope="session", autouse=True)
def user_data(tmp_path_factory):
    """Keep the user's data folder (named corpora in ``corpora/``) out of the user's home."""
    yield from folder_in_environment(tmp_path_factory, "RTVAE_DATA")


@pytest.fixture(scope="session")
def default_corpus(corpus_cache):
    from rtvae.explore.corpus import corpus_for
    from rtvae.model.directory import load_model

    return corpus_for(load_model("default"))
