"""The audio device: a PortAudio output stream around a source.

Two callbacks keep one contract. The *compiled* one (:mod:`rtvae.drivers.callback`, the
default) is a C function PortAudio calls on its thread: it never takes the interpreter lock,
so nothing the control side does can hold it up. The *python* one is the same steps as a
Python function (sounddevice's callback), kept for decoders that are Python (the torch
baseline, fault tests) and for the benchmark's before-and-after. The contract, written once:

* It asks the source (:class:`~rtvae.engine.player.Player` with ``inline`` scheduling,
  :class:`~rtvae.engine.ahead.AheadSource` with ``ahead`` scheduling) for exactly the samples the
  block needs at the model's rate, resamples them to the device's rate when the two
  differ, copies them to the chosen output channels, and taps them for recording.
* It takes no lock, does no file or socket I/O, logs nothing, allocates no buffers (all
  are made in the constructor), and never waits on another thread.
* It never raises: on any error it writes silence and counts it. PortAudio's status
  flags are counted as xruns (output underflow) and priming blocks.

``sounddevice`` is imported only when a stream is opened, so that a private JACK server's
environment can be set first (PortAudio lists its host APIs on import).

A device can go away while it plays (the JACK server stopped, a USB interface unplugged):
PortAudio then stops calling back and the stream turns inactive on its own, which
:meth:`AudioOutput.device_lost` sees. Such a stream is abandoned, never stopped or closed:
PortAudio's JACK host API waits ten minutes for the dead server and then aborts the process
on a failed assertion, and its termination at exit does the same (see :func:`abandon_portaudio`).
This process cannot open PortAudio again afterwards (libjack does not survive a second client
in a process whose first one lost its server): :func:`device_available` asks a child process.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from dataclasses import dataclass

import numpy as np
from numba import njit

from rtvae.drivers.recorder import Recorder
from rtvae.engine import telemetry as tm
from rtvae.engine.limits import MAX_BLOCK
from rtvae.engine.resample import StreamResampler
from rtvae.errors import AudioDeviceError


@njit(cache=True, error_model="numpy")
def write_channels(outdata, mono, columns, n):
    """Silence every channel, then copy ``mono[:n]`` into the chosen columns."""
    for i in range(n):
        for ch in range(outdata.shape[1]):
            outdata[i, ch] = 0.0
        for k in range(columns.shape[0]):
            outdata[i, columns[k]] = mono[i]


@dataclass
class DeviceInfo:
    index: int
    name: str
    hostapi: str
    max_output_channels: int
    default_sample_rate: float
    max_input_channels: int = 0

    @property
    def label(self) -> str:
        return f"{self.name}, {self.hostapi}"


def list_devices() -> list[DeviceInfo]:
    """Every PortAudio device, with its host API's name."""
    import sounddevice as sd

    apis = sd.query_hostapis()
    return [DeviceInfo(i, d["name"], apis[d["hostapi"]]["name"], d["max_output_channels"], d["default_samplerate"],
                       d["max_input_channels"]) for i, d in enumerate(sd.query_devices())]


def list_output_devices() -> list[DeviceInfo]:
    """Every PortAudio device with outputs."""
    return [d for d in list_devices() if d.max_output_channels > 0]


def list_input_devices() -> list[DeviceInfo]:
    """Every PortAudio device with inputs."""
    return [d for d in list_devices() if d.max_input_channels > 0]


def find_input_device(query: str) -> DeviceInfo:
    """The input device whose "name, host API" contains ``query`` (case-insensitive); "default" for
    the default input."""
    import sounddevice as sd

    devices = list_input_devices()
    if query.lower() == "default":
        default = sd.default.device[0]
        chosen = [d for d in devices if d.index == default] or devices[:1]
        if chosen:
            return chosen[0]
    matches = [d for d in devices if query.lower() in d.label.lower()]
    if matches:
        return matches[0]
    names = "; ".join(d.label for d in devices) or "none"
    raise AudioDeviceError(f"no input device matches '{query}'. Input devices: {names}. Choose one with --input "
                           "and a part of its name ('rtvae devices' lists them)")


