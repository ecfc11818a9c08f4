"""``rtvae devices``: the audio devices PortAudio sees, and how to pick one for output and for input."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser("devices", help="list audio devices (outputs, and inputs for --input)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.drivers.stream import NO_DEVICE_HELP, list_devices

    devices = list_devices()
    if not any(d.max_output_channels for d in devices):
        print(NO_DEVICE_HELP)
        return 1
    for d in devices:
        print(f"{d.index:3d}  {d.label}  ({d.max_output_channels} out, {d.max_input_channels} in, "
              f"{d.default_sample_rate:.0f} Hz)")
    print("choose one with: rtvae serve --device 'a part of its name, e.g. BlackHole or system, JACK'; "
          "live input with --input 'a part of its name' (a device with inputs)")
    return 0
