"""rtvae: a real-time bridge between a raw-audio VAE and the patching world."""

__version__ = "0.1.0"
