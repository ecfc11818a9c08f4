"""The live part of the descriptor benchmark: ``rtvae serve`` on a private JACK dummy server,
driven over OSC, its output captured back from JACK and measured here.

``benchmarks/descriptors.py`` runs it after the offline part (``--no-live`` skips it); run
alone, ``python benchmarks/descriptors_live.py`` prints its figures as JSON. What it does,
on the server's own default (procedural) corpus, with the project's pieces only
(:class:`~rtvae.drivers.jack.PrivateJackServer`, ``tests/liveserver.py``'s
``start_server``, :class:`~rtvae.osc.client.OscClient`, :class:`~rtvae.bench.capture.JackCapture`):

* **One live curve, two ways.** A ``centroid_hz`` ramp up over the atlas's robust range
  (p1..p99), ``duration_s`` long, sent with ``/rtvae/descriptor/curve``, ``/duration`` and
  ``/play``, first with the server's default continuity (ours: the curve planned whole by
  the Viterbi), then with ``/rtvae/descriptor/continuity 0`` (the per-frame nearest
  neighbour, the baseline). Before each, a value target at the top of the range is held
  for ``settle_s``, so that the curve starts with a step: the lag is the one that
  maximises the Pearson correlation of [the settled value for PRE_HOPS hops, then the
  target] with the centroid measured on the capture, searched at a quarter-hop resolution
  from the ``/play`` message on (it counts the server's planning of the path and the
  output latency). The capture (48 kHz) is resampled to the model's 44.1 kHz and
  measured per hop as offline (:func:`rtvae.explore.targets.measured_per_hop`); the
  figures are the offline rows' (r, rho, median and p95 error, window-rate energy, flux),
  over the curve's hops after the first SKIP_HOPS.
* **Response time.** A value target alternately dark (10 % into the robust range) and
  bright (90 %), ``repetitions`` switches after a first settle, ``settle_s`` each. Per
  switch, the centroid of the 1024-sample windows starting at the moment the message was
  sent (every 256 samples, as tests/test_descriptor_live.py counts) gives two figures:
  the first window that *moves toward* the target (beyond the extreme of the 40 settled
  windows before the switch, in the target's direction) and the first past *halfway*
  from the settled value before to the one after. In hops and milliseconds (hops × 256 /
  44.1 kHz, the window's start), median over the switches.
* **What the server reports.** Every ``/rtvae/out/descriptors`` message received is
  stamped with the capture's length when it arrived; its centroid is compared with the
  centroid of the last 1024 captured samples (at 44.1 kHz) before that: the median ratio
  streamed ÷ measured.

Every wait has a timeout, the whole part is bounded by ``budget_s``, and the server, the
capture and jackd are stopped in ``finally``.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests/ holds the live-server helpers (as benchmarks/robustness.py uses them)

NAME = "centroid_hz"
JACK_RATE = 48000
# JACK period: at 128 frames this 2-core machine skips about 3 JACK cycles a second while the
# server replans a value target (the capture is cut there), at 256 about 0.4 (measured).
JACK_PERIOD = 256
MODEL_RATE, WINDOW, HOP = 44100, 1024, 256
PRE_HOPS = 40            # settled hops before the curve, in the alignment
SKIP_HOPS = 3            # as offline: the first hops lie under the previous sound's windows
SUB_HOP = 4              # lag resolution: a quarter hop (64 samples, 1.45 ms)
MAX_LAG_S = 2.5          # the curve must start within this of /play (planning + output latency)
TAIL_S = 3.0             # captured after the curve's nominal end
SETTLED_HOPS = 40        # windows the settled values are the median of
CONTINUITY = 0.2         # the server's default (rtvae.explore.targets.CONTINUITY), restored after the baseline


class Timeline:
    """The capture laid out on JACK's clock at 44.1 kHz: cycles JACK skipped (xruns) are zeros,
    marked invalid, so that times stay true and no measured window straddles a cut.

    ``index(i)`` maps a capture index (48 kHz, as ``JackCapture.captured`` counts) to this
    timeline's sample index; ``valid`` is False within GUARD samples of a skipped cycle.
    """

    GUARD = 32  # 48 kHz samples either side of a cut: the resampler's filter reaches about 10 input samples

    def __init__(self, capture):
        from scipy.signal import resample_poly

        audio = capture.samples()[:, 0].astype(np.float64)
        starts, frames = capture.cycles()
        # The capture runs on: cycles recorded after the samples were copied have none here.
        kept = starts < len(audio)
        starts, frames = starts[kept], frames[kept]
        lengths = np.diff(np.append(starts, len(audio)))
        self._starts, self._offsets = starts, frames - frames[0] - starts  # grows by the frames skipped
        where = np.arange(len(audio)) + np.repeat(self._offsets, lengths)
        true = np.zeros(int(where[-1]) + 1 if len(where) else 0)
        valid = np.zeros(len(true), bool)
        true[where], valid[where] = audio, True
        cut = np.flatnonzero(~valid)
        if len(cut):
            spread = np.convolve((~valid).astype(np.float64), np.ones(2 * self.GUARD + 1), mode="same") > 0
            valid &= ~spread
        self.gap_frames = int(len(cut))
        self.audio = resample_poly(true, 147, 160).astype(np.float32)
        self.valid = valid[(np.arange(len(self.audio)) * 160) // 147]

    def index(self, capture_index: int) -> int:
        k = max(int(np.searchsorted(self._starts, capture_index, side="right")) - 1, 0)
        return int((capture_index + int(self._offsets[k])) * 147 // 160)

    def centroids(self, start: int, stop: int, offset: int = 0) -> np.ndarray:
        """Centroid of the windows starting at ``start + offset + k * HOP`` within [start, stop) (NaN on a cut)."""
        from rtvae.explore.descriptors import DESCRIPTORS
        from rtvae.explore.targets import measured_per_hop

        lo, hi = max(start + offset, 0), min(stop, len(self.audio))
        values = measured_per_hop(self.audio[lo:hi], WINDOW, HOP, MODEL_RATE)[:, DESCRIPTORS.index(NAME)]
        values = values.astype(np.float64)
        if len(values):
            bad = np.cumsum(np.concatenate([[0], ~self.valid[lo:hi]]))
            spans = np.arange(len(values)) * HOP
            values[bad[spans + WINDOW] - bad[spans] > 0] = np.nan
        return values


class Session:
    """The OSC peer and the capture, with every wait pumping the peer's socket: each
    ``/rtvae/out/descriptors`` and ``/rtvae/error`` is kept with the capture's length on arrival."""

    def __init__(self, peer, capture, deadline: float):
        self.peer, self.capture, self.deadline = peer, capture, deadline
        self.streamed: list[tuple[int, list]] = []
        self.errors: list[str] = []
        self.events: list[tuple[str, float]] = []  # (address, captured seconds once sent)

    def send(self, address: str, *args) -> int:
        """Send; the captured length (48 kHz samples) once sent."""
        self.peer.send_message(address, *args)
        self.events.append((address.rsplit("/", 1)[-1], self.capture.captured / JACK_RATE))
        return self.capture.captured

    def pump(self, seconds: float) -> None:
        """Wait ``seconds`` of captured audio (wall-clock timeout: twice that plus 2 s), reading replies."""
        target = self.capture.captured + int(seconds * JACK_RATE)
        timeout = time.monotonic() + 2 * seconds + 2
        while self.capture.captured < target:
            now = time.monotonic()
            if now > timeout or now > self.deadline:
                raise TimeoutError(f"the live part waited {seconds:g} s of captured audio in vain "
                                   f"(captured {self.capture.captured / JACK_RATE:.1f} s; xruns {self.capture.xruns}; "
                                   f"{'past its budget' if now > self.deadline else 'the server or JACK stalled'})")
            if self.capture.shutdown_reason or self.capture.overflowed:
                raise RuntimeError(f"the capture stopped: {self.capture.shutdown_reason or 'its capacity is full'}")
            got = self.peer.listen(("/rtvae/out/descriptors", "/rtvae/error"), 0.02)
            if got is None:
                continue
            if got[0] == "/rtvae/error":
                self.errors.append(" ".join(map(str, got[1:])))
            else:
                self.streamed.append((self.capture.captured, got[1:]))


