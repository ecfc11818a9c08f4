"""Play on JACK while this process's interpreter lock is held, captured by a C client (jack_rec).

Run in a subprocess, with a private JACK server's environment set (sounddevice must be
imported after it):

    python tests/gil_hold.py CALLBACK HOLD_S OUT.wav JACKD_LOG

It plays a loud held latent through ``AudioOutput(callback=CALLBACK)`` on JACK's system
ports, starts ``jack_rec`` (C: it never waits for this process) on its output port, and a
second into the capture calls ``usleep`` through ``ctypes.PyDLL``, which keeps the GIL held
for HOLD_S seconds. It prints one JSON line: the output's xruns and callback errors, and
the second (in the capture) at which the hold began, and jackd's log's
offsets at the hold's edges, so that the test can read whom jackd blamed during the hold.
"""

from __future__ import annotations

import ctypes
import json
import subprocess
import sys
import time
from pathlib import Path

from rtvae.bench.latency.jacklog import JackLog

CLIENT = "rtvae-gil"
LEAD_S, TAIL_S = 1.0, 1.5
AFTER_HOLD_S = 0.05


def main(callback: str, hold_s: float, out: str, jack_log: str) -> None:
    from rtvae.drivers.jack import name_portaudio_client

    name_portaudio_client(CLIENT)
    from rtvae.drivers.stream import AudioOutput, find_output_device
    from rtvae.engine import controls as c
    from rtvae.engine import telemetry as tm
    from rtvae.engine.factory import build_engine, synth_section
    from rtvae.engine.player import Player
    from rtvae.model.directory import load_model
    from tests.liveserver import loud_latent

    engine = build_engine(load_model("default"), synth_section(smooth_ms=0.0), max_block=1024)
    c.ControlWriter(engine.ring).send(c.Z_ALL, list(loud_latent()))
    player = Player(engine)
    player.warm()
    output = AudioOutput(player, engine.sample_rate, find_output_device("system"), block=128, channels=(0,),
                         device_rate=engine.sample_rate, callback=callback)
    output.warm()
    seconds = LEAD_S + hold_s + TAIL_S
    with output:
        time.sleep(0.5)
        rec = subprocess.Popen(["jack_rec", "-f", out, "-d", f"{seconds:.2f}", "-b", "32", f"{CLIENT}:out_0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(LEAD_S)
        log = JackLog(Path(jack_log), {})
        hold_start = log.offset()
        ctypes.PyDLL(None).usleep(int(hold_s * 1e6))  # PyDLL: the GIL stays held through the call
        time.sleep(AFTER_HOLD_S)  # jackd writes a late cycle's line at the next cycle
        hold_end = log.offset()
        rec.wait(timeout=seconds + 10)
        counters = output.telemetry.counters
        print(json.dumps({"xruns": int(counters[tm.XRUNS]), "callback_errors": int(counters[tm.CALLBACK_ERRORS]),
                          "blocks": int(counters[tm.BLOCKS]), "callback": output.callback,
                          "rec_rc": rec.returncode, "hold_log": [hold_start, hold_end], "rec_err": rec.stderr.read().decode()[-300:]}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4])
