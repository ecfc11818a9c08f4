"""The latency benchmark runs end to end (``--quick``) and its figures hang together.

Structure and sanity only: no absolute timing is checked (the machine may be busy), only
what must hold on any machine: every phase saw callbacks, the probes heard the unmute,
nn~'s double buffer is slower to respond than inline decoding, the callback leaves
nothing allocated that it did not find.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rtvae.drivers.jack import INSTALL_HINT

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "latency.py"
VARIANTS = ("inline", "inline+interp", "nn~-2048")
BLOCK, RATE, PHASE_S = 128, 48000, 3.0


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    if shutil.which("jackd") is None and not os.environ.get("CI"):
        pytest.skip(f"jackd (jackd2) is not installed; {INSTALL_HINT}")
    pytest.importorskip("jack", reason="the JACK capture needs the JACK-Client package")
    out = tmp_path_factory.mktemp("latency") / "latency.json"
    # A subprocess: the benchmark changes the GIL switch interval and GC, and opens JACK clients.
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--variants", ",".join(VARIANTS), "--pairs", "1", "--out", str(out)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return json.loads(out.read_text()), out


def cases(report) -> dict:
    return {case["variant"]: case for case in report["cases"]}


def test_quick_run_measures_each_variant_once_at_one_block(quick_run):
    report, _ = quick_run
    assert report["benchmark"] == "latency" and report["settings"]["quick"]
    assert {"cpu", "cpu_count", "date", "python", "numpy", "onnxruntime"} <= set(report["machine"])
    assert [(c["variant"], c["block"]) for c in report["cases"]] == [(v, BLOCK) for v in VARIANTS]
    assert all("error" not in c for c in report["cases"]), [c.get("error") for c in report["cases"]]


def test_every_phase_has_its_callbacks_and_an_ordered_distribution(quick_run):
    report, _ = quick_run
    n_bins = len(report["histogram_edges_ms"]) - 1
    for case in report["cases"]:
        assert case["budget_ms"] == pytest.approx(1e3 * BLOCK / RATE)
        for name in ("idle", "load"):
            phase = case["phases"][name]
            callbacks = phase["callbacks"]
            expected = phase["seconds"] * RATE / BLOCK
            # Cycles, not timings: each JACK cycle ran the callback once (some may be trimmed or skipped).
            assert 0.5 * expected < callbacks["blocks"] <= expected + 1, (case["variant"], name, callbacks["blocks"])
            assert len(callbacks["histogram_counts"]) == n_bins and sum(callbacks["histogram_counts"]) == callbacks["blocks"]
            ms = callbacks["ms"]
            assert 0 < ms["p50"] <= ms["p99"] <= ms["p99.9"] <= ms["max"]
            assert phase["xruns"] >= 0 and phase["controls_dropped"] >= 0


def test_load_phase_sent_the_messages_and_the_engine_applied_them(quick_run):
    report, _ = quick_run
    for case in report["cases"]:
        load, idle = case["phases"]["load"], case["phases"]["idle"]
        assert case["load_sender"]["attempted"] == round(1000 * PHASE_S)
        assert load["osc_sent"] >= case["load_sender"]["sent"] > 0
        assert load["controls_applied"] > 0.5 * load["osc_sent"]
        assert idle["controls_applied"] == 0  # nothing is sent while idle


def test_probes_hear_the_unmute_and_nn_double_buffering_answers_later(quick_run):
    report, _ = quick_run
    by = cases(report)
    for case in by.values():
        probes = case["control_to_sound"]
        assert probes["probes"] >= 1 and len(probes["samples_ms"]) == probes["probes"]
        assert probes["ms"]["p1"] <= probes["ms"]["p50"] <= probes["ms"]["p99"]
        assert probes["jitter_ms"]["std"] >= 0
    # nn~ renders 2048 samples one buffer ahead: ~90 ms more than inline's one hop.
    assert by["nn~-2048"]["control_to_sound"]["ms"]["p50"] > by["inline"]["control_to_sound"]["ms"]["p50"] + 20
    assert by["nn~-2048"]["reported"]["latency_samples"] > by["inline"]["reported"]["latency_samples"]


def test_allocation_check_ran_for_each_variant_without_a_leak(quick_run):
    report, _ = quick_run
    checks = {a["variant"]: a for a in report["allocations"]}
    assert set(checks) == set(VARIANTS)
    for check in checks.values():
        assert "error" not in check, check.get("error")
        assert check["calls"] > 0 and check["callback_errors"] == 0 and check["sound"]
        assert check["peak_bytes"] >= max(check["net_growth_bytes"], 0)
        # A leak grows without bound; the callback's live integers and views are a few hundred bytes.
        assert check["second_half_growth_bytes"] < 1024


def test_reports_are_written_beside_the_json(quick_run):
    report, out = quick_run
    acceptance = report["acceptance"]
    assert len(acceptance) == 6 and all(check["pass"] in (True, False, None) for check in acceptance)
    assert [c["pass"] for c in acceptance if c["check"].startswith("ahead")] == [None, None]  # ahead not run
    table = out.with_name("latency.md").read_text()
    rows = sum(line.startswith(f"| {v} | {BLOCK} |") for v in VARIANTS for line in table.splitlines())
    assert rows == 3 * len(VARIANTS)  # the latency, xrun and allocation tables
    assert sum(line.startswith(("- PASS", "- FAIL", "- NOT MEASURED")) for line in table.splitlines()) == 6
    assert "jack_simple_client (floor)" in table
    assert out.with_name("latency.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_floor_is_measured_in_the_same_rig(quick_run):
    """JACK's C example client, captured and loaded like our servers: the machine's own xruns."""
    report, _ = quick_run
    [floor] = report["floor"]
    assert floor["block"] == BLOCK and "error" not in floor, floor.get("error")
    for name in ("idle", "load"):
        phase = floor["phases"][name]
        assert phase["seconds"] == pytest.approx(PHASE_S, abs=1.0)
        assert phase["jack_xrun_notifications"] >= 0 and "late_clients" in phase["jackd_blamed"]
    xruns_check = next(c for c in report["acceptance"] if c["check"].startswith("inline, block 128: xruns"))
    assert xruns_check["floor"]["client"] == "jack_simple_client"


def test_an_interpolation_played_through_the_whole_load(quick_run):
    report, _ = quick_run
    interp = cases(report)["inline+interp"]
    assert interp["phases"]["load"]["interp_still_playing"]  # the load's messages did not end it


def test_what_the_interpolation_adds_is_judged_on_interleaved_segments(quick_run):
    """One server alternates inline and inline+interp segments; the check reads their differences."""
    report, out = quick_run
    pairs = report["interp_pairs"]
    assert pairs["variants"] == ["inline", "inline+interp"] and pairs["block"] == BLOCK
    [run] = pairs["results"]
    assert run["first"] == "inline" and set(run["figures"]) == {"inline", "inline+interp"}
    for variant, figures in run["figures"].items():
        assert "error" not in figures, figures.get("error")
        assert figures["seconds"] == pytest.approx(PHASE_S, abs=0.5) and figures["xruns"] >= 0
        assert figures["controls_applied"] > 0.5 * 1000 * PHASE_S
        # The interpolation plays through its segment, and the latent load ends it in the other.
        assert figures["interp_playing"] == (variant == "inline+interp")
    assert [len(sends) for sends in pairs["load_sender"].values()] == [1, 1]
    difference = run["figures"]["inline+interp"]["xruns"] - run["figures"]["inline"]["xruns"]
    assert pairs["summary"]["xruns"]["differences"] == [difference]
    check = next(c for c in report["acceptance"] if c["check"].startswith("inline+interp"))
    # One pair: the sign test's p is 1/2 if the interpolation had more xruns, else 1 (ties dropped).
    assert "1 interleaved pairs" in check["check"] and check["value"] == (0.5 if difference > 0 else 1.0)
    assert check["pass"] is True  # one pair can never show an increase at 5 %
    assert "measured in interleaved pairs" in out.with_name("latency.md").read_text()


# --- settings, flags and the exit status: no JACK needed -------------------------------------


def parsed(*argv: str):
    import argparse

    from rtvae.bench.latency.settings import add_flags, settings_from

    parser = argparse.ArgumentParser()
    add_flags(parser)
    return settings_from(parser.parse_args(list(argv)))


def test_the_flag_table_is_the_one_source_of_the_settings_defaults():
    from dataclasses import fields

    from rtvae.bench.latency.settings import FLAGS, Settings

    assert {f.name for f in fields(Settings)} == {flag.name for flag in FLAGS}
    assert parsed() == Settings()
    assert Settings().blocks == (64, 128, 256, 512) and Settings().pairs == 24 and Settings().floor


def test_a_quick_run_takes_its_own_defaults_and_follows_load_s():
    quick = parsed("--quick", "--load-s", "5")
    assert quick.blocks == (BLOCK,) and quick.idle_s == PHASE_S and quick.pairs == 0
    assert quick.acceptance_load_s == quick.pair_s == 5.0 and quick.max_wait_quiet_s == 0.0
    assert not parsed("--only-pairs", "--pairs", "2").floor and not parsed("--no-floor").floor


@pytest.mark.parametrize("argv, flag", [(("--blocks", "8"), "--blocks"), (("--blocks", "a,b"), "--blocks"),
                                        (("--variants", "inline,nope"), "--variants"), (("--pairs", "-1"), "--pairs"),
                                        (("--pair-s", "0"), "--pair-s"), (("--load-s", "-2"), "--load-s"),
                                        (("--quick", "--only-pairs"), "--only-pairs")])
def test_a_bad_flag_value_is_a_config_error_naming_the_flag(argv, flag):
    from rtvae.errors import ConfigError

    with pytest.raises(ConfigError, match=flag):
        parsed(*argv)


def test_any_part_that_failed_to_run_makes_the_run_fail():
    from rtvae.bench.latency.verdicts import failures

    ok = {"cases": [{"variant": "inline", "block": 128}], "floor": [{"block": 128}], "allocations": [{"variant": "inline"}],
          "interp_pairs": {"results": [{"pair": 1, "figures": {"inline": {"xruns": 0}}}]}}
    assert failures(ok) == []
    broken = [{"cases": [{"variant": "inline", "block": 128, "error": "boom"}]}, {"floor": [{"block": 128, "error": "boom"}]},
              {"allocations": [{"variant": "inline", "error": "boom"}]}, {"interp_pairs": {"error": "boom"}},
              {"interp_pairs": {"results": [{"pair": 1, "figures": {"inline": {"error": "boom"}}}]}}]
    for part in broken:
        [line] = failures({**ok, **part})
        assert line.endswith("boom")


def test_the_benchmark_does_not_import_the_command_line():
    code = "import sys, rtvae.bench.latency.run; print([m for m in sys.modules if m.startswith('rtvae.commands')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"
