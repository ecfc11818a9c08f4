"""Named corpora live in the user's corpora folder: built by name, opened by name, listed, never in the package."""

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import soundfile as sf

import rtvae
from rtvae.cli import main
from rtvae.errors import CorpusError, UnsafeNameError
from rtvae.explore.corpus import Corpus, corpus_file, list_corpora, model_fingerprint, open_corpus
from rtvae.explore.descriptors import DESCRIPTORS
from rtvae.model.directory import default_model_path, load_model
from rtvae.paths import corpora_dir

PACKAGE = Path(rtvae.__file__).parent
OTHER_MODEL = "0123456789abcdef:fedcba9876543210"


# Python sources are left out of both listings: a checkout's sources change as people edit
# them while the tests run, and what a corpus build could leave behind is data, not code.
def package_files() -> set[str]:
    """Every file of the installed package but its Python sources and bytecode caches."""
    return {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"}


def git_status() -> set[str] | None:
    """``git status --porcelain`` of the checkout holding the package, but Python sources; None outside one."""
    found = subprocess.run(["git", "-C", str(PACKAGE), "status", "--porcelain", "--untracked-files=all"],
                           capture_output=True, text=True)
    return {line for line in found.stdout.splitlines() if not line.endswith(".py")} if found.returncode == 0 else None


def write_sounds(folder: Path) -> Path:
    """A bell, a kick and a string, one second each, as 44.1 kHz WAV files."""
    from rtvae.data.synth import corpus_specs, render_sound

    folder.mkdir(parents=True)
    last_of_family = {spec.family: spec for spec in corpus_specs()}
    for family in ("bell", "kick", "string"):
        spec = last_of_family[family]
        sf.write(folder / f"{spec.name}.wav", render_sound(spec, seed=0, sample_rate=44100), 44100)
    return folder


def small_corpus(model: str = OTHER_MODEL, model_name: str = "other", n_sounds: int = 2) -> Corpus:
    """A hand-made corpus of ``n_sounds`` sounds of three windows each."""
    n_windows = 3 * n_sounds
    return Corpus(names=[f"s{i}" for i in range(n_sounds)], paths=[f"s{i}.wav" for i in range(n_sounds)],
                  offsets=np.arange(0, n_windows + 1, 3, dtype=np.int64),
                  mu=np.zeros((n_windows, 4), np.float32), logvar=np.zeros((n_windows, 4), np.float32),
                  descriptors=np.zeros((n_windows, len(DESCRIPTORS)), np.float32),
                  descriptor_names=list(DESCRIPTORS), hop=512, sample_rate=44100, model=model, model_name=model_name)


@pytest.fixture(scope="module")
def embedded():
    return load_model("default")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``rtvae corpus build SOUNDS --name mine`` as a user runs it: the embedded model, $RTVAE_DATA set."""
    root = tmp_path_factory.mktemp("user")
    sounds = write_sounds(root / "sounds")
    before = package_files(), git_status()
    result = subprocess.run([sys.executable, "-m", "rtvae", "corpus", "build", str(sounds), "--name", "mine",
                             "--hop", "1024"], env={**os.environ, "RTVAE_DATA": str(root / "data")},
                            capture_output=True, text=True)
    return SimpleNamespace(result=result, before=before, after=(package_files(), git_status()),
                           corpora=root / "data" / "corpora", sounds=sounds)


def test_building_with_the_embedded_model_writes_only_into_the_corpora_folder(built):
    assert built.result.returncode == 0, built.result.stderr
    assert sorted(p.name for p in (built.corpora / "mine").iterdir()) == ["corpus.npz"]  # no temporary left
    (files_before, status_before), (files_after, status_after) = built.before, built.after
    assert files_after - files_before == set(), "the build wrote into the package"
    if status_before is not None:
        assert status_after - status_before == set(), "the build left the checkout dirty"


def test_open_corpus_finds_a_built_corpus_by_name(built, embedded):
    corpus = open_corpus(embedded, "mine", built.corpora)
    assert sorted(corpus.names) == sorted(p.stem for p in built.sounds.glob("*.wav"))
    assert corpus.hop == 1024 and corpus.model_name == "default"


def test_corpus_list_shows_each_corpus_with_its_model_sounds_windows_and_hop(built, embedded, capsys):
    assert main(["corpus", "list", "--corpora-dir", str(built.corpora)]) == 0
    row = next(line.split() for line in capsys.readouterr().out.splitlines() if line.split()[:1] == ["mine"])
    windows = 3 * ((44100 - embedded.card.window) // 1024 + 1)
    assert row == ["mine", "default", f"({model_fingerprint(embedded)[:8]})", "3", str(windows), "1024"]


def test_corpus_list_reads_the_corpora_folder_of_rtvae_data(built, monkeypatch, capsys):
    monkeypatch.setenv("RTVAE_DATA", str(built.corpora.parent))
    assert main(["corpus", "list"]) == 0
    out = capsys.readouterr().out
    assert f"1 corpus in {built.corpora}:" in out and "\n  mine " in out


def test_corpus_list_says_when_there_is_none_and_which_cannot_be_read(tmp_path, capsys):
    assert main(["corpus", "list", "--corpora-dir", str(tmp_path / "none")]) == 0
    assert "no corpora in" in capsys.readouterr().out
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "corpus.npz").write_bytes(b"not a zip")
    assert main(["corpus", "list", "--corpora-dir", str(tmp_path)]) == 0
    assert "\n  bad: unreadable: " in capsys.readouterr().out


def test_a_missing_name_is_an_error_naming_the_folder_and_a_few_known_names(tmp_path, embedded):
    with pytest.raises(CorpusError, match=f"no corpus 'drums' in {tmp_path} \\(none built yet\\)"):
        open_corpus(embedded, "drums", tmp_path)
    for i in range(7):
        small_corpus().save(corpus_file(f"c{i}", tmp_path))
    with pytest.raises(CorpusError, match=r"known: c0, c1, c2, c3, c4 and 2 more\); build it: "
                                          r"rtvae corpus build DIR --model default --name drums"):
        open_corpus(embedded, "drums", tmp_path)


def test_an_unsafe_name_is_refused_and_nothing_is_written(tmp_path, embedded, capsys):
    with pytest.raises(UnsafeNameError, match="not a plain name"):
        open_corpus(embedded, "../x", tmp_path / "corpora")
    assert main(["corpus", "build", str(tmp_path), "--name", "../x", "--corpora-dir", str(tmp_path / "corpora")]) == 2
    assert "'../x' is not a plain name" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_name_default_is_reserved_for_the_models_own_corpus(tmp_path):
    with pytest.raises(CorpusError, match="'default' names the model's own corpus"):
        corpus_file("default", tmp_path)


def test_a_corpus_built_for_another_model_is_refused_naming_both(tmp_path, embedded):
    small_corpus().save(corpus_file("theirs", tmp_path))
    with pytest.raises(CorpusError, match=f"another model, 'other' \\({OTHER_MODEL}\\), not with 'default' "
                                          f"\\({model_fingerprint(embedded)}"):
        open_corpus(embedded, "theirs", tmp_path)


def test_default_is_the_embedded_models_procedural_corpus(tmp_path, embedded, default_corpus):
    for name in (None, "default"):
        assert open_corpus(embedded, name, tmp_path).names == default_corpus.names
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def model_copy(tmp_path):
    return load_model(shutil.copytree(default_model_path(), tmp_path / "mine"))


def test_another_model_without_a_corpus_of_its_own_has_none_by_default(tmp_path, model_copy):
    assert open_corpus(model_copy, None, tmp_path) is None and open_corpus(model_copy, "default", tmp_path) is None
    with pytest.raises(CorpusError, match=f"build it: rtvae corpus build DIR --model {model_copy.path} --name drums"):
        open_corpus(model_copy, "drums", tmp_path)


def test_a_corpus_shipped_in_a_model_directory_is_its_default(tmp_path, model_copy):
    small_corpus(model_fingerprint(model_copy), "default").save(model_copy.path / "corpus.npz")
    assert open_corpus(model_copy, "default", tmp_path).names == ["s0", "s1"]


def test_corpora_dir_is_the_config_value_else_rtvae_data_else_xdg_else_home(monkeypatch, tmp_path):
    assert corpora_dir(str(tmp_path / "mine")) == tmp_path / "mine"
    monkeypatch.setenv("RTVAE_DATA", str(tmp_path / "data"))
    assert corpora_dir() == tmp_path / "data" / "corpora"
    monkeypatch.delenv("RTVAE_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert corpora_dir("") == tmp_path / "xdg" / "rtvae" / "corpora"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert corpora_dir() == tmp_path / "home" / ".local" / "share" / "rtvae" / "corpora"
    assert not (tmp_path / "home").exists()  # made when the first corpus is written, not before


def test_saving_replaces_a_corpus_atomically_and_an_unwritable_place_is_a_corpus_error(tmp_path):
    path = corpus_file("two", tmp_path)
    small_corpus(n_sounds=1).save(path)
    small_corpus(n_sounds=2).save(path)
    assert [info.n_sounds for info in list_corpora(tmp_path)] == [2]
    assert sorted(p.name for p in path.parent.iterdir()) == ["corpus.npz"]
    (tmp_path / "file").write_text("")
    with pytest.raises(CorpusError, match="cannot write the corpus"):
        small_corpus().save(tmp_path / "file" / "x" / "corpus.npz")
