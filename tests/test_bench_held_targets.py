"""The held-target benchmark's figures: how a path repeats itself, the pairing, and its table."""

from __future__ import annotations

import numpy as np
import pytest

from tests.benchmark_script import load_benchmark


@pytest.fixture(scope="module")
def held():
    return load_benchmark("held_targets")


def test_a_loop_of_one_window_is_a_short_loop_with_its_period(held):
    loop = np.tile(np.arange(100, 104), 50)  # four points over and over: a window at hop 256
    figures = held.repeats(loop, hops_per_s=172.0)
    assert figures["short_loop_share"] == pytest.approx(196 / 200)
    assert figures["within_1s_share"] == pytest.approx(196 / 200)
    assert figures["loop_ms"] == pytest.approx(4 * 1e3 / 172.0)
    assert figures["points_per_s"] == pytest.approx(4 / (200 / 172.0))


def test_a_path_that_moves_on_repeats_nothing(held):
    figures = held.repeats(np.arange(300), hops_per_s=172.0)
    assert figures["short_loop_share"] == figures["within_1s_share"] == 0.0 and figures["loop_ms"] is None
    late = held.repeats(np.concatenate([np.arange(200), np.arange(10)]), hops_per_s=172.0)  # back after 200 hops
    assert late["short_loop_share"] == late["within_1s_share"] == 0.0


def test_the_replay_cost_is_set_only_inside_its_block(held):
    kept = held.search.REPLAY_COST
    with held.replay_cost(0.0):
        assert held.search.REPLAY_COST == 0.0
    assert held.search.REPLAY_COST == kept
    with pytest.raises(RuntimeError), held.replay_cost(0.0):
        raise RuntimeError
    assert held.search.REPLAY_COST == kept


def row(method, place, window_rate, error=1.0):
    return {"descriptor": "rms_db", "place": place, "method": method, "median_error": error,
            "window_rate_db": window_rate, "short_loop_share": 0.0, "within_1s_share": 0.0, "loop_ms": None,
            "points_per_s": 100.0}


def test_the_summary_pairs_each_value_and_the_table_writes_missing_figures_as_dashes(held):
    figures = {"live": (-5.0, 3.0), "viterbi": (-4.0, 30.0), "live, no memory": (20.0, -1.0), "nearest": (25.0, 26.0)}
    rows = [row(m, p, w) for m, pair in figures.items() for p, w in zip((0.1, 0.9), pair)]
    summary = {e["method"]: e for e in held.summarise(rows)}
    assert summary["live"]["lower_than_live, no memory"] == 1 and summary["live"]["lower_than_nearest"] == 2
    assert summary["viterbi"]["lower_than_live, no memory"] == 1 and summary["viterbi"]["lower_than_nearest"] == 1
    assert "lower_than_live, no memory" not in summary["live, no memory"]
    assert summary["live"]["window_rate_db"] == pytest.approx(-1.0)
    machine = {"cpu": "x", "usable_cpus": 2, "platform": "p", "date": "d"}
    text = held.table({"machine": machine, "command": "c", "duration_s": 5.0, "summary": list(summary.values()),
                       "rows": rows})
    assert "| rms_db | nearest | 1.0 dB | +25.5 | 0 / – |" in text and "| – |" in text
