"""Tab reaches every control of each page, in reading order (prompt and parameters, the page,
the jobs), starting from the prompt; the widget with focus wears a ring in the highlight colour,
Generate (the default button) too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio.ui import MainWindow
from studio.ui.accessibility import FocusRing
from studio.ui.input_strip import load_input
from tests.images import png
from tests.ui.conftest import Workspace, until


def tab_round(window: MainWindow, qtbot: QtBot) -> list[QWidget]:
    """The widgets Tab stops at, from the prompt round to it again."""
    start = window.prompt.editor
    start.setFocus()
    stops: list[QWidget] = []
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return stops
        stops.append(widget)
    raise AssertionError("Tab never came back to the prompt: " + ", ".join(map(str, stops[-5:])))


#: What a person acts on.
INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QSlider,
    QLineEdit,
    QPlainTextEdit,
    QAbstractItemView,
)


def controls(window: MainWindow) -> set[QWidget]:
    """The controls a person sees and can use (a dock's own title buttons, and the editors
    inside combo and spin boxes, left out)."""
    return {
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisible()
        and widget.isEnabled()
        and not isinstance(widget.parentWidget(), QDockWidget | QComboBox | QAbstractSpinBox)
        and not isinstance(widget, QHeaderView)  # a table's header: its table takes the keys
        and widget.window() is window
    }


async def test_tab_reaches_every_control_of_each_page_in_reading_order(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window = workspace[0]
    window.editor.add_input(await load_input(png(512, 384), "base.png"))
    await until(lambda: window.editor.canvas.layer is not None)
    assert QApplication.focusWidget() is window.prompt.editor or not window.isActiveWindow()
    left = window.findChild(QDockWidget, "prompt")
    jobs = window.findChild(QDockWidget, "jobs")
    assert left is not None
    assert jobs is not None
    pages = (window.show_results, window.show_editor, window.show_gallery, window.show_batches)
    for show in pages:
        show()
        stops = tab_round(window, qtbot)
        # Of a group of buttons only one is chosen, the checked one Tab stops at; the
        # arrows move between them (see below).
        grouped = {
            member
            for stop in stops
            if isinstance(stop, QAbstractButton) and stop.group() is not None
            for member in stop.group().buttons()
        }
        missed = controls(window) - set(stops) - grouped - {window.prompt.editor}
        assert not missed, f"{show.__name__}: Tab never reaches " + ", ".join(
            f"{type(w).__name__} {w.accessibleName()!r}" for w in missed
        )
        assert stops[0] is window.prompt.generate  # type, Tab, Enter
        # reading order: the left panel, then the page, then the jobs on the right
        where = [
            0 if left.isAncestorOf(w) else 2 if jobs.isAncestorOf(w) else 1
            for w in stops
            if window.centralWidget().isAncestorOf(w)
            or left.isAncestorOf(w)
            or jobs.isAncestorOf(w)
        ]
        assert where == sorted(where), show.__name__
        if show == window.show_gallery:  # and in the page, as it is laid out
            assert next(w for w in stops if window.gallery.isAncestorOf(w)) is window.gallery.search
    window.show_editor()
    stops = tab_round(window, qtbot)
    assert window.editor.canvas in stops  # the keyboard can paint
    brush = next(w for w in stops if w.accessibleName() == "Brush")
    brush.setFocus()
    qtbot.keyClick(brush, Qt.Key.Key_Right)
    assert QApplication.focusWidget().accessibleName() == "Eraser"


async def test_the_focused_widget_wears_a_ring_in_the_highlight_colour(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window = workspace[0]
    window.activateWindow()
    await until(window.isActiveWindow)
    generate = window.prompt.generate
    assert generate.isDefault()
    window.prompt.editor.setFocus()
    qtbot.keyClicks(window.prompt.editor, "a lighthouse")
    qtbot.keyClick(window.prompt.editor, Qt.Key.Key_Tab)
    assert generate.hasFocus()
    ring = next(f for f in window.findChildren(FocusRing) if f.target is generate)
    assert ring.isVisible()
    around = ring.geometry()
    inside = QRect(generate.mapTo(window, QPoint(0, 0)), generate.size())
    assert around.contains(inside)
    assert around != inside
    picture = window.grab().toImage()
    origin = ring.mapTo(window, ring.rect().topLeft())
    highlight = window.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    y = origin.y() + around.height() // 2
    edge = QColor(picture.pixel(origin.x() + 1, y))  # on the ring's left side
    assert _close(edge, highlight), (edge.name(), highlight.name())
    qtbot.keyClick(generate, Qt.Key.Key_Tab)  # the ring follows the focus
    assert ring.target is QApplication.focusWidget()


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 48
