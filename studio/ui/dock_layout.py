"""The window's docks on a small screen: below a width the jobs join the prompt dock as a tab,
below a height the recent results do too, so the page in the middle keeps room for its image;
with room again the docks go back where the user had them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

__all__ = ["CompactDocks", "build_docks"]

#: Below these window sizes (in device-independent pixels, so at 200 % scale they count
#: twice the screen pixels) a dock turns into a tab beside the prompt.
NARROW = 1180
SHORT = 760
SIDE_SHARE = 0.34
#: The smallest window: the docks tabbed, each page still usable. Set outright, or Qt would
#: hold the window to the roomy arrangement's minimum before the docks could turn into tabs.
MINIMUM = QSize(640, 480)


def build_docks(
    window: QMainWindow, prompt: QWidget, params: QWidget, jobs: QWidget, recent: QWidget
) -> CompactDocks:
    """The prompt over the scrolling parameters on the left, the jobs on the right, the recent
    results below; named so the window can remember where the user put them."""

    def dock(name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        made = QDockWidget(title, window)
        made.setObjectName(name)
        made.setWidget(widget)
        window.addDockWidget(area, made)
        return made

    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(prompt, 2)
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidget(params)
    # The dock is never narrower than the panel: it scrolls down, never sideways.
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroller.setAccessibleName(QCoreApplication.translate("MainWindow", "Parameters"))
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the parameters in it
    column.addWidget(scroller, 3)
    left.setMinimumWidth(
        max(
            prompt.minimumSizeHint().width(),
            params.minimumSizeHint().width() + scroller.verticalScrollBar().sizeHint().width(),
        )
    )
    area = Qt.DockWidgetArea
    jobs.setMinimumWidth(180)
    return CompactDocks(
        window,
        dock(
            "prompt",
            QCoreApplication.translate("MainWindow", "Prompt and parameters"),
            left,
            area.LeftDockWidgetArea,
        ),
        dock(
            "jobs", QCoreApplication.translate("MainWindow", "Jobs"), jobs, area.RightDockWidgetArea
        ),
        dock(
            "recent",
            QCoreApplication.translate("MainWindow", "Recent results"),
            recent,
            area.BottomDockWidgetArea,
        ),
    )


class CompactDocks(QObject):
    """Watches ``window``'s size; ``state()`` is what to remember of the docks (the roomy
    arrangement, whatever the window's size now)."""

    def __init__(
        self, window: QMainWindow, main: QDockWidget, side: QDockWidget, bottom: QDockWidget
    ) -> None:
        super().__init__(window)
        self._window = window
        self._main, self._side, self._bottom = main, side, bottom
        self._mode = (False, False)
        #: The arrangement before the docks were tabbed, put back when there is room again.
        self._roomy: QByteArray | None = None
        window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        window.setMinimumSize(MINIMUM)
        window.installEventFilter(self)

    @property
    def compact(self) -> tuple[bool, bool]:
        """Whether the jobs, and the recent results, are tabs beside the prompt now."""
        return self._mode

    def state(self) -> QByteArray:
        return self._roomy if self._roomy is not None else self._window.saveState()

    def restore(self, state: QByteArray) -> None:
        self._window.restoreState(state)
        self._roomy = None
        self._mode = (False, False)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        size = self._window.size()
        mode = (size.width() < NARROW, size.height() < SHORT)
        if mode == self._mode:
            return
        if self._roomy is not None:
            self._window.restoreState(self._roomy)
            self._roomy = None
        self._mode = mode
        moving = [dock for dock, move in zip((self._side, self._bottom), mode, strict=True) if move]
        if not any(mode):
            return
        self._roomy = self._window.saveState()
        if self._main.isFloating() or self._main.isHidden():
            return
        for dock in moving:
            if not dock.isFloating():
                self._window.tabifyDockWidget(self._main, dock)
        self._main.raise_()
        if mode[0]:  # a third of a narrow window at most: the page keeps the rest
            width = min(self._main.width(), round(size.width() * SIDE_SHARE))
            self._window.resizeDocks([self._main], [width], Qt.Orientation.Horizontal)