NO_DEVICE_HELP = (
    "no audio output device found. On a headless Linux machine start a JACK dummy server "
    "(./scripts/run does this for you, or rtvae serve --private-jack), or install a virtual device "
    "(BlackHole on macOS, VB-Cable on Windows); 'rtvae devices' lists what PortAudio sees."
)
NO_JACK_HELP = (
    "JACK is not running (PortAudio sees no JACK devices{server}): start the JACK server first "
    "(e.g. jackd -d alsa, or QjackCtl), or let rtvae start a dummy one with --private-jack; "
    "'rtvae devices' lists what PortAudio sees."
)


def find_output_device(query: str | None) -> DeviceInfo:
    """The device whose "name, host API" contains ``query`` (case-insensitive), or the default."""
    devices = list_output_devices()
    matches = [d for d in devices if (query or "").lower() in d.label.lower()]
    if not matches:
        raise AudioDeviceError(_no_match_help(query, devices))
    return matches[0] if query else _default_device(devices)


def _no_match_help(query: str | None, devices: list[DeviceInfo]) -> str:
    """Why no device matches ``query``, and what to do about it."""
    wants_jack = bool(query) and ("jack" in query.lower() or query.lower() == "system")
    if wants_jack and not any("jack" in d.hostapi.lower() for d in devices):
        server = os.environ.get("JACK_DEFAULT_SERVER")
        return NO_JACK_HELP.format(server=f" on the server '{server}'" if server else "")
    if not devices:
        return NO_DEVICE_HELP
    names = "; ".join(d.label for d in devices)
    return (f"no output device matches '{query}'. Output devices: {names}. Choose one with "
            "--device and a part of its name ('rtvae devices' lists them)")


def _default_device(devices: list[DeviceInfo]) -> DeviceInfo:
    import sounddevice as sd

    default = sd.default.device[1]
    chosen = [d for d in devices if d.index == default]
    return chosen[0] if chosen else devices[0]


CALLBACKS = ("compiled", "python")


def compilable(source) -> bool:
    """Whether the compiled callback can play ``source``: an ahead ring always, a player whose
    engines all decode through the C API."""
    from rtvae.engine.ahead import AheadSource

    return isinstance(source, AheadSource) or bool(getattr(source, "compiled", False))


def ceiling_of(source) -> float:
    """The largest sample the source's engine lets out (inf when it plays raw, or has no engine)."""
    player = getattr(source, "player", source)  # an AheadSource plays a Player
    engine = getattr(player, "engine", None)
    return float(getattr(engine, "ceiling", math.inf))


