"""The OSC namespace: one table of every address rtvae answers and every reply it sends.

The single source of truth. The server's dispatch (each handler module registers against
these rows), ``/rtvae/help``, the README's OSC section, the replies' field order and the
patch checks are all generated from or checked against :data:`NAMESPACE` and
:data:`REPLIES`. The types of a row and the argument checks are in :mod:`rtvae.osc.schema`.
"""

from __future__ import annotations

from rtvae.errors import ArgumentError  # noqa: F401  (re-exported: the checks raise it)
from rtvae.engine.limits import FEEDBACK_MAX
from rtvae.explore.curves import AMOUNT_RANGE, MAX_CURVATURE
from rtvae.osc.schema import LATENT, UP_TO_LATENT, Address, Arg, Field, Reply, check_args  # noqa: F401

PREFIX = "/rtvae"
# The descriptors every corpus measures (rtvae.explore.descriptors.DESCRIPTORS): the order
# of /rtvae/out/descriptors. Written out here so the table imports no numba.
DESCRIPTOR_NAMES = ("rms_db", "centroid_hz", "bandwidth_hz", "flatness", "rolloff_hz", "zcr", "f0_hz", "periodicity")


def _a(path: str, help: str, *args: Arg, **kw) -> Address:
    return Address(PREFIX + path, help, tuple(args), **kw)


def _r(path: str, help: str, *fields: Field, optional: int = 0, rest: Field | None = None) -> Reply:
    return Reply(PREFIX + path, help, tuple(fields), optional, rest)


NAME = Arg("name", "s", help="a plain name: letters, digits, '-', '_' and '.'")
KNOB = Arg("amount", "f", -10, 10, help="standard deviations of the corpus along the knob's direction")
SEMANTIC_KNOB = Arg("amount", "f", -10, 10, help="robust standard deviations of the knob's descriptor over the "
                    "corpus (the sigma of /rtvae/knobs/info); 0 leaves the sound as it is")
