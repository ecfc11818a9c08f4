"""Pd helpers for the patch tests: open a patch headless and collect its errors; a throwaway
patch that holds one of ours as an abstraction and prints what it re-sends on its named
sends, so a headless Pd run shows them on stderr."""

from __future__ import annotations

import subprocess
from pathlib import Path

LOAD_ERRORS = ("couldn't create", "connection failed", "error")


def open_headless(pd: str, patch: Path) -> tuple[int, list[str]]:
    """Open ``patch`` in a headless Pd that quits at once: its exit status and its error lines."""
    done = subprocess.run([pd, "-nogui", "-nosound", "-noprefs", "-stderr", "-open", str(patch), "-send", "pd quit"],
                          capture_output=True, text=True, timeout=20)
    return done.returncode, [line for line in done.stderr.splitlines() if any(w in line.lower() for w in LOAD_ERRORS)]


def driver_patch(folder: Path, abstraction: str, watched: list[str], print_prefix: str = "") -> Path:
    """``[abstraction]`` plus ``[r abstraction-NAME] → [print PREFIXNAME]`` for each watched name."""
    lines = ["#N canvas 0 50 450 300 12;", f"#X obj 10 10 {abstraction};"]
    for k, name in enumerate(watched):
        lines += [f"#X obj 10 {600 + 60 * k} r {abstraction}-{name};",
                  f"#X obj 10 {630 + 60 * k} print {print_prefix}{name};"]
    lines += [f"#X connect {1 + 2 * k} 0 {2 + 2 * k} 0;" for k in range(len(watched))]
    path = folder / "driver.pd"
    path.write_text("\n".join(lines) + "\n")
    return path
