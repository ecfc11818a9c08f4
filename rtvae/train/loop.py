"""The training loop: seeded, resumable, and the same code alone or under ``torchrun``.

Under ``torchrun`` (WORLD_SIZE > 1) each process trains on its shard of every epoch's
shuffled windows with PyTorch DDP (gloo on CPU, nccl on GPU); rank 0 alone writes
checkpoints and shows progress. Shuffling and sampling noise are seeded from
(seed, epoch, rank), so a resumed run continues exactly as an uninterrupted one would.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
from tqdm import tqdm

from rtvae.config import Config
from rtvae.errors import CheckpointError
from rtvae.framing import WindowIndex
from rtvae.model.card import LatentStats
from rtvae.train.data import TrainingData, prepare
from rtvae.train.model import RawAudioVAE, vae_loss

CHECKPOINT_FORMAT = "rtvae-checkpoint"
SECTIONS = ("model", "data", "train", "export")
STATS_MAX_WINDOWS = 50_000


@dataclass
class Cluster:
    """Where this process sits: rank, world size and torch device."""

    rank: int
    world: int
    device: torch.device

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def join_cluster(device_choice: str) -> Cluster:
    """Start DDP when launched by torchrun, else a cluster of one."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    use_cuda = device_choice == "cuda" or (device_choice == "auto" and torch.cuda.is_available())
    if use_cuda and not torch.cuda.is_available():
        raise CheckpointError("train.device is 'cuda' but no CUDA device is available")
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    device = torch.device(f"cuda:{local_rank}") if use_cuda else torch.device("cpu")
    if world > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if use_cuda else "gloo")
    rank = dist.get_rank() if world > 1 else 0
    return Cluster(rank, world, device)


def leave_cluster(cluster: Cluster) -> None:
    if cluster.world > 1 and dist.is_initialized():
        dist.destroy_process_group()


def build_model(config: Config) -> RawAudioVAE:
    return RawAudioVAE(config.model.window, config.model.hidden_size, config.model.latent_size)