# The semantic knobs (rtvae.explore.knobs.SEMANTIC), one address each: /rtvae/knob/<name>.
SEMANTIC_KNOBS = ("brightness", "loudness", "noisiness", "pitch")
N_KNOBS = 8  # principal knobs (rtvae.explore.knobs.N_PRINCIPAL)
# What one UDP datagram (65,507 bytes at most) carries: each float takes 4 bytes and a type tag byte.
MAX_CURVE = 13000
MAX_BREAKPOINTS = MAX_CURVE // 2
NAMESPACE: tuple[Address, ...] = (
    _a("/z", "set the whole latent target (one value per dimension)",
       repeat=(Arg("value", "f", -1e3, 1e3),), min_repeats=1, max_repeats=LATENT),
    _a("/z/set", "set some latent dimensions: index, value pairs",
       repeat=(Arg("index", "i", 0, None), Arg("value", "f", -1e3, 1e3)), min_repeats=1, max_repeats=UP_TO_LATENT),
    _a("/smooth", "latent slew time in ms (0: jump at the next hop)", Arg("ms", "f", 0, 60000)),
    _a("/temperature", "sampling temperature: 0 decodes mu, 1 samples the posterior", Arg("t", "f", 0, 10)),
    _a("/gain", "output gain, linear (1 = unity), ramped over 10 ms", Arg("gain", "f", 0, 16)),
    _a("/mute", "1 mutes (ramped), 0 unmutes", Arg("on", "i", 0, 1)),
    _a("/preset/store", "remember the current latent target under a name", NAME),
    _a("/preset/recall", "make a stored preset the latent target (slewed)", NAME),
    _a("/model/load", "hot-swap to a model of the models folder (or 'default'), crossfaded", NAME,
       replies=("/rtvae/model/loaded",)),
    _a("/record/start", "record the output to a WAV in the recordings folder", NAME, optional=1,
       replies=("/rtvae/record/started",)),
    _a("/record/stop", "stop recording", replies=("/rtvae/record/stopped",)),
    _a("/status", "reply with the engine's state",
       replies=("/rtvae/status",)),
    _a("/help", "list the namespace: one /rtvae/help/address per address and one /rtvae/help/reply per reply, "
       "a page at a time (a page number, or all pages for a registered client; see /rtvae/hello)",
       Arg("page", "i", 0, 99), optional=1, replies=("/rtvae/help/page", "/rtvae/help/address", "/rtvae/help/reply")),
    _a("/help/about", "describe one address or reply", Arg("path", "s"),
       replies=("/rtvae/help/address", "/rtvae/help/reply")),
    _a("/hello", "register: without a token the server answers /rtvae/welcome TOKEN; send the token back "
       "to be registered (registered clients get whole help listings and progress streams)",
       Arg("token", "i", 0, 2**24 - 1), optional=1, replies=("/rtvae/welcome",)),
    _a("/ping", "reply /rtvae/pong, echoing the id if one is given", Arg("id", "f"), optional=1,
       replies=("/rtvae/pong",)),
    _a("/reply", "also send replies to this port (and host: a literal loopback address or an allow-listed "
       "one; default: the sender's host); at most 8 targets",
       Arg("port", "i", 1, 65535), Arg("host", "s"), optional=1),
    _a("/reply/clear", "forget every reply target registered with /rtvae/reply"),
    _a("/corpus/load", "switch the corpus that interpolation (and later descriptors and maps) use: a name in "
       "the corpora folder, or 'default' (the model's own)", NAME, replies=("/rtvae/corpus/loaded",)),
    _a("/descriptor/target", "follow descriptor targets: (name, value) pairs, units in the names (rms_db, "
       "centroid_hz, f0_hz ...; /rtvae/descriptor/range lists them); a descriptor given alone steers only itself",
       repeat=(Arg("name", "s"), Arg("value", "f", -1e6, 1e6)), min_repeats=1, max_repeats=16),
    _a("/descriptor/weight", "how much each descriptor counts: (name, weight) pairs (0 leaves its target idle)",
       repeat=(Arg("name", "s"), Arg("weight", "f", 0, 100)), min_repeats=1, max_repeats=16),
    _a("/descriptor/continuity", "how much staying on the previous sound's way counts against the target "
       "(0: the per-frame nearest neighbour)", Arg("amount", "f", 0, 100)),
    _a("/descriptor/curve", "a target curve for one descriptor: values in its unit, sampled evenly over "
       "/rtvae/descriptor/duration", Arg("name", "s"), repeat=(Arg("value", "f", -1e6, 1e6),), min_repeats=1,
       max_repeats=MAX_CURVE),
    _a("/descriptor/duration", "how long the descriptor curves play, in seconds", Arg("seconds", "f", 0.05, 600)),
    _a("/descriptor/play", "play the descriptor curves from where they are"),
    _a("/descriptor/stop", "stop the curves (the sound holds its latent)"),
    _a("/descriptor/loop", "1 loops the curves, 0 stops at their end", Arg("on", "i", 0, 1)),
    _a("/descriptor/position", "jump to a point of the curves (0 start, 1 end)", Arg("position", "f", 0, 1)),
    _a("/descriptor/off", "hand control back to latents (targets and curves forgotten)"),
    _a("/descriptor/range", "reply with each descriptor's corpus range", replies=("/rtvae/descriptor/range",)),
    _a("/xy", "move on the loaded map: x and y in [0, 1], y upward (outside is clamped, said once); slewed "
       "like any latent", Arg("x", "f"), Arg("y", "f")),
    _a("/xy/mode", "latent: /rtvae/xy plays the map's latent at that place (the default; a latent held still "
       "plays quietly); sound: it plays corpus runs passing near that place, at the corpus's own level",
       Arg("mode", "s", choices=("latent", "sound"))),
    _a("/map/load", "switch the map (one of the loaded corpus's, made with rtvae map build)", NAME,
       replies=("/rtvae/map/loaded",)),
    _a("/z/get", "reply once with the latent playing", replies=("/rtvae/out/z",)),
    _a("/z/report", "1 streams /rtvae/out/z to registered clients, about 20 a second, or per_second of them up "
       "to one per hop (the hop's own latent, to record a latent series); 0 stops",
       Arg("on", "i", 0, 1), Arg("per_second", "f", 1, 1000), optional=1, replies=("/rtvae/out/z",)),
    _a("/z/stream", "one frame of a latent series (one value per dimension), played exactly, without slew, on "
       "the hop its timetag falls on (at once without one): a recorded series plays back in time",
       repeat=(Arg("value", "f", -1e3, 1e3),), min_repeats=1, max_repeats=LATENT),
    _a("/knobs", f"amounts along the corpus's principal directions (up to {N_KNOBS}, in standard deviations), "
       "added to whatever sets the latent; knobs not sent keep their amount",
       repeat=(KNOB,), min_repeats=1, max_repeats=N_KNOBS),
    _a("/knobs/info", "reply with every knob's spread, explained variance and measured effect",
       replies=("/rtvae/knobs/info",)),
    *(_a(f"/knob/{name}", f"the {name} knob: the latent's {name} moved by amount σ, the other semantic "
         "descriptors held, aimed through the descriptor atlas around the latent it turns (again as that latent "
         "moves; on every hop, along a trail, while descriptor targets or the pad's sound mode play); what it "
         "measurably moves: /rtvae/knobs/info", SEMANTIC_KNOB)
      for name in SEMANTIC_KNOBS),
    _a("/mix", "latent algebra: (name, weight) pairs over corpus sounds, cluster:N and presets (preset:NAME), "
       "e.g. A 1 B -1 C 1; the result is the latent target (slewed); with live input, 'input' names its latent: "
       "input 1 mean:A -1 mean:B 1 plays input - A + B (held operands only)",
       repeat=(Arg("name", "s"), Arg("weight", "f", -100, 100)), min_repeats=1, max_repeats=16,
       replies=("/rtvae/mix/result",)),
    _a("/mix/snap", "pull algebra results toward the nearest corpus latent: 0 not at all, 1 onto it",
       Arg("amount", "f", 0, 1)),
    _a("/input/mix", "live input (rtvae serve --input): 0 plays the control latent, 1 the input's latent, "
       "between morphs; knobs apply on top of either", Arg("amount", "f", 0, 1)),
    _a("/input/offset", "add to the input's latent (one value per dimension; all zeros: none)",
       repeat=(Arg("value", "f", -1e3, 1e3),), min_repeats=1, max_repeats=LATENT),
    _a("/input/scale", "multiply the input's latent: one factor for every dimension, or one per dimension",
       repeat=(Arg("factor", "f", -1e3, 1e3),), min_repeats=1, max_repeats=UP_TO_LATENT),
    _a("/input/freeze", "1 holds the input's last latent (the input is still heard by the gate), 0 follows it again",
       Arg("on", "i", 0, 1)),
    _a("/input/gate", "input quieter than this (dBFS over a window) makes the output silent; -200: no gate",
       Arg("threshold_db", "f", -1000, 0)),
    _a("/input/temperature", "sampling temperature of the input's posterior: 0 encodes mu", Arg("t", "f", 0, 10)),
    _a("/input/feedback", f"feed the output back into the encoder, one window later (at most {FEEDBACK_MAX}: "
       "more is clamped, with a reply)", Arg("amount", "f", 0, 100)),
    _a("/input/device", "reply with the input's device and whether it is there (sent unasked, to every "
       "registered patch, when it goes away or comes back)", replies=("/rtvae/input/device",)),
    _a("/interp/a", "interpolation source A: a corpus sound, cluster:N (its sounds in a row), or a file "
       "in the sounds folder", Arg("source", "s"), replies=("/rtvae/interp/ready",)),
    _a("/interp/b", "interpolation source B (as A); the longer source is trimmed to the shorter",
       Arg("source", "s"), replies=("/rtvae/interp/ready",)),
    _a("/interp/mode", "stepwise: a static amount; meso: the amount follows the curve; "
       "extend: one window per output hop (sources encoded with a small hop: a stretch)",
       Arg("strategy", "s", choices=("stepwise", "meso", "extend"))),
    _a("/interp/amount", "static amount: 0 is A, 1 is B, outside [0, 1] extrapolates", Arg("amount", "f", *AMOUNT_RANGE)),
    _a("/interp/curve", "the meso-scale curve: values sampled evenly over the sequence (a Pd array, "
       "a Max [multislider])", repeat=(Arg("value", "f", *AMOUNT_RANGE),), min_repeats=1, max_repeats=MAX_CURVE),
    _a("/interp/breakpoints", "the meso-scale curve as (time, value) pairs (a Max [function] dump)",
       repeat=(Arg("time", "f", -1e9, 1e9), Arg("value", "f", *AMOUNT_RANGE)), min_repeats=1,
       max_repeats=MAX_BREAKPOINTS),
    _a("/interp/function", "a built-in curve: sine|triangle [periods low high], ramp [from to], "
       f"exp [from to curvature], walk [seed step low high]; levels are amounts, curvature in "
       f"[-{MAX_CURVATURE:g}, {MAX_CURVATURE:g}] (refused beyond: it would overflow), seed an integer >= 0, step >= 0",
       Arg("name", "s", choices=("sine", "triangle", "ramp", "exp", "walk")),
       repeat=(Arg("param", "f", -1e6, 1e6),), max_repeats=4),
    _a("/interp/stretch", "play the sequence this many times slower (extend: on top of its own stretch)",
       Arg("factor", "f", 0.01, 100)),
    _a("/interp/loop", "1 loops the sequence, 0 stops at its end", Arg("on", "i", 0, 1)),
    _a("/interp/play", "start (or resume) playing through the sources",
       replies=("/rtvae/out/interp",)),
    _a("/interp/stop", "stop playing (the sound holds the current latent)"),
    _a("/interp/position", "jump to a point of the sequence (0 start, 1 end)", Arg("position", "f", 0, 1)),
)


