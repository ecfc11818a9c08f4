"""Pictures of a latent map: what each place of it plays, as PNG files beside the map.

One picture per descriptor measured on the map's grid (as played: see
:mod:`rtvae.explore.maps`), a **class** picture (each place coloured by the blend of the
labels of its 5 nearest anchors in map space, as GESAM colours its classes), a
**confidence** picture (how far each place is from any corpus window), and the corpus
**sounds** as labelled points. Each comes as two files:

* ``<what>.png``: annotated (title, axes, colour bar with units or legend), for people and
  the README;
* ``background-<what>.png``: the bare pad, exactly :data:`BACKGROUND_PX` pixels square with
  no axes or margins, to drop into a Max ``[pictslider]`` or ``[fpic]`` as it is.

Orientation, the same in every file and in the patches: x grows to the right and **y
grows upwards** (y = 0 is the bottom row of pixels, y = 1 the top), as a Max
``[pictslider]`` and the Pd pad read it. A pixel's colour is the map at its centre.

``pictures.json`` lists the files, their scales and the class legend. matplotlib is
imported only inside the functions that draw (never by the real-time path), through its
object-oriented Agg API: no pyplot, no backend switch.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from rtvae.explore.maps import WINDOW_MEASURED

BACKGROUND_PX = 512          # side of the bare backgrounds
K_NEIGHBOURS = 5             # anchors blended per place in the class picture
MANIFEST = "pictures.json"
CLASS, CONFIDENCE, SOUNDS = "class", "confidence", "sounds"
FIGURE_IN = (6.4, 5.2)       # annotated pictures: 640 x 520 pixels at DPI
DPI = 100
LOG_NAMES = ("flatness",)    # spans decades although it has no Hz in its unit
LEVELS = 192                 # colours of a colour map (the rest of a 256-colour palette: greys)
BAD = (0.85, 0.85, 0.85)     # what a log scale cannot show (f0 = 0: unvoiced)
SOUND_FADE = 0.6             # how far the class colours behind the sound points are faded to white


@dataclass(frozen=True)
class Scale:
    """How one quantity becomes colours: a matplotlib colour map over [low, high], log or linear."""

    cmap: str
    low: float
    high: float
    log: bool
    label: str               # the colour bar's label, with the unit

    def norm(self):
        from matplotlib.colors import LogNorm, Normalize

        return LogNorm(self.low, self.high, clip=True) if self.log else Normalize(self.low, self.high, clip=True)

    def colormap(self):
        import matplotlib

        # LEVELS entries, so that a picture and its colour bar fit a 256-colour palette exactly (save_small);
        # values a log scale cannot show (f0 = 0: unvoiced) are drawn light grey
        return matplotlib.colormaps[self.cmap].resampled(LEVELS).with_extremes(bad=BAD)

    def palette(self) -> np.ndarray:
        """(256, 3) uint8: the colour map's LEVELS colours, then greys from black to white (axes, text, page)."""
        greys = np.linspace(0, 1, 256 - LEVELS - 1)[:, None].repeat(3, 1)
        colours = np.vstack([self.colormap()(np.linspace(0, 1, LEVELS))[:, :3], [BAD], greys])
        return np.round(colours * 255).astype(np.uint8)

    def colours(self, values: np.ndarray) -> np.ndarray:
        """(..., 3) float RGB in [0, 1] of ``values``."""
        values = np.asarray(values, np.float64)
        masked = np.ma.masked_less_equal(values, 0.0) if self.log else np.ma.masked_invalid(values)
        return self.colormap()(self.norm()(masked))[..., :3]


@dataclass(frozen=True)
class Picture:
    """One picture of a map: what it shows and its two files (names relative to the map folder)."""

    what: str
    title: str
    annotated: str
    background: str
    scale: Scale | None = None
    legend: dict[str, str] | None = None   # class picture: label -> colour (#rrggbb)


# ---------------------------------------------------------------- places and values


def pixel_places(size: int) -> np.ndarray:
    """(size * size, 2) map places (x, y) of the pixel centres, row by row from the TOP row (y near 1)."""
    centres = (np.arange(size) + 0.5) / size
    x, y = np.meshgrid(centres, centres[::-1])
    return np.stack([x.ravel(), y.ravel()], 1)


