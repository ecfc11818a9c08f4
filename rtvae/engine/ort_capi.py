"""Decoding through ONNX Runtime's C API, callable from compiled code without the interpreter.

The onnxruntime wheel ships ``capi/libonnxruntime.so``, a second, self-contained copy of ONNX
Runtime that exports ``OrtGetApiBase``. :class:`CApiDecoder` opens the decoder graph through
it with ctypes (at load, in Python: nothing here is real-time) and prepares, for every batch
size ``n`` in 1..``max_batch``, one input and one output ``OrtValue`` over slices of its own
preallocated ``latents`` and ``windows`` buffers. Everything ``OrtApi::Run`` needs is then an
integer in one int64 array, :attr:`CApiDecoder.table`:

    table[T_RUN]            address of OrtApi::Run
    table[T_SESSION]        OrtSession*
    table[T_RUN_OPTIONS]    0 (no run options)
    table[T_INPUT_NAME]     char* of the input's name   (the table slot is the 1-array Run reads)
    table[T_OUTPUT_NAME]    char* of the output's name  (likewise)
    table[T_MAX_BATCH]      max_batch
    table[T_RELEASE_STATUS] address of OrtApi::ReleaseStatus (for an error path that cannot park one)
    table[T_VALUES + 2n]    OrtValue* over latents[:n]  (the slot is Run's 1-array of inputs)
    table[T_VALUES + 2n+1]  OrtValue* over windows[:n]  (the slot is Run's 1-array of outputs)

:func:`run_decode` (``@njit(nogil=True)``) and :func:`decode_cfunc` (a ``@cfunc`` taking the
table's address) call Run through that pointer with :func:`call_address`, a numba intrinsic
that turns an integer into a function pointer and calls it with int64 arguments (on x86-64
and arm64 every pointer and ``size_t`` argument travels in a 64-bit integer register, so one
``i64(i64, ...)`` signature fits them all). They touch no Python object; the returned value
is Run's ``OrtStatus*``: 0 is success, anything else an error whose text
:meth:`CApiDecoder.message` reads (and which must be released once: :meth:`CApiDecoder.check`).

OrtApi members are function pointers reached by index (:data:`API_INDEX`). The struct is
append-only across releases (ONNX Runtime asserts the offsets of older members in its own
source), so these indices, counted from the public header, hold for every version; the
version asked for is the wheel's (``1.32.0`` → API 32), and :func:`load_api` checks the
indices at load by round-tripping a status through CreateStatus/GetErrorCode/GetErrorMessage.
"""

from __future__ import annotations

import ctypes
import glob
import os
from ctypes import POINTER, byref, c_char_p, c_int, c_int64, c_size_t, c_uint32, c_void_p
from pathlib import Path

import numpy as np
from llvmlite import ir
from numba import carray, cfunc, njit, types
from numba.extending import intrinsic

from rtvae.errors import ModelError

# Indices of OrtApi's members (function pointers, in the header's order; never renumbered).
API_INDEX = {
    "CreateStatus": 0, "GetErrorCode": 1, "GetErrorMessage": 2, "CreateEnv": 3, "CreateSession": 7,
    "Run": 9, "CreateSessionOptions": 10, "SetSessionExecutionMode": 13, "SetSessionLogSeverityLevel": 22,
    "SetSessionGraphOptimizationLevel": 23, "SetIntraOpNumThreads": 24, "SetInterOpNumThreads": 25,
    "SessionGetInputCount": 30, "SessionGetOutputCount": 31, "SessionGetInputName": 36,
    "SessionGetOutputName": 37, "CreateTensorWithDataAsOrtValue": 49, "CreateCpuMemoryInfo": 69,
    "AllocatorFree": 76, "GetAllocatorWithDefaultOptions": 78, "ReleaseEnv": 92, "ReleaseStatus": 93,
    "ReleaseMemoryInfo": 94, "ReleaseSession": 95, "ReleaseValue": 96, "ReleaseSessionOptions": 100,
    "AddSessionConfigEntry": 130,
}
# Enum values from the header.
ORT_LOGGING_LEVEL_ERROR = 3
ORT_SEQUENTIAL = 0
ORT_ENABLE_ALL = 99
ORT_ARENA_ALLOCATOR, ORT_MEM_TYPE_DEFAULT = 1, 0
ONNX_FLOAT = 1
ORT_INVALID_ARGUMENT = 2

