"""``/rtvae/status``, ``/help``, ``/ping`` and ``/reply``: the server describes itself."""

from __future__ import annotations

from rtvae.control.control import Control
from rtvae.engine.engine import N_APPLIED
from rtvae.errors import ControlError
from rtvae.osc.namespace import NAMESPACE, REPLIES

STATUS = "/rtvae/status"


def status_values(control: Control) -> dict:
    """Every field of ``/rtvae/status`` by name (the table orders them)."""
    rig, engine, state = control.rig, control.engine, control.state
    out, summary = rig.output, rig.output.telemetry.summary()
    server, replies = rig.server, control.replies
    latency = out.latency_samples
    return dict(
        model=state.model.name, sample_rate=engine.sample_rate, device_rate=out.device_rate, block=out.block,
        hop=engine.hop, scheduling=out.scheduling, latency_samples=latency,
        latency_ms=round(1000.0 * latency / engine.sample_rate, 3), xruns=summary["xruns"],
        late_blocks=int(getattr(out.source, "late_blocks", 0)), cpu_load=round(summary["load_p99"], 4),
        controls_applied=int(engine.counters[N_APPLIED]), controls_dropped=control.writer.dropped,
        recording=int(rig.recorder.recording),
        corpus=state.corpus.name if state.corpus.corpus is not None else "",
        osc_received=getattr(server, "received", 0), packets_rejected=getattr(server, "rejected_packets", 0),
        clients_refused=getattr(server, "refused_clients", 0), errors=control.counters.errors,
        errors_sent=replies.errors_sent, errors_suppressed=replies.suppressed_total,
    )


def status(control: Control, args, due, sender) -> None:
    control.reply(sender, STATUS, **status_values(control))


def help_(control: Control, args, due, sender) -> None:
    for spec in NAMESPACE:
        control.reply(sender, "/rtvae/help/address", path=spec.path, signature=spec.signature(), help=spec.help)
    for reply in REPLIES:
        control.reply(sender, "/rtvae/help/reply", path=reply.path, signature=reply.signature(), help=reply.help)


def ping(control: Control, args, due, sender) -> None:
    control.reply(sender, "/rtvae/pong", **({"id": args[0]} if args else {}))


def reply(control: Control, args, due, sender) -> None:
    port = args[0]
    host = args[1] if len(args) > 1 else sender[0]
    if host != sender[0] and not host.startswith("127."):
        raise ControlError(f"replies go to the sender's host or loopback, not {host}")
    control.replies.add_target((host, port))


HANDLERS = {"/rtvae/status": status, "/rtvae/help": help_, "/rtvae/ping": ping, "/rtvae/reply": reply}
