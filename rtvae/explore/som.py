"""A Self-Organising Map that clusters corpus sounds by their descriptor thumbnails.

The corpus builder (SPEC §5) summarises each sound as the mean and standard deviation of
its per-window descriptors (``descriptors.thumbnail``), z-scores those across sounds
(``standardize``) and trains a SOM on them; the sounds that land in one cell form a
cluster that can be concatenated into a long interpolation source (``cluster:N``).

This is Kohonen's *batch* SOM: each epoch assigns every row to its best-matching cell,
then sets every cell to the mean of all rows weighted by a Gaussian of the grid distance
between that cell and the row's winner. There is no learning rate to decay: each epoch
jumps to the weighted mean, and the neighbourhood width shrinking geometrically from
half the grid to ``sigma_end`` plays that role (wide: the map unfolds; narrow: cells
settle on their own rows). Batch updates are order-free and vectorise, so a fit is
deterministic for a seed, and only the ``"random"`` initialisation uses the seed (the
default ``"pca"`` one spreads the grid over the data's first two principal axes).

The grid is rectangular; cell i sits at row i // cols, column i % cols, and two cells
are neighbours when they share an edge (grid distance 1), as in the SOM Toolbox.
"""

from __future__ import annotations

import math

import numpy as np

INITS = ("pca", "random")
CELLS_PER_SQRT_ROW = 5.0  # the SOM Toolbox's rule of thumb: 5 sqrt(n) cells for n rows
SIGMA_END = 0.5  # in cells: a neighbour then gets exp(-2) = 14 % of a row's pull


def grid_for(n: int) -> tuple[int, int]:
    """(rows, cols) of a near-square grid of about 5 sqrt(n) cells for n rows, rows <= cols."""
    if n < 1:
        raise ValueError(f"a SOM needs at least one row of data, got {n}")
    cells = max(CELLS_PER_SQRT_ROW * math.sqrt(n), 2.0)
    rows = max(int(math.sqrt(cells)), 1)
    return rows, int(math.ceil(cells / rows))


