"""What else the machine was doing: CPU time of our processes and of everyone else's (Linux ``/proc``).

On a shared machine other people's work is the first source of xruns: each configuration
first waits for a quiet second (:func:`wait_until_quiet`), and each phase records how busy
the rest was (:meth:`CpuMeter.share`).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

# Before each configuration: wait for the machine to go quiet (busy below this share of one
# core, our own bench process included).
QUIET_BUSY_PCT = 15.0


class CpuMeter:
    """CPU time of our processes and of every other one (Linux ``/proc``): was the machine quiet?

    Per-process times (utime + stime, all threads) are exact, where ``/proc/stat``'s tick
    sampling misses short bursts like JACK cycles; but a process that starts and ends
    within a phase is only seen in the machine-wide figures: ``/proc/stat``'s busy time and
    its count of processes and threads created (``forks``).
    """

    def __init__(self, pids: list[int]):
        self.pids = set(pids)
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def read(self) -> tuple[float, dict[int, int], tuple[int, int, int, int]]:
        """(monotonic time, jiffies per process id, (all, busy, forks, stolen jiffies)) now."""
        jiffies = {}
        with contextlib.suppress(OSError):
            for entry in os.scandir("/proc"):
                if entry.name.isdigit():
                    jiffies[int(entry.name)] = self._process_jiffies(int(entry.name))
        return time.monotonic(), jiffies, self._machine()

    @staticmethod
    def _machine() -> tuple[int, int, int, int]:
        try:
            lines = Path("/proc/stat").read_text().splitlines()
            fields = [int(v) for v in lines[0].split()[1:9]]
            forks = next(int(line.split()[1]) for line in lines if line.startswith("processes "))
        except (OSError, ValueError, StopIteration):
            return 0, 0, 0, 0
        # Steal: time the hypervisor ran another machine on our cores (a virtual machine's
        # xruns that no process here caused).
        return sum(fields), sum(fields) - fields[3] - fields[4], forks, fields[7]

    @staticmethod
    def _process_jiffies(pid: int) -> int:
        try:
            rest = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return int(rest[11]) + int(rest[12])
        except (OSError, IndexError, ValueError):
            return 0

    def share(self, since: tuple) -> dict:
        """CPU use since ``since``, in % of one core: ours, others', the machine's, the busiest others."""
        now = self.read()
        seconds = max(now[0] - since[0], 1e-9)
        used = {pid: (j - since[1].get(pid, 0)) / self.tick / seconds * 100 for pid, j in now[1].items()}
        others = {pid: pct for pid, pct in used.items() if pid not in self.pids and pct > 0}
        busiest = sorted(others.items(), key=lambda kv: -kv[1])[:3]
        ours, machine = sum(used.get(pid, 0.0) for pid in self.pids), machine_pct(since[2], now[2])
        return {"ours_pct_of_a_core": ours, "others_pct_of_a_core": sum(others.values()),
                "machine_busy_pct_of_a_core": machine, "forks": now[2][2] - since[2][2],
                "stolen_pct_of_a_core": machine_pct(since[2], now[2], steal=True),
                # Short-lived processes are only in the machine's figure (tick-sampled: rough).
                "others_estimate_pct_of_a_core": max(sum(others.values()), machine - ours),
                "busiest_others": [{"pid": pid, "command": command_of(pid), "pct_of_a_core": pct}
                                   for pid, pct in busiest]}


def machine_pct(before: tuple[int, ...], after: tuple[int, ...], steal: bool = False) -> float:
    """Busy (or stolen) share of the machine between two ``/proc/stat`` readings, in % of one core."""
    which = 3 if steal else 1
    return 100.0 * (os.cpu_count() or 1) * (after[which] - before[which]) / max(after[0] - before[0], 1)


def wait_until_quiet(max_wait_s: float, sample_s: float = 1.0) -> dict:
    """Wait (up to ``max_wait_s``) for a second in which the machine is nearly idle.

    On a shared machine other people's work is the main source of xruns; a configuration
    is started when it has gone quiet, and each phase says how busy the rest was anyway.
    """
    start, busy = time.monotonic(), None
    while True:
        before = CpuMeter._machine()
        time.sleep(sample_s)
        busy = machine_pct(before, CpuMeter._machine())
        waited = time.monotonic() - start
        if busy <= QUIET_BUSY_PCT or waited >= max_wait_s:
            return {"waited_s": round(waited, 1), "busy_pct_of_a_core": busy, "quiet": busy <= QUIET_BUSY_PCT}


def command_of(pid: int) -> str:
    """A process's command line (shortened), or ``[its name]`` for a kernel thread."""
    with contextlib.suppress(OSError):
        line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        return line[:120] or f"[{Path(f'/proc/{pid}/comm').read_text().strip()}]"
    return "?"
