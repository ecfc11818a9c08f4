import numpy as np
import pytest

from rtvae.engine.overlap_add import OverlapAdd, periodic_hann
from rtvae.framing import frame
from tests.allocation import steady_state


@pytest.mark.parametrize("hop", [128, 256, 512])
def test_overlap_add_of_a_cut_signal_gives_it_back_exactly(hop):
    rng = np.random.default_rng(hop)
    signal = rng.uniform(-0.5, 0.5, 20 * 1024).astype(np.float32)
    windows = frame(signal, 1024, hop)
    synth = OverlapAdd(1024, hop, "ola")
    out = np.zeros(len(windows) * hop, np.float32)
    synth.add(windows, len(windows), out)
    settled = slice(1024, len(signal) - 1024)  # where every sample lies under full overlap
    assert np.allclose(out[settled], signal[settled], atol=1e-6)


def test_the_concat_synthesis_is_plain_concatenation():
    windows = np.random.default_rng(0).uniform(-1, 1, (5, 1024)).astype(np.float32)
    synth = OverlapAdd(1024, 256, "concat")
    assert synth.hop == 1024 and synth.fill_samples == 0
    out = np.zeros(5 * 1024, np.float32)
    synth.add(windows, 5, out)
    assert np.array_equal(out, windows.ravel())


def test_streaming_in_blocks_equals_one_call():
    windows = np.random.default_rng(1).uniform(-1, 1, (12, 1024)).astype(np.float32)
    whole, parts = OverlapAdd(1024, 256), OverlapAdd(1024, 256)
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


def test_decode_and_overlap_add_allocate_nothing_per_call(tiny_model):
    decoder = tiny_model.decoder(max_batch=4)
    synth = OverlapAdd(1024, 256)
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