def standardize(data: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(z, mean, std): data (n, dim) z-scored per column; constant columns get std 1.

    Keep mean and std to place new sounds on a trained map: (x - mean) / std.
    """
    data = np.asarray(data, dtype=np.float64)
    mean, std = data.mean(axis=0), data.std(axis=0)
    std = np.where(std > 0.0, std, 1.0)
    return (data - mean) / std, mean, std


def _squared_distances(data: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """(n, cells) squared Euclidean distances, clipped at 0 against rounding."""
    d2 = (data**2).sum(axis=1)[:, None] - 2.0 * data @ weights.T + (weights**2).sum(axis=1)[None, :]
    return np.maximum(d2, 0.0)


class SOM:
    """A rows x cols map of dim-dimensional weights (float64), trained by batch updates.

    weights: (rows * cols, dim); cell i is at grid position divmod(i, cols).
    """

    def __init__(self, rows: int, cols: int, dim: int, seed: int = 0):
        if rows < 1 or cols < 1 or dim < 1:
            raise ValueError(f"rows, cols and dim must be positive, got {rows}, {cols}, {dim}")
        self.rows, self.cols, self.dim, self.seed = int(rows), int(cols), int(dim), int(seed)
        self.weights = np.zeros((self.rows * self.cols, self.dim))
        self.positions = np.stack(np.divmod(np.arange(self.rows * self.cols), self.cols), axis=1).astype(float)
        self._grid_d2 = ((self.positions[:, None, :] - self.positions[None, :, :]) ** 2).sum(axis=2)

    @property
    def n_cells(self) -> int:
        return self.rows * self.cols

    def _check(self, data: np.ndarray) -> np.ndarray:
        data = np.asarray(data, dtype=np.float64)
        if data.ndim != 2 or data.shape[1] != self.dim or len(data) == 0:
            raise ValueError(f"data must be (n >= 1, {self.dim}), got {data.shape}")
        return data

    # ------------------------------------------------------------ training

    def initialize(self, data: np.ndarray, init: str = "pca") -> SOM:
        """Set the weights from data (n, dim): ``"pca"`` or ``"random"`` (seeded rows)."""
        data = self._check(data)
        if init == "pca":
            self.weights = self._pca_weights(data)
        elif init == "random":
            rng = np.random.default_rng(self.seed)
            picks = rng.choice(len(data), size=self.n_cells, replace=len(data) < self.n_cells)
            self.weights = data[picks] + 1e-3 * data.std(axis=0) * rng.standard_normal((self.n_cells, self.dim))
        else:
            raise ValueError(f"init must be one of {INITS}, got {init!r}")
        return self

    def _pca_weights(self, data: np.ndarray) -> np.ndarray:
        """Cells spread evenly over +-1 std along the first (columns) and second (rows) axes."""
        mean = data.mean(axis=0)
        _, singular, axes = np.linalg.svd(data - mean, full_matrices=False)
        spread = np.zeros((2, self.dim))
        for k in range(min(2, len(singular))):
            spread[k] = axes[k] * singular[k] / math.sqrt(len(data))
        along_cols = np.linspace(-1.0, 1.0, self.cols) if self.cols > 1 else np.zeros(1)
        along_rows = np.linspace(-1.0, 1.0, self.rows) if self.rows > 1 else np.zeros(1)
        rows, cols = np.divmod(np.arange(self.n_cells), self.cols)
        return mean + along_cols[cols, None] * spread[0] + along_rows[rows, None] * spread[1]

    def fit(self, data: np.ndarray, epochs: int = 50, *, sigma_start: float | None = None,
            sigma_end: float = SIGMA_END, init: str | None = "pca") -> SOM:
        """Train on data (n, dim) for ``epochs`` batch updates; returns self.

        sigma_start (cells, default half the longer grid side) shrinks geometrically to
        sigma_end over the epochs. init=None continues from the current weights.
        """
        data = self._check(data)
        if epochs < 1:
            raise ValueError(f"epochs must be at least 1, got {epochs}")
        if init is not None:
            self.initialize(data, init)
        start = sigma_start if sigma_start is not None else max(max(self.rows, self.cols) / 2.0, sigma_end)
        for sigma in np.geomspace(start, sigma_end, epochs):
            self._batch_update(data, float(sigma))
        return self

    def _batch_update(self, data: np.ndarray, sigma: float) -> None:
        """One epoch: each cell becomes the neighbourhood-weighted mean of all rows."""
        pull = np.exp(-self._grid_d2[:, self.winners(data)] / (2.0 * sigma * sigma))  # (cells, n)
        total = pull.sum(axis=1)
        moved = total > 1e-12  # cells too far from every winner keep their weights
        self.weights[moved] = (pull[moved] @ data) / total[moved, None]

    # ------------------------------------------------------------ using the map

    def winners(self, data: np.ndarray) -> np.ndarray:
        """(n,) int64 index of the best-matching cell of each row of data (n, dim)."""
        return np.argmin(_squared_distances(self._check(data), self.weights), axis=1).astype(np.int64)

    def quantization_error(self, data: np.ndarray) -> float:
        """Mean Euclidean distance from each row to its best-matching cell's weights."""
        d2 = _squared_distances(self._check(data), self.weights)
        return float(np.sqrt(d2.min(axis=1)).mean())

    def topographic_error(self, data: np.ndarray) -> float:
        """Fraction of rows whose best and second-best cells are not grid neighbours, 0..1."""
        if self.n_cells < 2:
            return 0.0
        best_two = np.argsort(_squared_distances(self._check(data), self.weights), axis=1)[:, :2]
        return float(np.mean(self._grid_d2[best_two[:, 0], best_two[:, 1]] > 1.0 + 1e-9))

    # ------------------------------------------------------------ storage

    def to_dict(self) -> dict:
        """Plain Python values (ints and nested lists of floats), ready for JSON."""
        return {"rows": self.rows, "cols": self.cols, "dim": self.dim, "seed": self.seed,
                "weights": self.weights.tolist()}

    @classmethod
    def from_dict(cls, values: dict) -> SOM:
        """The SOM that ``to_dict`` described; weights must be (rows * cols, dim)."""
        som = cls(values["rows"], values["cols"], values["dim"], values.get("seed", 0))
        weights = np.asarray(values["weights"], dtype=np.float64)
        if weights.shape != som.weights.shape:
            raise ValueError(f"weights must be {som.weights.shape}, got {weights.shape}")
        som.weights = weights
        return som
