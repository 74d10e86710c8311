"""Light and dark: the window follows the desktop's colour scheme, live, unless the user chose
one (``settings.theme``), and one table says what hand-drawn parts are painted in for each.

Where the platform draws the scheme itself (Windows, macOS, a desktop with a Qt platform theme)
it is asked to, through ``QStyleHints.setColorScheme``. Where it cannot (plain X11, offscreen)
the window gets the Fusion style and a palette of our own, so dark really is dark.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

from studio.config.settings import THEMES

if TYPE_CHECKING:
    from studio.core import Session

__all__ = [
    "DARK",
    "LIGHT",
    "Colours",
    "ContrastStyle",
    "Legend",
    "ThemeFollower",
    "checkerboard",
    "colours",
    "contrast",
    "dark_palette",
    "is_dark",
    "light_palette",
    "mark_warning",
    "standard_icon",
]


@dataclass(frozen=True)
class Colours:
    """What is painted by hand, for one scheme."""

    #: Around the picture on the canvas, the editor, compare and the expansion preview.
    surround: QColor
    #: The two squares of the pattern behind transparency.
    checker_light: QColor
    checker_dark: QColor
    #: Lines drawn on the surround: the expanded canvas's frame.
    frame: QColor
    #: The edge of a control on the window or in a field: a check box, a radio button, a text
    #: field's frame (at least 3:1 against both, as WCAG asks of a control's parts).
    edge: QColor
    #: Text that warns: a prompt over its limit, broken content credentials.
    warning: QColor
    #: The gallery's marks in a cell's corner: a favourite's star, a missing file's sign.
    favourite: QColor
    missing: QColor
    #: Drawn over pictures, so the same in both: the mask's default colour, the seam,
    #: the compare split line and the outline pair (dark under light) of a selection.
    mask: QColor
    markup: QColor
    split: QColor
    outline_under: QColor
    outline_over: QColor


_OVER_PICTURES = {
    "mask": QColor(255, 40, 110),
    "markup": QColor(255, 200, 0),
    "split": QColor(255, 255, 255),
    "outline_under": QColor(0, 0, 0, 160),
    "outline_over": QColor(255, 255, 255),
}
LIGHT = Colours(
    surround=QColor(196, 196, 196),
    checker_light=QColor(204, 204, 204),
    checker_dark=QColor(153, 153, 153),
    frame=QColor(60, 60, 60),
    edge=QColor(112, 112, 112),
    warning=QColor(192, 57, 43),
    favourite=QColor(214, 150, 0),
    missing=QColor(200, 40, 40),
    **_OVER_PICTURES,
)
DARK = Colours(
    surround=QColor(30, 32, 34),
    checker_light=QColor(88, 88, 88),
    checker_dark=QColor(60, 60, 60),
    frame=QColor(230, 230, 230),
    edge=QColor(140, 146, 152),
    warning=QColor(255, 120, 105),
    favourite=QColor(255, 200, 0),
    missing=QColor(255, 110, 100),
    **_OVER_PICTURES,
)


def is_dark(palette: QPalette) -> bool:
    """Whether the window is dark. (Not told by its text, which a warning's style sets.)"""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette) -> Colours:
    """The table for the scheme ``palette`` (a widget's, as it paints) belongs to."""
    return DARK if is_dark(palette) else LIGHT


def checkerboard(palette: QPalette, size: int = 12) -> QBrush:
    """The pattern drawn behind transparency, in the scheme of ``palette``."""
    return _checkerboard(is_dark(palette), size)


@cache
def _checkerboard(dark: bool, size: int) -> QBrush:
    table = DARK if dark else LIGHT
    tile = QPixmap(size * 2, size * 2)
    tile.fill(table.checker_light)
    painter = QPainter(tile)
    painter.fillRect(0, 0, size, size, table.checker_dark)
    painter.fillRect(size, size, size, size, table.checker_dark)
    painter.end()
    return QBrush(tile)


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with the disabled group greyed and links readable."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for name, value in (
        # A field is clearly darker than the window it sits on (its edge is ContrastStyle's).
        (role.Window, "#31363b"),
        (role.WindowText, "#eff0f1"),
        (role.Base, "#151719"),
        (role.AlternateBase, "#232629"),
        # Amber, as light Fusion's is pale yellow: notices (which use it) stand out.
        (role.ToolTipBase, "#4a4024"),
        (role.ToolTipText, "#f6f0dc"),
        (role.PlaceholderText, "#9a9ea3"),
        (role.Text, "#eff0f1"),
        (role.Button, "#3b4045"),
        (role.ButtonText, "#eff0f1"),
        (role.BrightText, "#ffffff"),
        (role.Light, "#4a5057"),
        (role.Midlight, "#3c4146"),
        (role.Mid, "#202326"),
        (role.Dark, "#16181a"),
        (role.Shadow, "#0b0c0d"),
        (role.Highlight, "#3d8fd9"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#6cb8ff"),
        (role.LinkVisited, "#c39bff"),
        (role.Accent, "#3d8fd9"),
    ):
        palette.setColor(name, QColor(value))
    for name, value in (
        (role.WindowText, "#7f8388"),
        (role.Text, "#7f8388"),
        (role.ButtonText, "#7f8388"),
        (role.Highlight, "#4a5057"),
        (role.HighlightedText, "#b0b3b6"),
        (role.Base, "#24272a"),
        (role.Button, "#2d3135"),
        (role.Light, "#33383d"),
    ):
        palette.setColor(group.Disabled, name, QColor(value))
    return palette


#: The dynamic property that marks a label as warning (its colour follows the scheme).
_WARNING = "studioWarning"


def mark_warning(label: QLabel, on: bool, *, bold: bool = False) -> None:
    """Show ``label``'s text in the scheme's warning colour, or plainly."""
    label.setProperty(_WARNING, "bold" if on and bold else on)
    _style_warning(label)


def _style_warning(label: QLabel) -> None:
    marked = label.property(_WARNING)
    if not marked:
        label.setStyleSheet("")
        return
    weight = " font-weight: bold;" if marked == "bold" else ""
    # The application's palette: a widget's own may not have heard of a change yet.
    label.setStyleSheet(f"color: {colours(QApplication.palette()).warning.name()};{weight}")


class _SchemeIcon(QIconEngine):
    """A style's icon, its black glyphs (play, stop, cancel) drawn in the text colour when the
    window is dark, where black would vanish; coloured icons are left as they are."""

    def __init__(self, icon: QIcon) -> None:
        super().__init__()
        self._icon = icon

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self._icon.pixmap(size, scale, mode, state)
        palette = QApplication.palette()
        if pixmap.isNull() or not is_dark(palette) or not _black_glyph(pixmap.cacheKey(), pixmap):
            return pixmap
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else None
        colour = palette.color(group or QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        tinted = QPixmap(pixmap)
        painter = QPainter(tinted)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), colour)
        painter.end()
        return tinted

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF()
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._icon.actualSize(size, mode, state)

    def clone(self) -> QIconEngine:
        return _SchemeIcon(self._icon)


