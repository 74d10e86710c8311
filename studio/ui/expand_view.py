"""Expanding the canvas in the editor: the picture on the canvas it grows to (drag the picture to
place it, drag the canvas's edges to size it) and the panel of sizes, ratios and anchors.

Both edit the ``EditSession``'s expansion; what the model will get (its nearest accepted size,
the seam) is worked out by ``imaging.plan_expansion`` and shown back as ``set_plan``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from studio.core.edit_session import EditSession, ExpansionChoice
from studio.imaging import Anchor, DisplayPixels, Expansion
from studio.ui.pixels import frame_image
from studio.ui.theme import checkerboard, colours

__all__ = ["RATIOS", "ExpandPanel", "ExpandView", "initial_choice"]

#: Where the picture may sit on the canvas, in words (translated where shown).
_ANCHOR_TEXT = {
    Anchor.CENTER: QT_TRANSLATE_NOOP("ExpandPanel", "centre"),
    Anchor.LEFT: QT_TRANSLATE_NOOP("ExpandPanel", "left"),
    Anchor.RIGHT: QT_TRANSLATE_NOOP("ExpandPanel", "right"),
    Anchor.TOP: QT_TRANSLATE_NOOP("ExpandPanel", "top"),
    Anchor.BOTTOM: QT_TRANSLATE_NOOP("ExpandPanel", "bottom"),
    Anchor.TOP_LEFT: QT_TRANSLATE_NOOP("ExpandPanel", "top left"),
    Anchor.TOP_RIGHT: QT_TRANSLATE_NOOP("ExpandPanel", "top right"),
    Anchor.BOTTOM_LEFT: QT_TRANSLATE_NOOP("ExpandPanel", "bottom left"),
    Anchor.BOTTOM_RIGHT: QT_TRANSLATE_NOOP("ExpandPanel", "bottom right"),
}
#: Widget pixels either side of a canvas edge that pick it up.
_GRAB = 8
_MARGIN = 24
#: The largest canvas side offered: a little beyond the largest size any model makes.
MAX_SIDE = 8192
RATIOS: tuple[tuple[str, tuple[int, int] | None], ...] = (
    (QT_TRANSLATE_NOOP("ExpandPanel", "Free"), None),
    ("1:1", (1, 1)),
    ("4:3", (4, 3)),
    ("3:4", (3, 4)),
    ("3:2", (3, 2)),
    ("2:3", (2, 3)),
    ("16:9", (16, 9)),
    ("9:16", (9, 16)),
    ("2:1", (2, 1)),
    ("1:2", (1, 2)),
    ("3:1", (3, 1)),
    ("1:3", (1, 3)),
)
_ANCHOR_GRID = (
    (Anchor.TOP_LEFT, "↖"),
    (Anchor.TOP, "↑"),
    (Anchor.TOP_RIGHT, "↗"),
    (Anchor.LEFT, "←"),
    (Anchor.CENTER, "•"),
    (Anchor.RIGHT, "→"),
    (Anchor.BOTTOM_LEFT, "↙"),
    (Anchor.BOTTOM, "↓"),
    (Anchor.BOTTOM_RIGHT, "↘"),
)


def initial_choice(width: int, height: int) -> ExpansionChoice:
    """Half as wide again, the picture in the middle: a start to drag from."""
    return ExpansionChoice(width + width // 2, height)


def ratio_canvas(picture: tuple[int, int], ratio: tuple[int, int]) -> tuple[int, int]:
    """The smallest canvas of ``ratio`` that holds the picture."""
    width, height = picture
    if width * ratio[1] >= height * ratio[0]:
        return width, max(height, round(width * ratio[1] / ratio[0]))
    return max(width, round(height * ratio[0] / ratio[1])), height


def _place(choice: ExpansionChoice, picture: tuple[int, int]) -> tuple[int, int]:
    """The picture's top-left corner on the wanted canvas."""
    spare = (choice.width - picture[0], choice.height - picture[1])
    if choice.offset is None:
        return choice.anchor.place((choice.width, choice.height), picture)
    return (
        min(max(choice.offset[0], 0), spare[0]),
        min(max(choice.offset[1], 0), spare[1]),
    )


