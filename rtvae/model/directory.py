"""Opening a model directory, checked: files present, checksums right, shapes as stated.

A model is named by a path to its directory, or by ``default`` for the model embedded
in the package. Loading runs both graphs once on zeros, so a model whose real shapes
differ from its card fails here rather than in the audio callback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from rtvae.errors import ModelError
from rtvae.model.card import (
    CARD_NAME, DECODER_FILE, DECODER_INPUT, DECODER_INT8_FILE, DECODER_OUTPUT, ENCODER_FILE,
    ENCODER_INPUT, ENCODER_OUTPUTS, ModelCard, sha256_of,
)
from rtvae.model.sessions import Decoder, Encoder, open_session

DEFAULT_MODEL = "default"


def default_model_path() -> Path:
    """The embedded default model's directory inside the installed package."""
    return Path(str(resources.files("rtvae.assets") / "default"))


def resolve_model_path(name_or_path: str | Path) -> Path:
    if str(name_or_path) == DEFAULT_MODEL:
        return default_model_path()
    return Path(name_or_path)


@dataclass
class ModelDirectory:
    """A verified model directory: its card and where its graphs are."""

    path: Path
    card: ModelCard
    _encoders: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def has_int8(self) -> bool:
        return DECODER_INT8_FILE in self.card.files

    def decoder(self, max_batch: int, int8: bool = False, threads: int = 1) -> Decoder:
        if int8 and not self.has_int8:
            raise ModelError(f"model {self.path} has no int8 decoder ({DECODER_INT8_FILE})")
        name = DECODER_INT8_FILE if int8 else DECODER_FILE
        return Decoder(self.path / name, self.card.latent_size, self.card.window, max_batch, threads)

    def encoder(self, threads: int = 1) -> Encoder:
        """The encoder session, opened once per model (slow side only; ONNX Runtime runs are thread-safe)."""
        if threads not in self._encoders:
            self._encoders[threads] = Encoder(self.path / ENCODER_FILE, threads)
        return self._encoders[threads]


def load_model(name_or_path: str | Path, verify_checksums: bool = True) -> ModelDirectory:
    """Open and check a model directory; ModelError says what is wrong and where."""
    path = resolve_model_path(name_or_path)
    if not path.is_dir():
        raise ModelError(f"model directory not found: {path}")
    card_path = path / CARD_NAME
    if not card_path.is_file():
        raise ModelError(f"model card missing: {card_path}")
    card = ModelCard.from_yaml(card_path.read_text(), str(card_path))
    _check_files(path, card, verify_checksums)
    model = ModelDirectory(path, card)
    _check_shapes(model)
    return model


def _check_files(path: Path, card: ModelCard, verify_checksums: bool) -> None:
    for required in (ENCODER_FILE, DECODER_FILE):
        if required not in card.files:
            raise ModelError(f"{path / CARD_NAME}: no entry for {required} under 'files'")
    for name, entry in card.files.items():
        file = path / name
        if not file.is_file():
            raise ModelError(f"model file missing: {file}")
        if verify_checksums and sha256_of(file) != entry.get("sha256"):
            raise ModelError(f"checksum mismatch for {file}: the file differs from the one exported")


def _check_shapes(model: ModelDirectory) -> None:
    """Run each graph on a batch of two zeros and compare with the card."""
    card, batch = model.card, 2
    for name in model.card.files:
        session = open_session(model.path / name)
        if name == ENCODER_FILE:
            feeds, names = {ENCODER_INPUT: np.zeros((batch, card.window), np.float32)}, list(ENCODER_OUTPUTS)
            expected = [(batch, card.latent_size)] * 2
        else:
            feeds, names = {DECODER_INPUT: np.zeros((batch, card.latent_size), np.float32)}, [DECODER_OUTPUT]
            expected = [(batch, card.window)]
        try:
            outputs = session.run(names, feeds)
        except Exception as exc:  # ONNX Runtime raises several unrelated types
            raise ModelError(f"{model.path / name} does not accept the card's shapes: {exc}") from None
        shapes = [tuple(o.shape) for o in outputs]
        if shapes != expected:
            raise ModelError(f"{model.path / name}: outputs have shapes {shapes}, the card says {expected}")
