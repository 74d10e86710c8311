"""``python -m studio.localapi [--port P]``: run the offline Images API server alone.

It prints ``STUDIO_LOCALAPI_URL <base url>`` on stdout once it listens, which is how the app
learns the port when it starts the server as its child process. With ``--exit-with-stdin`` it
stops when its stdin closes: the parent holds the other end, so the server never outlives it,
even when the parent is killed.
"""

from __future__ import annotations

import argparse
import sys
import threading
from datetime import date

from studio.localapi.app import create_app
from studio.localapi.images import ServerOptions
from studio.localapi.server import bind_loopback, make_server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.localapi", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free one)")
    parser.add_argument(
        "--pace", type=float, default=0.0, help="seconds between stream events (default 0)"
    )
    parser.add_argument(
        "--noise", action="store_true", help="render random noise (largest images; benchmarks)"
    )
    parser.add_argument(
        "--exit-with-stdin", action="store_true", help="stop when standard input is closed"
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        help="YYYY-MM-DD: serve the models live on that day (default: the real date, or "
        "STUDIO_LOCAL_TODAY); a model shut down by then answers 404 model_not_found",
    )
    args = parser.parse_args(argv)
    try:
        sock = bind_loopback(args.port)
    except OSError as error:
        print(f"Cannot listen on 127.0.0.1:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    port = sock.getsockname()[1]
    print(f"STUDIO_LOCALAPI_URL http://127.0.0.1:{port}/v1", flush=True)
    options = ServerOptions(pace=args.pace, noise=args.noise)
    server = make_server(create_app(options, today=args.today))
    if args.exit_with_stdin:

        def stop_at_eof() -> None:
            while sys.stdin.buffer.read(4096):
                pass
            server.should_exit = True

        threading.Thread(target=stop_at_eof, daemon=True).start()
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
