"""Procedural corpus of labelled one-second sounds.

The corpus trains the embedded default model (a small MLP VAE on raw 1024-sample
windows at 44.1 kHz), gives the tests sounds with known labels, and lets latent maps
be coloured by family. Ten families with distinct timbres and envelopes, each at five
notes and three brightnesses, make 150 sounds of 1 s, mono, peak-normalised to 0.7
(about -3 dBFS) and faded to silence at the end.

Everything derives from a seed: the same seed renders byte-identical files on the same
machine, and a sound's noise depends only on the seed and the sound's name, so any
subset of families renders exactly the sounds the full corpus would.
"""

from __future__ import annotations

import csv
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy import signal

from rtvae.errors import ConfigError

FAMILIES: tuple[str, ...] = (
    "string", "bell", "organ", "bass", "vowel", "snare", "kick", "bowed", "glass", "grain",
)
BRIGHTNESSES = ("dark", "mid", "bright")

DURATION_S = 1.0
PEAK = 0.7  # about -3 dBFS: headroom for the model's reconstructions
MIN_SAMPLE_RATE = 16000  # below this the snare and kick noise bands no longer fit
_FADE_IN_S = 0.001  # short enough to keep attacks, long enough to avoid a first-sample click
_FADE_OUT_S = 0.04
_MAX_PARTIAL = 0.45  # partials above this fraction of the sample rate would alias or ring

# Sharps are written "s" so that every sound name is a plain identifier.
_PITCH_CLASSES = ("C", "Cs", "D", "Ds", "E", "F", "Fs", "G", "Gs", "A", "As", "B")

# MIDI notes per family: each range sits where that kind of instrument lives.
_FAMILY_NOTES: dict[str, tuple[int, ...]] = {
    "string": (45, 50, 55, 60, 65),  # A2 .. F4
    "bell": (60, 64, 67, 72, 76),  # C4 .. E5
    "organ": (48, 53, 57, 60, 67),  # C3 .. G4
    "bass": (33, 36, 40, 43, 48),  # A1 .. C3
    "vowel": (48, 50, 53, 57, 60),  # C3 .. C4, a singing voice
    "snare": (50, 53, 55, 57, 60),  # D3 .. C4, the drum's body tone
    "kick": (28, 31, 33, 36, 40),  # E1 .. E2, the end of the pitch sweep
    "bowed": (48, 55, 62, 69, 74),  # C3 .. D5, cello to violin
    "glass": (72, 76, 79, 84, 88),  # C5 .. E6
    "grain": (57, 60, 63, 66, 69),  # A3 .. A4, a diminished chord
}


@dataclass(frozen=True)
class SoundSpec:
    """One sound of the corpus: its file stem, labels and fundamental in Hz."""

    name: str
    family: str
    note: str
    frequency_hz: float
    brightness: str


def note_name(midi: int) -> str:
    """Name a MIDI note as an identifier-safe string, e.g. 66 -> 'Fs4', 33 -> 'A1'."""
    return f"{_PITCH_CLASSES[midi % 12]}{midi // 12 - 1}"


def midi_to_hz(midi: int) -> float:
    """Equal-tempered frequency in Hz of a MIDI note (A4 = 69 = 440 Hz)."""
    return 440.0 * 2.0 ** ((midi - 69) / 12.0)


def corpus_specs() -> list[SoundSpec]:
    """The 150 sounds, ordered by family (as in FAMILIES), then note, then brightness."""
    specs = []
    for family in FAMILIES:
        for midi in _FAMILY_NOTES[family]:
            for brightness in BRIGHTNESSES:
                note = note_name(midi)
                name = f"{family}_{note}_{brightness}"
                specs.append(SoundSpec(name, family, note, midi_to_hz(midi), brightness))
    return specs


# ---------------------------------------------------------------- shared building blocks


def _sound_rng(seed: int, name: str) -> np.random.Generator:
    # Keyed by name rather than list position, so that subsets and reorderings of the
    # corpus still render each sound identically.
    return np.random.default_rng([seed, zlib.crc32(name.encode("utf-8"))])


