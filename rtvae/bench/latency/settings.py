"""What a benchmark run measures: its constants, and one table of flags.

:data:`FLAGS` is the only place a flag's default is written: ``rtvae bench`` and
``benchmarks/latency.py`` build their flags from it (:func:`add_flags`), :class:`Settings`
takes its field defaults from it, and :func:`settings_from` fills in what was not given
(the ``--quick`` run's defaults included). Bad values raise :class:`~rtvae.errors.ConfigError`
naming the flag. Cheap to import (no numpy): ``rtvae bench --help`` reads it.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from rtvae.engine.limits import MAX_BLOCK
from rtvae.errors import ConfigError

RATE = 48000  # JACK's sample rate, Hz
INTERP = "inline+interp"  # inline, with an interpolation playing in a loop the whole time
VARIANTS = ("inline", "ahead", INTERP, "torch-inline", "nn~-2048")
SERVER_VARIANTS = ("inline", "ahead", INTERP)  # the rest go through rtvae.bench.baseline_server
ACCEPTANCE_BLOCK, ACCEPTANCE_VARIANTS = 128, ("inline", "ahead")
LONG_VARIANTS = (*ACCEPTANCE_VARIANTS, INTERP)  # their load phase at the acceptance block is the long one
MIN_BLOCK = 16
# The interpolation played by INTERP: two corpus sounds of the embedded model, a meso curve.
INTERP_PAIR = ("organ_C3_dark", "organ_C3_bright")
INTERP_FUNCTION = ("sine", 2.0)
# What the interpolation adds is judged on interleaved pairs of these two (rtvae.bench.pairs).
PAIRED = ("inline", INTERP)
# 8 pairs of 8 s segments take ~160 s with their switches and checks: within the 175 s of
# callback times a server keeps at block 128; so a server run holds 8 pairs, and 24 take three.
PAIRS_PER_SERVER = 8
FULL_LATENT_EVERY = 50  # in the latent load: one /rtvae/z with the whole latent per this many messages
SETTLE_S, GAP_S = 1.0, 0.5  # before the idle phase; between phases and before SIGINT
SETTLE_CONTROLS_S = 0.25  # after the load, before its counters are read (nn~ applies up to 2048 samples late)
PHASE_TRIM_S = 0.1  # trimmed from each edge of a phase when picking its callbacks
# Probes: exact silence is this many zero samples in a row (more than the resampler's
# 32 taps, and a ramping gain never gives a zero product on decoded audio).
SILENT_RUN = 256
ALLOC_WARMUP, ALLOC_CALLS = 100, 2000  # allocation check: calls before tracing, calls traced
FLOOR_CLIENT = "jack_simple_client"  # jackd2's example: a sine table copied out, in C, no Python
# A phase during which other processes used more than this (% of a core) is marked noisy.
NOISY_OTHERS_PCT = 25.0
CAPTURE_CHANNELS = 1
QUICK_PHASE_S = 3.0  # idle and load phases of a --quick run
# The load sender's named loads (rtvae.bench.latency.load); the main table's load is one of MAIN_LOADS
# (inline+interp always carries the interpolation's).
LOADS = ("latent", "interp", "curves")
MAIN_LOADS = ("latent", "curves")
CURVE_ADDRESS = "/rtvae/interp/curve"
UDP_MAX_PAYLOAD = 65507  # the largest datagram IPv4 carries (65535 − IP and UDP headers)
# The callback-under-load table (--callback-load, issue 12): its blocks unless --blocks is given,
# and its phases in order: what each sends (None: nothing).
CALLBACK_BLOCKS = (64, 128, 256)
CALLBACK_PHASES = (("idle", None), ("latent", "latent"), ("curves", "curves"))
CALLBACK_VARIANT = "inline"


@dataclass(frozen=True)
class Same:
    """A default that is another flag's value (``--pair-s`` follows ``--load-s`` in a quick run)."""

    flag: str