def ranges_of(peer, timeout_s: float = 3.0) -> dict:
    peer.drain()
    peer.send_message("/rtvae/descriptor/range")
    got = {a[0]: a for address, a in peer.replies(timeout_s) if address == "/rtvae/descriptor/range"}
    if NAME not in got:
        raise RuntimeError(f"no /rtvae/descriptor/range reply for {NAME} within {timeout_s:g} s (got {sorted(got)})")
    return {name: dict(zip(("name", "unit", "low", "high", "robust_low", "robust_high"), a)) for name, a in got.items()}


def ramp(r: dict, n_hops: int) -> np.ndarray:
    """The offline benchmark's ``ramp up`` over the robust range, one value per hop."""
    from rtvae.explore.atlas import from_space, to_space

    low, high = (float(to_space(NAME, r[k])) for k in ("robust_low", "robust_high"))
    return from_space(NAME, low + (high - low) * np.linspace(0.0, 1.0, n_hops))


def play_curve(session: Session, r: dict, duration_s: float, settle_s: float, continuity: float | None) -> dict:
    """Hold the top of the range, then play the ramp; what was captured and when /play left."""
    if continuity is not None:
        session.send("/rtvae/descriptor/continuity", float(continuity))
    session.send("/rtvae/descriptor/target", NAME, float(r["robust_high"]))
    session.pump(settle_s)
    n_hops = max(2, int(round(duration_s * MODEL_RATE / HOP)))  # as the server counts them
    target = ramp(r, n_hops)
    session.send("/rtvae/descriptor/curve", NAME, *map(float, target))
    session.send("/rtvae/descriptor/duration", float(duration_s))
    played_at = session.send("/rtvae/descriptor/play")
    session.pump(duration_s + TAIL_S)
    if continuity is not None:
        session.send("/rtvae/descriptor/continuity", CONTINUITY)
    return {"target": target, "played_at": played_at}


