"""Run an engine through a real PortAudio stream on JACK and record what the callback made.

Used by test_stream.py in a subprocess (sounddevice must be imported after the JACK
environment is set). Usage: python tests/stream_render.py OUT.wav SECONDS BLOCK
The control events are the ones in :data:`EVENTS` (due frames at the model rate).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rtvae.engine import controls as c

EVENTS = [
    (4410, c.SMOOTH_MS, [0.0]), (8000, c.Z_PAIRS, [0, 3.0, 1, -3.0, 2, 3.0]), (20000, c.GAIN, [0.5]),
    (30000, c.TEMPERATURE, [0.8]), (40000, c.Z_PAIRS, [3, 2.0, 4, -2.0]), (52000, c.MUTE, [1]),
    (60000, c.MUTE, [0]),
]


def main(out: str, seconds: float, block: int) -> None:
    from rtvae.drivers.recorder import Recorder
    from rtvae.drivers.stream import AudioOutput, find_output_device
    from rtvae.engine.engine import Engine
    from rtvae.engine.player import Player
    from rtvae.model.directory import load_model

    engine = Engine(load_model("default"), max_block=1024, seed=7)
    engine.warm()
    writer = c.ControlWriter(engine.ring)
    for due, kind, values in EVENTS:
        writer.send(kind, values, due)
    player = Player(engine)
    recorder = Recorder(engine.sample_rate)
    output = AudioOutput(player, engine.sample_rate, find_output_device("system"), block=block,
                         channels=(0,), device_rate=engine.sample_rate, recorder=recorder, max_block=1024)
    recorder.start(Path(out))  # taps from the very first callback
    with output:
        time.sleep(seconds)
    recorder.stop()
    import sounddevice

    sounddevice._terminate()
    print(output.telemetry.counters[0], output.telemetry.counters[3])


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]))
