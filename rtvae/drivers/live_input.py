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

from rtvae.engine.input_line import InputLine
from rtvae.engine.resample import StreamResampler
from rtvae.errors import AudioDeviceError

RESAMPLED_DELAY = 2  # model frames: the resamplers' rounding, ±1 each


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
        self.mono = np.zeros(2 * max_block, np.float32)

    @property
    def delay(self) -> int:
        return input_delay(self.model_rate, self.device_rate)

    def take(self, indata: np.ndarray | None, frames: int, frame0: int) -> None:
        """The Python callback's half: this block's input onto the line (silence without ``indata``)."""
        mono = self.mono[:frames]
        if indata is None:
            mono[:] = 0.0
        else:
            mono[:] = indata[:frames, self.channel]
        if self.resampler is None:
            self.line.write(mono, frame0)
            return
        n = self.resampler.output_available(frames)
        self.resampler.process(mono, frames, self.converted, n)
        self.line.write(self.converted[:n], frame0)

    def latencies(self, hop: int, window: int, out_resampler) -> dict:
        """The input's latencies in model frames (see the module): first effect and aligned."""
        group = 0.0
        if self.resampler is not None:
            group += self.resampler.latency_samples  # already in model frames (its output)
        if out_resampler is not None:
            group += out_resampler.taps // 2  # its input is the model's rate
        return {"delay": self.delay, "first_effect": self.delay + hop,
                "aligned": int(math.floor(window + self.delay + group + 0.5))}
