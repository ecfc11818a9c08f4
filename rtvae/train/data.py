"""Training data: a folder of sounds split by file into training and validation windows.

The split is by file, seeded, so no validation window shares a sound with a training
window. Training windows overlap at ``data.train_hop``; validation and statistics use
non-overlapping evaluation windows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from rtvae.audiofiles import Sound, load_folder
from rtvae.config import Config
from rtvae.framing import WindowIndex, index_windows


@dataclass
class TrainingData:
    """Window indexes for one training run, and what the folder held."""

    folder: Path
    train: WindowIndex
    val: WindowIndex
    every: WindowIndex
    n_train_files: int
    n_val_files: int
    val_names: list[str] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "folder": str(self.folder),
            "n_train_files": self.n_train_files,
            "n_val_files": self.n_val_files,
            "n_train_windows": len(self.train),
            "n_val_windows": len(self.val),
            "val_files": list(self.val_names),
            "skipped": [f"{path}: {reason}" for path, reason in self.skipped],
        }


def split_files(n_files: int, val_fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices of training and validation files; at least one file trains."""
    order = np.random.default_rng(seed).permutation(n_files)
    n_val = min(int(round(n_files * val_fraction)), n_files - 1)
    return np.sort(order[n_val:]), np.sort(order[:n_val])


def prepare(folder: str | Path, config: Config) -> TrainingData:
    """Load ``folder`` at the model rate and index its windows."""
    report = load_folder(folder, config.model.sample_rate)
    sounds: list[Sound] = report.sounds
    train_ids, val_ids = split_files(len(sounds), config.data.val_fraction, config.train.seed)
    window = config.model.window
    train_sounds = [sounds[i].samples for i in train_ids]
    # With no held-out file, validation falls back to the training files' own evaluation windows.
    val_sounds = [sounds[i].samples for i in val_ids] or train_sounds
    return TrainingData(
        folder=Path(folder),
        train=index_windows(train_sounds, window, config.data.train_hop),
        val=index_windows(val_sounds, window, window),
        every=index_windows([s.samples for s in sounds], window, window),
        n_train_files=len(train_ids),
        n_val_files=len(val_ids),
        val_names=[sounds[i].name for i in val_ids],
        skipped=report.skipped,
    )
