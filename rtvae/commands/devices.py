"""``rtvae devices``: the output devices PortAudio sees, and how to pick one."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser("devices", help="list audio output devices")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rtvae.drivers.stream import NO_DEVICE_HELP, list_output_devices

    devices = list_output_devices()
    if not devices:
        print(NO_DEVICE_HELP)
        return 1
    for d in devices:
        print(f"{d.index:3d}  {d.label}  ({d.max_output_channels} out, {d.default_sample_rate:.0f} Hz)")
    print("choose one with: rtvae serve --device 'a part of its name, e.g. BlackHole or system, JACK'")
    return 0
