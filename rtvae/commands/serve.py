"""``rtvae serve``: play a model live on an audio device, controlled over OSC."""

from __future__ import annotations

import argparse
import time

from rtvae import config as cfg

SECTIONS = ("synth", "serve")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="play a model live, controlled over OSC (Max, Pd, oscsend...)",
        description="Open an audio output, load a model, and listen for OSC on 127.0.0.1:9000 "
        "(send /rtvae/help for the namespace). Ctrl-C stops.",
    )
    cfg.add_flags(parser, SECTIONS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = cfg.resolve(args, SECTIONS)
    jack = None
    if config.serve.private_jack:
        from rtvae.drivers.jack import PrivateJackServer

        jack = PrivateJackServer(sample_rate=48000, period=max(config.serve.block, 64) or 256)
        jack.__enter__()
        jack.apply_env()  # before sounddevice is imported anywhere
    try:
        return _serve(config)
    finally:
        if jack is not None:
            jack.__exit__(None, None, None)


def _serve(config) -> int:
    from rtvae.session import Session

    session = Session(config)
    with session:
        _announce(session)
        deadline = time.monotonic() + config.serve.duration_s if config.serve.duration_s else None
        try:
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2)
        except KeyboardInterrupt:
            pass
        summary = session.output.telemetry.summary()
    print(f"rtvae serve: stopped after {summary['blocks']} blocks, {summary['xruns']} xruns, "
          f"callback p99 {summary['callback_ms']['p99']:.3f} ms of {summary['budget_ms']:.2f} ms")
    return 0


def _announce(session) -> None:
    out, engine = session.output, session.player.engine
    latency = out.latency_samples
    print(f"rtvae serve: playing '{session.live.model_name}' on {out.device.label} at {out.device_rate} Hz, "
          f"block {out.block}, {session.config.serve.scheduling} scheduling, hop {engine.hop}")
    print(f"rtvae serve: control latency {latency} samples ({1000 * latency / engine.sample_rate:.1f} ms) "
          f"+ the device's {1000 * out.device_latency_s():.1f} ms")
    host, port = session.server.host, session.server.port
    print(f"rtvae serve: OSC on {host}:{port}; try:  oscsend localhost {port} /rtvae/gain f 0.5   "
          f"or open patches/pd/rtvae.pd", flush=True)
