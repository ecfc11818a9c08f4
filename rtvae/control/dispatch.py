"""Dispatch driven by the namespace table: one handler per row, found in its feature's module.

Each feature module (``latent``, ``dynamics`` ...) has a ``HANDLERS`` dict from namespace
paths to functions ``handler(control, args, due, sender)``, and may have a
``tick(control)`` run 20 times a second on the control thread (progress streams, hot-swap
completion). Adding a feature means adding its table rows and one module to
:data:`FEATURES`; a row without a handler, or a handler without a row, is refused here.
"""

from __future__ import annotations

from rtvae.control import (corpus, descriptors, dynamics, info, interp, knobs, latent, live_input, maps, model,
                           presets, record, safety)
from rtvae.control.control import Control
from rtvae.errors import ArgumentError
from rtvae.osc.namespace import BY_PATH, NAMESPACE, check_args
from rtvae.osc.wire import Message

FEATURES = (latent, dynamics, presets, model, record, interp, descriptors, maps, knobs, live_input, corpus, info, safety)


def handler_table(features=FEATURES) -> dict:
    """Every namespace path → its handler; exactly one each, and nothing outside the table."""
    table: dict = {}
    for feature in features:
        for path, handler in feature.HANDLERS.items():
            if path in table:
                raise ValueError(f"{path} is handled twice ({feature.__name__})")
            table[path] = handler
    missing = {a.path for a in NAMESPACE} - set(table)
    unknown = set(table) - {a.path for a in NAMESPACE}
    if missing or unknown:
        raise ValueError(f"namespace rows without a handler: {sorted(missing)}; handlers without a row: {sorted(unknown)}")
    return table


class Dispatcher:
    """What the receive loop calls: messages, posted helper results, and the tick."""

    def __init__(self, control: Control, features=FEATURES):
        self.control = control
        self.handlers = handler_table(features)
        self.ticks = [f.tick for f in features if hasattr(f, "tick")]
        self.mailbox = control.mailbox

    def handle(self, message: Message, sender) -> None:
        """Validate against the table and act; any exception becomes an error reply."""
        control = self.control
        control.last_client = sender
        try:
            spec = BY_PATH.get(message.address)
            if spec is None:
                raise ArgumentError("unknown address (send /rtvae/help for the list)")
            args = check_args(spec, message.args, control.engine.latent_size)
            self.handlers[spec.path](control, args, control.due(message.time), sender)
            control.counters.applied += 1
        except Exception as exc:
            control.fail(sender, message.address, exc)

    def run_posted(self) -> None:
        """Apply what helpers handed back (each already guarded by :meth:`Control.later`)."""
        for action in self.mailbox.take_all():
            try:
                action()
            except Exception as exc:
                self.control.fail(None, "(helper)", exc)

    def tick(self) -> None:
        for tick in self.ticks:
            try:
                tick(self.control)
            except Exception as exc:
                self.control.fail(None, "(tick)", exc)
