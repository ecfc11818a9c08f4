"""``rtvae serve``: play a model live on an audio device, controlled over OSC."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rtvae import config as cfg
from rtvae.errors import AudioDeviceError

SECTIONS = cfg.SERVE_SECTIONS
RESTART = -1  # _serve's outcome when a lost device is back: this command starts again


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="play a model live, controlled over OSC (Max, Pd, oscsend...)",
        description="Open an audio output, load a model, and listen for OSC on 127.0.0.1:9000 "
        "(send /rtvae/help for the namespace). Ctrl-C stops.",
    )
    cfg.add_flags(parser, SECTIONS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.drivers.jack import PrivateJackServer, name_portaudio_client

    config = cfg.resolve(args, SECTIONS)
    # Before sounddevice is imported: on JACK our ports are then rtvae:out_0, rtvae:out_1...
    name_portaudio_client(config.serve.jack_name)
    jack = None
    if config.serve.private_jack:
        jack = PrivateJackServer(sample_rate=config.serve.device_rate or 48000, period=config.serve.block or 256)
        jack.start()
        jack.apply_env()
        print(f"rtvae serve: started a private JACK dummy server '{jack.name}' "
              f"({jack.sample_rate} Hz, period {jack.period})", flush=True)
    try:
        outcome = _serve(config)
    finally:
        if jack is not None:
            release_portaudio()
            jack.stop()
    if outcome == RESTART:
        _restart()
    return outcome


def _restart() -> None:
    """Run this same command line again in this process (same pid, same pipes): PortAudio cannot
    reopen a device it lost in the process that lost it. The live state starts afresh."""
    import os
    import sys

    print("rtvae serve: starting again on the audio device (the live state starts afresh)",
          file=sys.stderr, flush=True)
    try:
        os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
    except OSError as exc:
        raise AudioDeviceError(f"the audio device is back, but rtvae serve could not start again: {exc}; "
                               "start it again by hand") from None


def release_portaudio() -> None:
    """Close PortAudio while its JACK server still runs (it aborts if the server goes first)."""
    import sounddevice

    if sounddevice._initialized:
        sounddevice._terminate()


def _serve(config) -> int:
    from rtvae.drivers.stream import find_input_device, find_output_device
    from rtvae.session import Session

    _stop_on_signals()
    find_output_device(config.serve.device)  # a missing device fails now, not after the model loads
    if config.serve.input:
        find_input_device(config.serve.input)
    session = Session(config)
    with session:
        _announce(session)
        try:
            outcome = session.run_until(config.serve.duration_s)
        finally:  # also when the device was lost: the figures up to then are written
            summary = session.stats()
            if config.serve.stats_file:
                Path(config.serve.stats_file).write_text(json.dumps(summary, indent=1))
    print(f"rtvae serve: stopped after {summary['blocks']} blocks, {summary['xruns']} xruns, "
          f"callback p99 {summary['callback_ms']['p99']:.3f} ms of {summary['budget_ms']:.2f} ms")
    return RESTART if outcome == "device_back" else 0


def _stop_on_signals() -> None:
    """SIGINT and SIGTERM stop the server cleanly (stats written, stream closed), even when
    a script started it in the background with SIGINT ignored."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)


def _announce(session) -> None:
    out, engine = session.output, session.player.engine
    latency = out.latency_samples
    print(f"rtvae serve: playing '{session.control.state.model.name}' on {out.device.label} at {out.device_rate} Hz, "
          f"block {out.block}, {session.config.serve.scheduling} scheduling, {out.callback} callback, hop {engine.hop}")
    print(f"rtvae serve: control latency {latency} samples ({1000 * latency / engine.sample_rate:.1f} ms) "
          f"+ the device's {1000 * out.device_latency_s():.1f} ms")
    live = out.input_latencies()
    if live is not None:
        rate = engine.sample_rate
        print(f"rtvae serve: live input from {out.live_input.device.label}, channel {out.live_input.channel + 1}: "
              f"heard within {live['first_effect']} samples ({1000 * live['first_effect'] / rate:.1f} ms), "
              f"its own sound {live['aligned']} samples later ({1000 * live['aligned'] / rate:.1f} ms) "
              f"+ the device's buffers")
    host, port = session.server.host, session.server.port
    print(f"rtvae serve: OSC on {host}:{port}; try:  oscsend localhost {port} /rtvae/gain f 0.5   "
          f"or open patches/pd/rtvae.pd", flush=True)
