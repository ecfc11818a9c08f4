"""What machine a benchmark ran on, for the JSON every benchmark writes."""

from __future__ import annotations

import contextlib
import datetime
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo on Linux)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("model name", "Model", "Hardware"):
                return value.strip()
    return platform.processor() or platform.machine()


def version_of(package: str) -> str | None:
    with contextlib.suppress(metadata.PackageNotFoundError):
        return metadata.version(package)
    return None


def jackd_version() -> str | None:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        done = subprocess.run(["jackd", "--version"], capture_output=True, text=True, timeout=10)
        return next((line.strip() for line in done.stdout.splitlines() if "version" in line), None)
    return None


def machine_info() -> dict:
    """Where and with what the figures were taken (no heavy import: versions from metadata)."""
    from rtvae import __version__

    packages = ("numpy", "numba", "onnxruntime", "torch", "sounddevice", "JACK-Client", "python-osc")
    return {
        "cpu": cpu_model(), "cpu_count": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(), "python": platform.python_version(), "rtvae": __version__,
        "jackd": jackd_version(), **{name: version_of(name) for name in packages},
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def machine_line(machine: dict, command: str) -> str:
    """The first line of a benchmark's Markdown table: the machine of :func:`machine_info`, when, and the command."""
    return (f"Machine: {machine['cpu']} ({machine['usable_cpus']} usable CPUs), {machine['platform']}, "
            f"{machine['date']}. Command: `{command}`.")
