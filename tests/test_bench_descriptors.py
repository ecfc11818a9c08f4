"""benchmarks/descriptors.py: the paths played from the recordings (no model needed)."""

from types import SimpleNamespace

import numpy as np
import pytest
import soundfile as sf

from tests.benchmark_script import load_benchmark

WINDOW, HOP, RATE = 1024, 256, 44100


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("descriptors")


def test_the_engines_overlap_add_gives_back_a_steady_sound(bench):
    tone = np.sin(2 * np.pi * 440 * np.arange(80 * HOP + WINDOW) / RATE).astype(np.float32)
    windows = np.stack([tone[k * HOP:k * HOP + WINDOW] for k in range(80)])
    out = bench.overlap_added(windows, HOP, "ola")
    assert out.shape == (80 * HOP,)
    steady = slice(WINDOW, 70 * HOP)  # past the first windows, which lie under fewer others
    assert np.allclose(out[steady], tone[steady], atol=1e-4)
    concat = bench.overlap_added(windows[:, :WINDOW], WINDOW, "concat")
    assert np.array_equal(concat[:WINDOW], windows[0]) and np.array_equal(concat[WINDOW:2 * WINDOW], windows[1])


def test_recorded_windows_play_a_window_its_frame_and_a_midpoint_its_two_frames_averaged(bench):
    frames = np.arange(3 * 4, dtype=np.float32).reshape(3, 4)
    atlas = SimpleNamespace(n_windows=3, pairs=np.array([[0, 2], [1, 2]]))
    out = bench.recorded_windows(np.array([2, 3, 0, 4]), frames, atlas)
    assert np.array_equal(out[0], frames[2]) and np.array_equal(out[2], frames[0])
    assert np.allclose(out[1], (frames[0] + frames[2]) / 2) and np.allclose(out[3], (frames[1] + frames[2]) / 2)


def _corpus_of(tmp_path, lengths, held):
    paths = []
    for i, n in enumerate(lengths):
        path = tmp_path / f"sound{i}.wav"
        sf.write(path, np.random.default_rng(i).uniform(-0.5, 0.5, n).astype(np.float32), RATE)
        paths.append(str(path))
    model = SimpleNamespace(card=SimpleNamespace(sample_rate=RATE, window=WINDOW))
    return model, SimpleNamespace(paths=paths, offsets=np.concatenate([[0], np.cumsum(held)]), hop=HOP)


def test_recorded_frames_frame_each_recording_as_the_corpus_holds_it(bench, tmp_path):
    lengths = [WINDOW + 5 * HOP, WINDOW + 2 * HOP]
    model, corpus = _corpus_of(tmp_path, lengths, [6, 3])
    frames = bench.recorded_frames(model, corpus)
    assert frames.shape == (9, WINDOW)
    second = sf.read(corpus.paths[1], dtype="float32")[0]
    assert np.allclose(frames[7], second[HOP:HOP + WINDOW], atol=1e-6)


def test_recorded_frames_are_left_out_when_a_recording_is_gone_or_no_longer_fits(bench, tmp_path, capsys):
    model, corpus = _corpus_of(tmp_path, [WINDOW + 5 * HOP], [4])
    assert bench.recorded_frames(model, corpus) is None
    assert "frames into 6 windows, the corpus holds 4" in capsys.readouterr().out
    corpus.offsets = np.array([0, 6])
    corpus.paths = [str(tmp_path / "gone.wav")]
    assert bench.recorded_frames(model, corpus) is None
    assert "gone.wav" in capsys.readouterr().out
