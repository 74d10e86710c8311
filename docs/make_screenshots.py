"""Screenshots of the real main window, made against the offline demo server.

    python docs/make_screenshots.py            # the README's, in docs/screenshots/
    python docs/make_screenshots.py --matrix   # every shot light and dark, in English, German
                                               # and Chinese, at 1280x820 and 900x600, into
                                               # docs/screenshots/matrix/ with a README.md table

Runs offscreen in a temporary STUDIO_HOME, so it touches none of your settings or images. The
matrix runs once per language, in its own process, with STUDIO_LANGUAGE set: the window takes
its words at start. Chinese needs a CJK font (on Debian: ``apt-get install fonts-noto-cjk``);
the script says which one drew it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "screenshots"
MATRIX = HERE / "matrix"
PROMPT = (
    "A lighthouse on a rocky coast at dusk, warm light in the windows, long-exposure sea, "
    "soft watercolour washes"
)
#: What the README's shots are taken at.
README_SIZE = (1440, 900)
THEMES = ("light", "dark")
LANGUAGES = {"en": "English", "de": "Deutsch", "zh_CN": "简体中文"}
SIZES = ((1280, 820), (900, 600))
#: In the order the script takes them; "generated" is the main results view with an image.
SHOTS = (
    "generated",
    "welcome",
    "mid-stream",
    "editing",
    "edited",
    "gallery",
    "regions",
    "expanding",
    "gif",
    "svg-zoomed",
    "batches",
)
THUMB_WIDTH = 280


@dataclass
class Camera:
    """Where a shot goes: one file at the README's size, or (with a language) one per theme
    and size of the matrix, the window turned to each and let settle before it is grabbed."""

    language: str | None = None

    @property
    def size(self) -> tuple[int, int]:
        return SIZES[0] if self.language else README_SIZE

    async def snap(self, window: Any, name: str) -> None:
        if self.language is None:
            window.grab().save(str(HERE / f"{name}.png"))
            return
        from studio.ui.theme import ThemeFollower

        follower = ThemeFollower.of()
        for theme in THEMES:
            follower.set_choice(theme)
            for width, height in SIZES:
                window.resize(width, height)
                await asyncio.sleep(0.25)  # the layout, the fitted canvas, the thumbnails
                window.grab().save(str(MATRIX / matrix_name(name, self.language, theme, width)))
        follower.set_choice("light")
        window.resize(*self.size)
        await asyncio.sleep(0.1)


def matrix_name(shot: str, language: str, theme: str, width: int) -> str:
    height = dict(SIZES)[width]
    return f"{shot}-{language}-{theme}-{width}x{height}.png"


async def when(queue: Any, condition: Callable[[], bool]) -> None:
    """Wait until ``condition`` holds after one of the queue's changes."""
    reached = asyncio.Event()

    def check(*_: object) -> None:
        if condition():
            reached.set()

    queue.changed.connect(check)
    check()
    await reached.wait()
    queue.changed.disconnect(check)


async def shoot(camera: Camera) -> None:
    from studio.app import build_window
    from studio.config import Paths

    window, session, queue = build_window(Paths.from_environment())
    window.resize(*camera.size)
    window.show()
    await session.refresh_active_key()
    await camera.snap(window, "welcome")
    await session.use_demo_server()
    window.params.stream.setChecked(True)
    window.params.partials.setValue(3)
    window.params.size.setCurrentIndex(window.params.size.findData("1536x1024"))
    window.prompt.set_text(PROMPT)
    window.generate()
    await when(queue, lambda: queue.jobs[0].partials_received > 0)
    await asyncio.sleep(0.1)
    await camera.snap(window, "mid-stream")
    await when(queue, lambda: all(job.state.finished for job in queue.jobs))
    await asyncio.sleep(0.3)
    await camera.snap(window, "generated")
    await edit(window, queue, camera)
    window.compare.show_heat.setChecked(False)
    await browse(window, camera)
    await regions_and_expanding(window, camera)
    await media(window, queue, camera)
    await batches(window, camera)
    await queue.link.close()
    await session.shutdown()


