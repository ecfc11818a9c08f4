"""Latent maps: what the map plays against where it says it plays it, on the embedded model.

On the embedded default model and its procedural corpus, with the map built as ``rtvae map
build`` builds it (:func:`rtvae.explore.maps.build_map`, PCA, free layout, ``--grid``
nodes a side), the issue's acceptance figures:

1. **Round trip.** Over an even 16 × 16 grid of places in the anchors' box
   ([MARGIN, 1 − MARGIN]²): (x, y) → :meth:`LatentMap.latent_at` → the decoder's window →
   the encoder's mu → :meth:`LatentMap.project`, and the distance to where it started, in
   units of the map's width (the unit square's side). The acceptance figure is over the
   places inside the anchors' convex hull (outside, the map clamps to the hull, so the
   latent read belongs to another place; the whole grid is reported too, measured from
   the clamped place). Two more variants encode what is *played* instead of the raw
   window: the engine's output while the latent is held (a render through
   ``Engine.process``, HELD_HOPS hops per place, the window under full overlap), and,
   along the continuity lines, the output of a moving sweep (each hop's window).
2. **Continuity.** Along two straight lines (horizontal and diagonal), ``LINE_S`` seconds,
   one latent per engine hop, rendered offline through the engine
   (:func:`rtvae.drivers.offline.trajectory_score`) from the map's ``latent_at`` and, as
   the baseline, from the nearest anchor's latent (what a k-d tree explorer such as
   FluCoMa's or CataRT plays). The centroid is measured per hop on the output
   (:func:`rtvae.explore.targets.measured_per_hop`), the first SKIP_HOPS hops left out; its
   hop-to-hop jumps are compared with the largest jump between neighbouring nodes of the
   map's centroid picture along the same line (the issue's criterion), in Hz and in
   semitones. Also: how well the picture predicts the measured centroid along the line.
3. **Classes.** 5-fold cross-validation by sound (stratified by label): the class
   picture's vote (:func:`rtvae.explore.map_pictures.predict_labels`, the 5 nearest
   anchors in map space) over the training sounds' anchors predicts the held-out sounds'
   audible windows (placed by ``project``), per window and per sound (majority vote), with
   chance (the most frequent class) and the same 5-NN in the 128-d latent space for scale.
4. **Knobs.** :func:`rtvae.control.knobs.fit_for`: per knob its σ, explained variance and
   measured effects per σ (``effects``, ``effects_z``). Then an independent check, around
   other corpus windows (seed KNOB_SEED, none of fit_knobs' own): at ±2σ and played over
   their sounds (:func:`rtvae.explore.knobs.played_with`: the window's span as the engine's
   ola plays its sound, as the atlas measures it, whatever ``--synthesis``), does each
   principal knob move the descriptor it claims, in the direction it claims; does each
   semantic knob move its own descriptor more than the other semantic descriptors (and than
   every other descriptor), aimed the two ways the server aims them: on every hop along a
   trail (:meth:`rtvae.explore.knobs.Knobs.played_steps`, as while a sound plays: descriptor
   targets, the pad's sound mode, an interpolation or a played sequence) and once for the
   whole span (as when the latent moves by other means, a map drag or a slewed coordinate:
   the control tick aims again about every 9 hops).
5. **Live** (``--no-live`` skips it). One ``rtvae serve`` on a private JACK dummy server
   (48 kHz, 128 frames) with the map in a temporary ``RTVAE_DATA``; JACK's C example client
   (``jack_simple_client``) on a second dummy server beside it as the machine's floor.
   Segments of SEGMENT_S seconds alternate, the order flipping every pair
   (:mod:`rtvae.bench.pairs`): a ``/rtvae/xy`` sweep at SWEEP_RATE messages a second, and
   the same sweep's latents sent as ``/rtvae/z`` at the same rate (plain latent control,
   the same sound). Per segment: the server's xruns (``/rtvae/status``), the cycles jackd
   blamed on it and its late driver cycles (jackd's log), the same for the floor's jackd;
   then the pairs' sign test of "xy has more".

    python benchmarks/maps.py [--grid 128] [--out benchmarks/results/maps.json] [--no-live]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests/ holds the live-server helpers (as benchmarks/descriptors_live.py uses them)

from rtvae.bench.report import write_report  # noqa: E402 - after the path is set
from rtvae.engine.limits import SYNTHESES  # noqa: E402 - after the path is set

SIDE = 16                    # round trip: places per side of the even grid
ACCEPT_MEDIAN = 0.05         # the issue: median round trip within 5 % of the map's width
HELD_HOPS = 8                # round trip as played: hops each place is held (>= window / hop + 3)
LINES = {"horizontal": ((0.1, 0.5), (0.9, 0.5)), "diagonal": ((0.1, 0.1), (0.9, 0.9))}
LINE_S = 5.0                 # seconds each line is crossed in
SKIP_HOPS = 3                # window / hop - 1: the first hops lie under fewer windows
FOLDS, K = 5, 5              # classes: folds by sound; neighbours (the class picture's)
KNOB_SAMPLES, KNOB_SEED = 64, 1
KNOB_SIGMA = 2.0             # the check's ± σ
KNOB_DESCRIPTORS = ("rms_db", "centroid_hz", "flatness", "f0_hz")
JACK_RATE, JACK_PERIOD = 48000, 128
SWEEP_RATE, SEGMENT_S, PAIRS = 100, 10.0, 6
VARIANTS = ("z", "xy")       # (A, B): the sign test asks whether B has more
LIVE_BUDGET_S = 240.0
SETTLE_S, GAP_S = 1.0, 0.5
FLOOR_CLIENT = "jack_simple_client"
SENDER_TIMEOUT_S = 30.0
REPLAYED_SOUNDS = 8          # round trip reference: corpus sounds replayed through the engine as encoded


# ---------------------------------------------------------------- pure figures (tests/test_bench_maps.py)


def even_places(side: int, low: float, high: float) -> np.ndarray:
    """(side², 2) places on an even grid over [low, high]², x fastest."""
    g = np.linspace(low, high, side)
    return np.stack(np.meshgrid(g, g), -1).reshape(-1, 2)


def hull_of(anchor_xy: np.ndarray):
    from scipy.spatial import Delaunay

    return Delaunay(anchor_xy)


def inside_hull(anchor_xy: np.ndarray, places: np.ndarray) -> np.ndarray:
    return hull_of(anchor_xy).find_simplex(places) >= 0


def clamped_places(anchor_xy: np.ndarray, places: np.ndarray) -> np.ndarray:
    """Each place, or for one outside the anchors' hull the nearest point of the hull (what the map reads there)."""
    from rtvae.explore.maps import onto_hull

    triangulation = hull_of(anchor_xy)
    out = np.array(places, np.float64)
    outside = triangulation.find_simplex(out) < 0
    if outside.any():
        out[outside] = onto_hull(anchor_xy, triangulation.convex_hull, out[outside])
    return out


def spread(values: np.ndarray) -> dict:
    values = np.asarray(values, np.float64)
    values = values[np.isfinite(values)]
    if not len(values):
        return {"n": 0, "median": None, "p95": None, "max": None, "mean": None}
    return {"n": int(len(values)), "median": float(np.median(values)), "p95": float(np.percentile(values, 95)),
            "max": float(values.max()), "mean": float(values.mean())}


def round_trip(made, places: np.ndarray, decode, encode) -> np.ndarray:
    """(n,) distance from each place to where its latent's decoded window lands once encoded and projected."""
    latents = np.stack([made.latent_at(x, y) for x, y in places]).astype(np.float32)
    return np.linalg.norm(made.project(encode(decode(latents))) - places, axis=1)


