"""Turning what the panels hold into requests: a generation, an edit (or one per region), a
variation (by an edit where the model makes none), taking a past image's settings, and a
shut-down model's replacement offered. Requests go out through ``Workspace.submit``."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from studio import imaging
from studio.api import Endpoint, ImageFile, ImageRequest, ModelCapabilities
from studio.core import VARIATION_INSTRUCTION, GalleryReader, Job, Session, variation_by_edit
from studio.core.edit_chain import ChainStep, EditChain
from studio.core.locale_format import format_day
from studio.core.messages import say
from studio.core.workspace import Workspace
from studio.gallery import ImageRecord
from studio.ui.notices import NoticeBar
from studio.ui.on_first_use import OnFirstUse
from studio.ui.params_panel import ParamsPanel
from studio.ui.prompt_panel import PromptPanel

if TYPE_CHECKING:
    from studio.core.edit_session import EditInput
    from studio.ui.editor import EditorPage

__all__ = ["Sender"]


class Sender(QObject):
    #: Jobs were sent: their run is on the results page.
    submitted = Signal()

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        session: Session,
        reader: GalleryReader,
        prompt: PromptPanel,
        params: ParamsPanel,
        editor: OnFirstUse[EditorPage],
        notices: NoticeBar,
        shown_input: Callable[[], Coroutine[Any, Any, EditInput | None]],
        show_image: Callable[[int], Coroutine[Any, Any, None]],
        start: Callable[[Coroutine[Any, Any, Any]], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self.workspace = workspace
        self.messages = workspace.messages
        self._session = session
        self._reader = reader
        self._prompt = prompt
        self._params = params
        self._editor = editor
        self._notices = notices
        self._shown_input = shown_input
        self._show_image = show_image
        self._start = start
        self._sending = False
        #: Groups of jobs whose shut-down model was already announced.
        self._gone_told: set[int] = set()
        self.region_chain: EditChain | None = None

    def submit(self, request: ImageRequest, **how: Any) -> list[Job]:
        jobs = self.workspace.submit(request, **how)
        if jobs:
            if not how.get("variation"):
                self._prompt.remember(request.prompt)
            self.submitted.emit()
        return jobs

    async def send_edit(self, prompt: str) -> None:
        if self._sending:
            return
        caps = self._params.capabilities
        editor = self._editor.get()
        self._sending = True
        self.messages.show_status(self.tr("Preparing the images…"), 0)
        prepared = None
        try:
            with self.messages.reporting(
                self.tr("The images could not be prepared for {model}: {why}.").replace(
                    "{model}", caps.name
                )
            ):
                prepared = await editor.prepare(caps)
        finally:
            self._sending = False
            self.messages.clear_status()
        if prepared is None:
            return
        request = replace(
            self._params.request(prepared.prompt_for(prompt)),
            images=prepared.images,
            mask=prepared.mask,
            markup=prepared.markup,
        )
        if prepared.size is not None:  # an expanded canvas: the size the model accepts
            request = replace(request, size=prepared.size)
        if not self.workspace.valid(request):
            return
        for change in prepared.changes:
            self.messages.tell(change)
        keep = editor.session.keep_unmasked and prepared.mask is not None
        if prepared.one_after_another:
            self._run_regions(request, prepared.steps(prompt), keep, prepared.parents)
            return
        self.submit(request, keep_unmasked=keep, parents=prepared.parents)

    def _run_regions(
        self,
        request: ImageRequest,
        steps: tuple[ChainStep, ...],
        keep: bool,
        parents: tuple[int, ...],
    ) -> None:
        """An edit per region, each from the previous one's result (see core.EditChain)."""

        async def read_image(image_id: int) -> bytes:
            path = await self._reader.path_of(image_id)
            if path is None:
                raise OSError(self.tr("image {n} is no longer in the gallery").format(n=image_id))
            return await self._reader.read_file(path)

        chain = EditChain(
            self.workspace.queue,
            request,
            steps,
            lambda each, links: self.submit(each, keep_unmasked=keep, parents=links),
            read_image,
            self,
        )
        chain.step_started.connect(
            lambda step, total: self.messages.show_status(
                self.tr("Editing region {step} of {total}…").format(step=step, total=total)
            )
        )
        chain.ended.connect(self.messages.tell)
        chain.ended.connect(lambda _: chain.deleteLater())
        self.region_chain = chain
        chain.start(parents)

    # -- variations -------------------------------------------------------------------------

    def variations_of(self, caps: ModelCapabilities) -> tuple[bool, str]:
        """Whether ``caps``'s model can make variations (itself or by an edit), and how."""
        if Endpoint.VARIATIONS in caps.endpoints:
            return True, self.tr("Variations of the base or shown image")
        if Endpoint.EDITS in caps.endpoints:
            return True, self.tr(
                "Variations of the base or shown image, made by an edit with {model}"
            ).format(model=caps.name)
        return False, self.tr("{model} makes no variations").format(model=caps.name)

    def make_variations(self) -> None:
        """Variations of the editor's base, or else of the shown image."""
        self.vary(None)

    def vary(self, source: EditInput | None) -> None:
        caps = self._params.capabilities
        if not caps.endpoints & {Endpoint.VARIATIONS, Endpoint.EDITS}:
            self.messages.tell(
                self.tr("{model} makes no variations: choose another model under Model.").format(
                    model=caps.name
                )
            )
            return
        if not self._session.ready:
            self.messages.tell(self.tr("Add an API key or start the offline demo server first."))
            return
        self._start(self._send_variation(source))

    async def _send_variation(self, source: EditInput | None) -> None:
        """Variations where the model makes them (dall-e-2, a compatible server's); otherwise
        an edit with the chosen model and a built-in instruction, kept as a variation."""
        caps = self._params.capabilities
        by_edit = Endpoint.VARIATIONS not in caps.endpoints
        if source is None:
            editor = self._editor.made
            if editor is not None and editor.editing:
                source = editor.inputs[0]
            else:
                source = await self._shown_input()
        if source is None:
            self.messages.tell(
                self.tr("Open or pick an image first: variations are made from an image.")
            )
            return
        said = self.tr("{name} could not be prepared for {model}: {why}.")
        prepared = None
        with self.messages.reporting(
            said.replace("{name}", source.name).replace("{model}", caps.name)
        ):
            prepared = await asyncio.to_thread(
                imaging.prepare_input,
                source.data,
                formats=caps.image_formats,
                max_bytes=caps.image_max_bytes,
                square_png=caps.square_png_input,
                name=source.name,
            )
        if prepared is None:
            return
        image = ImageFile.from_bytes(prepared.data, source.name)
        if by_edit:
            request = variation_by_edit(self._params.request(VARIATION_INSTRUCTION), image)
        else:
            request = self._params.variation_request(image)
        if not self.workspace.valid(request):
            return
        for change in prepared.changes:
            self.messages.tell(change)
        parents = () if source.image_id is None else (source.image_id,)
        self.submit(request, parents=parents, variation=by_edit)

    # -- models that were shut down ---------------------------------------------------------

    def use_model(self, model: str) -> None:
        """Make ``model`` the panel's model (a shut-down model's replacement, say)."""
        if self._params.model_name != model:
            self._params.apply({"model": model})
            self.messages.show_status(self.tr("Model: {model}").format(model=model))

    def show_model_choices(self) -> None:
        session = self._session
        self._params.model.set_choices(
            session.model_choices, session.today(), session.replacement_for
        )

    def model_replaced(self, old: str, new: str) -> None:
        """The chosen model left the list because it was shut down: its successor took over."""
        self.messages.tell(
            self.tr("{old} {gone}: Studio now uses {new} in its place.").format(
                old=old, gone=self._gone_words(old), new=new
            )
        )

    def _gone_words(self, model: str) -> str:
        day = self._session.lifecycle(model).shutdown
        if day is None:
            return self.tr("is no longer offered")
        return self.tr("was shut down on {day}").format(day=format_day(day))

    def job_failed(self, job: Job) -> None:
        """A job's model is gone: the sentence says what replaces it, and offers it."""
        replacement = job.replacement
        if replacement is None or job.group in self._gone_told:
            return
        self._gone_told.add(job.group)
        self._notices.add(
            say(job.message),
            (
                (
                    self.tr("Use {model}").format(model=replacement),
                    lambda: self.use_model(replacement),
                ),
                (
                    self.tr("Use {model} and retry").format(model=replacement),
                    lambda: self._retry_with(job, replacement),
                ),
            ),
        )

    def _retry_with(self, job: Job, model: str) -> None:
        self.use_model(model)
        if self.workspace.retry(job, model):
            self.submitted.emit()

    # -- taking a past image's settings -----------------------------------------------------

    def reuse(self, record: ImageRecord, all_settings: bool) -> None:
        """Take a past image's prompt (and all its settings): never silently over what the
        user is writing — they are asked, and their prompt stays in Recent prompts."""
        current = self._prompt.text.strip()
        if current and current != record.prompt.strip():
            answer = QMessageBox.question(
                self._window,
                self.tr("Replace your prompt?"),
                self.tr(
                    "The prompt box holds what you were writing. Replace it with this image's "
                    "prompt? Yours stays under Recent prompts."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._prompt.remember(current)
        self._prompt.set_text(record.prompt)
        if all_settings:
            params = dict(record.generation.params)
            model = str(params.get("model") or record.model)
            replacement = self._session.replacement_for(model)
            if replacement is not None:
                params["model"] = replacement
                self.messages.tell(
                    self.tr(
                        "Image {n} was made with {old}, which {gone}: its settings are taken "
                        "with {new}."
                    ).format(n=record.id, old=model, gone=self._gone_words(model), new=replacement)
                )
            self._params.apply(params)
        self.messages.show_status(
            self.tr("Settings of image {n} taken").format(n=record.id)
            if all_settings
            else self.tr("Prompt of image {n} taken").format(n=record.id)
        )

    async def vary_record(self, record: ImageRecord, read: Any) -> None:
        edit_input = await read(record)
        if edit_input is not None:
            self.vary(edit_input)

    async def vary_image(self, image_id: int) -> None:
        """Variations of a gallery image (from the recent strip), shown first."""
        await self._show_image(image_id)
        source = await self._shown_input()
        if source is not None:
            self.vary(source)