async def edit(window: Any, queue: Any, camera: Camera) -> None:
    """The generated image in the editor with a mask painted, then the edit's result."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.edit_shown_action.trigger()
    canvas = window.editor.canvas
    while canvas.layer is None or canvas.shown_rect() is None:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.1)
    at = canvas.widget_point
    canvas.brush_size = 120
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(900, 300))
    for step in range(1, 30):
        QTest.mouseMove(canvas, at(900 + step * 12, 300 + step * 9))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(1248, 561))
    QTest.mouseMove(canvas, at(700, 700))
    window.prompt.set_text("Add a small red sailing boat near the rocks")
    await asyncio.sleep(0.2)
    await camera.snap(window, "editing")
    window.generate()
    await when(queue, lambda: len(queue.jobs) > 1 and queue.jobs[-1].state.finished)
    await asyncio.sleep(0.3)
    window.compare.show_heat.setChecked(True)
    await asyncio.sleep(0.1)
    await camera.snap(window, "edited")


async def browse(window: Any, camera: Camera) -> None:
    """The gallery with the edit selected: its details and where it came from."""
    window.show_gallery()
    gallery = window.gallery
    while gallery.model.rowCount() < 2:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    gallery.view.setCurrentIndex(gallery.model.index(0))
    await asyncio.sleep(0.8)
    await camera.snap(window, "gallery")


async def regions_and_expanding(window: Any, camera: Camera) -> None:
    """Two regions of the mask with their own instructions; then the canvas expanded."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from studio.core.edit_session import ExpansionChoice
    from studio.imaging import Anchor
    from studio.ui.paint_canvas import Tool

    window.show_editor()
    editor, canvas = window.editor, window.editor.canvas
    canvas.clear_all()
    editor.set_tool(Tool.RECTANGLE)
    at = canvas.widget_point
    for number, (start, end), instruction in (
        (1, ((80, 80), (520, 420)), "a flock of seagulls"),
        (2, ((1000, 640), (1480, 980)), "a small red sailing boat"),
    ):
        if number > 1:
            editor.session.add_region()
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(*start))
        QTest.mouseMove(canvas, at(*end))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(*end))
        editor.session.set_instruction(number, instruction)  # the panel shows it
    window.prompt.set_text("Keep the watercolour style")
    await asyncio.sleep(0.3)
    await camera.snap(window, "regions")
    window.params.model.setCurrentIndex(window.params.model.findData("gpt-image-2"))
    editor.session.expansion = ExpansionChoice(2560, 1080, Anchor.LEFT, seam=48)
    while editor._plan is None:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    window.prompt.set_text("The coast goes on to the right: cliffs and a second lighthouse")
    await asyncio.sleep(0.3)
    await camera.snap(window, "expanding")


async def media(window: Any, queue: Any, camera: Camera) -> None:
    """A GIF playing on the canvas, then an SVG drawn sharp at 4x zoom."""
    from PySide6.QtCore import QPointF

    window.editor.stop()  # back to generating
    params = window.params
    params.model.setCurrentIndex(params.model.findData("gpt-image-2.6-flare"))
    params.size.setCurrentIndex(params.size.findData("1536x1024"))
    for fmt, prompt in (("gif", "A paper windmill turning"), ("svg", "A flat badge of a fox")):
        params.output_format.setCurrentIndex(params.output_format.findData(fmt))
        window.prompt.set_text(prompt)
        window.generate()
        await when(queue, lambda: all(job.state.finished for job in queue.jobs))
        if fmt == "gif":
            (playing,) = window.canvas.pictures
            while not playing.settled:  # noqa: ASYNC110 - a poll
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.9)  # a few frames in
            await camera.snap(window, "gif")
    # The edge of the SVG's most central circle in the middle, at 4x: drawn from the vectors.
    canvas = window.canvas
    (picture,) = canvas.pictures
    circles = re.findall(rb'cx="(\d+)" cy="(\d+)" r="(\d+)"', picture.pixels.source)
    cx, cy, r = min(
        (tuple(map(float, c)) for c in circles),
        key=lambda c: abs(c[0] - 768) + abs(c[1] - 512),
    )
    canvas.actual_size()
    canvas.zoom_by(4.0)
    rect = canvas.shown_rect()
    edge = QPointF(rect.x() + (cx + r * 0.7) * 4, rect.y() + (cy - r * 0.7) * 4)
    canvas._pan += QPointF(canvas.rect().center()) - edge
    canvas.repaint()
    while not picture.settled:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    await camera.snap(window, "svg-zoomed")


