"""Live state: everything the control side knows, in one typed object with one owner.

Only the control thread (the OSC receive loop) reads or changes a :class:`LiveState`.
Helpers never touch it: they hand results back through the mailbox
(:mod:`rtvae.control.helpers`), and the control thread applies them. What the audio
thread needs goes to the engine as control records or slot hand-overs, never by sharing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from rtvae.explore.corpus import Corpus
from rtvae.explore.sources import Source

Address = tuple[str, int]
SOURCES = ("a", "b")


@dataclass
class InterpState:
    """What the control side knows of the interpolation (the engine holds the rest)."""

    specs: dict[str, str] = field(default_factory=dict)       # "a"/"b" → source spec as sent
    sources: dict[str, Source] = field(default_factory=dict)   # "a"/"b" → resolved source
    pending: dict[str, int] = field(default_factory=dict)      # "a"/"b" → generation being resolved
    generation: int = 0                                        # bumped by every resolve, to drop stale ones
    strategy: str = "stepwise"
    stretch: float = 1.0
    length: int = 0                                            # windows in the trimmed pair
    active: bool = False                                       # the engine follows the sources
    play_when_ready: bool = False                              # /interp/play came while a source resolved
    reported_playing: int = 0
    listener: Address | None = None                            # who hears /rtvae/out/interp


@dataclass
class CorpusState:
    """The corpus interpolation (and later descriptors and maps) draw on."""

    name: str = "default"              # as asked for: a name in the corpora folder, or 'default'
    corpus: Corpus | None = None       # None until loaded (or when the model has none)
    loading: int = 0                   # loads under way; the newest request wins
    generation: int = 0                # bumped by every request, to drop a superseded result


@dataclass
class ModelState:
    name: str = "default"
    loading: str | None = None         # a hot swap in progress: the name being loaded
    listener: Address | None = None


@dataclass
class LiveState:
    """The one owner of live state: the control thread."""

    model: ModelState = field(default_factory=ModelState)
    corpus: CorpusState = field(default_factory=CorpusState)
    interp: InterpState = field(default_factory=InterpState)
    presets: dict[str, np.ndarray] = field(default_factory=dict)
    demo_sender: Address | None = None  # the demo walk's own socket: its latents are not a performer's
