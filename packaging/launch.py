"""The bundle's entry point: Studio's ``__main__``, with what a frozen Python needs first."""

import multiprocessing
import sys

from studio.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # shared memory's resource tracker runs from the bundle too
    sys.exit(main())
