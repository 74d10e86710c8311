"""The gallery's grid view: arithmetic layout, hit testing, keys and rubber-band selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, QSize, QStringListModel, Qt
from pytestqt.qtbot import QtBot

from studio.ui.thumbnail_grid import ThumbnailGrid


def grid(qtbot: QtBot, rows: int = 100) -> ThumbnailGrid:
    view = ThumbnailGrid()
    qtbot.addWidget(view)
    view.setModel(QStringListModel([str(n) for n in range(rows)]))
    view.set_cell_size(QSize(100, 100))
    view.resize(430, 330)
    view.show()
    return view


def test_cells_are_laid_out_by_arithmetic_and_found_again(qtbot: QtBot) -> None:
    view = grid(qtbot)
    columns = view.viewport().width() // 100
    assert columns == 4
    model = view.model()
    assert view.visualRect(model.index(5, 0)).topLeft() == QPoint(100, 100)
    assert view.indexAt(QPoint(150, 150)).row() == 5
    assert not view.indexAt(QPoint(150, 2600)).isValid()  # below the last row
    bar = view.verticalScrollBar()
    assert bar.maximum() == 25 * 100 - view.viewport().height()
    view.scrollTo(model.index(99, 0))
    assert view.visualRect(model.index(99, 0)).bottom() < view.viewport().height()


def test_arrow_keys_move_by_cells_and_rows(qtbot: QtBot) -> None:
    view = grid(qtbot)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 5
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == 99


def test_a_rubber_band_selects_the_cells_it_covers(qtbot: QtBot) -> None:
    view = grid(qtbot)
    view.setSelection(QRect(50, 50, 120, 100), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    rows = sorted(index.row() for index in view.selectionModel().selectedIndexes())
    assert rows == [0, 1, 4, 5]  # two rows of two columns
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(250, 50))
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [2]
