"""The Qt binding itself: a release that corrupts reference counts crashes a long session.

PySide6 6.12.0's ``Signal.emit()`` drops a reference to ``True`` on every call; on Python 3.11
the interpreter aborts once it reaches zero ("bool_dealloc"), a few thousand signals in.
"""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(int)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(500):
        emitter.happened.emit(number)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 500


def test_garbage_is_collected_on_the_gui_thread_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    import gc

    from studio.core import GuiThreadCollector

    collector = GuiThreadCollector(interval_ms=10)
    assert not gc.isenabled()  # no collection in whatever thread allocates

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    for _ in range(5000):
        Cycle()
    before = gc.get_count()[0]
    collector.collect_due()
    assert gc.get_count()[0] < before


def test_what_a_later_import_made_is_frozen_like_start_up(qtbot) -> None:  # type: ignore[no-untyped-def]
    import gc
    import types

    from studio.core import GuiThreadCollector

    collector = GuiThreadCollector(interval_ms=10)
    collector.freeze_start_up()
    frozen = gc.get_freeze_count()
    module = types.ModuleType("studio_test_late_module")
    module.tables = [[n] for n in range(3000)]  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    try:
        collector.collect_due()
        assert gc.get_freeze_count() >= frozen + 3000  # kept out of every later collection
    finally:
        del sys.modules[module.__name__]