# Slots of the run table (int64).
T_RUN, T_SESSION, T_RUN_OPTIONS, T_INPUT_NAME, T_OUTPUT_NAME, T_MAX_BATCH, T_RELEASE_STATUS = range(7)
T_VALUES = 8
BAD_BATCH = -1  # run_decode's answer for n outside 1..max_batch (Run is not called)

_STATUS = c_void_p  # OrtStatus*: None (NULL) is success
_VOIDP_P = POINTER(c_void_p)
_SIGNATURES = {  # name: (restype, argtypes)
    "CreateStatus": (c_void_p, (c_int, c_char_p)),
    "GetErrorCode": (c_int, (c_void_p,)),
    "GetErrorMessage": (c_char_p, (c_void_p,)),
    "CreateEnv": (_STATUS, (c_int, c_char_p, _VOIDP_P)),
    "CreateSession": (_STATUS, (c_void_p, c_char_p, c_void_p, _VOIDP_P)),
    "Run": (_STATUS, (c_void_p,) * 4 + (c_size_t, c_void_p, c_size_t, c_void_p)),
    "CreateSessionOptions": (_STATUS, (_VOIDP_P,)),
    "SetSessionExecutionMode": (_STATUS, (c_void_p, c_int)),
    "SetSessionLogSeverityLevel": (_STATUS, (c_void_p, c_int)),
    "SetSessionGraphOptimizationLevel": (_STATUS, (c_void_p, c_int)),
    "SetIntraOpNumThreads": (_STATUS, (c_void_p, c_int)),
    "SetInterOpNumThreads": (_STATUS, (c_void_p, c_int)),
    "SessionGetInputCount": (_STATUS, (c_void_p, POINTER(c_size_t))),
    "SessionGetOutputCount": (_STATUS, (c_void_p, POINTER(c_size_t))),
    "SessionGetInputName": (_STATUS, (c_void_p, c_size_t, c_void_p, _VOIDP_P)),
    "SessionGetOutputName": (_STATUS, (c_void_p, c_size_t, c_void_p, _VOIDP_P)),
    "CreateTensorWithDataAsOrtValue": (_STATUS, (c_void_p, c_void_p, c_size_t, POINTER(c_int64), c_size_t, c_int,
                                                 _VOIDP_P)),
    "CreateCpuMemoryInfo": (_STATUS, (c_int, c_int, _VOIDP_P)),
    "AllocatorFree": (_STATUS, (c_void_p, c_void_p)),
    "GetAllocatorWithDefaultOptions": (_STATUS, (_VOIDP_P,)),
    "AddSessionConfigEntry": (_STATUS, (c_void_p, c_char_p, c_char_p)),
    **{name: (None, (c_void_p,)) for name in
       ("ReleaseEnv", "ReleaseStatus", "ReleaseMemoryInfo", "ReleaseSession", "ReleaseValue",
        "ReleaseSessionOptions")},
}


# --- compiled side -------------------------------------------------------------------------

def _call(address, args, result):
    """Typing and code generation of a call through an integer address, with int64 arguments."""
    if not isinstance(address, types.Integer) or not isinstance(args, types.BaseTuple):
        return None
    arg_types = tuple(args)
    if not all(isinstance(t, types.Integer) for t in arg_types):
        return None

    def codegen(context, builder, signature, llargs):
        i64 = ir.IntType(64)
        values = [context.cast(builder, builder.extract_value(llargs[1], k), t, types.int64)
                  for k, t in enumerate(arg_types)]
        target = context.cast(builder, llargs[0], address, types.int64)
        returns = context.get_value_type(result)
        function = builder.inttoptr(target, ir.FunctionType(returns, [i64] * len(values)).as_pointer())
        return builder.call(function, values)

    return result(address, args), codegen


