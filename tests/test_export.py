import shutil

import numpy as np
import onnx
import pytest
import yaml

from rtvae.errors import ModelError
from rtvae.model.card import CARD_NAME, DECODER_FILE, ENCODER_FILE
from rtvae.model.directory import load_model


def test_onnx_matches_torch_within_1e_5(tiny_model):
    parity = tiny_model.card.export["parity"]
    assert parity["encoder_max_abs_diff"] <= 1e-5
    assert parity["decoder_max_abs_diff"] <= 1e-5


def test_graphs_have_named_tensors_a_dynamic_batch_and_no_random_node(tiny_model):
    for name, inputs, outputs in ((ENCODER_FILE, ["x"], ["mu", "logvar"]), (DECODER_FILE, ["z"], ["x"])):
        graph = onnx.load(str(tiny_model.path / name)).graph
        assert [i.name for i in graph.input] == inputs and [o.name for o in graph.output] == outputs
        assert graph.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
        assert not [n for n in graph.node if "Random" in n.op_type]
    decoder = tiny_model.decoder(max_batch=7)
    assert decoder.decode_array(np.zeros((1, 8))).shape == (1, 1024)
    assert decoder.decode_array(np.zeros((7, 8))).shape == (7, 1024)


def test_card_holds_corpus_statistics_and_the_int8_error(tiny_model):
    card = tiny_model.card
    stats = card.latent_stats
    assert len(stats.mean) == len(stats.std) == 8
    directions = np.array(stats.directions)
    assert directions.shape == (4, 8)
    assert np.allclose(directions @ directions.T, np.eye(4), atol=1e-5)
    int8 = card.export["int8"]
    assert 0 < int8["max_abs_error"] < 0.5 and int8["snr_db"] > 10
    assert tiny_model.has_int8
    decoded = tiny_model.decoder(4, int8=True).decode_array(np.array([stats.mean] * 4))
    assert np.isfinite(decoded).all()


@pytest.fixture
def model_copy(tiny_model, tmp_path):
    return shutil.copytree(tiny_model.path, tmp_path / "copy")


def test_missing_file_is_named(model_copy):
    (model_copy / DECODER_FILE).unlink()
    with pytest.raises(ModelError, match=f"model file missing: .*{DECODER_FILE}"):
        load_model(model_copy)


def test_wrong_checksum_is_named(model_copy):
    data = bytearray((model_copy / ENCODER_FILE).read_bytes())
    data[-10] ^= 0xFF
    (model_copy / ENCODER_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match=f"checksum mismatch for .*{ENCODER_FILE}"):
        load_model(model_copy)


def test_shapes_that_differ_from_the_card_are_an_error(model_copy):
    card = yaml.safe_load((model_copy / CARD_NAME).read_text())
    card["latent_size"] = 16
    card["latent_stats"] = None
    (model_copy / CARD_NAME).write_text(yaml.safe_dump(card))
    with pytest.raises(ModelError, match="does not accept the card's shapes|outputs have shapes"):
        load_model(model_copy)


def test_a_folder_without_a_card_or_with_a_foreign_card_is_refused(model_copy, tmp_path):
    with pytest.raises(ModelError, match="model directory not found"):
        load_model(tmp_path / "nothing")
    (model_copy / CARD_NAME).write_text("format: something-else\n")
    with pytest.raises(ModelError, match="not an rtvae model card"):
        load_model(model_copy)
    (model_copy / CARD_NAME).unlink()
    with pytest.raises(ModelError, match="model card missing"):
        load_model(model_copy)