_glyphs: dict[int, bool] = {}


def _black_glyph(key: int, pixmap: QPixmap) -> bool:
    """Whether every visible pixel is a dark grey (a glyph, not a picture); kept per pixmap."""
    if key not in _glyphs:
        image = pixmap.toImage()
        visible = [
            image.pixelColor(x, y)
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if image.pixelColor(x, y).alpha() > 64
        ]
        _glyphs[key] = bool(visible) and all(
            c.hslSaturation() < 40 and c.lightness() < 140 for c in visible
        )
    return _glyphs[key]


def standard_icon(style: QStyle, which: QStyle.StandardPixmap) -> QIcon:
    """``style``'s standard icon, readable on a dark window too."""
    return QIcon(_SchemeIcon(style.standardIcon(which)))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


#: The style's own glyphs on the window's chrome: the toolbar's "»" and a dock's float and
#: close buttons, drawn black by Fusion.
_CHROME_GLYPHS = frozenset(
    {
        QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton,
        QStyle.StandardPixmap.SP_ToolBarVerticalExtensionButton,
        QStyle.StandardPixmap.SP_TitleBarNormalButton,
        QStyle.StandardPixmap.SP_TitleBarCloseButton,
        QStyle.StandardPixmap.SP_TitleBarMaxButton,
        QStyle.StandardPixmap.SP_TitleBarMinButton,
        QStyle.StandardPixmap.SP_DockWidgetCloseButton,
    }
)
_EDGED = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox: "box",
    QStyle.PrimitiveElement.PE_IndicatorRadioButton: "round",
    QStyle.PrimitiveElement.PE_FrameLineEdit: "field",
    QStyle.PrimitiveElement.PE_PanelButtonCommand: "box",
}
_EDGED_CONTROLS = {
    QStyle.ComplexControl.CC_SpinBox: "field",
    QStyle.ComplexControl.CC_ComboBox: "field",
}


