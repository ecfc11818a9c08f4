"""A folder of speech for the benchmarks' "folder of recordings": 12 sentences in 3 espeak-ng voices.

The descriptor benchmark (``benchmarks/descriptors.py --folder DIR``) wants a corpus built
from recordings that are not the model's own procedural sounds; nothing may be downloaded
here, so this makes one: each sentence spoken by ``en-gb``, ``en-us`` and ``en-gb+f3`` (a
higher, female variant), one WAV each (espeak-ng's 22.05 kHz; the corpus build resamples).

    sudo apt-get install --no-install-recommends espeak-ng
    python benchmarks/speech_folder.py /tmp/speech
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

VOICES = ("en-gb", "en-us", "en-gb+f3")
SENTENCES = (
    "The quick brown fox jumps over the lazy dog.",
    "She sells sea shells by the sea shore.",
    "A bright morning light fell across the quiet harbour.",
    "Seven silver spoons were sorted into the drawer.",
    "The organ played a low, slow chord in the empty hall.",
    "Fresh rain washed the dust from the city streets.",
    "Which way is the station from here, please?",
    "Thick fog rolled over the hills before dawn.",
    "He whispered softly, then shouted as loud as he could.",
    "Measure twice and cut once, the carpenter said.",
    "Shimmering waves broke against the rocks all night.",
    "Zebras and giraffes gathered near the water hole.",
)


def make(folder: Path) -> list[Path]:
    """Speak every sentence in every voice into ``folder``; returns the files written."""
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is not installed: sudo apt-get install --no-install-recommends espeak-ng")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for v, voice in enumerate(VOICES):
        for s, sentence in enumerate(SENTENCES):
            path = folder / f"speech_{voice.replace('+', '_')}_{s + 1:02d}.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), sentence], check=True)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    written = make(parser.parse_args(argv).folder)
    print(f"{len(written)} files in {written[0].parent}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
