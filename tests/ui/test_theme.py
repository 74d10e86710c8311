"""Light and dark: the saved choice, the system followed live, and what is painted by hand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio.config import KeyStore, Paths, SettingsFile
from studio.core import Session
from studio.ui import MainWindow
from studio.ui.appearance_dialog import AppearanceDialog
from studio.ui.notices import CompareBar
from studio.ui.theme import DARK, LIGHT, ThemeFollower, contrast, is_dark, mark_warning
from tests.ui.conftest import choose, gone, until


@pytest.fixture(autouse=True)
def light_again() -> Iterator[None]:
    """The application outlives a test: leave it as the next window expects it."""
    yield
    follower = ThemeFollower.of()
    follower.set_choice("system")
    follower.apply(system=Qt.ColorScheme.Light)


def window_colour() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def surround(widget: QWidget) -> tuple[int, int, int]:
    """The colour a user sees in the canvas's corner, away from any picture."""
    colour = widget.grab().toImage().pixelColor(3, 3)
    return colour.red(), colour.green(), colour.blue()


def rgb(colour: object) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()  # type: ignore[attr-defined]


def saved() -> tuple[str, str]:
    settings = SettingsFile(Paths.from_environment().settings_file).load().settings
    return settings.theme, settings.language


async def test_the_saved_choice_applies_to_the_window_and_its_canvas(
    window: tuple[MainWindow, Session],
) -> None:
    main, session = window
    assert not is_dark(QApplication.palette())  # offscreen knows no scheme: light
    assert surround(main.canvas) == rgb(LIGHT.surround)
    await session.apply(replace(session.settings, theme="dark"), {})
    assert saved()[0] == "dark"
    assert is_dark(QApplication.palette())
    assert window_colour() < 80
    assert is_dark(main.canvas.palette())
    assert surround(main.canvas) == rgb(DARK.surround)
    assert surround(main.editor.canvas) == rgb(DARK.surround)
    await session.apply(replace(session.settings, theme="light"), {})
    assert window_colour() > 200
    assert surround(main.canvas) == rgb(LIGHT.surround)


def test_the_system_scheme_is_followed_live_only_when_the_choice_is_system(qtbot: QtBot) -> None:
    follower = ThemeFollower.of()
    follower.set_choice("system")
    follower.system_changed(Qt.ColorScheme.Dark)
    assert is_dark(QApplication.palette())
    assert follower.scheme == Qt.ColorScheme.Dark
    follower.system_changed(Qt.ColorScheme.Light)
    assert not is_dark(QApplication.palette())
    follower.set_choice("light")
    follower.system_changed(Qt.ColorScheme.Dark)
    assert not is_dark(QApplication.palette())
    follower.set_choice("dark")
    follower.system_changed(Qt.ColorScheme.Light)
    assert is_dark(QApplication.palette())


def test_a_warning_keeps_its_colour_readable_when_the_scheme_changes(qtbot: QtBot) -> None:
    follower = ThemeFollower.of()
    follower.set_choice("light")
    label = QLabel("Too long")
    qtbot.addWidget(label)
    mark_warning(label, True)
    assert LIGHT.warning.name() in label.styleSheet()
    follower.set_choice("dark")
    assert DARK.warning.name() in label.styleSheet()
    assert DARK.warning != LIGHT.warning
    mark_warning(label, False)
    assert label.styleSheet() == ""