def align(line: Timeline, played: int, target: np.ndarray, settled: float) -> tuple[int, float]:
    """(timeline sample of the curve's hop 0, the correlation there): the lag at which
    [settled × PRE_HOPS, target] correlates best with the measured centroid (hops on a cut left out)."""
    n = len(target)
    expected = np.concatenate([np.full(PRE_HOPS, settled), target])
    best = (played, -np.inf)
    max_lag = int(MAX_LAG_S * MODEL_RATE / HOP)
    origin = played - PRE_HOPS * HOP
    for k in range(SUB_HOP):
        offset = k * HOP // SUB_HOP
        measured = line.centroids(origin, origin + (PRE_HOPS + n + max_lag + 2) * HOP + WINDOW, offset)
        for j in range(max_lag + 1):
            window = measured[j:j + PRE_HOPS + n]
            if len(window) < PRE_HOPS + n:
                break
            ok = np.isfinite(window)
            if ok.sum() < 0.9 * len(window) or window[ok].std() == 0:
                continue
            r = float(np.corrcoef(expected[ok], window[ok])[0, 1])
            if r > best[1]:
                best = (origin + offset + (j + PRE_HOPS) * HOP, r)
    return best


def curve_figures(line: Timeline, played_at: int, target: np.ndarray) -> dict:
    """The offline rows' figures for one live curve, aligned by the lag of best correlation."""
    from descriptors import errors, spectral_flux_db

    from rtvae.explore.quality import window_rate_energy_db

    played = line.index(played_at)
    before = line.centroids(played - (SETTLED_HOPS + 3) * HOP - WINDOW, played)
    settled = float(np.nanmedian(before[-SETTLED_HOPS:]))
    start, correlation = align(line, played, target, settled)
    n = len(target)
    measured = line.centroids(start, start + (n - 1) * HOP + WINDOW)
    ok = np.isfinite(measured)
    ok[:SKIP_HOPS] = False
    span = slice(start + SKIP_HOPS * HOP, start + n * HOP)
    segment = line.audio[span]
    lag_ms = 1000.0 * (start - played) / MODEL_RATE
    return {**errors(NAME, measured[ok], target[ok]), "window_rate_db": window_rate_energy_db(segment, WINDOW),
            "flux_db": spectral_flux_db(segment, WINDOW, HOP), "lag_ms": lag_ms,
            "lag_at_search_limit": lag_ms > 1000.0 * MAX_LAG_S - 2.0, "alignment_r": correlation,
            "settled_before_hz": settled, "n_hops": n, "hops_measured": int(ok.sum()),
            "cut_samples_in_curve": int((~line.valid[span]).sum()),
            "trace": {"target": target[SKIP_HOPS:].tolist(),
                      "achieved": [None if not np.isfinite(v) else float(v) for v in measured[SKIP_HOPS:]]}}


