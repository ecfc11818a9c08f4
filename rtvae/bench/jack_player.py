"""Play a sound into a JACK input port: what the live-input tests and benchmark feed ``rtvae serve --input``.

:class:`JackPlayer` is a JACK client (``JACK-Client``, like :class:`~rtvae.bench.capture.JackCapture`)
with one output port. :meth:`JackPlayer.play` queues a preallocated float32 buffer; the process
callback copies it out block by block from its next cycle and plays silence before and after.
Connect the port both to the server's input and to a capture: the capture then holds what
went in and what came out on one clock, sample for sample, whatever JACK's graph order.
"""

from __future__ import annotations

import os
import secrets

import numpy as np

from rtvae.bench.capture import SafeJackClient


class JackPlayer(SafeJackClient):
    """One output port, ``out``, that plays what :meth:`play` is given, once."""

    def __init__(self, server: str | None = None, name: str | None = None):
        super().__init__(name or f"rtvae-player-{os.getpid()}-{secrets.token_hex(2)}", server)
        self._sound = np.zeros(0, np.float32)
        self._position = 0

    def _setup(self, client) -> None:
        self.sample_rate = client.samplerate
        self._port = client.outports.register("out")

    @property
    def port_name(self) -> str:
        return self._port.name

    def play(self, sound: np.ndarray) -> None:
        """Play ``sound`` from the next cycle (replacing anything still playing)."""
        sound = np.ascontiguousarray(sound, np.float32)
        self._position = len(sound)  # nothing is read while the two are swapped
        self._sound = sound
        self._position = 0

    @property
    def playing(self) -> bool:
        return self._position < len(self._sound)

    def _cycle(self, frames: int) -> None:
        out = self._port.get_array()
        sound, position = self._sound, self._position
        n = max(0, min(frames, len(sound) - position))
        out[:n] = sound[position:position + n]
        out[n:] = 0.0
        self._position = position + n
