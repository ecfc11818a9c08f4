"""Interleaved pairs (rtvae.bench.pairs): the order flips, the statistics are the textbook ones."""

from __future__ import annotations

import pytest

from rtvae.bench import pairs

AB = ("plain", "with")


def test_each_variant_goes_first_in_every_other_pair():
    assert [pairs.order_of(k, AB) for k in range(4)] == [AB, AB[::-1], AB, AB[::-1]]


def test_run_pairs_measures_in_the_flipped_order_with_distinct_indices():
    calls = []

    def measure(variant, index, tag):
        calls.append((variant, index, tag))
        return {"xruns": index}

    results = pairs.run_pairs(AB, 2, measure)
    assert [c[:2] for c in calls] == [("plain", 0), ("with", 1), ("with", 2), ("plain", 3)]
    assert calls[2][2] == "[pair 2/2, 1/2]"
    assert [r["first"] for r in results] == ["plain", "with"]
    assert results[1]["figures"] == {"with": {"xruns": 2}, "plain": {"xruns": 3}}


@pytest.mark.parametrize("more, fewer, p", [(0, 0, 1.0), (5, 0, 1 / 32), (0, 5, 1.0), (3, 3, 42 / 64), (4, 1, 6 / 32)])
def test_sign_test_is_the_exact_binomial_tail(more, fewer, p):
    assert pairs.sign_test_p(more, fewer) == pytest.approx(p)


def test_summary_uses_complete_pairs_and_counts_ties():
    def run(plain, with_, p999=(0.5, 0.6)):
        return {"plain": {"xruns": plain, "callback_p99.9_ms": p999[0]},
                "with": {"xruns": with_, "callback_p99.9_ms": p999[1]}}

    results = [{"figures": run(3, 5)}, {"figures": run(4, 4)}, {"figures": run(10, 2)}, {"figures": run(1, 1)},
               {"figures": {"plain": {"xruns": 0}, "with": {"error": "the server did not start"}}}]
    s = pairs.summary(results, AB)
    assert s["pairs"] == 4 and s["failed_pairs"] == 1
    xruns = s["xruns"]
    assert xruns["differences"] == [2, 0, -8, 0] and xruns["median_difference"] == 0
    assert (xruns["more"], xruns["fewer"], xruns["ties"]) == (1, 1, 2)
    assert xruns["total"] == {"plain": 18, "with": 12} and xruns["median"] == {"plain": 3.5, "with": 3.0}
    assert s["callback_p99.9_ms"]["median_ratio"] == pytest.approx(1.2)
    assert "server_late" not in s  # not measured: left out, not counted as zero


def test_markdown_shows_every_pair_and_a_line_per_measure():
    figures = {"plain": {"xruns": 1, "server_late": 0}, "with": {"xruns": 0, "server_late": 0}}
    results = [{"pair": 1, "first": "plain", "figures": figures},
               {"pair": 2, "first": "with", "figures": {"plain": {"xruns": 0}, "with": {"error": "boom"}}}]
    report = {"variants": list(AB), "block": 128, "segment_s": 8, "results": results,
              "summary": pairs.summary(results, AB)}
    text = "\n".join(pairs.markdown_lines(report))
    assert "| 1 | plain | 1 / 0 | 0 / 0 | — / — | — / — |" in text
    assert "| 2 | with | failed: with: boom |" in text
    assert "median difference with − plain -1" in text and "p = 1.00" in text


def test_a_failed_pair_run_is_reported_and_the_verdict_falls_back_to_the_single_runs():
    from rtvae.bench.latency.report import pair_lines
    from rtvae.bench.latency.verdicts import acceptance

    failed = {"variants": list(AB), "block": 128, "error": "the server did not answer /rtvae/ping"}
    assert pair_lines({"interp_pairs": failed})[0].endswith("failed: the server did not answer /rtvae/ping")
    checks = acceptance([], [], failed)
    assert not any("interleaved" in check["check"] for check in checks)
    assert all(check["pass"] is None for check in checks)  # nothing measured


def test_a_run_that_raises_is_recorded_and_the_others_go_on():
    def measure(variant, index, tag):
        if index == 1:
            raise RuntimeError("the interpolation was not playing")
        return {"xruns": index}

    results = pairs.run_pairs(AB, 2, measure)
    assert results[0]["figures"]["with"] == {"error": "RuntimeError: the interpolation was not playing"}
    assert results[1]["figures"] == {"with": {"xruns": 2}, "plain": {"xruns": 3}}
    assert pairs.summary(results, AB)["failed_pairs"] == 1
