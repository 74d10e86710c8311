"""The command line: options of the app, and headless commands over the same services (no Qt)."""

from __future__ import annotations

import argparse

from studio import __version__

__all__ = ["build_parser", "parse", "run"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description="A desktop image studio for the OpenAI Images API. Without a command, "
        "opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Studio {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start with the offline demo server (no API key or network needed)",
    )
    parser.set_defaults(command=None)
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run a headless command; the window is started by ``studio.app`` instead."""
    raise SystemExit(f"studio: unknown command {args.command!r}")
