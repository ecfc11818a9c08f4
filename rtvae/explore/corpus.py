"""A corpus: every sound of a folder encoded by one model, described, and clustered.

For each file: per-window mu and logvar at an encoding hop, the descriptors of the
*decoded* windows (what the model actually plays, which descriptor targets will match
against), and a bag-of-frames thumbnail (mean and std of each descriptor over the sound)
that a Self-Organising Map clusters, so a cluster's sounds can be concatenated into a
long interpolation source.

The corpus also carries its descriptor atlas (:mod:`rtvae.explore.atlas`): every window
and midpoints between neighbouring sounds, with descriptors of the audio as played, the
ground that descriptor targets (:mod:`rtvae.explore.targets`) choose latents on.

Stored as one versioned ``.npz``, tied to the model by the SHA-256 of its encoder and
decoder: loading a corpus with another model is an error, and so is loading one of an
older version (version 1 had no atlas, version 2 no pulse per atlas point: rebuild it).
Corpora are the user's named artefacts, one folder each in the corpora folder
(:func:`rtvae.paths.corpora_dir`): ``<corpora_dir>/<name>/corpus.npz``, with room beside it
for the maps to come. The name ``default`` is reserved for the model's own corpus (:func:`open_corpus`). Nothing is ever
written into a model directory or the installed package.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Sequence

import numpy as np

from rtvae.audiofiles import load_folder
from rtvae.errors import CorpusError, UnsafeNameError, a_few
from rtvae.explore.atlas import Atlas
from rtvae.framing import frame
from rtvae.model.card import DECODER_FILE, ENCODER_FILE
from rtvae.model.directory import ModelDirectory, default_model_path
from rtvae.paths import cache_dir, check_name, inside

FORMAT = "rtvae-corpus"
VERSION = 3                  # 2: the descriptor atlas (rtvae.explore.atlas) is stored with the corpus; 3: its pulse
WHAT_VERSIONS_ADDED = {2: "descriptor atlas", 3: "pulse per atlas point"}
CORPUS_FILE = "corpus.npz"
DEFAULT_NAME = "default"     # the model's own corpus, never a folder in the corpora folder
ARRAYS = ("offsets", "mu", "logvar", "descriptors", "clusters")
ATLAS_ARRAYS = ("atlas_pairs", "atlas_descriptors", "atlas_pulse")  # absent from a corpus made without one


def is_embedded(model: ModelDirectory) -> bool:
    """True for the default model that ships inside the package."""
    return model.path.resolve() == default_model_path().resolve()


def model_argument(model: ModelDirectory) -> str:
    """How to name ``model`` on the command line (``--model ...``)."""
    return "default" if is_embedded(model) else str(model.path)


def model_fingerprint(model: ModelDirectory) -> str:
    """What ties a corpus to the exact model that encoded it."""
    files = model.card.files
    return f"{files[ENCODER_FILE]['sha256'][:16]}:{files[DECODER_FILE]['sha256'][:16]}"


def unique_names(stems: list[str]) -> list[str]:
    """OSC-addressable names: file stems made plain, made unique with _2, _3 ..."""
    names, seen = [], {}
    for stem in stems:
        base = re.sub(r"[^A-Za-z0-9_.-]", "_", stem) or "sound"
        count = seen.get(base, 0) + 1
        seen[base] = count
        names.append(base if count == 1 else f"{base}_{count}")
    return names


@dataclass
class Corpus:
    """Latents and descriptors of every window of every sound, and the sounds' clusters."""

    names: list[str]
    paths: list[str]
    offsets: np.ndarray          # (n_sounds + 1,) int64: windows of sound i are offsets[i]:offsets[i+1]
    mu: np.ndarray               # (n_windows, latent) float32
    logvar: np.ndarray           # (n_windows, latent) float32
    descriptors: np.ndarray      # (n_windows, n_descriptors) float32, of the decoded windows
    descriptor_names: list[str]
    hop: int
    sample_rate: int
    model: str                   # model_fingerprint of the encoding model
    clusters: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # (n_sounds,) SOM cell
    som: dict = field(default_factory=dict)
    model_name: str = ""         # the encoding model's card name, to show to users
    atlas: Atlas | None = field(default=None, repr=False)  # descriptor atlas; None if made without

    def index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise CorpusError(f"no sound '{name}' in the corpus ({len(self.names)} sounds)") from None

    def sequence(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(mu, logvar) windows of one sound, in time order."""
        i = self.index(name)
        window = slice(self.offsets[i], self.offsets[i + 1])
        return self.mu[window], self.logvar[window]

    def cluster_members(self, cell: int) -> list[str]:
        return [n for n, c in zip(self.names, self.clusters) if c == cell]

    def cluster_sequence(self, cell: int) -> tuple[np.ndarray, np.ndarray]:
        """The cluster's sounds concatenated in corpus order (the meso-scale source)."""
        members = self.cluster_members(cell)
        if not members:
            raise CorpusError(f"cluster {cell} is empty or does not exist ({len(self.som.get('weights', []))} cells)")
        parts = [self.sequence(name) for name in members]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def thumbnails(self) -> np.ndarray:
        """(n_sounds, 2 · n_descriptors): per-sound mean and std of each descriptor."""
        rows = []
        for i in range(len(self.names)):
            d = self.descriptors[self.offsets[i]:self.offsets[i + 1]]
            rows.append(np.concatenate([d.mean(axis=0), d.std(axis=0)]))
        return np.array(rows, np.float64)

    def save(self, path: str | Path) -> Path:
        """Write to ``path`` (its folder made if needed) atomically: a temporary file beside it, renamed.

        A reader never sees half a file, and a build that fails or is interrupted leaves
        the previous corpus in place. An unwritable folder is a :class:`CorpusError`.
        """
        path = Path(path)
        meta = {"format": FORMAT, "version": VERSION, "names": self.names, "paths": self.paths,
                "descriptor_names": self.descriptor_names, "hop": self.hop, "sample_rate": self.sample_rate,
                "model": self.model, "model_name": self.model_name, "som": self.som}
        arrays = {name: getattr(self, name) for name in ARRAYS}
        if self.atlas is not None:
            meta["atlas"] = self.atlas.meta()
            arrays.update(self.atlas.arrays())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, lambda out: np.savez(out, meta=np.array(json.dumps(meta, default=_plain)), **arrays))
        except OSError as exc:
            raise CorpusError(f"cannot write the corpus {path}: {exc.strerror or exc}") from exc
        return path

    @classmethod
    def load(cls, path: str | Path, model: ModelDirectory | None = None) -> "Corpus":
        """Read a corpus; with ``model``, refuse one that another model encoded."""
        path = Path(path)
        meta, arrays = read_corpus_file(path, ARRAYS, ATLAS_ARRAYS)
        if model is not None and meta["model"] != model_fingerprint(model):
            built_with = f"'{meta['model_name']}' " if meta.get("model_name") else ""
            raise CorpusError(f"{path} was built with another model, {built_with}({meta['model']}), not with "
                              f"'{model.card.name}' ({model_fingerprint(model)}, {model.path}); rebuild it: "
                              f"rtvae corpus build FOLDER --model {model_argument(model)} --name NAME")
        atlas = stored_atlas(meta, arrays)
        return cls(names=meta["names"], paths=meta["paths"], descriptor_names=meta["descriptor_names"],
                   hop=meta["hop"], sample_rate=meta["sample_rate"], model=meta["model"], som=meta["som"],
                   model_name=meta.get("model_name", ""), atlas=atlas, **{k: arrays[k] for k in ARRAYS})


