"""jackd's log, parsed for whom JACK blamed for each xrun."""

from __future__ import annotations

import contextlib
from pathlib import Path


class JackLog:
    """jackd's log, read while it runs: whom JACK blamed for each xrun.

    jackd reports xruns on stderr (unbuffered, so the file is current): "client = X was not
    finished" names a client still running at the cycle's deadline; "JackTimedDriver::Process
    XRun = N usec" is a cycle whose timer itself woke N µs late, a scheduling delay of jackd.
    A phase's share is the text written between its edges' :meth:`offset`.
    """

    def __init__(self, path: Path, roles: dict[str, str]):
        self.path, self.roles = path, roles

    def offset(self) -> int:
        with contextlib.suppress(OSError):
            return self.path.stat().st_size
        return 0

    def blame(self, start: int = 0, end: int | None = None) -> dict:
        """Late clients by role ("server", "capture" or their name) and late driver cycles."""
        try:
            with open(self.path, "rb") as log:
                log.seek(start)
                text = log.read(None if end is None else max(end - start, 0)).decode(errors="replace")
        except OSError:
            return {}
        late: dict[str, int] = {}
        driver = []
        for line in text.splitlines():
            if "was not finished" in line and "client = " in line:
                name = line.split("client = ", 1)[1].split(" was not finished", 1)[0]
                role = self.roles.get(name, name)
                late[role] = late.get(role, 0) + 1
            elif "JackTimedDriver::Process XRun = " in line:
                with contextlib.suppress(ValueError):
                    driver.append(float(line.rsplit("=", 1)[1].split()[0]))
        return {"late_clients": late, "late_driver_cycles": len(driver),
                "late_driver_worst_ms": max(driver) / 1e3 if driver else 0.0}
