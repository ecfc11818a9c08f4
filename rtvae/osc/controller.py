"""What each OSC address does: validation against the namespace, then an action.

Runs on the OSC thread. Sound-changing messages become control records pushed to the
newest engine's ring, stamped with the engine frame their timetag maps to; everything
slow (loading a model, opening a recording) happens here or on a helper thread, never on
the audio thread. Every rejected message is answered with ``/rtvae/error``.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from rtvae.audiofiles import AUDIO_SUFFIXES
from rtvae.engine import controls as c
from rtvae.engine.engine import N_APPLIED, Engine
from rtvae.engine.interp import MODES
from rtvae.errors import RtvaeError
from rtvae.osc.namespace import BY_PATH, NAMESPACE, PREFIX, ArgumentError, check_args
from rtvae.osc.replies import Replies
from rtvae.osc.wire import Message
from rtvae.paths import inside


@dataclass
class Live:
    """The pieces a controller drives (built by :mod:`rtvae.session`)."""

    player: object                      # rtvae.engine.player.Player
    output: object                      # rtvae.drivers.stream.AudioOutput (or an offline stand-in)
    recorder: object                    # rtvae.drivers.recorder.Recorder
    make_engine: Callable[[str], Engine]  # loads and warms a model by name (slow)
    models_dir: Path
    recordings_dir: Path
    model_name: str = "default"
    presets: dict[str, np.ndarray] = field(default_factory=dict)
    sounds_dir: Path = Path("sounds")
    extend_hop: int = 64
    corpus: object = None                                        # rtvae.explore.corpus.Corpus, once loaded
    corpus_ready: threading.Event = field(default_factory=threading.Event)
    corpus_builder: subprocess.Popen | None = None               # the child building it, if any
    stopping: threading.Event = field(default_factory=threading.Event)


@dataclass
class InterpState:
    """What the control side knows of the interpolation (the engine holds the rest)."""

    specs: dict[str, str] = field(default_factory=dict)         # "a"/"b" → source spec as sent
    sources: dict[str, object] = field(default_factory=dict)     # "a"/"b" → resolved Source
    mode: str = "stepwise"
    stretch: float = 1.0
    length: int = 0                                              # windows in the trimmed pair
    active: bool = False                                         # the engine follows the sources
    reported_playing: int = 0
    listener: tuple[str, int] | None = None


def load_corpus(live: Live, model) -> None:
    """Make the model's corpus available to interpolation (own thread; slow the first time).

    A corpus not built yet is built by a child process (see
    :func:`~rtvae.explore.corpus.start_default_build`); this thread only waits for it.
    """
    from rtvae.explore.corpus import build_default_in_child, corpus_for, default_corpus_file

    live.corpus_ready.clear()
    try:
        corpus = corpus_for(model, build=False)
        if corpus is None and default_corpus_file(model) is not None and not live.stopping.is_set():
            build_default_in_child(started=lambda child: setattr(live, "corpus_builder", child))
            corpus = corpus_for(model, build=False)
        live.corpus = corpus
    except RtvaeError as exc:
        live.corpus = None
        if not live.stopping.is_set():
            print(f"rtvae serve: no corpus for interpolation: {exc}", file=sys.stderr)
    live.corpus_ready.set()


class Controller:
    """Handles one message at a time from the OSC thread."""

    def __init__(self, live: Live, replies: Replies):
        self.live, self.replies = live, replies
        self.writer = c.ControlWriter(live.player.newest().ring)
        self.applied = self.rejected = 0
        self.first_latent = threading.Event()  # the demo walk stops at the first latent message
        self.demo_sender: tuple[str, int] | None = None
        self._loading: threading.Thread | None = None
        self.interp = InterpState()
        self._handlers = {a.path: getattr(self, "on_" + a.path[len(PREFIX) + 1:].replace("/", "_")) for a in NAMESPACE}

    @property
    def engine(self) -> Engine:
        return self.live.player.newest()

    def handle(self, message: Message, sender: tuple[str, int]) -> None:
        """Validate and act; any rejection becomes an error reply to the sender."""
        spec = BY_PATH.get(message.address)
        if spec is None:
            self._reject(sender, message.address, "unknown address (send /rtvae/help for the list)")
            return
        try:
            args = check_args(spec, message.args, self.engine.latent_size)
            self._handlers[spec.path](args, self._due(message.time), sender)
            self.applied += 1
        except (ArgumentError, RtvaeError) as exc:
            self._reject(sender, message.address, str(exc))

    def _reject(self, sender, address: str, reason: str) -> None:
        self.rejected += 1
        self.replies.error(sender, address, reason)

    def _due(self, when: float | None) -> float:
        """Engine frame a timetag maps to, or IMMEDIATE."""
        if when is None:
            return c.IMMEDIATE
        frame = self.live.output.frame_at(when)
        return c.IMMEDIATE if frame is None else frame

    def _send(self, kind: int, values, due: float) -> None:
        if self.writer.ring is not self.engine.ring:
            self.writer = c.ControlWriter(self.engine.ring)
        if not self.writer.send(kind, values, due):
            raise RtvaeError("control queue full: message dropped (sending too fast?)")

    # --- latent -----------------------------------------------------------------
    def on_z(self, args, due, sender) -> None:
        self._latent_from(sender)
        self._take_over_latent(due)
        self._send(c.Z_ALL, args, due)

    def _take_over_latent(self, due) -> None:
        """A latent message ends a playing interpolation (the latent is the performer's again)."""
        self.interp.active = False
        if self.engine.params[c.P_INTERP_MODE] != 0:
            self._send(c.INTERP_MODE, [0.0], due)
            self._send(c.SIGMA_ALL, self.engine.start_sigma(), due)

    def on_z_set(self, args, due, sender) -> None:
        size = self.engine.latent_size
        bad = [i for i in args[0::2] if i >= size]
        if bad:
            raise ArgumentError(f"index {bad[0]} is out of range [0, {size - 1}]")
        self._latent_from(sender)
        self._take_over_latent(due)
        self._send(c.Z_PAIRS, args, due)

    def _latent_from(self, sender) -> None:
        if sender != self.demo_sender:
            self.first_latent.set()

    # --- dynamics ---------------------------------------------------------------
    def on_smooth(self, args, due, sender) -> None:
        self._send(c.SMOOTH_MS, args, due)

    def on_temperature(self, args, due, sender) -> None:
        self._send(c.TEMPERATURE, args, due)

    def on_gain(self, args, due, sender) -> None:
        self._send(c.GAIN, args, due)

    def on_mute(self, args, due, sender) -> None:
        self._send(c.MUTE, args, due)

    # --- presets ----------------------------------------------------------------
    def on_preset_store(self, args, due, sender) -> None:
        name = args[0]
        inside(self.live.models_dir, name)  # same plain-name rule as everything else
        self.live.presets[name] = self.engine.target.copy()

    def on_preset_recall(self, args, due, sender) -> None:
        latent = self.live.presets.get(args[0])
        if latent is None:
            known = ", ".join(sorted(self.live.presets)) or "none stored yet"
            raise RtvaeError(f"no preset '{args[0]}' (presets: {known})")
        if len(latent) != self.engine.latent_size:
            raise RtvaeError(f"preset '{args[0]}' was stored for another model (latent size {len(latent)})")
        self._latent_from(sender)
        self._send(c.Z_ALL, latent, due)

    # --- model ------------------------------------------------------------------
    def on_model_load(self, args, due, sender) -> None:
        name = args[0]
        if name != "default":
            path = inside(self.live.models_dir, name)
            if not path.is_dir():
                raise RtvaeError(f"no model '{name}' in {self.live.models_dir.resolve()}")
        if self._loading is not None and self._loading.is_alive():
            raise RtvaeError("a model is already loading")
        self._loading = threading.Thread(target=self._load, args=(name, sender), name="rtvae-loader", daemon=True)
        self._loading.start()

    def _load(self, name: str, sender) -> None:
        """Loader thread: build and warm the engine, hand it over, release the old one."""
        try:
            engine = self.live.make_engine(name)
            self.live.player.offer(engine)
        except (RtvaeError, ValueError) as exc:
            self.replies.error(sender, f"{PREFIX}/model/load", str(exc))
            return
        while self.live.player.incoming is not None or self.live.player.fading is not None:
            time.sleep(0.01)
        self.live.player.retired = None  # the old engine is freed here, off the audio thread
        self.live.model_name = name
        self.interp = InterpState()
        load_corpus(self.live, engine.model)
        self.replies.send(sender, f"{PREFIX}/model/loaded", [name])

    # --- recording --------------------------------------------------------------
    def on_record_start(self, args, due, sender) -> None:
        name = args[0] if args else time.strftime("rtvae-%Y%m%d-%H%M%S")
        path = self.live.recorder.start(inside(self.live.recordings_dir, name, ".wav"))
        self.replies.send(sender, f"{PREFIX}/record/started", [str(path)])

    def on_record_stop(self, args, due, sender) -> None:
        path, seconds = self.live.recorder.stop()
        if path is None:
            raise RtvaeError("not recording")
        self.replies.send(sender, f"{PREFIX}/record/stopped", [str(path), float(seconds)])

    # --- interpolation ----------------------------------------------------------
    def on_interp_a(self, args, due, sender) -> None:
        self._set_source("a", args[0], sender)

    def on_interp_b(self, args, due, sender) -> None:
        self._set_source("b", args[0], sender)

    def _set_source(self, which: str, spec: str, sender) -> None:
        source = self._resolve(spec)
        self.interp.specs[which], self.interp.sources[which] = spec, source
        self.interp.listener = sender
        self.replies.send(sender, f"{PREFIX}/interp/ready",
                          [which, spec, len(source), round(len(source) * source.hop / self.engine.sample_rate, 3)])
        self._offer_pair()

    def _resolve(self, spec: str):
        from rtvae.explore.sources import resolve

        if not self.live.corpus_ready.is_set() and not spec.lower().endswith(AUDIO_SUFFIXES):
            raise RtvaeError("the corpus is still being prepared (a few seconds at first start); try again")
        hop = self.live.extend_hop if self.interp.mode == "extend" else None
        return resolve(spec, self.live.corpus, self.engine.model, self.live.sounds_dir, hop)

    def _offer_pair(self) -> None:
        """Hand both sources to the engine when both are known; set the speed and rewind."""
        from rtvae.explore.sources import pair

        if set(self.interp.sources) != {"a", "b"}:
            return
        arrays = pair(self.interp.sources["a"], self.interp.sources["b"])
        self.interp.length = len(arrays[0])
        self.engine.sources.offer(arrays)
        self._send(c.INTERP_POSITION, [0.0], c.IMMEDIATE)
        self._send_speed()

    def _send_speed(self) -> None:
        """Source windows per output hop: real time, or one per hop in extend; over the stretch."""
        source_hop = self.interp.sources["a"].hop if self.interp.sources else self.engine.hop
        per_hop = 1.0 if self.interp.mode == "extend" else self.engine.hop / source_hop
        self._send(c.INTERP_SPEED, [per_hop / self.interp.stretch], c.IMMEDIATE)

    def on_interp_mode(self, args, due, sender) -> None:
        changes_hop = (args[0] == "extend") != (self.interp.mode == "extend")
        self.interp.mode = args[0]
        if changes_hop and set(self.interp.specs) == {"a", "b"}:
            # extend encodes the sources again with a small hop (and back)
            self.interp.sources = {k: self._resolve(spec) for k, spec in self.interp.specs.items()}
            self._offer_pair()
        else:
            self._send_speed()
        if self.interp.active:
            self._send(c.INTERP_MODE, [MODES[args[0]]], due)

    def on_interp_amount(self, args, due, sender) -> None:
        self._send(c.INTERP_AMOUNT, args, due)

    def on_interp_curve(self, args, due, sender) -> None:
        from rtvae.explore.curves import from_values

        self.engine.curve.offer(from_values(args))

    def on_interp_breakpoints(self, args, due, sender) -> None:
        from rtvae.explore.curves import from_breakpoints

        self.engine.curve.offer(from_breakpoints(args))

    def on_interp_function(self, args, due, sender) -> None:
        from rtvae.explore.curves import function

        self.engine.curve.offer(function(args[0], args[1:]))

    def on_interp_stretch(self, args, due, sender) -> None:
        self.interp.stretch = args[0]
        self._send_speed()

    def on_interp_loop(self, args, due, sender) -> None:
        self._send(c.INTERP_LOOP, args, due)

    def on_interp_play(self, args, due, sender) -> None:
        if self.interp.length == 0:
            raise RtvaeError("set both sources first: /rtvae/interp/a and /rtvae/interp/b")
        self.interp.listener, self.interp.active = sender, True
        self._latent_from(sender)
        self._send(c.INTERP_MODE, [MODES[self.interp.mode]], due)
        self._send(c.INTERP_PLAY, [1.0], due)

    def on_interp_stop(self, args, due, sender) -> None:
        self._send(c.INTERP_PLAY, [0.0], due)

    def on_interp_position(self, args, due, sender) -> None:
        self._send(c.INTERP_POSITION, [args[0] * max(self.interp.length - 1, 0)], due)

    def report_interp(self) -> None:
        """``/rtvae/out/interp position progress playing`` while a sequence plays (status thread)."""
        params = self.engine.params
        playing = int(params[c.P_PLAYING] > 0 and params[c.P_INTERP_MODE] != 0)
        was_playing, self.interp.reported_playing = self.interp.reported_playing, playing
        if self.interp.length == 0 or not (playing or was_playing):
            return  # one last report says it stopped
        position = float(params[c.P_POSITION])
        self.replies.send(self.interp.listener, f"{PREFIX}/out/interp",
                          [position, position / max(self.interp.length - 1, 1), playing])

    def stop_interpolation(self) -> None:
        """Back to plain latent control (a latent message or a model change)."""
        self._send(c.INTERP_MODE, [0.0], c.IMMEDIATE)

    # --- replies ----------------------------------------------------------------
    def on_status(self, args, due, sender) -> None:
        self.replies.send(sender, f"{PREFIX}/status", self.status_fields())

    def status_fields(self) -> list:
        """The fields of ``/rtvae/status``, in the order the namespace documents."""
        out, engine = self.live.output, self.engine
        summary = out.telemetry.summary()
        latency = out.latency_samples
        return [
            self.live.model_name, engine.sample_rate, out.device_rate, out.block, engine.hop,
            out.scheduling, latency, round(1000.0 * latency / engine.sample_rate, 3),
            summary["xruns"], int(getattr(out.source, "late_blocks", 0)), round(summary["load_p99"], 4),
            int(engine.counters[N_APPLIED]), self.writer.dropped,
            int(self.live.recorder.recording),
        ]

    def on_help(self, args, due, sender) -> None:
        for spec in NAMESPACE:
            self.replies.send(sender, f"{PREFIX}/help/address", [spec.path, spec.signature(), spec.help])

    def on_ping(self, args, due, sender) -> None:
        self.replies.send(sender, f"{PREFIX}/pong", args)

    def on_reply(self, args, due, sender) -> None:
        port = args[0]
        host = args[1] if len(args) > 1 else sender[0]
        if host != sender[0] and not host.startswith("127."):
            raise RtvaeError(f"replies go to the sender's host or loopback, not {host}")
        self.replies.add_target((host, port))