@intrinsic
def call_address(typingctx, address, args):
    """Call the C function at integer ``address`` with ``args`` (a tuple of integers), as int64s.

    Returns the callee's result register as int64 (a narrower or void result leaves garbage
    in the upper bits: ignore it). The address is a runtime value, so callers cache.
    """
    return _call(address, args, types.int64)


@intrinsic
def call_address_f64(typingctx, address, args):
    """As :func:`call_address`, for a C function that returns a double (e.g. ``Pa_GetStreamTime``)."""
    return _call(address, args, types.float64)


@njit(nogil=True, cache=True, error_model="numpy")
def run_decode(table, n):
    """Decode ``latents[:n]`` into ``windows[:n]`` through ``OrtApi::Run``; Run's OrtStatus* (0: success).

    ``n`` = 0 does nothing and succeeds; ``n`` outside 0..max_batch returns ``BAD_BATCH``.
    """
    if n == 0:
        return 0
    if n < 0 or n > table[T_MAX_BATCH]:
        return BAD_BATCH
    base = table.ctypes.data
    values = base + 8 * (T_VALUES + 2 * n)
    return call_address(table[T_RUN], (table[T_SESSION], table[T_RUN_OPTIONS], base + 8 * T_INPUT_NAME, values,
                                       1, base + 8 * T_OUTPUT_NAME, 1, values + 8))


def _decode_raw(table_ptr, n):
    table = carray(table_ptr, (T_VALUES + 2 * (table_ptr[T_MAX_BATCH] + 1),))
    return run_decode(table, n)


_DECODE_CFUNC = []


def decode_cfunc():
    """The C-callable ``int64_t decode(int64_t *table, int64_t n)`` (:func:`run_decode` on a raw table).

    Compiled on first use (a ``@cfunc`` compiles when it is made); ``.address`` is its pointer.
    """
    if not _DECODE_CFUNC:
        signature = types.int64(types.CPointer(types.int64), types.int64)
        _DECODE_CFUNC.append(cfunc(signature, nogil=True, cache=True)(_decode_raw))
    return _DECODE_CFUNC[0]


@njit(nogil=True, cache=True, error_model="numpy")
def now_ns(clock_gettime, scratch):
    """CLOCK_MONOTONIC in ns from compiled code: ``clock_gettime`` is libc's address, ``scratch`` int64[2]."""
    call_address(clock_gettime, (1, scratch.ctypes.data))  # CLOCK_MONOTONIC = 1 on Linux
    return scratch[0] * 1_000_000_000 + scratch[1]


def clock_gettime_address() -> int:
    """The address of libc's ``clock_gettime``, for :func:`now_ns` (the clock ``time.monotonic_ns`` reads)."""
    return ctypes.cast(ctypes.CDLL(None).clock_gettime, c_void_p).value


# --- loading (Python, not real-time) ----------------------------------------------------------

def wheel_api_version() -> int:
    """ORT_API_VERSION of the installed onnxruntime: its minor version (1.32.0 → 32)."""
    import onnxruntime
    major, minor = onnxruntime.__version__.split(".")[:2]
    if major != "1":
        raise ModelError(f"onnxruntime {onnxruntime.__version__}: only 1.x has a known C API layout")
    return int(minor)


def default_library() -> Path:
    """The wheel's ``capi/libonnxruntime.so*``."""
    import onnxruntime
    capi = Path(onnxruntime.__file__).parent / "capi"
    found = sorted(glob.glob(str(capi / "libonnxruntime.so*")) or glob.glob(str(capi / "libonnxruntime*.dylib")))
    if not found:
        raise ModelError(f"ONNX Runtime's C library is missing: no libonnxruntime.so* in {capi}")
    return Path(found[0])