def resample(values: np.ndarray, size: int) -> np.ndarray:
    """(size, size) bilinear read of a (G, G) grid (``[iy, ix]``, y up) at the pixel centres, top row first."""
    from scipy.ndimage import map_coordinates

    g = values.shape[0] - 1
    places = pixel_places(size) * g
    read = map_coordinates(np.asarray(values, np.float64), [places[:, 1], places[:, 0]], order=1, mode="nearest")
    return read.reshape(size, size)


def uses_log(name: str, unit: str, values: np.ndarray) -> bool:
    """Hz quantities and ratios that span decades get a log scale, when there are positive values to show."""
    return (unit.startswith("Hz") or name.endswith("_hz") or name in LOG_NAMES) and bool((values > 0).any())


def descriptor_scale(name: str, unit: str, values: np.ndarray) -> Scale:
    """The colour scale of one descriptor over the grid: its p1..p99 (of positive values on a log scale)."""
    values = np.asarray(values, np.float64)
    log = uses_log(name, unit, values)
    shown = values[values > 0] if log else values[np.isfinite(values)]
    low, high = (np.percentile(shown, [1, 99]) if shown.size else (0.0, 1.0))
    if not high > low:
        low, high = (low / 2, low * 2) if log else (low - 0.5, high + 0.5)
    cmap = "magma" if name == "rms_db" else "viridis"
    return Scale(cmap, float(low), float(high), log, f"{name} ({unit})" if unit else name)


def confidence_scale(confidence: np.ndarray) -> Scale:
    """Near is light, far is dark: dark places are ones the model has heard nothing like."""
    high = float(np.percentile(confidence, 99)) or 1.0
    return Scale("magma_r", 0.0, high, False, "distance to the nearest corpus window (typical jumps)")


# ---------------------------------------------------------------- classes


def label_colours(labels: list[str]) -> dict[str, tuple[float, float, float]]:
    """One distinct colour per label (sorted): tab10 up to 10 labels, tab20 up to 20, then evenly round hue."""
    import matplotlib
    from matplotlib.colors import hsv_to_rgb

    names = sorted(set(labels))
    if len(names) <= 20:
        cmap = matplotlib.colormaps["tab10" if len(names) <= 10 else "tab20"]
        return {n: tuple(float(v) for v in cmap(i)[:3]) for i, n in enumerate(names)}
    hues = np.linspace(0, 1, len(names), endpoint=False)
    return {n: tuple(float(v) for v in hsv_to_rgb([h, 0.65, 0.85])) for n, h in zip(names, hues)}


def anchor_sounds(made, offsets: np.ndarray) -> np.ndarray:
    """(n_anchors,) the corpus sound each anchor window belongs to (``offsets``: the corpus's)."""
    return np.searchsorted(np.asarray(offsets), made.anchor_windows, side="right") - 1


def class_image(made, sounds_of_anchors: np.ndarray, size: int, k: int = K_NEIGHBOURS) -> np.ndarray:
    """(size, size, 3) RGB: each pixel the mean colour of its ``k`` nearest anchors' labels (in map space)."""
    from scipy.spatial import cKDTree

    colours = label_colours(made.labels)
    anchor_rgb = np.array([colours[made.labels[s]] for s in sounds_of_anchors])
    k = min(k, len(made.anchor_xy))
    _, nearest = cKDTree(made.anchor_xy).query(pixel_places(size), k=k)
    return anchor_rgb[nearest.reshape(-1, k)].mean(1).reshape(size, size, 3)


def predict_labels(made, sounds_of_anchors: np.ndarray, places: np.ndarray, k: int = K_NEIGHBOURS) -> list[str]:
    """The class picture's vote at ``places`` ((n, 2) map places): the most common label of the k nearest anchors."""
    from collections import Counter

    from scipy.spatial import cKDTree

    k = min(k, len(made.anchor_xy))
    _, nearest = cKDTree(made.anchor_xy).query(np.atleast_2d(places), k=k)
    labels = [[made.labels[sounds_of_anchors[i]] for i in row] for row in nearest.reshape(-1, k)]
    return [Counter(row).most_common(1)[0][0] for row in labels]


def label_places(made) -> dict[str, tuple[float, float]]:
    """Where each label's name is written: the median place of its sounds."""
    labels = np.array(made.labels)
    return {label: tuple(float(v) for v in np.median(made.sound_xy[labels == label], axis=0))
            for label in sorted(set(made.labels))}


# ---------------------------------------------------------------- the pictures


