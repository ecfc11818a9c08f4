"""``rtvae map build | list | pd`` as a user runs them: the map and its pictures land in the map's folder of the
user's corpora folder, are listed, become a Pd patch; bad names are answered with one clear line."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from types import SimpleNamespace

import pytest

from rtvae.cli import main
from rtvae.explore.map_pictures import MANIFEST
from rtvae.explore.maps import MAP_FILE, LatentMap
from rtvae.patchcheck import check_pd_patch, parse_pd
from tests.test_patches import LATENT

GRID = "24"


@pytest.fixture(scope="module")
def user(tmp_path_factory):
    """A fresh user data folder (``$RTVAE_DATA``) with the default corpus's map 'small' built in it."""
    with pytest.MonkeyPatch.context() as patch:
        data = tmp_path_factory.mktemp("data")
        patch.setenv("RTVAE_DATA", str(data))
        folder = data / "corpora" / "default" / "maps" / "small"
        said = io.StringIO()
        with contextlib.redirect_stdout(said):
            code = main(["map", "build", "--grid", GRID, "--name", "small"])
        yield SimpleNamespace(data=data, corpora=data / "corpora", folder=folder, code=code, out=said.getvalue())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_writes_the_map_and_its_pictures_into_the_map_folder(user):
    assert user.code == 0
    made = LatentMap.load(user.folder / MAP_FILE)
    assert (made.name, made.corpus, made.method, made.size) == ("small", "default", "pca", int(GRID))
    assert (user.folder / MANIFEST).is_file() and (user.folder / "background-class.png").is_file()
    assert (user.folder / "centroid_hz.png").is_file() and (user.folder / "background-confidence.png").is_file()


def test_build_says_where_it_wrote_and_how_to_play_it(user):
    assert f"to {user.folder}" in user.out and "/rtvae/map/load small" in user.out and "background-*.png" in user.out


def test_build_if_missing_leaves_a_built_map_alone(user, capsys):
    before = (user.folder / MAP_FILE).stat().st_mtime_ns
    code, out, _ = run(capsys, "map", "build", "--grid", GRID, "--name", "small", "--if-missing")
    assert code == 0 and "already built" in out
    assert (user.folder / MAP_FILE).stat().st_mtime_ns == before


def test_the_default_name_is_the_method_and_grid_layouts_say_so():
    from rtvae.commands.map import map_name

    assert map_name(SimpleNamespace(name=None, method="pca", layout="free")) == "pca"
    assert map_name(SimpleNamespace(name=None, method="umap", layout="grid")) == "umap-grid"
    assert map_name(SimpleNamespace(name="mine", method="umap", layout="grid")) == "mine"


def test_list_shows_the_maps_of_a_corpus_and_of_every_corpus(user, capsys):
    code, out, _ = run(capsys, "map", "list", "--corpus", "default")
    assert code == 0 and "small" in out and "pca" in out and GRID in out
    code, out_all, _ = run(capsys, "map", "list")
    assert code == 0 and "small" in out_all and "default" in out_all


def test_list_of_an_empty_folder_says_how_to_build_one(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RTVAE_DATA", str(tmp_path))
    code, out, _ = run(capsys, "map", "list")
    assert code == 0 and "no maps" in out and "rtvae map build" in out


def test_pd_writes_a_patch_that_parses_and_holds_together(user, tmp_path, capsys):
    out_file = tmp_path / "mine.pd"
    code, out, _ = run(capsys, "map", "pd", "--name", "small", "--cells", "8", "--out", str(out_file),
                       "--picture", "centroid_hz")
    assert code == 0 and str(out_file) in out
    patch = parse_pd(out_file)
    assert patch.problems == [] and check_pd_patch(out_file, LATENT) == []
    pad = next(c for c in patch.canvases if c.name == "rtvae-map-pad")
    assert sum(o.cls == "cnv" for o in pad.objects) == 64 and sum(o.kind == "scalar" for o in pad.objects) == 2
    text = out_file.read_text()
    assert "symbol small;" in text and "oscformat rtvae map load;" in text  # it loads its own map


def test_pd_writes_into_the_map_folder_by_default(user, capsys):
    code, _, _ = run(capsys, "map", "pd", "--name", "small")
    assert code == 0 and (user.folder / "rtvae-map.pd").is_file()


@pytest.mark.parametrize("argv, complaint", [
    (["map", "build", "--corpus", "nope", "--grid", "4"], "no corpus 'nope'"),
    (["map", "build", "--name", "../up", "--grid", "4"], "not a plain name"),
    (["map", "build", "--grid", "1", "--name", "tiny"], "--grid must be at least 2"),
    (["map", "list", "--corpus", "nope"], "no corpus 'nope'"),
    (["map", "pd", "--name", "nope"], "no map 'nope'"),
    (["map", "pd", "--corpus", "nope"], "no corpus 'nope'"),
    (["map", "pd", "--name", "small", "--picture", "nope"], "no picture 'nope'"),
    (["map", "pd", "--name", "small", "--cells", "1"], "--cells must be 2..64"),
])
def test_bad_input_is_one_clear_line(user, capsys, argv, complaint):
    code, out, err = run(capsys, *argv)
    assert code == 2 and complaint in err and err.count("\n") == 1
    assert err.startswith("rtvae map: error: ")


def test_a_map_of_another_model_is_not_taken_as_built(user, tmp_path):
    from rtvae.commands.map import is_built

    assert is_built(user.folder, LatentMap.load(user.folder / MAP_FILE).fingerprint)
    assert not is_built(user.folder, "0123456789abcdef:fedcba9876543210")
    assert not is_built(tmp_path, "anything")


def test_nothing_is_written_outside_the_user_folder(user):
    written = {p.relative_to(user.data) for p in Path(user.data).rglob("*") if p.is_file()}
    assert all(p.parts[:3] == ("corpora", "default", "maps") for p in written)