def response(line: Timeline, sent: int, upward: bool, settle_s: float) -> dict:
    """Hops from a value target's sending to the first window moving toward it, and past halfway."""
    before = line.centroids(sent - (SETTLED_HOPS + 3) * HOP - WINDOW, sent)[-SETTLED_HOPS:]
    after = line.centroids(sent, sent + int(settle_s * MODEL_RATE))
    old, new = float(np.nanmedian(before)), float(np.nanmedian(after[-SETTLED_HOPS:]))
    sign = 1.0 if upward else -1.0
    edge = float(np.nanmax(before) if upward else np.nanmin(before))
    halfway = old + 0.5 * (new - old)

    def first(threshold: float) -> int | None:
        hits = np.flatnonzero(sign * (after - threshold) > 0)  # NaN (a cut) never counts as a hit
        return int(hits[0]) if len(hits) else None

    toward, past = first(edge), first(halfway)
    return {"direction": "dark→bright" if upward else "bright→dark", "settled_before_hz": old,
            "settled_after_hz": new, "moved_hops": toward, "halfway_hops": past,
            "went_the_right_way": bool(sign * (new - old) > 0),
            "cut_before_first_move": bool(toward is not None and not np.isfinite(after[:toward + 1]).all())}


def streamed_against_capture(line: Timeline, streamed: list[tuple[int, list]]) -> dict:
    """Each /rtvae/out/descriptors centroid ÷ the centroid of the last captured window before it arrived."""
    from rtvae.osc.namespace import DESCRIPTOR_NAMES

    column = DESCRIPTOR_NAMES.index(NAME)
    pairs = []
    for stamp, values in streamed:
        end = line.index(stamp)
        if end < WINDOW or end > len(line.audio):
            continue
        measured = line.centroids(end - WINDOW, end)
        if len(measured) and np.isfinite(measured[0]) and measured[0] > 0 and values[column] > 0:
            pairs.append(values[column] / measured[0])
    if not pairs:
        return {"n": 0, "streamed_messages": len(streamed)}
    ratios = np.array(pairs)
    return {"n": len(pairs), "streamed_messages": len(streamed), "median_ratio": float(np.median(ratios)),
            "p10_ratio": float(np.percentile(ratios, 10)), "p90_ratio": float(np.percentile(ratios, 90)),
            "within_10_percent": float(np.mean(np.abs(np.log(ratios)) < np.log(1.1)))}