@dataclass(frozen=True)
class Flag:
    """One flag: its :class:`Settings` field, type, defaults, help and check.

    Booleans are switches: ``--NAME`` when the default is off, ``--no-NAME`` when it is on.
    ``quick`` is the ``--quick`` run's default where it differs. ``check(value)`` returns a
    complaint about a resolved value, or None.
    """

    name: str
    kind: Callable[[str], Any]
    default: Any
    help: str
    quick: Any = None
    check: Callable[[Any], str | None] | None = None

    @property
    def option(self) -> str:
        spelled = self.name.replace("_", "-")
        return f"--no-{spelled}" if self.kind is bool and self.default else f"--{spelled}"

    def add_to(self, parser: argparse.ArgumentParser, default: Any) -> None:
        """Register the flag; it reads None when not given, so quick defaults can apply."""
        if self.kind is bool:
            action = "store_false" if self.default else "store_true"
            parser.add_argument(self.option, dest=self.name, action=action, default=None, help=self.help)
            return
        shown = _shown(default) + ("" if self.quick is None else f"; {_shown(self.quick)} with --quick")
        kind = str if self.kind in (ints, names) else self.kind
        parser.add_argument(self.option, dest=self.name, type=kind, default=None, help=f"{self.help} (default {shown})")

    def resolve(self, given: Any, quick: bool, resolved: dict[str, Any]) -> Any:
        """The value given, else the quick run's or the full run's default; lists parsed."""
        if given is None:
            value = self.quick if quick and self.quick is not None else self.default
            return resolved[value.flag] if isinstance(value, Same) else value
        if self.kind not in (ints, names):
            return self.kind(given)
        if not isinstance(given, str):
            return tuple(given)
        try:
            return self.kind(given)
        except ValueError:
            raise ConfigError(f"{self.option} {given!r}: give comma-separated integers") from None

    def validate(self, value: Any) -> None:
        complaint = self.check(value) if self.check else None
        if complaint:
            raise ConfigError(f"{self.option} {_shown(value)}: {complaint}")


def ints(text: str) -> tuple[int, ...]:
    return tuple(int(part.strip()) for part in text.split(",") if part.strip())


def names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _shown(value: Any) -> str:
    if isinstance(value, Same):
        return f"--{value.flag.replace('_', '-')}"
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _at_least(low: float, strict: bool = False) -> Callable[[Any], str | None]:
    def check(value) -> str | None:
        bad = value <= low if strict else value < low
        return f"must be {'>' if strict else '≥'} {low:g}" if bad else None
    return check


def _blocks(blocks: tuple[int, ...]) -> str | None:
    if not blocks or min(blocks) < MIN_BLOCK or max(blocks) > MAX_BLOCK:
        return f"each must be in [{MIN_BLOCK}, {MAX_BLOCK}]"
    return None


def max_curve_floats(limit: int = UDP_MAX_PAYLOAD) -> int:
    """The most floats a ``/rtvae/interp/curve`` datagram can carry within ``limit`` bytes.

    Address (20 bytes padded), type tags (``,`` and one ``f`` per float, NUL, padded to 4)
    and 4 bytes per float.
    """
    address = len(CURVE_ADDRESS) + 4 - len(CURVE_ADDRESS) % 4
    floats = (limit - address - 4) // 5
    while address + (floats + 2 + 3) // 4 * 4 + 4 * floats > limit:
        floats -= 1
    return floats


def _curve_floats(floats: int) -> str | None:
    """A curve packet must fit one UDP datagram and the namespace's repeat limit (imported lazily)."""
    from rtvae.osc.namespace import BY_PATH

    most = min(max_curve_floats(), int(BY_PATH[CURVE_ADDRESS].max_repeats))
    return None if 1 <= floats <= most else f"must be in [1, {most}] (one UDP datagram, the namespace's limit)"


def _variants(variants: tuple[str, ...]) -> str | None:
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown or not variants:
        return f"unknown variant(s) {unknown}; choose among {', '.join(VARIANTS)}"
    return None


