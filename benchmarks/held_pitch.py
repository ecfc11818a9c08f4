"""What a held latent sounds like: the ola synthesis against sola, on every fifth corpus sound.

A frame decoder gives one window per latent; held still, a latent gives the same window
every hop. ``ola`` adds those copies every ``hop`` samples, so the output repeats every
hop: a buzz at the hop rate (172 Hz at 44.1 kHz, hop 256) whatever the sound.
``sola`` places each copy where it continues the output (rtvae.engine.overlap_add). For
each sound, a window a third of the way in is held for 200 hops through the engine
(``render_latents``), and the whole sound is replayed window after window, both
syntheses in the same run:

* **held pitch error**: YIN's median f0 of the held output (per hop, after the first 16)
  against the f0 of the decoded window itself (the atlas's, measured on that window
  alone), in cents, over the sounds whose window is voiced;
* **held window-rate energy** (:func:`rtvae.explore.quality.window_rate_energy_db`);
* **replay**: log-spectral distance to the original recording and window-rate energy,
  so that what sola changes for a sound played window after window is seen too.

    python benchmarks/held_pitch.py [--out benchmarks/results/held_pitch.json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from rtvae.bench.machine import machine_info, machine_line
from rtvae.data.synth import corpus_specs, render_sound
from rtvae.drivers.offline import render_latents
from rtvae.engine.factory import synth_section
from rtvae.explore.corpus import corpus_for
from rtvae.explore.quality import log_spectral_distance, window_rate_energy_db
from rtvae.explore.targets import measured_per_hop
from rtvae.model.directory import load_model

SYNTHESES = ("ola", "sola")
HELD_HOPS = 200
SETTLE_HOPS = 16
EVERY = 5          # every fifth corpus sound: 30 of the 150, each family six times


def cents(a: float, b: float) -> float:
    return float(abs(1200.0 * np.log2(a / b)))


def measure_sound(model, corpus, name: str, specs: dict) -> dict:
    window, rate = model.card.window, model.card.sample_rate
    f0 = corpus.descriptor_names.index("f0_hz")
    mu = corpus.sequence(name)[0]
    at = len(mu) // 3
    own_f0 = float(corpus.descriptors[corpus.offsets[corpus.index(name)] + at, f0])
    original = render_sound(specs[name], seed=0, sample_rate=rate)
    row = {"sound": name, "family": specs[name].family, "window_f0_hz": own_f0}
    for synthesis in SYNTHESES:
        synth = synth_section(synthesis=synthesis)
        hop = synth.hop
        held = render_latents(model, np.repeat(mu[at][None], HELD_HOPS, 0), synth)
        per_hop = measured_per_hop(held, window, hop, rate)[SETTLE_HOPS:, f0]
        voiced = per_hop[per_hop > 0]
        replay = render_latents(model, mu, synth)
        n = min(len(original), len(replay))
        row[synthesis] = {
            "held_f0_hz": float(np.median(voiced)) if len(voiced) else 0.0,
            "held_window_rate_db": window_rate_energy_db(held, window),
            "held_rms_db": float(20 * np.log10(np.sqrt(np.mean(held[window:] ** 2)) + 1e-12)),
            "replay_lsd_db": log_spectral_distance(original[:n], replay[:n]),
            "replay_window_rate_db": window_rate_energy_db(replay, window),
        }
        held_f0 = row[synthesis]["held_f0_hz"]
        row[synthesis]["held_f0_error_cents"] = cents(held_f0, own_f0) if own_f0 > 0 and held_f0 > 0 else None
    return row


def summarise(rows: list[dict]) -> dict:
    out = {}
    for synthesis in SYNTHESES:
        errors = [r[synthesis]["held_f0_error_cents"] for r in rows if r[synthesis]["held_f0_error_cents"] is not None]
        within = [e for e in errors if e <= 50]
        out[synthesis] = {
            "voiced_sounds": len(errors),
            "held_f0_error_cents_median": float(np.median(errors)) if errors else None,
            "held_within_50_cents": len(within),
            **{f"{key}_median": float(np.median([r[synthesis][key] for r in rows]))
               for key in ("held_window_rate_db", "held_rms_db", "replay_lsd_db", "replay_window_rate_db")},
        }
    return out


def table(report: dict) -> str:
    s = report["summary"]
    lines = [machine_line(report["machine"], "python benchmarks/held_pitch.py"), "",
             f"{len(report['rows'])} corpus sounds (every {EVERY}th), a window a third of the way in held for "
             f"{HELD_HOPS} hops; medians over sounds.", "",
             "| synthesis | held f0 error (cents) | held within 50 cents | held window-rate energy (dB) "
             "| held level (dBFS) | replay LSD (dB) | replay window-rate energy (dB) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for synthesis in SYNTHESES:
        v = s[synthesis]
        lines.append(f"| {synthesis} | {v['held_f0_error_cents_median']:.0f} | {v['held_within_50_cents']} of "
                     f"{v['voiced_sounds']} | {v['held_window_rate_db_median']:.1f} | {v['held_rms_db_median']:.1f} "
                     f"| {v['replay_lsd_db_median']:.2f} | {v['replay_window_rate_db_median']:.1f} |")
    lines += ["", "Per sound, held f0 (Hz): the window's own / ola / sola.", ""]
    lines.append(", ".join(f"{r['sound']} {r['window_f0_hz']:.0f}/{r['ola']['held_f0_hz']:.0f}/"
                           f"{r['sola']['held_f0_hz']:.0f}" for r in report["rows"]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/held_pitch.json"))
    parser.add_argument("--every", type=int, default=EVERY, help=f"every n-th corpus sound (default {EVERY})")
    args = parser.parse_args(argv)
    model = load_model("default")
    corpus = corpus_for(model)
    specs = {s.name: s for s in corpus_specs()}
    rows = []
    for name in corpus.names[::args.every]:
        rows.append(measure_sound(model, corpus, name, specs))
        print(name, {k: rows[-1][k]["held_f0_hz"] for k in SYNTHESES}, flush=True)
    report = {"machine": machine_info(), "rows": rows, "summary": summarise(rows)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1))
    args.out.with_suffix(".md").write_text(table(report))
    print(table(report))
    return report


if __name__ == "__main__":
    main()