def run_live(duration_s: float = 10.0, repetitions: int = 5, settle_s: float = 1.5, budget_s: float = 180.0,
             period: int = JACK_PERIOD, log=print) -> dict:
    """The live part; raises if anything fails (processes are stopped first)."""
    from rtvae.bench.capture import JackCapture
    from rtvae.drivers.jack import PrivateJackServer
    from tests.liveserver import kill_server, start_server, stop_server, wait_for_corpus

    started = time.monotonic()
    deadline = started + budget_s
    tmp = Path(tempfile.mkdtemp(prefix="rtvae-descriptors-live-"))
    jack = PrivateJackServer(JACK_RATE, period, log_path=tmp / "jackd.log")
    server, switch = None, sys.getswitchinterval()
    jack.start()  # before the server opens PortAudio; this process never opens it
    try:
        server = start_server(jack, tmp / "serve")
        wait_for_corpus(server.peer, timeout_s=max(10.0, min(120.0, deadline - time.monotonic())))
        if not server.peer.register():
            raise RuntimeError("the server did not complete the /rtvae/hello registration")
        r = ranges_of(server.peer)[NAME]
        startup_s = time.monotonic() - started
        log(f"  live: server up in {startup_s:.1f} s; {NAME} robust range {r['robust_low']:.0f}..{r['robust_high']:.0f} Hz")
        # The capture's JACK callback runs Python: it must get the GIL back quickly (as tests/test_live.py).
        sys.setswitchinterval(0.0002)
        capacity = 2 * (settle_s + duration_s + TAIL_S) + (repetitions + 1) * settle_s + 10.0
        with JackCapture(channels=1, capacity_s=capacity, server=jack.name) as capture:
            capture.connect_from([f"{server.name}:out_0"])
            capture.start()
            session = Session(server.peer, capture, deadline)
            session.pump(0.5)
            curves = {"ours": play_curve(session, r, duration_s, settle_s, None),
                      "nearest": play_curve(session, r, duration_s, settle_s, 0.0)}
            dark = r["robust_low"] + 0.1 * (r["robust_high"] - r["robust_low"])
            bright = r["robust_low"] + 0.9 * (r["robust_high"] - r["robust_low"])
            session.send("/rtvae/descriptor/target", NAME, float(dark))
            session.pump(settle_s)
            switches = []
            for k in range(repetitions):
                upward = k % 2 == 0
                sent = session.send("/rtvae/descriptor/target", NAME, float(bright if upward else dark))
                session.pump(settle_s)
                switches.append((sent, upward))
            session.send("/rtvae/descriptor/off")
            line = Timeline(capture)
            xruns, gaps = capture.xruns, capture.gaps()
        stats = stop_server(server)
    finally:
        sys.setswitchinterval(switch)
        if server is not None:
            kill_server(server)
        jack.stop()
    figures = {label: curve_figures(line, c["played_at"], c["target"]) for label, c in curves.items()}
    reps = [response(line, line.index(sent), upward, settle_s) for sent, upward in switches]
    hop_ms = 1000.0 * HOP / MODEL_RATE

    def median_of(key: str) -> float | None:
        values = [x[key] for x in reps if x[key] is not None]
        return float(statistics.median(values)) if values else None

    moved, halfway = median_of("moved_hops"), median_of("halfway_hops")
    result = {
        "descriptor": NAME, "jack": {"rate": JACK_RATE, "period": period, "driver": "dummy"},
        "duration_s": duration_s, "settle_s": settle_s, "range": r, "startup_s": startup_s,
        "curves": figures, "response": {
            "switches": reps, "median_moved_hops": moved, "median_halfway_hops": halfway,
            "median_moved_ms": None if moved is None else moved * hop_ms,
            "median_halfway_ms": None if halfway is None else halfway * hop_ms,
            "max_halfway_hops": max((x["halfway_hops"] for x in reps if x["halfway_hops"] is not None), default=None),
            "all_went_the_right_way": all(x["went_the_right_way"] for x in reps)},
        "streamed": streamed_against_capture(line, session.streamed),
        "error_replies": session.errors, "capture_xruns": xruns, "capture_gaps": len(gaps),
        "capture_gap_frames": int(sum(g[1] for g in gaps)), "timeline_cut_samples": line.gap_frames,
        "capture_gaps_at_s": [round(g[0] / JACK_RATE, 2) for g in gaps[:100]],
        "events_at_s": [(a, round(t, 2)) for a, t in session.events],
        "server_xruns": stats.get("xruns"), "seconds": time.monotonic() - started}
    return result