async def test_the_appearance_dialog_previews_the_theme_and_saves_both_fields(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main, session = window
    (action,) = [a for a in main.findChildren(QAction) if a.text() == "&Appearance…"]
    action.trigger()
    dialog = main.findChild(AppearanceDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert "next time Studio starts" in dialog.language_note.text()
    choose(dialog.theme, "dark")
    assert is_dark(QApplication.palette())  # seen at once, before saving
    choose(dialog.language, "zh_CN")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    await until(lambda: gone(dialog))  # once saved
    assert session.settings.theme == "dark"
    assert saved() == ("dark", "zh_CN")
    assert is_dark(QApplication.palette())

    action.trigger()
    await until(lambda: main.findChild(AppearanceDialog) is not None)
    dialog = next(d for d in main.findChildren(AppearanceDialog) if d.isVisible())
    assert dialog.chosen_language() == "zh_CN"
    choose(dialog.theme, "light")
    assert not is_dark(QApplication.palette())
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )  # back to what was saved
    assert is_dark(QApplication.palette())
    assert saved() == ("dark", "zh_CN")


def test_the_language_override_is_named_in_the_dialog(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("STUDIO_LANGUAGE", "de")
    settings_file = SettingsFile(Paths.from_environment().settings_file)
    session = Session(settings_file, KeyStore(), settings_file.load())
    dialog = AppearanceDialog(session, lambda work: work.close())
    qtbot.addWidget(dialog)
    assert "STUDIO_LANGUAGE" in dialog.language_note.text()


def brightest(icon: QIcon) -> int:
    image = icon.pixmap(QSize(24, 24)).toImage()
    return max(
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 64
    )


async def test_black_toolbar_glyphs_turn_light_on_a_dark_window(
    window: tuple[MainWindow, Session],
) -> None:
    main, session = window
    icon = main.generate_action.icon()
    assert brightest(icon) < 100  # the style's black triangle, on a light window
    await session.apply(replace(session.settings, theme="dark"), {})
    assert brightest(icon) > 200


def test_the_heat_map_has_a_legend_while_it_shows(qtbot: QtBot) -> None:
    bar = CompareBar()
    qtbot.addWidget(bar)
    bar.present(0.004)
    assert not bar.heat_legend.isVisibleTo(bar)
    qtbot.mouseClick(bar.show_heat, Qt.MouseButton.LeftButton)
    assert bar.heat_legend.isVisibleTo(bar)
    assert [label.text() for label in bar.heat_legend.labels] == ["changed outside the mask"]
    bar.present(0.01)  # the next edit starts without it
    assert not bar.heat_legend.isVisibleTo(bar)


def _most_contrast(widget: QWidget, rect: QRect | None = None) -> float:
    """The strongest contrast any pixel of ``widget`` (within ``rect``) makes with the window
    colour behind it: how visible its faintest-drawn part can be at best."""
    image = widget.grab().toImage()
    area = rect or image.rect()
    window = widget.palette().color(QPalette.ColorRole.Window)
    return max(
        contrast(image.pixelColor(x, y), window)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_palettes_give_text_and_controls_enough_contrast(scheme: str) -> None:
    ThemeFollower.of().set_choice(scheme)
    palette = QApplication.palette()
    table = DARK if scheme == "dark" else LIGHT
    role = QPalette.ColorRole

    def of(which: QPalette.ColorRole) -> QColor:
        return palette.color(which)

    assert contrast(of(role.WindowText), of(role.Window)) >= 4.5
    assert contrast(of(role.Text), of(role.Base)) >= 4.5
    assert contrast(of(role.ButtonText), of(role.Button)) >= 4.5
    assert contrast(of(role.PlaceholderText), of(role.Base)) >= 4.5
    # A control's edge shows on the window and inside a field (WCAG 1.4.11: 3:1).
    assert contrast(table.edge, of(role.Window)) >= 3
    assert contrast(table.edge, of(role.Base)) >= 3
    if scheme == "dark":
        # A text field is visibly darker than the window it sits on.
        assert contrast(of(role.Window), of(role.Base)) >= 1.4


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_standard_control_stands_out_from_the_window(qtbot: QtBot, scheme: str) -> None:
    ThemeFollower.of().set_choice(scheme)
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = QToolBar()
    for n in range(12):
        toolbar.addAction(QAction(f"Action {n}", window))
    window.addToolBar(toolbar)
    page = QWidget()
    column = QVBoxLayout(page)
    check, radio, field = QCheckBox("Values are a table"), QRadioButton("Split"), QLineEdit()
    for widget in (check, radio, field, QSpinBox()):
        column.addWidget(widget)
    window.setCentralWidget(page)
    dock = QDockWidget("Jobs")
    dock.setWidget(QLabel("jobs"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(420, 300)
    window.show()
    qtbot.waitExposed(window)

    option = QStyleOptionButton()
    option.initFrom(check)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    option.initFrom(radio)
    dot = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None
    assert extension.isVisible()
    close = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    floating = dock.findChild(QAbstractButton, "qt_dockwidget_floatbutton")
    for name, widget, rect in (
        ("unchecked box", check, box),
        ("radio button", radio, dot),
        ("text field", field, None),
        ("toolbar's »", extension, None),
        ("dock's close", close, None),
        ("dock's float", floating, None),
    ):
        assert _most_contrast(widget, rect) >= 3, name
