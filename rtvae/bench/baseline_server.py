"""``rtvae serve`` with one piece swapped for a naive baseline, for the latency benchmark.

Run as ``python -m rtvae.bench.baseline_server --variant VARIANT [any rtvae serve flag]``.
It builds the same :class:`~rtvae.session.Session` as ``rtvae serve`` (same config keys,
same OSC server, same telemetry), runs until SIGINT (or ``--duration-s``) and writes the
same ``--stats-file`` JSON, with ``variant`` added. Variants:

* ``torch-inline``: torch eager decodes in the audio callback
  (:class:`~rtvae.bench.torch_decoder.TorchDecoder`, the ONNX decoder's weights) instead of
  ONNX Runtime with I/O binding; ``inline`` scheduling.
* ``nn~-2048``: nn~-style double buffering: a worker renders 2048 samples at a time, one
  buffer ahead (``AheadSource(player, ahead_hops=1, chunk=2048)``), the callback copies.

The JACK client is named (``--jack-name``) before sounddevice is imported, as ``rtvae serve`` does.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rtvae import config as cfg

SECTIONS = cfg.SERVE_SECTIONS
VARIANTS = ("torch-inline", "nn~-2048")
NN_CHUNK = 2048  # nn~'s default buffer size, in samples at the model's rate


def torch_decoder_factory(model, max_batch: int):
    """Session hook: a torch eager decoder for ``model``."""
    from rtvae.bench.torch_decoder import TorchDecoder

    return TorchDecoder(model, max_batch)


def nn_source_factory(player):
    """Session hook: nn~'s double buffer, one 2048-sample chunk rendered ahead."""
    from rtvae.engine.ahead import AheadSource
    from rtvae.engine.limits import MAX_BLOCK

    return AheadSource(player, ahead_hops=1, max_block=MAX_BLOCK, chunk=NN_CHUNK)


def session_hooks(variant: str) -> tuple[dict, str]:
    """(Session keyword arguments, scheduling name to report) for ``variant``."""
    if variant == "torch-inline":
        return {"decoder_factory": torch_decoder_factory}, "inline"
    return {"source_factory": nn_source_factory}, "ahead"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m rtvae.bench.baseline_server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--variant", required=True, choices=VARIANTS, help="which baseline to serve")
    cfg.add_flags(parser, SECTIONS)
    return parser


def serve(variant: str, config) -> dict:
    """Run the session until SIGINT or ``serve.duration_s``; returns its stats."""
    from rtvae.session import Session

    hooks, _ = session_hooks(variant)
    with Session(config, **hooks) as session:
        out = session.output
        print(f"baseline_server: {variant} on {out.device.label}, block {out.block}, "
              f"latency {out.latency_samples} samples; OSC on port {session.server.port}", flush=True)
        session.run_until(config.serve.duration_s)
        return {**session.stats(), "variant": variant}


def main(argv: list[str] | None = None) -> int:
    from rtvae.drivers.jack import name_portaudio_client

    args = build_parser().parse_args(argv)
    _, scheduling = session_hooks(args.variant)
    setattr(args, "cfg:serve.scheduling", scheduling)  # what /rtvae/status and the stats report
    config = cfg.resolve(args, SECTIONS)
    name_portaudio_client(config.serve.jack_name)  # before sounddevice is imported
    stats = serve(args.variant, config)
    if config.serve.stats_file:
        Path(config.serve.stats_file).write_text(json.dumps(stats, indent=1))
    print(f"baseline_server: stopped after {stats['blocks']} blocks, {stats['xruns']} xruns", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
