"""The map's pictures: every one comes annotated and bare, the bare ones are exactly the pad (512 px, y up),
the files stay small, the class picture's legend covers the labels, and its k-NN vote predicts held-out sounds."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from rtvae.explore import map_pictures as mp
from rtvae.explore.maps import build_map
from rtvae.model.directory import load_model

MAX_BYTES = 400_000  # "a few hundred KB at most" per PNG


@pytest.fixture(scope="module")
def small(default_corpus):
    made = build_map(default_corpus, load_model("default"), corpus_name="default", name="small", grid=24,
                     max_anchors=600)
    return made, mp.anchor_sounds(made, default_corpus.offsets)


@pytest.fixture(scope="module")
def written(small, tmp_path_factory):
    made, sounds = small
    folder = tmp_path_factory.mktemp("pictures")
    return folder, mp.write_pictures(made, folder, sounds)


def test_every_picture_is_written_annotated_and_bare(small, written):
    made, _ = small
    folder, paths = written
    expected = {f"{n}.png" for n in made.descriptor_names} | {f"{w}.png" for w in (mp.CLASS, mp.CONFIDENCE, mp.SOUNDS)}
    expected |= {f"background-{name}" for name in expected} | {mp.MANIFEST}
    assert {p.name for p in paths} == expected
    assert all(p.parent == folder and p.is_file() for p in paths)


def test_the_bare_backgrounds_are_square_pngs_of_the_pad_size_and_the_files_are_small(written):
    _, paths = written
    for path in paths:
        if path.suffix != ".png":
            continue
        with Image.open(path) as image:
            assert image.format == "PNG"
            if path.name.startswith("background-"):
                assert image.size == (mp.BACKGROUND_PX, mp.BACKGROUND_PX) and image.mode in ("RGB", "P")
            else:
                assert image.size == (round(mp.FIGURE_IN[0] * mp.DPI), round(mp.FIGURE_IN[1] * mp.DPI))
        assert path.stat().st_size < MAX_BYTES, path.name


def test_the_manifest_names_the_files_their_scales_units_and_the_legend(small, written):
    made, _ = small
    folder, _ = written
    manifest = json.loads((folder / mp.MANIFEST).read_text())
    assert manifest["background_px"] == mp.BACKGROUND_PX and "y up" in manifest["orientation"]
    by_what = {p["what"]: p for p in manifest["pictures"]}
    centroid = by_what["centroid_hz"]["scale"]
    assert centroid["label"] == "centroid_hz (Hz)" and centroid["log"] and 0 < centroid["low"] < centroid["high"]
    assert by_what["rms_db"]["scale"]["label"] == "rms_db (dB FS)" and not by_what["rms_db"]["scale"]["log"]
    assert set(by_what[mp.CLASS]["legend"]) == set(made.labels)  # the legend covers every label
    assert all((folder / p["annotated"]).is_file() and (folder / p["background"]).is_file() for p in by_what.values())


def test_the_class_legend_colours_are_distinct_and_are_the_colours_painted(small, written):
    made, sounds = small
    folder, _ = written
    legend = mp.read_manifest(folder)["pictures"][len(made.descriptor_names)]["legend"]
    assert len(set(legend.values())) == len(legend)
    # a pixel right on an anchor, far from the others' labels, is a blend of its k nearest anchors' colours
    painted = mp.read_png(folder / "background-class.png")
    colours = {label: np.array(mp.label_colours(made.labels)[label]) for label in legend}
    centre = painted.reshape(-1, 3)
    assert min(np.abs(centre - c).max(1).min() for c in colours.values()) < 0.01  # pure label colours occur


def test_y_grows_upwards_in_the_pictures(small):
    values = np.tile(np.linspace(0, 1, 24)[:, None], (1, 24))  # grid[iy, ix] = y
    image = mp.resample(values, 64)
    assert image[0].mean() > 0.95 and image[-1].mean() < 0.05  # the top row of pixels is y = 1
    places = mp.pixel_places(4)
    assert places[0, 1] > places[-1, 1] and places[0, 0] < places[3, 0]


def test_a_log_scale_is_used_for_hz_and_shows_unvoiced_as_grey():
    scale = mp.descriptor_scale("f0_hz", "Hz (0 = unvoiced)", np.array([0.0, 100.0, 200.0, 400.0]))
    assert scale.log and scale.low > 0
    grey = scale.colours(np.array([0.0]))[0]
    assert np.allclose(grey, 0.85)
    assert not mp.descriptor_scale("rms_db", "dB FS", np.array([-60.0, -10.0])).log


def test_the_class_vote_predicts_the_label_of_held_out_sounds(small):
    made, sounds = small
    held_out = np.arange(len(made.labels)) % 3 == 0
    keep = ~held_out[sounds]
    trained = type(made)(**{**made.__dict__, "anchor_xy": made.anchor_xy[keep],
                            "anchor_windows": made.anchor_windows[keep]})
    places = made.anchor_xy[~keep]
    votes = mp.predict_labels(trained, sounds[keep], places)
    truth = [made.labels[s] for s in sounds[~keep]]
    accuracy = float(np.mean([v == t for v, t in zip(votes, truth)]))
    chance = 1 / len(set(made.labels))
    print(f"held-out class accuracy of the 5-NN class picture (pca map, per anchor window): {accuracy:.2f} "
          f"(chance {chance:.2f})")
    assert accuracy > 1.5 * chance  # measured 0.25-0.30 over three splits (PCA mixes the classes)


def test_labels_are_spread_apart_and_stay_in_the_square():
    crowded = np.full((10, 2), 0.5) + np.random.default_rng(0).normal(0, 0.01, (10, 2))
    spread = mp.spread_apart(crowded)
    distance = np.linalg.norm(spread[:, None] - spread[None], axis=2) + np.eye(10)
    assert distance.min() > 0.1 and spread.min() >= 0.05 and spread.max() <= 0.95
