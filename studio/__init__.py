"""Studio: a desktop image studio for the OpenAI Images API.

How a click becomes a saved image, layer by layer (arrows point down; see docs/architecture.md):

1. ``ui`` — widgets read the state in ``core`` and call its actions; they never speak HTTP or SQL.
2. ``core`` — session state and the job queue (QtCore only); it drives the request worker.
3. ``worker`` — the request service, a process of its own: sends, parses the stream, decodes,
   saves, and hands pixels back in memory (a file in ``/dev/shm``).
4. ``api`` / ``gallery`` / ``imaging`` — the Images API client, the SQLite store, Pillow work.
5. ``config`` — paths, settings, providers, keys in the keychain, logging.

``localapi`` answers the same protocol offline (``studio --demo``, the tests); ``cli`` runs the
same services headless.
"""

__version__ = "0.1.0"
