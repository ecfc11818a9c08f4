"""Semantic knobs aimed through the atlas (rtvae.explore.semantic), on a small atlas whose answers are known.

Latent axis 0 sets the level, axis 1 the centroid, axis 2 the flatness; f0 is 200 Hz on
the upper half of axis 0 and unvoiced below; a row of points below -50 dB is silence.
"""

from __future__ import annotations

import numpy as np
import pytest

from rtvae.explore.algebra import nearest_points
from rtvae.explore.atlas import from_parts
from rtvae.explore.semantic import STEP, Aimer, regression_knobs

NAMES = ["rms_db", "centroid_hz", "flatness", "f0_hz"]
UNITS = {"rms_db": "dB FS", "centroid_hz": "Hz", "flatness": "ratio", "f0_hz": "Hz"}


def grid_atlas():
    steps = np.linspace(0.0, 1.0, 11)
    a, b, c = (g.ravel() for g in np.meshgrid(steps, steps, steps, indexing="ij"))
    mu = np.stack([a, b, c], axis=1).astype(np.float32)
    level = -40.0 + 30.0 * a
    centroid = 500.0 + 2000.0 * b
    flatness = 10.0 ** (-5.0 + 3.0 * c)
    f0 = np.where(a >= 0.5, 200.0, 0.0)
    silence = np.stack([np.full(11, -0.5), steps, np.zeros(11)], axis=1).astype(np.float32)
    mu = np.concatenate([mu, silence])
    descriptors = np.concatenate([np.stack([level, centroid, flatness, f0], axis=1),
                                  np.stack([np.full(11, -80.0), np.full(11, 1000.0), np.full(11, 1e-3),
                                            np.zeros(11)], axis=1)]).astype(np.float32)
    offsets = np.arange(0, len(mu) + 1, 11)
    return from_parts(mu, offsets, descriptors, NAMES, UNITS, 256, np.zeros((0, 2)), np.zeros((0, 4)))


@pytest.fixture(scope="module")
def aimer():
    return Aimer(grid_atlas())


def played(aimer, latent):
    return aimer.atlas.descriptors[nearest_points(aimer.latents, np.asarray(latent, np.float64))[0][0]]


def test_brightness_raises_the_centroid_by_its_amount_and_holds_the_rest(aimer):
    base = np.array([0.6, 0.3, 0.5], np.float32)
    before = played(aimer, base)
    after = played(aimer, base + aimer.offset(base, {"brightness": 1.0}))
    sigma = aimer.unit("brightness")
    assert after[1] - before[1] == pytest.approx(sigma, abs=0.5 * 2000 / 10)  # one σ, to within a grid step
    assert after[0] == before[0] and after[2] == before[2] and after[3] == before[3]
    down = played(aimer, base + aimer.offset(base, {"brightness": -1.0}))
    assert down[1] < before[1] and down[0] == before[0]


def test_each_knob_moves_its_own_descriptor(aimer):
    base = np.array([0.6, 0.5, 0.5], np.float32)
    before = played(aimer, base)
    for name, column in (("loudness", 0), ("noisiness", 2)):
        after = played(aimer, base + aimer.offset(base, {name: 1.0}))
        assert after[column] > before[column]
        assert all(after[i] == before[i] for i in range(4) if i != column), name


def test_amount_zero_changes_nothing_and_amounts_between_steps_glide(aimer):
    base = np.array([0.6, 0.3, 0.5], np.float32)
    assert not aimer.offset(base, {"brightness": 0.0}).any()
    step = aimer.offset(base, {"brightness": STEP})
    assert np.allclose(aimer.offset(base, {"brightness": 0.4 * STEP}), 0.4 * step)
    two = aimer.offset(base, {"brightness": 2 * STEP})
    assert np.allclose(aimer.offset(base, {"brightness": 1.5 * STEP}), 0.5 * step + 0.5 * two)


