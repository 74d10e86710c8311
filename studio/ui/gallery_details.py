"""Everything known about one gallery image: a large preview, the prompt, every parameter,
usage and cost, provenance, editable tags and notes, and its lineage as thumbnails to follow."""

from __future__ import annotations

import datetime
import json
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core import ImageDetails
from studio.core.locale_format import (
    format_count,
    format_datetime,
    format_money,
    format_number,
    format_size,
)
from studio.gallery import Credentials, ImageRecord, Kind, Validity
from studio.ui.elided_label import ElidedLabel
from studio.ui.flow_layout import FlowLayout
from studio.ui.picture import PictureView
from studio.ui.pixels import frame_image
from studio.ui.theme import mark_warning

__all__ = ["DetailsPane"]

_PREVIEW = 320
_RELATED = 64


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # The pane's width decides where the text wraps, not the text the pane's width; and the
    # label is as tall as its wrapped lines (a policy without height-for-width cut them).
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


def _value(text: str) -> QLabel:
    """A value of the facts: words wrap; one long word (a model name, a request id, a hash)
    is shortened with an ellipsis when it does not fit, whole in its tooltip."""
    if len(text.split()) > 1:
        return _selectable(text)
    return ElidedLabel(text)


def _moment(stamp: str) -> str:
    """An ISO 8601 time from a manifest in local time, as the pane's other dates; as written
    when it is not one."""
    try:
        moment = datetime.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return format_datetime(moment)