COUNT = "count"
REPLIES: tuple[Reply, ...] = (
    _r("/error", "a message was rejected or failed (rate-limited per destination)",
       Field("address", "s", help="the address of the message that failed ('(packet)' for an unreadable one)"),
       Field("reason", "s", help="what was wrong, meant for a person")),
    _r("/pong", "answer to /rtvae/ping", Field("id", "f", help="the ping's id, if it had one"), optional=1),
    _r("/status", "the engine's state and every counter",
       Field("model", "s", help="the model playing"),
       Field("sample_rate", "i", "Hz", "the model's rate"),
       Field("device_rate", "i", "Hz", "the audio device's rate"),
       Field("block", "i", "frames", "frames per audio callback"),
       Field("hop", "i", "samples", "synthesis hop"),
       Field("scheduling", "s", help="inline (decode in the callback) or ahead (on a worker)"),
       Field("latency_samples", "i", "samples", "from a control to its first sample, before the device's buffer"),
       Field("latency_ms", "f", "ms", "the same in milliseconds"),
       Field("xruns", "i", COUNT, "output underflows PortAudio reported"),
       Field("late_blocks", "i", COUNT, "blocks the ahead worker did not have ready (silence played)"),
       Field("cpu_load", "f", "fraction", "callback duration p99 over the block's time budget"),
       Field("controls_applied", "i", COUNT, "control records the engine applied"),
       Field("controls_dropped", "i", COUNT, "control records refused because the ring was full"),
       Field("recording", "i", help="1 while recording"),
       Field("corpus", "s", help="the corpus interpolation uses ('' while none is loaded)"),
       Field("osc_received", "i", COUNT, "datagrams received"),
       Field("packets_rejected", "i", COUNT, "datagrams that were not OSC"),
       Field("clients_refused", "i", COUNT, "datagrams from hosts not on the allow-list"),
       Field("errors", "i", COUNT, "messages rejected or failed (each answered with /rtvae/error)"),
       Field("errors_sent", "i", COUNT, "/rtvae/error replies sent"),
       Field("errors_suppressed", "i", COUNT, "/rtvae/error replies held back by the rate limit"),
       Field("kernel_dropped", "i", COUNT, "datagrams the kernel dropped because the receive buffer was full"),
       Field("receive_buffer_bytes", "i", "bytes", "the socket's receive buffer, as the kernel granted it"),
       Field("timed_refused", "i", COUNT, "timetagged messages refused: too far ahead, or too many waiting"),
       Field("timed_dropped", "i", COUNT, "timed records the engine could not hold"),
       Field("nonfinite_blocks", "i", COUNT, "blocks the engine silenced because a value was not finite"),
       Field("records_rejected", "i", COUNT, "control records the engine refused for a value that was not finite"),
       Field("limited_blocks", "i", COUNT, "blocks in which the output limiter reduced the level"),
       Field("recording_dropped_frames", "i", "frames", "frames the recorder could not keep up with"),
       Field("replies_withheld", "i", COUNT, "replies too large for an unregistered client (see /rtvae/hello)"),
       Field("busy", "i", COUNT, "slow jobs (a model, a corpus, a sound file, knobs) still running on the helpers"),
       Field("input_latency_samples", "i", "samples", "live input: from a sound at the input to its first effect at "
             "the output, at most (0: no live input), before the device's buffers"),
       Field("input_aligned_samples", "i", "samples", "live input: where the input's own sound lands in the output "
             "(a window later; 0: no live input)"),
       Field("input_xruns", "i", COUNT, "input overflows and underflows PortAudio reported")),
    _r("/welcome", "answer to /rtvae/hello: send the token back to register",
       Field("token", "i"), Field("registered", "i", help="1 once this client is registered")),
    _r("/help/page", "a page of /rtvae/help follows", Field("page", "i"), Field("pages", "i", COUNT)),
    _r("/help/address", "one address of the namespace", Field("path", "s"), Field("signature", "s"),
       Field("help", "s")),
    _r("/help/reply", "one reply the server may send", Field("path", "s"), Field("signature", "s"),
       Field("help", "s")),
    _r("/model/loaded", "a hot swap finished (the new model plays)", Field("name", "s")),
    _r("/corpus/loaded", "a corpus is ready for interpolation", Field("name", "s"),
       Field("sounds", "i", COUNT), Field("windows", "i", COUNT)),
    _r("/record/started", "recording to this file", Field("path", "s")),
    _r("/record/stopped", "the recording is closed", Field("path", "s"), Field("seconds", "f", "s")),
    _r("/descriptor/range", "one descriptor of the corpus's atlas: its unit, full range (targets clamp to it) "
       "and robust p1-p99 range (for sliders)", Field("name", "s"), Field("unit", "s"), Field("low", "f"),
       Field("high", "f"), Field("robust_low", "f"), Field("robust_high", "f")),
    _r("/out/descriptors", "the descriptors measured on the audio actually played, about 20 a second (registered "
       "clients and reply targets)", *(Field(n, "f") for n in DESCRIPTOR_NAMES)),
    _r("/map/loaded", "a map is ready for /rtvae/xy", Field("name", "s"), Field("method", "s"),
       Field("grid", "i", "nodes", "nodes per side of its baked grid")),
    _r("/out/xy", "the latent playing placed on the map, about 20 a second while a map is loaded (registered "
       "clients and targets)", Field("x", "f"), Field("y", "f")),
    _r("/input/device", "the live input's device, and whether it is there: 0 while it is away (the output "
       "plays on with silence in its place), 1 again once it is back",
       Field("device", "s", help="its name and host API"), Field("connected", "i", help="1 there, 0 away")),
    _r("/out/z", "the latent playing, knobs included (with live input: the last hop's, the input's latent mixed in)",
       rest=Field("value", "f")),
    _r("/knobs/info", "one knob: its name (pc1.. or a semantic name), the corpus's spread along it, the share of "
       "the corpus's variance it explains (principal knobs), the descriptor it moves most and by how much per σ",
       Field("index", "i"), Field("name", "s"), Field("sigma", "f", help="per amount of 1: latent units (principal), the descriptor's robust σ in its "
             "scoring unit: dB, Hz, dB of flatness, octaves of f0 (semantic)"),
       Field("explained", "f", "fraction", "NaN for a semantic knob"), Field("moves", "s"),
       Field("per_sigma", "f", help="change of that descriptor per σ, in its unit"), Field("unit", "s"),
       Field("per_sigma_z", "f", "robust z", "the same in robust standard units")),
    _r("/mix/result", "the latent an algebra message made", Field("weight_sum", "f"),
       Field("off_manifold", "f", "typical jumps", "distance to the nearest atlas latent (0: a corpus sound)"),
       Field("nearest", "s", help="the corpus sound nearest to the result"),
       Field("warning", "s", help="empty, or what to beware of (weights summing to 0 ...)")),
    _r("/interp/ready", "an interpolation source is encoded and ready",
       Field("source", "s", help="a or b"), Field("spec", "s", help="the source as sent"),
       Field("windows", "i", COUNT), Field("seconds", "f", "s")),
    _r("/out/interp", "progress of a playing interpolation, 20 a second while it plays (one last when it stops)",
       Field("position", "f", "windows"), Field("progress", "f", "fraction"), Field("playing", "i")),
)