class ExpandView(QWidget):
    """The wanted canvas fitted to the widget, the picture on it, the seam dashed inside the
    picture's edges that meet new area, and the size the model will get written below."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Expanded canvas"))
        self.setMouseTracking(True)
        self.setMinimumHeight(100)  # as the painting canvas: room for the panels
        self._session = session
        self._frame: DisplayPixels | None = None
        self._picture: tuple[int, int] = (1, 1)
        self._plan: Expansion | None = None
        #: While dragging: what ("picture" or an edge), where it started, the choice then,
        #: and the scale then (kept, so the canvas does not refit under the pointer).
        self._drag: tuple[str, QPointF, ExpansionChoice, float] | None = None
        session.expansion_changed.connect(self.update)

    def set_picture(self, frame: DisplayPixels) -> None:
        self._frame = frame
        self._image = frame_image(frame)
        self._picture = (frame.full_width or frame.width, frame.full_height or frame.height)
        self.update()

    def set_plan(self, plan: Expansion | None) -> None:
        self._plan = plan
        self.update()

    # -- geometry ---------------------------------------------------------------------------

    def _scale(self) -> float:
        choice = self._session.expansion
        if choice is None:
            return 1.0
        room_w = max(1, self.width() - 2 * _MARGIN)
        room_h = max(1, self.height() - 2 * _MARGIN - 20)
        return min(room_w / choice.width, room_h / choice.height)

    def _canvas_rect(self, scale: float | None = None) -> QRectF:
        choice = self._session.expansion
        if choice is None:
            return QRectF()
        if self._drag is not None:
            scale = self._drag[3]
        scale = self._scale() if scale is None else scale
        width, height = choice.width * scale, choice.height * scale
        return QRectF((self.width() - width) / 2, (self.height() - 20 - height) / 2, width, height)

    def canvas_rect(self) -> QRectF:
        """Where the wanted canvas is drawn on the widget (for tests and scripts)."""
        return self._canvas_rect()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn on the widget."""
        choice = self._session.expansion
        if choice is None:
            return QRectF()
        canvas = self._canvas_rect()
        scale = canvas.width() / choice.width
        x, y = _place(choice, self._picture)
        return QRectF(
            canvas.x() + x * scale,
            canvas.y() + y * scale,
            self._picture[0] * scale,
            self._picture[1] * scale,
        )

    def _grabbed(self, position: QPointF) -> str | None:
        canvas = self._canvas_rect()
        if canvas.isEmpty():
            return None
        near_y = canvas.top() - _GRAB <= position.y() <= canvas.bottom() + _GRAB
        near_x = canvas.left() - _GRAB <= position.x() <= canvas.right() + _GRAB
        if near_y and abs(position.x() - canvas.left()) <= _GRAB:
            return "left"
        if near_y and abs(position.x() - canvas.right()) <= _GRAB:
            return "right"
        if near_x and abs(position.y() - canvas.top()) <= _GRAB:
            return "top"
        if near_x and abs(position.y() - canvas.bottom()) <= _GRAB:
            return "bottom"
        if self.picture_rect().contains(position):
            return "picture"
        return None

    # -- input ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        choice = self._session.expansion
        grabbed = self._grabbed(event.position())
        if event.button() != Qt.MouseButton.LeftButton or choice is None or grabbed is None:
            return
        self._drag = (grabbed, event.position(), choice, self._scale())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            grabbed = self._grabbed(event.position())
            cursors = {
                "left": Qt.CursorShape.SizeHorCursor,
                "right": Qt.CursorShape.SizeHorCursor,
                "top": Qt.CursorShape.SizeVerCursor,
                "bottom": Qt.CursorShape.SizeVerCursor,
                "picture": Qt.CursorShape.SizeAllCursor,
            }
            if grabbed is None:
                self.unsetCursor()
            else:
                self.setCursor(cursors[grabbed])
            return
        what, start, before, scale = self._drag
        delta = (event.position() - start) / scale
        dx, dy = round(delta.x()), round(delta.y())
        x, y = _place(before, self._picture)
        width, height = before.width, before.height
        pw, ph = self._picture
        if what == "picture":
            x, y = x + dx, y + dy
        elif what == "left":
            grown = min(max(-dx, -x), MAX_SIDE - width)  # never inside the picture
            width, x = width + grown, x + grown
        elif what == "right":
            width = min(max(width + dx, x + pw), MAX_SIDE)
        elif what == "top":
            grown = min(max(-dy, -y), MAX_SIDE - height)
            height, y = height + grown, y + grown
        else:
            height = min(max(height + dy, y + ph), MAX_SIDE)
        x, y = min(max(x, 0), width - pw), min(max(y, 0), height - ph)
        self._session.expansion = ExpansionChoice(width, height, before.anchor, (x, y), before.seam)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self.update()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        table = colours(self.palette())
        painter.fillRect(self.rect(), table.surround)
        choice = self._session.expansion
        if choice is None or self._frame is None:
            return
        canvas = self._canvas_rect()
        painter.fillRect(canvas, checkerboard(self.palette()))
        picture = self.picture_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(picture, self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(table.frame, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(canvas)
        plan = self._plan
        if plan is not None and plan.seam > 0:
            self._paint_seam(painter, picture, plan)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(
            QRectF(0, self.height() - 22, self.width(), 20),
            Qt.AlignmentFlag.AlignCenter,
            self.summary(),
        )

    def _paint_seam(self, painter: QPainter, picture: QRectF, plan: Expansion) -> None:
        # Drawn on the canvas as laid out here (the one sent may be another shape).
        seam = plan.seam * picture.width() / max(1, plan.box[2])
        canvas = self._canvas_rect()
        left, top = picture.left() > canvas.left() + 0.5, picture.top() > canvas.top() + 0.5
        right = picture.right() < canvas.right() - 0.5
        bottom = picture.bottom() < canvas.bottom() - 0.5
        inner = picture.adjusted(
            seam if left else 0, seam if top else 0, -seam if right else 0, -seam if bottom else 0
        )
        painter.setPen(QPen(colours(self.palette()).mask, 1.5, Qt.PenStyle.DashLine))
        painter.drawRect(inner)

    def summary(self) -> str:
        """What is sent, in a line."""
        choice, plan = self._session.expansion, self._plan
        if choice is None:
            return ""
        wanted = self.tr("Canvas {w}x{h}").format(w=choice.width, h=choice.height)
        if plan is None:
            return wanted
        sent = self.tr("sends {w}x{h}").format(w=plan.canvas[0], h=plan.canvas[1])
        if plan.canvas != (choice.width, choice.height):
            sent += self.tr(" (the nearest size the model accepts)")
        if plan.box[2] != self._picture[0]:
            sent += self.tr(", picture at {p}%").format(
                p=round(100 * plan.box[2] / self._picture[0])
            )
        return f"{wanted} — {sent}"


class ExpandPanel(QWidget):
    """Width, height, a ratio, the anchor and the seam of the expanded canvas."""

    closed = Signal()

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._picture: tuple[int, int] = (1, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        self.width_box = self._side(self.tr("Canvas width"))
        self.height_box = self._side(self.tr("Canvas height"))
        self.ratio = QComboBox()
        self.ratio.setAccessibleName(self.tr("Canvas ratio"))
        for text, _ in RATIOS:
            self.ratio.addItem(self.tr(text))
        self.ratio.setToolTip(self.tr("The smallest canvas of this shape that holds the picture"))
        self.ratio.activated.connect(self._ratio_chosen)
        anchors = QGridLayout()
        anchors.setSpacing(0)
        self.anchor_buttons: dict[Anchor, QToolButton] = {}
        for index, (anchor, arrow) in enumerate(_ANCHOR_GRID):
            button = QToolButton(text=arrow, checkable=True, autoExclusive=True)
            where = self.tr(_ANCHOR_TEXT[anchor])
            button.setAccessibleName(self.tr("Picture at {where}").format(where=where))
            button.setToolTip(self.tr("Keep the picture at the {where}").format(where=where))
            button.setFixedSize(22, 22)
            button.clicked.connect(lambda _=False, a=anchor: self._anchor_chosen(a))
            anchors.addWidget(button, index // 3, index % 3)
            self.anchor_buttons[anchor] = button
        self.seam = QSpinBox(suffix=" px")
        self.seam.setRange(0, 256)
        self.seam.setAccessibleName(self.tr("Seam"))
        self.seam.setToolTip(
            self.tr("How far the edit may reach into the picture, blending into it")
        )
        self.seam.valueChanged.connect(self._seam_edited)
        self.sent = QLabel(wordWrap=True)
        self.sent.setAccessibleName(self.tr("Size sent"))
        # Long sentences wrap rather than widen the window.
        self.sent.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for widget in (
            QLabel(self.tr("Canvas")),
            self.width_box,
            QLabel("x"),
            self.height_box,
            self.ratio,
        ):
            row.addWidget(widget)
        row.addLayout(anchors)
        row.addWidget(QLabel(self.tr("Seam")))
        row.addWidget(self.seam)
        row.addWidget(self.sent, 1)
        done = QToolButton(text=self.tr("Stop expanding"))
        done.setToolTip(self.tr("Back to painting a mask on the picture as it is"))
        done.clicked.connect(self.closed)
        row.addWidget(done)
        session.expansion_changed.connect(self._show)

    def _side(self, name: str) -> QSpinBox:
        box = QSpinBox(suffix=" px")
        box.setRange(1, MAX_SIDE)
        box.setAccessibleName(name)
        box.setKeyboardTracking(False)
        box.valueChanged.connect(self._size_edited)
        return box

    def set_picture(self, width: int, height: int) -> None:
        self._picture = (width, height)
        self.width_box.setMinimum(width)
        self.height_box.setMinimum(height)

    def set_sent(self, text: str) -> None:
        self.sent.setText(text)

    def _show(self, choice: ExpansionChoice | None) -> None:
        if choice is None:
            return
        for box, value in (
            (self.width_box, choice.width),
            (self.height_box, choice.height),
            (self.seam, choice.seam),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        for anchor, button in self.anchor_buttons.items():
            button.setChecked(choice.offset is None and anchor is choice.anchor)
        if choice.offset is not None:
            # A dragged picture is at no anchor: clear the exclusive group's choice.
            for button in self.anchor_buttons.values():
                button.setAutoExclusive(False)
                button.setChecked(False)
                button.setAutoExclusive(True)

    def _edit(self, **changes: object) -> None:
        choice = self._session.expansion
        if choice is None:
            return
        values = {
            "width": choice.width,
            "height": choice.height,
            "anchor": choice.anchor,
            "offset": choice.offset,
            "seam": choice.seam,
        } | changes
        self._session.expansion = ExpansionChoice(**values)  # type: ignore[arg-type]

    def _size_edited(self) -> None:
        self.ratio.setCurrentIndex(0)
        self._edit(width=self.width_box.value(), height=self.height_box.value())

    def _ratio_chosen(self, index: int) -> None:
        ratio = RATIOS[index][1]
        if ratio is not None:
            width, height = ratio_canvas(self._picture, ratio)
            self._edit(width=width, height=height)

    def _anchor_chosen(self, anchor: Anchor) -> None:
        self._edit(anchor=anchor, offset=None)

    def _seam_edited(self, value: int) -> None:
        self._edit(seam=value)
