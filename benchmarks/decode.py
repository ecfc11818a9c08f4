"""Decode-time benchmark: torch eager against ONNX Runtime float32 and int8, on one core.

For each model it times the decoder half (z → window) at batch 1 and at one second of
audio at hop 256 (ceil(sample_rate / 256) windows in one call, 173 at 44.1 kHz), with
three backends: torch eager (``RawAudioVAE.decoder`` loaded with the ONNX graph's own
weights, under ``torch.inference_mode``), ONNX Runtime float32 and ONNX Runtime int8
(both through :class:`rtvae.model.sessions.Decoder`, the class the audio thread uses).
The process is pinned to one core, torch runs one thread and each ONNX session one
intra-op thread, so the figures are what one audio callback can expect.

Models: the embedded default model and the RawAudioVAE paper's size (window 1024,
hidden 2048, latent 256) with seeded random weights, exported to a temporary folder.
Timing does not depend on the weights' values, only on their shapes.

It reports median, p99, p99.9 and max per call and per window, the torch ÷ ONNX ratios
measured in the same run, and the issue's targets as PASS/FAIL lines. Results go to
``benchmarks/results/decode.json`` and a Markdown table to ``decode.md`` beside it.

Run it with::

    python benchmarks/decode.py                       # default model + paper size
    python benchmarks/decode.py --model path/to/model --no-paper-size
    python benchmarks/decode.py --quick               # a few repeats, for tests
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import json
import math
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rtvae.bench.machine import cpu_model

HOP = 256
PAPER_SIZE = {"window": 1024, "hidden_size": 2048, "latent_size": 256, "sample_rate": 44100}
PARITY_TOLERANCE = 1e-4
BACKENDS = ("torch", "onnx_float32", "onnx_int8")
BACKEND_LABELS = {"torch": "torch eager", "onnx_float32": "ONNX Runtime float32", "onnx_int8": "ONNX Runtime int8"}
# Distinct latent batches cycled through, so no backend times one cached input only.
N_INPUT_SETS = 8
# Enough for p99.9 to rest on a few calls; about a minute for two paper-size models.
DEFAULT_REPEATS = (5000, 1000)
QUICK_REPEATS = (30, 8)
DEFAULT_WARMUP = 50
QUICK_WARMUP = 3
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "decode.json"
# (label, backend, batch kind, figure, limit in ms): the targets, checked on medians.
TARGETS = (
    ("ONNX float32, batch 1: median per window", "onnx_float32", "one_window", "per_window_ms", 0.15),
    ("ONNX float32, 1 s of audio at hop 256: median per call", "onnx_float32", "one_second", "per_call_ms", 10.0),
    ("ONNX int8, 1 s of audio at hop 256: median per call", "onnx_int8", "one_second", "per_call_ms", 3.5),
)


@dataclass
class Subject:
    """One model to time: where its decoder graphs are and what its latents look like."""

    name: str
    source: str
    decoder_path: Path
    int8_path: Path | None
    latent_size: int
    hidden_size: int
    window: int
    sample_rate: int
    latent_mean: np.ndarray | None = None
    latent_std: np.ndarray | None = None
    notes: dict = field(default_factory=dict)

    @property
    def batches(self) -> dict[str, int]:
        return {"one_window": 1, "one_second": math.ceil(self.sample_rate / HOP)}


# --- models -------------------------------------------------------------------------


def subject_from_directory(name_or_path: str) -> Subject:
    from rtvae.model.card import DECODER_FILE, DECODER_INT8_FILE
    from rtvae.model.directory import load_model

    model = load_model(name_or_path)
    card, stats = model.card, model.card.latent_stats
    return Subject(
        name=card.name, source=str(model.path), decoder_path=model.path / DECODER_FILE,
        int8_path=model.path / DECODER_INT8_FILE if model.has_int8 else None,
        latent_size=card.latent_size, hidden_size=card.hidden_size, window=card.window, sample_rate=card.sample_rate,
        latent_mean=np.array(stats.mean) if stats else None, latent_std=np.array(stats.std) if stats else None,
    )


def paper_size_subject(folder: Path, seed: int) -> Subject:
    """Export a seeded random RawAudioVAE of the paper's size, decoder only, plus int8.

    No card: the benchmark needs shapes and graphs, not checksums or corpus statistics.
    """
    import torch

    from rtvae.model.card import DECODER_FILE, DECODER_INPUT, DECODER_INT8_FILE, DECODER_OUTPUT
    from rtvae.train.export import export_graph, quantize_decoder
    from rtvae.train.model import DecoderGraph, RawAudioVAE

    size = PAPER_SIZE
    torch.manual_seed(seed)
    vae = RawAudioVAE(size["window"], size["hidden_size"], size["latent_size"]).eval()
    export_graph(DecoderGraph(vae), torch.zeros(2, vae.latent_size), folder / DECODER_FILE, DECODER_INPUT, [DECODER_OUTPUT])
    probes = np.random.default_rng(seed).standard_normal((64, vae.latent_size)).astype(np.float32)
    int8 = quantize_decoder(folder, probes)
    return Subject(
        name="paper-size", source=f"random weights (seed {seed}), exported to a temporary folder",
        decoder_path=folder / DECODER_FILE, int8_path=folder / DECODER_INT8_FILE,
        latent_size=vae.latent_size, hidden_size=vae.hidden_size, window=vae.window, sample_rate=size["sample_rate"],
        notes={"int8_export": int8},
    )


def collect_subjects(args, stack: contextlib.ExitStack) -> list[Subject]:
    from rtvae.errors import ModelError

    subjects = []
    for name in args.model or ["default"]:
        try:
            subjects.append(subject_from_directory(name))
        except ModelError as exc:
            if args.model:  # asked for by name: a missing model is an error
                raise
            print(f"skipping the default model: {exc}", file=sys.stderr)
    if not args.no_paper_size:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rtvae-bench-")))
        subjects.append(paper_size_subject(folder, args.seed))
    if not subjects:
        raise SystemExit("no model to benchmark: pass --model DIR or drop --no-paper-size")
    return subjects


# --- torch decoder with the ONNX graph's weights ----------------------------------------


def torch_decoder(subject: Subject):
    """A RawAudioVAE decoder holding exactly the weights of ``subject``'s ONNX decoder."""
    from rtvae.bench.torch_decoder import decoder_module

    return decoder_module(subject.decoder_path, subject.window, subject.hidden_size, subject.latent_size)


