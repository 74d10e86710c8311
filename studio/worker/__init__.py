"""The request service, run as its own process (``python -m studio.worker``); no Qt."""