def _phase_cycles(freq_hz: np.ndarray, sr: int) -> np.ndarray:
    """Running phase in cycles of a time-varying frequency, starting at 0."""
    return (np.cumsum(freq_hz) - freq_hz[0]) / sr


def _polyblep_saw(phase: np.ndarray, dt: np.ndarray | float) -> np.ndarray:
    """Band-limited sawtooth in [-1, 1] from a phase in cycles; dt = cycles per sample."""
    p = phase % 1.0
    dt = np.broadcast_to(dt, p.shape)
    saw = 2.0 * p - 1.0
    # The polynomial residual rounds off the wrap that would otherwise alias.
    after = p < dt
    x = p[after] / dt[after]
    saw[after] -= 2.0 * x - x * x - 1.0
    before = p > 1.0 - dt
    x = (p[before] - 1.0) / dt[before]
    saw[before] -= x * x + 2.0 * x + 1.0
    return saw


def _decaying_partials(t: np.ndarray, freqs, amps, taus, sr: int) -> np.ndarray:
    """Sum of sines (Hz, linear amplitude, decay time constant in s) over t (s).

    Partials above the alias guard are dropped; tau = inf holds a partial steady.
    """
    freqs, amps, taus = (np.asarray(v, dtype=float) for v in (freqs, amps, taus))
    keep = freqs < _MAX_PARTIAL * sr
    f, a, tau = freqs[keep, None], amps[keep, None], taus[keep, None]
    return np.sum(a * np.exp(-t / tau) * np.sin(2 * np.pi * f * t), axis=0)


def _attack(t: np.ndarray, seconds: float) -> np.ndarray:
    """Raised-cosine rise from 0 to 1 over `seconds`, then 1."""
    x = np.clip(t / seconds, 0.0, 1.0)
    return 0.5 - 0.5 * np.cos(np.pi * x)


def _resonant_lowpass(x: np.ndarray, cutoff_hz: float, q: float, sr: int) -> np.ndarray:
    """RBJ-cookbook biquad low-pass (12 dB/octave, resonance peak set by q)."""
    w0 = 2 * np.pi * min(cutoff_hz, _MAX_PARTIAL * sr) / sr
    alpha = np.sin(w0) / (2 * q)
    cos_w0 = np.cos(w0)
    b = np.array([1 - cos_w0, 2 * (1 - cos_w0), 1 - cos_w0]) / 2
    a = np.array([1 + alpha, -2 * cos_w0, 1 - alpha])
    return signal.lfilter(b / a[0], a / a[0], x)


def _lowpass(x: np.ndarray, cutoff_hz: float, sr: int) -> np.ndarray:
    """Fourth-order Butterworth low-pass: steep, so a dark setting really is dark."""
    sos = signal.butter(4, min(cutoff_hz, _MAX_PARTIAL * sr), fs=sr, output="sos")
    return signal.sosfilt(sos, x)


def _band(x: np.ndarray, low_hz: float, high_hz: float, sr: int) -> np.ndarray:
    """Second-order Butterworth band-pass between low_hz and high_hz."""
    high_hz = min(high_hz, _MAX_PARTIAL * sr)
    sos = signal.butter(2, [low_hz, high_hz], btype="bandpass", fs=sr, output="sos")
    return signal.sosfilt(sos, x)


# ---------------------------------------------------------------- the ten families
# Each renderer takes (f0 in Hz, brightness level 0..2, time axis in s, sample rate,
# generator) and returns float64 samples of any scale: normalisation happens later.

_STRING_LOOP_BLEND = (0.5, 0.3, 0.12)  # 0.5 is the classic, darkest Karplus-Strong average
_STRING_PICK_CUTOFF = (3.0, 8.0, 30.0)  # excitation low-pass, in multiples of f0