def stored_atlas(meta: dict, arrays: dict[str, np.ndarray]) -> Atlas | None:
    """The atlas of a corpus file's metadata and arrays, or None when it was saved without one."""
    from rtvae.explore.atlas import from_parts
    from rtvae.explore.descriptors import UNITS

    if "atlas" not in meta or any(name not in arrays for name in ATLAS_ARRAYS):
        return None
    n_windows, names = int(meta["atlas"]["n_windows"]), meta["descriptor_names"]
    values = arrays["atlas_descriptors"]
    return from_parts(arrays["mu"], arrays["offsets"], values[:n_windows], names,
                      {n: UNITS.get(n, "") for n in names}, meta["hop"], arrays["atlas_pairs"],
                      values[n_windows:], arrays["atlas_pulse"])


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write`` into a temporary file beside ``path``, then rename it over ``path``; no temporary is left."""
    # Unique per process and thread: two first builds at once must not share a temporary file.
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(temp, "wb") as out:
            write(out)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)  # gone already once renamed


def read_corpus_file(path: Path, arrays: tuple[str, ...],
                     optional: tuple[str, ...] = ()) -> tuple[dict, dict[str, np.ndarray]]:
    """The metadata of a corpus file, the ``arrays`` named and those of ``optional`` it has (only those are read).

    A file of another version is a :class:`CorpusError` saying how to rebuild it.
    """
    if not path.is_file():
        raise CorpusError(f"corpus file not found: {path}")
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            check_version(path, meta)
            values = {k: data[k] for k in arrays}
            values.update({k: data[k] for k in optional if k in data.files})
    except (OSError, ValueError, KeyError) as exc:
        raise CorpusError(f"{path} is not a readable corpus: {exc}") from None
    return meta, values


def check_version(path: Path, meta) -> None:
    """Refuse a file that is not an rtvae corpus of this :data:`VERSION`, saying what to do."""
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CorpusError(f"{path}: not an rtvae corpus")
    version = meta.get("version")
    if version != VERSION:
        if isinstance(version, int) and version < VERSION:
            why = "it has no " + " and no ".join(WHAT_VERSIONS_ADDED[v] for v in range(max(version + 1, 2), VERSION + 1))
        else:
            why = "this rtvae is older"
        raise CorpusError(f"{path} is a corpus of version {version}; this rtvae reads version {VERSION} ({why}); "
                          f"rebuild it: {rebuild_command(path, meta)}")


def rebuild_command(path: Path, meta: dict) -> str:
    """``rtvae corpus build DIR --name NAME``, with the sounds' folder and the corpus's name where known."""
    paths = [p for p in meta.get("paths", []) if isinstance(p, str) and not p.startswith("procedural:")]
    folder = os.path.commonpath([str(Path(p).parent) for p in paths]) if paths else "DIR"
    name = path.parent.name if path.name == CORPUS_FILE and _plain_name(path.parent.name) else "NAME"
    return f"rtvae corpus build {folder} --name {name}"


class Analyser:
    """Encoder, decoder and describer of one model, made once for a whole folder."""

    def __init__(self, model: ModelDirectory):
        from rtvae.explore.descriptors import Describer

        self.model = model
        self.encoder = model.encoder()
        self.decoder = model.decoder(max_batch=256)
        self.describer = Describer(model.card.window, model.card.sample_rate)

    def analyse(self, samples: np.ndarray, hop: int) -> tuple[np.ndarray, ...]:
        """Windows of one sound at ``hop`` → mu, logvar, descriptors of their decoding, as played, and the pulse
        as played.

        "As played" is the atlas's measure (:func:`rtvae.explore.atlas.played_segments`):
        the decoded windows overlap-added at ``hop``, measured over each window's span.
        """
        from rtvae.explore.atlas import measure_played, played_segments

        mu, logvar = self.encoder.encode(frame(samples, self.model.card.window, hop))
        windows = self.decoder.decode_array(mu)
        return (mu, logvar, self.describer.describe(windows),
                *measure_played(played_segments(windows, hop), hop, self.describer.describe))

    def decode(self, latents: np.ndarray) -> np.ndarray:
        return self.decoder.decode_array(latents)

    def describe(self, windows: np.ndarray) -> np.ndarray:
        return self.describer.describe(windows)


def build_corpus(folder: str | Path, model: ModelDirectory, hop: int = 256,
                 progress: Callable[[int, int], None] | None = None, seed: int = 0) -> Corpus:
    """Encode, describe and cluster every sound below ``folder``."""
    report = load_folder(folder, model.card.sample_rate)
    sounds = [(s.name, str(s.path), s.samples) for s in report.sounds]
    return build_from_sounds(sounds, model, hop, progress, seed)


def build_from_sounds(sounds: list[tuple[str, str, np.ndarray]], model: ModelDirectory, hop: int,
                      progress: Callable[[int, int], None] | None = None, seed: int = 0) -> Corpus:
    """The corpus of (name, path, samples at the model rate) triples, with its atlas."""
    from rtvae.explore.descriptors import DESCRIPTORS

    analyser, parts = Analyser(model), []
    for done, (_, _, samples) in enumerate(sounds, 1):
        parts.append(analyser.analyse(samples, hop))
        if progress is not None:
            progress(done, len(sounds))
    lengths = [len(p[0]) for p in parts]
    corpus = Corpus(
        names=unique_names([s[0] for s in sounds]), paths=[s[1] for s in sounds],
        offsets=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
        mu=np.concatenate([p[0] for p in parts]).astype(np.float32),
        logvar=np.concatenate([p[1] for p in parts]).astype(np.float32),
        descriptors=np.concatenate([p[2] for p in parts]).astype(np.float32),
        descriptor_names=list(DESCRIPTORS), hop=hop, sample_rate=model.card.sample_rate,
        model=model_fingerprint(model), model_name=model.card.name,
    )
    cluster(corpus, seed)
    corpus.atlas = atlas_of(corpus, np.concatenate([p[3] for p in parts]), np.concatenate([p[4] for p in parts]),
                            analyser, seed)
    return corpus


def atlas_of(corpus: Corpus, played: np.ndarray, pulse: np.ndarray, analyser: Analyser, seed: int = 0):
    """The corpus's descriptor atlas: its windows (``played``: their descriptors as played, ``pulse``: their
    pulse as played) and midpoints."""
    from rtvae.explore.atlas import build_atlas
    from rtvae.explore.descriptors import UNITS

    return build_atlas(corpus.mu, corpus.offsets, played, pulse, corpus.descriptor_names, UNITS, corpus.hop,
                       analyser.decode, analyser.describe, seed=seed)


def procedural_corpus(model: ModelDirectory, hop: int = 256, names: Sequence[str] | None = None) -> Corpus:
    """The procedural sounds (seed 0) as a corpus, or only the ``names`` given, in that order; paths say how
    to render each again."""
    from rtvae.data.synth import corpus_specs, render_sound

    specs = corpus_specs()
    if names is not None:
        by_name = {s.name: s for s in specs}
        specs = [by_name[n] for n in names]
    rate = model.card.sample_rate
    sounds = [(s.name, f"procedural:{s.name}", render_sound(s, seed=0, sample_rate=rate)) for s in specs]
    return build_from_sounds(sounds, model, hop)


def default_corpus_file(model: ModelDirectory) -> Path | None:
    """Where the embedded model's procedural corpus is cached; None for any other model."""
    if not is_embedded(model):
        return None
    return cache_dir() / f"default-v{VERSION}-{model_fingerprint(model).replace(':', '-')}-{CORPUS_FILE}"


