"""Recording the output to WAV without touching a file on the audio thread.

The callback copies each block into a lock-free ring (:meth:`Recorder.tap`, a no-op when
not recording); a writer thread drains the ring into the file. If the writer falls
behind by more than the ring holds (10 s by default), the missing frames are counted, not
waited for. If writing fails (the disk full, the file too large, the folder gone), the
writer stops the recording, closes what it can and keeps the reason in
:attr:`Recorder.failure` for the control side to report; the stream never notices.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from rtvae.engine.ring import AudioRing, tap_samples

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
        self.failure: str | None = None  # why the last recording stopped by itself (writer thread sets it)
        self._thread: threading.Thread | None = None

    def warm(self) -> None:
        """Compile the ring's kernels before the audio thread first taps."""
        self.ring.write(self.chunk, 0)
        self.ring.read(self.chunk, 0)
        tap_samples(self.ring.buffer, self.ring.counters, self.active, self.dropped, self.chunk, 0)

    def tap(self, block: np.ndarray, n: int) -> None:
        """Audio thread: queue a block if recording."""
        tap_samples(self.ring.buffer, self.ring.counters, self.active, self.dropped, block, n)

    def start(self, path: Path) -> Path:
        """Open ``path`` and start recording into it (stops a running recording first)."""
        self.stop()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = sf.SoundFile(str(path), "w", self.sample_rate, 1, subtype="FLOAT")
        self.path, self.frames_written, self.dropped[0], self.failure = path, 0, 0, None
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
        try:
            with handle:
                while self.active[0] or len(self.ring):
                    if not self._drain_into(handle):
                        time.sleep(0.01)
        except Exception as exc:  # soundfile raises OSError, LibsndfileError or AssertionError
            self.active[0] = 0  # the callback stops queueing
            if self.failure is None:
                self.failure = _reason(exc, self.frames_written / self.sample_rate)

    def _drain_into(self, handle: sf.SoundFile) -> bool:
        n = min(len(self.ring), len(self.chunk))
        if n == 0 or not self.ring.read(self.chunk, n):
            return False
        try:
            handle.write(self.chunk[:n])
        except Exception as exc:
            system = None if isinstance(exc, OSError) else _system_error(handle)
            self.failure = _reason(exc, self.frames_written / self.sample_rate, system)
            raise
        self.frames_written += n
        return True


def _reason(exc: BaseException, seconds: float, system: str | None = None) -> str:
    """Why writing stopped, for a person: the OS's words where they are known."""
    detail = system or (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__
    return f"recording stopped after {seconds:.1f} s: {detail[:60]} (disk full?)"


def _system_error(handle: sf.SoundFile) -> str | None:
    """libsndfile's own account of a failed write: the OS's error text ("File too large"), which
    soundfile's exception leaves out ("System error.")."""
    try:
        text = sf._ffi.string(sf._snd.sf_strerror(handle._file)).decode("utf-8", "replace")
    except Exception:  # soundfile's internals changed: its exception's words will do
        return None
    detail = text.split(":", 1)[-1].strip().rstrip(".")
    return None if detail.lower() in ("", "no error") else detail
