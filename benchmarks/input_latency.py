"""Live input, end to end on JACK: from a click at the server's input port to its first effect at the output.

For each block size (and JACK at the model's rate, 44.1 kHz, plus one row at 48 kHz through the
two resamplers): a private JACK dummy server, ``rtvae serve --input system`` on it as a user
starts it, and a JACK client (:class:`rtvae.bench.jack_player.JackPlayer`) playing a click train
into ``NAME:in_0``; one capture records the clicks and the output on one clock
(:mod:`rtvae.bench.input_rig`). With the input gate closed on silence the output is exact
zeros, so a click's first effect is the first non-zero output sample. The clicks walk over the
hop grid, so the largest delay is the worst case: it is compared with what the server declares
(``/rtvae/status`` ``input_latency_samples``). Then, gate open, a held-out procedural sound is
played in and its log-spectral distance to the output, lined up by the declared alignment
(``input_aligned_samples``), is set beside the offline reconstruction's.

Writes benchmarks/results/input_latency.json and .md. The figures are inside JACK's graph: a
sound card adds its own capture and playback buffers (JACK's ``-p`` × ``-n`` periods) to both
rtvae and nn~ alike.

    python benchmarks/input_latency.py [--blocks 64,128,256] [--clicks 24]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rtvae.bench.input_rig import click_train, first_effects, play_through  # noqa: E402
from rtvae.bench.machine import machine_info, machine_line  # noqa: E402
from rtvae.drivers.jack import PrivateJackServer  # noqa: E402
from rtvae.explore.quality import log_spectral_distance  # noqa: E402
from tests.liveserver import start_server, status_of, stop_server  # noqa: E402

MODEL_RATE, WINDOW = 44100, 1024
NN_TILDE_MS = (84, 169)  # nn~'s threaded buffer: two buffers at 2048 and at Pd's default 4096 (issue 13)


def held_out_sound(rate: int) -> np.ndarray:
    from rtvae.data.synth import corpus_specs, render_sound
    from rtvae.model.directory import load_model

    name = load_model("default").card.training["corpus"]["val_files"][0]
    return render_sound(next(s for s in corpus_specs() if s.name == name), sample_rate=rate).astype(np.float32)


def offline_lsd(hop: int) -> float:
    """The offline reconstruction's log-spectral distance to the held-out sound, at ``hop``."""
    from rtvae.drivers.offline import reconstruct
    from rtvae.engine.factory import synth_section
    from rtvae.model.directory import load_model

    sound = held_out_sound(MODEL_RATE)
    return log_spectral_distance(sound, reconstruct(load_model("default"), sound, synth_section(hop=hop)))


