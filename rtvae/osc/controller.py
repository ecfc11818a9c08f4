"""What each OSC address does: validation against the namespace, then an action.

Runs on the OSC thread. Sound-changing messages become control records pushed to the
newest engine's ring, stamped with the engine frame their timetag maps to; everything
slow (loading a model, opening a recording) happens here or on a helper thread, never on
the audio thread. Every rejected message is answered with ``/rtvae/error``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from rtvae.engine import controls as c
from rtvae.engine.engine import N_APPLIED, Engine
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


class Controller:
    """Handles one message at a time from the OSC thread."""

    def __init__(self, live: Live, replies: Replies):
        self.live, self.replies = live, replies
        self.writer = c.ControlWriter(live.player.newest().ring)
        self.applied = self.rejected = 0
        self.first_latent = threading.Event()  # the demo walk stops at the first latent message
        self.demo_sender: tuple[str, int] | None = None
        self._loading: threading.Thread | None = None
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
        self._send(c.Z_ALL, args, due)

    def on_z_set(self, args, due, sender) -> None:
        size = self.engine.latent_size
        bad = [i for i in args[0::2] if i >= size]
        if bad:
            raise ArgumentError(f"index {bad[0]} is out of range [0, {size - 1}]")
        self._latent_from(sender)
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
