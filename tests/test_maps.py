"""Latent maps, knobs and algebra, offline: the inverse mapping, the baked grid, what the knobs do, mixes."""

from __future__ import annotations

import numpy as np
import pytest

from rtvae.errors import ControlError, CorpusError
from rtvae.explore import maps
from rtvae.explore.algebra import NearestPoints, mix
from rtvae.model.directory import load_model


@pytest.fixture(scope="module")
def model():
    return load_model("default")


@pytest.fixture(scope="module")
def small_map(model, default_corpus):
    return maps.build_map(default_corpus, model, corpus_name="default", grid=24, max_anchors=400)


def test_the_inverse_mapping_is_exact_at_anchors_and_continuous(small_map):
    m = small_map
    at_anchors = maps.barycentric(m.anchor_xy, m.anchor_latents, m.anchor_xy[:50])
    assert np.abs(at_anchors - m.anchor_latents[:50]).max() < 1e-4
    def largest_step(n: int) -> float:
        line = np.stack([np.linspace(0.2, 0.8, n), np.full(n, 0.5)], 1)
        z = maps.barycentric(m.anchor_xy, m.anchor_latents, line)
        return float(np.linalg.norm(np.diff(z, axis=0), axis=1).max())

    # Continuous (piecewise linear): a hundred times finer steps make the largest jump about that much smaller.
    assert largest_step(40000) < 0.05 * largest_step(400)


def test_outside_the_hull_the_map_clamps_to_the_hull(small_map):
    m = small_map
    corner = maps.barycentric(m.anchor_xy, m.anchor_latents, [[-5.0, -5.0]])
    hull_point = maps.onto_hull(m.anchor_xy, __import__("scipy.spatial").spatial.Delaunay(m.anchor_xy).convex_hull,
                                np.array([[-5.0, -5.0]]))
    near = maps.barycentric(m.anchor_xy, m.anchor_latents, hull_point)
    assert np.allclose(corner, near, atol=1e-5) and np.isfinite(corner).all()