async def batches(window: Any, camera: Camera) -> None:
    """The Batch page: a template over a list and a matrix, previewed; one batch sent and kept."""
    window.show_batches()
    page = window.batch_page
    page.template.setText("A {watercolour|linocut} of a {subject} at dusk")
    page.values.setPlainText("lighthouse\nharbour crane\nfishing boat")
    page.matrix.setText("quality=low,medium")
    page.make_preview()
    while page.lines.count() < 12:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    page.send()
    while page.list.topLevelItemCount() < 1:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    while page.list.topLevelItem(0).text(1) != "completed":
        await asyncio.sleep(0.5)
        page.refresh()
    await asyncio.sleep(0.3)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    page.make_preview()
    await asyncio.sleep(0.5)
    await camera.snap(window, "batches")


def cjk_font() -> str:
    """The font fontconfig draws Simplified Chinese with (what Qt falls back to)."""
    if shutil.which("fc-match") is None:
        return "unknown (no fc-match)"
    found = subprocess.run(
        ["fc-match", "-f", "%{family[0]} (%{file})", "sans-serif:lang=zh-cn"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if "CJK" not in found and "Hei" not in found and "Song" not in found:
        return f"{found}, which has no Chinese: install fonts-noto-cjk"
    return found


def run(camera: Camera) -> None:
    """One pass of the script in this process, in a temporary STUDIO_HOME."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["STUDIO_HOME"] = home
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        (MATRIX if camera.language else HERE).mkdir(parents=True, exist_ok=True)
        qasync.run(shoot(camera))


def matrix(languages: list[str]) -> None:
    """Each language in its own process (words are taken at start), then the thumbnails and
    the table."""
    MATRIX.mkdir(parents=True, exist_ok=True)
    font = cjk_font()
    for language in languages:
        print(f"{LANGUAGES[language]}…", flush=True)
        env = {**os.environ, "STUDIO_LANGUAGE": language}
        subprocess.run([sys.executable, __file__, "--one-language", language], env=env, check=True)
    thumbnails()
    write_table(font)
    print(f"Chinese drawn with {font}")
    print(f"matrix written to {MATRIX}")


def thumbnails() -> None:
    """A small copy of each shot for the table; both kept in 256 colours, a third of the
    bytes, so the matrix stays light in the repository."""
    from PIL import Image

    folder = MATRIX / "thumbs"
    folder.mkdir(exist_ok=True)
    for shot in sorted(MATRIX.glob("*.png")):
        with Image.open(shot) as image:
            full = image.convert("RGB")
        height = round(full.height * THUMB_WIDTH / full.width)
        small = full.resize((THUMB_WIDTH, height), Image.Resampling.LANCZOS)
        _packed(small).save(folder / shot.name, optimize=True)
        _packed(full).save(shot, optimize=True)


def _packed(image: Any) -> Any:
    from PIL import Image

    return image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def write_table(font: str) -> None:
    family = font.split(" (")[0]
    columns = [(theme, width) for theme in THEMES for width, _ in SIZES]
    lines = [
        "# Screenshots: light and dark, three languages, two sizes",
        "",
        "Made by `python docs/make_screenshots.py --matrix` against the offline demo server. "
        "Click a thumbnail for the full picture (kept in 256 colours). German and Chinese show "
        f"English where a catalogue still lacks a string. Chinese is drawn with {family}.",
        "",
    ]
    header = " | ".join(f"{theme} {width}x{dict(SIZES)[width]}" for theme, width in columns)
    for shot in SHOTS:
        lines += [f"## {shot}", "", f"| | {header} |", "|---" * (len(columns) + 1) + "|"]
        for language, name in LANGUAGES.items():
            cells = []
            for theme, width in columns:
                file = matrix_name(shot, language, theme, width)
                if (MATRIX / file).exists():
                    cells.append(f"[![{shot}, {name}, {theme}](thumbs/{file})]({file})")
                else:
                    cells.append("(none)")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
    (MATRIX / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--matrix", action="store_true", help="both themes, all languages, two sizes"
    )
    parser.add_argument(
        "--languages", default=",".join(LANGUAGES), help="for --matrix: a comma-separated list"
    )
    parser.add_argument("--one-language", choices=list(LANGUAGES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_language:
        run(Camera(args.one_language))
    elif args.matrix:
        matrix([code for code in args.languages.split(",") if code])
    else:
        run(Camera())
        print(f"screenshots written to {HERE}")


if __name__ == "__main__":
    main()