def corpus_for(model: ModelDirectory, build: bool = True) -> Corpus | None:
    """The model's own corpus (the name ``default``), or None if it has none.

    For the embedded model, the procedural one: not stored in the package (28 MB at hop
    256): the generator that made its training sounds ships instead, and the corpus is
    built once (about 10 s on two cores, the atlas included) into the cache folder
    ($RTVAE_CACHE, default ~/.cache/rtvae), in a file named after the corpus version, so
    that a new version builds its own.
    With ``build=False`` a corpus not built yet is None (see :func:`start_default_build`).
    Another model's own corpus is a ``corpus.npz`` its directory ships, read, never written.
    """
    cached = default_corpus_file(model)
    if cached is None:
        shipped = model.path / CORPUS_FILE
        return Corpus.load(shipped, model) if shipped.is_file() else None
    if cached.is_file():
        return Corpus.load(cached, model)
    if not build:
        return None
    corpus = procedural_corpus(model)
    corpus.save(cached)
    return corpus


def corpus_file(name: str, corpora_dir: str | Path) -> Path:
    """Where the corpus ``name`` is stored: ``<corpora_dir>/<name>/corpus.npz`` (write it with ``Corpus.save``).

    A name that is not a plain word is an :class:`~rtvae.errors.UnsafeNameError`;
    ``'default'`` (the model's own corpus, see :func:`open_corpus`) a :class:`CorpusError`.
    """
    if name == DEFAULT_NAME:
        raise CorpusError(f"'{DEFAULT_NAME}' names the model's own corpus; choose another name")
    return inside(corpora_dir, name) / CORPUS_FILE