def steady_windows(audio: np.ndarray, n_latents: int, held_hops: int, hop: int, window: int) -> np.ndarray:
    """(n_latents, window): for latents held ``held_hops`` hops each, one output window under their own hops only.

    Hop k's window sounds over [k hop, k hop + window); the window starting at hop
    ``i held_hops + (window / hop - 1)`` is made of latent i's windows alone when
    ``held_hops >= 2 window / hop - 1``.
    """
    per = window // hop
    if held_hops < 2 * per - 1:
        raise ValueError(f"held_hops must be at least {2 * per - 1}")
    starts = (np.arange(n_latents) * held_hops + per - 1) * hop
    return np.stack([audio[s:s + window] for s in starts])


def line_places(a, b, n: int) -> np.ndarray:
    """(n, 2) places evenly from ``a`` to ``b``."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return a[None] + np.linspace(0.0, 1.0, n)[:, None] * (b - a)[None]


def picture_along_line(picture: np.ndarray, a, b) -> np.ndarray:
    """The (G, G) picture (``[iy, ix]``) at the nodes nearest a line, one node step along its longer axis."""
    g = picture.shape[0] - 1
    steps = max(int(np.ceil(np.abs(np.subtract(b, a)).max() * g)), 1)
    nodes = np.round(line_places(a, b, steps + 1) * g).astype(np.int64)
    return np.asarray(picture, np.float64)[nodes[:, 1], nodes[:, 0]]


def picture_at(picture: np.ndarray, places: np.ndarray) -> np.ndarray:
    """The picture read bilinearly at places (as latent_at reads the grid)."""
    from scipy.ndimage import map_coordinates

    g = picture.shape[0] - 1
    p = np.clip(np.asarray(places, np.float64), 0, 1) * g
    return map_coordinates(np.asarray(picture, np.float64), [p[:, 1], p[:, 0]], order=1, mode="nearest")


def nearest_anchors(anchor_xy: np.ndarray, places: np.ndarray) -> np.ndarray:
    """Index of the nearest anchor to each place (the k-d tree explorer's lookup)."""
    from scipy.spatial import cKDTree

    return cKDTree(anchor_xy).query(places)[1]


def semitones(values: np.ndarray) -> np.ndarray:
    """Values in semitones (re 1 Hz); NaN for values at or below 0."""
    values = np.asarray(values, np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(values > 0, 12.0 * np.log2(np.maximum(values, 1e-300)), np.nan)


def jump_figures(values: np.ndarray, largest_allowed: float) -> dict:
    """Largest and p99 absolute hop-to-hop change, and how many exceed ``largest_allowed``."""
    jumps = np.abs(np.diff(np.asarray(values, np.float64)))
    jumps = jumps[np.isfinite(jumps)]
    if not len(jumps):
        return {"max": None, "p99": None, "over": 0, "n": 0}
    return {"max": float(jumps.max()), "p99": float(np.percentile(jumps, 99)),
            "median": float(np.median(jumps)), "over": int((jumps > largest_allowed).sum()), "n": int(len(jumps))}


def stratified_folds(labels: list[str], folds: int, seed: int = 0) -> np.ndarray:
    """(n_sounds,) fold of each sound: each label's sounds dealt round the folds in a seeded order."""
    rng = np.random.default_rng(seed)
    out = np.zeros(len(labels), np.int64)
    start = 0
    for label in sorted(set(labels)):
        members = np.flatnonzero(np.asarray(labels) == label)
        rng.shuffle(members)
        out[members] = (start + np.arange(len(members))) % folds
        start += len(members)  # the next label starts where this one stopped: folds stay even in size
    return out


def majority(labels: list[str]) -> str:
    """The most common label (ties: the first to reach the count, in order)."""
    return Counter(labels).most_common(1)[0][0]


def knn_cross_validation(made, anchor_sound: np.ndarray, window_xy: np.ndarray, window_sound: np.ndarray,
                         fold_of_sound: np.ndarray, k: int = K) -> dict:
    """Per fold: the class picture's k-NN over the other folds' anchors, predicting this fold's windows.

    ``made`` needs ``anchor_xy`` and ``labels`` (per sound); returns per-window and
    per-sound (majority vote) accuracy, chance (the most frequent class), and the
    predictions.
    """
    from rtvae.explore.map_pictures import predict_labels

    labels = np.asarray(made.labels)
    predicted = np.empty(len(window_xy), object)
    for fold in np.unique(fold_of_sound):
        train = fold_of_sound[anchor_sound] != fold
        test = fold_of_sound[window_sound] == fold
        if not test.any():
            continue
        if not train.any():
            raise ValueError(f"fold {fold}: no training anchor left")
        trained = dataclasses.replace(made, anchor_xy=made.anchor_xy[train]) if dataclasses.is_dataclass(made) \
            else _With(made, anchor_xy=made.anchor_xy[train])
        predicted[test] = predict_labels(trained, anchor_sound[train], window_xy[test], k=k)
    truth = labels[window_sound]
    sounds = np.unique(window_sound)
    votes = {int(s): majority(list(predicted[window_sound == s])) for s in sounds}
    per_sound = np.array([votes[int(s)] == labels[s] for s in sounds])
    counts = Counter(labels[sounds])
    classes = sorted(set(labels))
    confusion = [[int(sum(1 for s in sounds if labels[s] == t and votes[int(s)] == p)) for p in classes]
                 for t in classes]
    return {"window_accuracy": float(np.mean(predicted == truth)), "sound_accuracy": float(per_sound.mean()),
            "n_windows": int(len(window_xy)), "n_sounds": int(len(sounds)),
            "chance_window": float(max(Counter(truth).values()) / len(truth)),
            "chance_sound": float(max(counts.values()) / len(sounds)),
            "per_class_sound_accuracy": {c: float(np.mean([votes[int(s)] == c for s in sounds if labels[s] == c]))
                                         for c in classes},
            "classes": classes, "confusion_by_sound": confusion}


class _With:
    """An object's attributes with some replaced (for a map-like object that is not a dataclass)."""

    def __init__(self, base, **changes):
        self.__dict__.update(vars(base))
        self.__dict__.update(changes)


def latent_knn_accuracy(anchor_latents: np.ndarray, anchor_labels: np.ndarray, anchor_sound_fold: np.ndarray,
                        latents: np.ndarray, truth: np.ndarray, fold: np.ndarray, k: int = K) -> float:
    """Per-window accuracy of the same k-NN vote in the latent space itself (brute force, by folds)."""
    right = 0
    a = anchor_latents.astype(np.float64)
    for f in np.unique(fold):
        train, test = anchor_sound_fold != f, fold == f
        ref, labels = a[train], anchor_labels[train]
        for start in range(0, int(test.sum()), 1024):
            q = latents[test][start:start + 1024].astype(np.float64)
            d = (q * q).sum(1)[:, None] - 2 * q @ ref.T + (ref * ref).sum(1)[None]
            nearest = np.argpartition(d, min(k, len(ref) - 1), axis=1)[:, :k]
            votes = [majority(list(labels[row])) for row in nearest]
            right += int(np.sum(np.asarray(votes) == truth[test][start:start + 1024]))
    return right / len(latents)


def knob_effects(steps, corpus, around: np.ndarray, decode, describe, names: list[str], normalise, hop: int | None,
                 amount: float = KNOB_SIGMA) -> tuple[dict, np.ndarray, np.ndarray]:
    """Per descriptor: median change per σ between the corpus windows ``around`` (indices) displaced by ``steps``
    (at + and - amount σ: one row for all, one per window, or one per window of each span), unit and robust z,
    over the windows where it is defined at both ends (f0: voiced), and how many move up and down; played over their sounds
    (:func:`rtvae.explore.knobs.played_with`) when ``hop`` is given, else the decoded window alone (the latent
    held). Also the descriptors measured up and down, (len(around), n_descriptors) each."""
    from rtvae.explore.knobs import played_both_ways

    if hop:
        up, down = played_both_ways(corpus, around, steps, decode, describe, hop)
    else:
        latents = corpus.mu[around].astype(np.float64)
        up, down = (np.asarray(describe(decode((latents + step).astype(np.float32))), np.float64) for step in steps)
    out = {}
    for i, name in enumerate(names):
        z = (normalise(name, up[:, i]) - normalise(name, down[:, i])) / (2 * amount)
        ok = np.isfinite(z)   # defined at both ends (f0: voiced)
        change = (up[:, i] - down[:, i]) / (2 * amount)
        median = float(np.median(change[ok])) if ok.any() else float("nan")
        out[name] = {"per_sigma": median, "per_sigma_z": float(np.median(z[ok])) if ok.any() else float("nan"),
                     "up": int(np.sum(change[ok] > 0)), "down": int(np.sum(change[ok] < 0)), "n": int(ok.sum())}
    return out, up, down


def claim_check(claimed: str, claimed_sign: float, measured: dict) -> dict:
    """Does the measured median change of ``claimed`` have the claimed sign; the per-latent sign test of it."""
    from rtvae.bench.pairs import sign_test_p

    m = measured.get(claimed)
    if m is None or not np.isfinite(m["per_sigma"]) or claimed_sign == 0:
        return {"agrees": False, "share": None, "sign_test_p": None}
    same, other = (m["up"], m["down"]) if claimed_sign > 0 else (m["down"], m["up"])
    return {"agrees": bool(np.sign(m["per_sigma"]) == np.sign(claimed_sign) and m["per_sigma"] != 0),
            "share": same / max(m["n"], 1), "sign_test_p": sign_test_p(same, other)}


def semantic_check(aim: str, measured: dict, among: tuple[str, ...]) -> dict:
    """Is |z change| of ``aim`` larger than that of every other descriptor in ``among``."""
    own = abs(measured[aim]["per_sigma_z"]) if aim in measured else float("nan")
    others = {n: abs(measured[n]["per_sigma_z"]) for n in among if n != aim and n in measured
              and np.isfinite(measured[n]["per_sigma_z"])}
    largest = max(others, key=others.get) if others else None
    return {"own_z": own, "largest_other": largest, "largest_other_z": others.get(largest),
            "holds": bool(np.isfinite(own) and (largest is None or own > others[largest]))}


def sweep_places(n: int) -> np.ndarray:
    """(n, 2) a Lissajous sweep over the middle of the map (x 3 turns, y 2 over the n messages)."""
    t = np.arange(n) / max(n, 1)
    return np.stack([0.5 + 0.38 * np.sin(2 * np.pi * 3 * t), 0.5 + 0.38 * np.sin(2 * np.pi * 2 * t + 0.7)], 1)


def late_cycles(blame: dict, role: str) -> int:
    """Cycles jackd blamed on ``role`` plus its late driver cycles (jackd's own scheduling)."""
    return int(blame.get("late_clients", {}).get(role, 0)) + int(blame.get("late_driver_cycles", 0))


def paired_extra(results: list[dict], variants: tuple[str, str], measure: str) -> dict | None:
    """:func:`rtvae.bench.pairs.summary`'s figures for a measure it does not know (a count)."""
    import statistics

    from rtvae.bench.pairs import sign_test_p

    a, b = variants
    rows = [(r["figures"][a].get(measure), r["figures"][b].get(measure)) for r in results
            if all("error" not in r["figures"].get(v, {"error": 1}) for v in variants)]
    rows = [(x, y) for x, y in rows if x is not None and y is not None]
    if not rows:
        return None
    more, fewer = sum(y > x for x, y in rows), sum(y < x for x, y in rows)
    return {"median": {a: statistics.median(x for x, _ in rows), b: statistics.median(y for _, y in rows)},
            "total": {a: sum(x for x, _ in rows), b: sum(y for _, y in rows)},
            "differences": [y - x for x, y in rows], "median_difference": statistics.median(y - x for x, y in rows),
            "more": more, "fewer": fewer, "ties": len(rows) - more - fewer, "sign_test_p": sign_test_p(more, fewer)}


# ---------------------------------------------------------------- the measurements


def measure_round_trip(made, model, corpus, analyser, synth, log=print) -> dict:
    from rtvae.drivers.offline import render_latents
    from rtvae.explore.maps import MARGIN

    window, hop = model.card.window, synth.hop
    places = even_places(SIDE, MARGIN, 1 - MARGIN)
    inside = inside_hull(made.anchor_xy, places)
    start = clamped_places(made.anchor_xy, places)
    latents = np.stack([made.latent_at(x, y) for x, y in places]).astype(np.float32)

    def encode(windows):
        return analyser.encoder.encode(windows)[0]

    raw_back = made.project(encode(analyser.decode(latents)))
    audio = render_latents(model, np.repeat(latents, HELD_HOPS, axis=0), synth)
    played_back = made.project(encode(steady_windows(audio, len(latents), HELD_HOPS, hop, window)))
    raw, played = (np.linalg.norm(back - start, axis=1) for back in (raw_back, played_back))
    out = {"places": places.tolist(), "inside": inside.tolist(), "n_inside": int(inside.sum()), "n": len(places),
           "raw": {"inside": spread(raw[inside]), "all_from_clamped": spread(raw)},
           "played_held": {"inside": spread(played[inside]), "all_from_clamped": spread(played)},
           "raw_error": raw.tolist(), "played_error": played.tolist(), "held_hops": HELD_HOPS}
    out["accepted"] = bool(out["raw"]["inside"]["median"] <= ACCEPT_MEDIAN)
    out["replayed_reference"] = replayed_reference(made, model, corpus, analyser, synth)
    log(f"  round trip: median {100 * out['raw']['inside']['median']:.1f} % (raw window), "
        f"{100 * out['played_held']['inside']['median']:.1f} % (held as played)")
    return out


def replayed_reference(made, model, corpus, analyser, synth) -> dict:
    """For scale: corpus sounds played through the engine as encoded (each hop its own window's mu), each
    output hop's window encoded and projected, against the projection of the mu played there."""
    from rtvae.drivers.offline import render_latents

    window, hop = model.card.window, synth.hop
    picks = np.random.default_rng(0).choice(len(corpus.names), min(REPLAYED_SOUNDS, len(corpus.names)), replace=False)
    distances = []
    for i in picks:
        mu = corpus.mu[corpus.offsets[i]:corpus.offsets[i + 1]]
        audio = render_latents(model, mu, synth)
        n = min((len(audio) - window) // hop + 1, len(mu))
        spans = np.arange(SKIP_HOPS, n)[:, None] * hop + np.arange(window)[None]
        back = made.project(analyser.encoder.encode(audio[spans])[0])
        distances.append(np.linalg.norm(back - made.project(mu[SKIP_HOPS:n]), axis=1))
    return {"sounds": [corpus.names[i] for i in picks], **spread(np.concatenate(distances))}


def measure_line(made, model, analyser, synth, name: str, a, b) -> dict:
    from rtvae.drivers.offline import render_latents
    from rtvae.explore.targets import measured_per_hop

    window, hop, rate = model.card.window, synth.hop, model.card.sample_rate
    n = int(round(LINE_S * rate / hop))
    places = line_places(a, b, n)
    column = made.descriptor_names.index("centroid_hz")
    picture = made.descriptor("centroid_hz")
    grid = picture_along_line(picture, a, b)
    grid_hz = jump_figures(grid, np.inf)
    grid_st = jump_figures(semitones(grid), np.inf)
    predicted = picture_at(picture, places)
    found = nearest_anchors(made.anchor_xy, places)
    latents = {"map": np.stack([made.latent_at(x, y) for x, y in places]),
               "nearest": made.anchor_latents[found].astype(np.float64)}
    out = {"line": name, "from": list(a), "to": list(b), "n_hops": n, "seconds": LINE_S,
           "grid": {"nodes": len(grid), "hz": grid_hz, "semitones": grid_st, "values": grid.tolist()},
           "nearest_switches": int(np.sum(np.diff(found) != 0)), "methods": {}}
    for method, z in latents.items():
        audio = render_latents(model, z.astype(np.float32), synth)
        measured = measured_per_hop(audio, window, hop, rate)
        centroid = measured[SKIP_HOPS:, column].astype(np.float64)
        kept = places[SKIP_HOPS:SKIP_HOPS + len(centroid)]
        expect = predicted[SKIP_HOPS:SKIP_HOPS + len(centroid)]
        spans = np.arange(SKIP_HOPS, SKIP_HOPS + len(centroid))[:, None] * hop + np.arange(window)[None]
        moving_back = made.project(analyser.encoder.encode(audio[spans])[0])
        st, st_expect = semitones(centroid), semitones(expect)
        ok = np.isfinite(st) & np.isfinite(st_expect)
        out["methods"][method] = {
            "hz": jump_figures(centroid, grid_hz["max"]), "semitones": jump_figures(st, grid_st["max"]),
            "range_hz": [float(centroid.min()), float(centroid.max())],
            "against_picture": {"r_semitones": float(np.corrcoef(st[ok], st_expect[ok])[0, 1]),
                                "median_abs_semitones": float(np.median(np.abs(st[ok] - st_expect[ok])))},
            "round_trip_moving": spread(np.linalg.norm(moving_back - kept, axis=1)),
            "centroid_hz": centroid.tolist()}
        out["methods"][method]["within_grid"] = out["methods"][method]["hz"]["over"] == 0
    out["picture_along_hops"] = predicted[SKIP_HOPS:].tolist()
    return out


def measure_classes(made, corpus) -> dict:
    from rtvae.explore.map_pictures import anchor_sounds
    from rtvae.explore.maps import QUIET_DB

    atlas = corpus.atlas
    sound_of_window = np.repeat(np.arange(len(corpus.names)), np.diff(corpus.offsets))
    loud = atlas.descriptors[:atlas.n_windows, atlas.column("rms_db")] > QUIET_DB
    windows = np.flatnonzero(loud)
    anchor_sound = anchor_sounds(made, corpus.offsets)
    folds = stratified_folds(made.labels, FOLDS, seed=0)
    window_xy = made.project(corpus.mu[windows])
    out = knn_cross_validation(made, anchor_sound, window_xy, sound_of_window[windows], folds, K)
    labels = np.asarray(made.labels)
    out["latent_space_window_accuracy"] = latent_knn_accuracy(
        made.anchor_latents, labels[anchor_sound], folds[anchor_sound], corpus.mu[windows],
        labels[sound_of_window[windows]], folds[sound_of_window[windows]], K)
    out.update(folds=FOLDS, k=K, anchors=int(len(made.anchor_xy)))
    return out


def voiced_kept(up: np.ndarray, down: np.ndarray, voiced: np.ndarray, f0: int) -> float:
    """Of the windows voiced as played, the share still voiced with the knob at either end (both)."""
    if not voiced.any():
        return float("nan")
    return float(np.mean((up[voiced, f0] > 0) & (down[voiced, f0] > 0)))


def measure_knobs(corpus, model, analyser, hop: int, log=print) -> dict:
    """The knobs as fitted, then the independent check; the semantic knobs beside the baseline the issue started
    from: fixed ridge-regression directions, Gram-Schmidt orthogonalised (:func:`rtvae.explore.semantic.regression_knobs`)."""
    from rtvae.control.knobs import fit_for
    from rtvae.explore.knobs import EFFECT_SAMPLES, Knob, played_with
    from rtvae.explore.semantic import SEMANTIC, regression_knobs

    started = time.time()
    knobs = fit_for(corpus, model)
    fit_s = time.time() - started
    mu = corpus.mu.astype(np.float64)
    used = np.random.default_rng(0).choice(len(mu), min(EFFECT_SAMPLES, len(mu)), replace=False)  # fit_knobs' own
    pool = np.setdiff1d(np.arange(len(mu)), used)
    around = np.random.default_rng(KNOB_SEED).choice(pool, min(KNOB_SAMPLES, len(pool)), replace=False)
    names, atlas = list(corpus.descriptor_names), corpus.atlas
    baseline = [Knob(f"{name} (regression)", direction, float(np.std((mu - mu.mean(0)) @ direction)), float("nan"),
                     aim=SEMANTIC[name]) for name, direction in regression_knobs(atlas).items()]
    f0 = names.index("f0_hz")
    voiced = played_with(corpus, around, np.zeros(mu.shape[1]), analyser.decode, analyser.describe, hop)[:, f0] > 0
    window = model.card.window
    rows = []
    for kind, knob in ([("principal", k) for k in knobs.principal] + [("semantic", k) for k in knobs.semantic.values()]
                       + [("baseline", k) for k in baseline]):
        steps = knobs.steps(knob, mu[around], KNOB_SIGMA)
        played, up, down = knob_effects(steps, corpus, around, analyser.decode, analyser.describe, names,
                                        atlas.normalised, hop)
        raw, _, _ = knob_effects(steps, corpus, around, analyser.decode, analyser.describe, names,
                                 atlas.normalised, None)
        claimed = knob.aim or knob.moves
        row = {"name": knob.name, "kind": kind, "sigma": knob.sigma, "explained": knob.explained,
               "effects": {n: knob.effects.get(n) for n in names}, "effects_z": {n: knob.effects_z.get(n) for n in names},
               "claims": claimed, "claimed_per_sigma": knob.effects.get(claimed),
               "claimed_per_sigma_z": knob.effects_z.get(claimed), "check_played": played, "check_raw": raw}
        if kind == "principal":
            row["sign"] = claim_check(claimed, np.sign(knob.effects_z.get(claimed, 0.0)), played)
        else:
            row["semantic"] = semantic_check(claimed, played, KNOB_DESCRIPTORS)
            row["semantic_all"] = semantic_check(claimed, played, tuple(names))
            row["semantic_raw"] = semantic_check(claimed, raw, KNOB_DESCRIPTORS)
            row["sign"] = claim_check(claimed, 1.0, played)  # a semantic knob claims to raise its descriptor
            row["voiced_kept"] = voiced_kept(up, down, voiced, f0)
        if kind == "semantic":  # aimed afresh every hop along a trail, the way a sound plays (Aimer.along)
            along_trail = knobs.played_steps(knob, corpus, around, window, hop, KNOB_SIGMA)
            trail, up, down = knob_effects(along_trail, corpus, around, analyser.decode, analyser.describe, names,
                                           atlas.normalised, hop)
            row["check_trail"] = trail
            row["semantic_trail"] = semantic_check(claimed, trail, KNOB_DESCRIPTORS)
            row["voiced_kept_trail"] = voiced_kept(up, down, voiced, f0)
        rows.append(row)
    principal = [r for r in rows if r["kind"] == "principal"]
    out = {"fit_s": fit_s, "samples": len(around), "seed": KNOB_SEED, "amount_sigma": KNOB_SIGMA, "rows": rows,
           "principal_sign_agrees": sum(r["sign"]["agrees"] for r in principal), "principal": len(principal),
           "principal_claiming": sum(bool(r["claims"]) for r in principal),
           "principal_sign_significant": sum(r["sign"]["agrees"] and (r["sign"]["sign_test_p"] or 1) < 0.05
                                             for r in principal),
           "explained_total": float(sum(r["explained"] for r in principal))}
    for kind in ("semantic", "baseline"):
        these = [r for r in rows if r["kind"] == kind]
        out[kind] = {"knobs": len(these), "holds": sum(r["semantic"]["holds"] for r in these),
                     "voiced_kept": float(np.median([r["voiced_kept"] for r in these])) if these else None,
                     "holds_all": sum(r["semantic_all"]["holds"] for r in these),
                     "holds_held": sum(r["semantic_raw"]["holds"] for r in these)}
        if kind == "semantic":
            out[kind]["holds_trail"] = sum(r["semantic_trail"]["holds"] for r in these)
            out[kind]["voiced_kept_trail"] = float(np.median([r["voiced_kept_trail"] for r in these])) if these else None
    log(f"  knobs: fitted in {fit_s:.1f} s; principal sign agrees {out['principal_sign_agrees']}/{len(principal)}; "
        f"semantic own > others {out['semantic']['holds']}/{out['semantic']['knobs']} "
        f"(along a trail {out['semantic'].get('holds_trail')}/{out['semantic']['knobs']}) "
        f"(regression baseline {out['baseline']['holds']}/{out['baseline']['knobs']})")
    return out


# ---------------------------------------------------------------- live


def sender_main(pools_file: str, port: str, rate: str, seconds: str) -> None:
    """The sweep sender's process: READY, then per stdin line ``go NAME`` the pool NAME paced, its counts as JSON."""
    from rtvae.bench.latency.load import send_paced

    with open(pools_file, "rb") as f:
        pools = pickle.load(f)
    print("READY", flush=True)
    for line in sys.stdin:
        words = line.split()
        if len(words) == 2 and words[0] == "go":
            print(json.dumps(send_paced(int(port), pools[words[1]], float(rate), float(seconds))), flush=True)


class SweepSender:
    """:func:`sender_main` in a process of its own (no GIL shared with anything measured)."""

    def __init__(self, pools: dict[str, list[bytes]], port: int, folder: Path):
        path = folder / "pools.pickle"
        with open(path, "wb") as f:
            pickle.dump(pools, f)
        self.process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--sender", str(path),
                                         str(port), str(SWEEP_RATE), str(SEGMENT_S)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self._line(SENDER_TIMEOUT_S)
        if line != "READY":
            self.kill()
            raise RuntimeError(f"the sweep sender did not start: {line!r}")

    def _line(self, timeout_s: float) -> str:
        ready, _, _ = select.select([self.process.stdout], [], [], timeout_s)
        return self.process.stdout.readline().strip() if ready else ""

    def send(self, pool: str) -> dict:
        self.process.stdin.write(f"go {pool}\n")
        self.process.stdin.flush()
        line = self._line(SEGMENT_S + SENDER_TIMEOUT_S)
        if not line:
            raise RuntimeError("the sweep sender sent no counts")
        return json.loads(line)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def sweep_pools(made) -> dict[str, list[bytes]]:
    """The sweep as /rtvae/xy messages and, the same latents, as /rtvae/z messages (one segment's worth)."""
    from rtvae.osc.client import message

    places = sweep_places(int(SWEEP_RATE * SEGMENT_S))
    return {"xy": [message("/rtvae/xy", float(x), float(y)) for x, y in places],
            "z": [message("/rtvae/z", *map(float, made.latent_at(x, y))) for x, y in places]}


def wait_for_map(peer, timeout_s: float) -> float:
    """Load the map 'pca' and wait for /rtvae/map/loaded, then for the knobs (fitted on a helper)."""
    started = time.monotonic()
    deadline = started + timeout_s
    while time.monotonic() < deadline:
        reply = peer.request("/rtvae/map/load", "pca", replies=("/rtvae/map/loaded", "/rtvae/error"), timeout_s=10.0)
        if reply and reply[0] == "/rtvae/map/loaded":
            break
        time.sleep(0.5)
    else:
        raise RuntimeError("the server did not load the map within the timeout")
    while time.monotonic() < deadline:
        reply = peer.request("/rtvae/knobs/info", replies=("/rtvae/knobs/info", "/rtvae/error"), timeout_s=2.0)
        if reply and reply[0] == "/rtvae/knobs/info":
            return time.monotonic() - started
        time.sleep(0.5)
    raise RuntimeError("the server's knobs were not fitted within the timeout")


def run_live(made, log=print, budget_s: float = LIVE_BUDGET_S, pairs: int = PAIRS) -> dict:
    """The live part (see the module doc); raises if it cannot start; every process is stopped in ``finally``."""
    from rtvae.bench import pairs as paired
    from rtvae.bench.latency.jacklog import JackLog
    from rtvae.bench.latency.processes import snapshot
    from rtvae.drivers.jack import PrivateJackServer, require_tool
    from rtvae.explore.maps import MAP_FILE, map_folder
    from tests.liveserver import kill_server, start_server, wait_for_corpus

    started = time.monotonic()
    deadline = started + budget_s
    tmp = Path(tempfile.mkdtemp(prefix="rtvae-maps-live-"))
    data = tmp / "data"
    made.save(map_folder("default", "pca", data / "corpora") / MAP_FILE)
    jack = PrivateJackServer(JACK_RATE, JACK_PERIOD, log_path=tmp / "jackd.log")
    floor_jack = PrivateJackServer(JACK_RATE, JACK_PERIOD, log_path=tmp / "jackd-floor.log")
    server = floor = sender = None
    finished = False
    try:
        jack.start()
        floor_jack.start()
        floor_name = f"rtvae-maps-floor-{os.getpid()}"
        floor = subprocess.Popen([require_tool(FLOOR_CLIENT), floor_name], env={**os.environ, **floor_jack.env()},
                                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        server = start_server(jack, tmp / "serve", "--map", "pca", env={"RTVAE_DATA": str(data)})
        wait_for_corpus(server.peer, timeout_s=max(10.0, min(120.0, deadline - time.monotonic())))
        map_s = wait_for_map(server.peer, max(10.0, min(90.0, deadline - time.monotonic())))
        startup_s = time.monotonic() - started
        log(f"  live: server up with its map in {startup_s:.0f} s (map and knobs {map_s:.1f} s)")
        if floor.poll() is not None:
            raise RuntimeError(f"{FLOOR_CLIENT} exited with status {floor.returncode}")
        sender = SweepSender(sweep_pools(made), server.port, tmp)
        logs = {"server": JackLog(jack.log_path, {server.name: "server"}),
                "floor": JackLog(floor_jack.log_path, {floor_name: "floor"})}
        time.sleep(SETTLE_S)

        def segment(variant: str, index: int, tag: str) -> dict:
            if time.monotonic() + SEGMENT_S + 5 > deadline:
                raise TimeoutError("past the live part's budget")
            before, marks = snapshot(server.peer), {k: v.offset() for k, v in logs.items()}
            sent = sender.send(variant)
            blame = {k: v.blame(marks[k], v.offset()) for k, v in logs.items()}
            time.sleep(0.25)
            after = snapshot(server.peer)
            if floor.poll() is not None:
                raise RuntimeError(f"{FLOOR_CLIENT} exited")
            figures = {"xruns": after["xruns"] - before["xruns"],
                       "server_late": int(blame["server"].get("late_clients", {}).get("server", 0)),
                       "jackd_late_cycles": late_cycles(blame["server"], "server"),
                       "driver_late_cycles": int(blame["server"].get("late_driver_cycles", 0)),
                       "floor_late_cycles": late_cycles(blame["floor"], "floor"),
                       "xruns_over_floor": after["xruns"] - before["xruns"] - late_cycles(blame["floor"], "floor"),
                       "controls_applied": after["controls_applied"] - before["controls_applied"],
                       "sent": sent["sent"], "rate_per_s": sent["rate_per_s"], "send_lag_max_ms": sent["lag_ms"]["max"],
                       "others_late": {k: v for k, v in blame["server"].get("late_clients", {}).items() if k != "server"}}
            log(f"  {tag} {variant}: xruns {figures['xruns']}, jackd late {figures['jackd_late_cycles']}, "
                f"floor late {figures['floor_late_cycles']}, controls {figures['controls_applied']}")
            time.sleep(GAP_S)
            return figures

        results = paired.run_pairs(VARIANTS, pairs, segment)
        stats = {}
        try:
            from tests.liveserver import stop_server

            stats = stop_server(server)
        except Exception as exc:  # noqa: BLE001 - the segments' figures stand
            stats = {"error": str(exc)}
        finished = True
    finally:
        if sender is not None:
            sender.kill()
        if server is not None:
            kill_server(server)
        if floor is not None and floor.poll() is None:
            floor.terminate()
            try:
                floor.wait(10)
            except subprocess.TimeoutExpired:
                floor.kill()
        floor_jack.stop()
        jack.stop()
        if finished:
            shutil.rmtree(tmp, ignore_errors=True)  # kept after a failure: the server's and jackd's logs are there
    summary = paired.summary(results, VARIANTS)
    for measure in ("jackd_late_cycles", "floor_late_cycles", "xruns_over_floor"):
        extra = paired_extra(results, VARIANTS, measure)
        if extra is not None:
            summary[measure] = extra
    return {"jack": {"rate": JACK_RATE, "period": JACK_PERIOD, "driver": "dummy"}, "rate_per_s": SWEEP_RATE,
            "segment_s": SEGMENT_S, "variants": list(VARIANTS), "results": results, "summary": summary,
            "startup_s": startup_s, "server_xruns_total": stats.get("xruns"), "seconds": time.monotonic() - started}


# ---------------------------------------------------------------- report


def _f(value, spec: str = ".3g", none: str = "–") -> str:
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return none
    return format(value, spec)


def _pct(value) -> str:
    return _f(None if value is None else 100 * value, ".1f") + " %"


def markdown(report: dict) -> str:
    from rtvae.bench.machine import machine_line

    machine, rt = report["machine"], report["round_trip"]
    lines = [machine_line(machine, report['command']), "",
             f"Map: default model, procedural corpus ({report['map']['sounds']} sounds), PCA, free layout, "
             f"{report['map']['anchors']} anchors, {report['map']['grid']}² grid, built in {report['map']['build_s']:.1f} s; "
             f"synthesis {report.get('synthesis', 'ola')}.",
             "", f"**Round trip** (x, y) → latent_at → decoded → encoded (mu) → project, distance as a share of the "
             f"map's width; {rt['n']} places on an even {SIDE}×{SIDE} grid over the anchors' box, {rt['n_inside']} "
             "inside the anchors' hull (the acceptance set); \"all\" measures every place from the hull point the map "
             "clamps it to.", "",
             "| encoded | places | median | p95 | max |", "|---|---|---:|---:|---:|"]
    for key, label in (("raw", "decoded window (acceptance)"), ("played_held", f"as played, held ({rt['held_hops']} hops, rendered)")):
        for where, what in (("inside", f"inside hull ({rt['n_inside']})"), ("all_from_clamped", f"all ({rt['n']})")):
            s = rt[key][where]
            lines.append(f"| {label} | {what} | {_pct(s['median'])} | {_pct(s['p95'])} | {_pct(s['max'])} |")
    for line in report["continuity"]:
        s = line["methods"]["map"]["round_trip_moving"]
        lines.append(f"| as played, moving ({line['line']} line) | {s['n']} hops | {_pct(s['median'])} | "
                     f"{_pct(s['p95'])} | {_pct(s['max'])} |")
    ref = rt["replayed_reference"]
    lines.append(f"| reference: {len(ref['sounds'])} corpus sounds replayed as encoded (hop by hop) | {ref['n']} hops | "
                 f"{_pct(ref['median'])} | {_pct(ref['p95'])} | {_pct(ref['max'])} |")
    lines += ["", f"- Acceptance (median ≤ {100 * ACCEPT_MEDIAN:.0f} %, decoded window, inside the hull): "
                  f"**{'met' if rt['accepted'] else 'NOT met'}** ({_pct(rt['raw']['inside']['median'])}).", "",
              f"**Continuity**: centroid measured per hop on the engine's output along a line crossed in "
              f"{LINE_S:g} s (one latent per hop), against the largest jump between neighbouring nodes of the map's "
              "centroid picture along the same line; baseline: the nearest anchor's latent (a k-d tree explorer).", "",
              "| line | lookup | max jump (Hz) | p99 (Hz) | jumps > grid's largest | max jump (st) | p99 (st) | "
              "jumps > grid's largest (st) | r with picture (st) | median \\|error\\| vs picture (st) |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for line in report["continuity"]:
        g = line["grid"]
        lines.append(f"| {line['line']} | grid picture ({g['nodes']} nodes) | {_f(g['hz']['max'], '.0f')} | "
                     f"{_f(g['hz']['p99'], '.0f')} | – | {_f(g['semitones']['max'], '.1f')} | "
                     f"{_f(g['semitones']['p99'], '.1f')} | – | – | – |")
        for method, label in (("map", "map (latent_at)"), ("nearest", f"nearest anchor ({line['nearest_switches']} switches)")):
            m = line["methods"][method]
            lines.append(f"| {line['line']} | {label} | {_f(m['hz']['max'], '.0f')} | {_f(m['hz']['p99'], '.0f')} | "
                         f"{m['hz']['over']} / {m['hz']['n']} | {_f(m['semitones']['max'], '.1f')} | "
                         f"{_f(m['semitones']['p99'], '.1f')} | {m['semitones']['over']} / {m['semitones']['n']} | "
                         f"{_f(m['against_picture']['r_semitones'], '.3f')} | "
                         f"{_f(m['against_picture']['median_abs_semitones'], '.2f')} |")
    cl = report["classes"]
    lines += ["", f"**Classes**: the class picture's {cl['k']}-NN vote in map space over the other folds' anchors, "
                  f"{cl['folds']}-fold by sound (stratified by label), predicting the held-out sounds' audible windows "
                  "(placed by project).", "",
              "| | per window | per sound (majority vote) |", "|---|---:|---:|",
              f"| map {cl['k']}-NN (class picture) | {_pct(cl['window_accuracy'])} ({cl['n_windows']} windows) | "
              f"{_pct(cl['sound_accuracy'])} ({cl['n_sounds']} sounds) |",
              f"| chance (most frequent class) | {_pct(cl['chance_window'])} | {_pct(cl['chance_sound'])} |",
              f"| latent-space {cl['k']}-NN (128-d, for scale) | {_pct(cl['latent_space_window_accuracy'])} | – |", "",
              "Per class (per sound): " + ", ".join(f"{c} {_pct(v)}" for c, v in cl["per_class_sound_accuracy"].items())
              + ".", ""]
    kn = report["knobs"]
    cols = KNOB_DESCRIPTORS
    lines += [f"**Knobs** (`fit_for`, {kn['fit_s']:.1f} s): change per σ as fitted (effects, unit / robust z), and the "
              f"independent check around {kn['samples']} other corpus windows (seed {kn['seed']}), ±{kn['amount_sigma']:g}σ, "
              "played over their sounds: the claimed descriptor's median change per σ, the share of windows moving the "
              "claimed way, and the sign test; for the semantic knobs and their baseline, whether the claimed "
              "descriptor moves more than the other three played over a sound, and held (the decoded window alone). "
              "σ is in latent units, except for the semantic knobs, whose σ is their descriptor's robust σ (dB, Hz, "
              "dB of flatness, octaves of f0).", "",
              "| knob | σ | explained | " + " | ".join(f"{c} /σ (z)" for c in cols)
              + " | claims | check: /σ (z) | share | p | verdict |",
              "|---|---:|---:|" + "---:|" * len(cols) + "---|---:|---:|---:|---|"]
    for r in kn["rows"]:
        effects = " | ".join(f"{_f(r['effects'].get(c), '.3g')} ({_f(r['effects_z'].get(c), '.3f')})" for c in cols)
        c = r["check_played"].get(r["claims"], {})
        if r["kind"] == "principal":
            verdict = "sign agrees" if r["sign"]["agrees"] else "sign differs"
        else:
            s, sa = r["semantic"], r["semantic_all"]
            versus_all = "holds" if sa["holds"] else f"≤ {sa['largest_other']} {_f(sa['largest_other_z'], '.3f')}"
            h = r["semantic_raw"]
            verdict = (f"own {_f(s['own_z'], '.3f')} z {'>' if s['holds'] else '≤'} {s['largest_other']} "
                       f"{_f(s['largest_other_z'], '.3f')}; all: {versus_all}; held: own {_f(h['own_z'], '.3f')} "
                       f"{'>' if h['holds'] else '≤'} {h['largest_other']} {_f(h['largest_other_z'], '.3f')}")
        lines.append(f"| {r['name']} | {r['sigma']:.3f} | {_f(r['explained'], '.3f')} | {effects} | {r['claims']} | "
                     f"{_f(c.get('per_sigma'), '.3g')} ({_f(c.get('per_sigma_z'), '.3f')}) | "
                     f"{_f(r['sign']['share'], '.2f')} | {_f(r['sign']['sign_test_p'], '.2g')} | {verdict} |")
    pitch = next((r for r in kn["rows"] if r["name"] == "pitch"), None)
    lines += ["", f"- Principal knobs claiming a descriptor (its sign test over the fitting latents below 0.01): "
                  f"{kn.get('principal_claiming', kn['principal'])} of {kn['principal']}; of those, the check on other "
                  f"latents agrees in sign for {kn['principal_sign_agrees']}, {kn['principal_sign_significant']} significantly (sign test over the "
                  f"latents, p < 0.05) (the 8 explain {_pct(kn['explained_total'])} of the corpus variance)."]
    for kind, what in (("semantic", "Semantic knobs (aimed through the atlas)"),
                       ("baseline", "Baseline, same run (fixed regression directions, Gram-Schmidt)")):
        k = kn[kind]
        lines.append(f"- {what} moving their own descriptor more than the other three semantic descriptors (robust z), "
                     f"played over a sound: {k['holds']} of {k['knobs']}; more than every other descriptor: "
                     f"{k['holds_all']} of {k['knobs']}; on the decoded window alone (held): {k['holds_held']} of "
                     f"{k['knobs']}. Voiced windows still voiced played over their sound at ±{kn['amount_sigma']:g}σ: "
                     + ", ".join(f"{r['name']} {_pct(r['voiced_kept'])}" for r in kn["rows"] if r["kind"] == kind) + ".")
    semantic = [r for r in kn["rows"] if r["kind"] == "semantic" and "semantic_trail" in r]
    if semantic:
        lines += ["", "Semantic knobs played over a sound, aimed the two ways the server aims them: on every hop "
                  "along a trail (while a sound plays: descriptor targets, the pad's sound mode, an interpolation or a "
                  "played sequence; `Aimer.along`: each aim continues the previous one's sound, a seam costing a join "
                  "as descriptor targets do) and once for the span (when the latent moves by other means, a map drag "
                  "or a slewed coordinate: the control tick aims again about every 9 hops): own descriptor's change "
                  "per σ (z), the largest of the other three, voiced windows kept.", "",
                  "| knob | once per span: own | other | voiced kept | every hop, trail: own | other | voiced kept |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for r in semantic:
            s, t = r["semantic"], r["semantic_trail"]
            lines.append(f"| {r['name']} | {_f(s['own_z'], '.3f')} | {s['largest_other']} {_f(s['largest_other_z'], '.3f')} | "
                         f"{_pct(r['voiced_kept'])} | {_f(t['own_z'], '.3f')} | {t['largest_other']} "
                         f"{_f(t['largest_other_z'], '.3f')} | {_pct(r['voiced_kept_trail'])} |")
        k = kn["semantic"]
        lines += ["", f"- Along a trail, own descriptor moved more than the other three: {k['holds_trail']} of "
                      f"{k['knobs']} (once per span: {k['holds']} of {k['knobs']})."]
    if pitch is not None:
        played, raw = pitch["check_played"]["f0_hz"], pitch["check_raw"]["f0_hz"]
        trail = pitch.get("check_trail", {}).get("f0_hz")
        lines.append(f"- Pitch knob: f0 change {_f(played['per_sigma'], '.3g')} Hz/σ played over a sound "
                     f"(up in {played['up']}, down in {played['down']} of {played['n']} windows voiced at both ends), "
                     + (f"{_f(trail['per_sigma'], '.3g')} Hz/σ along a trail (up in {trail['up']}, down in "
                        f"{trail['down']} of {trail['n']}), " if trail else "")
                     + f"{_f(raw['per_sigma'], '.3g')} Hz/σ ({_f(raw['per_sigma_z'], '.3f')} z) on the decoded window alone "
                     f"(up in {raw['up']}, down in {raw['down']} of {raw['n']}).")
    live = report.get("live")
    if live is None:
        lines += ["", "**Live**: skipped (--no-live)."]
    elif "error" in live:
        lines += ["", f"**Live**: failed: {live['error']}"]
    else:
        lines += ["", live_markdown(live)]
    return "\n".join(lines) + "\n"


def live_markdown(live: dict) -> str:
    a, b = live["variants"]
    lines = [f"**Live** (`rtvae serve --map pca` on a private JACK dummy server, {live['jack']['rate']} Hz, period "
             f"{live['jack']['period']}; `{FLOOR_CLIENT}` on a second one beside it): {len(live['results'])} pairs of "
             f"{live['segment_s']:g} s segments, `/rtvae/{a}` (the sweep's latents) and `/rtvae/{b}` (the sweep) at "
             f"{live['rate_per_s']} messages/s, the order flipping every pair; server up in {live['startup_s']:.0f} s.", "",
             f"| pair | first | server xruns {a} / {b} | jackd late cycles {a} / {b} | floor late cycles {a} / {b} | "
             f"controls applied {a} / {b} |", "|---:|---|---:|---:|---:|---:|"]
    for row in live["results"]:
        f = row["figures"]
        if any("error" in f[v] for v in (a, b)):
            lines.append(f"| {row['pair']} | {row['first']} | failed: "
                         + "; ".join(f"{v}: {f[v]['error'][:60]}" for v in (a, b) if "error" in f[v]) + " | | | |")
            continue
        lines.append(f"| {row['pair']} | {row['first']} | " + " | ".join(
            f"{f[a][m]} / {f[b][m]}" for m in ("xruns", "jackd_late_cycles", "floor_late_cycles", "controls_applied"))
            + " |")
    lines.append("")
    s = live["summary"]
    for measure, label in (("xruns", "server xruns"), ("server_late", "cycles jackd blamed on the server"),
                           ("jackd_late_cycles", "jackd late cycles (server + late driver cycles)"),
                           ("floor_late_cycles", "floor's late cycles (its jackd: client + driver)"),
                           ("xruns_over_floor", "server xruns minus the floor's late cycles in the same segment")):
        e = s.get(measure)
        if e is None:
            continue
        lines.append(f"- {label}: totals {e['total'][a]} ({a}) and {e['total'][b]} ({b}); median difference {b} − {a} "
                     f"{e['median_difference']:g}; {b} higher in {e['more']} pairs, lower in {e['fewer']}, tied in "
                     f"{e['ties']} (sign test, {b} higher: p = {e['sign_test_p']:.2f})")
    x = s.get("xruns")
    if x is not None:
        if x["sign_test_p"] < 0.05:
            verdict = f"the xy sweep adds xruns (sign test p = {x['sign_test_p']:.2f})"
        elif x["median_difference"] > 0:
            verdict = (f"xy's median is higher by {x['median_difference']:g}, not significantly "
                       f"(p = {x['sign_test_p']:.2f}): no evidence that the sweep adds xruns")
        else:
            verdict = "no more xruns with the xy sweep than with plain latent control"
        lines.append(f"- Verdict: {verdict} ({s['pairs']} complete pairs; server xruns over the whole run: "
                     f"{live['server_xruns_total']}).")
    return "\n".join(lines)


def plot(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rt = report["round_trip"]
    fig, axes = plt.subplots(2, 3, figsize=(16, 9.5))
    places = np.asarray(rt["places"])
    anchors = np.asarray(report["map"]["anchor_xy"])
    for ax, key, title in ((axes[0, 0], "raw_error", "round trip, decoded window"),
                           (axes[0, 1], "played_error", "round trip, held as played")):
        errors = 100 * np.asarray(rt[key]).reshape(SIDE, SIDE)
        ax.scatter(anchors[:, 0], anchors[:, 1], s=1, color="0.75", zorder=0)
        image = ax.scatter(places[:, 0], places[:, 1], c=errors.ravel(), s=60, marker="s", cmap="magma_r",
                           vmin=0, vmax=max(5.0, float(np.percentile(errors, 95))),
                           edgecolors=np.where(np.asarray(rt["inside"]), "none", "tab:blue"))
        fig.colorbar(image, ax=ax, label="% of the map's width")
        ax.set(xlim=(0, 1), ylim=(0, 1), aspect="equal", title=f"{title} (blue edge: outside the hull)")
    cl = report["classes"]
    ax = axes[0, 2]
    confusion = np.asarray(cl["confusion_by_sound"])
    ax.imshow(confusion, cmap="Blues")
    ax.set_xticks(range(len(cl["classes"])), cl["classes"], rotation=60, fontsize=8)
    ax.set_yticks(range(len(cl["classes"])), cl["classes"], fontsize=8)
    for i in range(len(confusion)):
        for j in range(len(confusion)):
            if confusion[i, j]:
                ax.text(j, i, str(confusion[i, j]), ha="center", va="center", fontsize=7)
    ax.set(xlabel="predicted", ylabel="true",
           title=f"held-out sounds by map {cl['k']}-NN: {100 * cl['sound_accuracy']:.0f} % (chance {100 * cl['chance_sound']:.0f} %)")
    for ax, line in zip(axes[1, :2], report["continuity"]):
        hop_s = report["hop"] / report["sample_rate"]
        for method, color, label in (("nearest", "tab:red", "nearest anchor (k-d tree)"), ("map", "tab:blue", "map")):
            c = np.asarray(line["methods"][method]["centroid_hz"])
            ax.plot((np.arange(len(c)) + SKIP_HOPS) * hop_s, c, color=color, lw=0.8, label=label)
        picture = np.asarray(line["picture_along_hops"])
        ax.plot((np.arange(len(picture)) + SKIP_HOPS) * hop_s, picture, color="black", lw=1, ls="--",
                label="the map's picture")
        ax.set(yscale="log", xlabel="s", ylabel="centroid (Hz)",
               title=f"{line['line']} line {tuple(line['from'])} → {tuple(line['to'])}")
        ax.legend(fontsize=7)
    ax = axes[1, 2]
    rows = [r for r in report["knobs"]["rows"]]
    x = np.arange(len(rows))
    for i, (name, color) in enumerate(zip(KNOB_DESCRIPTORS, ("tab:purple", "tab:orange", "tab:green", "tab:brown"))):
        ax.bar(x + (i - 1.5) * 0.2, [r["check_played"][name]["per_sigma_z"] for r in rows], 0.2, color=color, label=name)
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_xticks(x, [r["name"] for r in rows], rotation=60, fontsize=8)
    ax.set(ylabel="change per σ (robust z)", title="knobs, independent check (played over a sound)")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write(report: dict, out: Path) -> str:
    text = write_report(out, report, markdown(report), echo=False)
    plot(report, out.with_suffix(".png"))
    return text


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--grid", type=int, default=128, help="nodes per side of the map's baked grid (default 128)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/maps.json"))
    parser.add_argument("--live", action=argparse.BooleanOptionalAction, default=True,
                        help="the live part on private JACK servers (default on; --no-live skips it)")
    parser.add_argument("--pairs", type=int, default=PAIRS, help=f"live pairs of segments (default {PAIRS})")
    parser.add_argument("--synthesis", choices=SYNTHESES, help="the engine's synthesis, offline (default: the config's)")
    args = parser.parse_args(argv)
    from rtvae.bench.machine import machine_info
    from rtvae.engine.factory import synth_section
    from rtvae.explore.corpus import Analyser, corpus_for
    from rtvae.explore.maps import build_map
    from rtvae.model.directory import load_model

    started = time.time()
    machine = machine_info()
    model = load_model("default")
    corpus = corpus_for(model)
    synth = synth_section(**({"synthesis": args.synthesis} if args.synthesis else {}))
    analyser = Analyser(model)
    t = time.time()
    made = build_map(corpus, model, corpus_name="default", grid=args.grid, synthesis=synth.synthesis)
    build_s = time.time() - t
    print(f"  map built in {build_s:.1f} s ({len(made.anchor_xy)} anchors, {args.grid}² grid)", flush=True)
    report = {"model": str(model.path), "machine": machine,
              "command": " ".join(["python benchmarks/maps.py", *(sys.argv[1:] if argv is None else argv)]),
              "hop": synth.hop, "synthesis": synth.synthesis, "sample_rate": model.card.sample_rate,
              "map": {"anchors": len(made.anchor_xy), "grid": args.grid, "sounds": len(corpus.names),
                      "build_s": build_s, "method": made.method, "layout": made.layout,
                      "anchor_xy": made.anchor_xy.tolist()}}
    report["round_trip"] = measure_round_trip(made, model, corpus, analyser, synth)
    report["continuity"] = [measure_line(made, model, analyser, synth, name, a, b) for name, (a, b) in LINES.items()]
    for line in report["continuity"]:
        m, n = line["methods"]["map"], line["methods"]["nearest"]
        print(f"  {line['line']}: max jump {m['hz']['max']:.0f} Hz (map) / {n['hz']['max']:.0f} Hz (nearest), "
              f"grid's largest {line['grid']['hz']['max']:.0f} Hz", flush=True)
    report["classes"] = measure_classes(made, corpus)
    print(f"  classes: {100 * report['classes']['sound_accuracy']:.0f} % of held-out sounds", flush=True)
    report["knobs"] = measure_knobs(corpus, model, analyser, corpus.hop)
    report["live"] = None
    if args.live:
        try:
            report["live"] = run_live(made, log=lambda text: print(text, flush=True), pairs=args.pairs)
        except Exception as exc:  # noqa: BLE001 - reported; the offline figures stand
            print(f"  live: failed: {type(exc).__name__}: {exc}", flush=True)
            report["live"] = {"error": f"{type(exc).__name__}: {exc}"}
    report["seconds"] = time.time() - started
    print(write(report, args.out))
    return report


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--sender":
        sender_main(*sys.argv[2:])
    else:
        main()