def torch_vs_onnx(module, decoder, input_sets: list[np.ndarray]) -> float:
    """Largest absolute difference between torch eager and the ONNX decoder on ``input_sets``."""
    import torch

    worst = 0.0
    for latents in input_sets:
        n = len(latents)
        decoder.latents[:n] = latents
        decoder.decode(n)
        with torch.inference_mode():
            expected = module(torch.from_numpy(latents)).numpy()
        worst = max(worst, float(np.abs(expected - decoder.windows[:n]).max()))
    return worst


# --- timing -------------------------------------------------------------------------


class OrtRunner:
    """Copies the next latents into the Decoder's buffer (untimed), then decodes (timed)."""

    def __init__(self, decoder, input_sets: list[np.ndarray]):
        self.decoder, self.input_sets, self.n = decoder, input_sets, len(input_sets[0])

    def prepare(self, i: int) -> None:
        self.decoder.latents[: self.n] = self.input_sets[i % len(self.input_sets)]

    def run(self) -> None:
        self.decoder.decode(self.n)


class TorchRunner:
    """Eager forward pass; allocating the output tensor is part of what eager costs."""

    def __init__(self, module, input_sets: list[np.ndarray]):
        import torch

        self.module, self.z = module, None
        self.tensors = [torch.from_numpy(np.ascontiguousarray(s)) for s in input_sets]

    def prepare(self, i: int) -> None:
        self.z = self.tensors[i % len(self.tensors)]

    def run(self) -> None:
        self.module(self.z)


