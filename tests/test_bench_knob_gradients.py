"""benchmarks/knob_gradients.py: gradients that agree read as coherent, scattered ones do not."""

import numpy as np
import pytest

from tests.benchmark_script import load_benchmark

@pytest.fixture(scope="module")
def bench():
    return load_benchmark("knob_gradients")


def test_central_differences_find_a_linear_descriptors_gradient(bench):
    w = np.array([[1.0, -2.0, 0.5], [0.0, 3.0, 0.0]])
    latents = np.random.default_rng(0).standard_normal((4, 3))
    grads = bench.gradients(3, lambda offset: (latents + offset) @ w.T)
    assert grads.shape == (4, 2, 3)
    assert np.allclose(grads, w[None])
    assert bench.pair_cosine(grads[:, 0], grads[:, 0]) == pytest.approx(1.0)
    assert bench.pair_cosine(grads[:, 0], -grads[:, 0]) == pytest.approx(-1.0)


def test_agreeing_gradients_are_coherent_and_scattered_ones_are_not(bench):
    rng = np.random.default_rng(0)
    same = np.ones((64, 128)) + 0.1 * rng.standard_normal((64, 128))
    scattered = rng.standard_normal((64, 128))
    a, b = bench.agreement(same), bench.agreement(scattered)
    assert a["coherence"] > 0.9 and a["median_cosine"] > 0.9 and a["positive_share"] == 1.0
    assert b["coherence"] < 0.3 and abs(b["median_cosine"]) < 0.3 and 0.2 < b["positive_share"] < 0.9
    knob = rng.standard_normal(128)  # a knob's own direction, not the gradients' mean
    along, against = bench.agreement(same, knob), bench.agreement(same, -knob)
    assert along["median_cosine"] == pytest.approx(-against["median_cosine"])
    assert along["positive_share"] + against["positive_share"] == pytest.approx(1.0)


def test_a_descriptor_that_never_moves_reads_nan_not_agreement(bench):
    row = bench.agreement(np.zeros((8, 16)))
    assert row["latents_moving"] == 0 and np.isnan(row["median_cosine"])


def test_a_local_step_moves_its_descriptor_by_the_amount_and_the_others_not_at_all(bench):
    rng = np.random.default_rng(3)
    grads = rng.standard_normal((5, 4, 16))  # 5 latents, 4 descriptors, 16 dimensions
    steps = bench.local_steps(grads, [0, 1, 2, 3], 2.0, cap=1e9)
    for k, step in enumerate(steps):
        moved = np.einsum("ncs,ns->nc", grads, step)  # first-order change of each descriptor
        assert np.allclose(moved[:, k], 2.0)
        assert np.allclose(np.delete(moved, k, axis=1), 0.0, atol=1e-9)
    capped = bench.local_steps(grads, [0, 1, 2, 3], 2.0, cap=0.1)
    assert np.allclose(np.linalg.norm(capped[0], axis=1), 0.1)
