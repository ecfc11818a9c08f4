"""The compiled decoder kernel: ONNX Runtime's function within 1e-5, or a clear refusal at load."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import helper

from rtvae.engine import controls as c
from rtvae.engine.decoders import open_decoder
from rtvae.engine.engine import Engine
from rtvae.engine.kernel_decoder import AGREEMENT, KernelDecoder
from rtvae.errors import ModelError
from rtvae.model.directory import DECODER_FILE, DECODER_INT8_FILE, load_model
from tests.allocation import steady_state


@pytest.fixture(scope="module")
def model():
    return load_model("default")


def kernel(model, path=None, max_batch=4, **kwargs):
    card = model.card
    return KernelDecoder(path or model.path / DECODER_FILE, card.latent_size, card.window, max_batch, **kwargs)


def test_it_agrees_with_onnx_runtime_on_latents_over_the_models_statistics(model):
    decoder = open_decoder(model, 6)
    assert decoder.worst_difference <= AGREEMENT
    reference = model.decoder(6)
    latents = np.random.default_rng(5).normal(np.asarray(model.card.latent_stats.mean), 3.0, (6, model.card.latent_size))
    decoder.latents[:] = reference.latents[:] = latents
    decoder.decode(6)
    reference.decode(6)
    assert np.abs(decoder.windows - reference.windows).max() <= AGREEMENT
    assert np.abs(reference.windows).max() > 0.01  # not a comparison of silences


def test_the_int8_graph_is_refused_by_name(model):
    if not model.has_int8:
        pytest.skip("no int8 decoder in this model")
    with pytest.raises(ModelError, match="DynamicQuantizeLinear.*synth.decoder = onnxruntime"):
        kernel(model, model.path / DECODER_INT8_FILE)


def _graph(tmp_path, nodes, initializers, name="g.onnx"):
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("z", onnx.TensorProto.FLOAT, [None, 4])],
                              [helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [None, 8])], initializers)
    path = tmp_path / name
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    return path


def test_an_op_it_cannot_express_is_a_model_error_naming_it(tmp_path, model):
    w = helper.make_tensor("w", onnx.TensorProto.FLOAT, [8, 4], np.ones(32, np.float32))
    b = helper.make_tensor("b", onnx.TensorProto.FLOAT, [8], np.zeros(8, np.float32))
    path = _graph(tmp_path, [helper.make_node("Gemm", ["z", "w", "b"], ["h"], transB=1),
                             helper.make_node("Softmax", ["h"], ["x"])], [w, b])
    with pytest.raises(ModelError, match="Softmax"):
        KernelDecoder(path, 4, 8, 2)


def test_a_graph_of_other_shapes_than_the_card_is_refused(tmp_path):
    w = helper.make_tensor("w", onnx.TensorProto.FLOAT, [8, 4], np.ones(32, np.float32))
    b = helper.make_tensor("b", onnx.TensorProto.FLOAT, [8], np.zeros(8, np.float32))
    path = _graph(tmp_path, [helper.make_node("Gemm", ["z", "w", "b"], ["h"], transB=1),
                             helper.make_node("Tanh", ["h"], ["x"])], [w, b])
    assert KernelDecoder(path, 4, 8, 2).worst_difference <= AGREEMENT  # the small graph itself is fine
    with pytest.raises(ModelError, match="says 4 to 16"):
        KernelDecoder(path, 4, 16, 2)


def test_a_missing_graph_names_the_path(tmp_path):
    with pytest.raises(ModelError, match=str(tmp_path / "none.onnx")):
        KernelDecoder(tmp_path / "none.onnx", 4, 8, 2)


def test_decoding_allocates_nothing(model):
    decoder = kernel(model)

    def run(calls):
        for _ in range(calls):
            decoder.decode(2)

    growth, peak = steady_state(run, 50, 500)
    assert growth < 1024 and peak < 4096


def test_the_engine_plays_it_within_the_agreement_of_onnx_runtime(model):
    engines = [Engine(model, max_block=512), Engine(model, max_block=512, decoder=model.decoder(4))]
    assert [e.decoder_kind for e in engines] == ["kernel", "python"]
    loud = np.asarray(model.card.latent_stats.mean) + 2.0 * np.asarray(model.card.latent_stats.std)
    for engine in engines:
        c.ControlWriter(engine.ring).send(c.Z_ALL, list(loud))
    blocks = [np.concatenate([e.process(n).copy() for n in (64, 256, 511, 7, 300)]) for e in engines]
    assert np.abs(blocks[0]).max() > 0.01
    assert np.abs(blocks[0] - blocks[1]).max() <= 2 * AGREEMENT  # two overlapping windows at most
