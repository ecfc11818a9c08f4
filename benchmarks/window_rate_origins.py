"""Where the descriptor paths' window-rate energy comes from: the material, the decoder, the seams.

A diagnostic beside ``benchmarks/descriptors.py``, whose acceptance comparison ("lower
window-rate energy than the per-frame nearest neighbour") it explains, on the embedded
model's procedural corpus. Three parts:

* **the material**: :func:`rtvae.explore.quality.window_rate_energy_db` of every corpus
  sound's *original recording* (no model at all) and of its decoded replay (encoded and
  played back through the engine, no seam), per family. The measure divides the power on
  the lines of the window rate by the envelope spectrum's mean from 0 Hz, so a sound whose
  own envelope has energy near those lines (a kick's low body, a beating bass) scores high
  without any click;
* **the seams** of ours (``viterbi``) and the baseline (``nearest``), for ``centroid_hz``
  and ``rms_db`` over five of that benchmark's curves (``sine 2``, ``sine 3``,
  ``random 1``, ``random 3``, ``ramp up``): the *crossfade level at a seam* (the first
  difference squared of the output, the measure's own envelope, around every seam, over
  its mean from one window before to two after, averaged over the seams, then its mean
  over the 768 samples where the seam's window crossfades with the run's last ones; 1 is
  no dip: the overlap-add is an equal-amplitude crossfade, which keeps the level of
  windows that continue one another and dips by up to 3 dB between unrelated ones) and
  the *correlation at a seam* (of the Hann-weighted decoded window played with the one
  the run was going to, median). The nearest neighbour seams on every hop: its windows
  are unrelated all the time, and such a sum has a constant expected level at 4x
  overlap, so it has no dip to show, only roughness;
* **where the lines' power is**: the share of the 16 lines' power that the top tenth of
  the render (in 5120-sample stretches) brings (a stretch's share is its part of the
  lines' complex sum projected on the sum: negative where it cancels others, so a tenth
  can bring more than all), and the corpus sound the top stretch plays most. The measure
  weighs by level squared: a few loud stretches decide it;
* **the decoder's position pattern**: every decoded window's first difference squared over
  its mean, averaged over the corpus's windows, then its four hop-long quarters added with
  the overlap-add's weights, as the engine stacks them (:func:`position_pattern`): a flat
  line (1 everywhere) if the high band's level does not depend on where in the window a
  sample lies; the original frames, measured the same way, for scale. Two tests of whether
  that pattern decides the figure, on the same paths: the decoder's *mean window* (over
  the corpus) taken from every decoded window before the overlap-add (an additive pattern
  would go with it), and the paths rendered under ``sola`` (windows placed off the hop
  grid, where no fixed pattern stacks in one phase);
* **which part of the decoder's error**: the same paths played from the recordings
  (``descriptors.recorded_windows``: no decoder), then with the decoder's error (decoded
  window minus recorded one) added back, only its part below :data:`SPLIT_HZ` or only its
  part above (a zero-phase 4th-order Butterworth split of each window's error), then whole
  (the decoded sound). The band whose error turns ours' figure is the one that decides it;
* **the figure's two sides**, on every curve of that benchmark (:data:`descriptors.CURVES`) for
  ``centroid_hz``, ``rms_db`` and ``f0_hz``, ours and the baseline
  (:func:`rtvae.explore.quality.window_rate_parts`): the lines' *depth* (how deeply the high band
  pulses at the window rate, against its mean level), the figure's floor from half the
  first line up (*roughness*: how much that level jitters at fast rates) and below it
  (*slow*: the curve's own motion and level steps fewer than about 21 a second, such as a
  path's seams), and the slow bins' share of the floor, each paired curve by curve with a
  sign test. The figure is depth over the whole floor, so a render that pulses as deeply
  but jitters more, or moves more slowly, scores lower.

    python benchmarks/window_rate_origins.py [--out benchmarks/results/window_rate_origins.json]
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import numpy as np
from scipy.signal import butter, sosfiltfilt

from descriptors import CURVES as BENCHMARK_CURVES  # beside this file
from descriptors import DESCRIPTORS as PART_DESCRIPTORS  # beside this file: the acceptance's three
from descriptors import (overlap_added, paired, path_points, recorded_frames, recorded_windows,  # beside this file
                         render_method, seam_mask, target_curve)
from rtvae.bench.machine import machine_info, machine_line
from rtvae.engine.factory import synth_section
from rtvae.engine.overlap_add import periodic_hann, synthesis_window
from rtvae.explore.corpus import corpus_for
from rtvae.explore.quality import (N_HARMONICS, click_envelope, window_rate_energy_db, window_rate_parts,
                                   window_steps)
from rtvae.explore.targets import Selector
from rtvae.model.directory import load_model

CURVES = ("sine 2", "sine 3", "random 1", "random 3", "ramp up")
DESCRIPTORS = ("centroid_hz", "rms_db")
METHODS = ("viterbi", "nearest")
STRETCH = 5120        # samples per stretch for the lines' shares (5 windows)
SPLIT_HZ = 2000.0     # where the decoder's error is split into its low and high part
PARTS = ("window_rate_db", "depth_db", "roughness_db", "slow_db", "slow_share")


def seam_figures(audio: np.ndarray, points: np.ndarray, selector: Selector, decode, window: int, hop: int) -> dict:
    """The crossfade level around the seams and the median correlation at them (module doc)."""
    envelope = np.r_[0.0, np.diff(np.asarray(audio, np.float64)) ** 2]
    seams = np.flatnonzero(seam_mask(points, selector)) + 1
    successor = selector._next  # noqa: SLF001 - where the run was going, as the selector sees it
    taper = periodic_hann(window)
    profiles, pairs = [], []
    for t in seams:
        start = t * hop
        if start - window < 0 or start + 2 * window > len(envelope):
            continue
        span = envelope[start - window:start + 2 * window]
        if span.mean() > 0:
            profiles.append(span / span.mean())
        going = successor[points[t - 1]]
        pairs.append((points[t], going if going >= 0 else points[t - 1]))
    level = float(np.mean(np.mean(profiles, axis=0)[window:2 * window - hop])) if profiles else None
    correlation = None
    if pairs:
        a, b = (decode(selector.atlas.latents[np.array(side)]) * taper for side in zip(*pairs))
        norms = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)
        correlation = float(np.median(np.sum(a * b, axis=1) / np.maximum(norms, 1e-30)))
    return {"seams": int(len(seams)), "crossfade_level": level, "seam_correlation": correlation}


def line_shares(audio: np.ndarray, window: int) -> np.ndarray:
    """Per stretch, its share of the window-rate lines' power (shares sum to 1)."""
    n = (len(audio) - 1) // STRETCH * STRETCH  # whole stretches (each a whole number of windows)
    envelope = click_envelope(audio[:n + 1], window)
    t = np.arange(n)
    shares = np.zeros(n // STRETCH)
    for h in range(1, N_HARMONICS + 1):
        parts = (envelope * np.exp(-2j * np.pi * h * t / window)).reshape(-1, STRETCH).sum(axis=1)
        shares += np.real(parts * np.conj(parts.sum()))
    return shares / shares.sum()


def position_pattern(windows: np.ndarray, hop: int) -> np.ndarray:
    """(hop,) the windows' high-band level by position, stacked as overlap-add stacks it, mean 1 (module doc)."""
    steps = window_steps(windows)
    level = steps.mean(axis=1)
    steps = steps[level > 0] / level[level > 0, None]
    weights = synthesis_window(windows.shape[1], hop, "ola").astype(np.float64)
    stacked = (steps.mean(axis=0) * weights).reshape(-1, hop).sum(axis=0)
    return stacked / stacked.mean()


def pattern_figures(pattern: np.ndarray, window: int) -> dict:
    """Spread of a :func:`position_pattern`, and its pulse on the hop harmonics that are the measure's lines.

    ``on_lines``: the pattern's amplitude (a share of its mean) at each hop harmonic that is
    one of the N_HARMONICS window-rate lines (window-rate line = harmonic x window / hop).
    """
    spectrum = np.abs(np.fft.rfft(pattern - pattern.mean())) * 2 / len(pattern)
    per_line = len(pattern) * N_HARMONICS // window  # hop harmonics up to the last line
    on_lines = {int(h * window // len(pattern)): float(spectrum[h]) for h in range(1, per_line + 1)}
    return {"std": float(pattern.std()), "min": float(pattern.min()), "max": float(pattern.max()), "on_lines": on_lines}


def decoder_pattern(model, corpus, decode, frames: np.ndarray) -> tuple[dict, np.ndarray]:
    """The position pattern of the corpus's decoded windows and of their recorded ``frames``
    (:func:`descriptors.recorded_frames`); the mean decoded window."""
    window, decoded = model.card.window, decode(corpus.mu)
    figures = {"windows": len(decoded),
               "decoded": pattern_figures(position_pattern(decoded, corpus.hop), window),
               "original": pattern_figures(position_pattern(frames, corpus.hop), window)}
    return figures, decoded.astype(np.float64).mean(axis=0)


def error_bands(decoded: np.ndarray, recorded: np.ndarray, split, hop: int, window: int) -> dict:
    """Window-rate dB of a path from the recordings, with the decoder's low or high error added back (module doc)."""
    error = np.asarray(decoded, np.float64) - recorded
    high = sosfiltfilt(split, error, axis=1)
    played = {"recordings_db": recorded, "low_error_db": recorded + error - high, "high_error_db": recorded + high}
    return {key: window_rate_energy_db(overlap_added(w, hop, "ola"), window) for key, w in played.items()}


def sound_label(corpus, point: int) -> str:
    """The corpus sound an atlas point plays ('midpoint' for a point between two sounds)."""
    from rtvae.explore.algebra import sound_of

    return "midpoint" if point >= corpus.atlas.n_windows else corpus.names[sound_of(corpus, point)]


def material(model, corpus, synth) -> list[dict]:
    """The measure on every corpus sound's original recording and on its decoded replay."""
    from rtvae.data.synth import corpus_specs, render_sound
    from rtvae.drivers.offline import render_latents

    rows = []
    for spec in corpus_specs():
        original = render_sound(spec, seed=0, sample_rate=model.card.sample_rate)  # as procedural_corpus renders it
        decoded = render_latents(model, corpus.sequence(spec.name)[0], synth)
        rows.append({"sound": spec.name, "family": spec.family,
                     "original_db": window_rate_energy_db(original, model.card.window),
                     "decoded_db": window_rate_energy_db(decoded, model.card.window)})
    return rows


def by_family(rows: list[dict]) -> list[dict]:
    families = list(dict.fromkeys(r["family"] for r in rows)) + ["all"]
    out = []
    for family in families:
        picked = [r for r in rows if family in ("all", r["family"])]
        out.append({"family": family, "n": len(picked),
                    **{f"{key}_median": float(np.median([r[key] for r in picked])) for key in ("original_db", "decoded_db")},
                    **{f"{key}_max": float(np.max([r[key] for r in picked])) for key in ("original_db", "decoded_db")}})
    return out


class Renders:
    """Each (descriptor, curve, method) of the descriptor benchmark rendered once: the seams' part and the
    sides' part read some of the same renders."""

    def __init__(self, model, corpus, synth):
        self.model, self.corpus, self.synth = model, corpus, synth
        self.n_hops = int(round(10.0 * model.card.sample_rate / synth.hop))
        self._done: dict = {}

    def __call__(self, name: str, kind: str, method: str):
        """(target, audio, latent path, selector) of one curve rendered by one method under the synthesis."""
        key = (name, kind, method)
        if key not in self._done:
            target = target_curve(Selector(self.corpus.atlas), name, kind, self.n_hops)
            audio, path, _, selector = render_method(self.model, self.corpus, name, target, method, 10.0, self.synth)
            self._done[key] = (target, audio, path, selector)
        return self._done[key]


def figure_parts(renders: Renders) -> list[dict]:
    """Per (descriptor, benchmark curve, method): the window-rate figure and its sides (module doc)."""
    window = renders.model.card.window
    rows = []
    for name in PART_DESCRIPTORS:
        for kind in BENCHMARK_CURVES:
            for method in METHODS:
                audio = renders(name, kind, method)[1]
                rows.append({"descriptor": name, "curve": kind, "method": method,
                             "window_rate_db": window_rate_energy_db(audio, window), **window_rate_parts(audio, window)})
    return rows


def paired_parts(rows: list[dict]) -> list[dict]:
    """Per descriptor and side: ours − nearest curve by curve (:func:`descriptors.paired`), and each one's mean."""
    out = []
    for name in PART_DESCRIPTORS:
        pair = paired(rows, name, "viterbi", keys=PARTS)
        entry = {"descriptor": name, "n_curves": pair["n_pairs"]}
        for key in PARTS:
            means = {f"{'ours' if m == 'viterbi' else m}_mean": float(np.mean(
                [r[key] for r in rows if r["descriptor"] == name and r["method"] == m])) for m in METHODS}
            entry[key] = {**pair[key], **means}
        out.append(entry)
    return out


def run(out: Path) -> dict:
    model, synth = load_model("default"), synth_section()
    corpus = corpus_for(model)
    sounds = material(model, corpus, synth)
    decoder = model.decoder(max_batch=256)
    window, hop = model.card.window, synth.hop
    frames = recorded_frames(model, corpus)
    pattern, mean_window = decoder_pattern(model, corpus, decoder.decode_array, frames)
    sola = synth_section(synthesis="sola")
    split = butter(4, SPLIT_HZ, "highpass", fs=model.card.sample_rate, output="sos")
    renders = Renders(model, corpus, synth)
    rows = []
    for name in DESCRIPTORS:
        for kind in CURVES:
            for method in METHODS:
                target, audio, path, selector = renders(name, kind, method)
                points = path_points(path, selector)
                shares = line_shares(audio, window)
                top = np.argsort(-shares)[:max(len(shares) // 10, 1)]
                loudest = int(top[0])
                played = [sound_label(corpus, p) for p in points[loudest * STRETCH // hop:(loudest + 1) * STRETCH // hop]]
                windows = decoder.decode_array(selector.atlas.latents[points]).astype(np.float64)
                rows.append({"descriptor": name, "curve": kind, "method": method,
                             "window_rate_db": window_rate_energy_db(audio, window),
                             **seam_figures(audio, points, selector, decoder.decode_array, window, hop),
                             "top_tenth_line_share": float(shares[top].sum()),
                             "top_stretch_sound": collections.Counter(played).most_common(1)[0][0],
                             "kernel_ola_db": window_rate_energy_db(overlap_added(windows, hop, "ola"), window),
                             "mean_window_removed_db": window_rate_energy_db(overlap_added(windows - mean_window, hop, "ola"),
                                                                             window),
                             "sola_db": window_rate_energy_db(render_method(model, corpus, name, target, method, 10.0,
                                                                            sola)[0], window),
                             **error_bands(windows, recorded_windows(points, frames, selector.atlas), split, hop, window)})
                print(rows[-1], flush=True)
    parts = figure_parts(renders)
    report = {"machine": machine_info(), "curves": CURVES, "material": sounds, "families": by_family(sounds),
              "decoder_pattern": pattern, "rows": rows, "summary": summarise(rows),
              "benchmark_curves": BENCHMARK_CURVES, "part_rows": parts, "parts": paired_parts(parts)}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1))
    out.with_suffix(".md").write_text(table(report))
    print(table(report))
    return report


def summarise(rows: list[dict]) -> list[dict]:
    summary = []
    for name in DESCRIPTORS:
        for method in METHODS:
            picked = [r for r in rows if r["descriptor"] == name and r["method"] == method]
            entry = {"descriptor": name, "method": method, "n_curves": len(picked)}
            for key in ("window_rate_db", "seams", "crossfade_level", "seam_correlation", "top_tenth_line_share",
                        "kernel_ola_db", "mean_window_removed_db", "sola_db", "recordings_db", "low_error_db",
                        "high_error_db"):
                values = [r[key] for r in picked if r[key] is not None]
                entry[key] = float(np.mean(values)) if values else None
            entry["top_stretch_sounds"] = dict(collections.Counter(r["top_stretch_sound"] for r in picked).most_common(3))
            summary.append(entry)
    return summary


def table(report: dict) -> str:
    lines = [machine_line(report["machine"], "python benchmarks/window_rate_origins.py") + " Procedural corpus.", "",
             "The material: window-rate energy (dB) of the corpus sounds' original recordings and decoded replays "
             "(no seam), median and highest per family.", "",
             "| family | sounds | original median / max | decoded replay median / max |", "|---|---|---|---|"]
    for f in report["families"]:
        lines.append(f"| {f['family']} | {f['n']} | {f['original_db_median']:.1f} / {f['original_db_max']:.1f} "
                     f"| {f['decoded_db_median']:.1f} / {f['decoded_db_max']:.1f} |")
    lines += ["", f"The seams, and where the lines' power is: curves {', '.join(report['curves'])}; means over them.", "",
              "| descriptor | method | window-rate dB | seams | crossfade level at a seam | correlation at a seam "
             "| lines' power from the top tenth | the top stretch plays (curves) |", "|---|---|---|---|---|---|---|---|"]
    for s in report["summary"]:
        def f(key, form):
            return "–" if s[key] is None else format(s[key], form)
        lines.append(f"| {s['descriptor']} | {s['method']} | {f('window_rate_db', '.1f')} | {f('seams', '.0f')} "
                     f"| {f('crossfade_level', '.2f')} | {f('seam_correlation', '.2f')} "
                     f"| {f('top_tenth_line_share', '.0%')} "
                     f"| {', '.join(f'{k} ({v})' for k, v in s['top_stretch_sounds'].items())} |")
    return "\n".join(lines + pattern_lines(report) + part_lines(report)) + "\n"


def pattern_lines(report: dict) -> list[str]:
    """The decoder's position pattern, the two tests of it and the error's bands (module doc), as Markdown."""
    p = report["decoder_pattern"]
    lines = ["", f"The decoder's position pattern over {p['windows']} corpus windows: the high band's level by position, "
             "stacked as overlap-add stacks it (1 = flat).", "",
             "| windows | std | range | " + " | ".join(f"pulse on line {k}" for k in p["decoded"]["on_lines"]) + " |",
             "|---|---|---|" + "---|" * len(p["decoded"]["on_lines"])]
    for key in ("decoded", "original"):
        f = p[key]
        lines.append(f"| {key} | {f['std']:.3f} | {f['min']:.2f}–{f['max']:.2f} | "
                     + " | ".join(f"{v:.1%}" for v in f["on_lines"].values()) + " |")
    lines += ["", "The same paths: window-rate dB as the engine renders them (and the same decoded windows put "
              "through the engine's overlap-add kernel alone, a check), with the decoder's mean window taken from every "
              "window, and under sola; means over the curves, and the curves where ours is lower than nearest.", "",
              "| descriptor | method | engine (ola) | kernel alone | mean window removed | sola |", "|---|---|---|---|---|---|",
              *compared(report, ("window_rate_db", "kernel_ola_db", "mean_window_removed_db", "sola_db"))]
    lines += ["", f"Which part of the decoder's error: the same paths played from the recordings, then with the decoder's "
              f"error added back below {SPLIT_HZ:g} Hz only, above it only, and whole (as the engine plays them).", "",
              f"| descriptor | method | recordings | + error below {SPLIT_HZ:g} Hz | + error above {SPLIT_HZ:g} Hz "
              "| decoded |", "|---|---|---|---|---|---|",
              *compared(report, ("recordings_db", "low_error_db", "high_error_db", "window_rate_db"))]
    return lines


def part_lines(report: dict) -> list[str]:
    """The figure's two sides (module doc), as Markdown."""
    names = {"window_rate_db": "window-rate figure (dB)", "depth_db": "depth of the lines (dB)",
             "roughness_db": "floor from half line 1 up (dB)", "slow_db": "floor below half line 1 (dB)",
             "slow_share": "floor's slow share"}
    lines = ["", f"The figure's two sides, on all {len(report['benchmark_curves'])} curves of "
             "`benchmarks/descriptors.py`: the lines' depth and the figure's floor from half the first line up "
             "(roughness) and below it (the curve's motion, slow level steps such as seams), each against the high "
             "band's mean level squared, and the slow bins' share of the floor; means over the curves (ours / nearest), then ours lower / higher curve by curve and the one-sided sign test.", "",
             "| descriptor | measure | ours / nearest | ours lower / higher | p | median Δ |", "|---|---|---|---|---|---|"]
    for e in report["parts"]:
        for key in PARTS:
            f = e[key]
            form = ".2f" if key == "slow_share" else ".1f"
            lines.append(f"| {e['descriptor']} | {names[key]} | {format(f['ours_mean'], form)} / "
                         f"{format(f['nearest_mean'], form)} | {f['lower']} / {f['higher']} | {f['sign_test_p']:.3g} "
                         f"| {f['median_difference']:+.2f} |")
    return lines


def compared(report: dict, keys: tuple[str, ...]) -> list[str]:
    """Table rows: each measure's mean per (descriptor, method), then the curves where ours is lower than nearest."""
    rows = [f"| {s['descriptor']} | {s['method']} | " + " | ".join(f"{s[k]:.1f}" for k in keys) + " |"
            for s in report["summary"]]
    for name in DESCRIPTORS:
        ours = {r["curve"]: r for r in report["rows"] if r["descriptor"] == name and r["method"] == "viterbi"}
        base = {r["curve"]: r for r in report["rows"] if r["descriptor"] == name and r["method"] == "nearest"}
        lower = [sum(ours[c][k] < base[c][k] for c in ours) for k in keys]
        rows.append(f"| {name} | ours lower (of {len(ours)}) | " + " | ".join(str(n) for n in lower) + " |")
    return rows


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/window_rate_origins.json"))
    return run(parser.parse_args(argv).out)


if __name__ == "__main__":
    main()