def time_calls(runner, warmup: int, repeats: int) -> np.ndarray:
    """Nanoseconds per call; collection is off so a GC pause is not charged to a decoder."""
    import torch

    samples = np.empty(repeats, np.int64)
    with torch.inference_mode():
        for i in range(warmup):
            runner.prepare(i)
            runner.run()
        gc.collect()
        gc.disable()
        try:
            for i in range(repeats):
                runner.prepare(i)
                start = time.perf_counter_ns()
                runner.run()
                samples[i] = time.perf_counter_ns() - start
        finally:
            gc.enable()
    return samples


def summarize(samples_ns: np.ndarray, batch: int) -> dict:
    ms = samples_ns / 1e6
    call = {
        "median": float(np.median(ms)), "p99": float(np.percentile(ms, 99)), "p99_9": float(np.percentile(ms, 99.9)),
        "max": float(ms.max()), "mean": float(ms.mean()), "min": float(ms.min()),
    }
    return {"repeats": int(len(ms)), "per_call_ms": call, "per_window_ms": {k: v / batch for k, v in call.items()}}


def input_sets(subject: Subject, batch: int, seed: int) -> list[np.ndarray]:
    """Latents shaped like the corpus's (card mean + std · N(0, 1)) when the card has them."""
    rng = np.random.default_rng([seed, batch])
    mean = subject.latent_mean if subject.latent_mean is not None else np.zeros(subject.latent_size)
    std = subject.latent_std if subject.latent_std is not None else np.ones(subject.latent_size)
    return [(mean + std * rng.standard_normal((batch, subject.latent_size))).astype(np.float32) for _ in range(N_INPUT_SETS)]


def open_backends(subject: Subject, parity_sets: list[np.ndarray], max_batch: int) -> tuple[dict, dict]:
    """Each backend's engine (torch module or Decoder), after checking torch computes what ONNX does."""
    from rtvae.model.sessions import Decoder

    module = torch_decoder(subject)
    float32 = Decoder(subject.decoder_path, subject.latent_size, subject.window, max_batch)
    diff = torch_vs_onnx(module, float32, parity_sets)
    if not diff <= PARITY_TOLERANCE:
        raise RuntimeError(
            f"{subject.name}: torch eager and ONNX float32 differ by {diff:.3g} (> {PARITY_TOLERANCE}); "
            "the torch decoder does not hold the ONNX weights, timings would compare different models"
        )
    parity = {"torch_vs_onnx_float32_max_abs_diff": diff, "tolerance": PARITY_TOLERANCE,
              "n_latents": int(sum(len(s) for s in parity_sets)), "ok": True}
    engines = {"torch": module, "onnx_float32": float32}
    if subject.int8_path is not None:
        engines["onnx_int8"] = Decoder(subject.int8_path, subject.latent_size, subject.window, max_batch)
        latents = np.concatenate(parity_sets)
        # Not a gate (int8 is lossy by design), a record of what the speed costs.
        error = engines["onnx_int8"].decode_array(latents) - float32.decode_array(latents)
        parity["int8_vs_float32_max_abs_diff"] = float(np.abs(error).max())
    return engines, parity


def runner_for(backend: str, engine, sets: list[np.ndarray]):
    return TorchRunner(engine, sets) if backend == "torch" else OrtRunner(engine, sets)


