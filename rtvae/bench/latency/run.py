"""The whole benchmark: floors, configurations, pairs and allocation checks in order, then the report.

:func:`run_from_args` is what ``rtvae bench`` and ``benchmarks/latency.py`` call; its exit
status is 1 when any part that ran failed (see :func:`~rtvae.bench.latency.verdicts.failures`).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import signal
import sys
import threading

from rtvae.bench import latency
from rtvae.bench.latency.allocations import run_allocation
from rtvae.bench.latency.case import Case, run_logged
from rtvae.bench.latency.floor import floors_for
from rtvae.bench.latency.pair_runs import measure_pairs_logged
from rtvae.bench.latency.phases import HISTOGRAM_EDGES_MS
from rtvae.bench.latency.report import progress, settings_json, write_report
from rtvae.bench.latency.settings import Settings, add_flags, settings_from
from rtvae.bench.latency.verdicts import acceptance, failures, ratios
from rtvae.bench.machine import machine_info


def run_benchmark(settings: Settings) -> dict:
    """Measure every configuration and the allocation check; write JSON, Markdown and PNG.

    With ``callback_load``, the callback-under-load table instead (:func:`run_callback_load`).
    """
    if settings.callback_load:
        return run_callback_load(settings)
    cases = [Case(v, b, settings.load_seconds(v, b)) for v, b in settings.configurations()]
    progress(f"rtvae bench: {len(cases)} configurations and {settings.pairs} interleaved pairs, "
             f"about {settings.estimate_s() / 60:.0f} min")
    machine = machine_info()
    latent = latent_size()
    prepare_corpus()
    results = []
    with stoppable(), realtime_friendly():
        floors = floors_for(settings, latent) if settings.floor else []
        for i, case in enumerate(cases):
            results.append(run_logged(case, settings, latent, i, f"[{i + 1}/{len(cases)}]"))
        interp_pairs = measure_pairs_logged(settings, latent) if settings.pairs else None
    allocations = [] if settings.only_pairs else [run_allocation(variant) for variant in settings.variants]
    report = {"benchmark": "latency", "machine": machine, "settings": settings_json(settings),
              "histogram_edges_ms": HISTOGRAM_EDGES_MS.tolist(), "cases": results, "floor": floors,
              "interp_pairs": interp_pairs, "allocations": allocations,
              "acceptance": acceptance(results, floors, interp_pairs), "ratios": ratios(results)}
    write_report(report, settings)
    return report


def run_callback_load(settings: Settings) -> dict:
    """The callback under load beside the floor (:mod:`~rtvae.bench.latency.callback_load`); JSON and Markdown."""
    from rtvae.bench.latency.callback_load import CALLBACK_VARIANT, measure_callback_load
    from rtvae.bench.latency.callback_report import write_callback_report

    progress(f"rtvae bench --callback-load ({settings.label}): blocks {', '.join(map(str, settings.blocks))}, "
             f"about {settings.estimate_s() / 60:.0f} min")
    machine = machine_info()
    latent = latent_size()
    prepare_corpus()
    with stoppable(), realtime_friendly():
        blocks = measure_callback_load(settings, latent)
    report = {"benchmark": "callback_load", "label": settings.label, "variant": CALLBACK_VARIANT, "machine": machine,
              "settings": settings_json(settings), "histogram_edges_ms": HISTOGRAM_EDGES_MS.tolist(),
              "phase_seconds": {str(b): settings.callback_phase_seconds(b) for b in settings.blocks},
              "blocks": blocks}
    write_callback_report(report, settings)
    return report


def run_from_args(args: argparse.Namespace) -> int:
    """Run with parsed flags; 0 when every part ran, 1 when one failed (each named on stderr).

    Bad flag values raise :class:`~rtvae.errors.ConfigError`.
    """
    report = run_benchmark(settings_from(args))
    failed = failures(report)
    for line in failed:
        progress(f"FAILED: {line.splitlines()[0]}")
    return 1 if failed else 0


def main(argv: list[str] | None = None, **defaults) -> int:
    """``python benchmarks/latency.py``: parse the flags (``defaults`` replace the table's), run."""
    from rtvae.errors import ConfigError

    parser = argparse.ArgumentParser(description=latency.__doc__.split("\n\n")[0])
    add_flags(parser, **defaults)
    args = parser.parse_args(argv)
    try:
        return run_from_args(args)
    except ConfigError as exc:
        parser.error(str(exc))


def latent_size() -> int:
    """The default model's latent size (what the load sender's messages must fit)."""
    from rtvae.model.directory import load_model

    return load_model("default", verify_checksums=False).card.latent_size


def prepare_corpus() -> None:
    """Build the default corpus first, as a user's second start finds it, so no server's
    measurement shares the two cores with its first-start build."""
    from rtvae.explore.corpus import build_default_in_child, corpus_for
    from rtvae.model.directory import load_model

    if corpus_for(load_model("default"), build=False) is None:
        progress("building the default corpus first (once) ...")
        build_default_in_child()


@contextlib.contextmanager
def stoppable():
    """While running: SIGTERM raises KeyboardInterrupt, so every server and JACK server started is stopped."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def realtime_friendly():
    """While measuring: hand the GIL over quickly and never stop for a GC pass.

    The capture's JACK callback runs Python in this process; a late capture is an xrun
    for the whole JACK graph, which PortAudio then flags in the server under test.
    """
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        sys.setswitchinterval(interval)