def test_the_baked_grid_read_agrees_with_the_inverse_at_nodes_and_clamps(small_map):
    m = small_map
    g = m.size - 1
    for ix, iy in [(0, 0), (3, 7), (g, g), (g // 2, 1)]:
        assert np.allclose(m.latent_at(ix / g, iy / g), m.grid[iy, ix], atol=1e-5)
    assert np.allclose(m.latent_at(-3.0, 7.0), m.latent_at(0.0, 1.0))
    out = np.zeros(m.grid.shape[2])
    assert m.latent_at(0.3, 0.4, out=out) is out


def test_pca_places_any_latent_and_its_own_anchors_exactly(small_map):
    m = small_map
    assert m.linear and np.abs(m.project(m.anchor_latents) - m.anchor_xy).max() < 1e-9
    assert m.project(m.latent_at(0.4, 0.6)).shape == (2,)


def test_a_map_saves_loads_and_refuses_another_model(small_map, tmp_path):
    path = small_map.save(maps.map_folder("default", "pca", tmp_path) / maps.MAP_FILE)
    back = maps.open_map("default", "pca", tmp_path, small_map.fingerprint)
    assert np.array_equal(back.grid, small_map.grid) and back.labels == small_map.labels
    with pytest.raises(CorpusError, match="another model"):
        maps.LatentMap.load(path, "not-this-model")
    with pytest.raises(CorpusError, match="no map 'umap'.*its maps: pca"):
        maps.open_map("default", "umap", tmp_path)


def test_labels_come_from_folders_or_name_words():
    assert maps.sound_labels(["organ_C3_mid", "bell-A4"], ["procedural:a", "procedural:b"]) == ["organ", "bell"]
    assert maps.sound_labels(["a", "b"], ["/x/piano/a.wav", "/x/voice/b.wav"]) == ["piano", "voice"]


def test_a_held_window_plays_as_the_engine_overlap_adds_it():
    from rtvae.explore.atlas import played_segments

    w = np.random.default_rng(0).standard_normal((3, 1024)).astype(np.float32)
    reference = np.stack([played_segments(np.repeat(x[None], 9, 0), 256)[4] for x in w])
    assert np.allclose(maps.held_played(w, 256, "ola"), reference, atol=1e-5)


def test_a_held_window_keeps_its_pitch_as_sola_plays_it():
    from rtvae.explore.descriptors import Describer

    tone = np.sin(2 * np.pi * 261.63 * np.arange(1024) / 44100).astype(np.float32)[None]
    from rtvae.explore.descriptors import DESCRIPTORS

    f0, i = Describer(1024, 44100).describe, DESCRIPTORS.index("f0_hz")
    assert abs(f0(maps.held_played(tone, 256, "sola"))[0, i] - 261.63) < 3
    assert abs(f0(maps.held_played(tone, 256, "ola"))[0, i] - 261.63) > 50  # the hop's period instead


def test_mix_sums_sequences_reports_its_distance_from_the_corpus_and_snaps(default_corpus):
    a, b, c = default_corpus.names[:3]
    one = mix(default_corpus, {}, [(a, 1.0)])
    assert one.off_manifold < 1e-6 and one.warning == "" and not one.held
    assert np.allclose(one.latents, default_corpus.sequence(a)[0])
    far = mix(default_corpus, {}, [(a, 1.0), (b, -1.0), (c, 1.0)])
    n = min(len(default_corpus.sequence(x)[0]) for x in (a, b, c))
    assert far.latents.shape[0] == n and far.off_manifold > 0
    snapped = mix(default_corpus, {}, [(a, 1.0), (b, -1.0), (c, 1.0)], snap=1.0)
    assert snapped.off_manifold < 1e-6
    zero = mix(default_corpus, {}, [(a, 1.0), (b, -1.0)])
    assert "sum to 0" in zero.warning and np.isfinite(zero.latents).all()
    # sigma of a weighted sum of independent Gaussians
    expected = np.log(np.exp(default_corpus.sequence(a)[1][:len(zero.logvar)]) +
                      np.exp(default_corpus.sequence(b)[1][:len(zero.logvar)]))
    assert np.allclose(zero.logvar, expected, atol=1e-4)


def test_held_operands_are_means_presets_and_broadcast_over_a_sequence(default_corpus):
    a, b = default_corpus.names[:2]
    held = mix(default_corpus, {"p": np.ones(default_corpus.mu.shape[1])}, [(f"mean:{a}", 0.5), ("preset:p", 0.5)])
    assert held.held and "held" in held.warning
    over = mix(default_corpus, {"p": np.ones(default_corpus.mu.shape[1])}, [(b, 1.0), ("p", 0.1)])
    assert np.allclose(over.latents, default_corpus.sequence(b)[0] + 0.1)
    cluster = int(default_corpus.clusters[0])
    assert not mix(default_corpus, {}, [(f"cluster:{cluster}", 1.0)]).held
    assert mix(default_corpus, {}, [(f"mean:cluster:{cluster}", 1.0)]).held


@pytest.mark.parametrize("pairs, match", [([("nope", 1.0)], "no sound, cluster or preset 'nope'"),
                                          ([("cluster:x", 1.0)], "cluster:N"),
                                          ([("preset:q", 1.0)], "no preset 'q'"), ([], "at least one")])
def test_mix_errors_name_what_exists(default_corpus, pairs, match):
    with pytest.raises(ControlError, match=match):
        mix(default_corpus, {}, pairs)


def test_the_semantic_knobs_move_their_own_descriptor_more_than_the_others(model, default_corpus):
    """Measured as played over a sound, the fitted effects: loudness, brightness and noisiness each move their
    descriptor more than the other three (pitch moves f0 only held; see rtvae.explore.semantic)."""
    from rtvae.control.knobs import fit_for
    from rtvae.explore.semantic import SEMANTIC

    knobs = fit_for(default_corpus, model)
    assert list(knobs.semantic) == ["loudness", "brightness", "noisiness", "pitch"] and len(knobs.principal) == 8
    assert all(k.direction is None and k.sigma == default_corpus.atlas.stats[k.aim].scale
               for k in knobs.semantic.values())
    for name in ("loudness", "brightness", "noisiness"):
        knob = knobs.semantic[name]
        own = knob.effects_z[SEMANTIC[name]]
        assert own > 0, (name, knob.effects_z)
        assert all(abs(knob.effects_z[other]) < own for other in SEMANTIC.values() if other != knob.aim), \
            (name, knob.effects_z)
    assert knobs.semantic["brightness"].effects["centroid_hz"] > 0
    assert sum(k.explained for k in knobs.principal) < 1.0
    base = default_corpus.mu[100]
    offset = knobs.offset(np.array([1.0] + [0.0] * 7), {"brightness": -2.0}, base)
    expected = knobs.principal[0].sigma * knobs.principal[0].direction + knobs.aimer.offset(base, {"brightness": -2.0})
    assert np.allclose(offset, expected)
    assert np.allclose(knobs.offset(np.zeros(8), {"brightness": -2.0}), 0.0)  # no base: nothing to aim around

def test_nearest_points_searches_float32_rows_in_place_and_measures_in_float64():
    rng = np.random.default_rng(3)
    rows = rng.normal(size=(500, 16)).astype(np.float32)
    queries = rng.normal(size=(40, 16))
    queries[:5] = rows[[7, 70, 170, 270, 499]]   # on a row: distance 0
    search = NearestPoints(rows, chunk=7)
    assert search.latents is rows                 # not copied
    index, distance = search(queries)
    brute = np.linalg.norm(rows.astype(np.float64)[None, :, :] - queries[:, None, :], axis=2)
    assert np.array_equal(index, brute.argmin(axis=1))
    assert np.allclose(distance, brute.min(axis=1), atol=1e-6) and np.all(distance[:5] < 1e-6)