def backgrounds(made, sounds_of_anchors: np.ndarray, size: int = BACKGROUND_PX) -> dict[str, np.ndarray]:
    """Every picture's bare (size, size, 3) RGB image, top row first (the sounds picture without its dots)."""
    images = {}
    for name in made.descriptor_names:
        values = made.descriptor(name)
        images[name] = descriptor_scale(name, made.units.get(name, ""), values).colours(resample(values, size))
    images[CLASS] = class_image(made, sounds_of_anchors, size)
    images[CONFIDENCE] = confidence_scale(made.confidence).colours(resample(made.confidence, size))
    images[SOUNDS] = 1 - SOUND_FADE * (1 - images[CLASS])
    return images


def pictures_of(made) -> list[Picture]:
    """What :func:`write_pictures` writes for ``made``, in order (descriptors, class, confidence, sounds)."""
    where = f"map '{made.name}' of corpus '{made.corpus}' ({made.method}, {made.layout})"
    measured = {n: "of the decoded window" if n in WINDOW_MEASURED else "as played" for n in made.descriptor_names}
    found = [Picture(n, f"{n} {measured[n]}: {where}", f"{n}.png", f"background-{n}.png",
                     scale=descriptor_scale(n, made.units.get(n, ""), made.descriptor(n)))
             for n in made.descriptor_names]
    legend = {label: _hex(rgb) for label, rgb in label_colours(made.labels).items()}
    found.append(Picture(CLASS, f"classes (5 nearest anchors): {where}", f"{CLASS}.png",
                         f"background-{CLASS}.png", legend=legend))
    found.append(Picture(CONFIDENCE, f"confidence: {where}", f"{CONFIDENCE}.png", f"background-{CONFIDENCE}.png",
                         scale=confidence_scale(made.confidence)))
    found.append(Picture(SOUNDS, f"the corpus sounds: {where}", f"{SOUNDS}.png", f"background-{SOUNDS}.png",
                         legend=legend))
    return found


def write_pictures(made, folder: str | Path, sounds_of_anchors: np.ndarray, size: int = BACKGROUND_PX) -> list[Path]:
    """Write every picture of ``made`` (both files each) and ``pictures.json`` into ``folder``; the paths written.

    ``sounds_of_anchors`` is :func:`anchor_sounds` of the map and its corpus (the map does
    not store which sound each anchor window belongs to).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    images = backgrounds(made, sounds_of_anchors, size)
    images[SOUNDS] = _with_dots(images[SOUNDS], made, size)
    written = []
    for picture in pictures_of(made):
        written.append(save_png(folder / picture.background, images[picture.what], picture.scale))
        written.append(_annotated(folder / picture.annotated, picture, images[picture.what], made))
    manifest = {"map": made.name, "corpus": made.corpus, "background_px": size,
                "orientation": "x to the right, y up: y = 0 is the bottom row",
                "pictures": [asdict(p) for p in pictures_of(made)]}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
    return written + [folder / MANIFEST]


def read_manifest(folder: str | Path) -> dict:
    """``pictures.json`` of a map folder (as :func:`write_pictures` wrote it); {} when there is none."""
    path = Path(folder) / MANIFEST
    return json.loads(path.read_text()) if path.is_file() else {}


def save_png(path: Path, rgb: np.ndarray, scale: Scale | None = None) -> Path:
    """An (h, w, 3) float image as a PNG of exactly h x w pixels (see :func:`save_small`)."""
    from PIL import Image

    return save_small(Image.fromarray(np.round(np.clip(rgb, 0, 1) * 255).astype(np.uint8), "RGB"), path, scale)


def save_small(image, path: Path, scale: Scale | None) -> Path:
    """A PIL image as a PNG; with a ``scale``, in its 256-colour palette (:meth:`Scale.palette`): a few times
    smaller, exact for the colour-mapped pixels, the rest (text, axes) on the nearest grey. Blends (class,
    sounds) stay RGB: no palette holds them."""
    from PIL import Image

    image = image.convert("RGB")
    if scale is not None:
        palette = Image.new("P", (1, 1))
        palette.putpalette(scale.palette().ravel().tolist())
        image = image.quantize(palette=palette, dither=Image.Dither.NONE)
    image.save(path)
    return path


def read_png(path: str | Path) -> np.ndarray:
    """(h, w, 3) float RGB in [0, 1] of a PNG (a background written by :func:`write_pictures`)."""
    from PIL import Image

    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"), np.float64) / 255


# ---------------------------------------------------------------- drawing


def _hex(rgb) -> str:
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgb)


def _with_dots(image: np.ndarray, made, size: int) -> np.ndarray:
    """The sounds' places as small dots of their label's colour, dark-rimmed, painted into a bare image."""
    out = image.copy()
    colours = label_colours(made.labels)
    rows, cols = np.mgrid[-3:4, -3:4]
    disc = rows ** 2 + cols ** 2
    for (x, y), label in zip(made.sound_xy, made.labels):
        cx, cy = int(np.clip(x, 0, 1) * (size - 1)), int((1 - np.clip(y, 0, 1)) * (size - 1))
        for ring, colour in ((disc <= 9, (0.1, 0.1, 0.1)), (disc <= 4, colours[label])):
            r, c = cy + rows[ring], cx + cols[ring]
            keep = (r >= 0) & (r < size) & (c >= 0) & (c < size)
            out[r[keep], c[keep]] = colour
    return out


def _annotated(path: Path, picture: Picture, image: np.ndarray, made) -> Path:
    """The picture with a title, axes (y up) and its colour bar or legend."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.figure import Figure

    figure = Figure(figsize=FIGURE_IN, dpi=DPI)
    axes = figure.add_axes([0.08, 0.09, 0.62, 0.80] if picture.legend else [0.09, 0.09, 0.72, 0.80])
    axes.imshow(image, extent=(0, 1, 0, 1), origin="upper", interpolation="bilinear")
    axes.set_xlabel("x")
    axes.set_ylabel("y (0 at the bottom)")
    figure.suptitle(picture.title, fontsize=9)
    if picture.scale is not None:
        mappable = ScalarMappable(picture.scale.norm(), picture.scale.colormap())
        bar = figure.colorbar(mappable, cax=figure.add_axes([0.84, 0.09, 0.03, 0.80]), label=picture.scale.label,
                              extend="both")
        if picture.scale.log:  # plain numbers (200, 500, 1000 Hz), not 2 x 10^2
            from matplotlib.ticker import LogFormatter

            bar.ax.yaxis.set_major_formatter(LogFormatter(labelOnlyBase=False))
            bar.ax.yaxis.set_minor_formatter(LogFormatter(labelOnlyBase=False, minor_thresholds=(1.5, 0.5)))
    if picture.legend:
        _legend(figure, axes, picture.legend)
    if picture.what == SOUNDS:
        _label_sounds(axes, made)
    from io import BytesIO

    from PIL import Image

    drawn = BytesIO()
    figure.savefig(drawn, dpi=DPI, format="png")
    with Image.open(drawn) as image:
        return save_small(image, path, picture.scale)


