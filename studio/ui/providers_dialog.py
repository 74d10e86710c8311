"""The Providers dialog: add, edit and remove providers, enter keys, test a connection."""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.config import OPENAI_BASE_URL, KeySource, Provider, ProviderKind, StoredKey
from studio.core import Session, spawn
from studio.core.messages import say, sentence

__all__ = ["ProvidersDialog"]

_KEY_SOURCE_TEXT = {
    KeySource.KEYCHAIN: QT_TRANSLATE_NOOP(
        "ProvidersDialog", "The key is stored in the system keychain."
    ),
    KeySource.ENVIRONMENT: QT_TRANSLATE_NOOP(
        "ProvidersDialog",
        "The key comes from the environment variable {var}; Studio does not store it.",
    ),
    KeySource.SESSION: QT_TRANSLATE_NOOP(
        "ProvidersDialog",
        "No system keychain is available: the key is kept for this session only. "
        "Set {var} to keep it across sessions.",
    ),
    KeySource.NONE: QT_TRANSLATE_NOOP("ProvidersDialog", "No key yet."),
}


class ProvidersDialog(QDialog):
    """Edits a working copy of the providers; nothing is saved until Save is pressed."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Providers"))
        self.setMinimumSize(720, 420)
        self._session = session
        self._providers = list(session.settings.providers)
        self._active_id = session.settings.active_provider_id
        self._stored: dict[str, StoredKey] = {}
        self._typed: dict[str, str] = {}
        self._loading = True  # until _load_keys has read the keychain

        self._list = QListWidget()
        self._list.setAccessibleName(self.tr("Providers"))
        self._list.currentRowChanged.connect(self._show_current)
        add = QToolButton(
            text=self.tr("Add"), popupMode=QToolButton.ToolButtonPopupMode.InstantPopup
        )
        add_menu = QMenu(add)
        for kind in ProviderKind:
            add_menu.addAction(kind.label, lambda k=kind: self._add(k))
        add.setMenu(add_menu)
        self._remove = QPushButton(self.tr("Remove"))
        self._remove.clicked.connect(self._remove_current)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(add)
        list_buttons.addWidget(self._remove)
        list_buttons.addStretch()
        left = QVBoxLayout()
        left.addWidget(self._list)
        left.addLayout(list_buttons)

        self._name = QLineEdit()
        self._kind = QLabel()
        self._base_url = QLineEdit()
        self._url_problem = _message_label()
        self._organization = QLineEdit()
        self._project = QLineEdit()
        self._deployment = QLineEdit()
        self._api_version = QLineEdit()
        self._key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self._key.setAccessibleName(self.tr("API key"))
        self._show_key = QToolButton(text=self.tr("Show"), checkable=True)
        self._show_key.setToolTip(self.tr("Show or hide the key"))
        self._show_key.toggled.connect(self._toggle_key_visible)
        key_row = QHBoxLayout()
        key_row.addWidget(self._key)
        key_row.addWidget(self._show_key)
        self._key_note = _message_label()
        self._make_active = QPushButton(self.tr("Use this provider"))
        self._make_active.clicked.connect(self._activate_current)
        self._test_button = QPushButton(self.tr("Test connection"))
        self._test_button.clicked.connect(self._test_current)
        self._test_result = _message_label()
        #: Counts edits: a test's answer about values since edited is not shown.
        self._test_round = 0
        action_row = QHBoxLayout()
        action_row.addWidget(self._make_active)
        action_row.addWidget(self._test_button)
        action_row.addStretch()

        self._form = QFormLayout()
        self._form.addRow(self.tr("Name"), self._name)
        self._form.addRow(self.tr("Kind"), self._kind)
        self._form.addRow(self.tr("Base URL"), self._base_url)
        self._form.addRow("", self._url_problem)
        self._form.addRow(self.tr("Organization"), self._organization)
        self._form.addRow(self.tr("Project"), self._project)
        self._form.addRow(self.tr("Deployment"), self._deployment)
        self._form.addRow(self.tr("API version"), self._api_version)
        self._form.addRow(self.tr("API key"), key_row)
        self._form.addRow("", self._key_note)
        self._form.addRow("", action_row)
        self._form.addRow("", self._test_result)
        for field in self._fields():
            field.textEdited.connect(self._edited)
            field.setAccessibleName(self._form.labelForField(field).text())
        self._key.textEdited.connect(self._key_edited)
        self._editor = QWidget()
        self._editor.setLayout(self._form)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self._save)
        self._buttons.rejected.connect(self.reject)
        self._save_problem = _message_label()
        self._keychain_note = _message_label()
        self._keychain_note.hide()

        # The columns share the width by their stretch alone, so a note that comes or goes
        # under a field never moves the buttons.
        self._editor.setMinimumWidth(self._editor.minimumSizeHint().width())
        self._editor.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self._editor, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self._keychain_note)
        layout.addLayout(columns)
        layout.addWidget(self._save_problem)
        layout.addWidget(self._buttons)

        self._refill_list()
        spawn(self._load_keys())

    # -- the list ---------------------------------------------------------------------------

    def _refill_list(self, select: int | None = None) -> None:
        row = self._list.currentRow() if select is None else select
        self._list.blockSignals(True)
        self._list.clear()
        for provider in self._providers:
            text = provider.name
            if provider.id == self._active_id:
                text += self.tr(" (in use)")
            item = QListWidgetItem(text)
            item.setToolTip(provider.kind.label)
            self._list.addItem(item)
        self._list.blockSignals(False)
        self._list.setCurrentRow(min(max(row, 0), len(self._providers) - 1))
        self._show_current()

    def _current(self) -> Provider | None:
        row = self._list.currentRow()
        return self._providers[row] if 0 <= row < len(self._providers) else None

    def _add(self, kind: ProviderKind) -> None:
        names = {p.name for p in self._providers}
        name, number = kind.label, 2
        while name in names:
            name, number = f"{kind.label} {number}", number + 1
        self._providers.append(Provider.new(kind, name))
        self._refill_list(select=len(self._providers) - 1)
        self._name.setFocus()

    def _remove_current(self) -> None:
        provider = self._current()
        if provider is None:
            return
        self._providers.remove(provider)
        self._typed.pop(provider.id, None)
        if provider.id == self._active_id and self._providers:
            self._active_id = self._providers[0].id
        self._refill_list()

    def _activate_current(self) -> None:
        provider = self._current()
        if provider is not None:
            self._active_id = provider.id
            self._refill_list()

    # -- the editor -------------------------------------------------------------------------

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (
            self._name,
            self._base_url,
            self._organization,
            self._project,
            self._deployment,
            self._api_version,
        )

    def _show_current(self) -> None:
        provider = self._current()
        self._editor.setEnabled(provider is not None)
        self._remove.setEnabled(provider is not None)
        self._test_result.clear()
        if provider is None:
            for field in (*self._fields(), self._key):
                field.clear()
            return
        azure = provider.kind is ProviderKind.AZURE
        openai = provider.kind is ProviderKind.OPENAI
        self._kind.setText(provider.kind.label)
        self._name.setText(provider.name)
        self._base_url.setText(provider.base_url)
        self._base_url.setPlaceholderText(
            "https://YOUR-RESOURCE.openai.azure.com"
            if azure
            else (OPENAI_BASE_URL if openai else "http://localhost:8000/v1")
        )
        url_label = self.tr("Endpoint") if azure else self.tr("Base URL")
        self._form.labelForField(self._base_url).setText(url_label)
        self._base_url.setAccessibleName(url_label)
        self._organization.setText(provider.organization)
        self._project.setText(provider.project)
        self._deployment.setText(provider.deployment)
        self._api_version.setText(provider.api_version)
        self._api_version.setPlaceholderText(provider.resolved().api_version if azure else "")
        for field, visible in (
            (self._organization, not azure),
            (self._project, not azure),
            (self._deployment, azure),
            (self._api_version, azure),
        ):
            self._form.setRowVisible(field, visible)
        in_use = provider.id == self._active_id
        self._make_active.setEnabled(not in_use)
        self._make_active.setText(self.tr("In use") if in_use else self.tr("Use this provider"))
        self._show_key_state(provider)
        self._check_url(provider)

    def _show_key_state(self, provider: Provider) -> None:
        self._key.setEnabled(not self._loading)
        if self._loading:
            self._key.clear()
            self._key.setPlaceholderText(self.tr("Loading…"))
            self._key_note.clear()
            return
        stored = self._stored.get(provider.id, StoredKey("", KeySource.NONE))
        typed = self._typed.get(provider.id)
        self._key.setText(stored.value if typed is None else typed)
        self._key.setPlaceholderText(self.tr("Paste the API key here"))
        if typed is not None:
            note = self.tr("The key will be saved when you press Save.")
        else:
            note = self.tr(_KEY_SOURCE_TEXT[stored.source]).format(var=provider.kind.key_variable)
        self._key_note.setText(note)

    def _edited(self) -> None:
        provider = self._current()
        if provider is None:
            return
        updated = replace(
            provider,
            name=self._name.text().strip() or provider.kind.label,
            base_url=self._base_url.text().strip(),
            organization=self._organization.text().strip(),
            project=self._project.text().strip(),
            deployment=self._deployment.text().strip(),
            api_version=self._api_version.text().strip(),
        )
        self._providers[self._list.currentRow()] = updated
        label = updated.name + (self.tr(" (in use)") if updated.id == self._active_id else "")
        self._list.currentItem().setText(label)
        self._check_url(updated)
        self._save_problem.clear()
        self._forget_test()

    def _check_url(self, provider: Provider) -> None:
        problem = provider.resolved().problem() if provider.base_url else None
        self._url_problem.setText(say(problem or ""))

    def _key_edited(self, text: str) -> None:
        provider = self._current()
        if provider is not None:
            self._typed[provider.id] = text.strip()
            self._key_note.setText(self.tr("The key will be saved when you press Save."))
            self._forget_test()

    def _forget_test(self) -> None:
        """The last test was of other values: its answer goes, and one still on its way too."""
        self._test_round += 1
        self._test_result.clear()

    def _toggle_key_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self._key.setEchoMode(mode)
        self._show_key.setText(self.tr("Hide") if visible else self.tr("Show"))

    # -- async actions ----------------------------------------------------------------------

    async def _load_keys(self) -> None:
        for provider in list(self._providers):
            self._stored[provider.id] = await self._session.key_for(provider.resolved())
        if not shiboken6.isValid(self):
            return  # closed (and deleted) before the keychain answered
        problem = self._session.keys.keychain_problem
        if problem:
            self._keychain_note.setText(
                self.tr(
                    "{problem} A key you enter here is kept for this session only; set "
                    "OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) in the environment to keep one "
                    "across sessions."
                ).format(problem=problem)
            )
            self._keychain_note.show()
        self._loading = False
        self._show_current()

    def _key_of(self, provider: Provider) -> str:
        typed = self._typed.get(provider.id)
        if typed is not None:
            return typed
        return self._stored.get(provider.id, StoredKey("", KeySource.NONE)).value

    def _test_current(self) -> None:
        provider = self._current()
        if provider is not None:
            spawn(self._check_connection(provider))

    async def _check_connection(self, provider: Provider) -> None:
        self._test_button.setEnabled(False)
        self._test_result.setText(self.tr("Connecting to {name}…").format(name=provider.name))
        asked = self._test_round
        try:
            check = await self._session.check_connection(provider, self._key_of(provider))
        finally:
            self._test_button.setEnabled(True)
        if asked == self._test_round:
            self._test_result.setText(("✓ " if check.ok else "✗ ") + say(check.message))

    def _save(self) -> None:
        if not self._providers:
            self._save_problem.setText(self.tr("Add at least one provider."))
            return
        for row, provider in enumerate(self._providers):
            problem = provider.resolved().problem() if provider.base_url else None
            if problem:
                self._list.setCurrentRow(row)
                self._save_problem.setText(say(problem))
                return
        spawn(self._apply())

    async def _apply(self) -> None:
        self._buttons.setEnabled(False)
        settings = self._session.settings.with_providers(tuple(self._providers), self._active_id)
        try:
            await self._session.apply(settings, self._typed)
        except OSError as error:
            self._buttons.setEnabled(True)
            self._save_problem.setText(
                self.tr("The settings could not be saved: {reason}. Nothing was changed.").format(
                    reason=sentence(error)
                )
            )
            return
        self.accept()


def _message_label() -> QLabel:
    """A note that keeps two lines' room when empty, so the buttons do not move as it comes
    and goes."""
    label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumWidth(200)
    label.setMinimumHeight(2 * label.fontMetrics().lineSpacing())
    # Its text wraps to the column's width instead of widening the column.
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
