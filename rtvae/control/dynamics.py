"""Smoothing, temperature, gain and mute: one control record each."""

from __future__ import annotations

from rtvae.engine import controls as c


def _record(kind: int):
    def handler(control, args, due, sender) -> None:
        control.send(kind, args, due)
    return handler


HANDLERS = {
    "/rtvae/smooth": _record(c.SMOOTH_MS),
    "/rtvae/temperature": _record(c.TEMPERATURE),
    "/rtvae/gain": _record(c.GAIN),
    "/rtvae/mute": _record(c.MUTE),
}
