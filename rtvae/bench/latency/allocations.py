"""The allocation check: the audio callback driven in this process on a fake device, under tracemalloc.

An :class:`~rtvae.drivers.stream.AudioOutput` around a warmed player (the engine from
:func:`rtvae.engine.factory.build_engine`, as the server builds it), its ``_callback``
called with a preallocated ``outdata``: ``ALLOC_WARMUP`` calls, then ``ALLOC_CALLS`` under
:mod:`tracemalloc`, which sees the Python heap and numpy's buffers (not ONNX Runtime's or
torch's own allocators). For ``ahead`` the worker runs and each call waits until the ring
is full (the callback then copies, its steady state); the worker's allocations count too.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from rtvae.bench.latency.report import progress
from rtvae.bench.latency.settings import (ACCEPTANCE_BLOCK, ALLOC_CALLS, ALLOC_WARMUP, INTERP, INTERP_FUNCTION,
                                          INTERP_PAIR)
from rtvae.engine.limits import MAX_BLOCK

ALLOC_FRAMES = 12  # traceback depth tracemalloc keeps
FAKE_DEVICE_RATE = 48000


def offline_output(variant: str, block: int):
    """An AudioOutput around a warmed player for ``variant``, on a fake device; and its source."""
    from rtvae import config as cfg
    from rtvae.bench import baseline_server as baseline
    from rtvae.drivers.recorder import Recorder
    from rtvae.drivers.stream import AudioOutput, DeviceInfo
    from rtvae.engine.ahead import AheadSource
    from rtvae.engine.factory import build_engine
    from rtvae.engine.player import Player
    from rtvae.model.directory import load_model

    config = cfg.Config(cfg.defaults(("synth", "serve")))
    decoder_factory = baseline.torch_decoder_factory if variant == "torch-inline" else None
    engine = build_engine(load_model("default"), config.synth, max_block=MAX_BLOCK, decoder_factory=decoder_factory)
    player = Player(engine, config.serve.fade_ms)
    source = {"ahead": lambda: AheadSource(player, config.serve.ahead_hops, MAX_BLOCK),
              "nn~-2048": lambda: baseline.nn_source_factory(player)}.get(variant, lambda: player)()
    device = DeviceInfo(-1, "fake", "none", 2, float(FAKE_DEVICE_RATE))
    output = AudioOutput(source, engine.sample_rate, device, block=block, channels=(0, 1),
                         device_rate=FAKE_DEVICE_RATE, recorder=Recorder(engine.sample_rate), max_block=MAX_BLOCK)
    player.warm()
    output.warm()
    if variant == INTERP:
        play_interpolation(engine)
    return output, source


def play_interpolation(engine) -> None:
    """What :func:`~rtvae.bench.latency.processes.start_interpolation` asks of a live server, done on an engine."""
    from rtvae.engine import controls as c
    from rtvae.engine.interp import MESO
    from rtvae.explore.corpus import corpus_for
    from rtvae.explore.curves import function
    from rtvae.explore.sources import pair, resolve

    corpus = corpus_for(engine.model)
    a, b = (resolve(name, corpus, engine.model, Path("."), None) for name in INTERP_PAIR)
    engine.sources.current = pair(a, b)
    engine.curve.current = function(INTERP_FUNCTION[0], INTERP_FUNCTION[1:])
    writer = c.ControlWriter(engine.ring)
    for kind, value in ((c.INTERP_STRATEGY, MESO), (c.INTERP_LOOP, 1.0),
                        (c.INTERP_SPEED, engine.hop / a.hop), (c.INTERP_PLAY, 1.0)):
        writer.send(kind, [value])


class CallbackDriver:
    """Calls an AudioOutput's callback as PortAudio would, with preallocated arguments.

    For an ahead source, each call first waits (up to 1 s) until the worker has filled the
    ring, so the callback takes its steady-state path (a copy), not the late-block one.
    """

    def __init__(self, output, source, block: int):
        self.output, self.block = output, block
        self.outdata = np.zeros((block, output.n_channels), np.float32)
        self.time_info = SimpleNamespace(outputBufferDacTime=0.0, currentTime=0.0, inputBufferAdcTime=0.0)
        self.status = SimpleNamespace(output_underflow=False, priming_output=False)
        self.ring, self.target = getattr(source, "ring", None), getattr(source, "target", 0)

    def run(self, calls: int) -> None:
        for _ in range(calls):
            if self.ring is not None:
                self._wait_for_ring()
            self.output._callback(self.outdata, self.block, self.time_info, self.status)

    def _wait_for_ring(self) -> None:
        deadline = time.monotonic() + 1.0
        while len(self.ring) < self.target and time.monotonic() < deadline:
            time.sleep(0.0001)


def growth_sites(before, after, limit: int = 3) -> list[dict]:
    """Where traced memory grew between two snapshots, in rtvae's code or below it."""
    sites = []
    for stat in after.compare_to(before, "traceback"):
        frames = [f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback]
        if stat.size_diff <= 0 or not any("rtvae" in f.filename and "bench" not in f.filename for f in stat.traceback):
            continue
        sites.append({"bytes": int(stat.size_diff), "blocks": int(stat.count_diff), "stack": frames[-4:]})
        if len(sites) == limit:
            break
    return sites


def measure_allocations(driver: CallbackDriver, calls: int) -> dict:
    """Bytes the callback leaves allocated over ``calls`` calls and over their second half, and its peak.

    ALLOC_WARMUP more calls run under tracing first: caches and free lists that fill on first
    use (ONNX Runtime's binding keeps ~100 small objects) would otherwise read as growth. A
    leak grows in both halves; a cache filling up, in the first only.
    """
    import tracemalloc

    tracemalloc.start(ALLOC_FRAMES)
    try:
        driver.run(ALLOC_WARMUP)
        before = tracemalloc.take_snapshot()
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        driver.run(calls // 2)
        middle, _ = tracemalloc.get_traced_memory()
        driver.run(calls - calls // 2)
        current, peak = tracemalloc.get_traced_memory()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    return {"net_growth_bytes": int(current - base), "second_half_growth_bytes": int(current - middle),
            "peak_bytes": int(peak - base), "growth_sites": growth_sites(before, after)}


def callback_allocations(variant: str, block: int, warmup: int = ALLOC_WARMUP, calls: int = ALLOC_CALLS) -> dict:
    """The allocation check for ``variant`` at ``block`` frames (see the module docstring)."""
    from rtvae.engine import telemetry as tm

    output, source = offline_output(variant, block)
    driver = CallbackDriver(output, source, block)
    if hasattr(source, "start"):
        source.start()
    try:
        driver.run(warmup)
        measured = measure_allocations(driver, calls)
    finally:
        if hasattr(source, "stop"):
            source.stop()
    counters = output.telemetry.counters
    return {"variant": variant, "block": block, "calls": calls, **measured,
            "callback_errors": int(counters[tm.CALLBACK_ERRORS]), "late_blocks": int(getattr(source, "late_blocks", 0)),
            "sound": bool(np.abs(driver.outdata).max() > 0)}


def run_allocation(variant: str) -> dict:
    progress(f"allocation check: {variant} @ {ACCEPTANCE_BLOCK} ...")
    try:
        return callback_allocations(variant, ACCEPTANCE_BLOCK)
    except Exception as exc:
        progress(f"allocation check: {variant}: FAILED: {exc}")
        return {"variant": variant, "block": ACCEPTANCE_BLOCK, "error": str(exc)}
