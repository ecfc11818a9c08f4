"""The callback-under-load benchmark's pure parts: the curves load, its flags, and the blame figures.

Fast and deviceless: nothing here starts JACK, a server or a sender process.
"""

from __future__ import annotations

import argparse

import numpy as np
import pytest

from rtvae.bench.latency import load
from rtvae.bench.latency.settings import CURVE_ADDRESS, UDP_MAX_PAYLOAD, max_curve_floats


def parsed(*argv):
    from rtvae.bench.latency.settings import add_flags, settings_from

    parser = argparse.ArgumentParser()
    add_flags(parser)
    return settings_from(parser.parse_args(list(argv)))


def test_a_4000_float_curve_fits_one_datagram_and_the_namespace():
    from rtvae.osc.namespace import BY_PATH
    from rtvae.osc.server import RECEIVE_BUFFER_BYTES
    from rtvae.osc.wire import MAX_PACKET

    datagram = load.curve_message(np.linspace(0, 1, 4000))
    assert len(datagram) == load.curve_datagram_bytes(4000) == 20 + 4004 + 16000
    assert len(datagram) <= min(UDP_MAX_PAYLOAD, MAX_PACKET) and 4000 <= BY_PATH[CURVE_ADDRESS].max_repeats
    assert RECEIVE_BUFFER_BYTES >= 100 * len(datagram)  # a second of curves fits the buffer the server asks for


def test_the_curve_encoder_writes_what_the_osc_client_builds_and_the_server_reads():
    from rtvae.osc.client import message
    from rtvae.osc.namespace import BY_PATH
    from rtvae.osc.schema import check_args
    from rtvae.osc.wire import parse_packet

    values = load.draw_curve(np.random.default_rng(1), 4000)
    assert values.min() >= 0 and values.max() <= 1
    datagram = load.curve_message(values)
    assert datagram == message(CURVE_ADDRESS, *map(float, values))
    [parsed_message] = parse_packet(datagram)
    assert parsed_message.address == CURVE_ADDRESS
    assert np.array_equal(np.asarray(parsed_message.args, np.float32), values)
    assert len(check_args(BY_PATH[CURVE_ADDRESS], parsed_message.args, 16)) == 4000


@pytest.mark.parametrize("floats", [1, 2, 3, 4, 5, 1000, 4000])
def test_curve_sizes_agree_and_the_largest_curve_is_the_last_that_fits(floats):
    assert load.curve_datagram_bytes(floats) == len(load.curve_message(np.zeros(floats)))
    most = max_curve_floats()
    assert load.curve_datagram_bytes(most) <= UDP_MAX_PAYLOAD < load.curve_datagram_bytes(most + 1)


def test_the_schedule_spreads_100_curves_evenly_among_1000_small_messages():
    schedule = load.curve_schedule(1000, 100, 1100)
    assert sum(schedule) == 100
    where = np.flatnonzero(schedule)
    assert set(np.diff(where)) == {11}
    assert load.curve_schedule(1000, 0, 50) == [False] * 50
    odd = load.curve_schedule(1000, 7, 1007)
    assert sum(odd) == 7 and np.diff(np.flatnonzero(odd)).max() - np.diff(np.flatnonzero(odd)).min() <= 1


def test_the_curves_pool_repeats_the_schedule_in_whole_periods():
    pool = load.load_datagrams(16, seed=0, load="curves", rate=1000, curve_rate=100, curve_floats=4000)
    assert len(pool) % 11 == 0 and len(pool) >= load.POOL_SIZE
    curves = [d.startswith(load.OUTSIDE_RING) for d in pool]
    assert curves == load.curve_schedule(1000, 100, len(pool))
    assert all(len(d) == load.curve_datagram_bytes(4000) for d, c in zip(pool, curves) if c)
    small = [d for d, c in zip(pool, curves) if not c]
    assert all(d.startswith((b"/rtvae/z/set\0", b"/rtvae/z\0")) for d in small)
    # Sending it cyclically at 1100/s for 3 s gives exactly 3000 small messages and 300 curves.
    sent = [pool[k % len(pool)].startswith(load.OUTSIDE_RING) for k in range(3300)]
    assert sum(sent) == 300


def test_the_older_loads_are_unchanged_and_named():
    assert load.load_datagrams(16, 3) == load.load_datagrams(16, 3, load="latent")
    assert load.load_datagrams(16, 3, interp=True) == load.load_datagrams(16, 3, load="interp")
    assert load.load_name("0") == "latent" and load.load_name("1") == "interp" and load.load_name("curves") == "curves"
    with pytest.raises(ValueError, match="unknown load"):
        load.load_datagrams(16, 3, load="nope")


