"""Run an engine through a real PortAudio stream on JACK and record what the callback made.

Run in a subprocess (sounddevice must be imported after the JACK environment is set):

    python tests/stream_render.py OUT.wav SECONDS BLOCK            # the records of EVENTS
    python tests/stream_render.py --scores JOBS.pkl OUT_DIR BLOCK  # one stream per job

With ``--scores``, JOBS.pkl holds a list of ``{"name", "synth", "seed", "score"}``: the
engine is built by the factory from ``synth_section(**synth)`` and ``seed``, the score's
sources are handed over before the stream opens, and its records are fed into the ring
from this thread while the stream plays, a few thousand frames before they fall due (as
an OSC sender with timetags would). Each job is recorded to OUT_DIR/NAME.wav from the
first callback on, until the score has been played; one JSON line per job reports late
records, xruns and callback errors. Used by test_stream.py and test_offline_matches_stream.py.
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from pathlib import Path

from rtvae.engine import controls as c

EVENTS = [
    (4410, c.SMOOTH_MS, [0.0]), (8000, c.Z_PAIRS, [0, 3.0, 1, -3.0, 2, 3.0]), (20000, c.GAIN, [0.5]),
    (30000, c.TEMPERATURE, [0.8]), (40000, c.Z_PAIRS, [3, 2.0, 4, -2.0]), (52000, c.MUTE, [1]),
    (60000, c.MUTE, [0]),
]
LEAD_FRAMES = 4096  # records are pushed this far ahead of the frames being played
SCORE_TIMEOUT_S = 30.0


def open_output(player, out: Path, block: int, max_block: int):
    """A warmed AudioOutput on JACK's system ports at the model's rate, recording to ``out``."""
    from rtvae.drivers.recorder import Recorder
    from rtvae.drivers.stream import AudioOutput, find_output_device

    recorder = Recorder(player.sample_rate)
    output = AudioOutput(player, player.sample_rate, find_output_device("system"), block=block, channels=(0,),
                         device_rate=player.sample_rate, recorder=recorder, max_block=max_block)
    player.warm()
    output.warm()
    recorder.start(out)  # taps from the very first callback
    return output, recorder


def stream_events(out: str, seconds: float, block: int) -> None:
    """The EVENTS, all in the ring before the stream opens, for ``seconds``."""
    from rtvae.engine.factory import build_engine, synth_section
    from rtvae.engine.player import Player
    from rtvae.model.directory import load_model

    engine = build_engine(load_model("default"), synth_section(), max_block=1024, seed=7)
    writer = c.ControlWriter(engine.ring)
    for due, kind, values in EVENTS:
        writer.send(kind, values, due)
    output, recorder = open_output(Player(engine), Path(out), block, 1024)
    with output:
        time.sleep(seconds)
    recorder.stop()
    print(output.telemetry.counters[1], output.telemetry.counters[3])


def stream_score(model, job: dict, out: Path, block: int) -> dict:
    """Play one job's score live, feeding its records while it plays; what went wrong, counted."""
    from rtvae.drivers.offline import RecordFeeder
    from rtvae.engine import telemetry as tm
    from rtvae.engine.engine import N_DEFERRED, N_LATE
    from rtvae.engine.factory import build_engine, synth_section
    from rtvae.engine.player import Player

    engine = build_engine(model, synth_section(**job["synth"]), seed=job["seed"])
    score = job["score"]
    score.load_into(engine)
    feeder = RecordFeeder(engine.ring, score.records)
    player = Player(engine)
    feeder.feed(LEAD_FRAMES)
    output, recorder = open_output(player, out, block, engine.max_block)
    deadline = time.monotonic() + SCORE_TIMEOUT_S
    with output:
        while player.delivered < score.end + 4 * block and time.monotonic() < deadline:
            feeder.feed(player.delivered + LEAD_FRAMES)
            time.sleep(0.001)
    recorder.stop()
    counters = output.telemetry.counters
    return {"name": job["name"], "late": int(engine.counters[N_LATE]), "deferred": int(engine.counters[N_DEFERRED]),
            "unsent": len(feeder), "xruns": int(counters[tm.XRUNS]), "errors": int(counters[tm.CALLBACK_ERRORS])}


def stream_scores(jobs_path: str, out_dir: str, block: int) -> None:
    from rtvae.model.directory import load_model

    model = load_model("default")
    jobs = pickle.loads(Path(jobs_path).read_bytes())
    for job in jobs:
        print(json.dumps(stream_score(model, job, Path(out_dir) / f"{job['name']}.wav", block)), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--scores":
        stream_scores(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        stream_events(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]))
    import sounddevice

    sounddevice._terminate()
