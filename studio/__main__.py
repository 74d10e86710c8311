"""``studio`` and ``python -m studio``: a headless command when one is given, else the window."""

from __future__ import annotations

import sys

from studio import cli


def main(argv: list[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command is not None:
        return cli.run(args)
    from studio.app import run_app, run_self_test  # Qt is loaded only when a window is wanted

    return run_self_test() if args.self_test else run_app(args)


if __name__ == "__main__":
    sys.exit(main())