class ContrastStyle(QProxyStyle):
    """Fusion, with the parts it draws faintly made visible in both schemes: check boxes,
    radio buttons and text fields get an edge of the scheme's ``edge`` colour (Fusion's own is
    the window's colour a little darker, under 2:1), and its black chrome glyphs turn light on a
    dark window."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("studio-contrast")

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        icon = super().standardIcon(standardIcon, option, widget)
        return QIcon(_SchemeIcon(icon)) if standardIcon in _CHROME_GLYPHS else icon

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        shape = _EDGED.get(element)
        if element == QStyle.PrimitiveElement.PE_Frame and isinstance(
            widget, QAbstractItemView | QPlainTextEdit | QTextEdit
        ):
            shape = "field"  # a list or a text box: a field too
        if shape is not None:
            _draw_edge(shape, option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        shape = _EDGED_CONTROLS.get(control)
        if shape is not None:
            _draw_edge(shape, option, painter)


def _draw_edge(shape: str, option: QStyleOption, painter: QPainter) -> None:
    """Outline ``option.rect`` in the scheme's edge colour (not a focused field's ring)."""
    if option.rect.width() < 4 or option.rect.height() < 4:
        return
    focused = option.state & QStyle.StateFlag.State_HasFocus
    if shape == "field" and focused:
        return  # Fusion rings the focused field in the highlight colour: keep that
    edge = colours(option.palette).edge
    if not option.state & QStyle.StateFlag.State_Enabled:
        edge = QColor(edge.red(), edge.green(), edge.blue(), 110)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # A circle's antialiased edge is fainter than a straight one: drawn a little wider.
    painter.setPen(QPen(edge, 1.25 if shape == "round" else 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if shape == "round":
        side = min(rect.width(), rect.height())
        rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.drawRoundedRect(rect, 2, 2)
    painter.restore()


class _Swatch(QWidget):
    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self.colour = colour
        self.setFixedSize(QSize(14, 14))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour)
        # Edged in the text colour so a swatch close to the window's own colour still shows.
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


class Legend(QWidget):
    """A key to what colours on a picture mean: a swatch and a word for each."""

    def __init__(self, entries: tuple[tuple[tuple[int, int, int], str], ...]) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        for rgb, text in entries:
            label = QLabel(text)
            row.addWidget(_Swatch(QColor(*rgb)))
            row.addWidget(label)
            row.addSpacing(8)
            self.labels.append(label)
        row.addStretch()


class ThemeFollower(QObject):
    """Applies ``choice`` ("system", "light" or "dark") to the application, and the system's
    scheme whenever it changes while the choice is "system". One per application: ``of()``.
    ``changed`` fires after the palette was applied."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("studio-theme")
        self._app = app
        self._choice = "system"
        self._native_style = app.style().name()
        #: The scheme applied last (Light or Dark).
        self.scheme = Qt.ColorScheme.Light
        self._applied = False
        app.styleHints().colorSchemeChanged.connect(self.system_changed)

    @classmethod
    def of(cls, app: QApplication | None = None) -> ThemeFollower:
        app = app or QApplication.instance()
        assert isinstance(app, QApplication)
        follower = app.findChild(ThemeFollower, "studio-theme")
        return follower if follower is not None else cls(app)

    def bind(self, session: Session) -> None:
        """Apply the session's saved choice now and whenever the settings change."""
        self.set_choice(session.settings.theme)
        session.settings_changed.connect(lambda: self.set_choice(session.settings.theme))

    @property
    def choice(self) -> str:
        return self._choice

    def set_choice(self, choice: str) -> None:
        if choice not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}")
        if choice != self._choice or not self._applied:
            self._choice = choice
            self.apply()

    def system_changed(self, scheme: Qt.ColorScheme) -> None:
        # A manual choice stands whatever the desktop does.
        if self._choice == "system":
            self.apply(system=scheme)

    def wanted(self, system: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
        if self._choice != "system":
            return Qt.ColorScheme.Dark if self._choice == "dark" else Qt.ColorScheme.Light
        system = self._app.styleHints().colorScheme() if system is None else system
        return Qt.ColorScheme.Dark if system == Qt.ColorScheme.Dark else Qt.ColorScheme.Light

    def apply(self, system: Qt.ColorScheme | None = None) -> None:
        hints = self._app.styleHints()
        requested = Qt.ColorScheme.Unknown
        if self._choice != "system":
            requested = self.wanted()
        hints.setColorScheme(requested)
        wanted = self.wanted(system)
        native = hints.colorScheme() == wanted
        if native:
            # The platform draws the scheme: its own style and palette.
            if self._app.style().name() != self._native_style:
                self._app.setStyle(self._native_style)
            self._app.setPalette(QPalette())
        if not native or is_dark(self._app.palette()) != (wanted == Qt.ColorScheme.Dark):
            if not isinstance(self._app.style(), ContrastStyle):
                self._app.setStyle(ContrastStyle())
            dark = wanted == Qt.ColorScheme.Dark
            self._app.setPalette(dark_palette() if dark else light_palette())
        self.scheme = wanted
        self._applied = True
        for label in self._app.allWidgets():
            if isinstance(label, QLabel) and label.property(_WARNING):
                _style_warning(label)
        self.changed.emit()
