"""Record what reaches a JACK server, with the JACK frame time of every captured sample.

:class:`JackCapture` is a JACK client (``JACK-Client`` package, a dev/test dependency imported
only when a capture opens) whose input ports are connected to the ports under test, e.g.
PortAudio's ``PortAudio:out_0``. JACK runs it after the clients that feed it, in the same
cycle, so a sample written by PortAudio in cycle k is captured in cycle k with that cycle's
frame time: captured audio, :meth:`JackCapture.now_frame` timestamps taken in other threads
("OSC sent now") and xruns all share one clock, in frames at the server's sample rate.

Closing a JACK client whose process callback is Python needs care: JACK2's
``jack_deactivate`` cancels the process thread (``pthread_cancel``), and a thread cancelled
while it runs Python or waits for the GIL leaves the GIL taken: the process hangs (seen under
load). :class:`SafeJackClient` makes the callback end its own thread first.

Frame times are JACK's 32-bit counters: they wrap after 2**32 frames (about 24.8 h at
48 kHz), which a private server started for a test or benchmark never reaches.
"""

from __future__ import annotations

import errno
import os
import secrets
import time

import numpy as np

from rtvae.errors import RtvaeError


class SafeJackClient:
    """A ``jack.Client`` with a Python process callback that closes without hanging.

    Subclasses implement ``_setup(client)`` (register ports and extra callbacks; called
    before activation) and ``_cycle(frames)`` (the process callback's work). On close, the
    process callback is asked to raise ``jack.CallbackExit``: JACK2 then ends the process
    thread itself and marks the client inactive, so deactivation cancels no thread and
    notification callbacks (only delivered to active clients) stop before the close.
    """

    def __init__(self, name: str, server: str | None = None):
        self.name = name
        self.server = server
        self.client = None
        self._exit_requested = False
        self._exited = False

    def open(self):
        """Connect to the server, let the subclass set up, and activate."""
        self._jack = _import_jack()
        self.client = self._open_client()
        self._setup(self.client)
        self.client.set_process_callback(self._process)
        self.client.activate()
        return self

    def close(self, exit_timeout_s: float = 1.0) -> None:
        """End the process thread, then deactivate and close the client."""
        if self.client is None:
            return
        self._exit_requested = True
        deadline = time.monotonic() + exit_timeout_s
        while not self._exited and time.monotonic() < deadline:  # no cycles: the server is gone
            time.sleep(0.002)
        time.sleep(0.02)  # JACK2 marks the client inactive just after the callback returns
        self.client.deactivate()
        self.client.close()
        self.client = None

    def __enter__(self):
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    def _process(self, frames: int) -> None:
        if self._exit_requested:
            self._exited = True
            raise self._jack.CallbackExit
        self._cycle(frames)

    def _open_client(self):
        try:
            return self._jack.Client(self.name, servername=self.server, no_start_server=True)
        except self._jack.JackOpenError as error:
            where = f"'{self.server}'" if self.server else "named by JACK_DEFAULT_SERVER (or the default)"
            raise RtvaeError(f"could not open a JACK client on the server {where}: {error}") from None

    def _setup(self, client) -> None:
        raise NotImplementedError

    def _cycle(self, frames: int) -> None:
        raise NotImplementedError


def _import_jack():
    """The ``jack`` module of JACK-Client, a dev/test dependency: imported on first use."""
    try:
        import jack
    except ImportError:
        raise RtvaeError("a JACK capture needs the JACK-Client package: pip install JACK-Client") from None
    return jack


