"""The input half of a duplex stream: which device and channel, the line it feeds, its resampler.

``rtvae serve --input DEVICE`` opens one PortAudio stream with both halves. Each callback
takes the chosen input channel, converts it to the model's rate when the device runs at
another (the same windowed-sinc resampler as the output, pushed instead of pulled), and
appends it to the :class:`~rtvae.engine.input_line.InputLine` the engines encode from, before
the block renders. Both callbacks do this: the compiled one in
:func:`rtvae.drivers.callback.take_input`, the Python one in :meth:`InputSide.take`.

Latency, in model frames (the engine's module :mod:`rtvae.engine.live_input` says why):

* ``delay``: what the engines wait for within a block: 0 at the model's rate, 2 when
  resampling (the two resamplers' rounding; neither looks ahead);
* ``first_effect``: a sound arriving at the input changes the output within ``delay + hop``;
* ``aligned``: the input's own sound, reconstructed, lands ``window + delay`` later, plus the
  resamplers' group delays: where a DAW lines the two up.
"""

from __future__ import annotations

import math

import numpy as np

from numba import njit

from rtvae.engine.input_line import InputLine, line_write
from rtvae.engine.resample import StreamResampler, output_available, resample_block
from rtvae.errors import AudioDeviceError

RESAMPLED_DELAY = 2  # model frames: the resamplers' rounding, ±1 each
NO_CEILING = 1e30  # the input is not limited: what comes in is encoded as it is


@njit(nogil=True, cache=True, error_model="numpy")
def input_slot(history, rstate, converted, resampling):
    """Where a block's device-rate input goes before :func:`push_input`: the resampler's history tail
    (the filter reads it there), or straight into ``converted`` at the model's rate."""
    return history[rstate[1]:] if resampling else converted


@njit(nogil=True, cache=True, error_model="numpy")
def push_input(history, rstate, table, converted, frames, resampling, step, den, taps, line, line_state, frame0):
    """The ``frames`` samples written at :func:`input_slot`, at the model's rate, onto the line (both callbacks)."""
    n = frames
    if resampling:
        n = output_available(rstate, frames, step, den, taps)
        resample_block(history, rstate, table, history[rstate[1]:], frames, converted, n, step, den, NO_CEILING)
    line_write(line, line_state, converted, n, frame0)


def input_delay(model_rate: int, device_rate: int) -> int:
    """The engines' input delay for a stream at ``device_rate``."""
    return 0 if model_rate == device_rate else RESAMPLED_DELAY


class InputSide:
    """The input of a duplex stream: ``device``'s 0-based ``channel`` onto ``line``."""

    def __init__(self, device, channel: int, line: InputLine, *, model_rate: int, device_rate: int, max_block: int):
        if not 0 <= channel < device.max_input_channels:
            raise AudioDeviceError(f"{device.label} has {device.max_input_channels} inputs; input channel "
                                   f"{channel + 1} was asked for")
        self.device, self.channel, self.line = device, channel, line
        self.model_rate, self.device_rate = model_rate, device_rate
        self.n_channels = channel + 1
        self.resampler = None
        if device_rate != model_rate:
            self.resampler = StreamResampler(device_rate, model_rate, 2 * max_block)
        self.converted = np.zeros(2 * max_block, np.float32)
        r = self.resampler
        # What push_input reads (both callbacks'): the resampler's arrays and ratio, spares without one.
        self.filter = ((r.history, r.state, r.table, True, r.step, r.den, r.taps) if r is not None else
                        (np.zeros(1, np.float32), np.zeros(2, np.int64), np.zeros((1, 1)), False, 1, 1, 1))

    @property
    def delay(self) -> int:
        return input_delay(self.model_rate, self.device_rate)

    def take(self, indata: np.ndarray | None, frames: int, frame0: int) -> None:
        """The Python callback's half: this block's input onto the line (silence without ``indata``)."""
        history, rstate, table, resampling, step, den, taps = self.filter
        mono = input_slot(history, rstate, self.converted, resampling)
        mono[:frames] = 0.0 if indata is None else indata[:frames, self.channel]
        push_input(history, rstate, table, self.converted, frames, resampling, step, den, taps, self.line.buffer,
                   self.line.state, frame0)

    def latencies(self, hop: int, window: int, out_resampler) -> dict:
        """The input's latencies in model frames (see the module): first effect and aligned."""
        group = 0.0
        if self.resampler is not None:
            group += self.resampler.latency_samples  # already in model frames (its output)
        if out_resampler is not None:
            group += out_resampler.taps // 2  # its input is the model's rate
        return {"delay": self.delay, "first_effect": self.delay + hop,
                "aligned": int(math.floor(window + self.delay + group + 0.5))}