def measure(rate: int, block: int, hop: int, clicks: int, folder: Path) -> dict:
    jack = PrivateJackServer(rate, block, log_path=folder / f"jackd-{rate}-{block}-{hop}.log").start()
    try:
        server = start_server(jack, folder / f"serve-{rate}-{block}-{hop}", "--input", "system", "--hop", str(hop))
        try:
            status = status_of(server.peer)
            signal, onsets = click_train(rate, clicks)
            audio, facts = play_through(jack.name, server.name, signal)
            delays = first_effects(audio[:, 0], audio[:, 1], WINDOW * rate // MODEL_RATE)
            server.peer.send_message("/rtvae/input/gate", -200.0)
            time.sleep(0.2)
            sound = held_out_sound(rate)
            lead = rate // 10
            audio2, _ = play_through(jack.name, server.name, np.concatenate([np.zeros(lead, np.float32), sound]))
            aligned_device = int(round(status["input_aligned_samples"] * rate / MODEL_RATE))
            start = int(np.flatnonzero(np.abs(audio2[:, 0]) > 0)[0]) - int(np.flatnonzero(np.abs(sound) > 0)[0])
            live = audio2[start + aligned_device:start + aligned_device + len(sound), 1]
            if rate != MODEL_RATE:
                from scipy.signal import resample_poly

                live, sound = (resample_poly(x, MODEL_RATE // 100, rate // 100).astype(np.float32) for x in (live, sound))
            live_lsd = log_spectral_distance(sound, live)
            after = status_of(server.peer)
        finally:
            stats = stop_server(server)
    finally:
        jack.stop()
    to_ms = 1000.0 / rate
    declared_device = status["input_latency_samples"] * rate / MODEL_RATE
    found = delays[delays >= 0]
    return {
        "jack_rate": rate, "block": block, "hop": status["hop"], "clicks": int(len(onsets)), "clicks_heard": int(len(found)),
        "declared_samples_model": status["input_latency_samples"], "declared_samples_device": declared_device,
        "declared_ms": status["input_latency_samples"] * 1000.0 / MODEL_RATE,
        "first_effect_samples": {"min": int(found.min()), "median": float(np.median(found)), "max": int(found.max())},
        "first_effect_ms": {"min": found.min() * to_ms, "median": float(np.median(found)) * to_ms,
                            "max": found.max() * to_ms},
        "max_minus_declared_samples": float(found.max() - declared_device),
        "within_one_block": bool(abs(found.max() - declared_device) <= block),
        "aligned_samples_model": status["input_aligned_samples"],
        "aligned_ms": status["input_aligned_samples"] * 1000.0 / MODEL_RATE,
        "live_lsd_db": live_lsd, "offline_lsd_db": offline_lsd(hop), "server_xruns": stats["xruns"], "input_xruns": after["input_xruns"],
        "capture": facts,
    }


def table(result: dict) -> str:
    lines = [machine_line(result["machine"], result["command"]), "",
             "Inside JACK's graph (a JACK client plays clicks into `rtvae:in_0`; one capture records them and "
             "`rtvae:out_0`); a sound card adds its own buffers to every tool alike. First effect: the first non-zero "
             f"output sample after a click (input gate closed on silence), over {result['runs'][0]['clicks']} clicks "
             "walking over the hop grid; declared: `/rtvae/status` `input_latency_samples` (at most); aligned: where "
             "the input's own sound lands (`input_aligned_samples`).", "",
             "| JACK rate | block | hop | first effect min / median / max (samples) | max (ms) | declared (samples, ms) "
             "| max − declared | within one block | aligned (ms) | log-spectral distance live / offline (dB) | xruns |",
             "|---|---:|---:|---|---:|---|---:|---|---:|---|---:|"]
    for r in result["runs"]:
        f = r["first_effect_samples"]
        lines.append(f"| {r['jack_rate']} | {r['block']} | {r['hop']} | {f['min']} / {f['median']:.0f} / {f['max']} | "
                     f"{r['first_effect_ms']['max']:.1f} | {r['declared_samples_device']:.0f}, {r['declared_ms']:.1f} | "
                     f"{r['max_minus_declared_samples']:+.0f} | {'yes' if r['within_one_block'] else 'NO'} | "
                     f"{r['aligned_ms']:.1f} | {r['live_lsd_db']:.2f} / {r['offline_lsd_db']:.2f} | "
                     f"{r['server_xruns']} |")
    lines += ["", f"nn~ (IRCAM) buffers {NN_TILDE_MS[0]}–{NN_TILDE_MS[1]} ms for its `forward` (encode and decode), "
              "on top of the same device buffers; users report about 900 ms with RAVE."]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blocks", default="64,128,256")
    parser.add_argument("--clicks", type=int, default=24)
    parser.add_argument("--resampled-block", type=int, default=128, help="block of the 48 kHz row (0: none)")
    parser.add_argument("--hop-128-block", type=int, default=128, help="block of the row at hop 128 (0: none)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/input_latency.json"))
    args = parser.parse_args(argv)
    configs = [(MODEL_RATE, int(b), 256) for b in args.blocks.split(",")]
    if args.hop_128_block:
        configs.append((MODEL_RATE, args.hop_128_block, 128))
    if args.resampled_block:
        configs.append((48000, args.resampled_block, 256))
    runs = []
    with tempfile.TemporaryDirectory(prefix="rtvae-input-") as folder:
        for rate, block, hop in configs:
            print(f"JACK {rate} Hz, block {block}, hop {hop} ...", flush=True)
            runs.append(measure(rate, block, hop, args.clicks, Path(folder)))
            r = runs[-1]
            print(f"  first effect {r['first_effect_samples']}, declared {r['declared_samples_device']:.0f}; "
                  f"LSD live {r['live_lsd_db']:.2f} dB", flush=True)
    command = "python benchmarks/input_latency.py " + " ".join(argv if argv is not None else sys.argv[1:])
    result = {"machine": machine_info(), "command": command.strip(),
              "runs": runs}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    args.out.with_suffix(".md").write_text(table(result))
    print(table(result))
    return 0 if all(r["within_one_block"] for r in runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
