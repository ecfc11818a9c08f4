"""A segment's window-rate pulse, and the pulse cost of the descriptor selection (benchmarks/pulse_cost.py).

Synthetic signals whose pulse is known check :func:`segment_pulse`; a small synthetic atlas
of two sounds that fit a target alike checks that the path takes the one that pulses less,
and the charge on pitch.
"""

from __future__ import annotations

import numpy as np
import pytest

from rtvae.errors import TargetError
from rtvae.explore.atlas import from_parts
from rtvae.explore.quality import segment_pulse
from rtvae.explore.targets import Selector
from rtvae.explore.viterbi import PULSE_COST, Space, pulse_unit_cost

from tests.benchmark_script import load_benchmark

HOP, WINDOW = 256, 1024
NAMES = ["rms_db", "centroid_hz", "f0_hz"]
UNITS = {"rms_db": "dB FS", "centroid_hz": "Hz", "f0_hz": "Hz"}


def noise_segments(depth: float, n: int = 400, period: int = HOP, seed: int = 0) -> np.ndarray:
    """(n, WINDOW) white noise whose power swings ``1 + depth cos`` with the given period."""
    t = np.arange(WINDOW)
    gain = np.sqrt(1.0 + depth * np.cos(2 * np.pi * t / period))
    return np.random.default_rng(seed).standard_normal((n, WINDOW)) * gain


def test_a_segment_pulsing_on_the_hop_reads_half_its_swing():
    steady = np.mean(segment_pulse(noise_segments(0.0), HOP) ** 2)
    pulsing = np.mean(segment_pulse(noise_segments(0.8), HOP) ** 2)
    # The noise's own floor adds in power; what the swing adds is (a / 2)^2.
    assert pulsing - steady == pytest.approx(0.4**2, rel=0.15)
    assert np.sqrt(steady) < 0.15


