"""What an interpolation adds, measured on interleaved pairs of inline and inline+interp segments.

The pairing and the statistics are :mod:`rtvae.bench.pairs`'s; this module runs the
segments on a live server (several server runs for many pairs) and turns each into the
figures the pairs are compared on.
"""

from __future__ import annotations

import os
import time

import numpy as np

from rtvae.bench import pairs as paired
from rtvae.bench.capture import JackCapture
from rtvae.bench.latency.phases import Phase, phase_durations, summarise_phase
from rtvae.bench.latency.processes import LoadSender, interp_playing, snapshot
from rtvae.bench.latency.report import progress
from rtvae.bench.latency.rig import Rig, capturing, server_run, stop_server
from rtvae.bench.latency.settings import (ACCEPTANCE_BLOCK, GAP_S, INTERP, PAIRED, PAIRS_PER_SERVER, RATE,
                                          SETTLE_CONTROLS_S, SETTLE_S, Settings)
from rtvae.osc.client import message


def measure_pairs(settings: Settings, latent: int) -> dict:
    """What an interpolation adds: inline and inline+interp segments alternating in a server run.

    One server (inline, block 128) with both sources set; segments of ``pair_s`` seconds
    under load alternate, the order flipping every pair (:mod:`rtvae.bench.pairs`). An
    inline+interp segment starts with ``/rtvae/interp/play`` and carries the interpolation's
    load; an inline segment starts with a latent message, which takes the latent back (the
    interpolation ends), and carries the latent load. Same process, same JACK server,
    neighbouring seconds: the machine's mood, which swings a whole run's xruns tenfold, is
    shared by both members of a pair. A server run holds at most ``PAIRS_PER_SERVER`` pairs
    (its ring of callback times reaches back 175 s at block 128); more pairs take more runs.
    """
    rounds = [min(PAIRS_PER_SERVER, settings.pairs - first) for first in range(0, settings.pairs, PAIRS_PER_SERVER)]
    progress(f"pairs: inline and {INTERP} alternately, {settings.pairs} pairs of {settings.pair_s:g} s segments "
             f"in {len(rounds)} server run(s) at block {ACCEPTANCE_BLOCK} ...")
    results, sent = [], {variant: [] for variant in PAIRED}
    for r, count in enumerate(rounds):
        served = server_run(INTERP, ACCEPTANCE_BLOCK, settings, f"rtvae-pairs-{os.getpid()}-{r}",
                            lambda rig: run_segments(settings, rig, latent, len(results), count))
        pairs, run = served.result
        durations = np.asarray(served.stats.pop("callback_durations_ms"), np.float64)
        results += summarise_segments(pairs, run, durations, settings)
        for variant in PAIRED:
            sent[variant] += run["sent"][variant]
    report = {"variants": list(PAIRED), "block": ACCEPTANCE_BLOCK, "segment_s": settings.pair_s,
              "server_runs": len(rounds), "results": results, "summary": paired.summary(results, PAIRED),
              "load_sender": sent}
    xruns = report["summary"].get("xruns")
    if xruns:
        progress(f"pairs: xruns median {xruns['median']}, {INTERP} higher in {xruns['more']}, lower in "
                 f"{xruns['fewer']}, sign test p = {xruns['sign_test_p']:.2f}")
    return report


def summarise_segments(pairs: list[dict], run: dict, durations: np.ndarray, settings: Settings) -> list[dict]:
    """Each segment's phase replaced by its figures (an error stays as it is)."""
    budget_ms = 1e3 * ACCEPTANCE_BLOCK / RATE
    for pair in pairs:
        pair["figures"] = {variant: phase if isinstance(phase, dict) else pair_figures(summarise_phase(
            phase, phase_durations(durations, run["end_frame"], phase, ACCEPTANCE_BLOCK, run["skipped"]),
            budget_ms, run["capture"], run["skipped"]), settings.pair_s)
            for variant, phase in pair["figures"].items()}
    return pairs


def measure_pairs_logged(settings: Settings, latent: int) -> dict:
    """:func:`measure_pairs`, a failure recorded rather than raised (the main table is kept)."""
    try:
        return measure_pairs(settings, latent)
    except Exception as exc:
        progress(f"pairs: FAILED: {exc}")
        return {"variants": list(PAIRED), "block": ACCEPTANCE_BLOCK, "error": str(exc)}


def run_segments(settings: Settings, rig: Rig, latent: int, first: int, count: int) -> tuple[list[dict], dict]:
    """Pairs ``first`` to ``first + count`` of :func:`measure_pairs` on one server; their
    phases, and what summarising them needs."""
    # Per segment: the switch's gap, the load, the settle, the snapshots, the play check (≤ 1 s).
    capacity = SETTLE_S + 2 * count * (settings.pair_s + GAP_S + SETTLE_CONTROLS_S + 3.0) + 10.0
    sent, sender = {variant: [] for variant in PAIRED}, None

    def segment(variant: str, index: int, tag: str) -> Phase:
        interp = variant == INTERP
        # The switch happens before the measured window: play resumes the interpolation; a
        # latent message ends it (the load's first message would, inside the window).
        rig.client.send(message("/rtvae/interp/play") if interp else message("/rtvae/z/set", 0, 0.0))
        time.sleep(GAP_S)
        before, marks = snapshot(rig.client), rig.marks()
        sender.go(interp)
        sent[variant].append(sender.result())
        end, extra = rig.since(marks)
        time.sleep(SETTLE_CONTROLS_S)
        after = snapshot(rig.client)  # before the play check, which waits longer when nothing plays
        playing = interp_playing(rig.client)
        if playing != interp:
            raise RuntimeError(f"the interpolation was {'not ' * interp}playing in an {variant} segment")
        if rig.capture.overflowed:
            raise RuntimeError("the capture's buffer filled up: the segments' frame times would be wrong")
        progress(f"{tag} {variant}: xruns {after['xruns'] - before['xruns']}")
        return Phase(f"{variant} {index}", marks[0], end, before, after, {**extra, "interp_playing": playing})

    try:
        sender = LoadSender(rig.server.port, settings.load_rate, settings.pair_s, latent, settings.seed + 2000)
        rig.watch(rig.server.process, sender.process)
        with capturing(rig, JackCapture, capacity) as capture:
            results = paired.run_pairs(PAIRED, count, segment, first=first, total=settings.pairs)
            end_frame, skipped = stop_server(rig)
    finally:
        if sender is not None:
            sender.kill()
    return results, {"end_frame": end_frame, "skipped": skipped, "capture": capture, "sent": sent}


def pair_figures(phase: dict, seconds_expected: float) -> dict:
    """What a segment is compared on: xruns, server lateness, JACK xruns, callback p99.9.

    The callback p99.9 is left out when the server's duration ring no longer held most of
    the segment's callbacks.
    """
    callbacks = phase["callbacks"]
    whole = callbacks.get("blocks", 0) > 0.5 * seconds_expected * RATE / ACCEPTANCE_BLOCK
    return {"xruns": phase["xruns"],
            "server_late": phase.get("jackd_blamed", {}).get("late_clients", {}).get("server", 0),
            "jack_xrun_notifications": phase["jack_xrun_notifications"],
            "callback_p99.9_ms": callbacks["ms"]["p99.9"] if whole else None,
            "seconds": phase["seconds"], "controls_applied": phase["controls_applied"],
            "interp_playing": phase.get("interp_playing"),
            "others_pct_of_a_core": phase.get("cpu", {}).get("others_estimate_pct_of_a_core")}
