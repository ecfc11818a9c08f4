"""Interpolation sources: a corpus sound, a SOM cluster of sounds, or a file, as latents.

A source is a sequence of (mu, logvar) windows at some encoding hop. Corpus sounds and
clusters come straight from the corpus; files (inside the allowed folder only) and the
``extend`` strategy's small-hop encodings are computed from audio, off the audio thread.
Two sources of different lengths are trimmed to the shorter, as in the paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rtvae.audiofiles import AUDIO_SUFFIXES, load_sound
from rtvae.errors import CorpusError, RtvaeError
from rtvae.explore.corpus import Corpus
from rtvae.framing import frame
from rtvae.model.directory import ModelDirectory
from rtvae.paths import inside

CLUSTER_PREFIX = "cluster:"
PROCEDURAL_PREFIX = "procedural:"


@dataclass
class Source:
    """One interpolation source: its name, latents per window, and their hop in samples."""

    name: str
    mu: np.ndarray
    logvar: np.ndarray
    hop: int

    def __len__(self) -> int:
        return len(self.mu)


def audio_of(path: str, sample_rate: int) -> np.ndarray:
    """The audio behind a corpus entry: a file, or a procedural sound re-rendered by name."""
    if path.startswith(PROCEDURAL_PREFIX):
        from rtvae.data.synth import corpus_specs, render_sound

        specs = {s.name: s for s in corpus_specs()}
        return render_sound(specs[path[len(PROCEDURAL_PREFIX):]], sample_rate=sample_rate)
    return load_sound(path, sample_rate).samples


def encode(model: ModelDirectory, name: str, samples: np.ndarray, hop: int) -> Source:
    mu, logvar = model.encoder().encode(frame(samples, model.card.window, hop))
    return Source(name, mu, logvar, hop)


def resolve(spec: str, corpus: Corpus | None, model: ModelDirectory, sounds_dir: Path, hop: int | None = None) -> Source:
    """``spec`` is a corpus sound, ``cluster:N``, or a file name in ``sounds_dir``.

    With ``hop`` (the extend strategy), the audio is encoded again at that hop.
    """
    if spec.lower().endswith(AUDIO_SUFFIXES):
        path = inside(sounds_dir, spec)
        if not path.is_file():
            raise RtvaeError(f"no file '{spec}' in {sounds_dir.resolve()}")
        return encode(model, spec, load_sound(path, model.card.sample_rate).samples, hop or model.card.default_hop)
    if corpus is None:
        raise CorpusError("no corpus for this model: build one with 'rtvae corpus build DIR --model MODEL --name NAME' "
                          "and choose it with --corpus NAME (or /rtvae/corpus/load NAME)")
    if spec.startswith(CLUSTER_PREFIX):
        return _cluster(spec, corpus, model, hop)
    if hop is not None and hop != corpus.hop:
        samples = audio_of(corpus.paths[corpus.index(spec)], model.card.sample_rate)
        return encode(model, spec, samples, hop)
    mu, logvar = corpus.sequence(spec)
    return Source(spec, mu, logvar, corpus.hop)


def _cluster(spec: str, corpus: Corpus, model: ModelDirectory, hop: int | None) -> Source:
    try:
        cell = int(spec[len(CLUSTER_PREFIX):])
    except ValueError:
        raise RtvaeError(f"'{spec}' is not cluster:N with N a number") from None
    if hop is None or hop == corpus.hop:
        mu, logvar = corpus.cluster_sequence(cell)
        return Source(spec, mu, logvar, corpus.hop)
    parts = [resolve(name, corpus, model, Path("."), hop) for name in corpus.cluster_members(cell)]
    return Source(spec, np.concatenate([p.mu for p in parts]), np.concatenate([p.logvar for p in parts]), hop)


def pair(a: Source, b: Source) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(mu_a, logvar_a, mu_b, logvar_b) trimmed to the shorter source, float32, contiguous."""
    if a.hop != b.hop:
        raise RtvaeError(f"sources encoded at different hops ({a.hop} and {b.hop})")
    n = min(len(a), len(b))
    return tuple(np.ascontiguousarray(x[:n], np.float32) for x in (a.mu, a.logvar, b.mu, b.logvar))


def resolve_anywhere(spec: str, corpus: Corpus | None, model: ModelDirectory, hop: int | None = None) -> Source:
    """For the command line: like :func:`resolve`, but a file may be any path the user gives."""
    path = Path(spec)
    if spec.lower().endswith(AUDIO_SUFFIXES):
        if not path.is_file():
            raise RtvaeError(f"audio file not found: {spec}")
        return encode(model, path.stem, load_sound(path, model.card.sample_rate).samples, hop or model.card.default_hop)
    return resolve(spec, corpus, model, Path("."), hop)
