import argparse

import pytest

from rtvae import config as cfg
from rtvae.errors import ConfigError

SECTIONS = ("model", "train")


def parse(argv, sections=SECTIONS):
    parser = argparse.ArgumentParser()
    cfg.add_flags(parser, sections)
    return cfg.resolve(parser.parse_args(argv), sections)


def test_defaults_are_the_papers():
    config = parse([])
    assert (config.model.window, config.model.hidden_size, config.model.latent_size) == (1024, 2048, 256)
    assert config.model.beta == 1e-4 and config.train.learning_rate == 1e-4


def test_flag_overrides_file_and_file_overrides_default(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("model:\n  latent_size: 64\n  hidden_size: 512\ntrain:\n  epochs: 3\n")
    config = parse(["--config", str(path), "--latent-size", "32"])
    assert (config.model.latent_size, config.model.hidden_size, config.train.epochs) == (32, 512, 3)


@pytest.mark.parametrize("command", ["train", "export", "render", "serve"])
def test_every_key_a_command_reads_has_a_distinct_flag(command):
    import importlib

    sections = importlib.import_module(f"rtvae.commands.{command}").SECTIONS
    flags = [key.flag for key in cfg.keys_of(sections)]
    assert len(flags) == len(set(flags))


def test_bool_flags_work_as_switches():
    config = parse(["--int8-decoder"], sections=("synth",))
    assert config.synth.int8_decoder is True
    assert parse(["--int8-decoder", "false"], sections=("synth",)).synth.int8_decoder is False


@pytest.mark.parametrize("text, named", [
    ("model:\n  latnt_size: 3\n", "model.latnt_size"),
    ("modle:\n  latent_size: 3\n", "modle"),
    ("model:\n  latent_size: -3\n", "model.latent_size"),
    ("model:\n  latent_size: 2.5\n", "model.latent_size"),
    ("train:\n  device: tpu\n", "train.device"),
    ("model: [1, 2]\n", "model"),
])
def test_bad_config_file_names_the_key(tmp_path, text, named):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        parse(["--config", str(path)])


def test_bad_flag_value_names_key_flag_and_accepted_values():
    with pytest.raises(ConfigError) as caught:
        parse(["--device", "tpu"])
    assert "train.device" in str(caught.value) and "--device" in str(caught.value)
    assert "auto, cpu, cuda" in str(caught.value)


def test_missing_config_file_names_the_path(tmp_path):
    with pytest.raises(ConfigError, match="nowhere.yaml"):
        parse(["--config", str(tmp_path / "nowhere.yaml")])


def test_nan_is_not_a_number_in_range():
    with pytest.raises(ConfigError, match="model.beta"):
        parse(["--beta", "nan"])
