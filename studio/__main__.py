"""``studio`` and ``python -m studio``: a headless command when one is given, else the window."""

from __future__ import annotations

import gc
import runpy
import sys

from studio import cli
from studio.config.bundle import RUN_MODULE
from studio.config.system_libs import (
    missing_libraries,
    missing_libraries_message,
    offscreen_without_display,
)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [RUN_MODULE]:  # a bundle starting one of its own processes
        runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
        return 0
    args = cli.parse(argv)
    if args.command is not None:
        return cli.run(args)
    if args.self_test:
        offscreen_without_display()
    missing = missing_libraries()
    if missing:
        print(missing_libraries_message(missing), file=sys.stderr)
        return 1
    # The window's start makes tens of thousands of objects that live as long as it does:
    # collecting while importing them is wasted work (~13 ms). The app's collector
    # (core/collector.py) keeps automatic collection off from here and collects on its timer.
    gc.disable()
    from studio.app import run_app, run_self_test  # Qt is loaded only when a window is wanted

    return run_self_test() if args.self_test else run_app(args)


if __name__ == "__main__":
    sys.exit(main())