class AudioOutput:
    """An open output stream playing ``source`` on ``device``; a context manager.

    Args:
        source: has ``render(n) -> float32 view`` and ``sample_rate``-compatible output.
        model_rate: the source's sample rate in Hz.
        device: a device (see :func:`find_output_device`).
        block: frames per callback (0 lets PortAudio choose; JACK imposes its period). A duplex
            stream always takes the host's buffers as they come (see start), at most max_block.
        channels: 0-based output channels that carry the (mono) sound.
        device_rate: stream rate in Hz; 0 for the device's default.
        recorder: taps the model-rate output for recordings, or None.
        max_block: the most model-rate frames one callback may ask the source for.
        callback: ``"compiled"`` (the default; ``"python"`` where the source decodes in Python
            anyway) or ``"python"``.
        live_input: the input half of a duplex stream (:class:`~rtvae.drivers.live_input.InputSide`),
            or None for output only.
    """

    def __init__(self, source, model_rate: int, device: DeviceInfo, *, block: int = 128,
                 channels: tuple[int, ...] = (0, 1), device_rate: int = 0, recorder: Recorder | None = None,
                 max_block: int = MAX_BLOCK, callback: str = "compiled", live_input=None):
        if callback not in CALLBACKS:
            raise ValueError(f"callback must be one of {CALLBACKS}, got {callback!r}")
        if max(channels) >= device.max_output_channels:
            raise AudioDeviceError(f"{device.label} has {device.max_output_channels} outputs; "
                              f"channel {max(channels) + 1} was asked for")
        self.source, self.model_rate, self.device = source, model_rate, device
        self.device_rate = int(device_rate or device.default_sample_rate)
        self.block, self.max_block = block, max_block
        self.columns = np.array(sorted(set(channels)), np.int64)
        self.n_channels = int(self.columns.max()) + 1
        self.recorder = recorder
        self.live_input = live_input
        self.telemetry = tm.Telemetry(block or 256, self.device_rate)
        self.resampler = None
        if self.device_rate != model_rate:  # clamped to the engine's ceiling: its interpolation can overshoot
            self.resampler = StreamResampler(model_rate, self.device_rate, max_block, ceiling=ceiling_of(source))
        self.converted = np.zeros(max_block, np.float32)
        self.callback = callback if compilable(source) else "python"
        self.table = None
        if self.callback == "compiled":
            from rtvae.drivers.callback import OutputTable
            from rtvae.engine.ahead import AheadSource

            ahead = source if isinstance(source, AheadSource) else None
            self.table = OutputTable(channels=self.n_channels, columns=self.columns, telemetry=self.telemetry,
                                     max_block=max_block, converted=self.converted, player=None if ahead else source,
                                     ahead=ahead, resampler=self.resampler, recorder=recorder,
                                     live_input=live_input)
        self.stream = None
        self.scheduling = "inline"
        self.finished = False  # PortAudio ended the stream without being asked to
        self.lost = False      # the device went away; the stream was abandoned
        self.input_connected = False  # the open stream carries the live input (False: silence in its place)
        self._generation = 0  # streams opened so far

    @property
    def latency_samples(self) -> int:
        """Model-rate samples between a control and its sound, before the device's own buffer."""
        extra = self.resampler.latency_samples * self.model_rate / self.device_rate if self.resampler else 0
        return int(round(self.source.latency_samples + extra))

    def input_latencies(self) -> dict | None:
        """The live input's latencies in model frames (None without one; see rtvae.drivers.live_input)."""
        if self.live_input is None:
            return None
        engine = getattr(self.source, "player", self.source).engine  # an AheadSource plays a Player
        return self.live_input.latencies(engine.hop, engine.model.card.window, self.resampler)

    def _duplex_callback(self, indata, outdata, frames, time_info, status) -> None:
        if status.input_underflow or status.input_overflow:
            self.telemetry.counters[tm.INPUT_XRUNS] += 1
        try:
            self.live_input.take(indata, frames, self.source.delivered)
        except Exception:  # silence in its place, counted; the output goes on
            self.telemetry.counters[tm.CALLBACK_ERRORS] += 1
        self._callback(outdata, frames, time_info, status)

    def _callback_without_input(self, outdata, frames, time_info, status) -> None:
        """The input's device is away: silence in its place keeps the line in step with the output."""
        self._duplex_callback(None, outdata, frames, time_info, status)

    def _callback(self, outdata, frames, time_info, status) -> None:
        started = time.perf_counter()
        counters = self.telemetry.counters
        if status.output_underflow:
            counters[tm.XRUNS] += 1
        if status.priming_output:
            counters[tm.PRIMING] += 1
        try:
            if self.stream is not None:
                self.telemetry.record_delay(self.stream.time - time_info.currentTime)
            self._publish_clock(time_info)
            mono = self._render(frames)
            write_channels(outdata, mono, self.columns, frames)
        except Exception:  # the callback must never raise: play silence and count
            outdata.fill(0)
            counters[tm.CALLBACK_ERRORS] += 1
        counters[tm.BLOCKS] += 1
        self.telemetry.record_duration(time.perf_counter() - started)

    def _render(self, frames: int) -> np.ndarray:
        if self.resampler is None:
            block = self.source.render(frames)
            if self.recorder is not None:
                self.recorder.tap(block, frames)
            return block
        needed = self.resampler.input_needed(frames)
        block = self.source.render(needed)
        if self.recorder is not None:
            self.recorder.tap(block, needed)
        self.resampler.process(block, needed, self.converted, frames)
        return self.converted

    def _publish_clock(self, time_info) -> None:
        """Where this block will be heard: DAC time and the source frame at its start."""
        clock = self.telemetry.clock
        clock[tm.DAC_TIME] = time_info.outputBufferDacTime
        clock[tm.BLOCK_FRAME] = self.source.delivered
        clock[tm.CALLBACK_TIME] = time_info.currentTime

    def warm(self) -> None:
        """Compile and run once the kernels the callback calls beyond the source's."""
        if self.table is not None:
            self.table.warm()
        if self.resampler is not None:
            self.resampler.process(self.converted, 0, self.converted, 0)
        write_channels(np.zeros((4, self.n_channels), np.float32), self.converted, self.columns, 4)
        if self.recorder is not None:
            self.recorder.warm()

    def start(self, with_input: bool = True) -> "AudioOutput":
        """Open and start the stream; with live input but ``with_input`` False, output only (the
        input's device is away: both callbacks then take silence in its place)."""
        import sounddevice as sd

        self._generation += 1
        settings = dict(samplerate=self.device_rate, blocksize=self.block, device=self.device.index,
                        channels=self.n_channels, dtype="float32", latency="low",
                        finished_callback=self._finished_by(self._generation))
        duplex = self.live_input is not None and with_input
        if duplex:
            # The host's own buffers, passed straight through: with a fixed block PortAudio's buffer
            # processor gathers a whole block of input before calling back, which delays the input by
            # one block against the output (measured on JACK: 64, 128 or 256 frames more, as the block).
            settings.update(device=(self.live_input.device.index, self.device.index), blocksize=0,
                            channels=(self.live_input.n_channels, self.n_channels), dtype=("float32", "float32"))
        if self.table is None:
            if duplex:
                stream_class, callback = sd.Stream, self._duplex_callback
            else:
                stream_class = sd.OutputStream
                callback = self._callback if self.live_input is None else self._callback_without_input
            self.stream = stream_class(callback=callback, **settings)
        else:
            from rtvae.drivers.callback import callback_address

            # sounddevice's base stream, for "library authors": a C callback and its userData, unwrapped.
            # Output only, PortAudio passes no input, and the compiled callback takes silence for it.
            self.stream = sd._StreamBase("duplex" if duplex else "output",
                                         callback=sd._ffi.cast("PaStreamCallback *", callback_address()),
                                         userdata=sd._ffi.cast("void *", self.table.address), wrap_callback=None,
                                         **settings)
            self.table.attach(int(sd._ffi.cast("uintptr_t", self.stream._ptr)),
                              int(sd._ffi.cast("uintptr_t", sd._lib.Pa_GetStreamTime)))
        self.finished = self.lost = False
        self.input_connected = duplex
        self.stream.start()
        return self

    def _finished_by(self, generation: int):
        """PortAudio's finished callback for the stream ``generation`` opens (also when we stop it):
        one closed for a reopen cannot mark its successor ended."""
        def finished() -> None:
            if generation == self._generation:
                self.finished = True
        return finished

    def device_lost(self) -> bool:
        """True once the device has gone away under a started stream (checked by the session)."""
        if self.lost:
            return True
        stream = self.stream
        return stream is not None and (self.finished or not stream.active)

    @property
    def on_jack(self) -> bool:
        return "jack" in self.device.hostapi.lower()

    def loss_message(self) -> str:
        """What happened, for a person, once :meth:`device_lost` is True."""
        blocks = int(self.telemetry.counters[tm.BLOCKS])
        cause = ("the JACK server stopped or crashed" if self.on_jack
                 else "the device was unplugged, taken by another program, or its driver stopped")
        return (f"the audio device '{self.device.label}' stopped playing after {blocks} blocks "
                f"({cause}?)")

    def close_now(self) -> None:
        """Close the stream at once: a playing one, or one that ended while its host runs (an input's
        device went away). Never for one whose host died (see :meth:`abandon`)."""
        stream, self.stream = self.stream, None
        if stream is not None:
            stream.abort()
            stream.close()

    def abandon(self) -> None:
        """Let go of a lost stream without touching PortAudio (see the module docstring)."""
        if self.stream is not None:
            self.lost = True
            _abandoned.append(self.stream)  # never garbage-collected: nothing may close it
            self.stream = None
            abandon_portaudio()

    def stop(self) -> None:
        if self.stream is not None and self.device_lost():
            self.abandon()
        if self.stream is not None:
            self.stream.stop()
            self.stream.close()
            self.stream = None

    def __enter__(self) -> "AudioOutput":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def frame_at(self, unix_time: float) -> float | None:
        """The source frame that will be heard at ``unix_time`` (an OSC timetag), or None.

        Maps wall-clock time to PortAudio's stream clock (both read back to back), then to
        frames through the last block's DAC time and first frame.
        """
        clock = self.telemetry.clock
        if self.stream is None or self.telemetry.counters[tm.BLOCKS] == 0:
            return None
        due_stream = unix_time - time.time() + self.stream.time
        dac = clock[tm.DAC_TIME] or clock[tm.CALLBACK_TIME] + self.device_latency_s()
        return float(clock[tm.BLOCK_FRAME] + (due_stream - dac) * self.model_rate)

    def device_latency_s(self) -> float:
        """The output's latency as PortAudio reports it (a duplex stream reports both halves)."""
        if self.stream is None:
            return 0.0
        latency = self.stream.latency
        return float(latency[1] if isinstance(latency, tuple) else latency)

    def device_input_latency_s(self) -> float:
        """The input's latency as PortAudio reports it (0 without live input)."""
        latency = self.stream.latency if self.stream is not None else 0.0
        return float(latency[0]) if isinstance(latency, tuple) else 0.0


