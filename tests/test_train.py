import json
import os
import subprocess
import sys

import torch

from rtvae.train.loop import load_checkpoint, train
from tests.conftest import tiny_config

FAST = dict(train__max_windows=1024, train__epochs=2)


def test_training_lowers_the_validation_loss(tiny_model):
    history = json.loads((tiny_model.path.parent / "history.json").read_text())
    assert len(history) == 2
    assert history[-1]["val_loss"] < history[0]["val_loss"]
    assert (tiny_model.path.parent / "loss.png").stat().st_size > 1000


def test_resumed_training_matches_an_uninterrupted_run(corpus_dir, tmp_path):
    train(corpus_dir, tmp_path / "straight", tiny_config(**FAST))
    train(corpus_dir, tmp_path / "split", tiny_config(**{**FAST, "train__epochs": 1}))
    first_half = load_checkpoint(tmp_path / "split" / "last.pt")
    train(corpus_dir, tmp_path / "split", tiny_config(**FAST), resume_state=first_half)
    straight = load_checkpoint(tmp_path / "straight" / "last.pt")
    resumed = load_checkpoint(tmp_path / "split" / "last.pt")
    assert resumed["epoch"] == straight["epoch"] == 2
    for name, tensor in straight["model"].items():
        assert torch.equal(tensor, resumed["model"][name]), name


def test_same_seed_trains_the_same_weights(corpus_dir, tmp_path):
    config = tiny_config(train__max_windows=512, train__epochs=1)
    train(corpus_dir, tmp_path / "a", config)
    train(corpus_dir, tmp_path / "b", config)
    a, b = (load_checkpoint(tmp_path / run / "last.pt")["model"] for run in ("a", "b"))
    assert all(torch.equal(a[name], b[name]) for name in a)


def test_resume_refuses_a_different_model_shape(corpus_dir, tmp_path):
    run_dir = tmp_path / "run"
    train(corpus_dir, run_dir, tiny_config(train__max_windows=256, train__epochs=1))
    result = subprocess.run(
        [sys.executable, "-m", "rtvae", "train", str(corpus_dir), "--out", str(run_dir), "--resume",
         "--latent-size", "16", "--epochs", "2"],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "model.latent_size is 8 there but 16 now" in result.stderr


def test_training_runs_unchanged_under_torchrun_with_two_processes(corpus_dir, tmp_path):
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    command = [
        sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2",
        "-m", "rtvae", "train", str(corpus_dir), "--out", str(tmp_path / "ddp"), "--epochs", "2",
        "--hidden-size", "32", "--latent-size", "4", "--max-windows", "1024", "--learning-rate", "1e-3",
        "--device", "cpu",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, worker_failure(result.stderr)
    state = load_checkpoint(tmp_path / "ddp" / "last.pt")
    assert state["world_size"] == 2 and state["epoch"] == 2
    assert state["history"][-1]["val_loss"] < state["history"][0]["val_loss"]


def worker_failure(stderr: str) -> str:
    """What a worker said before it died, then the launcher's summary: torchrun's own report
    fills the tail, and a worker's abort message (a C++ ``what()``, a Python traceback) comes first."""
    said = [line for line in stderr.splitlines()
            if any(word in line for word in ("Error", "error:", "what()", "terminate", "Abort", "Fatal", "Traceback"))]
    return "\n".join(said[:40]) + "\n--- tail ---\n" + stderr[-1500:]

