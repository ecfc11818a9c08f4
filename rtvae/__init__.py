"""rtvae: a real-time bridge between a raw-audio VAE and the patching world."""

import hashlib
import os
from pathlib import Path

__version__ = "0.1.0"


def _numba_cache_dir() -> str:
    """A numba cache folder named by a hash of rtvae's own sources.

    numba invalidates a cached function when *its* file changes, not when a function it calls
    (and compiles in) does: the compiled callback would keep an engine's old table layout after
    an edit in another module. Keyed by every source file, a change anywhere starts a fresh
    cache. It lives in the user's cache folder, so the installed package is never written to.
    """
    digest = hashlib.sha1(__version__.encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.relative_to(Path(__file__).parent).as_posix().encode())
        digest.update(path.read_bytes())
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rtvae" / "numba"
    folder = base / digest.hexdigest()[:16]
    if not folder.exists() and base.is_dir():
        _forget_old(base)
    return str(folder)


def _forget_old(base: Path, days: float = 7.0) -> None:
    """Remove the caches of sources not imported for ``days`` (other versions, old edits)."""
    import shutil
    import time

    for folder in base.iterdir():
        try:
            if time.time() - folder.stat().st_mtime > days * 86400:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


# Before numba is first imported (it reads the variable once); a folder the user chose wins.
os.environ.setdefault("NUMBA_CACHE_DIR", _numba_cache_dir())
