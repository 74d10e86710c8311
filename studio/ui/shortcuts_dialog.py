"""Help ▸ Keyboard shortcuts: every shortcut of the window's actions (read from the actions
themselves) and the keys of the canvas and the editor, filtered as you type."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.ui import canvas, compare_view, paint_canvas
from studio.ui.action_reasons import action_name, plain_name

__all__ = ["ShortcutsDialog", "action_shortcuts"]

#: The property an action with a narrower shortcut context carries to name where its keys act
#: (a fixed name: the widget's accessible name follows what is selected in it).
WHERE = "shortcut_place"


def action_shortcuts(window: QWidget) -> list[tuple[str, str, str]]:
    """(What it does, its keys, what it is about) for every action in ``window`` with a
    shortcut, in the order they were made, each once."""
    rows: list[tuple[str, str, str]] = []
    for action in window.findChildren(QAction):
        keys = action.shortcuts()
        text = plain_name(action_name(action))
        if not keys or not text:
            continue
        place = action.property(WHERE)
        if place:
            text = f"{text} ({place})"
        row = (
            text,
            ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys),
            action.statusTip(),
        )
        if row not in rows:
            rows.append(row)
    return rows


def _translated(context: str, rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str]]:
    return [
        (QCoreApplication.translate(context, what), QCoreApplication.translate(context, keys), "")
        for keys, what in rows
    ]


class ShortcutsDialog(QDialog):
    """A list of what each key does, in groups (window, canvas, editor canvas), with a search
    field over the rows, their descriptions and their group's title. Long rows wrap."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 620)
        self.search = QLineEdit(placeholderText=self.tr("Search actions and keys"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.setAccessibleDescription(
            self.tr("Only the shortcuts whose action or keys contain this text are listed")
        )
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)  # a long row wraps in its column rather than being cut
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.nothing = QLabel()
        self.nothing.hide()
        groups = (
            (self.tr("Window"), action_shortcuts(window)),
            (self.tr("Results canvas and editor"), _translated("Canvas", canvas.KEYBOARD)),
            (
                self.tr("Editor: painting the mask or markup"),
                _translated("PaintCanvas", paint_canvas.KEYBOARD),
            ),
            (self.tr("Compare"), _translated("CompareView", compare_view.KEYBOARD)),
        )
        for title, rows in groups:
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for what, keys, about in rows:
                row = QTreeWidgetItem(group, [what, keys])
                row.setToolTip(0, f"{what}\n{about}" if about else what)
                row.setToolTip(1, keys)
                # What the search looks through besides the two columns.
                row.setData(0, Qt.ItemDataRole.UserRole, f"{about}\n{title}")
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        column.addWidget(self.nothing)
        column.addWidget(buttons)
        self.search.textChanged.connect(self.filter)
        self.search.setFocus()

    def filter(self, text: str) -> None:
        """List only the rows whose action, keys, description or group contain ``text`` (any
        case)."""
        wanted = text.strip().casefold()
        shown = 0
        for n in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(n)
            visible = 0
            for m in range(group.childCount()):
                row = group.child(m)
                about = row.data(0, Qt.ItemDataRole.UserRole)
                match = wanted in f"{row.text(0)}\n{row.text(1)}\n{about}".casefold()
                row.setHidden(not match)
                visible += match
            group.setHidden(not visible)
            shown += visible
        self.nothing.setText(self.tr("No shortcut matches “{text}”.").format(text=text.strip()))
        self.nothing.setVisible(not shown)

    def listed(self) -> list[tuple[str, str]]:
        """The rows shown now: (what it does, its keys)."""
        return [
            (row.text(0), row.text(1))
            for n in range(self.tree.topLevelItemCount())
            if not (group := self.tree.topLevelItem(n)).isHidden()
            for m in range(group.childCount())
            if not (row := group.child(m)).isHidden()
        ]

    @classmethod
    def show_for(cls, window: QWidget) -> ShortcutsDialog:
        """Show the window's list (the one already open, raised, or a new one)."""
        dialog = window.findChild(cls)
        if dialog is None:
            dialog = cls(window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