_abandoned: list = []  # streams whose device went away: kept open for the life of the process


def reinitialise_portaudio() -> None:
    """Let PortAudio list the devices afresh (it lists them once, when it starts): for a device that
    came back. Every stream must be closed first, and none abandoned (terminating would close it)."""
    import sounddevice

    if _abandoned:
        raise AudioDeviceError("PortAudio cannot start afresh in a process that abandoned a stream")
    sounddevice._terminate()
    sounddevice._initialize()


def abandon_portaudio() -> None:
    """Keep PortAudio from being terminated at exit (sounddevice's atexit handler would, and
    terminating closes the abandoned stream: a ten-minute wait, then an abort on JACK)."""
    import sounddevice

    sounddevice._initialized = 0


PROBE_TIMEOUT_S = 10.0
# The child imports sounddevice alone (a fast start) and matches devices as find_output_device does.
_PROBE = """
import sys
from rtvae.drivers.jack import name_portaudio_client
name_portaudio_client(sys.argv[2])
import sounddevice as sd
apis = sd.query_hostapis()
labels = [f"{d['name']}, {apis[d['hostapi']]['name']}".lower()
          for d in sd.query_devices() if d[sys.argv[3]] > 0]
if sys.argv[1].lower() == "default":  # as find_input_device reads it: whichever device is the default
    labels = labels if sd.default.device[0 if sys.argv[3] == "max_input_channels" else 1] >= 0 else []
    sys.exit(0 if labels else 1)
sys.exit(0 if any(sys.argv[1].lower() in label for label in labels) else 1)
"""


def device_available(query: str, client_name: str = "rtvae-probe", kind: str = "output") -> bool:
    """True if a fresh process sees an output (``kind`` "input": input) device matching ``query``
    (any device if empty).

    For a process whose stream lost its device: it cannot ask PortAudio again itself (see the
    module docstring). Costs a Python start (about 0.3 s of CPU); never raises.
    """
    try:
        done = subprocess.run([sys.executable, "-c", _PROBE, query or "", client_name, f"max_{kind}_channels"],
                              timeout=PROBE_TIMEOUT_S,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


DEVICE_RETRY_S = 1.0


def wait_for_device(query: str, client_name: str, deadline: float | None = None,
                    every_s: float = DEVICE_RETRY_S) -> bool:
    """Look for the device every ``every_s`` seconds until it is there (True) or ``deadline``
    (monotonic seconds; None: no end) has passed (False). Ctrl-C ends the wait as usual."""
    while deadline is None or time.monotonic() < deadline:
        started = time.monotonic()
        if device_available(query, client_name):
            return True
        time.sleep(max(0.0, every_s - (time.monotonic() - started)))
    return False
