"""A benchmark's JSON and table: strict JSON, the table beside it."""

import json

import numpy as np

from rtvae.bench.report import finite_json, write_report


def test_finite_json_nulls_what_strict_readers_reject():
    value = {"a": [float("nan"), np.float64(1.5), (float("inf"), 2)], "b": np.int64(3), "c": "x"}
    assert finite_json(value) == {"a": [None, 1.5, [None, 2]], "b": 3, "c": "x"}


def test_write_report_writes_json_and_table(tmp_path, capsys):
    out = tmp_path / "deep" / "thing.json"
    text = write_report(out, {"figure": float("nan"), "n": np.int32(4)}, "| a |\n")
    assert json.loads(out.read_text(), parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c))) == \
        {"figure": None, "n": 4}
    assert out.with_suffix(".md").read_text() == text == "| a |\n"
    assert "| a |" in capsys.readouterr().out
    write_report(out, {}, "quiet\n", echo=False)
    assert capsys.readouterr().out == ""