def _string(f0, level, t, sr, rng):
    period = sr / f0
    blend = _STRING_LOOP_BLEND[level]
    # Fractional delay by linear interpolation keeps high notes in tune; the loop
    # filter's own delay (blend samples) is taken out of the integer delay.
    delay = period - blend
    n_int, frac = int(delay), delay - int(delay)
    gain = 10.0 ** (-3.0 / (3.0 * f0))  # fundamental falls 60 dB in about 3 s
    taps = gain * np.convolve([1 - blend, blend], [1 - frac, frac])
    a = np.zeros(n_int + 3)
    a[0], a[n_int:] = 1.0, -taps
    burst = rng.standard_normal(int(period))
    excitation = np.zeros_like(t)
    excitation[: burst.size] = burst - burst.mean()
    # Filtering after zero-padding lets the low-pass ring out instead of being cut off,
    # which would put a broadband click into even the darkest pluck.
    excitation = _lowpass(excitation, f0 * _STRING_PICK_CUTOFF[level], sr)
    return signal.lfilter([1.0], a, excitation)


_BELL_INDEX = (1.2, 3.0, 6.0)


def _bell(f0, level, t, sr, rng):
    # Carrier:modulator 1:1.4 is Chowning's inharmonic bell; the index decays faster
    # than the amplitude so the strike is bright and the tail nearly pure.
    index = _BELL_INDEX[level] * np.exp(-t / 0.25)
    modulator = np.sin(2 * np.pi * 1.4 * f0 * t)
    tone = np.sin(2 * np.pi * f0 * t + index * modulator)
    hum = 0.3 * np.sin(2 * np.pi * 0.5 * f0 * t)  # the low "hum" partial of church bells
    return (tone + hum) * np.exp(-t / 0.8) * _attack(t, 0.002)


_ORGAN_FOOTAGES = np.array([0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0])  # drawbar ratios
_ORGAN_DRAWBARS = (
    np.array([0.5, 1.0, 0.1, 0.3, 0.0, 0.0, 0.0, 0.0, 0.0]),
    np.array([0.5, 1.0, 0.4, 0.6, 0.3, 0.3, 0.1, 0.1, 0.1]),
    np.array([0.5, 1.0, 0.7, 0.9, 0.8, 0.8, 0.6, 0.6, 0.7]),
)


def _organ(f0, level, t, sr, rng):
    freqs = f0 * _ORGAN_FOOTAGES
    no_decay = np.full(freqs.size, np.inf)
    tone = _decaying_partials(t, freqs, _ORGAN_DRAWBARS[level], no_decay, sr)
    tremolo = 1.0 + 0.04 * np.sin(2 * np.pi * 6.5 * t)  # the Leslie-ish wobble of a held chord
    return tone * tremolo * _attack(t, 0.015)


_BASS_CUTOFF = ((1.5, 3.0), (3.0, 8.0), (7.0, 24.0))  # (resting, peak), in multiples of f0


def _bass(f0, level, t, sr, rng):
    saw = _polyblep_saw(f0 * t, f0 / sr)
    rest_mult, peak_mult = _BASS_CUTOFF[level]
    resting = _resonant_lowpass(saw, rest_mult * f0, 2.0, sr)
    peak = _resonant_lowpass(saw, peak_mult * f0, 2.0, sr)
    # Cross-fading two fixed filters approximates a filter envelope without per-sample
    # coefficient updates.
    filter_env = np.exp(-t / 0.12)
    amp_env = (0.6 + 0.4 * np.exp(-t / 0.2)) * _attack(t, 0.004)
    return (resting + filter_env * (peak - resting)) * amp_env


# Formants (Hz, adult male averages) and glottal source tilt (Hz) per brightness: dark
# sings /u/ ("boot"), mid /a/ ("father"), bright /ae/ ("cat"). /i/ sounds brighter still
# but its low first formant holds its spectral centroid below /a/'s.
_VOWEL_FORMANTS = ((300.0, 870.0, 2240.0), (730.0, 1090.0, 2440.0), (660.0, 1720.0, 2410.0))
_VOWEL_BANDWIDTHS = (70.0, 100.0, 140.0)  # Hz, for F1, F2, F3
_VOWEL_TILT_HZ = (400.0, 1000.0, 3000.0)


