import numpy as np
import pytest

from rtvae.engine.overlap_add import OverlapAdd, periodic_hann
from rtvae.framing import frame
from tests.allocation import steady_state


@pytest.mark.parametrize("synthesis", ["ola", "sola"])
@pytest.mark.parametrize("hop", [128, 256, 512])
def test_overlap_add_of_a_cut_signal_gives_it_back_exactly(hop, synthesis):
    rng = np.random.default_rng(hop)
    signal = rng.uniform(-0.5, 0.5, 20 * 1024).astype(np.float32)
    windows = frame(signal, 1024, hop)
    synth = OverlapAdd(1024, hop, synthesis)
    out = np.zeros(len(windows) * hop, np.float32)
    synth.add(windows, len(windows), out)
    settled = slice(1024, len(signal) - 1024)  # where every sample lies under full overlap
    assert np.allclose(out[settled], signal[settled], atol=1e-5)


def held_tone(synthesis: str, f0: float = 261.63, sample_rate: int = 44100, copies: int = 120) -> np.ndarray:
    """One window of a sine, played for ``copies`` hops as a held latent plays its decoded window."""
    window = np.sin(2 * np.pi * f0 * np.arange(1024) / sample_rate).astype(np.float32)
    synth = OverlapAdd(1024, 256, synthesis)
    out = np.zeros(copies * 256, np.float32)
    synth.add(np.repeat(window[None], copies, 0), copies, out)
    return out[4096:]


def strongest_hz(x: np.ndarray, sample_rate: int = 44100) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x)), 8 * len(x)))
    return float(np.argmax(spectrum) * sample_rate / (8 * len(x)))


def test_a_held_window_keeps_its_pitch_under_sola_and_buzzes_at_the_hop_rate_under_ola():
    hop_rate = 44100 / 256
    ola, sola = held_tone("ola"), held_tone("sola")
    # ola repeats the window every hop: only multiples of the hop rate are left (172 or 345 Hz, not 262)
    ola_peak = strongest_hz(ola)
    assert abs(ola_peak / hop_rate - round(ola_peak / hop_rate)) < 0.02
    assert abs(strongest_hz(sola) - 261.63) < 2.0
    # and at the sine's level: the placed copies add in phase (rms of a unit sine 0.707)
    assert 0.65 < np.sqrt(np.mean(sola ** 2)) < 0.75


def test_sola_places_a_window_after_silence_on_its_hop():
    window = np.random.default_rng(3).uniform(-1, 1, (1, 1024)).astype(np.float32)
    a, b = OverlapAdd(1024, 256, "ola"), OverlapAdd(1024, 256, "sola")
    out_a, out_b = np.zeros(256, np.float32), np.zeros(256, np.float32)
    a.add(window, 1, out_a)
    b.add(window, 1, out_b)
    assert np.argmax(np.abs(out_b) > 0) == np.argmax(np.abs(out_a) > 0) == 1  # Hann's first sample is 0
    assert b.search == 511 and a.search == 0  # SOLA_SEARCH_HOPS hops at hop 256


def test_the_concat_synthesis_is_plain_concatenation():
    windows = np.random.default_rng(0).uniform(-1, 1, (5, 1024)).astype(np.float32)
    synth = OverlapAdd(1024, 256, "concat")
    assert synth.hop == 1024 and synth.fill_samples == 0
    out = np.zeros(5 * 1024, np.float32)
    synth.add(windows, 5, out)
    assert np.array_equal(out, windows.ravel())


@pytest.mark.parametrize("synthesis", ["ola", "sola"])
def test_streaming_in_blocks_equals_one_call(synthesis):
    windows = np.random.default_rng(1).uniform(-1, 1, (12, 1024)).astype(np.float32)
    windows[6:] = windows[5]  # a held stretch, where sola moves windows off their hops
    whole, parts = OverlapAdd(1024, 256, synthesis), OverlapAdd(1024, 256, synthesis)
    a = np.zeros(12 * 256, np.float32)
    b = np.zeros(12 * 256, np.float32)
    whole.add(windows, 12, a)
    for start, n in ((0, 1), (1, 4), (5, 7)):
        parts.add(windows[start:], n, b, start * 256)
    assert np.array_equal(a, b)


def test_hann_is_periodic_and_bad_hops_are_refused():
    w = periodic_hann(1024)
    assert w[0] == 0 and abs(w[512] - 1) < 1e-7 and abs(w[1] - w[-1]) < 1e-7
    with pytest.raises(ValueError, match="hop"):
        OverlapAdd(1024, 300, "ola")
    with pytest.raises(ValueError, match="synthesis must be one of"):
        OverlapAdd(1024, 256, "granular")


def test_batched_decode_matches_one_window_at_a_time(tiny_model):
    latents = np.random.default_rng(2).standard_normal((6, 8)).astype(np.float32)
    batched = tiny_model.decoder(max_batch=6).decode_array(latents)
    single = tiny_model.decoder(max_batch=1).decode_array(latents)
    assert np.allclose(batched, single, atol=1e-6)


@pytest.mark.parametrize("synthesis", ["ola", "sola"])
def test_decode_and_overlap_add_allocate_nothing_per_call(tiny_model, synthesis):
    decoder = tiny_model.decoder(max_batch=4)
    synth = OverlapAdd(1024, 256, synthesis)
    out = np.zeros(4 * 256, np.float32)
    for _ in range(10):  # warm: numba compiles, ONNX Runtime sizes its arena
        decoder.decode(4)
        synth.add(decoder.windows, 4, out)

    def run(calls):
        for _ in range(calls):
            decoder.latents[:4] += 0.001
            decoder.decode(4)
            synth.add(decoder.windows, 4, out)

    growth, peak = steady_state(run)
    # One windows array alone would be 16 KiB: no growth per call, and a peak far below that.
    assert growth < 256 and peak < 4096