def bench_subject(subject: Subject, settings: dict) -> dict:
    batches = subject.batches
    sets = {kind: input_sets(subject, n, settings["seed"]) for kind, n in batches.items()}
    engines, parity = open_backends(subject, sets["one_second"], max(batches.values()))
    results = []
    for (kind, batch), repeats in zip(batches.items(), settings["repeats"]):
        timings = {}
        for backend, engine in engines.items():
            print(f"  {subject.name}: batch {batch}, {BACKEND_LABELS[backend]}, {repeats} calls", file=sys.stderr)
            runner = runner_for(backend, engine, sets[kind])
            timings[backend] = summarize(time_calls(runner, settings["warmup"], repeats), batch)
        results.append({"kind": kind, "batch": batch, "backends": timings, "ratios": ratios(timings)})
    return {
        "name": subject.name, "source": subject.source, "window": subject.window,
        "hidden_size": subject.hidden_size, "latent_size": subject.latent_size,
        "sample_rate": subject.sample_rate, "hop": HOP,
        "latents": "card latent_stats mean + std * randn" if subject.latent_mean is not None else "randn",
        "parity": parity, "batches": results, "notes": subject.notes,
    }


def ratios(timings: dict) -> dict:
    """Torch eager's median per window over each ONNX backend's: above 1, ONNX is faster."""
    torch_median = timings["torch"]["per_window_ms"]["median"]
    return {f"torch_over_{b}": torch_median / timings[b]["per_window_ms"]["median"] for b in BACKENDS[1:] if b in timings}


# --- targets, machine, report ---------------------------------------------------------


def check_targets(model: dict) -> list[dict]:
    by_kind = {entry["kind"]: entry for entry in model["batches"]}
    checks = []
    for label, backend, kind, figure, limit in TARGETS:
        timing = by_kind[kind]["backends"].get(backend)
        value = timing[figure]["median"] if timing else None
        checks.append({"target": label, "backend": backend, "batch": by_kind[kind]["batch"], "limit_ms": limit,
                       "median_ms": value, "pass": None if value is None else value <= limit})
    return checks


def cpu_flags() -> list[str]:
    """The SIMD features that decide which kernels ONNX Runtime's int8 and float32 GEMMs use."""
    wanted = {"avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8", "asimd", "asimddp", "i8mm"}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("flags", "Features"):
                return sorted(wanted & set(value.split()))
    return []


