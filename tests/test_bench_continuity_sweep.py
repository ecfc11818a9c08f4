"""benchmarks/continuity_sweep.py: its curves are held out, and its verdict per setting is the acceptance's."""

import pytest

from tests.benchmark_script import load_benchmark


@pytest.fixture(scope="module")
def sweep():
    return load_benchmark("continuity_sweep")


def test_the_sweep_draws_curves_the_descriptor_benchmark_does_not_use(sweep):
    curves = sweep.held_out(24)
    assert len(set(curves)) == 24 and not set(curves) & set(sweep.bench.CURVES)
    assert all(c.startswith("random ") for c in curves)  # drawn the way that benchmark draws its random curves
    assert sweep.CONTINUITIES[0] == sweep.CONTINUITY  # the default is the first setting, the one acceptance is judged at


def pair(method, lower, higher, r_median):
    from rtvae.bench.pairs import sign_test_p

    p = sign_test_p(lower, higher)
    return {"descriptor": "centroid_hz", "method": method, "n_pairs": lower + higher,
            "window_rate_db": {"lower": lower, "higher": higher, "sign_test_p": p, "median_difference": -1.0},
            "r": {"median_difference": r_median, "higher": 3}}


def test_a_setting_meets_the_acceptance_only_when_lower_on_significantly_many_curves_with_r_no_worse(sweep):
    pairs = [pair("continuity 0.2", 14, 10, 0.01), pair("continuity 1", 22, 2, 0.01), pair("continuity 2", 23, 1, -0.001)]
    summary = [{"descriptor": "centroid_hz", "method": p["method"], "median_error": 10.0, "seams_per_s": 5.0}
               for p in pairs]
    table = sweep.settings_table(pairs, summary)
    assert [e["meets"] for e in table] == [False, True, False]
    assert table[1]["sign_test_p"] < 0.05 and table[2]["r_median_difference"] < 0