class OrtCApi:
    """The OrtApi table of one loaded library, with the few functions rtvae calls wrapped in ctypes."""

    def __init__(self, library: str | Path | None = None, version: int | None = None):
        path = Path(library) if library is not None else default_library()
        try:
            self.library = ctypes.CDLL(str(path))
        except OSError as exc:
            raise ModelError(f"cannot load ONNX Runtime's C library {path}: {exc}") from None
        try:
            get_base = self.library.OrtGetApiBase
        except AttributeError:
            raise ModelError(f"{path} is not ONNX Runtime's C library: it has no symbol OrtGetApiBase") from None
        get_base.restype, get_base.argtypes = c_void_p, ()
        base = (c_void_p * 2).from_address(get_base())
        self.version_string = ctypes.CFUNCTYPE(c_char_p)(base[1])().decode()
        self.version = wheel_api_version() if version is None else version
        api = ctypes.CFUNCTYPE(c_void_p, c_uint32)(base[0])(self.version)
        if not api:
            raise ModelError(f"{path} (ONNX Runtime {self.version_string}) does not offer C API version {self.version}")
        self.address = api
        self.pointers = (c_void_p * (max(API_INDEX.values()) + 1)).from_address(api)
        self.fn = {name: ctypes.CFUNCTYPE(restype, *argtypes)(self.pointers[API_INDEX[name]])
                   for name, (restype, argtypes) in _SIGNATURES.items()}
        self.path = path
        self._self_check()

    def address_of(self, name: str) -> int:
        return int(self.pointers[API_INDEX[name]])

    def _self_check(self) -> None:
        """CreateStatus → GetErrorCode → GetErrorMessage → ReleaseStatus: the indices are right, or ModelError."""
        status = self.fn["CreateStatus"](ORT_INVALID_ARGUMENT, b"rtvae probe")
        try:
            ok = self.fn["GetErrorCode"](status) == ORT_INVALID_ARGUMENT and self.message(status) == "rtvae probe"
        finally:
            self.fn["ReleaseStatus"](status)
        if not ok:
            raise ModelError(f"{self.path}: the OrtApi table does not have the layout rtvae expects")

    def message(self, status: int) -> str:
        """The text of an OrtStatus* (not released)."""
        text = self.fn["GetErrorMessage"](status)
        return text.decode(errors="replace") if text else "(no message)"

    def check(self, status: int | None, what: str) -> None:
        """Raise ModelError with the status's message (and release it) unless it is NULL."""
        if status:
            message = self.message(status)
            self.fn["ReleaseStatus"](status)
            raise ModelError(f"ONNX Runtime C API {what} failed: {message}")

    def call(self, name: str, *args) -> None:
        self.check(self.fn[name](*args), name)

    def out(self, name: str, *args) -> int:
        """Call a function whose last argument is an output pointer; return that pointer."""
        result = c_void_p()
        self.call(name, *args, byref(result))
        return result.value or 0


