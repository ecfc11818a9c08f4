"""Decoding through ONNX Runtime's C API from compiled code (issue 12, route a, first step).

The compiled path must agree with the Python ONNX Runtime path, run while another thread
holds the interpreter lock, allocate no Python objects in steady state, and turn every
failure into a ModelError that says what went wrong.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
import time

import numpy as np
import pytest
from numba import carray, cfunc, njit, types

from rtvae.engine import ort_capi as oc
from rtvae.errors import ModelError
from rtvae.model.card import DECODER_FILE, DECODER_INT8_FILE
from rtvae.model.directory import load_model
from tests.allocation import steady_state

MAX_BATCH = 6


@pytest.fixture(scope="module")
def model():
    return load_model("default")


@pytest.fixture(scope="module")
def capi(model):
    decoder = oc.CApiDecoder(model.path / DECODER_FILE, model.card.latent_size, model.card.window, MAX_BATCH)
    yield decoder
    decoder.close()


@njit(nogil=True)
def decode_many(table, n, count):
    """``count`` decodes of ``n``; the first failing status, or 0."""
    for _ in range(count):
        status = oc.run_decode(table, n)
        if status:
            return status
    return 0


@njit(nogil=True)
def decode_until(table, n, clock, stop_ns, stamps):
    """Decode until ``stop_ns`` (CLOCK_MONOTONIC) or ``stamps`` is full, stamping each decode's end."""
    scratch = np.zeros(2, np.int64)
    count = 0
    while count < stamps.shape[0]:
        if oc.run_decode(table, n):
            break
        now = oc.now_ns(clock, scratch)
        stamps[count] = now
        count += 1
        if now >= stop_ns:
            break
    return count


@cfunc(types.int64(types.CPointer(types.int64), types.int64, types.int64, types.int64, types.CPointer(types.int64),
                   types.int64), nogil=True)
def decode_until_cfunc(table_ptr, n, clock, stop_ns, stamps_ptr, size):
    """:func:`decode_until` as a C function on raw pointers, the shape a PortAudio callback takes."""
    table = carray(table_ptr, (oc.T_VALUES + 2 * (table_ptr[oc.T_MAX_BATCH] + 1),))
    return decode_until(table, n, clock, stop_ns, carray(stamps_ptr, (size,)))


@pytest.mark.parametrize("int8", [False, True], ids=["float32", "int8"])
def test_compiled_path_matches_python_onnx_runtime(model, int8):
    name = DECODER_INT8_FILE if int8 else DECODER_FILE
    compiled = oc.CApiDecoder(model.path / name, model.card.latent_size, model.card.window, MAX_BATCH)
    python = model.decoder(MAX_BATCH, int8=int8)
    rng = np.random.default_rng(12)
    try:
        for n in range(1, MAX_BATCH + 1):
            latents = rng.standard_normal((n, model.card.latent_size)).astype(np.float32)
            compiled.latents[:n], python.latents[:n] = latents, latents
            compiled.windows[:] = np.nan
            assert oc.run_decode(compiled.table, n) == 0
            python.decode(n)
            np.testing.assert_allclose(compiled.windows[:n], python.windows[:n], rtol=0, atol=1e-5)
            assert np.isnan(compiled.windows[n:]).all()  # only the batch asked for is written
    finally:
        compiled.close()


def test_cfunc_entry_point_decodes_like_the_njit_one(capi, model):
    python = model.decoder(MAX_BATCH)
    latents = np.random.default_rng(3).standard_normal((3, model.card.latent_size)).astype(np.float32)
    capi.latents[:3], python.latents[:3] = latents, latents
    python.decode(3)
    call = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64)(oc.decode_cfunc().address)
    capi.windows[:] = 0
    assert call(capi.table_address, 3) == 0
    np.testing.assert_allclose(capi.windows[:3], python.windows[:3], rtol=0, atol=1e-5)


def _hold_gil_while_decoding(start_worker, hold_s: float = 0.5):
    """Start a worker, hold the GIL for ``hold_s`` in this thread; (t0, t1) of the hold and a Python thread's stamps."""
    python_stamps: list[int] = []
    stop = threading.Event()

    def python_worker():  # the control: plain Python cannot run while the lock is held
        while not stop.is_set():
            python_stamps.append(time.monotonic_ns())
            time.sleep(0.0005)

    control = threading.Thread(target=python_worker, daemon=True)
    control.start()
    worker = start_worker(hold_s)
    time.sleep(0.1)  # let the worker get into compiled code
    t0 = time.monotonic_ns()
    ctypes.PyDLL(None).usleep(int(hold_s * 1e6))  # PyDLL keeps the GIL held through the call
    t1 = time.monotonic_ns()
    worker.join()
    stop.set()
    control.join()
    return t0, t1, np.array(python_stamps, np.int64)


def _assert_progress_during_hold(stamps, t0, t1, python_stamps):
    margin = 20_000_000  # 20 ms at each end: what lies inside was surely made while the lock was held
    inside = stamps[(stamps > t0 + margin) & (stamps < t1 - margin)]
    python_inside = python_stamps[(python_stamps > t0 + margin) & (python_stamps < t1 - margin)]
    assert len(python_inside) == 0, "the GIL was not held: the Python control thread ran"
    assert len(inside) >= 100, f"only {len(inside)} decodes while the GIL was held"
    # Waiting for the lock would be one gap as long as the hold; other processes on a busy
    # machine may preempt the worker for a few ms, which is not what this test is about.
    longest = np.diff(np.concatenate([[t0 + margin], inside, [t1 - margin]])).max()
    assert longest < (t1 - t0) / 4, f"the worker stalled {longest / 1e6:.1f} ms while the GIL was held"


