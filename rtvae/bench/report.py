"""How a benchmark leaves its results: JSON any reader can parse, beside its Markdown table."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def finite_json(value):
    """``value`` with NaN and infinity as null, and numpy scalars as Python ones: strict JSON readers reject both."""
    if isinstance(value, float):
        return value if np.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite_json(v) for v in value]
    if isinstance(value, np.generic):
        return finite_json(value.item())
    return value


def write_report(out: Path, report: dict, table: str, echo: bool = True) -> str:
    """Write ``out`` (the report as JSON) and ``out`` with ``.md`` (the table); print the table unless told not to."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(finite_json(report), indent=1))
    out.with_suffix(".md").write_text(table)
    if echo:
        print(table)
    return table
