"""The Self-Organising Map: deterministic, separates clusters, keeps topology, stores and reloads."""

import json

import numpy as np
import pytest

from rtvae.explore.som import SOM, grid_for, standardize


def blobs(seed=0, per_blob=50, dim=5, spread=0.3):
    """(3 per_blob, dim) rows around three centres 10 apart, and each row's blob number."""
    rng = np.random.default_rng(seed)
    centres = 10.0 * np.eye(3, dim)
    data = np.concatenate([c + spread * rng.standard_normal((per_blob, dim)) for c in centres])
    return data, np.repeat(np.arange(3), per_blob)


def plane(seed=0, n=400):
    return np.random.default_rng(seed).uniform(size=(n, 2))


@pytest.mark.parametrize("n", [1, 2, 10, 150, 1000, 20000])
def test_grid_for_gives_about_five_sqrt_n_cells_with_rows_at_most_cols(n):
    rows, cols = grid_for(n)
    assert 1 <= rows <= cols
    assert rows * cols >= 5 * np.sqrt(n) - 1e-9 and rows * cols <= 5 * np.sqrt(n) + cols + 2
    assert cols <= rows + 3  # near square


def test_grid_for_refuses_no_data():
    with pytest.raises(ValueError):
        grid_for(0)


@pytest.mark.parametrize("init", ["pca", "random"])
def test_the_same_seed_gives_the_same_map(init):
    data, _ = blobs()
    a = SOM(4, 5, 5, seed=3).fit(data, 20, init=init)
    b = SOM(4, 5, 5, seed=3).fit(data, 20, init=init)
    assert np.array_equal(a.weights, b.weights)


def test_the_random_initialisation_depends_on_the_seed():
    data, _ = blobs()
    a = SOM(4, 5, 5, seed=1).initialize(data, "random")
    b = SOM(4, 5, 5, seed=2).initialize(data, "random")
    assert not np.allclose(a.weights, b.weights)


@pytest.mark.parametrize("init", ["pca", "random"])
def test_three_separated_blobs_land_in_disjoint_sets_of_cells(init):
    data, blob = blobs()
    som = SOM(5, 6, data.shape[1], seed=0).fit(data, 30, init=init)
    cells = [set(som.winners(data[blob == b])) for b in range(3)]
    assert not (cells[0] & cells[1] or cells[0] & cells[2] or cells[1] & cells[2])


def test_neighbouring_cells_have_closer_weights_than_distant_cells():
    data = plane()
    som = SOM(6, 8, 2, seed=0).fit(data, 30)
    grid = np.sqrt(((som.positions[:, None] - som.positions[None]) ** 2).sum(axis=2))
    weight = np.sqrt(((som.weights[:, None] - som.weights[None]) ** 2).sum(axis=2))
    assert weight[grid == 1].mean() * 3 < weight[grid >= 4].mean()
    off_diagonal = ~np.eye(som.n_cells, dtype=bool)
    assert np.corrcoef(grid[off_diagonal], weight[off_diagonal])[0, 1] > 0.9
    assert som.topographic_error(data) < 0.1


def test_quantization_error_falls_with_training():
    data = plane()
    errors = [SOM(6, 8, 2, seed=0).fit(data, epochs).quantization_error(data) for epochs in (1, 2, 5, 20, 50)]
    assert all(later < earlier for earlier, later in zip(errors, errors[1:]))
    assert errors[-1] < 0.5 * errors[0]


def test_topographic_error_counts_rows_whose_two_best_cells_are_not_neighbours():
    som = SOM(1, 3, 1)
    som.weights = np.array([[0.0], [10.0], [1.0]])
    rows = np.array([[0.4], [9.0]])  # best cells 0 then 2 (two apart); 1 then 2 (neighbours)
    assert som.topographic_error(rows) == 0.5
    assert som.quantization_error(rows) == pytest.approx((0.4 + 1.0) / 2)
    assert list(som.winners(np.array([[0.4], [9.0], [0.9]]))) == [0, 1, 2]


def test_to_dict_round_trips_through_json():
    data, _ = blobs()
    som = SOM(4, 5, 5, seed=7).fit(data, 10)
    again = SOM.from_dict(json.loads(json.dumps(som.to_dict())))
    assert (again.rows, again.cols, again.dim, again.seed) == (4, 5, 5, 7)
    assert np.array_equal(again.weights, som.weights)
    assert np.array_equal(again.winners(data), som.winners(data))


def test_from_dict_refuses_weights_of_the_wrong_shape():
    values = SOM(2, 3, 4).to_dict()
    values["weights"] = values["weights"][:-1]
    with pytest.raises(ValueError, match="weights must be"):
        SOM.from_dict(values)


def test_bad_data_and_options_are_refused():
    som = SOM(2, 3, 4)
    with pytest.raises(ValueError):
        som.fit(np.zeros((10, 3)), 5)
    with pytest.raises(ValueError):
        som.fit(np.zeros((10, 4)), 0)
    with pytest.raises(ValueError, match="init"):
        som.fit(np.zeros((10, 4)), 5, init="kmeans")
    with pytest.raises(ValueError):
        SOM(0, 3, 4)


def test_standardize_gives_zero_mean_unit_std_and_leaves_constant_columns_finite():
    data = np.column_stack([np.arange(10.0), np.full(10, 3.0)])
    z, mean, std = standardize(data)
    assert np.allclose(z.mean(axis=0), 0.0) and np.allclose(z[:, 0].std(), 1.0)
    assert np.all(z[:, 1] == 0.0) and std[1] == 1.0
    assert np.allclose(z * std + mean, data)


def test_procedural_sounds_cluster_by_family():
    """Thumbnails of 90 procedural sounds (3 notes x 3 brightnesses x 10 families)."""
    from rtvae.data.synth import corpus_specs, render_sound
    from rtvae.explore.descriptors import describe, thumbnail
    from rtvae.framing import frame

    specs = [s for i, s in enumerate(corpus_specs()) if (i // 3) % 5 in (0, 2, 4)]
    thumbnails = np.array([thumbnail(describe(frame(render_sound(s), 1024, 1024), 44100)) for s in specs])
    family = np.array([s.family for s in specs])
    z, _, _ = standardize(thumbnails)
    som = SOM(*grid_for(len(z)), z.shape[1], seed=0).fit(z, 50)
    winners = som.winners(z)
    shuffled = np.random.default_rng(0)
    chance = np.mean([_purity(winners, shuffled.permutation(family)) for _ in range(20)])
    assert _purity(winners, family) > chance + 0.15  # measured: 0.73 against 0.51
    where = som.positions[winners]
    apart = np.sqrt(((where[:, None] - where[None]) ** 2).sum(axis=2))
    same = family[:, None] == family[None]
    assert apart[same].mean() < 0.65 * apart[~same].mean()  # measured: 0.49


def _purity(winners, labels):
    """Fraction of rows whose label is their cell's most common one."""
    majorities = (np.unique(labels[winners == c], return_counts=True)[1].max() for c in np.unique(winners))
    return sum(majorities) / len(labels)