def markdown(live: dict, offline_ramp: dict | None = None) -> list[str]:
    """The live section of the benchmark's Markdown."""
    if "error" in live:
        return [f"**Live** (JACK): failed: {live['error']}"]
    jack, figures = live["jack"], live["curves"]
    lines = [f"**Live** (`rtvae serve` on a private JACK {jack['driver']} server, {jack['rate']} Hz, period "
             f"{jack['period']}, same machine; default corpus; one {live['duration_s']:g} s `{live['descriptor']}` ramp "
             f"up sent by OSC, captured from JACK, aligned by the lag of best correlation)", "",
             "| curve | method | lag (ms) | r | ρ | median error | p95 error | window-rate energy (dB) | flux (dB/hop) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for label, method in (("ours", "viterbi (live server)"), ("nearest", "nearest (live server, continuity 0)")):
        f = figures[label]
        warn = " (at the search limit)" if f["lag_at_search_limit"] else ""
        lines.append(f"| live ramp up | {method} | {f['lag_ms']:.0f}{warn} | {f['r']:.3f} | {f['rho']:.3f} | "
                     f"{f['median_error']:.1f} Hz | {f['p95_error']:.1f} Hz | {f['window_rate_db']:.1f} | "
                     f"{f['flux_db']:.2f} |")
    if offline_ramp:
        for method, row in offline_ramp.items():
            lines.append(f"| offline ramp up | {method} | – | {row['r']:.3f} | {row['rho']:.3f} | "
                         f"{row['median_error']:.1f} Hz | {row['p95_error']:.1f} Hz | {row['window_rate_db']:.1f} | "
                         f"{row['flux_db']:.2f} |")
    resp, hop_ms = live["response"], 1000.0 * HOP / MODEL_RATE
    per = ", ".join(f"{s['direction']} {s['moved_hops']}/{s['halfway_hops']}" for s in resp["switches"])

    def hops(value):
        return "–" if value is None else f"{value:g} hops ({value * hop_ms:.1f} ms)"

    lines += ["", f"- Value target by OSC → first hop whose measured centroid moves toward it: median "
                  f"{hops(resp['median_moved_hops'])}; past halfway: median {hops(resp['median_halfway_hops'])}, "
                  f"at most {resp['max_halfway_hops']} hops (per switch, moved/halfway: {per}; windows of 1024 "
                  f"starting at the send, every 256 samples at 44.1 kHz)."]
    s = live["streamed"]
    if s.get("n"):
        lines.append(f"- `/rtvae/out/descriptors` against the capture: centroid streamed ÷ measured on the last captured "
                     f"window, median {s['median_ratio']:.3f} (p10 {s['p10_ratio']:.3f}, p90 {s['p90_ratio']:.3f}; "
                     f"{100 * s['within_10_percent']:.0f} % within 10 %; {s['n']} messages).")
    else:
        lines.append(f"- `/rtvae/out/descriptors`: no message usable ({s.get('streamed_messages', 0)} received).")
    cuts = ", ".join(f"{label} {figures[label]['cut_samples_in_curve']}" for label in figures)
    lines.append(f"- Capture xruns {live['capture_xruns']}, JACK cycles skipped {live['capture_gaps']} "
                 f"({live['capture_gap_frames']} frames; samples cut within the curves: {cuts}; windows on a cut are "
                 f"left out of the per-hop figures, the timeline keeps JACK's clock, and the window-rate energy and "
                 f"flux are taken on it with zeros at the cuts); server xruns "
                 f"{live['server_xruns']}; error replies {len(live['error_replies'])}; {live['seconds']:.0f} s in all "
                 f"(server start {live['startup_s']:.0f} s).")
    return lines


def main(argv: list[str] | None = None) -> dict:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration-s", type=float, default=10.0)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--period", type=int, default=JACK_PERIOD, help=f"JACK period (default {JACK_PERIOD})")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    live = run_live(args.duration_s, args.repetitions, period=args.period)
    print("\n".join(markdown(live)))
    slim = {**live, "curves": {k: {n: v for n, v in c.items() if n != "trace"} for k, c in live["curves"].items()}}
    print(json.dumps(slim, indent=1, default=float))
    return live


if __name__ == "__main__":
    main()
