"""A live session: model → engine → player → audio device, driven over OSC.

Builds every piece from a validated config, warms everything that compiles or sizes
buffers lazily, then opens the stream and starts listening. The slow world (loading
models for hot swap, writing recordings, the demo walk) runs on its own threads.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from pathlib import Path

import numpy as np

from rtvae.config import Config
from rtvae.drivers.recorder import Recorder
from rtvae.drivers.stream import AudioOutput, find_output_device
from rtvae.engine.ahead import AheadSource
from rtvae.engine.engine import Engine
from rtvae.engine.player import Player
from rtvae.engine.ring import ControlRing
from rtvae.errors import ConfigError
from rtvae.model.directory import DEFAULT_MODEL, load_model
from rtvae.osc.controller import Controller, Live, load_corpus
from rtvae.osc.server import OscServer, is_loopback
from rtvae.paths import inside

MAX_BLOCK = 4096
# The audio thread needs the GIL back quickly when another thread holds it; CPython's
# default 5 ms switch interval is longer than a 128-frame block.
SWITCH_INTERVAL_S = 0.0002


def parse_channels(text: str) -> tuple[int, ...]:
    """'1,2' → (0, 1): 1-based channel numbers as the user writes them, 0-based inside."""
    try:
        channels = tuple(int(part) - 1 for part in text.split(",") if part.strip())
    except ValueError:
        channels = ()
    if not channels or min(channels) < 0:
        raise ConfigError(f"config key 'serve.channels' (flag --channels): '{text}' is not a list like 1,2")
    return channels


def parse_allow(text: str) -> set[str] | None:
    hosts = {h.strip() for h in text.split(",") if h.strip()}
    return hosts or None


class Session:
    """Everything ``rtvae serve`` runs; ``start()``/``stop()`` or use as a context manager.

    Args:
        config: the validated ``synth`` and ``serve`` sections.
        decoder_factory: ``(model, max_batch) -> decoder`` with the interface of
            :class:`rtvae.model.sessions.Decoder`, used instead of the model's ONNX decoder
            (also for hot-swapped models). For benchmark baselines; None for ``rtvae serve``.
        source_factory: ``(player) -> source`` for the callback to render from, instead of
            the player (``inline``) or an :class:`AheadSource` (``ahead``). An AheadSource it
            returns is started and stopped with the session. For benchmark baselines.
    """

    def __init__(self, config: Config, decoder_factory=None, source_factory=None):
        self.config = config
        serve = config.serve
        self.decoder_factory = decoder_factory
        self.models_dir, self.recordings_dir = Path(serve.models_dir), Path(serve.recordings_dir)
        engine = self.make_engine(serve.model)
        self.player = Player(engine, serve.fade_ms)
        if source_factory is not None:
            self.source = source_factory(self.player)
        elif serve.scheduling == "inline":
            self.source = self.player
        else:
            self.source = AheadSource(self.player, serve.ahead_hops, MAX_BLOCK)
        self.recorder = Recorder(engine.sample_rate)
        device = find_output_device(serve.device)
        self.output = AudioOutput(self.source, engine.sample_rate, device, block=serve.block,
                                  channels=parse_channels(serve.channels), device_rate=serve.device_rate,
                                  recorder=self.recorder, max_block=MAX_BLOCK)
        self.output.scheduling = serve.scheduling
        self.live = Live(self.player, self.output, self.recorder, self.make_engine, self.models_dir,
                         self.recordings_dir, model_name=serve.model, sounds_dir=Path(serve.sounds_dir),
                         extend_hop=serve.extend_hop)
        self.server = OscServer(serve.listen, serve.port, self._handle, self._allow_list())
        self.controller = Controller(self.live, self.server.replies)
        if serve.reply_port:
            self.server.replies.add_target(("127.0.0.1", serve.reply_port))
        self.demo: threading.Thread | None = None
        self._reporting = False

    def _allow_list(self) -> set[str] | None:
        allow = parse_allow(self.config.serve.allow)
        if not is_loopback(self.config.serve.listen) and allow is None:
            print(f"rtvae serve: warning: listening on {self.config.serve.listen} with no --allow list: "
                  "only loopback clients will be heard", file=sys.stderr)
        return allow

    def _handle(self, message, sender) -> None:
        self.controller.handle(message, sender)

    def make_engine(self, name: str) -> Engine:
        """Load a model by name (a folder in models_dir, a path, or 'default') and warm an engine."""
        synth = self.config.synth
        if name == DEFAULT_MODEL:
            path = name
        elif (self.models_dir / name).is_dir():
            path = inside(self.models_dir, name)
        else:
            path = name  # a directory given on the command line
        model = load_model(path)
        # At least as many windows as the engine decodes in one call (max_block // hop + 2).
        decoder = self.decoder_factory(model, MAX_BLOCK // synth.hop + 2) if self.decoder_factory else None
        engine = Engine(model, hop=synth.hop, mode=synth.mode, max_block=MAX_BLOCK,
                        int8=synth.int8_decoder, smooth_ms=synth.smooth_ms, temperature=synth.temperature,
                        gain=synth.gain, decoder=decoder)
        engine.warm()
        return engine

    def warm(self) -> None:
        """Compile and run once everything the callback calls."""
        self.player.warm()  # its engine was warmed when it was made
        self.output.warm()
        # The OSC thread's first push would load the compiled push while holding the GIL.
        scratch_ring = ControlRing(1, self.player.engine.ring.width)
        scratch_ring.push(np.zeros(scratch_ring.width))

    def start(self) -> "Session":
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.warm()
        # A full garbage collection walks every object while holding the GIL, and the audio
        # thread waits for the GIL: move everything alive now out of the collector's sight.
        gc.collect()
        gc.freeze()
        self.server.start()
        if isinstance(self.source, AheadSource):
            self.source.start()
        self.output.start()
        self._background(load_corpus, self.live, self.player.engine.model)
        self._reporting = True
        self._background(self._report)
        if self.config.serve.demo:
            self.start_demo()
        return self

    def _background(self, target, *args) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, daemon=True, name=f"rtvae-{target.__name__}")
        thread.start()
        return thread

    def _report(self, period_s: float = 0.05) -> None:
        """Reply streams (interpolation progress), 20 times a second, off the audio thread."""
        while self._reporting:
            self.controller.report_interp()
            time.sleep(period_s)

    def stop(self) -> None:
        self._reporting = False
        self.live.stopping.set()
        builder = self.live.corpus_builder
        if builder is not None and builder.poll() is None:
            builder.terminate()  # the cache file is renamed into place whole, so none is left half-written
        self.server.stop()
        self.output.stop()
        if isinstance(self.source, AheadSource):
            self.source.stop()
        self.recorder.stop()

    def __enter__(self) -> "Session":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def run_until(self, duration_s: float = 0.0) -> None:
        """Block until ``duration_s`` has passed (0: forever) or Ctrl-C; the audio plays on meanwhile."""
        deadline = time.monotonic() + duration_s if duration_s else None
        try:
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2)
        except KeyboardInterrupt:
            pass

    def stats(self) -> dict:
        """Everything measured so far: telemetry, engine and server counters, latency."""
        from rtvae.engine import engine as e

        engine, out = self.player.engine, self.output
        summary = out.telemetry.summary()
        summary.update({
            "scheduling": self.config.serve.scheduling, "block": out.block, "device_rate": out.device_rate,
            "model_rate": engine.sample_rate, "hop": engine.hop,
            "latency_samples": out.latency_samples,
            "latency_ms": 1000.0 * out.latency_samples / engine.sample_rate,
            "device_latency_ms": 1000.0 * out.device_latency_s(),
            "late_blocks": int(getattr(self.source, "late_blocks", 0)),
            "late_controls": int(engine.counters[e.N_LATE]),
            "controls_applied": int(engine.counters[e.N_APPLIED]),
            "controls_dropped": self.controller.writer.dropped,
            "controls_deferred": int(engine.counters[e.N_DEFERRED]),
            "osc_received": self.server.received, "osc_rejected": self.controller.rejected,
            "recording_dropped_frames": int(self.recorder.dropped[0]),
            # Raw, oldest first (up to the telemetry's ring of 65536): for distributions and
            # for the latency benchmark to split a run into phases.
            "callback_durations_ms": [round(d * 1e3, 5) for d in out.telemetry.recent_durations()],
        })
        return summary

    def start_demo(self) -> None:
        from rtvae.osc.demo import play_demo

        self.demo = self._background(play_demo, self)