def _njit_worker(capi, clock, stamps):
    def start(hold_s):
        stop_ns = time.monotonic_ns() + int((hold_s + 0.3) * 1e9)
        worker = threading.Thread(target=decode_until, args=(capi.table, 2, clock, stop_ns, stamps))
        worker.start()
        return worker
    return start


def _cfunc_worker(capi, clock, stamps):
    # A ctypes call releases the GIL for its duration: the C function runs as PortAudio's thread would.
    signature = ctypes.CFUNCTYPE(ctypes.c_int64, *([ctypes.c_int64] * 6))
    call = signature(decode_until_cfunc.address)

    def start(hold_s):
        stop_ns = time.monotonic_ns() + int((hold_s + 0.3) * 1e9)
        worker = threading.Thread(target=call, args=(capi.table_address, 2, clock, stop_ns, stamps.ctypes.data,
                                                     len(stamps)))
        worker.start()
        return worker
    return start


@pytest.mark.parametrize("worker", [_njit_worker, _cfunc_worker], ids=["njit-nogil", "cfunc"])
def test_decodes_while_another_thread_holds_the_gil(capi, worker):
    clock = oc.clock_gettime_address()
    stamps = np.zeros(400_000, np.int64)
    decode_until(capi.table, 2, clock, 0, stamps[:1])  # compiled before the clock starts
    stamps[:] = 0
    t0, t1, python_stamps = _hold_gil_while_decoding(worker(capi, clock, stamps))
    _assert_progress_during_hold(stamps[stamps > 0], t0, t1, python_stamps)


def test_steady_state_decoding_allocates_no_python_objects(capi):
    assert decode_many(capi.table, 4, 10) == 0
    blocks = sys.getallocatedblocks()
    assert decode_many(capi.table, 4, 1000) == 0
    assert sys.getallocatedblocks() - blocks <= 2  # one call's worth of interpreter noise, not 1000 runs'
    growth, peak = steady_state(lambda calls: decode_many(capi.table, 4, calls))
    assert growth == 0
    assert peak < 512


def test_a_missing_library_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="cannot load ONNX Runtime's C library"):
        oc.OrtCApi(tmp_path / "libonnxruntime.so.0")


def test_a_library_without_the_entry_point_is_a_model_error():
    with pytest.raises(ModelError, match="no symbol OrtGetApiBase"):
        oc.OrtCApi(ctypes.util.find_library("m") or "libm.so.6")


def test_an_unavailable_api_version_is_a_model_error():
    with pytest.raises(ModelError, match="does not offer C API version 999"):
        oc.OrtCApi(version=999)


def test_a_missing_graph_is_a_model_error(tmp_path, model):
    with pytest.raises(ModelError, match="decoder graph not found"):
        oc.CApiDecoder(tmp_path / "decoder.onnx", model.card.latent_size, model.card.window, 2)


def test_a_graph_of_other_shapes_fails_at_load(model):
    with pytest.raises(ModelError, match="does not decode a batch of 1 through the C API"):
        oc.CApiDecoder(model.path / DECODER_FILE, model.card.latent_size + 1, model.card.window, 2)


def test_a_wrong_shaped_tensor_returns_a_status_with_onnx_runtimes_message(capi, model):
    table = capi.table.copy()
    wrong = np.zeros((1, model.card.latent_size + 3), np.float32)
    table[oc.T_VALUES + 2] = capi.tensor(wrong)
    status = oc.run_decode(table, 1)
    assert status != 0
    assert "dimensions" in capi.message(status).lower() or "shape" in capi.message(status).lower()
    with pytest.raises(ModelError, match="ONNX Runtime C API Run failed: .*"):
        capi.check(status)  # and released: no second check of the same status


def test_a_bad_input_name_returns_a_status_with_onnx_runtimes_message(capi):
    table = capi.table.copy()
    name = ctypes.create_string_buffer(b"no_such_input")
    table[oc.T_INPUT_NAME] = ctypes.addressof(name)
    status = oc.run_decode(table, 1)
    assert status != 0
    with pytest.raises(ModelError, match="no_such_input"):
        capi.check(status)


def test_a_batch_outside_the_table_is_refused_without_calling_run(capi):
    assert oc.run_decode(capi.table, 0) == 0
    assert oc.run_decode(capi.table, MAX_BATCH + 1) == oc.BAD_BATCH
    with pytest.raises(ModelError, match="batch size outside"):
        capi.decode(-1)


def test_the_decoder_is_a_drop_in_for_the_engine(model):
    """Same interface as sessions.Decoder: the engine plays through it, bit for bit as through Python ORT."""
    from rtvae.engine.engine import Engine

    card = model.card
    reference = Engine(model, max_block=512, decoder=model.decoder(512 // 256 + 2))  # Python ORT, between halves
    capi = oc.CApiDecoder(model.path / DECODER_FILE, card.latent_size, card.window, reference.decoder.max_batch)
    engine = Engine(model, max_block=512, decoder=capi)
    try:
        for n_frames in (64, 256, 511, 7):
            np.testing.assert_array_equal(engine.process(n_frames), reference.process(n_frames))
    finally:
        capi.close()