def _legend(figure, axes, legend: dict[str, str]) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=colour, edgecolor="0.2", label=label) for label, colour in legend.items()]
    figure.legend(handles=handles, loc="center left", bbox_to_anchor=(0.72, 0.49), fontsize=8, frameon=False,
                  title="label", title_fontsize=8)


def _label_sounds(axes, made) -> None:
    """One name per label, near the median place of its sounds (the dots are in the image), pushed apart
    when names would overlap, with a thin line back to the place."""
    places = label_places(made)
    spread = spread_apart(np.array(list(places.values())))
    for (label, place), (x, y) in zip(places.items(), spread):
        axes.annotate(label, place, xytext=(x, y), fontsize=8, ha="center", va="center",
                      arrowprops={"arrowstyle": "-", "color": "0.25", "linewidth": 0.6, "shrinkA": 0, "shrinkB": 0},
                      bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.85, "linewidth": 0})


def spread_apart(places: np.ndarray, gap: float = 0.12, steps: int = 300) -> np.ndarray:
    """(n, 2) places moved apart until no two are closer than ``gap`` (or ``steps`` passed), kept in the square.

    Each step pushes every too-close pair apart along the line between them (a fixed
    direction for coincident ones), so labels of a crowded centre fan out around it.
    """
    out = np.array(places, np.float64).reshape(-1, 2)
    fallback = np.stack([np.cos(np.arange(len(out)) * 2.4), np.sin(np.arange(len(out)) * 2.4)], 1)
    for _ in range(steps):
        apart = out[:, None, :] - out[None, :, :]
        distance = np.linalg.norm(apart, axis=2)
        np.fill_diagonal(distance, np.inf)
        close = distance < gap
        if not close.any():
            break
        direction = np.where(distance[..., None] > 1e-9, apart / np.maximum(distance, 1e-9)[..., None],
                             fallback[:, None, :])
        out += 0.25 * (close[..., None] * direction * (gap - np.minimum(distance, gap))[..., None]).sum(1)
        out = out.clip(0.05, 0.95)
    return out
