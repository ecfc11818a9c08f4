"""The one place an :class:`~rtvae.engine.engine.Engine` is made from a model and a config.

The server, the offline renderer and the benchmark all build their engines here, so a
render and a live stream start from the same state, the same seed and the same warm-up.
"""

from __future__ import annotations

from types import SimpleNamespace

from rtvae.engine.engine import Engine
from rtvae.engine.limits import MAX_BLOCK
from rtvae.model.directory import ModelDirectory


def build_engine(model: ModelDirectory, synth, *, max_block: int = MAX_BLOCK, seed: int = 0,
                 decoder_factory=None, warm: bool = True, **live_input) -> Engine:
    """An engine for ``model`` with the ``synth`` config section's settings, warmed.

    Args:
        model: a verified model directory.
        synth: the ``synth`` config section (hop, synthesis, temperature, int8_decoder,
            smooth_ms, gain, limiter, ceiling_db), e.g. ``config.synth`` or :func:`synth_section`.
        max_block: the largest block :meth:`Engine.process` will be asked for.
        seed: seed of the sampling noise (temperature > 0).
        decoder_factory: ``(model, max_batch) -> decoder`` to decode with instead of the
            model's ONNX decoder (benchmark baselines).
        warm: compile and run every kernel once (always, before a stream opens).
        live_input: ``input_line``, ``input_delay`` and ``input_gate_db`` for an engine that
            encodes live input (see :class:`~rtvae.engine.engine.Engine`).
    """
    # At least as many windows as the engine decodes in one call.
    decoder = decoder_factory(model, max_block // synth.hop + 2) if decoder_factory else None
    engine = Engine(model, hop=synth.hop, synthesis=synth.synthesis, max_block=max_block,
                    int8=synth.int8_decoder, decoder_kind=synth.decoder, smooth_ms=synth.smooth_ms, temperature=synth.temperature,
                    gain=synth.gain, seed=seed, decoder=decoder, limiter=synth.limiter, ceiling_db=synth.ceiling_db,
                    **live_input)
    if warm:
        engine.warm()
    return engine


def synth_section(**overrides) -> SimpleNamespace:
    """The ``synth`` config section at its defaults, with ``overrides`` checked by the schema.

    For callers without a config file (tests, scripts): ``synth_section(hop=512, temperature=0.5)``.
    """
    from rtvae import config as cfg

    values = cfg.defaults(("synth",))
    values.update(cfg.parse_nested({"synth": overrides}, ("synth",), "synth_section()"))
    return cfg.Config(values).synth
