"""One configuration of the main table: a variant at a block size, idle then under load with probes."""

from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass

import numpy as np

from rtvae.bench.latency.cpu import wait_until_quiet
from rtvae.bench.latency.phases import Phase, phase_durations, summarise_phase
from rtvae.bench.latency.probes import ProbeCapture, latency_summary, mute, probe_until
from rtvae.bench.latency.processes import LoadSender, interp_playing, snapshot
from rtvae.bench.latency.report import one_line, progress
from rtvae.bench.latency.rig import Rig, ServerRun, capturing, server_run, stop_server
from rtvae.bench.latency.settings import GAP_S, INTERP, RATE, SETTLE_CONTROLS_S, SETTLE_S, Settings

REPORTED = ("latency_samples", "latency_ms", "device_latency_ms", "hop", "model_rate", "device_rate", "scheduling")


@dataclass
class Case:
    """One configuration: a variant at a block size, with its load phase's length (s)."""

    variant: str
    block: int
    load_s: float

    @property
    def budget_ms(self) -> float:
        return 1e3 * self.block / RATE

    @property
    def label(self) -> str:
        return f"{self.variant} @ {self.block}"


def run_case(case: Case, settings: Settings, latent: int, index: int) -> dict:
    """Start JACK and the server, measure the idle and load phases, stop, summarise."""
    run = server_run(case.variant, case.block, settings, f"rtvae-bench-{os.getpid()}-{index}",
                     lambda rig: measure(case, settings, rig, latent, index))
    return finish_case(case, run)


def measure(case: Case, settings: Settings, rig: Rig, latent: int, index: int) -> dict:
    """Settle, idle, load with probes, SIGINT; returns the raw material for the summary."""
    capacity = SETTLE_S + settings.idle_s + case.load_s + 4 * GAP_S + 10.0
    sender = LoadSender(rig.server.port, settings.load_rate, case.load_s, latent, settings.seed + index,
                        load="interp" if case.variant == INTERP else settings.load,
                        curve_rate=settings.curve_rate, curve_floats=settings.curve_floats)
    rig.watch(rig.server.process, sender.process)
    try:
        with capturing(rig, ProbeCapture, capacity) as capture:
            idle = run_idle(rig, settings.idle_s)
            time.sleep(GAP_S)
            load, probes, sent = run_load(rig, sender, case.load_s, settings.seed + index)
            if case.variant == INTERP:
                load.extra["interp_still_playing"] = interp_playing(rig.client)
            time.sleep(GAP_S)
            end_frame, skipped = stop_server(rig)
    finally:
        sender.kill()
    return {"idle": idle, "load": load, "probes": probes, "sender": sent, "end_frame": end_frame,
            "skipped": skipped, "capture": capture}


def run_idle(rig: Rig, seconds: float) -> Phase:
    before, marks = snapshot(rig.client), rig.marks()
    time.sleep(seconds)
    end, extra = rig.since(marks)
    return Phase("idle", marks[0], end, before, snapshot(rig.client), extra)


def run_load(rig: Rig, sender: LoadSender, seconds: float, seed: int) -> tuple[Phase, dict, dict]:
    before, marks = snapshot(rig.client), rig.marks()
    probe_messages = rig.client.sent
    sender.go()
    probes = probe_until(rig.capture, rig.client, time.monotonic() + seconds, seed)
    sent = sender.result()
    rig.client.send(mute(0))  # leave it sounding, as the idle phase found it
    end, extra = rig.since(marks)
    time.sleep(SETTLE_CONTROLS_S)  # let the last messages reach the engine before counting them
    extra["osc_sent"] = sent["sent"] + rig.client.sent - probe_messages
    extra["osc_outside_ring"] = sent.get("outside_ring", 0)
    return Phase("load", marks[0], end, before, snapshot(rig.client), extra), probes, sent


def finish_case(case: Case, run: ServerRun) -> dict:
    """Everything measured for one configuration, as it goes into the JSON."""
    result, stats = run.result, run.stats
    durations = np.asarray(stats.pop("callback_durations_ms"), np.float64)
    capture, skipped = result["capture"], result["skipped"]
    phases = {}
    for phase in (result["idle"], result["load"]):
        picked = phase_durations(durations, result["end_frame"], phase, case.block, skipped)
        phases[phase.name] = summarise_phase(phase, picked, case.budget_ms, capture, skipped)
    troubles = list(capture.xrun_frames) + [frame for frame, _ in skipped]
    load = phases["load"]
    load["controls_unaccounted"] = (load["osc_sent"] - load["osc_outside_ring"] - load["controls_applied"]
                                    - load["controls_dropped"])
    return {
        "variant": case.variant, "block": case.block, "budget_ms": case.budget_ms, "startup_s": run.startup_s,
        "phases": phases,
        "control_to_sound": {**latency_summary(result["probes"]["heard"], troubles, case.block),
                             "failures": result["probes"]["failures"]},
        "reported": {k: stats.get(k) for k in REPORTED},
        "load_sender": result["sender"],
        "jack": {"capture_xrun_notifications": capture.xruns, "capture_late_cycles": capture.late_cycles,
                 "skipped_cycles": len(skipped), "jackd_blamed_whole_run": run.jack_log},
        "server_totals": stats,
    }


def run_logged(case: Case, settings: Settings, latent: int, index: int, tag: str) -> dict:
    """One configuration with progress lines tagged ``tag``; a failure is recorded, not raised."""
    quiet = wait_until_quiet(settings.max_wait_quiet_s) if settings.max_wait_quiet_s > 0 else None
    if quiet and not quiet["quiet"]:
        progress(f"{tag} the machine is busy ({quiet['busy_pct_of_a_core']:.0f} % of a core): "
                 "measuring anyway, the figures will show it")
    progress(f"{tag} {case.label}: idle {settings.idle_s:g} s, load {case.load_s:g} s ...")
    try:
        result = {**run_case(case, settings, latent, index), "machine_before": quiet}
    except Exception as exc:  # one broken configuration must not lose the others' figures
        progress(f"{tag} {case.label}: FAILED: {exc}")
        return {"variant": case.variant, "block": case.block, "budget_ms": case.budget_ms, "error": str(exc)}
    gc.collect()  # between configurations, with nothing running
    progress(f"{tag} {case.label}: {one_line(result)}")
    return result
