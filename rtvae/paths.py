"""Where the user's files live, and names from the outside world resolved inside one folder.

User artefacts (named corpora, later their maps) go in the user's data folder, caches in
the user's cache folder; nothing is ever written into the installed package. Neither
folder is created here: whoever writes the first file creates it.

A name is a plain word: letters, digits, '-', '_' and '.', not starting with a dot. It
can never climb out of its folder (no '/', no '..'), and the resolved path is checked to
lie inside the folder even through symbolic links.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from rtvae.errors import UnsafeNameError

NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}")


def _user_folder(override: str, xdg: str, fallback: str) -> Path:
    """``$override``, else ``$xdg/rtvae``, else ``~/fallback/rtvae`` (empty variables count as unset)."""
    if os.environ.get(override):
        return Path(os.environ[override]).expanduser()
    if os.environ.get(xdg):
        return Path(os.environ[xdg]).expanduser() / "rtvae"
    return Path.home() / fallback / "rtvae"


def data_dir() -> Path:
    """The user's rtvae data folder: $RTVAE_DATA, else $XDG_DATA_HOME/rtvae, else ~/.local/share/rtvae."""
    return _user_folder("RTVAE_DATA", "XDG_DATA_HOME", ".local/share")


def corpora_dir(value: str = "") -> Path:
    """The folder of named corpora: ``value`` (the ``user.corpora_dir`` config key) if set,
    else ``$RTVAE_DATA/corpora``, else ``$XDG_DATA_HOME/rtvae/corpora``, else
    ``~/.local/share/rtvae/corpora``."""
    return Path(value).expanduser() if value else data_dir() / "corpora"


def cache_dir() -> Path:
    """Rebuildable files: $RTVAE_CACHE, else $XDG_CACHE_HOME/rtvae, else ~/.cache/rtvae."""
    return _user_folder("RTVAE_CACHE", "XDG_CACHE_HOME", ".cache")


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
