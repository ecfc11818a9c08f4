"""Reconstruction quality of a model on held-out sounds: the sola and ola syntheses against concat.

For each sound: encode → decode at the model rate through the engine (as
``rtvae render reconstruct`` does), then compare with the input:
log-spectral distance (dB, lower is better), correlation of the spectral-centroid track,
and the energy on the window-rate lines (dB) of input and output — clicks at window
boundaries raise it. By default the sounds are the embedded model's held-out procedural
sounds (the files its training split kept for validation), re-synthesised by name.

    python benchmarks/reconstruction.py [--model DIR] [--corpus DIR] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import numpy as np

from rtvae.audiofiles import load_sound
from rtvae.data.synth import corpus_specs, render_sound
from rtvae.drivers.offline import reconstruct
from rtvae.engine.factory import synth_section
from rtvae.engine.overlap_add import played_hop
from rtvae.explore.quality import (
    centroid_correlation, centroid_track, log_spectral_distance, window_rate_energy_db,
)
from rtvae.model.directory import load_model

# (synthesis, hop, int8 decoder); concat's hop is the window whatever the config's hop.
VARIANTS = (("sola", 256, False), ("ola", 256, False), ("concat", 256, False), ("sola", 256, True), ("ola", 256, True))


def test_sounds(model, corpus: Path | None, seen: bool) -> dict[str, np.ndarray]:
    """Name → samples: a folder's files, or procedural sounds the model was (not) trained on.

    Held-out sounds are the files its training split kept for validation; "seen" ones are
    every tenth of the others, as many as there are held-out ones.
    """
    rate = model.card.sample_rate
    if corpus is not None:
        return {p.stem: load_sound(p, rate).samples for p in sorted(corpus.glob("*.wav"))}
    held_out = set(model.card.training.get("corpus", {}).get("val_files", []))
    specs = [s for s in corpus_specs() if (s.name in held_out) != seen]
    if seen:
        specs = specs[::10][: len(held_out)]
    if not specs:
        raise SystemExit("the model card lists no held-out files; pass --corpus DIR")
    return {s.name: render_sound(s, seed=0, sample_rate=rate) for s in specs}


def measure(model, name: str, samples: np.ndarray) -> list[dict]:
    rate, window = model.card.sample_rate, model.card.window
    rows = []
    for synthesis, hop, int8 in VARIANTS:
        output = reconstruct(model, samples, synth_section(synthesis=synthesis, hop=hop, int8_decoder=int8))
        rows.append({
            "sound": name, "synthesis": synthesis, "hop": played_hop(window, hop, synthesis),
            "decoder": "int8" if int8 else "float32",
            "lsd_db": log_spectral_distance(samples, output),
            "centroid_r": centroid_correlation(samples, output, rate),
            "mean_centroid_in_hz": _mean_centroid(samples, rate),
            "mean_centroid_out_hz": _mean_centroid(output, rate),
            "window_rate_in_db": window_rate_energy_db(samples, window),
            "window_rate_out_db": window_rate_energy_db(output, window),
        })
    return rows


def _mean_centroid(x: np.ndarray, rate: int) -> float:
    """Energy-weighted mean centroid: one brightness figure per sound."""
    from rtvae.explore.quality import power_spectrogram

    energy = power_spectrogram(x).sum(axis=1)
    return float(np.sum(centroid_track(x, rate) * energy) / (energy.sum() + 1e-20))


def summarise(rows: list[dict]) -> list[dict]:
    """Medians per (synthesis, decoder) over sounds."""
    summary = []
    for synthesis, _, int8 in VARIANTS:
        decoder = "int8" if int8 else "float32"
        picked = [r for r in rows if r["synthesis"] == synthesis and r["decoder"] == decoder]
        summary.append({
            "synthesis": synthesis, "hop": picked[0]["hop"] if picked else None, "decoder": decoder,
            "n_sounds": len(picked),
            **{f"median_{k}": float(np.nanmedian([r[k] for r in picked]))
               for k in ("lsd_db", "centroid_r", "window_rate_in_db", "window_rate_out_db")},
            "centroid_r_across_sounds": float(np.corrcoef(
                np.log([r["mean_centroid_in_hz"] for r in picked]),
                np.log([r["mean_centroid_out_hz"] for r in picked]))[0, 1]),
        })
    return summary


def table(summary: list[dict]) -> str:
    lines = [
        "| synthesis | hop | decoder | sounds | LSD (dB) | centroid r within a sound | centroid r across sounds "
        "| window-rate energy in → out (dB) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in summary:
        lines.append(
            f"| {s['synthesis']} | {s['hop']} | {s['decoder']} | {s['n_sounds']} | {s['median_lsd_db']:.1f} | "
            f"{s['median_centroid_r']:.2f} | {s['centroid_r_across_sounds']:.2f} | {s['median_window_rate_in_db']:.1f} → {s['median_window_rate_out_db']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--corpus", type=Path, help="folder of WAV files to use instead of the held-out sounds")
    parser.add_argument("--seen", action="store_true", help="use training sounds instead of held-out ones")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/reconstruction.json"))
    args = parser.parse_args(argv)
    model = load_model(args.model)
    sounds = test_sounds(model, args.corpus, args.seen)
    rows = [row for name, x in sounds.items() for row in measure(model, name, x)]
    summary = summarise(rows)
    result = {"model": str(model.path), "sounds_used": "seen" if args.seen else "held-out",
              "machine": platform.processor() or platform.machine(),
              "date": time.strftime("%Y-%m-%d"), "summary": summary, "sounds": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    args.out.with_suffix(".md").write_text(table(summary) + "\n")
    print(table(summary))
    return result


if __name__ == "__main__":
    main()
