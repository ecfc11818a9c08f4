"""Issue 12's acceptance: the interpreter lock held by another thread for 2 s does not reach the sound.

The compiled callback plays on through the hold: the capture (jack_rec, a C client) has no
gap, and during the hold jackd blames the server for no more late cycles than the C capture
client beside it in the same graph (non-real-time JACK on a shared VM is late now and then for
everyone: CI saw 2 for the server and 3 for jack_rec in one run, outside the hold). The Python
callback, held for a fraction of that, does show the gap: the check can fail.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from rtvae.bench.latency.jacklog import JackLog
from tests.jackfixtures import client_env, make_jack_server  # noqa: F401
from tests.gil_hold import CLIENT, LEAD_S

RATE, PERIOD = 44100, 128
SILENT = 1e-6


def longest_silence(samples: np.ndarray) -> int:
    """The longest run of (near) zeros after the sound first starts, in samples."""
    loud = np.abs(samples) > SILENT
    if not loud.any():
        return len(samples)
    start, end = int(np.argmax(loud)), len(loud) - int(np.argmax(loud[::-1]))
    quiet = ~loud[start:end]
    longest = run = 0
    for q in quiet:
        run = run + 1 if q else 0
        longest = max(longest, run)
    return longest


def hold(jack, tmp_path: Path, callback: str, hold_s: float) -> tuple[dict, np.ndarray, dict]:
    out = tmp_path / f"{callback}.wav"
    mark = JackLog(jack.log_path, {CLIENT: "server"}).offset()
    done = subprocess.run([sys.executable, "-m", "tests.gil_hold", callback, str(hold_s),
                           str(out), str(jack.log_path)], env=client_env(jack), capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[1])
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["callback"] == callback and report["rec_rc"] == 0, report
    samples, rate = sf.read(out, dtype="float32")
    assert rate == RATE and len(samples) > (LEAD_S + hold_s) * RATE
    log = JackLog(jack.log_path, {CLIENT: "server", "jackrec": "floor"})
    blamed = {"run": log.blame(mark), "hold": log.blame(*report["hold_log"])}
    return report, samples if samples.ndim == 1 else samples[:, 0], blamed


def test_the_compiled_callback_plays_through_a_two_second_gil_hold(make_jack_server, tmp_path):
    jack = make_jack_server(RATE, PERIOD)
    report, samples, blamed = hold(jack, tmp_path, "compiled", 2.0)
    assert report["callback_errors"] == 0
    assert longest_silence(samples) < PERIOD, "the capture has a gap"
    late = blamed["hold"].get("late_clients", {})
    assert late.get("server", 0) <= late.get("floor", 0), blamed


@pytest.mark.parametrize("hold_s", [0.3])
def test_the_python_callback_does_not(make_jack_server, tmp_path, hold_s):
    jack = make_jack_server(RATE, PERIOD)
    report, samples, blamed = hold(jack, tmp_path, "python", hold_s)
    late = blamed["run"].get("late_clients", {}).get("server", 0)
    assert longest_silence(samples) >= PERIOD or late > 0 or report["xruns"] > 0