FLAGS: tuple[Flag, ...] = (
    Flag("blocks", ints, (64, 128, 256, 512), "block sizes in frames, comma-separated", quick=(ACCEPTANCE_BLOCK,),
         check=_blocks),
    Flag("variants", names, VARIANTS, "comma-separated among inline, ahead, inline+interp (inline with an "
         "interpolation playing), torch-inline, nn~-2048", check=_variants),
    Flag("idle_s", float, 10.0, "seconds of the idle phase", quick=QUICK_PHASE_S, check=_at_least(0)),
    Flag("load_s", float, 20.0, "seconds of the load phase", quick=QUICK_PHASE_S, check=_at_least(0, strict=True)),
    Flag("acceptance_load_s", float, 60.0, "load phase of the acceptance configurations: block 128, inline, ahead "
         "and inline+interp", quick=Same("load_s"), check=_at_least(0, strict=True)),
    Flag("load_rate", int, 1000, "OSC messages per second under load", check=_at_least(0, strict=True)),
    Flag("load", str, "latent", "the main table's load (inline+interp always carries its own): latent (--load-rate "
         "small latent messages a second) or curves (that plus --curve-rate curve packets a second)",
         check=lambda name: None if name in MAIN_LOADS else f"choose among {', '.join(MAIN_LOADS)}"),
    Flag("curve_rate", int, 100, f"{CURVE_ADDRESS} packets per second in the curves load, on top of --load-rate",
         check=_at_least(0)),
    Flag("curve_floats", int, 4000, "floats in each curve packet (a Pd array or [multislider] dump)",
         check=_curve_floats),
    Flag("callback_load", bool, False, "run only the callback-under-load table: the inline server on one JACK "
         "server and the C floor client on a second beside it, idle (--idle-s), under the latent load (--load-s) "
         f"and under the curves load (--load-s; --acceptance-load-s at block {ACCEPTANCE_BLOCK}), at each block "
         f"({','.join(map(str, CALLBACK_BLOCKS))} unless --blocks); writes callback_LABEL.json/.md beside --out"),
    Flag("callbacks", names, ("python", "compiled"), "the server's audio callbacks a --callback-load run measures, "
         "each block in turn (before: python; after: compiled)",
         check=lambda kinds: None if kinds and set(kinds) <= {"python", "compiled"} else "python and/or compiled"),
    Flag("live_input", bool, False, "serve with live input (--input system, no gate) and play a sound into the "
         "server's input port all through a --callback-load run"),
    Flag("label", str, "before", "what a --callback-load run measures (before, after): its table's title and "
         "file name; a run not labelled before is shown beside callback_before.json when that exists",
         check=lambda label: None if label.replace("-", "").replace("_", "").isalnum() else "letters, digits, - and _"),
    Flag("seed", int, 0, "seed of the load messages and the probes' timing"),
    Flag("quick", bool, False, "a bounded run for tests: block 128 and 3 s phases unless told otherwise"),
    Flag("jack_realtime", bool, False, "run the JACK dummy server with real-time scheduling (needs the right to; "
         "default: non-real-time, like the test harness)"),
    Flag("max_wait_quiet_s", float, 60.0, "before each configuration, wait up to this long for the machine to go "
         "quiet", quick=0.0, check=_at_least(0)),
    Flag("floor", bool, True, "skip the floor: JACK's C example client measured in the same rig and load"),
    Flag("pairs", int, 24, "then, at block 128, alternate this many pairs of inline and inline+interp segments "
         f"under load ({PAIRS_PER_SERVER} pairs per server run), to tell what an interpolation adds from the "
         "machine's noise", quick=0, check=lambda n: "give a number of pairs ≥ 0" if n < 0 else None),
    Flag("pair_s", float, 8.0, "seconds of each paired segment", quick=Same("load_s"),
         check=lambda s: "each segment needs a positive length" if s <= 0 else None),
    Flag("only_pairs", bool, False, "run only the interleaved pairs (no main table, floor or allocation check)"),
    Flag("plot", bool, True, "skip the PNG"),
    Flag("out", Path, Path("benchmarks/results/latency.json"), "JSON results; latency.md and latency.png go "
         "beside it"),
)
BY_NAME = {flag.name: flag for flag in FLAGS}
DEFAULTS = {flag.name: flag.default for flag in FLAGS}


