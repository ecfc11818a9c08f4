"""The config schema: one table of every key, its type, default, range and help.

A config is one YAML file of sections (``model:``, ``train:`` ...). Every key can be
overridden on the command line by a flag spelled like the key (``--latent-size 128``
overrides ``model.latent_size``). Bad keys and values raise :class:`ConfigError` naming
the key and what it accepts.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterable

import yaml

from rtvae.engine.limits import DEFAULT_SYNTHESIS, MAX_BLOCK, SYNTHESES
from rtvae.errors import ConfigError


@dataclass(frozen=True)
class Key:
    """One config key: ``section.name``, its type and what values it accepts."""

    section: str
    name: str
    type: type
    default: Any
    help: str
    choices: tuple | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def dotted(self) -> str:
        return f"{self.section}.{self.name}"

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def accepted(self) -> str:
        if self.choices:
            return "one of " + ", ".join(map(str, self.choices))
        lo = "-inf" if self.minimum is None else self.minimum
        hi = "inf" if self.maximum is None else self.maximum
        if self.type is bool:
            return "true or false"
        if self.type in (int, float):
            return f"a{'n integer' if self.type is int else ' number'} in [{lo}, {hi}]"
        return f"a {self.type.__name__}"


# The sections a live session reads (rtvae serve, and the benchmark's baseline servers).
SERVE_SECTIONS = ("synth", "serve", "user")

SCHEMA: tuple[Key, ...] = (
    # The model: defaults are the RawAudioVAE paper's.
    Key("model", "sample_rate", int, 44100, "model sample rate in Hz", minimum=8000, maximum=192000),
    Key("model", "window", int, 1024, "samples per window (the model's input and output)", minimum=64, maximum=16384),
    Key("model", "hidden_size", int, 2048, "width of the encoder and decoder hidden layer", minimum=8, maximum=65536),
    Key("model", "latent_size", int, 256, "latent dimensions", minimum=1, maximum=4096),
    Key("model", "beta", float, 1e-4, "weight of the KL term in the loss", minimum=0.0),
    # Training data: overlapping windows that never straddle two files.
    Key("data", "train_hop", int, 256, "hop between training windows in samples", minimum=1),
    Key("data", "val_fraction", float, 0.1, "share of files held out for validation", minimum=0.0, maximum=0.9),
    # Training.
    Key("train", "epochs", int, 100, "passes over the training windows", minimum=1),
    Key("train", "batch_size", int, 256, "windows per step (per process under torchrun)", minimum=1),
    Key("train", "learning_rate", float, 1e-4, "Adam learning rate", minimum=0.0),
    Key("train", "seed", int, 0, "seed for weights, file split and shuffling", minimum=0),
    Key("train", "device", str, "auto", "where to train", choices=("auto", "cpu", "cuda")),
    Key("train", "max_windows", int, 0, "cap on training windows per epoch, 0 for all", minimum=0),
    # Export.
    Key("export", "int8", bool, True, "also write an int8 decoder (ONNX Runtime dynamic quantisation)"),
    Key("export", "n_directions", int, 8, "principal directions of the corpus latents to store", minimum=0),
    Key("export", "model_version", str, "1", "version string written into the metadata"),
    # Synthesis, live and offline.
    Key("synth", "hop", int, 256, "synthesis hop in samples (ola)", choices=(128, 256, 512)),
    Key("synth", "synthesis", str, DEFAULT_SYNTHESIS, "ola: overlap-add with a Hann window; sola: each window placed (up to a "
        "hop late) where it continues the sound, so a held latent keeps its own pitch instead of buzzing at the hop "
        "rate; concat: plain concatenation", choices=SYNTHESES),
    Key("synth", "temperature", float, 0.0, "sampling temperature; 0 decodes mu", minimum=0.0, maximum=10.0),
    Key("synth", "int8_decoder", bool, False, "decode with the model's int8 decoder (through ONNX Runtime's C API)"),
    Key("synth", "decoder", str, "kernel", "kernel: the decoder's weights in a compiled kernel (allocation-free, "
        "checked against ONNX Runtime at load); onnxruntime: ONNX Runtime's C API. Both run without the interpreter",
        choices=("kernel", "onnxruntime")),
    Key("synth", "smooth_ms", float, 20.0, "latent slew time in ms", minimum=0.0, maximum=60000.0),
    Key("synth", "gain", float, 1.0, "output gain, linear", minimum=0.0, maximum=16.0),
    Key("synth", "limiter", bool, True, "peak-limit the output to ceiling_db (false: raw output, unguarded)"),
    Key("synth", "ceiling_db", float, -0.3, "the limiter's ceiling in dBFS: no sample above it leaves the engine",
        minimum=-60.0, maximum=0.0),
    # The live server.
    Key("serve", "model", str, "default", "model to start with: a name in models_dir, a directory, or 'default'"),
    Key("serve", "listen", str, "127.0.0.1", "address to listen on for OSC (0.0.0.0: every interface; needs --allow)"),
    Key("serve", "port", int, 9000, "UDP port to listen on for OSC", minimum=1, maximum=65535),
    Key("serve", "allow", str, "", "comma-separated client addresses allowed when listening beyond 127.0.0.1"),
    Key("serve", "reply_port", int, 0, "also send replies to this UDP port on 127.0.0.1 (0: only to senders)",
        minimum=0, maximum=65535),
    Key("serve", "device", str, "", "output device: a substring of 'name, host API' (empty: the default device)"),
    Key("serve", "block", int, 128, "frames per audio callback (0: let PortAudio choose)", minimum=0,
        maximum=MAX_BLOCK),
    Key("serve", "channels", str, "1,2", "output channels (1-based, comma-separated) that carry the sound"),
    Key("serve", "device_rate", int, 0, "stream sample rate in Hz (0: the device's default)", minimum=0, maximum=384000),
    Key("serve", "input", str, "", "live input device, a substring of 'name, host API' as for device, or 'default' "
        "(empty: no input); opens a duplex stream that encodes what comes in every hop"),
    Key("serve", "input_channel", int, 1, "the input channel (1-based) live input reads", minimum=1, maximum=256),
    Key("serve", "input_gate_db", float, -60.0, "live input quieter than this (dBFS over a window) stays silent; "
        "-200 or lower: no gate", minimum=-1000.0, maximum=0.0),
    Key("serve", "scheduling", str, "inline", "decode in the callback, or on a worker a few hops ahead",
        choices=("inline", "ahead")),
    Key("serve", "callback", str, "compiled", "the audio callback: compiled (never needs the Python interpreter) or "
        "python (the same steps in Python, for comparison)", choices=("compiled", "python")),
    Key("serve", "ahead_hops", int, 4, "hops rendered ahead in 'ahead' scheduling", minimum=1, maximum=64),
    Key("serve", "models_dir", str, "models", "folder /rtvae/model/load names resolve in"),
    Key("serve", "recordings_dir", str, "recordings", "folder /rtvae/record/start writes into"),
    Key("serve", "sounds_dir", str, "sounds", "folder whose files /rtvae/interp/a and /b may name"),
    Key("serve", "extend_hop", int, 64, "encoding hop of the sources in the 'extend' strategy", minimum=16, maximum=4096),
    Key("serve", "fade_ms", float, 50.0, "crossfade time of a model hot swap", minimum=1.0, maximum=10000.0),
    Key("serve", "private_jack", bool, False, "start a private JACK dummy server first (headless machines)"),
    Key("serve", "jack_name", str, "rtvae", "client name on JACK (ports NAME:out_0, NAME:out_1 ...)"),
    Key("serve", "demo", bool, False, "play a slow latent walk until the first latent message arrives"),
    Key("serve", "duration_s", float, 0.0, "stop after this many seconds (0: run until interrupted)", minimum=0.0),
    Key("serve", "on_device_loss", str, "exit", "when the audio device goes away while playing: exit (status 2), or "
        "wait (OSC still answers; the device is looked for every second and rtvae restarts on it when it is back)",
        choices=("exit", "wait")),
    Key("serve", "stats_file", str, "", "write telemetry (callback times, xruns, controls) as JSON here on exit"),
    Key("serve", "receive_buffer_kb", int, 4096, "OSC socket receive buffer in KiB (the kernel may grant less: "
        "/rtvae/status reports it)", minimum=64, maximum=262144),
    Key("serve", "max_ahead_s", float, 60.0, "how far ahead an OSC timetag may be; later ones are refused",
        minimum=0.0, maximum=3600.0),
    Key("serve", "corpus", str, "default", "corpus to start with: a name in user.corpora_dir, or 'default' "
        "(the model's own)"),
    Key("serve", "map", str, "pca", "map of the corpus to load for /rtvae/xy (rtvae map build); empty: none; "
        "a map not built yet is skipped quietly"),
    # The user's own artefacts: never written inside the installed package.
    Key("user", "corpora_dir", str, "", "folder of named corpora (and their maps); empty: "
        "$RTVAE_DATA/corpora, else $XDG_DATA_HOME/rtvae/corpora, else ~/.local/share/rtvae/corpora"),
)

_BY_DOTTED = {key.dotted: key for key in SCHEMA}
# Keys that were renamed: a file that still uses the old name is told the new one.
RENAMED = {"synth.mode": "synth.synthesis"}


def keys_of(sections: Iterable[str]) -> list[Key]:
    """The schema keys of the given sections, in table order."""
    wanted = set(sections)
    return [key for key in SCHEMA if key.section in wanted]


def coerce(key: Key, value: Any) -> Any:
    """Check and convert one value for ``key``; raise ConfigError naming the key."""
    try:
        converted = _convert(key.type, value)
    except (TypeError, ValueError):
        raise ConfigError(f"config key '{key.dotted}' (flag {key.flag}): {value!r} is not {key.accepted()}") from None
    if key.choices and converted not in key.choices:
        raise ConfigError(f"config key '{key.dotted}' (flag {key.flag}): {value!r} is not {key.accepted()}")
    if key.type in (int, float) and not _in_range(key, converted):
        raise ConfigError(f"config key '{key.dotted}' (flag {key.flag}): {value!r} is not {key.accepted()}")
    return converted


def _convert(kind: type, value: Any) -> Any:
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "yes", "1", "on", "false", "no", "0", "off"):
            return value.lower() in ("true", "yes", "1", "on")
        raise ValueError(value)
    if kind is int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        return int(value)
    if kind is float:
        if isinstance(value, bool):
            raise ValueError(value)
        return float(value)
    if kind is str and isinstance(value, (dict, list)):
        raise ValueError(value)
    return kind(value)


def _in_range(key: Key, value: float) -> bool:
    if isinstance(value, float) and not math.isfinite(value):
        return False
    return (key.minimum is None or value >= key.minimum) and (key.maximum is None or value <= key.maximum)


class Config:
    """Validated values of some schema sections, read as ``config.train.epochs``."""

    def __init__(self, values: dict[str, Any]):
        self._values = dict(values)
        sections: dict[str, dict[str, Any]] = {}
        for dotted, value in self._values.items():
            section, name = dotted.split(".", 1)
            sections.setdefault(section, {})[name] = value
        for section, items in sections.items():
            setattr(self, section, SimpleNamespace(**items))

    def as_dict(self) -> dict[str, dict[str, Any]]:
        """Nested plain dict, as written to YAML and stored in checkpoints."""
        nested: dict[str, dict[str, Any]] = {}
        for dotted, value in self._values.items():
            section, name = dotted.split(".", 1)
            nested.setdefault(section, {})[name] = value
        return nested

    def __getitem__(self, dotted: str) -> Any:
        return self._values[dotted]


def defaults(sections: Iterable[str]) -> dict[str, Any]:
    return {key.dotted: key.default for key in keys_of(sections)}


def parse_nested(data: Any, sections: Iterable[str], origin: str) -> dict[str, Any]:
    """Validate a nested mapping (from YAML or a checkpoint) into dotted values."""
    sections = list(sections)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping of sections ({', '.join(sections)})")
    values = {}
    for section, items in data.items():
        if section not in sections:
            raise ConfigError(f"{origin}: unknown section '{section}'; accepted: {', '.join(sections)}")
        if not isinstance(items, dict):
            raise ConfigError(f"{origin}: section '{section}' must be a mapping of keys")
        for name, value in items.items():
            key = _BY_DOTTED.get(f"{section}.{name}")
            if key is None:
                names = ", ".join(k.name for k in keys_of([section]))
                renamed = RENAMED.get(f"{section}.{name}")
                hint = f" (renamed to {renamed})" if renamed else ""
                raise ConfigError(f"{origin}: unknown key '{section}.{name}'{hint}; accepted: {names}")
            values[key.dotted] = coerce(key, value)
    return values


def read_yaml(path: str | Path, sections: Iterable[str]) -> dict[str, Any]:
    """Read and validate a config file; errors name the file and the key."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file not found: {path}")
    try:
        data = yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {path} is not valid YAML: {exc}") from None
    return parse_nested(data, sections, str(path))