BY_PATH = {address.path: address for address in NAMESPACE}
REPLY_BY_PATH = {reply.path: reply for reply in REPLIES}


def reply_addresses() -> frozenset[str]:
    """Every address the server sends back."""
    return frozenset(REPLY_BY_PATH)


def markdown_table() -> str:
    """The README's OSC section, generated from the table."""
    lines = ["| address | arguments | effect | replies |", "|---|---|---|---|"]
    for a in NAMESPACE:
        lines.append(f"| `{a.path}` | {a.signature() or '—'} | {a.help} | {', '.join(f'`{r}`' for r in a.replies) or '—'} |")
    return "\n".join(lines)


def replies_markdown_table() -> str:
    """The README's table of replies and their fields, generated from the table."""
    lines = ["| reply | fields | meaning |", "|---|---|---|"]
    for r in REPLIES:
        lines.append(f"| `{r.path}` | {r.signature() or '—'} | {r.help} |")
    return "\n".join(lines)


def update_readme(path: str = "README.md") -> None:
    """Rewrite the README's generated OSC tables in place (between their markers)."""
    import re
    from pathlib import Path

    readme = Path(path)
    text = readme.read_text()
    for marker, table in (("osc-table", markdown_table()), ("osc-replies", replies_markdown_table())):
        pattern = re.compile(rf"(<!-- {marker}:[^>]*-->\n).*?(\n<!-- /{marker} -->)", re.S)
        text = pattern.sub(lambda m: m.group(1) + table + m.group(2), text)
    readme.write_text(text)


if __name__ == "__main__":
    update_readme()
