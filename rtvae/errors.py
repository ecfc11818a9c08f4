"""One hierarchy for every error rtvae raises on purpose.

Each layer has its own type so that a caller can tell a bad config from a bad model
directory without parsing messages, and each layer wraps what the one below raised in
its own type (``raise XError(...) from exc``). The command line prints these without a
traceback; the OSC side answers them with ``/rtvae/error``.
"""


class RtvaeError(Exception):
    """Base of all rtvae errors: the message is meant for the user, as is."""


class ConfigError(RtvaeError):
    """A config file or flag has a bad key or value; the message names it."""


class AudioFileError(RtvaeError):
    """An audio file or folder could not be used; the message names the path."""


class ModelError(RtvaeError):
    """A model directory is missing a file, fails its checksum or its shapes."""


class CheckpointError(RtvaeError):
    """A training checkpoint is missing or does not match the config."""


class AudioDeviceError(RtvaeError):
    """No usable audio output, the device asked for is missing, or JACK failed to start."""


class CorpusError(RtvaeError):
    """A corpus that is missing, malformed, or built for another model."""


class UnsafeNameError(RtvaeError):
    """A name that is not a plain word, or that would leave its folder."""


class OscError(RtvaeError):
    """Something on the OSC side went wrong; answered with ``/rtvae/error``, never fatal."""


class PacketError(OscError):
    """A datagram that is not a well-formed OSC packet."""


class ArgumentError(OscError):
    """An OSC message's arguments do not fit its address; the text is the reply's reason."""


class ControlError(OscError):
    """A well-formed request that cannot be carried out now (not recording, queue full ...)."""


class TargetError(RtvaeError, ValueError):
    """A descriptor target, weight or curve that cannot be followed; the message says why."""


def a_few(names: list[str], none: str, most: int = 5) -> str:
    """A few names for an error text ("a, b, c and 12 more"), never the whole list."""
    if not names:
        return none
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")
