"""The real-time path must not drag in the slow world (STYLE: what we take, rule 1)."""

import pkgutil
import subprocess
import sys

import rtvae.engine

# Every module of the engine package, and the stream that calls it from the audio thread.
RUNTIME_MODULES = sorted(
    [f"rtvae.engine.{m.name}" for m in pkgutil.iter_modules(rtvae.engine.__path__)]
    + ["rtvae.drivers.stream", "rtvae.drivers.recorder", "rtvae.model.directory", "rtvae.model.sessions"]
)
FORBIDDEN = ["torch", "pythonosc", "matplotlib", "tqdm", "sklearn", "scipy.spatial", "rtvae.osc", "rtvae.control",
             "rtvae.explore", "rtvae.train", "rtvae.bench", "rtvae.patchcheck", "sounddevice"]


def imported_after(modules: list[str]) -> list[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + f"print([m for m in {FORBIDDEN!r} if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return eval(result.stdout.strip())


def test_the_real_time_path_imports_nothing_of_the_slow_world():
    assert len(RUNTIME_MODULES) >= 12  # the whole engine package is covered, not a few modules
    assert imported_after(RUNTIME_MODULES) == []


def test_cli_help_imports_no_torch():
    code = "import sys; from rtvae.cli import build_parser; build_parser(); print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
