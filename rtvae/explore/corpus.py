"""A corpus: every sound of a folder encoded by one model, described, and clustered.

For each file: per-window mu and logvar at an encoding hop, the descriptors of the
*decoded* windows (what the model actually plays, which descriptor targets will match
against), and a bag-of-frames thumbnail (mean and std of each descriptor over the sound)
that a Self-Organising Map clusters, so a cluster's sounds can be concatenated into a
long interpolation source.

Stored as one versioned ``.npz`` next to the model, tied to the model by the SHA-256 of
its encoder and decoder: loading a corpus with another model is an error.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from rtvae.audiofiles import load_folder
from rtvae.errors import CorpusError, RtvaeError
from rtvae.framing import frame
from rtvae.model.card import DECODER_FILE, ENCODER_FILE
from rtvae.model.directory import ModelDirectory

FORMAT = "rtvae-corpus"
VERSION = 1
CORPUS_FILE = "corpus.npz"


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
        path = Path(path)
        meta = {"format": FORMAT, "version": VERSION, "names": self.names, "paths": self.paths,
                "descriptor_names": self.descriptor_names, "hop": self.hop, "sample_rate": self.sample_rate,
                "model": self.model, "som": self.som}
        np.savez(path, meta=np.array(json.dumps(meta, default=_plain)), offsets=self.offsets, mu=self.mu, logvar=self.logvar,
                 descriptors=self.descriptors, clusters=self.clusters)
        return path

    @classmethod
    def load(cls, path: str | Path, model: ModelDirectory | None = None) -> "Corpus":
        """Read a corpus; with ``model``, refuse one that another model encoded."""
        path = Path(path)
        if not path.is_file():
            raise CorpusError(f"corpus file not found: {path}")
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                arrays = {k: data[k] for k in ("offsets", "mu", "logvar", "descriptors", "clusters")}
        except (OSError, ValueError, KeyError) as exc:
            raise CorpusError(f"{path} is not a readable corpus: {exc}") from None
        if meta.get("format") != FORMAT or meta.get("version") != VERSION:
            raise CorpusError(f"{path}: not an rtvae corpus of version {VERSION}")
        if model is not None and meta["model"] != model_fingerprint(model):
            raise CorpusError(f"{path} was built with another model ({meta['model']}); "
                              f"rebuild it: rtvae corpus build FOLDER --model {model.path}")
        return cls(names=meta["names"], paths=meta["paths"], descriptor_names=meta["descriptor_names"],
                   hop=meta["hop"], sample_rate=meta["sample_rate"], model=meta["model"], som=meta["som"],
                   **arrays)


class Analyser:
    """Encoder, decoder and describer of one model, made once for a whole folder."""

    def __init__(self, model: ModelDirectory):
        from rtvae.explore.descriptors import Describer

        self.model = model
        self.encoder = model.encoder()
        self.decoder = model.decoder(max_batch=256)
        self.describer = Describer(model.card.window, model.card.sample_rate)

    def analyse(self, samples: np.ndarray, hop: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Windows of one sound at ``hop`` → mu, logvar, and descriptors of their decoding."""
        mu, logvar = self.encoder.encode(frame(samples, self.model.card.window, hop))
        return mu, logvar, self.describer.describe(self.decoder.decode_array(mu))


def build_corpus(folder: str | Path, model: ModelDirectory, hop: int = 256,
                 progress: Callable[[int, int], None] | None = None, seed: int = 0) -> Corpus:
    """Encode, describe and cluster every sound below ``folder``."""
    report = load_folder(folder, model.card.sample_rate)
    sounds = [(s.name, str(s.path), s.samples) for s in report.sounds]
    return build_from_sounds(sounds, model, hop, progress, seed)


def build_from_sounds(sounds: list[tuple[str, str, np.ndarray]], model: ModelDirectory, hop: int,
                      progress: Callable[[int, int], None] | None = None, seed: int = 0) -> Corpus:
    """The corpus of (name, path, samples at the model rate) triples."""
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
        model=model_fingerprint(model),
    )
    cluster(corpus, seed)
    return corpus


def procedural_corpus(model: ModelDirectory, hop: int = 256) -> Corpus:
    """The procedural sounds (seed 0) as a corpus; paths say how to render each again."""
    from rtvae.data.synth import corpus_specs, render_sound

    rate = model.card.sample_rate
    sounds = [(s.name, f"procedural:{s.name}", render_sound(s, seed=0, sample_rate=rate)) for s in corpus_specs()]
    return build_from_sounds(sounds, model, hop)


def cache_dir() -> Path:
    return Path(os.environ.get("RTVAE_CACHE", Path.home() / ".cache" / "rtvae"))


def default_corpus_file(model: ModelDirectory) -> Path | None:
    """Where the embedded model's procedural corpus is cached; None for any other model."""
    from rtvae.model.directory import default_model_path

    if model.path.resolve() != default_model_path().resolve():
        return None
    return cache_dir() / f"default-{model_fingerprint(model).replace(':', '-')}-{CORPUS_FILE}"


def corpus_for(model: ModelDirectory, build: bool = True) -> Corpus | None:
    """The model's corpus: ``MODEL/corpus.npz``; for the embedded model, the procedural one.

    The embedded model's corpus is not stored in the package (27 MB at hop 256): the
    generator that made its training sounds ships instead, and the corpus is built once
    (about 6 s) into the cache folder ($RTVAE_CACHE, default ~/.cache/rtvae). With
    ``build=False`` a corpus not built yet is None (see :func:`start_default_build`).
    """
    if (model.path / CORPUS_FILE).is_file():
        return Corpus.load(model.path / CORPUS_FILE, model)
    cached = default_corpus_file(model)
    if cached is None:
        return None
    if cached.is_file():
        return Corpus.load(cached, model)
    if not build:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    corpus = procedural_corpus(model)
    # Unique per process: two first starts at once must not write into one temporary file.
    temp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp.npz")
    corpus.save(temp)
    os.replace(temp, cached)
    return corpus


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