def _formant(x: np.ndarray, fc: float, bandwidth: float, sr: int) -> np.ndarray:
    """Two-pole resonance at fc with unity gain at 0 Hz, as in a cascade formant synth."""
    r = np.exp(-np.pi * bandwidth / sr)
    a = np.array([1.0, -2.0 * r * np.cos(2 * np.pi * fc / sr), r * r])
    return signal.lfilter([a.sum()], a, x)


def _vowel(f0, level, t, sr, rng):
    vibrato = 0.006 * np.sin(2 * np.pi * 5.5 * t) * _attack(t - 0.2, 0.3)
    freq = f0 * (1.0 + vibrato)
    saw = _polyblep_saw(_phase_cycles(freq, sr), freq / sr)
    pulses = np.diff(saw, prepend=saw[0])  # the saw's reset is a band-limited pulse
    voice = _resonant_lowpass(pulses, _VOWEL_TILT_HZ[level], 0.7, sr)
    # In cascade the formants keep the voice's strong fundamental, as a throat does.
    for fc, bandwidth in zip(_VOWEL_FORMANTS[level], _VOWEL_BANDWIDTHS):
        voice = _formant(voice, fc, bandwidth, sr)
    return voice * _attack(t, 0.06) * (1.0 - 0.2 * t)  # a held note relaxes a little


_SNARE_NOISE_BAND = ((300.0, 2500.0), (700.0, 7000.0), (1800.0, 18000.0))
_SNARE_NOISE_GAIN = (0.5, 0.8, 1.0)


def _snare(f0, level, t, sr, rng):
    low, high = _SNARE_NOISE_BAND[level]
    noise = _band(rng.standard_normal(t.size), low, high, sr)
    noise *= _SNARE_NOISE_GAIN[level] / np.std(noise) * np.exp(-t / 0.09)
    # The body drops slightly in pitch as the head relaxes; 1.59 is the membrane's
    # second mode.
    freq = f0 * (1.0 + 0.25 * np.exp(-t / 0.01))
    phase = 2 * np.pi * _phase_cycles(freq, sr)
    body = (np.sin(phase) + 0.5 * np.sin(1.59 * phase)) * np.exp(-t / 0.05)
    return (noise + body) * _attack(t, 0.001)


_KICK_SWEEP = (3.0, 5.0, 8.0)  # start pitch, in multiples of the end pitch
_KICK_DRIVE = (1.0, 2.0, 4.0)
_KICK_CLICK = (0.0, 0.15, 0.4)


def _kick(f0, level, t, sr, rng):
    freq = f0 * (1.0 + (_KICK_SWEEP[level] - 1.0) * np.exp(-t / 0.035))
    body = np.sin(2 * np.pi * _phase_cycles(freq, sr)) * np.exp(-t / 0.3)
    drive = _KICK_DRIVE[level]
    body = np.tanh(drive * body) / np.tanh(drive)  # saturation adds the upper harmonics
    click = _band(rng.standard_normal(t.size), 2000.0, 12000.0, sr) * np.exp(-t / 0.004)
    return body + _KICK_CLICK[level] * click / np.max(np.abs(click))


_BOWED_ROLLOFF = (2.6, 1.8, 1.2)  # harmonic k gets amplitude k ** -rolloff


