"""The live input's device went away and the output's did not: the output plays on.

A duplex stream is one PortAudio stream, so an input device unplugged mid-stream (a USB
microphone, an interface beside the one that plays) ends the output too. The session asks
:meth:`InputKeeper.stream_ended` first when a duplex stream ends:

1. If the output's device is still there and the input's is not, the ended stream is closed,
   PortAudio starts afresh (it lists devices only when it starts), and an output-only stream
   opens on the same callback table. Both callbacks take silence in the input's place, so the
   engines' input line stays in step with the output, and the live state (latents, knobs,
   transport, the input's transform) is untouched. Patches hear ``/rtvae/error`` and
   ``/rtvae/input/device <label> 0``.
2. :meth:`InputKeeper.poll` looks for the input every :data:`INPUT_RETRY_S`; once it is back, the
   output-only stream closes and the duplex stream opens again (the output pauses for one
   reopen), and patches hear ``/rtvae/input/device <label> 1``.

When the output's device went too (the JACK server stopped), the session's own device-loss
handling takes over, as without live input. Devices are looked for by a child process
(:func:`~rtvae.drivers.stream.device_available`). On JACK the server is asked first, because a
stream whose server died must not be closed; on other hosts the ended stream is closed first,
because a device this process holds open may not be listed to another.
"""

from __future__ import annotations

import sys
import time
from typing import Callable

from rtvae.drivers import stream as st

INPUT_RETRY_S = 3.0  # each look costs a Python start (about 0.3 s of CPU) beside the playing stream


class InputKeeper:
    """Keeps ``output`` (an :class:`~rtvae.drivers.stream.AudioOutput` with live input) playing
    through its input device's absence; ``tell(label, connected, reason)`` tells the patches."""

    def __init__(self, output, output_query: str, input_query: str, client_name: str,
                 tell: Callable[[str, bool, str], None]):
        self.output, self.output_query, self.input_query = output, output_query, input_query
        self.client_name, self.tell = client_name, tell
        self.next_look = 0.0

    @property
    def label(self) -> str:
        return self.output.live_input.device.label

    def there(self, kind: str) -> bool:
        query = self.input_query if kind == "input" else self.output_query
        return st.device_available(query, f"{self.client_name}-probe", kind=kind)

    def stream_ended(self) -> bool:
        """The duplex stream ended: True if the output plays on (without its input, or with it again),
        False to leave it to the session's device-loss handling."""
        output = self.output
        if not output.input_connected:
            return False
        if output.on_jack and not self.there("output"):
            return False
        output.close_now()
        if not output.on_jack and not self.there("output"):
            return False
        # The input still there: the stream ended for another reason, and opens again whole.
        if not (self.there("input") and self.reopen(with_input=True)) and not self.reopen(with_input=False):
            return False
        if not output.input_connected:
            self.went_away()
        return True

    def went_away(self) -> None:
        """The output plays on alone: say so, here and to the patches, and look for the input later."""
        reason = (f"the input device '{self.label}' went away: the output plays on with silence in its place, "
                  f"and the input comes back by itself when the device does (looked for every {INPUT_RETRY_S:g} s)")
        print(f"rtvae serve: {reason}", file=sys.stderr, flush=True)
        self.tell(self.label, False, reason)
        self.next_look = time.monotonic() + INPUT_RETRY_S

    def poll(self) -> None:
        """While the input is away, look for it now and then, and take it back when it is there."""
        output = self.output
        if output.input_connected or output.stream is None or time.monotonic() < self.next_look:
            return
        self.next_look = time.monotonic() + INPUT_RETRY_S
        if not self.there("input"):
            return
        output.close_now()
        if not self.reopen(with_input=True):
            self.reopen(with_input=False)
            return
        print(f"rtvae serve: the input device '{self.label}' is back", file=sys.stderr, flush=True)
        self.tell(self.label, True, "")

    def reopen(self, with_input: bool) -> bool:
        """PortAudio afresh, the devices found again by their queries, the stream opened; False if it failed."""
        output = self.output
        try:
            st.reinitialise_portaudio()
            output.device = st.find_output_device(self.output_query)
            if with_input:
                output.live_input.device = st.find_input_device(self.input_query)
            output.start(with_input=with_input)
        except Exception as exc:  # PortAudio's own errors too: whatever it was, the caller tries the next way
            print(f"rtvae serve: could not open {'both halves' if with_input else 'the output'} again: {exc}",
                  file=sys.stderr, flush=True)
            output.close_now()
            output.lost = True  # nothing plays: the session's device-loss handling, unless a next try opens
            return False
        return True