def usable_cpus() -> int | None:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def machine_info(core: int | None, usable: int | None) -> dict:
    """Where and with what the figures were taken; ``usable`` is counted before pinning."""
    import onnxruntime
    import torch

    return {
        "cpu": cpu_model(), "cpu_flags": cpu_flags(), "cpu_count": os.cpu_count(), "usable_cpus": usable,
        "pinned_core": core, "platform": platform.platform(), "python": platform.python_version(),
        "onnxruntime": onnxruntime.__version__, "torch": torch.__version__, "numpy": np.__version__,
        "torch_threads": torch.get_num_threads(), "onnxruntime_intra_op_threads": 1,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def fmt(ms: float) -> str:
    return f"{ms:.0f}" if ms >= 100 else f"{ms:#.3g}"


def markdown(report: dict) -> str:
    m = report["machine"]
    lines = [
        f"Decode time in ms on {m['cpu']}, one core (#{m['pinned_core']}), one thread; onnxruntime "
        f"{m['onnxruntime']}, torch {m['torch']}; {m['date'][:10]}. Per window = per call ÷ batch; "
        "ratio = torch eager median ÷ this backend's. "
        f"{report['settings']['repeats'][0]} timed calls at batch 1, {report['settings']['repeats'][1]} at one second.",
        "",
        "| model | batch | backend | median / call | p99 / call | p99.9 / call | median / window | p99 / window "
        "| p99.9 / window | torch ÷ this |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for model in report["models"]:
        size = f"{model['name']} ({model['window']}/{model['hidden_size']}/{model['latent_size']})"
        for entry in model["batches"]:
            for backend, timing in entry["backends"].items():
                call, window = timing["per_call_ms"], timing["per_window_ms"]
                ratio = entry["ratios"].get(f"torch_over_{backend}")
                lines.append(
                    f"| {size} | {entry['batch']} | {BACKEND_LABELS[backend]} | {fmt(call['median'])} | {fmt(call['p99'])} "
                    f"| {fmt(call['p99_9'])} | {fmt(window['median'])} | {fmt(window['p99'])} | {fmt(window['p99_9'])} "
                    f"| {'—' if ratio is None else f'{ratio:.2f}×'} |"
                )
    return "\n".join(lines + ["", "(model sizes: window/hidden/latent)", ""] + target_lines(report) + [""])


def target_lines(report: dict) -> list[str]:
    lines = []
    for model in report["models"]:
        for check in model["targets"]:
            verdict = {True: "PASS", False: "FAIL", None: "SKIP"}[check["pass"]]
            value = "no int8 decoder" if check["median_ms"] is None else f"{check['median_ms']:.3g} ms"
            lines.append(f"- {verdict} {model['name']}: {check['target']} = {value} (target ≤ {check['limit_ms']} ms)")
    return lines


# --- entry point ----------------------------------------------------------------------


def default_core() -> int | None:
    return max(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None


@contextlib.contextmanager
def one_core(core: int | None):
    """Pin this thread (and the threads it starts) to ``core``, torch to one thread; undone after."""
    import torch

    previous_threads = torch.get_num_threads()
    previous_cpus = os.sched_getaffinity(0) if core is not None else None
    if core is not None:
        os.sched_setaffinity(0, {core})
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(previous_threads)
        if previous_cpus is not None:
            os.sched_setaffinity(0, previous_cpus)


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", action="append", metavar="DIR",
                        help="model directory, or 'default'; repeatable; replaces the embedded default model")
    parser.add_argument("--no-paper-size", action="store_true", help="skip the paper-size (1024/2048/256) random model")
    parser.add_argument("--core", type=int, default=None, help="CPU to pin to (default: the last one this process may use)")
    parser.add_argument("--repeats", type=int, nargs="+", metavar="N",
                        help=f"timed calls at batch 1 and at one second of audio (default {DEFAULT_REPEATS[0]} "
                             f"{DEFAULT_REPEATS[1]}); one value sets both")
    parser.add_argument("--warmup", type=int, default=None, help=f"untimed calls first (default {DEFAULT_WARMUP})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the paper-size weights and of the latents")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results; the Markdown table goes beside it")
    parser.add_argument("--quick", action="store_true", help="a few repeats only: checks the script, not the machine")
    args = parser.parse_args(argv)
    if args.repeats is not None and (len(args.repeats) > 2 or min(args.repeats) < 1):
        parser.error("--repeats takes one or two positive counts")
    return args


def settings_from(args) -> dict:
    repeats = tuple(args.repeats or (QUICK_REPEATS if args.quick else DEFAULT_REPEATS))
    repeats = repeats * 2 if len(repeats) == 1 else repeats
    warmup = args.warmup if args.warmup is not None else (QUICK_WARMUP if args.quick else DEFAULT_WARMUP)
    return {"repeats": repeats, "warmup": warmup, "seed": args.seed, "quick": args.quick,
            "input_sets": N_INPUT_SETS, "gc_disabled_while_timing": True, "timer": "time.perf_counter_ns"}


def main(argv=None) -> dict:
    args = parse_args(argv)
    settings = settings_from(args)
    core = args.core if args.core is not None else default_core()
    usable = usable_cpus()
    # Pinned before any session exists, so ONNX Runtime's and torch's threads inherit the core.
    with one_core(core), contextlib.ExitStack() as stack:
        subjects = collect_subjects(args, stack)
        machine = machine_info(core, usable)
        models = [bench_subject(subject, settings) for subject in subjects]
    for model in models:
        model["targets"] = check_targets(model)
    report = {"benchmark": "decode", "machine": machine, "settings": {**settings, "repeats": list(settings["repeats"])},
              "models": models}
    write_report(report, args.out)
    return report


def write_report(report: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    table = markdown(report)
    out.with_suffix(".md").write_text(table)
    print(table)
    print(f"wrote {out} and {out.with_suffix('.md')}", file=sys.stderr)


if __name__ == "__main__":
    main()