def _bowed(f0, level, t, sr, rng):
    # Shape white noise's spectrum directly: a narrow Gaussian bump on every harmonic.
    spectrum = np.fft.rfft(rng.standard_normal(t.size))
    freqs = np.fft.rfftfreq(t.size, 1.0 / sr)
    harmonics = f0 * np.arange(1, int(_MAX_PARTIAL * sr / f0) + 1)
    weights = (harmonics / f0) ** -_BOWED_ROLLOFF[level]
    # Hz: wide enough that the noise's random swells are fast and shallow like bow
    # scrape, narrow enough to stay clearly pitched; wider up high, as bow noise is.
    widths = 8.0 + 0.01 * harmonics
    mask = np.zeros_like(freqs)
    for h, w, width in zip(harmonics, weights, widths):
        near = np.abs(freqs - h) < 4 * width  # only the bins a bump can reach
        mask[near] += w * np.exp(-0.5 * ((freqs[near] - h) / width) ** 2)
    tone = np.fft.irfft(spectrum * mask, n=t.size)
    bow_pressure = 1.0 + 0.1 * np.sin(2 * np.pi * 0.8 * t)  # a player's slow swell
    return tone * _attack(t, 0.3) * bow_pressure


_GLASS_RATIOS = np.array([1.0, 2.756, 5.404, 8.933, 13.344])  # free-free bar modes
_GLASS_ROLLOFF = (3.0, 1.4, 0.4)


def _glass(f0, level, t, sr, rng):
    ratios = np.repeat(_GLASS_RATIOS, 2)
    # Each mode is a slightly split, unequal pair, so the tail shimmers; splits differ
    # per mode so that the beats never line up into a silent gap.
    split_hz = 0.8 * np.sqrt(ratios) * np.tile([-0.5, 0.5], _GLASS_RATIOS.size)
    freqs = f0 * ratios + split_hz
    amps = ratios ** -_GLASS_ROLLOFF[level] * np.tile([1.0, 0.5], _GLASS_RATIOS.size)
    taus = 2.0 / ratios**0.3  # long ring, upper modes only a little shorter
    tone = _decaying_partials(t, freqs, amps, taus, sr)
    return tone * _attack(t, 0.03)


_GRAIN_SECONDS = (0.06, 0.025, 0.008)  # shorter grains smear the spectrum upwards
_GRAIN_ROLLOFF = (4.0, 1.6, 0.2)  # harmonic k is chosen with weight k ** -rolloff
_GRAIN_COUNT = 400


def _grain(f0, level, t, sr, rng):
    length = int(_GRAIN_SECONDS[level] * sr)
    ks = np.arange(1, 13)
    ks = ks[ks * f0 < _MAX_PARTIAL * sr]
    probs = ks ** -_GRAIN_ROLLOFF[level]
    harmonic = rng.choice(ks, size=_GRAIN_COUNT, p=probs / probs.sum())
    cents = rng.normal(0.0, 15.0, _GRAIN_COUNT)
    freqs = f0 * harmonic * 2.0 ** (cents / 1200.0)
    onsets = rng.integers(0, t.size - length, _GRAIN_COUNT)
    gains = rng.uniform(0.3, 1.0, _GRAIN_COUNT) * np.sin(np.pi * onsets / t.size)  # swell
    phases = rng.uniform(0.0, 2 * np.pi, _GRAIN_COUNT)
    local_t = np.arange(length) / sr
    grains = np.sin(2 * np.pi * freqs[:, None] * local_t + phases[:, None])
    grains *= gains[:, None] * np.hanning(length)
    # Overlap-add every grain at once: bincount sums samples that share an index.
    index = onsets[:, None] + np.arange(length)
    return np.bincount(index.ravel(), weights=grains.ravel(), minlength=t.size)


_RENDERERS: dict[str, Callable[..., np.ndarray]] = {
    "string": _string,
    "bell": _bell,
    "organ": _organ,
    "bass": _bass,
    "vowel": _vowel,
    "snare": _snare,
    "kick": _kick,
    "bowed": _bowed,
    "glass": _glass,
    "grain": _grain,
}


# ---------------------------------------------------------------- public rendering


def _dc_blocker(sr: int) -> np.ndarray:
    # 10 Hz sits well below the lowest note (E1, 41 Hz), so no family loses its fundamental.
    return signal.butter(1, 10.0, btype="highpass", fs=sr, output="sos")


