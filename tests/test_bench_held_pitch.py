"""benchmarks/held_pitch.py: a held window under ola buzzes at the hop rate, under sola keeps its pitch."""

import pytest

from tests.benchmark_script import load_benchmark

@pytest.fixture(scope="module")
def bench():
    return load_benchmark("held_pitch")


def test_a_held_string_keeps_its_pitch_under_sola_only(bench, default_corpus):
    from rtvae.data.synth import corpus_specs
    from rtvae.model.directory import load_model

    row = bench.measure_sound(load_model("default"), default_corpus, "string_C4_mid",
                              {s.name: s for s in corpus_specs()})
    assert abs(row["window_f0_hz"] - 261.6) < 5
    assert row["sola"]["held_f0_error_cents"] < 50 < row["ola"]["held_f0_error_cents"]
    hop_rate = 44100 / 256
    harmonic = row["ola"]["held_f0_hz"] / hop_rate
    assert abs(harmonic - round(harmonic)) < 0.02  # ola: a multiple of the hop rate
    assert row["sola"]["held_window_rate_db"] < row["ola"]["held_window_rate_db"] - 10
    assert abs(row["sola"]["replay_lsd_db"] - row["ola"]["replay_lsd_db"]) < 1.0  # replays as good


def test_the_summary_counts_voiced_sounds_and_medians(bench):
    rows = [{"sola": {"held_f0_error_cents": e, "held_window_rate_db": 1.0, "held_rms_db": -20.0,
                      "replay_lsd_db": 9.0, "replay_window_rate_db": -5.0},
             "ola": {"held_f0_error_cents": None if e is None else 400.0, "held_window_rate_db": 30.0,
                     "held_rms_db": -25.0, "replay_lsd_db": 9.0, "replay_window_rate_db": -5.0}}
            for e in (10.0, 60.0, None)]
    s = bench.summarise(rows)
    assert s["sola"]["voiced_sounds"] == 2 and s["sola"]["held_within_50_cents"] == 1
    assert s["sola"]["held_f0_error_cents_median"] == pytest.approx(35.0)
    assert s["ola"]["held_within_50_cents"] == 0 and s["ola"]["held_window_rate_db_median"] == 30.0
