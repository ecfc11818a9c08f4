"""benchmarks/decode.py runs end to end and writes well-formed results; timings' values are not checked."""

import json
import math
import subprocess
import sys

import pytest
import torch

from tests.benchmark_script import BENCHMARKS, load_benchmark

SCRIPT = BENCHMARKS / "decode.py"
BACKENDS = {"torch", "onnx_float32", "onnx_int8"}
FIGURES = {"median", "p99", "p99_9", "max"}


@pytest.fixture(scope="module")
def quick_run(tiny_model, tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "decode.json"
    # A subprocess: the benchmark pins its process to one core, which must not stick to pytest.
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--model", str(tiny_model.path), "--no-paper-size", "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text()), out, result.stdout


def test_every_backend_and_batch_is_timed_with_positive_figures(quick_run, tiny_model):
    report, _, _ = quick_run
    (model,) = report["models"]
    assert model["name"] == tiny_model.card.name
    batches = {entry["batch"]: entry for entry in model["batches"]}
    assert set(batches) == {1, math.ceil(tiny_model.card.sample_rate / 256)}
    for batch, entry in batches.items():
        assert set(entry["backends"]) == BACKENDS
        for timing in entry["backends"].values():
            assert timing["repeats"] > 0
            for unit in ("per_call_ms", "per_window_ms"):
                assert FIGURES <= set(timing[unit])
                assert all(value > 0 for value in timing[unit].values())
            assert timing["per_window_ms"]["median"] == pytest.approx(timing["per_call_ms"]["median"] / batch)
        assert set(entry["ratios"]) == {"torch_over_onnx_float32", "torch_over_onnx_int8"}
        assert all(ratio > 0 for ratio in entry["ratios"].values())


def test_torch_runs_the_onnx_weights_and_the_run_is_described(quick_run):
    report, _, _ = quick_run
    parity = report["models"][0]["parity"]
    assert parity["ok"] and 0 <= parity["torch_vs_onnx_float32_max_abs_diff"] <= parity["tolerance"] <= 1e-4
    machine = report["machine"]
    for key in ("cpu", "cpu_count", "pinned_core", "onnxruntime", "torch", "numpy", "date"):
        assert machine[key] not in (None, ""), key
    assert report["settings"]["quick"] is True


def test_targets_are_reported_and_the_markdown_table_is_written(quick_run):
    report, out, stdout = quick_run
    targets = report["models"][0]["targets"]
    assert len(targets) == 3 and all(isinstance(t["pass"], bool) for t in targets)
    table = out.with_suffix(".md").read_text()
    assert table.count("| tiny ") == 6  # 2 batches × 3 backends
    assert "torch ÷ this" in table and table.strip() in stdout.strip()
    assert sum(line.startswith(("- PASS", "- FAIL")) for line in table.splitlines()) == 3


def test_torch_decoder_refuses_weights_that_differ_from_the_onnx_graph(tiny_model, monkeypatch):
    bench = load_benchmark("decode")
    subject = bench.subject_from_directory(str(tiny_model.path))
    sets = bench.input_sets(subject, 4, seed=0)
    engines, parity = bench.open_backends(subject, sets, max_batch=4)
    assert parity["torch_vs_onnx_float32_max_abs_diff"] <= 1e-4
    tampered = engines["torch"]
    with torch.no_grad():
        tampered[2].bias.add_(1e-2)
    monkeypatch.setattr(bench, "torch_decoder", lambda _subject: tampered)
    with pytest.raises(RuntimeError, match="differ by"):
        bench.open_backends(subject, sets, max_batch=4)
