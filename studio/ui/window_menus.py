"""The main window's actions, menus and toolbar, built from its public slots."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMessageBox, QStyle, QWidget

from studio import __version__
from studio.ui.action_reasons import plain_name
from studio.ui.theme import standard_icon

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow

__all__ = ["build_menus"]


def _action(
    window: MainWindow,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    slot: Callable[..., object],
    icon: QStyle.StandardPixmap | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setIconText(plain_name(text))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{plain_name(text)} ({action.shortcut().toString()})")
    if icon is not None:
        action.setIcon(standard_icon(window.style(), icon))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """Give ``window`` its actions (kept as attributes where the window enables them), its
    menu bar and its toolbar."""
    keys, icons = QKeySequence.StandardKey, QStyle.StandardPixmap
    images = window.images
    window.generate_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Generate"),
        "Ctrl+Return",
        window.generate,
        icons.SP_MediaPlay,
    )
    window.cancel_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Cancel newest job"),
        "Esc",
        window.cancel_newest,
        icons.SP_MediaStop,
    )
    export = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Export shown image…"),
        keys.Save,
        lambda: images.export_shown(),
        icons.SP_DialogSaveButton,
    )
    window.export_action = export
    export.setStatusTip(
        QCoreApplication.translate(
            "MainWindow",
            "Save the image as it came, its metadata in .json and .xmp files beside it",
        )
    )
    window.export_inside_action = _action(
        window,
        QCoreApplication.translate(
            "MainWindow",
            "Export shown image with metadata &inside (invalidates content credentials)…",
        ),
        None,
        lambda: images.export_shown(embed=True),
    )
    copy = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Copy image"),
        keys.Copy,
        images.copy_shown,
    )
    open_edit = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Open image to edit…"),
        keys.Open,
        images.open_to_edit,
    )
    window.edit_shown_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Edit shown image"),
        "Ctrl+E",
        images.edit_shown,
    )
    window.vary_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Make &variations"),
        "Ctrl+Shift+E",
        window.sending.make_variations,
    )
    window.undo_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Undo"), keys.Undo, window.undo
    )
    window.undo_action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Take back the last stroke in the editor or deletion in the gallery"
        )
    )
    window.redo_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Redo"),
        keys.Redo,
        window.redo,
    )
    window.redo_action.setStatusTip(
        QCoreApplication.translate("MainWindow", "Do again the stroke taken back in the editor")
    )
    window.results_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Results"), "Alt+1", window.show_results
    )
    window.editor_action = _action(
        window, QCoreApplication.translate("MainWindow", "E&ditor"), "Alt+2", window.show_editor
    )
    window.gallery_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Gallery"), "Alt+3", window.show_gallery
    )
    window.batches_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Batches"), "Alt+4", window.show_batches
    )
    pages = (
        window.results_action,
        window.editor_action,
        window.gallery_action,
        window.batches_action,
    )
    views = QActionGroup(window)
    for view in pages:
        view.setCheckable(True)
        views.addAction(view)
    paste = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Paste image"),
        keys.Paste,
        images.paste_image,
    )
    quit_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Quit"), keys.Quit, window.close
    )
    zoom_in = _action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &in"),
        keys.ZoomIn,
        lambda: window.view.zoom_by(1.25),
    )
    zoom_out = _action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &out"),
        keys.ZoomOut,
        lambda: window.view.zoom_by(0.8),
    )
    fit = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Fit to window"),
        "Ctrl+0",
        lambda: window.view.fit(),
    )
    actual = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Actual size"),
        "Ctrl+1",
        lambda: window.view.actual_size(),
    )

    bar = window.menuBar()
    bar.addMenu(QCoreApplication.translate("MainWindow", "&File")).addActions(
        [open_edit, export, window.export_inside_action, quit_action]
    )
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([copy, paste])
    bar.addMenu(QCoreApplication.translate("MainWindow", "&Image")).addActions(
        [window.generate_action, window.cancel_action, window.edit_shown_action, window.vary_action]
    )
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions(list(pages))
    view_menu.addSeparator()
    view_menu.addActions([zoom_in, zoom_out, fit, actual])
    view_menu.addSeparator()
    for dock in window.findChildren(QDockWidget):
        view_menu.addAction(dock.toggleViewAction())
    providers = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Providers and API keys…"),
        keys.Preferences,
        window.open_providers,
    )
    demo = _action(
        window,
        QCoreApplication.translate("MainWindow", "Use the offline &demo server"),
        None,
        window.start_demo,
    )
    spending = _action(
        window,
        QCoreApplication.translate("MainWindow", "Spending &caps…"),
        None,
        window.open_spending,
    )
    appearance = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Appearance…"),
        None,
        lambda: _open_appearance(window),
    )
    bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings")).addActions(
        [providers, spending, appearance, demo]
    )
    bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")).addActions(
        [
            _action(
                window,
                QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                "Ctrl+/",
                window.open_shortcuts,
            ),
            _action(
                window,
                QCoreApplication.translate("MainWindow", "&About Studio"),
                None,
                lambda: _about(window),
            ),
        ]
    )

    tools = window.addToolBar(QCoreApplication.translate("MainWindow", "Tools"))
    tools.setObjectName("tools")
    tools.addActions([window.generate_action, window.cancel_action, export])
    tools.addSeparator()
    tools.addActions([*pages[:3], window.edit_shown_action])


def _open_appearance(window: MainWindow) -> None:
    from studio.ui.appearance_dialog import open_appearance_dialog  # loaded when first opened

    open_appearance_dialog(window, window.workspace.session, window.start)


def _about(window: QWidget) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Studio"),
        QCoreApplication.translate(
            "MainWindow",
            "<b>Studio {version}</b><p>A desktop image studio for the OpenAI Images API.</p>",
        ).format(version=__version__),
    )
