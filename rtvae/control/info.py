"""``/rtvae/status``, ``/help``, ``/ping`` and ``/reply``: the server describes itself."""

from __future__ import annotations

from rtvae.control.control import Control
from rtvae.engine import engine as e
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
    live = out.input_latencies()
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
        kernel_dropped=getattr(server, "kernel_dropped", 0),
        receive_buffer_bytes=getattr(server, "receive_buffer_bytes", 0),
        timed_refused=control.counters.timed_refused, timed_dropped=int(engine.counters[e.N_TIMED_DROPPED]),
        nonfinite_blocks=int(engine.counters[e.N_NONFINITE]), records_rejected=int(engine.counters[e.N_REJECTED]),
        limited_blocks=int(engine.counters[e.N_LIMITED]),
        recording_dropped_frames=int(rig.recorder.dropped[0]), replies_withheld=replies.withheld,
        busy=control.helpers.running + (state.model.loading is not None),  # a swap is busy until its fade ends
        input_latency_samples=live["first_effect"] if live else 0, input_aligned_samples=live["aligned"] if live else 0,
        input_xruns=summary["input_xruns"],
    )


def status(control: Control, args, due, sender) -> None:
    control.reply(sender, STATUS, **status_values(control))


HELP_PAGE = 6  # entries per page: a page fits in one datagram's worth of budget for a padded request


def _help_entries() -> list[tuple[str, str, str, str]]:
    """(reply address, path, signature, help) for every address, then every reply."""
    return ([("/rtvae/help/address", a.path, a.signature(), a.help) for a in NAMESPACE]
            + [("/rtvae/help/reply", r.path, r.signature(), r.help) for r in REPLIES])


def _send_page(control: Control, sender, entries, page: int, pages: int) -> None:
    control.reply(sender, "/rtvae/help/page", page=page, pages=pages)
    for kind, path, signature, text in entries[page * HELP_PAGE:(page + 1) * HELP_PAGE]:
        control.reply(sender, kind, path=path, signature=signature, help=text)


def help_(control: Control, args, due, sender) -> None:
    entries = _help_entries()
    pages = -(-len(entries) // HELP_PAGE)
    if args:
        if args[0] >= pages:
            raise ControlError(f"help has {pages} pages (0 to {pages - 1})")
        _send_page(control, sender, entries, args[0], pages)
    elif control.replies.clients.is_registered(sender):
        for page in range(pages):
            _send_page(control, sender, entries, page, pages)
    else:
        _send_page(control, sender, entries, 0, pages)  # what fits: register (/rtvae/hello) for all of it


def about(control: Control, args, due, sender) -> None:
    for kind, path, signature, text in _help_entries():
        if path == args[0]:
            control.reply(sender, kind, path=path, signature=signature, help=text)
            return
    raise ControlError(f"no address or reply {args[0][:64]!r} (send /rtvae/help)")


def hello(control: Control, args, due, sender) -> None:
    clients = control.replies.clients
    if args:
        clients.register(sender, args[0])
    control.reply(sender, "/rtvae/welcome", token=clients.token(sender), registered=int(clients.is_registered(sender)),
                  private=True)


def ping(control: Control, args, due, sender) -> None:
    control.reply(sender, "/rtvae/pong", **({"id": args[0]} if args else {}))


def reply(control: Control, args, due, sender) -> None:
    port = args[0]
    host = args[1] if len(args) > 1 else sender[0]
    control.replies.add_target((host, port), named_by=sender)


def reply_clear(control: Control, args, due, sender) -> None:
    control.replies.clients.clear_targets()


HANDLERS = {"/rtvae/status": status, "/rtvae/help": help_, "/rtvae/help/about": about, "/rtvae/hello": hello,
            "/rtvae/ping": ping, "/rtvae/reply": reply, "/rtvae/reply/clear": reply_clear}
