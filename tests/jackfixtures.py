"""Fixtures for tests that need a sound card: a private JACK server with the dummy driver.

Import them into a test module (pytest finds fixtures in its namespace)::

    from tests.jackfixtures import jack_server, make_jack_server  # noqa: F401

``jack_server`` is a 48 kHz / 256-frame server; parametrise it indirectly for others::

    @pytest.mark.parametrize("jack_server", [(44100, 128)], indirect=True)

``make_jack_server(rate=..., period=...)`` starts as many as a test wants. Every server is
stopped and reaped when the test ends, passed or failed; jackd's log is in the test's
tmp_path. PortAudio must run in a subprocess started with ``client_env(server)``: the test
process may already have imported ``sounddevice``, bound to no JACK server or another one.

Without ``jackd`` these tests are skipped locally with the install command as the reason;
in CI (``CI`` set) they fail instead, so a broken setup is never silently green.
"""

from __future__ import annotations

import os
import shutil

import pytest

from rtvae.drivers.jack import INSTALL_HINT, PrivateJackServer

__all__ = ["client_env", "jack_server", "make_jack_server"]


def client_env(server: PrivateJackServer) -> dict[str, str]:
    """This process's environment plus what a JACK client of ``server`` needs."""
    return {**os.environ, **server.env()}


def _skip_without_jackd() -> None:
    if shutil.which("jackd") is None and not os.environ.get("CI"):
        pytest.skip(f"jackd (jackd2) is not installed; {INSTALL_HINT}")


@pytest.fixture
def make_jack_server(tmp_path):
    """Factory: ``make_jack_server(rate=48000, period=256, **kwargs)`` → a started server."""
    _skip_without_jackd()
    servers: list[PrivateJackServer] = []

    def make(rate: int = 48000, period: int = 256, **kwargs) -> PrivateJackServer:
        log_path = tmp_path / f"jackd-{len(servers)}.log"
        server = PrivateJackServer(rate, period, log_path=log_path, **kwargs)
        servers.append(server)  # before start: start() stops it itself if it fails
        return server.start()

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def jack_server(request, make_jack_server) -> PrivateJackServer:
    """A started server; ``request.param`` may be (rate, period), default (48000, 256)."""
    rate, period = getattr(request, "param", (48000, 256))
    return make_jack_server(rate, period)


@pytest.fixture(scope="module")
def jack(tmp_path_factory) -> PrivateJackServer:
    """One JACK dummy server at 48 kHz, period 128, shared by a test module's live servers."""
    _skip_without_jackd()
    server = PrivateJackServer(48000, 128, log_path=tmp_path_factory.mktemp("jack") / "jackd.log")
    server.start()
    yield server
    server.stop()