class CApiDecoder:
    """A decoder graph opened through the C API, decodable from compiled code (see the module).

    Same interface as :class:`rtvae.model.sessions.Decoder` (``latents``, ``windows``,
    ``decode(n)``, ``max_batch``), so an Engine can take it as ``decoder=``; the compiled
    entry points are :func:`run_decode` on :attr:`table` and :func:`decode_cfunc` on
    :attr:`table_address`. ``latents`` / ``windows`` may be given (C-contiguous float32,
    shapes (max_batch, latent_size) and (max_batch, window)) to decode in someone else's buffers.
    """

    kind = "onnxruntime"

    def __init__(self, path: str | Path, latent_size: int, window: int, max_batch: int, *, threads: int = 1,
                 latents: np.ndarray | None = None, windows: np.ndarray | None = None,
                 api: OrtCApi | None = None, library: str | Path | None = None):
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self.path = Path(path)
        self.latent_size, self.window, self.max_batch = latent_size, window, max_batch
        self.latents = _buffer(latents, (max_batch, latent_size), "latents")
        self.windows = _buffer(windows, (max_batch, window), "windows")
        self.api = api if api is not None else OrtCApi(library)
        self._values: list[int] = []
        self._env = self._options = self._session = self._memory = 0
        self.table = np.zeros(T_VALUES + 2 * (max_batch + 1), np.int64)
        try:
            self._open(threads)
        except BaseException:
            self.close()
            raise

    def _open(self, threads: int) -> None:
        api = self.api
        if not self.path.is_file():
            raise ModelError(f"decoder graph not found: {self.path}")
        self._env = api.out("CreateEnv", ORT_LOGGING_LEVEL_ERROR, b"rtvae")
        self._options = options = api.out("CreateSessionOptions")
        api.call("SetIntraOpNumThreads", options, threads)
        api.call("SetInterOpNumThreads", options, 1)
        api.call("SetSessionExecutionMode", options, ORT_SEQUENTIAL)
        api.call("SetSessionGraphOptimizationLevel", options, ORT_ENABLE_ALL)
        api.call("SetSessionLogSeverityLevel", options, ORT_LOGGING_LEVEL_ERROR)
        api.call("AddSessionConfigEntry", options, b"session.intra_op.allow_spinning", b"0")
        self._session = api.out("CreateSession", self._env, os.fsencode(self.path), options)
        self.input_name, self.output_name = self._only_name("Input"), self._only_name("Output")
        self._names = [ctypes.create_string_buffer(name.encode()) for name in (self.input_name, self.output_name)]
        self._memory = api.out("CreateCpuMemoryInfo", ORT_ARENA_ALLOCATOR, ORT_MEM_TYPE_DEFAULT)
        table = self.table
        table[T_RUN] = api.address_of("Run")
        table[T_SESSION] = self._session
        table[T_RUN_OPTIONS] = 0
        table[T_INPUT_NAME] = ctypes.addressof(self._names[0])
        table[T_OUTPUT_NAME] = ctypes.addressof(self._names[1])
        table[T_MAX_BATCH] = self.max_batch
        table[T_RELEASE_STATUS] = api.address_of("ReleaseStatus")
        for n in range(1, self.max_batch + 1):
            table[T_VALUES + 2 * n] = self.tensor(self.latents[:n])
            table[T_VALUES + 2 * n + 1] = self.tensor(self.windows[:n])
        saved = self.latents.copy()
        self.latents[:] = 0
        for n in range(1, self.max_batch + 1):  # every batch size runs once: shapes checked, buffers sized
            status = run_decode(table, n)
            if status:
                message = self.api.message(status)
                self.api.fn["ReleaseStatus"](status)
                raise ModelError(f"{self.path} does not decode a batch of {n} through the C API: {message}")
        self.latents[:] = saved

    def _only_name(self, kind: str) -> str:
        count = c_size_t()
        self.api.call(f"SessionGet{kind}Count", self._session, byref(count))
        if count.value != 1:
            raise ModelError(f"{self.path}: a decoder has one {kind.lower()}, this graph has {count.value}")
        allocator = self.api.out("GetAllocatorWithDefaultOptions")
        name = self.api.out(f"SessionGet{kind}Name", self._session, 0, allocator)
        try:
            return ctypes.string_at(name).decode()
        finally:
            self.api.call("AllocatorFree", allocator, name)

    @property
    def table_address(self) -> int:
        """The table's address, for :func:`decode_cfunc` (valid while this decoder lives)."""
        return self.table.ctypes.data

    def tensor(self, array: np.ndarray) -> int:
        """A float32 OrtValue over ``array``'s memory (C-contiguous); released by :meth:`close`."""
        if array.dtype != np.float32 or not array.flags.c_contiguous:
            raise ValueError("a tensor needs a C-contiguous float32 array")
        shape = (c_int64 * array.ndim)(*array.shape)
        value = self.api.out("CreateTensorWithDataAsOrtValue", self._memory, array.ctypes.data, array.nbytes,
                             shape, array.ndim, ONNX_FLOAT)
        self._values.append(value)
        return value

    def message(self, status: int) -> str:
        """The text of a status :func:`run_decode` returned (it stays allocated: see :meth:`check`)."""
        if status == BAD_BATCH:
            return f"batch size outside 0..{self.max_batch}"
        return self.api.message(status)

    def check(self, status: int) -> None:
        """Raise ModelError for a non-zero status from :func:`run_decode`, releasing it."""
        if status == BAD_BATCH:
            raise ModelError(f"C API decode: {self.message(status)}")
        self.api.check(status or None, "Run")

    def decode(self, n: int) -> None:
        """Decode ``latents[:n]`` into ``windows[:n]`` (from Python; the compiled callers use :func:`run_decode`)."""
        self.check(run_decode(self.table, n))

    def close(self) -> None:
        """Release every OrtValue, the session, its options and the environment (idempotent)."""
        fn = self.api.fn if hasattr(self, "api") else None
        if fn is None:
            return
        self.table[:] = 0
        for value in self._values:
            fn["ReleaseValue"](value)
        self._values = []
        for attr, release in (("_memory", "ReleaseMemoryInfo"), ("_session", "ReleaseSession"),
                              ("_options", "ReleaseSessionOptions"), ("_env", "ReleaseEnv")):
            if getattr(self, attr):
                fn[release](getattr(self, attr))
                setattr(self, attr, 0)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _buffer(array: np.ndarray | None, shape: tuple[int, int], name: str) -> np.ndarray:
    if array is None:
        return np.zeros(shape, np.float32)
    if array.shape != shape or array.dtype != np.float32 or not array.flags.c_contiguous:
        raise ValueError(f"{name} must be a C-contiguous float32 array of shape {shape}")
    return array


