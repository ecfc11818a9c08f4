"""Live state: everything the control side knows, in one typed object with one owner.

Only the control thread (the OSC receive loop) reads or changes a :class:`LiveState`.
Helpers never touch it: they hand results back through the mailbox
(:mod:`rtvae.control.helpers`), and the control thread applies them. What the audio
thread needs goes to the engine as control records or slot hand-overs, never by sharing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from rtvae.errors import ControlError
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

    def require(self) -> Corpus:
        """The loaded corpus, or a clear error saying why there is none yet."""
        if self.corpus is None:
            if self.loading:
                raise ControlError("the corpus is still being prepared (a few seconds at first start); try again")
            raise ControlError(f"no corpus '{self.name}' for this model: build one with "
                               "'rtvae corpus build DIR --name NAME' and send /rtvae/corpus/load NAME")
        return self.corpus


@dataclass
class ModelState:
    name: str = "default"
    loading: str | None = None         # a hot swap in progress: the name being loaded
    listener: Address | None = None


@dataclass
class DescriptorState:
    """What the control side knows of descriptor following (control thread only)."""

    selector: object = None            # rtvae.explore.targets.Selector for the loaded corpus
    following: object = None           # the selector whose value targets play: that one, or the map's places
    corpus: object = None              # the corpus it was made for
    mode: str = "off"                  # off | value | curve
    curves: dict = field(default_factory=dict)   # name → values as sent (clamped)
    duration_s: float | None = None
    path: np.ndarray | None = None     # the planned curve: one latent per hop
    position: int = 0                  # next hop of the path to schedule
    playing: bool = False
    loop: bool = False
    scheduled_until: int = 0           # engine frame: hops before it have their latent sent
    smooth_ms: float | None = None     # the performer's smoothing, given back on off
    told: set = field(default_factory=set)  # descriptors whose clamping was already said
    listener: tuple | None = None
    meter: object = None               # rtvae.control.descriptors.Meter: what played, measured


@dataclass
class MapState:
    """The latent map of the loaded corpus (rtvae.control.maps)."""

    name: str = ""                     # the map wanted ('' none): serve.map, then /rtvae/map/load
    map: object = None                 # rtvae.explore.maps.LatentMap, None until loaded
    loading: int = 0
    generation: int = 0                # bumped by every request, to drop a superseded result
    latent: np.ndarray | None = None   # the xy read's buffer (made once per map)
    clamped_told: bool = False         # an out-of-range xy was answered; quiet until one is in range
    listener: tuple | None = None
    last_xy: tuple | None = None       # the last /rtvae/out/xy sent
    quiet_ticks: int = 0               # ticks since it was sent
    z_report: bool = False
    z_per_second: float = 0.0          # above the tick's rate: hop latents from the engine's tap
    tapped: object = None              # the engine whose tap is on
    next_tap_frame: float = 0.0        # the next hop latent to send is due at or after this frame
    mode: str = "latent"               # /rtvae/xy/mode: latent (the map's latent) or sound (corpus runs near it)
    places: object = None              # Selector over the map's places of the atlas points (sound mode)


@dataclass
class KnobState:
    """The knobs of the loaded corpus and their amounts (rtvae.control.knobs)."""

    knobs: object = None               # rtvae.explore.knobs.Knobs, None until fitted
    principal: np.ndarray = field(default_factory=lambda: np.zeros(8))
    semantic: dict = field(default_factory=dict)   # name → amount
    aimed_at: np.ndarray | None = None # the base latent the semantic knobs were last aimed around (None: none turned)
    trails: dict = field(default_factory=dict)     # their aims' trails while a path plays hop by hop
    carried: bool = False              # the last hop scheduled with a path carried a semantic displacement
    sources_key: tuple | None = None   # what the interpolation sources in the engine are aimed for (None: originals)
    sources_pending: tuple | None = None  # what sources being aimed on a helper are for
    mix_snap: float = 0.0              # /rtvae/mix/snap
    mix_generation: int = 0            # bumped by every mix, to drop a superseded result
    generation: int = 0                # bumped by every corpus, to drop knobs fitted for an older one
    waiting: list = field(default_factory=list)   # (sender, address, action, reply budget) until the knobs are fitted


@dataclass
class LiveState:
    """The one owner of live state: the control thread."""

    model: ModelState = field(default_factory=ModelState)
    corpus: CorpusState = field(default_factory=CorpusState)
    interp: InterpState = field(default_factory=InterpState)
    descriptors: DescriptorState = field(default_factory=DescriptorState)
    maps: MapState = field(default_factory=MapState)
    knobs: KnobState = field(default_factory=KnobState)
    presets: dict[str, np.ndarray] = field(default_factory=dict)
    demo_sender: Address | None = None  # the demo walk's own socket: its latents are not a performer's