@dataclass
class Settings:
    """What one benchmark run measures; durations in seconds. Defaults: :data:`FLAGS`."""

    blocks: tuple[int, ...] = DEFAULTS["blocks"]
    variants: tuple[str, ...] = DEFAULTS["variants"]
    idle_s: float = DEFAULTS["idle_s"]
    load_s: float = DEFAULTS["load_s"]
    acceptance_load_s: float = DEFAULTS["acceptance_load_s"]
    load_rate: int = DEFAULTS["load_rate"]
    load: str = DEFAULTS["load"]
    curve_rate: int = DEFAULTS["curve_rate"]
    curve_floats: int = DEFAULTS["curve_floats"]
    callback_load: bool = DEFAULTS["callback_load"]
    callbacks: tuple[str, ...] = DEFAULTS["callbacks"]
    label: str = DEFAULTS["label"]
    quick: bool = DEFAULTS["quick"]
    live_input: bool = DEFAULTS["live_input"]
    seed: int = DEFAULTS["seed"]
    plot: bool = DEFAULTS["plot"]
    jack_realtime: bool = DEFAULTS["jack_realtime"]
    floor: bool = DEFAULTS["floor"]
    pairs: int = DEFAULTS["pairs"]
    pair_s: float = DEFAULTS["pair_s"]
    only_pairs: bool = DEFAULTS["only_pairs"]
    max_wait_quiet_s: float = DEFAULTS["max_wait_quiet_s"]
    out: Path = DEFAULTS["out"]

    def load_seconds(self, variant: str, block: int) -> float:
        """The load phase's length: longer for the acceptance configurations."""
        long = block == ACCEPTANCE_BLOCK and variant in LONG_VARIANTS
        return self.acceptance_load_s if long else self.load_s

    def estimate_s(self) -> float:
        """Rough wall-clock length of the run, for the progress line (startup ~6 s a config)."""
        overhead = SETTLE_S + 2 * GAP_S + 6.0
        per = [self.idle_s + self.load_seconds(v, b) + overhead for v, b in self.configurations()]
        rounds = -(-self.pairs // PAIRS_PER_SERVER)
        pairs = 2 * self.pairs * (self.pair_s + 2.0) + overhead * rounds
        callback = len(self.callbacks) * sum(sum(self.callback_phase_seconds(b).values()) + overhead + 2 * GAP_S + 3.0
                                             for b in self.blocks) if self.callback_load else 0.0
        allocations = 10.0 * len(self.variants) * (not self.only_pairs and not self.callback_load)
        return sum(per) + pairs + callback + allocations

    def configurations(self) -> list[tuple[str, int]]:
        """(variant, block) of the main table, in the order measured; none with ``only_pairs``
        or ``callback_load``."""
        return [] if self.only_pairs or self.callback_load else [(v, b) for b in self.blocks for v in self.variants]

    def callback_phase_seconds(self, block: int) -> dict[str, float]:
        """A callback-load run's phases and their lengths: idle, latent, curves (longer at the acceptance block)."""
        curves = self.acceptance_load_s if block == ACCEPTANCE_BLOCK else self.load_s
        return {"idle": self.idle_s, "latent": self.load_s, "curves": curves}

    def callback_out(self) -> Path:
        """Where a callback-load run writes: ``callback_LABEL.json`` beside ``--out`` when
        that is left at the latency table's name, else ``--out`` itself."""
        default = Path(DEFAULTS["out"]).name
        return self.out.with_name(f"callback_{self.label}.json") if self.out.name == default else self.out


def add_flags(parser: argparse.ArgumentParser, **defaults: Any) -> None:
    """Register every flag of :data:`FLAGS` on ``parser``; ``defaults`` replace the table's
    for this parser (``benchmarks/latency.py`` writes beside itself)."""
    unknown = set(defaults) - set(BY_NAME)
    if unknown:
        raise ValueError(f"no such flags: {sorted(unknown)}")
    for flag in FLAGS:
        flag.add_to(parser, defaults.get(flag.name, flag.default))
    parser.set_defaults(**defaults)


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from parsed flags (None: not given); ConfigError naming the flag if a value is bad."""
    given = {flag.name: getattr(args, flag.name, None) for flag in FLAGS}
    quick = bool(given["quick"])
    values: dict[str, Any] = {}
    for flag in FLAGS:
        values[flag.name] = flag.resolve(given[flag.name], quick, values)
        flag.validate(values[flag.name])
    if values["only_pairs"] and values["pairs"] == 0:
        raise ConfigError("--only-pairs needs pairs to run: give --pairs N (--quick runs none unless told)")
    if values["callback_load"]:
        if values["only_pairs"]:
            raise ConfigError("--callback-load runs its own table: it cannot be combined with --only-pairs")
        if given["blocks"] is None and not quick:
            values["blocks"] = CALLBACK_BLOCKS
        values["pairs"] = 0  # neither the pairs nor the separate floor: its floor runs beside the server
    values["floor"] = values["floor"] and not values["only_pairs"] and not values["callback_load"]
    return Settings(**values)