class DetailsPane(QScrollArea):
    """``open_requested(image_id)`` when a parent or child is clicked; ``tags_edited`` and
    ``notes_edited`` carry the user's changes to keep."""

    open_requested = Signal(int)
    tags_edited = Signal(int, list)
    notes_edited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(180)
        self.setAccessibleName(self.tr("Image details"))
        self.record: ImageRecord | None = None
        body = QWidget()
        column = QVBoxLayout(body)
        self.empty = QLabel(
            self.tr("Select an image to see everything about it."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self.preview = PictureView()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.no_preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.prompt = _selectable()
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.revised = _selectable()
        self.revised.setAccessibleName(self.tr("Revised prompt"))
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.credentials = _selectable()
        self.credentials.setAccessibleName(self.tr("Content credentials"))
        self.credential_facts = QFormLayout()
        self.credential_facts.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self.tags = QLineEdit(placeholderText=self.tr("tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.editingFinished.connect(self._tags_done)
        self.notes = QPlainTextEdit(placeholderText=self.tr("Notes"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        self._notes_timer = QTimer(self, singleShot=True, interval=600)
        self._notes_timer.timeout.connect(self._notes_done)
        self.notes.textChanged.connect(self._notes_timer.start)
        # Thumbnails wrap onto more rows: twelve in a row would widen the pane past its dock.
        self.parents_row = FlowLayout()
        self.children_row = FlowLayout()
        self.parents_label = QLabel(self.tr("<b>Made from</b>"))
        self.children_label = QLabel(self.tr("<b>Used for</b>"))
        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.preview)
        inner.addWidget(self.no_preview)
        inner.addWidget(QLabel(self.tr("<b>Prompt</b>")))
        inner.addWidget(self.prompt)
        self.revised_title = QLabel(self.tr("<b>Revised prompt</b>"))
        inner.addWidget(self.revised_title)
        inner.addWidget(self.revised)
        inner.addLayout(self.facts)
        inner.addWidget(QLabel(self.tr("<b>Content credentials</b>")))
        inner.addWidget(self.credentials)
        inner.addLayout(self.credential_facts)
        inner.addWidget(QLabel(self.tr("<b>Tags</b>")))
        inner.addWidget(self.tags)
        inner.addWidget(QLabel(self.tr("<b>Notes</b>")))
        inner.addWidget(self.notes)
        inner.addWidget(self.parents_label)
        inner.addLayout(self.parents_row)
        inner.addWidget(self.children_label)
        inner.addLayout(self.children_row)
        column.addWidget(self.empty)
        column.addWidget(self.content)
        column.addStretch()
        self.setWidget(body)
        self.show_details(None)

    def show_details(self, details: ImageDetails | None) -> None:
        self._notes_done()  # keep what was typed for the image shown before
        self.record = details.record if details else None
        self.empty.setVisible(details is None)
        self.content.setVisible(details is not None)
        if details is None:
            return
        record = details.record
        generation = record.generation
        preview = details.preview
        self.preview.show_pixels(preview)
        self.preview.setVisible(preview is not None)
        self.no_preview.setVisible(preview is None)
        if preview is not None:
            # As wide as the pane allows (up to _PREVIEW), as tall as the picture's shape says.
            edge = max(120, min(_PREVIEW, self.viewport().width() - 24))
            width = preview.full_width or preview.width
            height = preview.full_height or preview.height
            self.preview.setFixedHeight(round(edge * min(1.0, height / width)))
        else:
            self.no_preview.setText(
                self.tr("The file is missing.") if record.missing else self.tr("No preview.")
            )
        self.prompt.setText(record.prompt or self._untitled(details))
        self.revised.setText(generation.revised_prompt or "")
        self.revised.setVisible(bool(generation.revised_prompt))
        self.revised_title.setVisible(bool(generation.revised_prompt))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for label, value in self._facts(details):
            self.facts.addRow(label, _value(value))
        self._show_credentials(details.credentials)
        self.tags.setText(", ".join(record.tags))
        self.notes.blockSignals(True)
        self.notes.setPlainText(record.notes)
        self.notes.blockSignals(False)
        self._related(self.parents_row, self.parents_label, details.parents, details)
        self._related(self.children_row, self.children_label, details.children, details)

    def _untitled(self, details: ImageDetails) -> str:
        """What stands for the prompt of an image made without one (a variation)."""
        if details.record.generation.kind is not Kind.VARIATION:
            return self.tr("(no prompt)")
        if details.parents:
            return self.tr("A variation of image {n}").format(n=details.parents[0].id)
        return self.tr("A variation (variations take no prompt)")

    def _facts(self, details: ImageDetails) -> list[tuple[str, str]]:
        record = details.record
        generation = record.generation
        facts = [
            (self.tr("Kind"), self._kind_text(generation.kind)),
            (self.tr("Model"), generation.model),
            (
                self.tr("Created"),
                format_datetime(generation.created),
            ),
            (self.tr("Provider"), generation.provider or "—"),
            (
                self.tr("File"),
                f"{record.format.upper()}, {record.width}x{record.height}, "
                f"{format_size(record.size_bytes)}",
            ),
            *(
                [(self.tr("Animation"), self._animation_text(details))]
                if details.preview is not None and details.preview.animated
                else []
            ),
        ]
        if generation.status.value != "complete":
            facts.append(
                (self.tr("Status"), self.tr("a partial image, kept when its job stopped early"))
            )
        usage = generation.usage
        if usage is not None:
            facts.append(
                (
                    self.tr("Usage"),
                    self.tr(
                        "%Ln token(s) ({input} in, {output} out)", None, usage.total_tokens
                    ).format(
                        input=format_count(usage.input_tokens),
                        output=format_count(usage.output_tokens),
                    ),
                )
            )
        facts.append(
            (
                self.tr("Cost"),
                "—" if generation.cost is None else format_money(generation.cost, 4),
            )
        )
        if generation.duration:
            facts.append(
                (
                    self.tr("Took"),
                    self.tr("{seconds} s").format(seconds=format_number(generation.duration)),
                )
            )
        if generation.request_id:
            facts.append((self.tr("Request id"), generation.request_id))
        for key, value in sorted(generation.params.items()):
            if key in ("prompt", "model") or value is None:
                continue
            shown = value if isinstance(value, str) else json.dumps(value)
            facts.append((key, shown))
        for role, path in details.inputs:
            facts.append((self.tr("Input ({role})").format(role=role), path.name))
        return facts

    def _animation_text(self, details: ImageDetails) -> str:
        pixels = details.preview
        assert pixels is not None
        return self.tr("%n frame(s)", None, pixels.frame_count)

    def _kind_text(self, kind: Kind) -> str:
        return {
            Kind.GENERATION: self.tr("generation"),
            Kind.EDIT: self.tr("edit"),
            Kind.VARIATION: self.tr("variation"),
            Kind.IMPORT: self.tr("import"),
        }[kind]

    def _show_credentials(self, credentials: Credentials) -> None:
        self.credentials.setText(credentials.summary)
        broken = credentials.validity in (Validity.TAMPERED, Validity.INVALID)
        # Red for a file that no longer matches its signature: the one fact not to miss.
        mark_warning(self.credentials, broken, bold=True)
        while self.credential_facts.rowCount():
            self.credential_facts.removeRow(0)
        rows = []
        if credentials.signer or credentials.issuer:
            who = credentials.signer or credentials.issuer or ""
            if credentials.issuer and credentials.issuer != who:
                who = f"{who} ({credentials.issuer})"
            rows.append((self.tr("Signed by"), who))
        if credentials.signed_at:
            rows.append((self.tr("Signed"), _moment(credentials.signed_at)))
        if credentials.generator:
            rows.append((self.tr("Generator"), credentials.generator))
        if credentials.actions:
            rows.append((self.tr("Actions"), "\n".join(a.described for a in credentials.actions)))
        for label, value in rows:
            self.credential_facts.addRow(label, _value(value))

    def _related(
        self,
        row: FlowLayout,
        label: QLabel,
        records: tuple[ImageRecord, ...],
        details: ImageDetails,
    ) -> None:
        while row.count():
            item = row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        label.setVisible(bool(records))
        for record in records[:12]:
            button = QToolButton(autoRaise=True)
            button.setIconSize(QSize(_RELATED, _RELATED))
            pixels = details.related.get(record.id)
            if pixels is not None:
                button.setIcon(QIcon(QPixmap.fromImage(frame_image(pixels))))
            else:
                button.setText(str(record.id))
            button.setToolTip(record.prompt[:200])
            button.setAccessibleName(self.tr("Image {n}").format(n=record.id))
            button.clicked.connect(
                lambda _=False, image_id=record.id: self.open_requested.emit(image_id)
            )
            row.addWidget(button)

    def _tags_done(self) -> None:
        if self.record is None:
            return
        tags = [tag.strip() for tag in self.tags.text().split(",") if tag.strip()]
        if sorted(tags) != sorted(self.record.tags):
            self.record = replace(self.record, tags=tuple(tags))
            self.tags_edited.emit(self.record.id, tags)

    def _notes_done(self) -> None:
        self._notes_timer.stop()
        notes = self.notes.toPlainText()
        if self.record is not None and notes != self.record.notes:
            self.record = replace(self.record, notes=notes)
            self.notes_edited.emit(self.record.id, notes)