# --- measuring (python -m rtvae.engine.ort_capi) ----------------------------------------------

@njit(nogil=True, cache=True, error_model="numpy")
def timed_decodes(table, n, clock_gettime, durations):
    """Run ``len(durations)`` decodes of ``n``, each timed in compiled code (ns); the first failing status, or 0."""
    scratch = np.zeros(2, np.int64)
    for i in range(durations.shape[0]):
        start = now_ns(clock_gettime, scratch)
        status = run_decode(table, n)
        durations[i] = now_ns(clock_gettime, scratch) - start
        if status:
            return status
    return 0


def measure(model_name: str = "default", batches=(1, 4), runs: int = 5000, chunk: int = 250,
            int8: bool = False) -> dict:
    """Median and p99 (µs) of one decode: Python ORT (I/O binding), the C API from compiled code, and from Python.

    The three are interleaved in chunks of ``chunk`` runs so that drift and other load hit all alike.
    """
    import time

    from rtvae.model.card import DECODER_FILE, DECODER_INT8_FILE
    from rtvae.model.directory import load_model

    model = load_model(model_name)
    card, max_batch = model.card, max(batches)
    python = model.decoder(max_batch, int8=int8)
    compiled = CApiDecoder(model.path / (DECODER_INT8_FILE if int8 else DECODER_FILE), card.latent_size, card.window,
                           max_batch)
    clock = clock_gettime_address()
    latents = np.random.default_rng(0).standard_normal((max_batch, card.latent_size)).astype(np.float32)
    python.latents[:], compiled.latents[:] = latents, latents
    results = {}
    for n in batches:
        times = {"python ORT": [], "C API, compiled": [], "C API, from Python": []}
        durations = np.zeros(chunk, np.int64)
        for _ in range(200):  # warm all three
            python.decode(n)
            compiled.decode(n)
        compiled.check(timed_decodes(compiled.table, n, clock, durations))
        for _ in range(max(1, runs // chunk)):
            for _ in range(chunk):
                start = time.perf_counter_ns()
                python.decode(n)
                times["python ORT"].append(time.perf_counter_ns() - start)
            compiled.check(timed_decodes(compiled.table, n, clock, durations))
            times["C API, compiled"].extend(durations.tolist())
            for _ in range(chunk):
                start = time.perf_counter_ns()
                compiled.decode(n)
                times["C API, from Python"].append(time.perf_counter_ns() - start)
        results[n] = {path: (float(np.median(t)) / 1e3, float(np.percentile(t, 99)) / 1e3) for path, t in times.items()}
    compiled.close()
    return results


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Time one decode: Python ORT against the C API path.")
    parser.add_argument("--model", default="default")
    parser.add_argument("--runs", type=int, default=5000)
    parser.add_argument("--int8", action="store_true")
    args = parser.parse_args()
    results = measure(args.model, runs=args.runs, int8=args.int8)
    print(f"{'batch':>5}  {'path':<20} {'median µs':>10} {'p99 µs':>10}")
    for n, paths in results.items():
        for path, (median, p99) in paths.items():
            print(f"{n:>5}  {path:<20} {median:>10.1f} {p99:>10.1f}")


if __name__ == "__main__":
    # Run the imported module's main, so that numba caches its kernels under rtvae.engine.ort_capi, not __main__.
    from rtvae.engine import ort_capi

    ort_capi.main()
