"""Descriptor targets: how closely the rendered sound follows a descriptor curve, against the papers' baseline.

For each corpus (the embedded model's procedural corpus; with ``--folder DIR`` also a
corpus built from that folder of recordings) and each of ``centroid_hz``, ``rms_db`` and
``f0_hz`` (f0 over the corpus's pitched, voiced points, drawn in octaves), twelve curves
inside the descriptor's robust range (1st..99th percentile of the atlas), ``--duration-s``
each: a ramp up and a ramp down, sines of 1, 2, 3 and 5 cycles, and six seeded smooth
random curves (white noise Gaussian-smoothed over 1/25 of the curve, scaled to the range;
seeds 1..6). Every curve is rendered offline through ``Engine.process``
(:func:`rtvae.drivers.offline.descriptor_score`) by:

* ``viterbi``: ours offline, the whole curve planned at once;
* ``live``: ours as the live handlers run it, :meth:`Selector.select` hop by hop;
* ``nearest``: the baseline of Caillon, Bitton et al., the per-frame nearest neighbour
  (same atlas, no continuity, no blending);
* ablations of ours (procedural corpus): ``viterbi+blend3`` (inverse-distance blending of
  up to three near candidates) and ``viterbi+slew20ms`` (the engine's usual slew on).

The output's descriptor is measured on the rendered audio per hop, over the span of the
window decoded for that hop (the engine's timed latency is 0:
:func:`rtvae.explore.targets.measured_per_hop`), skipping the first hops that lie under
fewer windows. Reported: Pearson r, Spearman rho, the median and 95th-percentile absolute
error in the descriptor's unit (cents for f0, over voiced output hops; the median counts
an unvoiced hop as a miss), and three continuity measures: the window-rate energy of the
reconstruction benchmark (:func:`rtvae.explore.quality.window_rate_energy_db`), the
spectral flux between consecutive hops (dB, lower is smoother) and seams per second (hops
that do not follow the previous point's successor). The table gives means over the curves.

**Paired comparison.** The continuity acceptance ("lower window-rate energy than the
per-frame nearest neighbour, with r no worse") is judged curve by curve: each target is
rendered both ways, the difference ours − nearest is taken per curve, and the verdict is
an exact one-sided sign test (:func:`rtvae.bench.pairs.sign_test_p`, ties dropped) of
"ours lower" at ALPHA, with the median paired difference of r at least 0. The same pairs
are reported for the flux and for two diagnostics that split the window-rate energy
(:func:`line_prominence_db`): its lines' height above their local floor (the pulse) and
the tilt (the floor against the band's mean from 0 Hz: slow level changes), beside the
lengths of the runs between seams (:func:`run_figures`).

**Played from the recordings** (``recordings_window_rate_db``): the same path, each hop's
atlas point played from the corpus's own audio instead of the decoder (a corpus window's
frame of its recording; a midpoint's two frames averaged), overlap-added as the engine adds
windows (its own :func:`~rtvae.engine.overlap_add.add_windows`; ``sola`` as ``ola``, since
its placements follow the decoded windows). It keeps the choice (the seams, the runs and
the material) and drops what the decoder adds, so it separates the two; it is paired with
the baseline like the rest. Where a corpus's audio cannot be read again, it is left out.

**Concatenation** (``--concat``, on by default): the procedural corpus again, ours and
the baseline, rendered in the papers' own synthesis, ``synth.synthesis concat`` (hop =
window, no window function: each window's edges meet the next one's unsmoothed), where
the window-rate energy is what it was made for, the clicks at window boundaries; in the
engine's overlap-add (the rows above) it is decided by the sound played, the material and
what the decoder makes of it (see ``benchmarks/window_rate_origins.py`` and the paths
played from the recordings above).

**Live** (``--live``, on by default; ``--no-live`` skips it): ``benchmarks/descriptors_live.py``,
one ``centroid_hz`` ramp played by a live ``rtvae serve`` on a private JACK dummy server,
ours and the baseline (``/rtvae/descriptor/continuity 0``), captured from JACK and measured
the same way; the time from a value target sent by OSC to the first hop whose measured
centroid moves toward it; and ``/rtvae/out/descriptors`` against the capture. See that
module's docstring.

    python benchmarks/descriptors.py [--model default] [--folder DIR] [--duration-s 10]
                                     [--curves ...] [--no-live] [--live-period 256]
                                     [--out benchmarks/results/descriptors.json]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from rtvae.bench.machine import machine_info, machine_line
from rtvae.bench.report import write_report
from rtvae.drivers.offline import descriptor_score, render
from rtvae.engine.factory import synth_section
from rtvae.engine.limits import SYNTHESES
from rtvae.engine.overlap_add import accumulator_size, add_windows, played_hop, synthesis_window
from rtvae.explore.atlas import from_space, to_space
from rtvae.explore.quality import N_HARMONICS, click_envelope, window_rate_energy_db
from rtvae.explore.targets import CONTINUITY, Selector, measured_per_hop, steps_per_hop
from rtvae.explore.viterbi import PULSE_COST
from rtvae.model.directory import load_model

DESCRIPTORS = ("centroid_hz", "rms_db", "f0_hz")
CURVES = ("ramp up", "ramp down", "sine 1", "sine 2", "sine 3", "sine 5",
          *(f"random {i}" for i in range(1, 7)))
RANDOM_SMOOTHING = 25        # a random curve: seeded white noise, Gaussian-smoothed over n_hops / this
ALPHA = 0.05                 # one-sided level of the paired sign tests
METHODS = ("viterbi", "live", "nearest")
ABLATIONS = ("viterbi+blend3", "viterbi+slew20ms")
SKIP_HOPS = 3                # window / hop - 1: the first hops lie under fewer windows
SETTINGS = {"continuity": CONTINUITY, "curves": CURVES}  # --continuity, --curves
DIAGNOSTICS = ("lines_over_floor_db", "window_lines_db", "hop_lines_db", "tilt_db", "run_median_hops", "runs_of_one_window_share",
               "seam_phase_max_share")
LOWER_IS_SMOOTHER = ("window_rate_db", "flux_db", "lines_over_floor_db", "tilt_db",
                     "recordings_window_rate_db")  # compared in pairs, ours − baseline
TARGETS = {"centroid_hz": {"r": 0.95, "median_of_range": 0.10}, "rms_db": {"r": 0.95, "median": 2.0},
           "f0_hz": {"median": 50.0}}


def curve(kind: str, low: float, high: float, n_hops: int) -> np.ndarray:
    """One of :data:`CURVES` from ``low`` to ``high`` (in the z-score's space), n_hops values."""
    x = np.linspace(0.0, 1.0, n_hops)
    family, _, number = kind.partition(" ")
    if family == "ramp":
        shape = x if number == "up" else 1.0 - x
    elif family == "sine":
        shape = 0.5 - 0.5 * np.cos(2 * np.pi * int(number) * x)
    elif family == "random":
        from scipy.ndimage import gaussian_filter1d

        noise = np.random.default_rng(int(number)).standard_normal(n_hops)
        smooth = gaussian_filter1d(noise, max(n_hops / RANDOM_SMOOTHING, 1.0), mode="reflect")
        shape = (smooth - smooth.min()) / max(float(np.ptp(smooth)), 1e-12)
    else:
        raise ValueError(f"unknown curve {kind!r}")
    return low + (high - low) * shape


def target_curve(selector: Selector, name: str, kind: str, n_hops: int) -> np.ndarray:
    """A curve inside the descriptor's robust range, in its unit (f0: drawn in octaves)."""
    r = selector.ranges()[name]
    low, high = (float(to_space(name, v)) for v in (r.robust_low, r.robust_high))
    return from_space(name, curve(kind, low, high, n_hops))


def errors(name: str, achieved: np.ndarray, target: np.ndarray) -> dict:
    """r, rho, median and p95 error of one render (f0: cents over voiced hops, unvoiced = a miss)."""
    from scipy.stats import spearmanr

    if name == "f0_hz":
        voiced = achieved > 0
        cents = 1200.0 * np.abs(np.log2(achieved[voiced] / target[voiced])) if voiced.any() else np.zeros(0)
        misses = np.concatenate([cents, np.full(int((~voiced).sum()), np.inf)])
        a, t = np.log2(achieved[voiced]), np.log2(target[voiced])
        return {"r": _pearson(a, t), "rho": float(spearmanr(a, t)[0]) if len(a) > 2 else float("nan"),
                "median_error": float(np.median(misses)), "p95_error": _percentile(cents, 95),
                "voiced_fraction": float(voiced.mean())}
    error = np.abs(achieved - target)
    return {"r": _pearson(achieved, target), "rho": float(spearmanr(achieved, target)[0]),
            "median_error": float(np.median(error)), "p95_error": float(np.percentile(error, 95))}


def spectral_flux_db(audio: np.ndarray, window: int, hop: int, floor_db: float = -80.0) -> float:
    """Mean over hops of the RMS change of the log power spectrum from one hop's window to the next, dB."""
    n = (len(audio) - window) // hop + 1
    spans = np.arange(n)[:, None] * hop + np.arange(window)[None, :]
    power = np.abs(np.fft.rfft(np.asarray(audio, np.float64)[spans] * np.hanning(window), axis=1)) ** 2
    level = 10 * np.log10(np.maximum(power, power.max() * 10 ** (floor_db / 10) + 1e-30))
    return float(np.mean(np.sqrt(np.mean(np.diff(level, axis=0) ** 2, axis=1))))


def path_points(path: np.ndarray, selector: Selector) -> np.ndarray | None:
    """The atlas index of each hop's latent (None for a blended path, whose latents are no atlas point)."""
    index = {row.tobytes(): i for i, row in enumerate(selector.atlas.latents.astype(np.float64))}
    points = np.array([index.get(np.asarray(z, np.float64).tobytes(), -1) for z in path])
    return None if points.min() < 0 else points


def seam_mask(points: np.ndarray, selector: Selector) -> np.ndarray:
    """Per hop after the first: True where its point is not the previous point's successor."""
    successor = selector._next  # noqa: SLF001 - the benchmark reads the selector's own notion of a run
    return successor[points[:-1]] != points[1:]


def seams_per_s(points: np.ndarray | None, selector: Selector, hop: int, sample_rate: int) -> float | None:
    """Hops whose point (:func:`path_points`) is not the previous point's successor, per second (None for
    blended paths)."""
    if points is None:
        return None
    return int(seam_mask(points, selector).sum()) / (len(points) * hop / sample_rate)


def run_figures(points: np.ndarray | None, selector: Selector, window: int, hop: int) -> dict:
    """How long the runs between seams are (hops), how many are exactly one window long, and
    how much the seams keep one phase of the window grid (the largest share of seams on one
    hop index modulo window / hop: 1 / (window / hop) when spread evenly). Empty for blended paths."""
    if points is None:
        return {}
    starts = np.flatnonzero(seam_mask(points, selector)) + 1
    runs = np.diff(np.concatenate([[0], starts, [len(points)]]))
    per_window = max(window // hop, 1)
    phase = np.bincount(starts % per_window, minlength=per_window) / max(len(starts), 1)
    return {"run_median_hops": float(np.median(runs)), "runs_of_one_window_share": float(np.mean(runs == per_window)),
            "seam_phase_max_share": float(phase.max()) if len(starts) else None}


def line_prominence_db(audio: np.ndarray, window: int, hop: int, n_harmonics: int = N_HARMONICS) -> dict:
    """Diagnostic: :func:`window_rate_energy_db` split into its lines' height above the local
    floor and the floor's level against the mean the figure divides by.

    The same envelope spectrum (the first difference squared, its mean removed). Per
    harmonic of the window rate, the *floor* is the median power of the bins within a
    quarter of the line spacing on either side (the line's own next bins left out) over
    ln 2 (the mean of exponentially distributed noise of that median, so that noise with no
    line reads about 0 dB; a median, because the envelope spectra of tonal sounds are peaky).
    ``lines_over_floor_db``: the power on the 16 lines over their floors (pooled), the
    pulse proper; ``window_lines_db`` and ``hop_lines_db`` the same over the harmonics that
    are not (are) also hop-rate lines (every ``window / hop``-th: the hop's own structure;
    seams every ``window / hop`` hops in one phase would raise the others); ``tilt_db`` =
    window_rate_db − lines_over_floor_db, the floor at the lines against the mean of the
    whole band from 0 Hz, i.e. how much of the envelope's energy is slow (note envelopes,
    level changes).
    """
    envelope = click_envelope(audio, window)
    n = len(envelope)
    spectrum = np.abs(np.fft.rfft(envelope)) ** 2
    step = n // window
    width = max(step // 4, 4)
    per_window = max(window // hop, 1)
    line, floor = {"window": [], "hop": []}, {"window": [], "hop": []}
    for h in range(1, n_harmonics + 1):
        b = h * step
        if b + width >= len(spectrum):
            break
        key = "hop" if h % per_window == 0 else "window"
        line[key].append(spectrum[b])
        floor[key].append(np.median(np.concatenate([spectrum[b - width:b - 1], spectrum[b + 2:b + width + 1]]))
                          / np.log(2))

    def db(keys):
        return float(10 * np.log10((sum(sum(line[k]) for k in keys) + 1e-30) / (sum(sum(floor[k]) for k in keys) + 1e-30)))

    out = {f"{key}_lines_db": db([key]) for key in line if line[key]}
    out["lines_over_floor_db"] = db(list(line))
    out["tilt_db"] = window_rate_energy_db(audio, window, n_harmonics) - out["lines_over_floor_db"]
    return out


def recorded_frames(model, corpus) -> np.ndarray | None:
    """(n_windows, window) float32: every corpus window's frame of its sound's recording, as
    the corpus was encoded (at its hop); None where a recording cannot be read again or no
    longer frames into the windows the corpus holds."""
    from rtvae.explore.sources import audio_of
    from rtvae.framing import frame

    parts = []
    for i, path in enumerate(corpus.paths):
        try:
            frames = frame(audio_of(path, model.card.sample_rate), model.card.window, corpus.hop)
        except Exception as exc:  # noqa: BLE001 - the measure is left out, the benchmark goes on
            print(f"  recordings: {path}: {type(exc).__name__}: {exc}; that measure is left out", flush=True)
            return None
        if len(frames) != corpus.offsets[i + 1] - corpus.offsets[i]:
            print(f"  recordings: {path} frames into {len(frames)} windows, the corpus holds "
                  f"{corpus.offsets[i + 1] - corpus.offsets[i]}; that measure is left out", flush=True)
            return None
        parts.append(np.asarray(frames, np.float32))
    return np.concatenate(parts)


def recorded_windows(points: np.ndarray, frames: np.ndarray, atlas) -> np.ndarray:
    """The recordings' windows for atlas points: a corpus window's frame, a midpoint's two frames averaged."""
    points = np.asarray(points, np.int64)
    out = np.empty((len(points), frames.shape[1]), np.float32)
    own = points < atlas.n_windows
    out[own] = frames[points[own]]
    pairs = atlas.pairs[points[~own] - atlas.n_windows]
    out[~own] = 0.5 * (frames[pairs[:, 0]] + frames[pairs[:, 1]])
    return out


def overlap_added(windows: np.ndarray, hop: int, synthesis: str) -> np.ndarray:
    """Windows added by the engine's own overlap-add (its weights and kernel), one per ``hop``: the samples it outputs."""
    windows = np.ascontiguousarray(windows, np.float32)
    window = windows.shape[1]
    out = np.zeros(hop * len(windows), np.float32)
    accumulator = np.zeros(accumulator_size(window, hop, synthesis), np.float32)
    add_windows(windows, len(windows), synthesis_window(window, hop, synthesis), accumulator, hop, out, 0)
    return out


def render_method(model, corpus, name: str, target: np.ndarray, method: str, duration_s: float,
                  synth, pulse_cost: float = PULSE_COST) -> tuple[np.ndarray, np.ndarray, int, Selector]:
    """(audio, latent path, engine hop, selector) of one curve rendered by one method (ours with the
    selector's ``pulse_cost``: ``benchmarks/pulse_cost.py`` measures ours without it)."""
    base, _, variant = method.partition("+")
    kept = {}

    def score_of(engine):
        selector = Selector(corpus.atlas, step=steps_per_hop(engine.hop, corpus.hop),
                            blend=3 if variant == "blend3" else 1, continuity=SETTINGS["continuity"],
                            pulse_cost=pulse_cost)
        score = descriptor_score(engine, selector, {name: target}, duration_s, method=base,
                                 smooth_ms=20.0 if variant == "slew20ms" else 0.0)
        kept.update(path=np.array([r[2] for r in score.records if r[1] == 1]), hop=engine.hop, selector=selector)
        return score

    audio = render(model, score_of, synth)
    return audio, kept["path"], kept["hop"], kept["selector"]


def measure_curve(model, corpus, name: str, kind: str, method: str, duration_s: float, synth,
                  frames: np.ndarray | None = None, pulse_cost: float = PULSE_COST) -> dict:
    """Every figure of one (descriptor, curve, method), and the per-hop traces for the plot;
    with ``frames`` (:func:`recorded_frames`) also the path played from the recordings."""
    card = model.card
    hop = played_hop(card.window, synth.hop, synth.synthesis)
    n_hops = max(int(round(duration_s * card.sample_rate / hop)), 1)
    probe = Selector(corpus.atlas)
    target = target_curve(probe, name, kind, n_hops)
    audio, path, hop, selector = render_method(model, corpus, name, target, method, duration_s, synth, pulse_cost)
    measured = measured_per_hop(audio, card.window, hop, card.sample_rate)[:, corpus.descriptor_names.index(name)]
    keep = slice(SKIP_HOPS, len(measured))
    points = path_points(path, selector)
    row = {"descriptor": name, "curve": kind, "method": method, **errors(name, measured[keep], target[keep]),
           "window_rate_db": window_rate_energy_db(audio, card.window),
           "flux_db": spectral_flux_db(audio, card.window, hop),
           "seams_per_s": seams_per_s(points, selector, hop, card.sample_rate),
           **line_prominence_db(audio, card.window, hop), **run_figures(points, selector, card.window, hop)}
    if frames is not None and points is not None:
        reference = "ola" if synth.synthesis == "sola" else synth.synthesis
        row["recordings_window_rate_db"] = window_rate_energy_db(
            overlap_added(recorded_windows(points, frames, selector.atlas), hop, reference), card.window)
    return {**row, "trace": {"target": target[keep].tolist(), "achieved": measured[keep].astype(float).tolist()}}


def replay_reference(model, corpus, synth, n_sets: int = 6, per_set: int = 8) -> dict:
    """The continuity measures of corpus sounds played as encoded (no seam at all), for scale.

    ``n_sets`` seeded sets of ``per_set`` sounds each, one render per set: the spread of the
    window-rate energy across seam-free renders shows how much of it is the sounds' own.
    """
    from rtvae.drivers.offline import render_latents

    rng = np.random.default_rng(0)
    rows = []
    hop = played_hop(model.card.window, synth.hop, synth.synthesis)
    step = steps_per_hop(hop, corpus.hop)  # one latent per output hop, as a path plays them
    for _ in range(n_sets):
        picks = rng.choice(len(corpus.names), min(per_set, len(corpus.names)), replace=False)
        audio = render_latents(model, np.concatenate([corpus.sequence(corpus.names[i])[0][::step] for i in picks]),
                               synth)
        lines = line_prominence_db(audio, model.card.window, hop)
        rows.append((window_rate_energy_db(audio, model.card.window), spectral_flux_db(audio, model.card.window,
                                                                                        hop),
                     lines["lines_over_floor_db"], lines.get("window_lines_db", np.nan), lines["hop_lines_db"]))
    wre, flux, over_floor, window_lines, hop_lines = np.array(rows).T
    return {"window_rate_db": float(wre.mean()), "window_rate_db_sd": float(wre.std()),
            "window_rate_db_min": float(wre.min()), "window_rate_db_max": float(wre.max()),
            "flux_db": float(flux.mean()), "lines_over_floor_db": float(over_floor.mean()),
            "window_lines_db": float(window_lines.mean()), "tilt_db": float((wre - over_floor).mean()),
            "hop_lines_db": float(hop_lines.mean()), "n_sets": n_sets, "sounds_per_set": per_set}


def summarise(rows: list[dict], corpus_range: dict[str, float]) -> list[dict]:
    """Means over the curves per (descriptor, method), with the issue's targets checked."""
    summary = []
    for name in DESCRIPTORS:
        for method in dict.fromkeys(r["method"] for r in rows):
            picked = [r for r in rows if r["descriptor"] == name and r["method"] == method]
            if not picked:
                continue
            entry = {"descriptor": name, "method": method, "n_curves": len(picked)}
            for key in ("r", "rho", "median_error", "p95_error", "voiced_fraction", "window_rate_db", "flux_db",
                        "seams_per_s", "recordings_window_rate_db", *DIAGNOSTICS):
                values = [r[key] for r in picked if r.get(key) is not None]
                entry[key] = float(np.mean(values)) if values else None
            entry["median_error_of_range"] = entry["median_error"] / corpus_range[name] if name != "f0_hz" else None
            summary.append(entry)
    return summary


def paired(rows: list[dict], name: str, ours: str, base: str = "nearest",
           keys: tuple[str, ...] = (*LOWER_IS_SMOOTHER, "r")) -> dict | None:
    """``ours`` against ``base`` curve by curve (the same target rendered both ways): per curve
    the difference ours − base of each measure in ``keys`` (:data:`LOWER_IS_SMOOTHER` and r); how many
    curves ours is lower (higher) on; the exact one-sided sign test (:func:`rtvae.bench.pairs.sign_test_p`,
    ties dropped) of "ours lower" (for r: "ours higher")."""
    from rtvae.bench.pairs import sign_test_p

    def by_curve(method):
        return {r["curve"]: r for r in rows if r["descriptor"] == name and r["method"] == method}

    a, b = by_curve(ours), by_curve(base)
    curves = [c for c in a if c in b]
    if not curves:
        return None
    out = {"descriptor": name, "method": ours, "baseline": base, "n_pairs": len(curves)}
    for key in keys:
        diffs = {c: a[c][key] - b[c][key] for c in curves
                 if a[c].get(key) is not None and b[c].get(key) is not None and np.isfinite(a[c][key] - b[c][key])}
        if not diffs:
            continue
        values = np.array(list(diffs.values()))
        lower, higher = int((values < 0).sum()), int((values > 0).sum())
        out[key] = {"differences": diffs, "median_difference": float(np.median(values)), "lower": lower,
                    "higher": higher, "ties": len(values) - lower - higher,
                    "sign_test_p": sign_test_p(higher, lower) if key == "r" else sign_test_p(lower, higher)}
    return out


def paired_all(rows: list[dict]) -> list[dict]:
    """:func:`paired` for every method of ours against the baseline, per descriptor."""
    methods = [m for m in dict.fromkeys(r["method"] for r in rows) if m != "nearest"]
    return [p for name in DESCRIPTORS for m in methods if (p := paired(rows, name, m)) is not None]


def continuity_checks(pair: dict) -> dict[str, bool]:
    """The continuity acceptance on one :func:`paired` entry, per measure it holds: ``window_rate_db``, ours
    lower on significantly many curves (one-sided sign test at ALPHA); ``r``, the median paired r difference
    at least 0."""
    checks = {"window_rate_db": lambda e: e["sign_test_p"] <= ALPHA, "r": lambda e: e["median_difference"] >= 0}
    return {key: bool(check(pair[key])) for key, check in checks.items() if key in pair}


def verdicts(summary: list[dict], pairs: list[dict]) -> list[str]:
    """The issue's acceptance, one line each: the targets on the means over curves; the
    continuity comparison on the pairs (ours lower in significantly many curves, one-sided
    sign test at ALPHA, with the median paired r difference at least 0)."""
    lines = []
    for name, target in TARGETS.items():
        ours = _entry(summary, name, "viterbi")
        pair = next((p for p in pairs if p["descriptor"] == name and p["method"] == "viterbi"), None)
        if ours is None:
            continue
        checks = []
        if "r" in target:
            checks.append((f"r {ours['r']:.3f} >= {target['r']}", ours["r"] >= target["r"]))
        if "median" in target:
            unit = "cents" if name == "f0_hz" else "dB"
            checks.append((f"median {ours['median_error']:.1f} {unit} <= {target['median']}",
                           ours["median_error"] <= target["median"]))
        if "median_of_range" in target:
            share = ours["median_error_of_range"]
            checks.append((f"median {100 * share:.1f} % of range <= {100 * target['median_of_range']:.0f} %",
                           share <= target["median_of_range"]))
        met = continuity_checks(pair) if pair is not None else {}
        if "window_rate_db" in met:
            w = pair["window_rate_db"]
            checks.append((f"window-rate energy lower than the baseline's in {w['lower']} of {pair['n_pairs']} paired "
                           f"curves (higher in {w['higher']}; median difference {w['median_difference']:+.2f} dB; "
                           f"sign test p = {w['sign_test_p']:.3g}, needs <= {ALPHA})", met["window_rate_db"]))
        if "r" in met:
            r = pair["r"]
            checks.append((f"r no worse than the baseline's: median paired difference {r['median_difference']:+.3f} "
                           f"(ours higher in {r['higher']}, lower in {r['lower']} of {pair['n_pairs']})",
                           met["r"]))
        lines += [f"{'PASS' if ok else 'MISS'} {name}: {text}" for text, ok in checks]
        if pair is not None and "recordings_window_rate_db" in pair:  # beside the acceptance, not part of it
            w = pair["recordings_window_rate_db"]
            lines.append(f"NOTE {name}: the same paths played from the recordings (no decoder): ours lower in "
                         f"{w['lower']} of {pair['n_pairs']} (higher in {w['higher']}; median difference "
                         f"{w['median_difference']:+.2f} dB; sign test p = {w['sign_test_p']:.3g})")
    return lines


def paired_table(pairs: list[dict]) -> str:
    """One row per (descriptor, method of ours): the pairs against the baseline."""
    lines = ["| descriptor | ours | Δ window-rate (dB), median | ours lower / higher | sign test p | "
             "Δ flux (dB/hop), median | lower / higher | p | Δ lines over floor (dB), median | lower / higher | p | "
             "Δr, median | r higher / lower | Δ window-rate played from the recordings (dB), median | lower / higher | p |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]

    def cells(entry, digits):
        if entry is None:
            return ["–", "–", "–"]
        return [f"{entry['median_difference']:+.{digits}f}", f"{entry['lower']} / {entry['higher']}",
                f"{entry['sign_test_p']:.3g}"]

    for p in pairs:
        w, f, l, r, rec = (p.get(k) for k in ("window_rate_db", "flux_db", "lines_over_floor_db", "r",
                                              "recordings_window_rate_db"))
        r_cells = ["–", "–"] if r is None else [f"{r['median_difference']:+.3f}", f"{r['higher']} / {r['lower']}"]
        lines.append(f"| {p['descriptor']} | {p['method']} | " + " | ".join(cells(w, 2) + cells(f, 2) + cells(l, 2)
                                                                            + r_cells + cells(rec, 2)) + " |")
    return "\n".join(lines)


def per_curve_lines(pairs: list[dict], method: str = "viterbi") -> list[str]:
    """The per-curve window-rate differences of ``method`` against the baseline."""
    out = []
    for p in pairs:
        if p["method"] == method and "window_rate_db" in p:
            diffs = ", ".join(f"{c} {d:+.1f}" for c, d in p["window_rate_db"]["differences"].items())
            out.append(f"- {p['descriptor']}, window-rate ours − nearest per curve (dB): {diffs}")
    return out


def table(summary: list[dict], title: str) -> str:
    lines = [f"**{title}**", "",
             "| descriptor | method | r | ρ | median error | p95 error | window-rate energy (dB) | flux (dB/hop) "
             "| seams/s | window-rate played from the recordings (dB) |", "|---|---|---|---|---|---|---|---|---|---|"]
    for s in summary:
        unit = {"centroid_hz": "Hz", "rms_db": "dB", "f0_hz": "cents"}[s["descriptor"]]
        voiced = f" ({100 * s['voiced_fraction']:.0f} % voiced)" if s.get("voiced_fraction") is not None else ""
        seams = "–" if s["seams_per_s"] is None else f"{s['seams_per_s']:.1f}"
        lines.append(f"| {s['descriptor']} | {s['method']} | {s['r']:.3f} | {s['rho']:.3f} | "
                     f"{s['median_error']:.1f} {unit}{voiced} | {s['p95_error']:.1f} {unit} | "
                     f"{s['window_rate_db']:.1f} | {s['flux_db']:.2f} | {seams} | "
                     f"{_shown(s.get('recordings_window_rate_db'), '.1f')} |")
    return "\n".join(lines)


def plot(results: list[dict], path: Path, live: dict | None = None) -> None:
    """Target against achieved (the slow sine), ours and the baseline, one panel per corpus and
    descriptor; a last row: the live curve (if it ran) and the paired differences per curve."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n_rows = len(results) + 1
    fig, axes = plt.subplots(n_rows, len(DESCRIPTORS), figsize=(5 * len(DESCRIPTORS), 3.2 * n_rows), squeeze=False)
    plot_last_row(axes[-1], results, live)
    for row, result in zip(axes, results):
        for ax, name in zip(row, DESCRIPTORS):
            traces = {r["method"]: r["trace"] for r in result["curves"] if r["descriptor"] == name
                      and r["curve"] == "sine 1"}
            if not traces:
                ax.set_visible(False)
                continue
            first = next(iter(traces.values()))
            seconds = np.arange(len(first["target"])) * result["hop"] / result["sample_rate"]
            for method, color, label in (("nearest", "tab:red", "baseline"), ("viterbi", "tab:blue", "ours")):
                if method in traces:
                    achieved = np.array(traces[method]["achieved"])
                    if name == "f0_hz":
                        achieved[achieved <= 0] = np.nan  # unvoiced: a gap
                    ax.plot(seconds, achieved, color=color, lw=0.8, alpha=0.85, label=label)
            ax.plot(seconds, first["target"], color="black", lw=1.2, ls="--", label="target")
            if name == "f0_hz":
                ax.set_yscale("log")
            ax.set_title(f"{result['corpus']}: {name} (gaps: unvoiced)" if name == "f0_hz"
                         else f"{result['corpus']}: {name}", fontsize=9)
            ax.set_xlabel("s")
    axes[0][0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_last_row(row, results: list[dict], live: dict | None) -> None:
    """The live ramp against its target; the per-curve differences ours − nearest (window-rate, flux)."""
    ax = row[0]
    if live is not None and "curves" in live:
        for label, color, name in (("nearest", "tab:red", "baseline (continuity 0)"), ("ours", "tab:blue", "ours")):
            trace = live["curves"][label]["trace"]
            seconds = np.arange(len(trace["achieved"])) * 256 / 44100
            ax.plot(seconds, np.array(trace["achieved"], dtype=float), color=color, lw=0.8, alpha=0.85, label=name)
        ax.plot(seconds, trace["target"], color="black", lw=1.2, ls="--", label="target")
        ax.set_title("live (JACK capture): centroid_hz ramp, aligned", fontsize=9)
        ax.set_xlabel("s")
        ax.legend(fontsize=7)
    else:
        ax.set_visible(False)
    for ax, key, unit in ((row[1], "window_rate_db", "dB"), (row[2], "flux_db", "dB/hop")):
        labels = []
        for i, result in enumerate(results):
            for j, p in enumerate(q for q in result["paired"] if q["method"] == "viterbi" and key in q):
                x = len(labels)
                values = list(p[key]["differences"].values())
                ax.scatter(np.full(len(values), x) + np.linspace(-0.15, 0.15, len(values)), values, s=10,
                           color="tab:blue")
                ax.plot([x - 0.3, x + 0.3], [p[key]["median_difference"]] * 2, color="black", lw=1.5)
                corpus = result["corpus"].replace("folder:", "").replace("procedural, ", "")
                labels.append(f"{corpus.replace('procedural', 'proc.')}\n{p['descriptor'].split('_')[0]}")
        ax.axhline(0.0, color="grey", lw=0.8)
        ax.set_xticks(range(len(labels)), labels, fontsize=6.5)
        ax.set_title(f"{key}: ours − nearest per curve ({unit}; bar: median)", fontsize=9)


def run_corpus(model, label: str, corpus, duration_s: float, synth, methods: tuple[str, ...]) -> dict:
    started = time.time()
    rows, frames = [], recorded_frames(model, corpus)
    for name in SETTINGS["descriptors"]:
        for kind in SETTINGS["curves"]:
            rows += [measure_curve(model, corpus, name, kind, method, duration_s, synth, frames) for method in methods]
        print(f"  {label}: {name} done ({time.time() - started:.0f} s)", flush=True)
    ranges = {n: r.robust_high - r.robust_low for n, r in corpus.atlas.stats.items()}
    summary = summarise(rows, ranges)
    pairs = paired_all(rows)
    return {"corpus": label, "n_sounds": len(corpus.names), "n_atlas_points": corpus.atlas.n_points,
            "n_midpoints": len(corpus.atlas.pairs),
            "hop": played_hop(model.card.window, synth.hop, synth.synthesis), "synthesis": synth.synthesis, "sample_rate": model.card.sample_rate,
            "ranges": {n: vars(r) for n, r in corpus.atlas.stats.items() if n in DESCRIPTORS},
            "replay_reference": replay_reference(model, corpus, synth), "summary": summary, "paired": pairs,
            "verdicts": verdicts(summary, pairs), "seconds": time.time() - started, "curves": rows}


def run_live_part(args, results: list[dict]) -> dict:
    """The live part (benchmarks/descriptors_live.py), or what went wrong (the offline figures stand)."""
    from descriptors_live import run_live

    try:
        return run_live(args.live_duration_s, args.live_repetitions, budget_s=args.live_budget_s, period=args.live_period,
                        log=lambda line: print(line, flush=True))
    except Exception as exc:  # noqa: BLE001 - reported in the results, the offline part is kept
        print(f"  live: failed: {type(exc).__name__}: {exc}", flush=True)
        return {"error": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--folder", type=Path, help="also a corpus built from this folder of recordings")
    parser.add_argument("--duration-s", type=float, default=10.0, help="length of each curve (default 10)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/descriptors.json"))
    parser.add_argument("--continuity", type=float, default=CONTINUITY, help=f"ours (default {CONTINUITY})")
    parser.add_argument("--descriptors", nargs="+", choices=DESCRIPTORS, default=list(DESCRIPTORS))
    parser.add_argument("--curves", nargs="+", choices=CURVES, default=list(CURVES), help="default: all 12")
    parser.add_argument("--methods", nargs="+", choices=METHODS + ABLATIONS, help="default: all")
    parser.add_argument("--synthesis", choices=SYNTHESES, help="the main runs' synthesis (default: the config's)")
    parser.add_argument("--concat", action=argparse.BooleanOptionalAction, default=True,
                        help="the procedural corpus again in the papers' plain concatenation, ours and nearest "
                             "(default on)")
    parser.add_argument("--live", action=argparse.BooleanOptionalAction, default=True,
                        help="the live part on a private JACK server (default on; --no-live skips it)")
    parser.add_argument("--live-duration-s", type=float, default=10.0, help="the live curve's length (default 10)")
    parser.add_argument("--live-repetitions", type=int, default=5, help="value-target switches timed (default 5)")
    parser.add_argument("--live-budget-s", type=float, default=180.0, help="wall-time bound of the live part")
    parser.add_argument("--live-period", type=int, default=256, help="the live JACK period (default 256)")
    args = parser.parse_args(argv)
    SETTINGS.update(continuity=args.continuity, descriptors=args.descriptors, curves=args.curves)
    from rtvae.explore.corpus import build_corpus, corpus_for

    model = load_model(args.model)
    synth = synth_section(**({"synthesis": args.synthesis} if args.synthesis else {}))
    methods = tuple(args.methods or METHODS + ABLATIONS)
    results = [run_corpus(model, "procedural", corpus_for(model), args.duration_s, synth, methods)]
    if args.concat:
        results.append(run_corpus(model, "procedural, concat", corpus_for(model), args.duration_s,
                                  synth_section(synthesis="concat"), tuple(m for m in methods if m in ("viterbi", "nearest"))))
    if args.folder is not None:
        built = time.time()
        corpus = build_corpus(args.folder, model)
        print(f"  folder corpus built in {time.time() - built:.0f} s", flush=True)
        results.append(run_corpus(model, f"folder:{args.folder.name}", corpus,
                                  args.duration_s, synth, tuple(m for m in methods if m in METHODS)))
    live = run_live_part(args, results) if args.live else None
    report = {"model": str(model.path), "machine": machine_info(), "duration_s": args.duration_s,
              "curves": list(args.curves), "continuity": args.continuity,
              "folder": None if args.folder is None else str(args.folder),
              "command": " ".join(["python benchmarks/descriptors.py", *(sys.argv[1:] if argv is None else argv)]),
              "results": results, "live": live}
    write(report, args.out)
    return report


def offline_ramp(report: dict) -> dict | None:
    """The procedural corpus's offline ``ramp up`` rows for centroid_hz, beside the live curve."""
    rows = [c for c in report["results"][0]["curves"] if c["descriptor"] == "centroid_hz" and c["curve"] == "ramp up"
            and c["method"] in ("viterbi", "nearest")]
    return {r["method"]: r for r in rows} or None


def write(report: dict, out: Path) -> None:
    machine = report["machine"]
    curves = report.get("curves", CURVES)
    parts = [machine_line(machine, report['command']), "",
             f"Offline: means over {len(curves)} curves of {report['duration_s']:g} s per descriptor "
             f"({', '.join(curves)}); then ours against the baseline curve by curve (Δ = ours − nearest; "
             f"lower is smoother; exact one-sided sign test, ties dropped)."]
    for result in report["results"]:
        title = f"{result['corpus']} ({result['n_sounds']} sounds, {result['n_atlas_points']} atlas points)"
        parts += ["", table(result["summary"], title), "", f"Paired against nearest, {title}:", "",
                  paired_table(result["paired"]), "", *per_curve_lines(result["paired"]), "",
                  diagnostics_line(result), "", replay_line(result["replay_reference"]), "",
                  *[f"- {v}" for v in result["verdicts"]]]
    if report.get("live") is not None:
        from descriptors_live import markdown as live_markdown

        parts += ["", *live_markdown(report["live"], offline_ramp(report))]
    write_report(out, without_traces(report), "\n".join(parts) + "\n")
    plot(report["results"], out.with_suffix(".png"), report.get("live"))


def diagnostics_line(result: dict) -> str:
    """Runs and line prominence, means over curves, for ours and the baseline."""
    bits = []
    for name in DESCRIPTORS:
        ours, base = _entry(result["summary"], name, "viterbi"), _entry(result["summary"], name, "nearest")
        if ours is None or base is None or ours.get("run_median_hops") is None:
            continue
        o, b = (lambda key, spec: _shown(ours.get(key), spec)), (lambda key, spec: _shown(base.get(key), spec))
        bits.append(f"{name}: median run {o('run_median_hops', '.1f')} hops "
                    f"({_shown(100 * ours['runs_of_one_window_share'], '.0f')} % exactly one window long, largest "
                    f"seam phase share {o('seam_phase_max_share', '.2f')}); lines over floor "
                    f"{o('lines_over_floor_db', '+.1f')} / {b('lines_over_floor_db', '+.1f')} dB (window-only "
                    f"{o('window_lines_db', '+.1f')} / {b('window_lines_db', '+.1f')}, hop-rate "
                    f"{o('hop_lines_db', '+.1f')} / {b('hop_lines_db', '+.1f')}), tilt {o('tilt_db', '+.1f')} / "
                    f"{b('tilt_db', '+.1f')} dB (ours / nearest)")
    return ("Diagnostics, means over curves (the window-rate energy = lines over their local floor + tilt, the floor "
            "against the band's mean from 0 Hz; lines over floor about 0 dB = no line): " + "; ".join(bits) + ".")


def without_traces(report: dict) -> dict:
    """The report without the per-hop traces (they are only for the plot: megabytes of JSON)."""
    results = [{**r, "curves": [{k: v for k, v in c.items() if k != "trace"} for c in r["curves"]]}
               for r in report["results"]]
    live = report.get("live")
    if live is not None and "curves" in live:
        live = {**live, "curves": {k: {n: v for n, v in c.items() if n != "trace"} for k, c in live["curves"].items()}}
    return {**report, "results": results, "live": live}


def replay_line(ref: dict) -> str:
    return (f"Corpus sounds replayed as encoded (no seam at all; {ref['n_sets']} sets of {ref['sounds_per_set']} "
            f"sounds): window-rate energy {ref['window_rate_db']:.1f} ± {ref['window_rate_db_sd']:.1f} dB "
            f"(from {ref['window_rate_db_min']:.1f} to {ref['window_rate_db_max']:.1f}), flux "
            f"{ref['flux_db']:.2f} dB/hop; its lines {ref['lines_over_floor_db']:+.1f} dB over their floor "
            f"(window-only {_shown(ref['window_lines_db'], '+.1f')}, hop-rate {ref['hop_lines_db']:+.1f}), tilt "
            f"{ref['tilt_db']:+.1f} dB.")


def _shown(value, spec: str) -> str:
    """A figure for the Markdown, '–' where it does not exist (no window-only lines when hop = window)."""
    return "–" if value is None or not np.isfinite(value) else format(value, spec)


def _entry(summary, name, method):
    return next((s for s in summary if s["descriptor"] == name and s["method"] == method), None)


def _pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 3 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def _percentile(values: np.ndarray, q: float) -> float:
    return float(np.percentile(values, q)) if len(values) else float("nan")


if __name__ == "__main__":
    main()