def test_a_swing_off_the_hop_harmonics_reads_much_less_than_one_on_them():
    on = np.mean(segment_pulse(noise_segments(0.8, period=HOP // 2), HOP) ** 2)   # the second hop harmonic
    off = np.mean(segment_pulse(noise_segments(0.8, period=WINDOW // 3 * 2), HOP) ** 2)  # 1.5 windows a cycle
    steady = np.mean(segment_pulse(noise_segments(0.0), HOP) ** 2)
    assert on - steady == pytest.approx(0.4**2, rel=0.15)
    assert off - steady < 0.25 * (on - steady)


def test_silence_and_a_hop_that_does_not_divide_the_window_read_no_pulse():
    assert np.array_equal(segment_pulse(np.zeros((3, WINDOW)), HOP), np.zeros(3, np.float32))
    assert np.array_equal(segment_pulse(noise_segments(0.8, n=3), 300), np.zeros(3, np.float32))


def two_sounds_atlas(pulses=(0.1, 0.1)):
    """Two sounds of 40 windows each that fit alike (the same level, centroid and f0), far apart in latent space,
    pulsing as given."""
    n = 40
    mu = np.zeros((2 * n, 3), np.float32)
    mu[:, 0] = np.r_[np.linspace(0.0, 1.0, n), np.linspace(0.0, 1.0, n)]
    mu[n:, 1] = 50.0
    descriptors = np.tile(np.array([[-20.0, 1000.0, 220.0]], np.float32), (2 * n, 1))
    descriptors[:, 1] += np.r_[np.arange(n), np.arange(n)] * 0.01  # distinct, and alike in both sounds
    return from_parts(mu, np.array([0, n, 2 * n]), descriptors, NAMES, UNITS, HOP, np.zeros((0, 2)), np.zeros((0, 3)),
                      np.repeat(np.asarray(pulses, np.float32), n))


@pytest.mark.parametrize("pulses, smooth_sound", [((0.05, 0.6), 0), ((0.6, 0.05), 1)])
def test_a_path_takes_the_sound_that_pulses_less_of_two_that_fit_alike(pulses, smooth_sound):
    atlas = two_sounds_atlas(pulses)
    curve = {"centroid_hz": np.full(30, 1000.2)}
    for played in (Selector(atlas).path(curve), Selector(atlas).live_path(curve)):
        assert ((played[:, 1] > 25.0) == bool(smooth_sound)).all()


def test_with_no_pulse_cost_the_pulse_does_not_choose():
    """Without the cost, the same sound is taken whichever of the two pulses (with it, they swap: above)."""
    curve = {"centroid_hz": np.full(30, 1000.2)}
    for plan in ("path", "live_path"):
        taken = [(getattr(Selector(two_sounds_atlas(p), pulse_cost=0.0), plan)(curve)[:, 1] > 25.0).mean()
                 for p in ((0.05, 0.6), (0.6, 0.05))]
        assert taken[0] == taken[1] and taken[0] in (0.0, 1.0)


def test_the_pulse_is_charged_for_the_share_of_the_weight_not_on_pitch_and_never_at_continuity_0():
    atlas = two_sounds_atlas((0.1, 0.5))
    pulse = atlas.pulse.astype(np.float64)
    assert np.allclose(pulse_unit_cost(atlas, {"centroid_hz": 1.0}, 0.2), PULSE_COST * pulse)
    assert pulse_unit_cost(atlas, {"f0_hz": 1.0}, 0.2) is None
    assert np.allclose(pulse_unit_cost(atlas, {"centroid_hz": 1.0, "f0_hz": 2.0}, 0.2), 0.2 * PULSE_COST * pulse)
    assert np.allclose(pulse_unit_cost(atlas, {"rms_db": 1.0}, 0.2, per_pulse=3.0), 3.0 * pulse)
    assert pulse_unit_cost(atlas, {"centroid_hz": 1.0}, 0.0) is None  # the per-frame baseline
    assert pulse_unit_cost(atlas, {"centroid_hz": 1.0}, 0.2, per_pulse=0.0) is None
    atlas.pulse = None  # an atlas made without pulses charges nothing
    assert pulse_unit_cost(atlas, {"centroid_hz": 1.0}, 0.2) is None


def test_the_selector_space_follows_the_continuity_across_0():
    selector = Selector(two_sounds_atlas((0.1, 0.5)))
    selector.set_targets({"centroid_hz": 1000.2})
    selector.select()
    assert selector._current_space().unit_cost.max() == pytest.approx(0.5 * PULSE_COST)  # noqa: SLF001
    selector.set_continuity(0.0)
    assert np.all(selector._current_space().unit_cost == 0.0)  # noqa: SLF001
    with pytest.raises(TargetError, match="the pulse cost must be"):
        Selector(two_sounds_atlas(), pulse_cost=-1.0)


def test_without_a_unit_cost_nothing_is_charged_and_a_wrong_length_is_refused():
    atlas = two_sounds_atlas()
    assert np.all(Space(atlas, {"centroid_hz": 1.0}).unit_cost == 0.0)
    with pytest.raises(TargetError, match=r"one value per atlas point \(80\), got \(3,\)"):
        Space(atlas, {"centroid_hz": 1.0}, np.zeros(3))


def test_the_benchmark_table_shows_a_missing_figure_as_a_dash():
    bench = load_benchmark("pulse_cost")
    pair = {"descriptor": "f0_hz", "method": "viterbi", "n_pairs": 12, "r": {"higher": 12},
            "window_rate_db": {"lower": 11, "higher": 1, "sign_test_p": 0.003}}
    summary = [{"descriptor": "f0_hz", "method": m, "window_rate_db": db, "median_error": err}
               for m, db, err in (("viterbi", -6.2, 42.3), ("nearest", -1.2, None))]
    held = [{"place": 0.1, "target_hz": 164.0, "start": 0.9, "viterbi_level_db": -15.7,
             bench.NO_PULSE + "_level_db": -47.8, "viterbi_centroid_hz": 165.0, bench.NO_PULSE + "_centroid_hz": 146.0}]
    reads = {"pulse_percentiles": [0.03, 0.14, 0.68], "rho_f0": -0.69, "rho_level": 0.22,
             "near_held_values": [{"target_hz": 164.0, "loud_pulse": 0.5, "quiet_pulse": None}]}
    machine = {"cpu": "cpu", "usable_cpus": 2, "platform": "linux", "date": "today"}
    text = bench.table({"machine": machine, "command": "x", "pulse_cost": 1.0, "pairs": [pair], "summary": summary,
                        "held": held, "reads": reads})
    assert "| f0_hz | viterbi | -6.2 | 11 / 1 | 0.003 | 12 of 12 | 42.3 cents |" in text
    assert "| f0_hz | nearest | -1.2 | – | – | – | – cents |" in text
    assert "| 0.1 | 164 | 0.9 | -15.7 dB | -47.8 dB | 165 | 146 |" in text
    assert "164 Hz: 0.50 / –" in text
