"""``rtvae`` with a live input whose device a test can take away and give back, by signal.

    python tests/unplug_input.py serve --input system ...   # then SIGUSR1: away, SIGUSR2: back

JACK cannot lose an input without its output (both are one client of one server), so this
stands in for an interface unplugged beside the one that plays: on SIGUSR1 the duplex stream
ends under the server (PortAudio's stream aborted, as a host ends a stream whose device went)
and the device lists stop showing an input matching the query; on SIGUSR2 they show it again.
Everything else is the real server on the real JACK server: what it does about it, the streams
it opens, the replies it sends.
"""

from __future__ import annotations

import signal
import sys
import threading

from rtvae.drivers import stream
from rtvae.session import Session

away = threading.Event()
sessions: list[Session] = []
listed = stream.device_available
started = Session.start


def device_available(query: str, client_name: str = "rtvae-probe", kind: str = "output") -> bool:
    return not (kind == "input" and away.is_set()) and listed(query, client_name, kind)


def start(self: Session) -> Session:
    sessions.append(self)
    return started(self)


def unplug(signum, frame) -> None:
    away.set()
    sessions[-1].output.stream.abort()


def plug_in(signum, frame) -> None:
    away.clear()


if __name__ == "__main__":
    stream.device_available = device_available
    Session.start = start
    signal.signal(signal.SIGUSR1, unplug)
    signal.signal(signal.SIGUSR2, plug_in)
    from rtvae.cli import main

    sys.exit(main(sys.argv[1:]))
