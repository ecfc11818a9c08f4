"""The model card: one YAML file that makes a model directory self-describing.

It is written by export and checked at every load: format, rates and sizes, the tensor
names of both ONNX graphs, a SHA-256 of every file, the training corpus's latent
statistics (mean, std, principal directions) and the measured export errors.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from rtvae.errors import ModelError

CARD_NAME = "model.yaml"
FORMAT = "rtvae-model"
FORMAT_VERSION = 1
ENCODER_FILE = "encoder.onnx"
DECODER_FILE = "decoder.onnx"
DECODER_INT8_FILE = "decoder.int8.onnx"

# Tensor names shared by export and the runtime wrappers.
ENCODER_INPUT = "x"
ENCODER_OUTPUTS = ("mu", "logvar")
DECODER_INPUT = "z"
DECODER_OUTPUT = "x"


@dataclass
class LatentStats:
    """Statistics of the training corpus's latent means (mu), per dimension.

    ``directions`` are the principal directions (rows, unit norm) and
    ``direction_std`` the spread of the corpus along each, so a knob turned to k
    moves the latent by k standard deviations along its direction.
    """

    mean: list[float]
    std: list[float]
    directions: list[list[float]] = field(default_factory=list)
    direction_std: list[float] = field(default_factory=list)
    n_windows: int = 0
    posterior_std: list[float] = field(default_factory=list)

    @classmethod
    def from_latents(cls, mu: np.ndarray, n_directions: int, logvar: np.ndarray | None = None) -> "LatentStats":
        mean = mu.mean(axis=0)
        centred = mu - mean
        k = min(n_directions, mu.shape[1], max(len(mu) - 1, 0))
        directions, spread = np.zeros((0, mu.shape[1])), np.zeros(0)
        if k > 0:
            _, sing, vt = np.linalg.svd(centred, full_matrices=False)
            directions = vt[:k] * np.sign(vt[:k].sum(axis=1, keepdims=True) + 1e-30)
            spread = sing[:k] / np.sqrt(max(len(mu) - 1, 1))
        return cls(
            mean=_floats(mean), std=_floats(mu.std(axis=0)),
            directions=[_floats(row) for row in directions], direction_std=_floats(spread),
            n_windows=int(len(mu)),
            posterior_std=_floats(np.exp(0.5 * logvar).mean(axis=0)) if logvar is not None else [],
        )


def _floats(values: np.ndarray) -> list[float]:
    # Eight significant digits keep the card readable and float32-exact enough.
    return [float(f"{v:.8g}") for v in np.asarray(values, dtype=np.float64).ravel()]


@dataclass
class ModelCard:
    """Everything a runtime needs to know about a model before running it."""

    name: str
    sample_rate: int
    window: int
    default_hop: int
    latent_size: int
    hidden_size: int
    model_version: str = "1"
    beta: float = 1e-4
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    latent_stats: LatentStats | None = None
    training: dict[str, Any] = field(default_factory=dict)
    export: dict[str, Any] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_yaml(self) -> str:
        data = asdict(self)
        data["io"] = {
            "encoder": {"input": ENCODER_INPUT, "outputs": list(ENCODER_OUTPUTS)},
            "decoder": {"input": DECODER_INPUT, "output": DECODER_OUTPUT},
        }
        return yaml.dump(data, Dumper=_CardDumper, sort_keys=False, width=120)

    @classmethod
    def from_yaml(cls, text: str, origin: str) -> "ModelCard":
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ModelError(f"{origin}: not valid YAML: {exc}") from None
        return cls.from_dict(data, origin)

    @classmethod
    def from_dict(cls, data: Any, origin: str) -> "ModelCard":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{origin}: not an rtvae model card (format: {FORMAT} missing)")
        if data.get("format_version") != FORMAT_VERSION:
            raise ModelError(
                f"{origin}: model card format_version {data.get('format_version')!r}; "
                f"this rtvae reads version {FORMAT_VERSION}"
            )
        data = {k: v for k, v in data.items() if k != "io"}
        stats = data.pop("latent_stats", None)
        try:
            card = cls(**data, latent_stats=LatentStats(**stats) if stats else None)
        except TypeError as exc:
            raise ModelError(f"{origin}: malformed model card: {exc}") from None
        card.check_sizes(origin)
        return card

    def check_sizes(self, origin: str) -> None:
        """Cross-check the numbers that must agree with each other."""
        for name in ("sample_rate", "window", "default_hop", "latent_size", "hidden_size"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise ModelError(f"{origin}: '{name}' must be a positive integer, got {value!r}")
        stats = self.latent_stats
        if stats and (len(stats.mean) != self.latent_size or len(stats.std) != self.latent_size):
            raise ModelError(f"{origin}: latent_stats do not have latent_size={self.latent_size} entries")
        if stats and stats.posterior_std and len(stats.posterior_std) != self.latent_size:
            raise ModelError(f"{origin}: latent_stats.posterior_std does not have {self.latent_size} entries")
        if stats and any(len(row) != self.latent_size for row in stats.directions):
            raise ModelError(f"{origin}: a principal direction does not have {self.latent_size} entries")


class _CardDumper(yaml.SafeDumper):
    """Lists of numbers on one line each, so a card stays short enough to read."""


def _represent_list(dumper: yaml.SafeDumper, values: list):
    flow = bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", values, flow_style=flow)


_CardDumper.add_representer(list, _represent_list)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def file_entry(path: Path) -> dict[str, Any]:
    return {"sha256": sha256_of(path), "bytes": path.stat().st_size}