def _finish(x: np.ndarray, sr: int) -> np.ndarray:
    """Fade in and out, then peak-normalise to PEAK; returns float32."""
    x = signal.sosfilt(_dc_blocker(sr), x)  # noise bursts and sweeps leave a small offset
    n_in, n_out = max(1, int(_FADE_IN_S * sr)), max(2, int(_FADE_OUT_S * sr))
    x[:n_in] *= np.linspace(0.0, 1.0, n_in, endpoint=False)
    x[-n_out:] *= 0.5 + 0.5 * np.cos(np.linspace(0.0, np.pi, n_out))  # ends at exactly 0
    peak = np.max(np.abs(x))
    return (x * (PEAK / peak if peak > 0 else 0.0)).astype(np.float32)


def _check_spec(spec: SoundSpec) -> None:
    if spec.family not in _RENDERERS:
        raise ConfigError(f"unknown family {spec.family!r}; accepted: {', '.join(FAMILIES)}")
    if spec.brightness not in BRIGHTNESSES:
        raise ConfigError(
            f"unknown brightness {spec.brightness!r}; accepted: {', '.join(BRIGHTNESSES)}"
        )


def render_sound(spec: SoundSpec, *, seed: int = 0, sample_rate: int = 44100) -> np.ndarray:
    """Render one sound: float32 mono, shape (round(DURATION_S * sample_rate),).

    Peak is PEAK (0.7, about -3 dBFS) and the last sample is 0. The result depends only
    on spec, seed (a non-negative int) and sample_rate (Hz, at least MIN_SAMPLE_RATE);
    a bad family, brightness, seed or rate raises ConfigError.
    """
    _check_spec(spec)
    if seed < 0:
        raise ConfigError(f"seed must be a non-negative integer, got {seed}")
    if sample_rate < MIN_SAMPLE_RATE:
        raise ConfigError(f"sample_rate must be at least {MIN_SAMPLE_RATE} Hz, got {sample_rate}")
    t = np.arange(int(round(DURATION_S * sample_rate))) / sample_rate
    level = BRIGHTNESSES.index(spec.brightness)
    rng = _sound_rng(seed, spec.name)
    raw = _RENDERERS[spec.family](spec.frequency_hz, level, t, sample_rate, rng)
    return _finish(raw, sample_rate)


def _select_families(families: Iterable[str] | str | None) -> tuple[str, ...]:
    if families is None:
        return FAMILIES
    chosen = (families,) if isinstance(families, str) else tuple(families)
    unknown = [f for f in chosen if f not in FAMILIES]
    if unknown:
        raise ConfigError(
            f"unknown family {', '.join(map(repr, unknown))}; accepted: {', '.join(FAMILIES)}"
        )
    return chosen


def _write_labels(path: Path, specs: list[SoundSpec]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["name", "family", "note", "frequency_hz", "brightness"])
        for s in specs:
            writer.writerow([s.name, s.family, s.note, f"{s.frequency_hz:.4f}", s.brightness])


def write_corpus(
    out_dir,
    *,
    seed: int = 0,
    sample_rate: int = 44100,
    families: Iterable[str] | str | None = None,
    progress: Callable[[int], object] | None = None,
) -> list[SoundSpec]:
    """Write the corpus as 16-bit PCM WAVs `{name}.wav` plus `labels.csv` into out_dir.

    families restricts the corpus to those families (kept in corpus order); an unknown
    name raises ConfigError. progress, if given, is called with the number of sounds
    written so far after each one. Returns the specs written, in file order.
    """
    wanted = set(_select_families(families))
    specs = [s for s in corpus_specs() if s.family in wanted]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for done, spec in enumerate(specs, start=1):
        audio = render_sound(spec, seed=seed, sample_rate=sample_rate)
        sf.write(out / f"{spec.name}.wav", audio, sample_rate, subtype="PCM_16")
        if progress is not None:
            progress(done)
    _write_labels(out / "labels.csv", specs)
    return specs
