"""Cutting sounds into model windows.

Training windows overlap (a hop smaller than the window); evaluation windows do not.
Unlike the RawAudioVAE paper's code, files are never concatenated before windowing, so
no window straddles two sounds. A sound shorter than one window is zero-padded to one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def window_starts(n_samples: int, window: int, hop: int) -> np.ndarray:
    """Start offsets of full windows at ``hop``; at least one (the sound is padded)."""
    if window <= 0 or hop <= 0:
        raise ValueError("window and hop must be positive")
    last = max(n_samples - window, 0)
    return np.arange(0, last + 1, hop, dtype=np.int64)


def frame(samples: np.ndarray, window: int, hop: int) -> np.ndarray:
    """(n_windows, window) float32 copy of ``samples`` cut at ``hop``, zero-padded if short."""
    samples = np.asarray(samples, dtype=np.float32)
    if len(samples) < window:
        samples = np.pad(samples, (0, window - len(samples)))
    starts = window_starts(len(samples), window, hop)
    return samples[starts[:, None] + np.arange(window)]


@dataclass
class WindowIndex:
    """Windows of many sounds, stored once: one flat signal plus start offsets.

    ``signal`` holds the sounds one after another (each padded to at least a window);
    ``starts`` indexes windows that each lie inside a single sound; ``sound_of`` says
    which sound each window came from. Gathering a batch is one fancy-index.
    """

    signal: np.ndarray
    starts: np.ndarray
    sound_of: np.ndarray
    window: int

    def __len__(self) -> int:
        return len(self.starts)

    def gather(self, indices: np.ndarray) -> np.ndarray:
        """(len(indices), window) float32 windows."""
        return self.signal[self.starts[indices][:, None] + np.arange(self.window)]


def index_windows(sounds: list[np.ndarray], window: int, hop: int) -> WindowIndex:
    """Index windows at ``hop`` over each sound separately (overlap when hop < window)."""
    pieces, starts, owners, offset = [], [], [], 0
    for number, samples in enumerate(sounds):
        samples = np.asarray(samples, dtype=np.float32)
        if len(samples) < window:
            samples = np.pad(samples, (0, window - len(samples)))
        local = window_starts(len(samples), window, hop)
        pieces.append(samples)
        starts.append(local + offset)
        owners.append(np.full(len(local), number, dtype=np.int64))
        offset += len(samples)
    return WindowIndex(
        signal=np.concatenate(pieces) if pieces else np.zeros(0, np.float32),
        starts=np.concatenate(starts) if starts else np.zeros(0, np.int64),
        sound_of=np.concatenate(owners) if owners else np.zeros(0, np.int64),
        window=window,
    )