def test_blame_figures_ratio_and_issue_12s_allowance():
    from rtvae.bench.latency.callback_load import late_figures

    server = {"late_clients": {"server": 686, "capture": 12}, "late_driver_cycles": 40}
    floor = {"late_clients": {"floor": 17}, "late_driver_cycles": 5}
    late = late_figures(server, floor)
    assert late["server_late"] == 686 and late["floor_late"] == 17 and late["ratio"] == pytest.approx(686 / 17)
    assert late["allowed"] == pytest.approx(25.5) and not late["within_allowance"]
    assert (late["capture_late"], late["server_jackd_timer_late"], late["floor_jackd_timer_late"]) == (12, 40, 5)
    quiet = late_figures({"late_clients": {"server": 3}}, {})
    assert quiet["ratio"] is None and quiet["allowed"] == 3 and quiet["within_allowance"]
    assert not late_figures({"late_clients": {"server": 4}}, {"late_clients": {}})["within_allowance"]


def test_callback_load_flags_pick_their_blocks_phases_and_file():
    from rtvae.errors import ConfigError

    run = parsed("--callback-load", "--idle-s", "15", "--load-s", "15", "--acceptance-load-s", "30")
    assert run.blocks == (64, 128, 256) and run.pairs == 0 and not run.floor and run.configurations() == []
    assert run.callback_phase_seconds(128) == {"idle": 15, "latent": 15, "curves": 30}
    assert run.callback_phase_seconds(64) == {"idle": 15, "latent": 15, "curves": 15}
    assert run.callback_out().name == "callback_before.json"
    assert parsed("--callback-load", "--label", "after").callback_out().name == "callback_after.json"
    assert parsed("--callback-load", "--blocks", "128").blocks == (128,)
    assert parsed("--blocks", "128").blocks == (128,) and parsed().load == "latent"
    assert parsed("--load", "curves").load == "curves"
    for argv, flag in ((("--curve-floats", str(max_curve_floats() + 1)), "--curve-floats"),
                       (("--curve-floats", "0"), "--curve-floats"), (("--load", "interp"), "--load"),
                       (("--curve-rate", "-1"), "--curve-rate"), (("--label", "a b"), "--label")):
        with pytest.raises(ConfigError, match=flag):
            parsed(*argv)


def test_the_markdown_shows_each_phase_and_before_beside_after():
    from rtvae.bench.latency.callback_report import markdown

    def phase(server, floor, p999):
        from rtvae.bench.latency.callback_load import late_figures

        return {"seconds": 30.0, "xruns": server, "cpu": {}, "osc_sent": 33000, "kernel_dropped": 0,
                "late": late_figures({"late_clients": {"server": server}}, {"late_clients": {"floor": floor}}),
                "callbacks": {"ms": {"p50": 0.1, "p99": 0.5, "p99.9": p999, "max": 2.0},
                              "p99.9_budget_pct": 100 * p999 / 2.667}}

    def blocks(callback, server):
        return [{"block": 128, "callback": callback, "budget_ms": 2.667,
                 "phases": {"idle": phase(0, 0, 0.6), "curves": phase(server, 17, 0.9)}},
                {"block": 64, "callback": callback, "budget_ms": 1.333, "error": "boom"}]

    def report(label, server, callback):
        return {"label": label, "variant": "inline", "blocks": blocks(callback, server),
                "machine": {"cpu": "CPU", "usable_cpus": 2, "cpu_count": 2, "platform": "Linux", "python": "3.11",
                            "jackd": "jackdmp version 1.9", "rtvae": "0", "date": "2026-01-01T00:00:00+00:00",
                            "load_average_at_start": [0.1, 0.2, 0.3]},
                "settings": {"rate": 48000, "load_rate": 1000, "curve_rate": 100, "curve_floats": 4000,
                             "full_latent_every": 50, "jack_realtime": False}}

    before = report("before", 686, "python")
    text = markdown(before)
    assert "| 128 | python | 2.67 | 1000 msg/s + 100 curves/s | 30 | 686 | 686 | 17 | ×40.4 | NO (≤ 25.5) |" in text
    assert "failed: boom" in text and "block 128, curves load" not in text  # the acceptance is the compiled one's
    after = markdown(report("after", 10, "compiled"), before)
    assert "| 128 | 1000 msg/s + 100 curves/s | 686 / 10 | 17 / 17 | ×40.4 / ×0.6 |" in after
    assert "PASS block 128, curves load" in after and "FAIL block 128, curves load: callback p99.9 = 33.7 %" in after
    both = report("after", 10, "compiled")
    both["blocks"] = blocks("python", 686) + blocks("compiled", 10)  # one run, each block in turn
    together = markdown(both)
    assert "The Python callback (before) and the compiled one (after), in this run" in together
    assert "| 128 | 1000 msg/s + 100 curves/s | 686 / 10 | 17 / 17 | ×40.4 / ×0.6 |" in together