def add_flags(parser: argparse.ArgumentParser, sections: Iterable[str], skip: Iterable[str] = ()) -> None:
    """Add ``--config FILE`` and one override flag per key of ``sections`` (but the ``skip`` keys)."""
    parser.add_argument("--config", metavar="FILE", help="YAML config file; flags override its keys")
    for section in sections:
        group = parser.add_argument_group(f"{section} (config section '{section}')")
        for key in keys_of([section]):
            if key.dotted in skip:
                continue
            switch = {"nargs": "?", "const": "true"} if key.type is bool else {}  # --demo alone means true
            group.add_argument(
                key.flag, dest=f"cfg:{key.dotted}", default=None, metavar=key.type.__name__.upper(),
                help=f"{key.help} (default: {key.default}; {key.accepted()})", **switch,
            )


def resolve(args: argparse.Namespace, sections: Iterable[str], base: dict[str, Any] | None = None) -> Config:
    """Defaults, then ``base`` (e.g. a checkpoint's), then the config file, then flags."""
    sections = list(sections)
    values = defaults(sections)
    values.update({k: v for k, v in (base or {}).items() if k in values})
    if getattr(args, "config", None):
        values.update(read_yaml(args.config, sections))
    for key in keys_of(sections):
        flag_value = getattr(args, f"cfg:{key.dotted}", None)
        if flag_value is not None:
            values[key.dotted] = coerce(key, flag_value)
    return Config(values)
