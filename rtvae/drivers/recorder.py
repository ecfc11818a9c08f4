"""Recording the output to WAV without touching a file on the audio thread.

The callback copies each block into a lock-free ring (:meth:`Recorder.tap`, a no-op when
not recording); a writer thread drains the ring into the file. If the writer falls
behind by more than the ring holds (10 s by default), the missing frames are counted, not
waited for.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from rtvae.engine.ring import AudioRing

WRITE_CHUNK = 4096  # samples per file write: any size works, the ring holds the backlog


class Recorder:
    """Float WAV recordings at the model's rate, written by a background thread."""

    def __init__(self, sample_rate: int, ring_seconds: float = 10.0, chunk: int = WRITE_CHUNK):
        self.sample_rate = sample_rate
        self.ring = AudioRing(int(ring_seconds * sample_rate))
        self.active = np.zeros(1, np.int64)  # read by the callback: 1 while recording
        self.dropped = np.zeros(1, np.int64)
        self.chunk = np.zeros(chunk, np.float32)
        self.path: Path | None = None
        self.frames_written = 0
        self._thread: threading.Thread | None = None

    def warm(self) -> None:
        """Compile the ring's kernels before the audio thread first taps."""
        self.ring.write(self.chunk, 0)
        self.ring.read(self.chunk, 0)

    def tap(self, block: np.ndarray, n: int) -> None:
        """Audio thread: queue a block if recording."""
        if self.active[0] and not self.ring.write(block, n):
            self.dropped[0] += n

    def start(self, path: Path) -> Path:
        """Open ``path`` and start recording into it (stops a running recording first)."""
        self.stop()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = sf.SoundFile(str(path), "w", self.sample_rate, 1, subtype="FLOAT")
        self.path, self.frames_written, self.dropped[0] = path, 0, 0
        self.ring.counters[1] = self.ring.counters[0]  # forget anything stale
        self.active[0] = 1
        self._thread = threading.Thread(target=self._write, args=(handle,), name="rtvae-recorder", daemon=True)
        self._thread.start()
        return path

    def stop(self) -> tuple[Path | None, float]:
        """Stop, flush and close; returns the file and its length in seconds."""
        if self._thread is None:
            return None, 0.0
        self.active[0] = 0
        self._thread.join()
        self._thread = None
        return self.path, self.frames_written / self.sample_rate

    @property
    def recording(self) -> bool:
        return bool(self.active[0])

    def _write(self, handle: sf.SoundFile) -> None:
        with handle:
            while self.active[0] or len(self.ring):
                if not self._drain_into(handle):
                    time.sleep(0.01)

    def _drain_into(self, handle: sf.SoundFile) -> bool:
        n = min(len(self.ring), len(self.chunk))
        if n == 0 or not self.ring.read(self.chunk, n):
            return False
        handle.write(self.chunk[:n])
        self.frames_written += n
        return True