def epoch_shard(n_windows: int, config: Config, epoch: int, cluster: Cluster) -> np.ndarray:
    """This rank's window indices for ``epoch``: same length on every rank."""
    order = np.random.default_rng([config.train.seed, epoch]).permutation(n_windows)
    if config.train.max_windows:
        order = order[: config.train.max_windows]
    per_rank = max(len(order) // cluster.world, 1)
    return order[cluster.rank :: cluster.world][:per_rank]


def train_epoch(model, optimizer, data: TrainingData, config: Config, epoch: int, cluster: Cluster) -> dict:
    """One pass over this rank's shard; returns mean loss, mse and kl."""
    model.train()
    torch.manual_seed(int(np.random.SeedSequence([config.train.seed, epoch, cluster.rank]).generate_state(1)[0]))
    shard = epoch_shard(len(data.train), config, epoch, cluster)
    batches = np.array_split(shard, max(int(np.ceil(len(shard) / config.train.batch_size)), 1))
    sums = np.zeros(3)
    bar = tqdm(batches, desc=f"epoch {epoch + 1}/{config.train.epochs}", disable=None if cluster.is_main else True, leave=False)
    for indices in bar:
        x = torch.from_numpy(data.train.gather(indices)).to(cluster.device)
        x_hat, mu, logvar = model(x)
        loss, mse, kl = vae_loss(x, x_hat, mu, logvar, config.model.beta)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        sums += [loss.item(), mse.item(), kl.item()]
        bar.set_postfix(loss=f"{loss.item():.5f}", kl=f"{kl.item():.1f}")
    means = _all_mean(sums / len(batches), cluster)
    return {"loss": means[0], "mse": means[1], "kl": means[2]}


@torch.no_grad()
def validate(vae: RawAudioVAE, windows: WindowIndex, config: Config, cluster: Cluster) -> dict:
    """Loss on the held-out evaluation windows, decoding mu (deterministic)."""
    vae.eval()
    indices = np.arange(len(windows))[cluster.rank :: cluster.world]
    sums, count = np.zeros(3), 0
    for chunk in np.array_split(indices, max(len(indices) // 1024, 1)):
        if len(chunk) == 0:
            continue
        x = torch.from_numpy(windows.gather(chunk)).to(cluster.device)
        mu, logvar = vae.encode(x)
        loss, mse, kl = vae_loss(x, vae.decode(mu), mu, logvar, config.model.beta)
        sums += np.array([loss.item(), mse.item(), kl.item()]) * len(chunk)
        count += len(chunk)
    totals = _all_sum(np.append(sums, count), cluster)
    means = totals[:3] / max(totals[3], 1)
    return {"val_loss": means[0], "val_mse": means[1], "val_kl": means[2]}


def _all_sum(values: np.ndarray, cluster: Cluster) -> np.ndarray:
    if cluster.world == 1:
        return values
    tensor = torch.tensor(values, dtype=torch.float64, device=cluster.device)
    dist.all_reduce(tensor)
    return tensor.cpu().numpy()


def _all_mean(values: np.ndarray, cluster: Cluster) -> np.ndarray:
    return _all_sum(values, cluster) / cluster.world


@torch.no_grad()
def latent_stats(vae: RawAudioVAE, windows: WindowIndex, config: Config, device) -> LatentStats:
    """Mean, std, principal directions of mu and mean posterior sigma over ≤ 50k evaluation windows."""
    vae.eval()
    picks = np.linspace(0, len(windows) - 1, min(len(windows), STATS_MAX_WINDOWS)).astype(np.int64)
    encoded = [vae.encode(torch.from_numpy(windows.gather(c)).to(device))
               for c in np.array_split(picks, max(len(picks) // 2048, 1))]
    mu = torch.cat([e[0] for e in encoded]).cpu().double().numpy()
    logvar = torch.cat([e[1] for e in encoded]).cpu().double().numpy()
    return LatentStats.from_latents(mu, config.export.n_directions, logvar)


def save_checkpoint(path: Path, vae, optimizer, config: Config, history: list, data: TrainingData, world: int) -> None:
    """Atomic write (temp file, then rename) so an interrupted save never corrupts a run."""
    state = {
        "format": CHECKPOINT_FORMAT,
        "config": config.as_dict(),
        "epoch": history[-1]["epoch"] if history else 0,
        "world_size": world,
        "model": vae.state_dict(),
        "optimizer": optimizer.state_dict(),
        "history": history,
        "corpus": data.summary(),
        "latent_stats": latent_stats(vae, data.every, config, next(vae.parameters()).device).__dict__,
    }
    temp = path.with_suffix(".tmp")
    torch.save(state, temp)
    os.replace(temp, path)


def load_checkpoint(path: str | Path) -> dict:
    """Read a checkpoint on the CPU; CheckpointError if it is not one of ours."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"checkpoint not found: {path}")
    try:
        state = torch.load(path, map_location="cpu", weights_only=False)
    except Exception as exc:  # torch raises many types for a damaged file
        raise CheckpointError(f"cannot read checkpoint {path}: {exc}") from None
    if not isinstance(state, dict) or state.get("format") != CHECKPOINT_FORMAT:
        raise CheckpointError(f"{path} is not an rtvae training checkpoint")
    return state


def check_resumable(state: dict, config: Config, path: Path) -> None:
    """A resumed run may train longer, but the model's shape must not change."""
    old = state["config"]["model"]
    for name in ("sample_rate", "window", "hidden_size", "latent_size"):
        if old[name] != getattr(config.model, name):
            raise CheckpointError(
                f"cannot resume {path}: model.{name} is {old[name]} there but {getattr(config.model, name)} now"
            )


def write_history(run_dir: Path, history: list) -> None:
    (run_dir / "history.json").write_text(json.dumps(history, indent=1))
    try:
        from rtvae.train.plots import plot_history
    except ImportError:  # matplotlib is optional for training
        return
    plot_history(history, run_dir / "loss.png")


def train(folder: str | Path, run_dir: str | Path, config: Config, resume_state: dict | None = None) -> Path:
    """Train on ``folder``; checkpoints go to ``run_dir`` (last.pt, best.pt). Returns last.pt."""
    cluster = join_cluster(config.train.device)
    try:
        return _train(Path(folder), Path(run_dir), config, resume_state, cluster)
    finally:
        leave_cluster(cluster)


def _train(folder: Path, run_dir: Path, config: Config, resume_state, cluster: Cluster) -> Path:
    torch.manual_seed(config.train.seed)
    data = prepare(folder, config)
    if cluster.is_main:
        run_dir.mkdir(parents=True, exist_ok=True)
        _report_data(data)
    vae = build_model(config).to(cluster.device)
    optimizer = torch.optim.Adam(vae.parameters(), lr=config.train.learning_rate)
    start, history = 0, []
    if resume_state:
        vae.load_state_dict(resume_state["model"])
        optimizer.load_state_dict(resume_state["optimizer"])
        start, history = resume_state["epoch"], list(resume_state["history"])
    model = torch.nn.parallel.DistributedDataParallel(vae) if cluster.world > 1 else vae
    best = min((h["val_loss"] for h in history), default=float("inf"))
    for epoch in range(start, config.train.epochs):
        record = {"epoch": epoch + 1, **train_epoch(model, optimizer, data, config, epoch, cluster)}
        record.update(validate(vae, data.val, config, cluster))
        history.append(record)
        if cluster.is_main:
            best = _save_epoch(run_dir, vae, optimizer, config, history, data, best, cluster.world)
    return run_dir / "last.pt"


def _save_epoch(run_dir, vae, optimizer, config, history, data, best, world) -> float:
    record = history[-1]
    tqdm.write(
        f"epoch {record['epoch']}: loss {record['loss']:.5f} (mse {record['mse']:.5f}, kl {record['kl']:.1f})"
        f"  val {record['val_loss']:.5f} (mse {record['val_mse']:.5f})"
    )
    save_checkpoint(run_dir / "last.pt", vae, optimizer, config, history, data, world)
    if record["val_loss"] < best:
        best = record["val_loss"]
        save_checkpoint(run_dir / "best.pt", vae, optimizer, config, history, data, world)
    write_history(run_dir, history)
    return best


def _report_data(data: TrainingData) -> None:
    for path, reason in data.skipped:
        tqdm.write(f"skipped {path}: {reason}")
    tqdm.write(
        f"{data.n_train_files} training files ({len(data.train)} windows), "
        f"{data.n_val_files} validation files ({len(data.val)} windows)"
    )
