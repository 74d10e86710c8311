"""What a screen reader finds: every interactive element of each page and dialog has a name
(walked through the QAccessible tree as an assistive technology does), images are named by
their prompt, gallery cells by their revised prompt or prompt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from bench.seeding import seed
from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult
from studio.config import Paths
from studio.gallery import GalleryStore, Outcome
from studio.ui.canvas import Canvas
from studio.ui.providers_dialog import ProvidersDialog
from studio.ui.spending_dialog import SpendingDialog
from tests.images import png
from tests.ui.conftest import Workspace, finished, type_prompt, until

Role = QAccessible.Role
#: What a person acts on: each needs a name to be told apart.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.Slider,
    Role.SpinBox,
    Role.Dial,
    Role.List,
    Role.ListItem,
    Role.Table,
    Role.Cell,
    Role.Tree,
    Role.TreeItem,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ButtonDropGrid,
    Role.PageTab,
    Role.Link,
    Role.HotkeyField,
    Role.Graphic,
}


def name_of(element: QAccessibleInterface) -> str:
    name = element.text(QAccessible.Text.Name).strip()
    if element.role() == Role.ComboBox:
        # On Linux a combo box's Name is its current text; its own name is the widget's, or
        # the label that labels it (a relation).
        widget = element.object()
        labels = element.relations(QAccessible.RelationFlag.Label)
        name = (widget.accessibleName() if isinstance(widget, QWidget) else "") or (
            labels[0][0].text(QAccessible.Text.Name) if labels else ""
        )
    return name


def unnamed(root: QWidget) -> list[str]:
    """Each interactive element under ``root`` without a name, with the path to it."""
    found: list[str] = []

    def walk(element: QAccessibleInterface, path: str) -> None:
        for n in range(element.childCount()):
            child = element.child(n)
            if child is None or not child.isValid() or child.state().invisible:
                continue  # hidden: not there for a screen reader either
            role, name = child.role(), name_of(child)
            target = child.object()
            focusable = (
                isinstance(target, QWidget)
                and target.focusPolicy() != target.focusPolicy().NoFocus
                and role in (Role.Client, Role.Canvas, Role.Pane)
            )
            if (role in INTERACTIVE or focusable) and not name:
                found.append(f"{path}/{role.name} ({type(target).__name__})")
            walk(child, f"{path}/{name[:24] or role.name}")

    walk(QAccessible.queryAccessibleInterface(root), type(root).__name__)
    for menu in root.findChildren(QMenu):
        if menu.parentWidget() is root or menu.window() is not root:
            walk(QAccessible.queryAccessibleInterface(menu), f"menu {menu.title()}")
    return found


def assert_named(root: QWidget, page: str) -> None:
    missing = unnamed(root)
    assert not missing, f"{page}: " + "\n".join(missing)


@pytest.fixture
def gallery_of_forty() -> None:
    seed(Paths.from_environment().data, 40)


async def test_every_page_and_dialog_names_what_can_be_used(
    gallery_of_forty: None, workspace: Workspace, qtbot: QtBot
) -> None:
    window, _session, queue = workspace
    type_prompt(window, qtbot, "a lighthouse at dusk")
    window.generate_action.trigger()
    await finished(queue)
    await until(lambda: window.canvas.pictures)
    assert_named(window, "results")
    assert window.canvas.accessibleName() == "a lighthouse at dusk"  # the image, by its prompt

    window.edit_shown_action.trigger()
    await until(lambda: window.editor.canvas.layer is not None)
    assert window.editor.canvas.accessibleName() == "Painting canvas"
    assert "Arrow keys move a brush cursor" in window.editor.canvas.accessibleDescription()
    assert_named(window, "editor")

    window.show_gallery()
    gallery = window.gallery
    await until(lambda: gallery.model.rowCount() >= 40 and not gallery.model.fetching)
    assert gallery.view.accessibleName() == "Gallery images"
    gallery.view.setFocus()
    gallery.view.setCurrentIndex(gallery.model.index(0))
    qtbot.keyClick(gallery.view, Qt.Key.Key_Right)  # a person moves to the second cell
    await until(lambda: gallery.details.isVisible())
    assert_named(window, "gallery")
    # The cell moved to is read out: the model's accessible text and description
    cell = gallery.model.index(1)
    grid = QAccessible.queryAccessibleInterface(gallery.view)
    assert grid.text(QAccessible.Text.Name) == cell.data(Qt.ItemDataRole.AccessibleTextRole)
    description = grid.text(QAccessible.Text.Description)
    assert description.startswith(cell.data(Qt.ItemDataRole.AccessibleDescriptionRole))
    assert description.endswith("number 2 in Gallery images")

    window.show_batches()
    assert_named(window, "batch")

    window.open_providers()
    providers = window.findChild(ProvidersDialog)
    assert providers is not None
    await until(providers.isVisible)
    assert_named(providers, "providers dialog")
    providers.reject()

    window.open_spending()
    await until(lambda: window.findChild(SpendingDialog) is not None)
    spending = window.findChild(SpendingDialog)
    assert isinstance(spending, QDialog)
    assert_named(spending, "spending dialog")
    spending.reject()


SAID = "a small red fox sitting in fresh snow at dawn"


@pytest.fixture
def revised_and_plain() -> None:
    """Two images of the prompt "fox": the newest with a revised prompt, the other without."""
    store = GalleryStore(Paths.from_environment().data)
    ask = ImageRequest(Endpoint.GENERATIONS, "fox", model="gpt-image-1.5")
    for revised in (None, SAID):
        result = ImagesResult(images=(GeneratedImage(png(96, 64), "png", revised),))
        store.save(Outcome.of(ask, result, provider="OpenAI"))
    store.close()


async def test_a_shown_gallery_image_is_named_by_its_revised_prompt(
    revised_and_plain: None, workspace: Workspace
) -> None:
    window = workspace[0]
    window.show_gallery()
    gallery = window.gallery
    await until(lambda: gallery.model.rowCount() == 2 and not gallery.model.fetching)
    index = gallery.model.index(0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == SAID  # the cell
    assert gallery.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole) == "fox"
    gallery.view.setCurrentIndex(index)
    gallery.view.doubleClicked.emit(index)
    await until(lambda: window.canvas.pictures)
    await until(lambda: window.canvas.accessibleName() == SAID)  # the image shown


def test_a_long_prompt_names_an_image_by_its_start(qtbot: QtBot) -> None:
    canvas = Canvas()
    qtbot.addWidget(canvas)
    assert canvas.accessibleName() == "Canvas"
    canvas.show_cells(2)
    assert canvas.accessibleName() == "Image"  # none of its images is named yet
    canvas.name_cell(0, "a lighthouse\nat dusk " + "and more " * 4000)
    canvas.name_cell(1, "a second one")
    name = canvas.accessibleName()
    assert name.startswith("a lighthouse at dusk and more")
    assert len(name) == 200
    assert "Image 1 of 2 chosen" in canvas.accessibleDescription()
    canvas.select_cell(1)
    assert canvas.accessibleName() == "a second one"
    assert "Image 2 of 2 chosen" in canvas.accessibleDescription()


def test_the_arrows_choose_an_image_of_a_grid(qtbot: QtBot) -> None:
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.show_cells(4)  # two rows of two
    chosen: list[int] = []
    canvas.cell_clicked.connect(chosen.append)
    canvas.cell_clicked.connect(canvas.select_cell)  # as the window's workspace does
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(canvas, key)
    assert chosen == [1]  # nothing left of or above the first; nothing right of the second
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert chosen == [1, 3, 2]
    assert "Image 3 of 4 chosen" in canvas.accessibleDescription()