def test_knobs_turned_together_add_and_an_off_atlas_base_is_aimed_from_its_nearest_point(aimer):
    base = np.array([0.6, 0.3, 0.5], np.float32)
    both = aimer.offset(base, {"brightness": 1.0, "loudness": -0.5})
    assert np.allclose(both, aimer.offset(base, {"brightness": 1.0}) + aimer.offset(base, {"loudness": -0.5}))
    near = base + np.array([0.02, -0.03, 0.01], np.float32)
    assert np.allclose(aimer.offset(near, {"brightness": 1.0}), aimer.offset(base, {"brightness": 1.0}))


def test_a_knob_does_nothing_where_its_descriptor_is_undefined(aimer):
    unvoiced, silent = np.array([0.2, 0.5, 0.5], np.float32), np.array([-0.5, 0.5, 0.0], np.float32)
    assert not aimer.offset(unvoiced, {"pitch": 1.0}).any()
    assert not aimer.offset(silent, {"brightness": 1.0}).any()
    louder = played(aimer, silent + aimer.offset(silent, {"loudness": 2.0}))
    assert louder[0] > -50.0  # the level is defined everywhere: silence can be turned up
    voiced = np.array([0.8, 0.5, 0.5], np.float32)
    assert played(aimer, voiced + aimer.offset(voiced, {"loudness": 1.0}))[3] == 200.0  # pitch held: stays voiced


def test_the_regression_baseline_is_orthogonalised_in_order():
    directions = regression_knobs(grid_atlas())
    assert list(directions) == ["loudness", "brightness", "noisiness"]  # f0 is one value here: no direction
    matrix = np.stack(list(directions.values()))
    assert np.allclose(matrix @ matrix.T, np.eye(len(matrix)), atol=1e-9)
    assert np.argmax(np.abs(directions["brightness"])) == 1


def test_along_a_moving_sound_the_aims_follow_one_aimed_sound_hop_by_hop(aimer):
    # A grid "sound" is 11 points in a row with flatness rising (axis 2); brightness one σ up is another
    # row, and the trail plays it successor by successor instead of aiming each hop afresh.
    start = np.flatnonzero(np.all(np.isclose(aimer.atlas.latents, [0.6, 0.3, 0.0]), axis=1))[0]
    path = aimer.atlas.latents[start:start + 8].astype(np.float64)
    offsets = aimer.along(path[None], {"brightness": 1.0})[0]
    aims = nearest_points(aimer.latents, path + offsets)[0]
    assert np.array_equal(aimer.atlas.successor[aims[:-1]], aims[1:]), aims      # no seam along the way
    before, after = aimer.atlas.descriptors[start:start + 8], aimer.atlas.descriptors[aims]
    assert np.all(after[:, 1] > before[:, 1] + 0.5 * aimer.unit("brightness"))
    assert np.array_equal(after[:, [0, 2, 3]], before[:, [0, 2, 3]])
    # the first hop is the point-wise aim; a base that stays put keeps its aim; amount 0 moves nothing
    assert np.allclose(offsets[0], aimer.offset(path[0], {"brightness": 1.0}))
    trails: dict = {}
    assert np.array_equal(aimer.offset(path[0], {"brightness": 1.0}, trails),
                          aimer.offset(path[0], {"brightness": 1.0}, trails))
    assert not aimer.along(path[None], {"brightness": 0.0}).any()


def test_aimed_once_per_tick_the_displacement_is_held_between(aimer):
    start = np.flatnonzero(np.all(np.isclose(aimer.atlas.latents, [0.6, 0.3, 0.0]), axis=1))[0]
    path = aimer.atlas.latents[start:start + 9].astype(np.float64)
    held = aimer.along(path[None], {"loudness": 1.0}, every=4)[0]
    assert np.array_equal(held[1], held[0]) and np.array_equal(held[3], held[0])
    trails: dict = {}
    aimer.offset(path[0], {"loudness": 1.0}, trails)
    assert np.allclose(held[4], aimer.offset(path[4], {"loudness": 1.0}, trails, hops=4))  # four successors on
    assert np.allclose(held[4], held[7]) and np.allclose(held[8], aimer.offset(path[8], {"loudness": 1.0}, trails, hops=4))
