"""Reading users' sound folders: any format soundfile reads, any rate, any channels.

Every file comes back mono float32 at the model's sample rate. A file that cannot be
read, or holds no samples, is reported by path and skipped; a folder with nothing
usable is an error, since training or encoding on nothing is never what was meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Callable

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

from rtvae.errors import AudioFileError

AUDIO_SUFFIXES = (".wav", ".flac", ".aif", ".aiff", ".ogg")


@dataclass
class Sound:
    """One loaded file: ``samples`` is float32 mono at ``sample_rate``."""

    path: Path
    samples: np.ndarray
    sample_rate: int

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate


@dataclass
class LoadReport:
    """What a folder load kept and what it skipped (path, reason)."""

    sounds: list[Sound] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def find_audio_files(folder: str | Path) -> list[Path]:
    """Audio files below ``folder``, recursively, sorted for reproducible order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise AudioFileError(f"not a folder: {folder}")
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES)


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Polyphase resampling (Kaiser-windowed), float32 in and out."""
    if from_rate == to_rate:
        return samples.astype(np.float32, copy=False)
    ratio = Fraction(to_rate, from_rate)
    out = resample_poly(samples.astype(np.float64), ratio.numerator, ratio.denominator)
    return out.astype(np.float32)


def load_sound(path: str | Path, sample_rate: int) -> Sound:
    """Read one file as mono float32 at ``sample_rate``; AudioFileError names the path."""
    path = Path(path)
    if not path.is_file():
        raise AudioFileError(f"audio file not found: {path}")
    try:
        data, file_rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError, ValueError) as exc:
        raise AudioFileError(f"cannot read audio file {path}: {exc}") from None
    if data.shape[0] == 0:
        raise AudioFileError(f"audio file has no samples: {path}")
    mono = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
    return Sound(path, resample(mono, file_rate, sample_rate), sample_rate)


def load_folder(
    folder: str | Path, sample_rate: int, progress: Callable[[int], None] | None = None
) -> LoadReport:
    """Load every audio file below ``folder``; unreadable or empty files are skipped."""
    paths = find_audio_files(folder)
    if not paths:
        raise AudioFileError(f"no audio files ({', '.join(AUDIO_SUFFIXES)}) in {folder}")
    report = LoadReport()
    for done, path in enumerate(paths, 1):
        try:
            report.sounds.append(load_sound(path, sample_rate))
        except AudioFileError as exc:
            report.skipped.append((path, str(exc)))
        if progress is not None:
            progress(done)
    if not report.sounds:
        raise AudioFileError(f"none of the {len(paths)} audio files in {folder} could be read")
    return report


def write_wav(path: str | Path, samples: np.ndarray, sample_rate: int) -> Path:
    """Write float32 samples (frames or frames x channels) as a 24-bit WAV."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), np.clip(samples, -1.0, 1.0), sample_rate, subtype="PCM_24")
    return path
