"""studio.qt_start: PySide's scan of imported modules answers as its own did, only faster."""

from __future__ import annotations

import inspect
import json
import sys

import studio.app  # installs the faster scan
import studio.config.paths
import studio.ui.canvas


def test_the_scan_answers_as_pysides_own() -> None:
    scan = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert getattr(scan, "studio_fast", False), "studio.app did not install the faster scan"
    for module in (studio.ui.canvas, studio.config.paths, json):
        # PySide's own answer: does the module's source mention PySide6?
        assert scan(module) is ("PySide6" in inspect.getsource(module)), module.__name__
    assert scan(studio.ui.canvas)
    assert not scan(studio.config.paths)
    assert scan(sys) is False  # built in: no source, as PySide's own says