def open_corpus(model: ModelDirectory, name: str | None, corpora_dir: str | Path) -> Corpus | None:
    """The corpus called ``name`` for ``model``: what ``--corpus NAME`` and ``/rtvae/corpus/load NAME`` mean.

    ``None`` or ``'default'`` is the model's own corpus (:func:`corpus_for`): for the
    embedded model the procedural one, built into the cache on first use in this process
    (a live server builds it first with :func:`build_default_in_child`); for another
    model the ``corpus.npz`` its directory ships, or None when it has none (sound files
    still work as sources; sound names need a corpus built with ``--name``).
    Any other name is ``<corpora_dir>/<name>/corpus.npz``, checked against ``model``.
    Raises :class:`CorpusError` (no such name, unreadable, or built with another model)
    or :class:`~rtvae.errors.UnsafeNameError` (a name that is not a plain word).
    """
    if name is None or name == DEFAULT_NAME:
        return corpus_for(model)
    path = corpus_file(name, corpora_dir)
    if not path.is_file():
        raise CorpusError(f"no corpus '{name}' in {Path(corpora_dir)} ({_known(corpora_dir)}); build it: "
                          f"rtvae corpus build DIR --model {model_argument(model)} --name {name}")
    return Corpus.load(path, model)


@dataclass(frozen=True)
class CorpusInfo:
    """What ``rtvae corpus list`` shows of one stored corpus, read without its arrays."""

    name: str
    path: Path
    model: str = ""              # model_fingerprint of the encoding model
    model_name: str = ""
    n_sounds: int = 0
    n_windows: int = 0
    hop: int = 0
    problem: str = ""            # why it cannot be read; empty when it can


