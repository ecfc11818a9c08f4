"""The real-time path must not drag in the slow world (STYLE: what we take, rule 1)."""

import subprocess
import sys

RUNTIME_MODULES = ["rtvae.engine.overlap_add", "rtvae.model.directory", "rtvae.model.sessions", "rtvae.drivers.offline"]
FORBIDDEN = ["torch", "pythonosc", "matplotlib", "tqdm"]


def test_runtime_path_imports_no_torch_osc_or_plots():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in RUNTIME_MODULES)
        + f"print([m for m in {FORBIDDEN!r} if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_cli_help_imports_no_torch():
    code = "import sys; from rtvae.cli import build_parser; build_parser(); print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