class JackCapture(SafeJackClient):
    """A JACK client recording ``channels`` input ports into preallocated float32 arrays.

    Usage::

        with JackCapture(channels=2, capacity_s=5) as capture:
            capture.connect_from("PortAudio.*:out_")
            capture.start()
            capture.wait_for(1.0)            # one second of audio captured
            audio = capture.samples()        # (frames, channels)

    The server is ``server`` or else ``JACK_DEFAULT_SERVER``; a JACK server is never
    started by this client. Recording stops by itself when ``capacity_s`` is full
    (``overflowed`` turns True); nothing is ever overwritten, so sample indices stay absolute.
    The process callback only copies into the preallocated arrays: the only allocation in it
    is what JACK-Client and the Python interpreter do for every call.

    Two measures of trouble, which differ: ``xruns`` counts JACK's xrun notifications, which
    the server sends to every client, once per late client and late cycle (one stalled
    callback upstream of this one usually gives two: that client and this one), also for
    xruns that lost none of the captured audio. :meth:`gaps` lists the JACK cycles this
    client never saw, from jumps in the frame time: the audio that was really lost here.
    ``late_cycles`` counts cycles that ran so late that JACK had already moved on and gave
    them the next cycle's frame time; :meth:`cycles` corrects those.
    """

    def __init__(self, channels: int = 2, capacity_s: float = 10.0, server: str | None = None,
                 name: str | None = None):
        # Unique by default: JACK2 clients of one name collide while opening, across servers.
        super().__init__(name or f"rtvae-capture-{os.getpid()}-{secrets.token_hex(2)}", server)
        self.channels = int(channels)
        self.capacity_s = float(capacity_s)
        self.xruns = 0
        self.xrun_frames: list[int] = []
        self.overflowed = False
        self.shutdown_reason: str | None = None
        self._recording = False
        self._ticks = 0  # process cycles run, recording or not
        self._graph_orders = 0

    # --- life cycle -------------------------------------------------------------------------

    def _setup(self, client) -> None:
        """Allocate the buffers for the server's rate and register the ports and callbacks."""
        self.sample_rate = client.samplerate
        self.period = client.blocksize
        self._allocate(int(round(self.capacity_s * self.sample_rate)))
        self._ports = [client.inports.register(f"in_{i + 1}") for i in range(self.channels)]
        client.set_xrun_callback(self._on_xrun)
        client.set_shutdown_callback(self._on_shutdown)
        client.set_graph_order_callback(self._on_graph_order)

    def close(self, exit_timeout_s: float = 1.0) -> None:
        """Stop recording and close the client; captured data stays readable."""
        self._recording = False
        super().close(exit_timeout_s)

    def start(self) -> None:
        """Record from the next JACK cycle on (appends after what is already captured)."""
        self._recording = True

    def stop(self) -> None:
        """Stop recording after the current JACK cycle."""
        self._recording = False

    def _allocate(self, capacity: int) -> None:
        """Buffers for ``capacity`` frames and one (start index, frame time) row per cycle."""
        self._data = np.zeros((self.channels, capacity), np.float32)
        max_cycles = capacity // max(1, self.period) + 2
        self._cycle_start = np.zeros(max_cycles, np.int64)
        self._cycle_frame = np.zeros(max_cycles, np.int64)
        self._cycle_wall = np.zeros(max_cycles, np.int64)  # time.monotonic_ns() as the cycle ran here
        self._n = 0
        self._cycles = 0

    # --- JACK callbacks (process: real-time thread; the others: JACK's notification thread) ---

    def _cycle(self, frames: int) -> None:
        self._ticks += 1
        if not self._recording:
            return
        n, k = self._n, self._cycles
        if n + frames > self._data.shape[1] or k >= len(self._cycle_frame):
            self.overflowed = True
            self._recording = False
            return
        self._cycle_wall[k] = time.monotonic_ns()
        self._cycle_start[k] = n
        self._cycle_frame[k] = self.client.last_frame_time
        for channel in range(self.channels):
            self._data[channel, n:n + frames] = self._ports[channel].get_array()
        # Published last: a reader never sees a cycle whose samples are not written yet.
        self._cycles = k + 1
        self._n = n + frames

    def _on_xrun(self, delayed_usecs: float) -> None:
        self.xruns += 1
        self.xrun_frames.append(self.client.frame_time)

    def _on_graph_order(self) -> None:
        self._graph_orders += 1

    def _on_shutdown(self, status, reason: str) -> None:
        self.shutdown_reason = reason or "the JACK server shut down"
        self._recording = False

    # --- connections and clock --------------------------------------------------------------

    @property
    def port_names(self) -> list[str]:
        """Full names of our input ports (``rtvae-capture-<pid>-<hex>:in_1`` ...)."""
        return [port.name for port in self._ports]

    def connect_from(self, sources, settle_timeout_s: float = 2.0) -> list[str]:
        """Connect output ports to our inputs in order (source i → ``in_{i+1}``).

        ``sources`` is a list of full port names, or a string: a JACK regular expression
        (POSIX extended, unanchored) matched against audio output ports, which JACK lists in
        registration order. Existing connections are kept. Returns once JACK has re-sorted
        its graph and run a cycle in the new order: before that, this client may run before
        its sources and capture their previous cycle (seen under load), which would shift
        the frame times by a period.
        """
        names = self._source_names(sources)
        if len(names) > self.channels:
            raise RtvaeError(f"{len(names)} ports to capture ({', '.join(names)}) but only {self.channels} inputs")
        orders = self._graph_orders
        made = [self._connect(name, port) for name, port in zip(names, self._ports)]
        if any(made):
            self._settle(orders, settle_timeout_s)
        return names

    def _connect(self, source: str, port) -> bool:
        """Connect one source to one input; False if they were connected already."""
        try:
            self.client.connect(source, port)
        except self._jack.JackErrorCode as error:
            if error.code != errno.EEXIST:
                raise RtvaeError(f"could not connect {source} to {port.name}: {error}") from None
            return False
        return True

    def _settle(self, orders: int, timeout_s: float) -> None:
        """Wait for a graph re-sort after ``orders`` re-sorts, then for two more cycles."""
        deadline = time.monotonic() + timeout_s
        while self._graph_orders <= orders:
            if time.monotonic() > deadline:
                raise RtvaeError(f"JACK did not re-sort its graph within {timeout_s:g} s of connecting")
            time.sleep(0.001)
        ticks = self._ticks
        while self._ticks < ticks + 2:
            if time.monotonic() > deadline:
                raise RtvaeError(f"JACK ran no cycle within {timeout_s:g} s of connecting")
            time.sleep(0.001)

    def _source_names(self, sources) -> list[str]:
        if not isinstance(sources, str):
            return list(sources)
        found = [port.name for port in self.client.get_ports(sources, is_audio=True, is_output=True)]
        if not found:
            outputs = [port.name for port in self.client.get_ports(is_audio=True, is_output=True)]
            raise RtvaeError(f"no JACK audio output port matches {sources!r}; there are: {', '.join(outputs) or 'none'}")
        return found

    def now_frame(self) -> int:
        """JACK's estimate of the current frame time (frames), callable from any thread."""
        return self.client.frame_time

    # --- captured data ----------------------------------------------------------------------

    @property
    def captured(self) -> int:
        """Number of frames captured so far."""
        return self._n

    def samples(self) -> np.ndarray:
        """A copy of everything captured so far, (frames, channels) float32."""
        return self._data[:, :self._n].T.copy()

    def cycles(self) -> tuple[np.ndarray, np.ndarray]:
        """Per recorded JACK cycle: the index of its first sample and its frame time (frames).

        A cycle that ran after JACK had moved on reads the next cycle's frame time (seen
        with an overloaded client at period 256: steps of 512 then 0). Its true frame time
        is then implied by the cycles after it: sample index minus frame time can only grow
        (by lost frames), so it is taken as the minimum over this and every later cycle.
        """
        starts, raw = self._raw_cycles()
        return starts, _corrected_frames(starts, raw)

    def _raw_cycles(self) -> tuple[np.ndarray, np.ndarray]:
        k = self._cycles
        return self._cycle_start[:k].copy(), self._cycle_frame[:k].copy()

    @property
    def late_cycles(self) -> int:
        """Cycles whose frame time JACK gave as the next cycle's (see :meth:`cycles`)."""
        starts, raw = self._raw_cycles()
        return int(np.count_nonzero(raw != _corrected_frames(starts, raw)))

    @property
    def first_frame(self) -> int | None:
        """JACK frame time of captured sample 0, None before the first recorded cycle."""
        _, frames = self.cycles()
        return int(frames[0]) if len(frames) else None

    def frame_of(self, index):
        """JACK frame time of captured sample ``index`` (int or int array); exact across xruns."""
        starts, frames = self.cycles()
        if len(starts) == 0:
            raise RtvaeError("nothing captured yet: no frame time to map the sample index to")
        k = np.searchsorted(starts, index, side="right") - 1
        return frames[k] + (np.asarray(index) - starts[k])

    def wall_ns_of(self, index: int) -> int:
        """When captured sample ``index`` reached this client (``time.monotonic_ns``): its cycle's
        arrival here, plus its place in the cycle at the sample rate.

        Unlike JACK frame times, never earlier than the truth: JACK's estimate of "now" in
        frames runs ahead of the frames its late cycles then carry, where this clock only
        adds this client's own lateness.
        """
        starts = self._cycle_start[:self._cycles]
        if len(starts) == 0:
            raise RtvaeError("nothing captured yet: no arrival time for the sample index")
        k = int(np.searchsorted(starts, index, side="right")) - 1
        return int(self._cycle_wall[k]) + int(round((index - int(starts[k])) * 1e9 / self.sample_rate))

    def index_of(self, frame: int) -> int:
        """Index of the first captured sample at or after JACK frame time ``frame``."""
        starts, frames = self.cycles()
        k = int(np.searchsorted(frames, frame, side="right")) - 1
        if k < 0:
            return 0
        end = int(starts[k + 1]) if k + 1 < len(starts) else self._n
        # A frame inside an xrun gap maps to the first sample after the gap.
        return min(int(starts[k]) + int(frame - frames[k]), end)

    def gaps(self) -> list[tuple[int, int]]:
        """Where cycles were skipped: (index of the first sample after the gap, frames missing).

        Skipped by the server (xruns) or by us (between stop() and start()).
        """
        starts, frames = self.cycles()
        lengths = np.diff(np.append(starts, self._n))
        missing = frames[1:] - (frames[:-1] + lengths[:-1])
        return [(int(starts[k + 1]), int(missing[k])) for k in np.flatnonzero(missing > 0)]

    def wait_for(self, seconds: float, timeout_s: float | None = None) -> None:
        """Block until at least ``seconds`` of audio have been captured in total.

        Raises after ``timeout_s`` of wall-clock time (default: twice ``seconds`` plus 2 s),
        e.g. when recording was not started or the server stalled or stopped.
        """
        target = int(round(seconds * self.sample_rate))
        deadline = time.monotonic() + (2 * seconds + 2 if timeout_s is None else timeout_s)
        while self._n < target:
            if time.monotonic() > deadline or self.shutdown_reason or self.overflowed:
                raise RtvaeError(self._wait_failure(seconds))
            time.sleep(0.005)

    def _wait_failure(self, seconds: float) -> str:
        got = self._n / self.sample_rate
        why = self.shutdown_reason or ("the capacity is full" if self.overflowed else
                                       "timed out (was start() called? is the server running?)")
        return f"waited for {seconds:g} s of captured audio but got {got:.3f} s: {why}"

    def first_change(self, threshold: float, after_frame: int, baseline_s: float = 0.05,
                     rms_frames: int = 1, channel: int | None = None) -> int | None:
        """JACK frame time of the first change of the sound after ``after_frame``; None if none.

        The steady level is measured on the ``baseline_s`` seconds captured just before
        ``after_frame``. With ``rms_frames`` 1 (the default), the level is the mean sample value
        and a change is the first sample deviating from it by more than ``threshold``: exact
        to the sample for a step from silence or a constant. With ``rms_frames`` > 1, the level
        is the RMS over the trailing ``rms_frames`` samples (median over the baseline), for
        steady sounds that are not constant; the change is then reported at the last sample of
        the first deviating span, so it lags the true onset by less than ``rms_frames``.
        ``channel`` None takes the largest deviation over all channels.
        """
        audio = self.samples() if channel is None else self.samples()[:, [channel]]
        start = self.index_of(after_frame)
        base_start = max(0, start - int(round(baseline_s * self.sample_rate)))
        if start - base_start < rms_frames:
            raise RtvaeError(f"no captured audio before frame {after_frame} to measure the steady level on")
        deviation = _deviation(audio, base_start, start, rms_frames)
        hits = np.flatnonzero(deviation[start:] > threshold)
        return int(self.frame_of(start + hits[0])) if len(hits) else None


def _corrected_frames(starts: np.ndarray, raw: np.ndarray) -> np.ndarray:
    """Frame times with late cycles' overshoot removed (see JackCapture.cycles)."""
    offsets = np.minimum.accumulate((raw - starts)[::-1])[::-1]
    return starts + offsets


def _deviation(audio: np.ndarray, base_start: int, start: int, rms_frames: int) -> np.ndarray:
    """Per sample: the largest |level - baseline level| over channels (see first_change)."""
    if rms_frames <= 1:
        level = audio.astype(np.float64)
        baseline = level[base_start:start].mean(axis=0)
    else:
        level = _trailing_rms(audio, rms_frames)
        baseline = np.median(level[base_start + rms_frames - 1:start], axis=0)
    return np.abs(level - baseline).max(axis=1)


def _trailing_rms(audio: np.ndarray, n: int) -> np.ndarray:
    """RMS over the ``n`` samples ending at each sample (zeros before the first ``n - 1``)."""
    power = np.cumsum(np.square(audio, dtype=np.float64), axis=0)
    rms = np.zeros_like(power)
    rms[n - 1] = power[n - 1]
    rms[n:] = power[n:] - power[:-n]
    return np.sqrt(np.maximum(rms, 0.0) / n)
