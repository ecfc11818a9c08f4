"""A live session: model → engine → player → audio device, driven over OSC.

Builds every piece from a validated config, warms everything that compiles or sizes
buffers lazily, then opens the stream and starts listening. The slow world (loading
models for hot swap, writing recordings, the demo walk) runs on its own threads.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

from rtvae.config import Config
from rtvae.control import corpus as corpus_handlers
from rtvae.control import live_input as input_handlers
from rtvae.control.control import Control, Rig
from rtvae.control.dispatch import Dispatcher
from rtvae.control.state import CorpusState, LiveState, MapState, ModelState
from rtvae.drivers.input_loss import InputKeeper
from rtvae.drivers.live_input import InputSide, input_delay
from rtvae.drivers.recorder import Recorder
from rtvae.drivers.stream import AudioOutput, find_input_device, find_output_device
from rtvae.engine.ahead import AheadSource
from rtvae.engine.engine import Engine
from rtvae.engine.factory import build_engine
from rtvae.engine.input_line import InputLine
from rtvae.engine.limits import MAX_BLOCK
from rtvae.engine.player import Player
from rtvae.engine.ring import ControlRing
from rtvae.errors import ConfigError
from rtvae.model.directory import DEFAULT_MODEL, load_model
from rtvae.osc.client import OscClient
from rtvae.osc.server import OscServer, is_loopback
from rtvae.paths import corpora_dir, inside

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
        self.corpora_dir = corpora_dir(config.user.corpora_dir)
        self.corpus_builder: subprocess.Popen | None = None  # the child building the default corpus, if any
        self._building = threading.Lock()  # helpers only: one first-start build at a time
        device = find_output_device(serve.device)
        self.input_line, live_input = None, None
        if serve.input:
            if serve.scheduling != "inline":
                raise ConfigError("serve.input: live input needs inline scheduling (serve.scheduling = inline): "
                                  "a worker decoding ahead would add its hops to the input's latency")
            self.input_line = InputLine()
        self.device_rate = int(serve.device_rate or device.default_sample_rate)
        engine = self.make_engine(serve.model)
        self.player = Player(engine, serve.fade_ms)
        if source_factory is not None:
            self.source = source_factory(self.player)
        elif serve.scheduling == "inline":
            self.source = self.player
        else:
            self.source = AheadSource(self.player, serve.ahead_hops, MAX_BLOCK)
        self.recorder = Recorder(engine.sample_rate)
        if self.input_line is not None:
            live_input = InputSide(find_input_device(serve.input), serve.input_channel - 1, self.input_line,
                                   model_rate=engine.sample_rate, device_rate=self.device_rate, max_block=MAX_BLOCK)
        self.output = AudioOutput(self.source, engine.sample_rate, device, block=serve.block,
                                  channels=parse_channels(serve.channels), device_rate=serve.device_rate,
                                  recorder=self.recorder, max_block=MAX_BLOCK, callback=serve.callback,
                                  live_input=live_input)
        self.output.scheduling = serve.scheduling
        self.input_keeper = None
        if live_input is not None:
            self.input_keeper = InputKeeper(self.output, serve.device, serve.input, serve.jack_name, self._tell_input)
        self.server = OscServer(serve.listen, serve.port, self._allow_list(),
                                receive_buffer_bytes=serve.receive_buffer_kb * 1024)
        rig = Rig(self.player, self.output, self.recorder, self.make_engine, self.open_corpus,
                  models_dir=self.models_dir, recordings_dir=self.recordings_dir, sounds_dir=Path(serve.sounds_dir),
                  extend_hop=serve.extend_hop, max_ahead_s=serve.max_ahead_s, server=self.server,
                  corpora_dir=self.corpora_dir)
        # The demo walk's socket exists before the control side does, so its address is
        # known to the state from the start (and its latents are not taken for a performer's).
        self.demo_client = OscClient(self.server.port) if serve.demo else None
        state = LiveState(model=ModelState(name=serve.model), corpus=CorpusState(name=serve.corpus),
                          maps=MapState(name=serve.map),
                          demo_sender=self.demo_client.sock.getsockname() if self.demo_client else None)
        self.control = Control(rig, self.server.replies, state)
        self.dispatcher = Dispatcher(self.control)
        if serve.reply_port:
            self.server.replies.add_target(("127.0.0.1", serve.reply_port))
        self.demo: threading.Thread | None = None

    def _allow_list(self) -> set[str] | None:
        allow = parse_allow(self.config.serve.allow)
        if not is_loopback(self.config.serve.listen) and allow is None:
            print(f"rtvae serve: warning: listening on {self.config.serve.listen} with no --allow list: "
                  "only loopback clients will be heard", file=sys.stderr)
        return allow

    def make_engine(self, name: str) -> Engine:
        """Load a model by name (a folder in models_dir, a path, or 'default') and warm an engine (slow)."""
        if name == DEFAULT_MODEL:
            path = name
        elif (self.models_dir / name).is_dir():
            path = inside(self.models_dir, name)
        else:
            path = name  # a directory given on the command line
        model = load_model(path)
        live = {}
        if self.input_line is not None:
            live = dict(input_line=self.input_line, input_delay=input_delay(model.card.sample_rate, self.device_rate),
                        input_gate_db=self.config.serve.input_gate_db)
        return build_engine(model, self.config.synth, max_block=MAX_BLOCK, decoder_factory=self.decoder_factory,
                            **live)

    def open_corpus(self, model, name: str):
        """A corpus by name for ``model`` (a helper runs this). The embedded model's own corpus is
        built, the first time, by a child process at low priority, so this process keeps its GIL."""
        from rtvae.explore.corpus import DEFAULT_NAME, build_default_in_child, corpus_for, default_corpus_file, open_corpus

        if name == DEFAULT_NAME and default_corpus_file(model) is not None:
            with self._building:  # a second request waits for the first build rather than starting one
                if corpus_for(model, build=False) is None and not self.control.stopping.is_set():
                    build_default_in_child(started=lambda child: setattr(self, "corpus_builder", child))
            if self.control.stopping.is_set():
                return None
        return open_corpus(model, name, self.corpora_dir)

    def warm(self) -> None:
        """Compile and run once everything the callback calls."""
        self.player.warm()  # its engine was warmed when it was made
        self.output.warm()
        # The OSC thread's first push would load the compiled push while holding the GIL.
        scratch_ring = ControlRing(1, self.player.engine.ring.width)
        scratch_ring.push(np.zeros(scratch_ring.width))
        # The OSC thread measures what plays for /rtvae/out/descriptors: compiled here, or a fresh
        # install's first tick would stop it for seconds (numba's cold compile of the describer).
        from rtvae.explore.descriptors import Describer

        Describer(self.player.engine.model.card.window, self.player.engine.sample_rate).warm()

    def start(self) -> "Session":
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.warm()
        # A full garbage collection walks every object while holding the GIL, and the audio
        # thread waits for the GIL: move everything alive now out of the collector's sight.
        gc.collect()
        gc.freeze()
        control = self.control
        control.mailbox.post(lambda: corpus_handlers.load(control, control.state.corpus.name, None))
        self.server.start(self.dispatcher)
        if isinstance(self.source, AheadSource):
            self.source.start()
        self.output.start()
        if self.demo_client is not None:
            self.start_demo()
        return self

    def _background(self, target, *args) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, daemon=True, name=f"rtvae-{target.__name__}")
        thread.start()
        return thread

    def stop(self) -> None:
        self.control.stop()
        builder = self.corpus_builder
        if builder is not None and builder.poll() is None:
            builder.terminate()  # the cache file is renamed into place whole, so none is left half-written
        self.server.stop()
        self.control.mailbox.close()
        if self.demo_client is not None:
            self.demo_client.close()
        self.output.stop()
        if isinstance(self.source, AheadSource):
            self.source.stop()
        self.recorder.stop()

    def __enter__(self) -> "Session":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def run_until(self, duration_s: float = 0.0) -> str:
        """Block until ``duration_s`` has passed (0: forever), Ctrl-C, or the audio device is lost;
        the audio plays on meanwhile. Returns ``"done"``, or ``"device_back"``.

        With live input, an input device that went away while the output's stayed is the
        :class:`~rtvae.drivers.input_loss.InputKeeper`'s: the output plays on without it. Any
        other lost device (the JACK server killed, an interface unplugged) is, with
        ``serve.on_device_loss`` ``exit``, an AudioDeviceError that says what happened and
        what to do. With ``wait``, the control side goes on answering while the device is
        looked for every second; once it is back this returns ``"device_back"`` and the
        caller starts afresh on it (PortAudio cannot reopen it in this process).
        """
        from rtvae.drivers.stream import wait_for_device
        from rtvae.errors import AudioDeviceError

        deadline = time.monotonic() + duration_s if duration_s else None
        try:
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2)
                keeper = self.input_keeper
                if keeper is not None:
                    keeper.poll()
                if not self.device_lost() or (keeper is not None and keeper.stream_ended()):
                    continue
                what, serve = self.output.loss_message(), self.config.serve
                self.output.abandon()
                if serve.on_device_loss == "exit":
                    raise AudioDeviceError(f"{what}. Start it again (or check the device) and restart rtvae serve; "
                                           "with --on-device-loss wait it waits for the device instead of exiting")
                if serve.private_jack:  # our own JACK server is gone: a fresh start makes a new one
                    print(f"rtvae serve: {what}; starting again with a new private JACK server", file=sys.stderr)
                    return "device_back"
                print(f"rtvae serve: {what}; waiting for it to come back (looked for every second, OSC still "
                      "answers; Ctrl-C stops)", file=sys.stderr, flush=True)
                if wait_for_device(serve.device, f"{serve.jack_name}-probe", deadline):
                    return "device_back"
        except KeyboardInterrupt:
            pass
        return "done"

    def _tell_input(self, label: str, connected: bool, reason: str) -> None:
        """The input's device went or came back (the keeper, on this thread): the patches hear it."""
        control = self.control
        control.mailbox.post(lambda: input_handlers.tell_device(control, label, connected, reason))

    def device_lost(self) -> bool:
        """True once the audio device has gone away under the running stream."""
        return self.output.device_lost()

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
            "controls_dropped": self.control.writer.dropped,
            "controls_deferred": int(engine.counters[e.N_DEFERRED]),
            "osc_received": self.server.received, "osc_errors": self.control.counters.errors,
            "osc_failures": self.control.counters.failures, "packets_rejected": self.server.rejected_packets,
            "recording_dropped_frames": int(self.recorder.dropped[0]),
            # Raw, oldest first (up to the telemetry's ring of 65536): for distributions and
            # for the latency benchmark to split a run into phases.
            "callback_durations_ms": [round(d * 1e3, 5) for d in out.telemetry.recent_durations()],
        })
        return summary

    def start_demo(self) -> None:
        from rtvae.osc.demo import play_demo

        self.demo = self._background(play_demo, self)
