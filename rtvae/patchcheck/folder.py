"""Every Pd and Max patch under a folder, checked for one model: the job of ``rtvae check --patches``."""

from __future__ import annotations

from pathlib import Path

from rtvae.errors import ConfigError
from rtvae.patchcheck.maxcheck import check_max_patch
from rtvae.patchcheck.pdcheck import check_pd_patch

PD_SUFFIXES = (".pd",)
MAX_SUFFIXES = (".maxpat", ".maxhelp")


def default_patches_dir() -> Path:
    """The ``patches/`` folder beside the package: the repository's top-level one in a checkout."""
    return Path(__file__).resolve().parents[2] / "patches"


def patch_files(path: str | Path) -> list[Path]:
    """The ``.pd``, ``.maxpat`` and ``.maxhelp`` files under ``path`` (or ``path`` itself), sorted.

    ConfigError names the path when it does not exist or holds no patch."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"no patches at {path}: give the folder of the Pd and Max patches "
                          "(the 'patches' folder of an rtvae checkout)")
    if path.is_file():
        files = [path] if _is_patch(path) else []
    else:
        files = sorted(p for p in path.rglob("*") if p.is_file() and _is_patch(p))
    if not files:
        raise ConfigError(f"no Pd or Max patch (.pd, .maxpat, .maxhelp) at {path}")
    return files


def check_patch(path: str | Path, latent_size: int) -> list[str]:
    """Problems of one Pd or Max patch for a model of ``latent_size`` (empty: it holds together)."""
    path = Path(path)
    if path.suffix in PD_SUFFIXES:
        return check_pd_patch(path, latent_size)
    return check_max_patch(path, latent_size)


def check_folder(path: str | Path, latent_size: int) -> dict[Path, list[str]]:
    """Every patch under ``path`` (see :func:`patch_files`) and its problems, in file order."""
    return {file: check_patch(file, latent_size) for file in patch_files(path)}


def _is_patch(path: Path) -> bool:
    return path.suffix in PD_SUFFIXES + MAX_SUFFIXES