def stored_names(corpora_dir: str | Path) -> list[str]:
    """The names of the corpora in the folder, sorted (none if it does not exist yet)."""
    folder = Path(corpora_dir)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if _plain_name(p.name) and (p / CORPUS_FILE).is_file())


def list_corpora(corpora_dir: str | Path) -> list[CorpusInfo]:
    """Every corpus stored in the folder, by name; an unreadable one says why in ``problem``."""
    infos = []
    for name in stored_names(corpora_dir):
        path = Path(corpora_dir) / name / CORPUS_FILE
        try:
            meta, arrays = read_corpus_file(path, ("offsets",))
            infos.append(CorpusInfo(name, path, meta["model"], meta.get("model_name", ""), len(meta["names"]),
                                    int(arrays["offsets"][-1]), int(meta["hop"])))
        except (CorpusError, KeyError, IndexError, TypeError, ValueError) as exc:
            infos.append(CorpusInfo(name, path, problem=str(exc)))
    return infos


def _plain_name(name: str) -> bool:
    try:
        return check_name(name) != DEFAULT_NAME
    except UnsafeNameError:
        return False


def _known(corpora_dir: str | Path, most: int = 5) -> str:
    names = stored_names(corpora_dir)
    return "known: " + a_few(names, "", most) if names else "none built yet"


def start_default_build() -> subprocess.Popen:
    """Build the embedded model's corpus cache in a child process, at low priority.

    A live server must not do it on one of its own threads: synthesis, analysis and the
    first JIT compilation would hold its GIL for seconds while the audio thread waits, and
    an interpreter that exits during a compilation aborts. ``rtvae corpus default`` is the
    same build from the command line.
    """
    command = [sys.executable, "-m", "rtvae", "corpus", "default"]
    if shutil.which("nice"):
        command = ["nice", "-n", "10", *command]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def build_default_in_child(started: Callable[[subprocess.Popen], None] | None = None) -> None:
    """:func:`start_default_build` and wait for it; ``started`` gets the child (to stop it).

    A child that fails (or is terminated) is a :class:`CorpusError` with what it said.
    """
    child = start_default_build()
    if started is not None:
        started(child)
    _, problem = child.communicate()
    if child.returncode != 0:
        raise CorpusError(f"the default corpus could not be built: {problem.strip() or f'status {child.returncode}'}")


def cluster(corpus: Corpus, seed: int = 0) -> None:
    """Cluster the sounds with a SOM over z-scored thumbnails; store cells and the map."""
    from rtvae.explore.som import SOM, grid_for

    thumbs = corpus.thumbnails()
    scaled = (thumbs - thumbs.mean(axis=0)) / (thumbs.std(axis=0) + 1e-9)
    rows, cols = grid_for(len(scaled))
    som = SOM(rows, cols, scaled.shape[1], seed=seed)
    som.fit(scaled)
    corpus.clusters = np.asarray(som.winners(scaled), np.int64)
    corpus.som = {**som.to_dict(), "scale_mean": thumbs.mean(axis=0).tolist(),
                  "scale_std": (thumbs.std(axis=0) + 1e-9).tolist()}


def _plain(value):
    """JSON for numpy values inside the SOM's description."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"cannot store {type(value).__name__} in a corpus")
