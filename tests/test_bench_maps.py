"""benchmarks/maps.py: its pure figures on a tiny hand-made map (no model, no corpus, no JACK; a few seconds)."""

from types import SimpleNamespace

import numpy as np
import pytest

from rtvae.explore import maps
from tests.benchmark_script import load_benchmark

G = 9


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("maps")


def tiny_map(n_sounds=6, per_sound=8, seed=0) -> tuple[maps.LatentMap, np.ndarray]:
    """Anchors in two well-separated clusters ('a' sounds left, 'b' sounds right), latents linear in place."""
    rng = np.random.default_rng(seed)
    sound = np.repeat(np.arange(n_sounds), per_sound)
    labels = ["a" if s < n_sounds // 2 else "b" for s in range(n_sounds)]
    centre = np.where(sound[:, None] < n_sounds // 2, [[-1.0, 0.0]], [[1.0, 0.0]])
    raw = centre + rng.uniform(-0.4, 0.4, (len(sound), 2))
    lift = np.array([[1.0, 0.0, 0.5, 2.0], [0.0, 1.0, -0.5, 0.3]])
    latents = (raw @ lift).astype(np.float32)
    placed, pca = maps.embed(latents, "pca")
    xy, lo, span = maps.normalise(placed, percentile=0.0)  # every anchor on the pad: the hull is the anchors' box
    nodes = np.stack(np.meshgrid(np.linspace(0, 1, G), np.linspace(0, 1, G)), -1).reshape(-1, 2)
    grid = maps.barycentric(xy, latents, nodes).astype(np.float32).reshape(G, G, -1)
    centroid = np.tile(100.0 * (1 + np.arange(G)), (G, 1))   # grows one step of 100 Hz per node in x
    return maps.LatentMap(
        name="tiny", corpus="tiny", method="pca", layout="free", fingerprint="-", anchor_xy=xy,
        anchor_latents=latents, anchor_windows=np.arange(len(sound)), grid=grid,
        descriptors=centroid[..., None].astype(np.float32), descriptor_names=["centroid_hz"], units={"centroid_hz": "Hz"},
        confidence=np.zeros((G, G), np.float32), labels=labels, sound_names=[f"s{i}" for i in range(n_sounds)],
        sound_xy=np.zeros((n_sounds, 2)), mean=pca["mean"], components=pca["components"], lo=lo, span=span), sound


def test_round_trip_of_a_linear_map_is_exact_inside_the_hull_and_clamps_outside(bench):
    made, _ = tiny_map()
    places = bench.even_places(5, maps.MARGIN, 1 - maps.MARGIN)
    assert places.shape == (25, 2) and places.min() == pytest.approx(maps.MARGIN)
    inside = bench.inside_hull(made.anchor_xy, places)
    assert 0 < inside.sum() < len(places)
    # identity decoder and encoder: the latent itself comes back; linear latents are read exactly
    # (barycentric and bilinear both reproduce a linear function), so the round trip is the map's own
    error = bench.round_trip(made, places, lambda z: z, lambda w: w)
    assert np.all(error[inside] < 1e-4)
    clamped = bench.clamped_places(made.anchor_xy, places)
    assert np.allclose(clamped[inside], places[inside])
    assert np.all(np.linalg.norm(clamped[~inside] - places[~inside], axis=1) > 0)
    figures = bench.spread(error[inside])
    assert figures["n"] == int(inside.sum()) and figures["median"] <= figures["p95"] <= figures["max"]


def test_steady_windows_lie_under_their_own_latents_hops(bench):
    hop, window, held = 4, 16, 8
    owner = np.repeat(np.arange(3), held * hop)                  # the latent each hop's window starts under
    audio = owner.astype(np.float32)
    windows = bench.steady_windows(np.concatenate([audio, np.full(window, 9.0)]), 3, held, hop, window)
    starts = (np.arange(3) * held + window // hop - 1) * hop
    assert windows.shape == (3, window)
    for i, s in enumerate(starts):
        # every sample of the window is under hops i*held .. i*held + held - 1 only
        first_hop, last_hop = (s - window + hop) // hop, (s + window - 1) // hop
        assert i * held <= first_hop and last_hop < (i + 1) * held
    with pytest.raises(ValueError):
        bench.steady_windows(audio, 3, 5, hop, window)


def test_lines_and_jumps(bench):
    made, _ = tiny_map()
    picture = made.descriptor("centroid_hz")
    along = bench.picture_along_line(picture, (0.0, 0.5), (1.0, 0.5))
    assert np.allclose(along, 100.0 * (1 + np.arange(G)))
    figures = bench.jump_figures(along, 100.0)
    assert figures["max"] == pytest.approx(100.0) and figures["over"] == 0 and figures["n"] == G - 1
    assert bench.jump_figures([0.0, 50.0, 300.0], 100.0)["over"] == 1
    assert np.allclose(bench.picture_at(picture, np.array([[0.0, 0.3], [0.5, 0.9], [1.0, 0.0]])), [100, 500, 900])
    places = bench.line_places((0.1, 0.1), (0.9, 0.9), 5)
    assert np.allclose(places[[0, -1]], [[0.1, 0.1], [0.9, 0.9]])
    st = bench.semitones(np.array([440.0, 880.0, 0.0]))
    assert st[1] - st[0] == pytest.approx(12.0) and np.isnan(st[2])
    found = bench.nearest_anchors(made.anchor_xy, made.anchor_xy[[3, 7]] + 1e-6)
    assert list(found) == [3, 7]
    assert np.all((bench.sweep_places(500) > 0) & (bench.sweep_places(500) < 1))


def test_folds_are_stratified_and_the_class_knn_separates_two_clusters(bench):
    labels = ["x"] * 15 + ["y"] * 15
    folds = bench.stratified_folds(labels, 5)
    for f in range(5):
        assert sum(1 for i in np.flatnonzero(folds == f) if labels[i] == "x") == 3
    made, sound = tiny_map(n_sounds=10, per_sound=6)
    fold_of_sound = bench.stratified_folds(made.labels, 5)
    result = bench.knn_cross_validation(made, sound, made.anchor_xy, sound, fold_of_sound, k=3)
    assert result["window_accuracy"] == 1.0 and result["sound_accuracy"] == 1.0
    assert result["chance_sound"] == 0.5 and result["n_sounds"] == 10
    assert np.trace(np.array(result["confusion_by_sound"])) == 10
    labels_of_anchors = np.asarray(made.labels)[sound]
    accuracy = bench.latent_knn_accuracy(made.anchor_latents, labels_of_anchors, fold_of_sound[sound],
                                         made.anchor_latents, labels_of_anchors, fold_of_sound[sound], k=3)
    assert accuracy == 1.0


def test_knob_effects_and_their_checks(bench):
    corpus = SimpleNamespace(mu=np.random.default_rng(0).normal(size=(20, 3)))

    def describe(windows):      # two "descriptors": the first coordinate, and minus the second
        return np.stack([windows[:, 0], -windows[:, 1]], 1)

    step = np.array([1.0, 0.0, 0.0])   # 2σ of a knob with σ 0.5 along the first axis
    measured, up_values, _ = bench.knob_effects((step, -step), corpus, np.arange(20), lambda z: z, describe,
                                  ["one", "two"], lambda name, v: np.asarray(v, np.float64) / 2.0, None)
    assert measured["one"]["per_sigma"] == pytest.approx(0.5) and measured["one"]["per_sigma_z"] == pytest.approx(0.25)
    assert measured["one"]["up"] == 20 and measured["two"]["per_sigma"] == pytest.approx(0.0)
    assert np.allclose(up_values[:, 0], corpus.mu[:, 0] + 1.0)
    agree = bench.claim_check("one", 1.0, measured)
    assert agree["agrees"] and agree["share"] == 1.0 and agree["sign_test_p"] < 1e-5
    assert not bench.claim_check("one", -1.0, measured)["agrees"]
    semantic = bench.semantic_check("one", measured, ("one", "two"))
    assert semantic["holds"] and semantic["largest_other"] == "two"
    assert not bench.semantic_check("two", measured, ("one", "two"))["holds"]
    # one displacement per window (an aimed knob's): half the windows move up the first axis, half down the second
    up = np.where(np.arange(20)[:, None] < 10, step, [0.0, -1.0, 0.0])
    per_window, _, _ = bench.knob_effects((up, np.zeros_like(up)), corpus, np.arange(20), lambda z: z, describe,
                                    ["one", "two"], lambda name, v: np.asarray(v, np.float64), None)
    assert per_window["one"]["up"] == 10 and per_window["two"]["up"] == 10
    assert per_window["one"]["per_sigma"] == pytest.approx(0.125)


def test_paired_extra_counts_and_late_cycles(bench):
    results = [{"pair": k, "figures": {"z": {"n": a}, "xy": {"n": b}}} for k, (a, b) in enumerate([(1, 3), (2, 2), (0, 4)])]
    results.append({"pair": 9, "figures": {"z": {"error": "boom"}, "xy": {"n": 7}}})
    extra = bench.paired_extra(results, ("z", "xy"), "n")
    assert extra["more"] == 2 and extra["ties"] == 1 and extra["total"] == {"z": 3, "xy": 9}
    assert extra["sign_test_p"] == pytest.approx(0.25)
    assert bench.late_cycles({"late_clients": {"server": 2, "capture": 5}, "late_driver_cycles": 3}, "server") == 5


def test_voiced_kept_counts_windows_voiced_at_both_ends(bench):
    up = np.array([[100.0], [0.0], [120.0], [90.0]])
    down = np.array([[80.0], [70.0], [0.0], [60.0]])
    voiced = np.array([True, True, True, False])
    assert bench.voiced_kept(up, down, voiced, 0) == pytest.approx(1 / 3)
    assert np.isnan(bench.voiced_kept(up, down, np.zeros(4, bool), 0))
