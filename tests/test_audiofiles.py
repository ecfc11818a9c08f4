import numpy as np
import pytest
import soundfile as sf

from rtvae.audiofiles import load_folder, load_sound, resample
from rtvae.errors import AudioFileError
from rtvae.framing import frame, index_windows, window_starts


def test_stereo_48k_file_is_loaded_mono_at_the_model_rate(tmp_path):
    t = np.arange(48000) / 48000
    left = 0.5 * np.sin(2 * np.pi * 440 * t)
    sf.write(tmp_path / "s.flac", np.stack([left, left], axis=1), 48000)
    sound = load_sound(tmp_path / "s.flac", 44100)
    assert sound.samples.dtype == np.float32 and sound.samples.ndim == 1
    assert len(sound.samples) == 44100
    spectrum = np.abs(np.fft.rfft(sound.samples))
    assert abs(np.argmax(spectrum) * 44100 / len(sound.samples) - 440) < 2


def test_resampling_keeps_a_tone_in_tune():
    x = np.sin(2 * np.pi * 1000 * np.arange(22050) / 22050).astype(np.float32)
    y = resample(x, 22050, 44100)
    assert len(y) == 44100
    peak_hz = np.argmax(np.abs(np.fft.rfft(y))) * 44100 / len(y)
    assert abs(peak_hz - 1000) < 2


def test_unreadable_and_empty_files_are_reported_by_path_and_skipped(tmp_path):
    sf.write(tmp_path / "good.wav", np.zeros(2000), 44100)
    (tmp_path / "broken.wav").write_bytes(b"RIFF....WAVEjunk")
    sf.write(tmp_path / "empty.aiff", np.zeros(0), 44100)
    report = load_folder(tmp_path, 44100)
    assert [s.name for s in report.sounds] == ["good"]
    skipped = {path.name: reason for path, reason in report.skipped}
    assert set(skipped) == {"broken.wav", "empty.aiff"}
    assert str(tmp_path / "empty.aiff") in skipped["empty.aiff"]


def test_empty_folder_is_a_clear_error(tmp_path):
    (tmp_path / "notes.txt").write_text("no audio here")
    with pytest.raises(AudioFileError, match="no audio files"):
        load_folder(tmp_path, 44100)


def test_missing_folder_and_file_name_their_path(tmp_path):
    with pytest.raises(AudioFileError, match="nowhere"):
        load_folder(tmp_path / "nowhere", 44100)
    with pytest.raises(AudioFileError, match="gone.wav"):
        load_sound(tmp_path / "gone.wav", 44100)


def test_training_windows_overlap_but_never_straddle_two_files():
    a = np.full(5000, 1.0, np.float32)
    b = np.full(3000, 2.0, np.float32)
    index = index_windows([a, b], window=1024, hop=256)
    windows = index.gather(np.arange(len(index)))
    assert all(len(set(np.unique(w))) == 1 for w in windows)  # each window is all-a or all-b
    assert (index.sound_of == 0).sum() == len(window_starts(5000, 1024, 256))
    assert np.diff(index.starts[index.sound_of == 0]).tolist() == [256] * ((index.sound_of == 0).sum() - 1)


def test_evaluation_windows_do_not_overlap_and_short_sounds_are_padded():
    x = np.arange(3000, dtype=np.float32)
    windows = frame(x, 1024, 1024)
    assert windows.shape == (2, 1024)
    assert windows[1, 0] == 1024 and windows[0, -1] == 1023
    short = frame(np.ones(100, np.float32), 1024, 1024)
    assert short.shape == (1, 1024) and short[0, 99] == 1 and short[0, 100] == 0
