"""Names from the outside world (OSC messages) resolved strictly inside one folder.

A name is a plain word: letters, digits, '-', '_' and '.', not starting with a dot. It
can never climb out of its folder (no '/', no '..'), and the resolved path is checked to
lie inside the folder even through symbolic links.
"""

from __future__ import annotations

import re
from pathlib import Path

from rtvae.errors import UnsafeNameError

NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}")


def check_name(name: str) -> str:
    if not NAME.fullmatch(name) or ".." in name:
        raise UnsafeNameError(f"'{name}' is not a plain name (letters, digits, '-', '_', '.'; no paths)")
    return name


def inside(folder: str | Path, name: str, suffix: str = "") -> Path:
    """``folder/name[suffix]``, refusing any name that would resolve outside ``folder``."""
    check_name(name)
    root = Path(folder).resolve()
    candidate = (root / f"{name}{suffix if not name.endswith(suffix) else ''}").resolve()
    if candidate.parent != root and root not in candidate.parents:
        raise UnsafeNameError(f"'{name}' resolves outside {root}")
    return candidate
