"""Latency benchmark: the live server on a JACK dummy server, idle and under OSC load.

For every configuration (variant × block size) it starts a private JACK server with the
dummy driver at 48 kHz whose period is the block, starts the server as a **subprocess**
(``python -m rtvae serve``, or :mod:`rtvae.bench.baseline_server` for the baselines) so
that its audio thread shares no GIL with this process, waits for ``/rtvae/ping``, and
connects a :class:`~rtvae.bench.capture.JackCapture` to the server's first output port.
Then, in one server run:

1. **settle** (1 s): the capture's connection re-sorts JACK's graph, which may cost an xrun
   that belongs to neither phase.
2. **idle** (``--idle-s``): no control traffic.
3. **load** (``--load-s``; ``--acceptance-load-s`` for block 128, inline and ahead): a sender
   *process* sends 1000 OSC messages per second paced by a monotonic clock
   (``/rtvae/z/set`` with 1–4 pairs, one ``/rtvae/z`` with the whole latent in 50) while
   this process probes the control-to-sound latency.
4. SIGINT, and the server writes its stats file.

Idle and load are split by **snapshotting** ``/rtvae/status`` at each phase boundary:
xruns (PortAudio's output-underflow flag, which on JACK is raised for any late client in
the graph, this benchmark's capture included), late blocks (``ahead``: the worker missed),
controls applied and dropped are differences of its counters. Each phase also records
whom jackd blamed (its log names the client still running at a missed deadline, or its
own timer waking late), and the CPU used by our processes and by everything else: on a
shared machine other people's work is the first source of xruns, so each configuration
first waits (up to ``--max-wait-quiet-s``) for a quiet second, and noisy phases are marked.

Callback durations come from the raw durations in the stats file: each duration is one
JACK cycle, so a phase's callbacks are found by counting cycles back from the SIGINT's
JACK frame time (minus the frames of cycles JACK skipped, seen as gaps by the capture),
with 0.1 s trimmed at each phase edge to absorb the few cycles between the SIGINT and the
server's reading of its telemetry.

**Control-to-sound latency** (load phase, several probes per second): ``/rtvae/mute 1``;
wait until the captured output is exactly zero (the engine's gain reaches 0 and the
resampler's history empties); wait a random 0–5 ms so sends fall at every phase of the
JACK cycle; note the monotonic clock and send ``/rtvae/mute 0``; the latency is the time at
which the first non-zero sample captured after it reached the capture client (its cycle's
arrival there, plus its place in the cycle at 48 kHz), minus the noted time.
The engine applies gain and mute on the same hop boundary as a latent change, so this is
also the latency of ``/rtvae/z``: OSC receive and queueing behind the load, the wait for
the next callback (up to one block), the hop quantisation (up to one hop at the model
rate), the ``ahead`` ring (ahead hops), and the resampler's half filter. It does not
include a device's own output buffer (``device_latency_ms`` in the stats; the server
reports it). It includes the capture's own lateness, so it errs long, never short.
JACK's frame clock (the first version of this benchmark) erred short: when jackd's cycles
run late its estimate of "now" runs ahead of the frames those cycles then carry, and on a
busy machine up to a fifth of the probes read negative; its median is kept in the JSON
(``jack_clock_ms``) beside the count of negative readings. Probes with an xrun within them
are counted and left out. Jitter is reported as the standard deviation and as p99 − p1.

**Allocation check** (in this process, no device): an :class:`~rtvae.drivers.stream.AudioOutput`
around a warmed player (its engine from :func:`rtvae.engine.factory.build_engine`) with a
fake 2-output 48 kHz device, its ``_callback`` called with a preallocated ``outdata``: 100
warm-up calls, then 2000 under :mod:`tracemalloc`, which sees the Python heap and numpy's
buffers (not ONNX Runtime's or torch's own allocators). For ``ahead`` the worker runs and
each call waits until the ring is full (the callback then copies, its steady state); the
worker's allocations are counted too.

**What an interpolation adds** (``--pairs``, 24 by default): one run of each variant cannot
tell a few xruns' difference from the machine's noise, so after the main table a server at
block 128 alternates segments (``--pair-s``, 8 s) of ``inline`` and ``inline+interp`` under
their loads, the order flipping every pair (8 pairs per server run). "Adds no xruns" is read
as "no increase that an exact one-sided sign test over the pairs detects at 5 %", with the
medians, the median difference and the totals beside it (:mod:`rtvae.bench.pairs`). A rule
like "median difference ≤ 0" would fail about half the time when nothing differs.
``--only-pairs`` runs just these.

Variants: ``inline`` and ``ahead`` (the real server), ``inline+interp`` (inline with a looping
meso interpolation playing, and a performer's interpolation controls as its load), ``torch-inline`` (torch eager decoding
in the callback) and ``nn~-2048`` (nn~-style double buffering: a worker renders 2048 samples
one buffer ahead), measured in the same run so the ratios show.

``--load curves`` adds ``--curve-rate`` (100) ``/rtvae/interp/curve`` packets of
``--curve-floats`` (4000) floats a second to the main table's latent load: a ``[multislider]``
or an array dump streaming from a patch.

**The callback under load, beside the floor** (``--callback-load``, :mod:`~.callback_load`):
instead of all the above, per block (64, 128, 256 unless ``--blocks``) one inline server
run on a JACK server while ``jack_simple_client`` runs on a second JACK server beside it,
idle, under the latent load, and under the latent load plus the curves; each phase reports
the server's xruns, the cycles each jackd blamed on the server and on the floor client in
the same seconds, their ratio, and callback percentiles. ``--label before|after`` names the
run; it writes ``callback_LABEL.json`` and ``.md`` beside ``--out``, the after run with the
before run's figures beside its own (:mod:`~.callback_report`).

JACK runs non-real-time by default, like the test harness; ``--jack-realtime`` runs jackd and
its clients' process threads SCHED_FIFO where the user may.

Outputs: JSON (``--out``), a Markdown table with the acceptance figures as PASS/FAIL lines
(``.md``) and callback-time distributions against the budget (``.png``) beside it.
Run with ``rtvae bench`` or ``python benchmarks/latency.py``.

Modules, one job each: :mod:`~.settings` (constants and the one table of flags),
:mod:`~.processes` (the server under test and the load sender), :mod:`~.load` (the load's
messages and pacing), :mod:`~.rig` (JACK, server, capture), :mod:`~.phases` (callback
durations per phase), :mod:`~.probes` (control-to-sound), :mod:`~.case` (one configuration),
:mod:`~.floor` (the C client), :mod:`~.cpu` (the /proc meter), :mod:`~.jacklog` (jackd's
blame), :mod:`~.allocations`, :mod:`~.pair_runs` (statistics in :mod:`rtvae.bench.pairs`),
:mod:`~.verdicts`, :mod:`~.report`, :mod:`~.callback_load` and :mod:`~.callback_report` (the
callback-under-load table) and :mod:`~.run` (the order of it all).
"""
