"""One base class for every error rtvae raises on purpose.

Each layer has its own type so that a caller can tell a bad config from a bad model
directory without parsing messages. The command line prints these without a traceback.
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
