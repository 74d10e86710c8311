"""SVG results: made safe to render, measured, and rasterised for thumbnails and stand-ins.

A server's SVG is untrusted markup. ``safe_svg`` parses it (bounded in size, no entity
declarations) and writes it back without scripts, foreign objects, event attributes or any
reference that leaves the document: both renderers Studio uses would otherwise read a local
file named by an ``<image href="/…">``. Renderers only ever see the safe copy; export, copy and
drag hand out the original bytes.

Rasters come from resvg (the ``resvg-py`` wheel: no system library, wheels for Linux, macOS
and Windows), because thumbnails are made where the gallery saves — in the request worker and
the CLI, which have no Qt. resvg holds the GIL while it works, so ``rasterise`` is kept to small
sizes: the canvas, the details pane and compare draw the vectors themselves with QtSvg at the
size they show, off the GUI thread.
"""

from __future__ import annotations

import io
import math
import re
from xml.etree import ElementTree

import resvg_py
from PIL import Image

from studio.config import words
from studio.imaging.errors import NotAnImage

__all__ = ["MAX_SVG_BYTES", "is_svg", "rasterise", "safe_svg", "svg_size"]

#: Larger SVGs are not rendered (an illustration from a model is tens of kilobytes).
MAX_SVG_BYTES = 16 * 1024 * 1024
_MAX_ELEMENTS = 200_000
_SVG = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"
#: Elements that run code or pull in other documents: dropped with everything inside them.
_DROPPED = {"script", "foreignObject", "iframe", "object", "embed", "handler", "listener"}
#: References that stay inside the file: a fragment, or an embedded raster picture.
_INTERNAL = re.compile(r"\s*(#|data:image/(png|jpeg|gif|webp)[;,])", re.IGNORECASE)
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_IMPORT = re.compile(r"@import[^;]*;?", re.IGNORECASE)
_LENGTH = re.compile(r"\s*([0-9.]+(?:e[-+]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$", re.IGNORECASE)
_PERCENT = re.compile(r"\s*(-?[0-9.]+)%\s*$")
#: Which size a percentage of each geometry attribute is taken of.
_PERCENT_OF = {
    **dict.fromkeys(("x", "cx", "x1", "x2", "width", "rx"), "x"),
    **dict.fromkeys(("y", "cy", "y1", "y2", "height", "ry"), "y"),
    "r": "xy",
}
_UNITS = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}

# Written back with SVG as the default namespace and xlink under its usual prefix (the
# registry is ElementTree's, global; nothing else in Studio writes these namespaces).
ElementTree.register_namespace("", _SVG)
ElementTree.register_namespace("xlink", _XLINK)


def is_svg(data: bytes) -> bool:
    head = data[:4096].lstrip()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head)


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _parse(data: bytes) -> ElementTree.Element:
    if len(data) > MAX_SVG_BYTES:
        raise NotAnImage(
            words("Imaging", "the SVG is larger than {limit} MB").format(
                limit=MAX_SVG_BYTES // (1024 * 1024)
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NotAnImage(words("Imaging", "the SVG is not UTF-8 text")) from error
    if "<!ENTITY" in text:
        # Entities are how an XML file grows a billion times or reaches outside itself.
        raise NotAnImage(
            words("Imaging", "the SVG declares XML entities, which Studio does not render")
        )
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise NotAnImage(
            words("Imaging", "the SVG is not well-formed ({error})").format(error=error)
        ) from error
    if _local(root.tag) != "svg":
        raise NotAnImage(words("Imaging", "the file is XML but not an SVG"))
    return root


def _clean_css(text: str) -> str:
    text = _IMPORT.sub("", text)
    return _URL.sub(lambda m: m.group(0) if _INTERNAL.match(m.group(2)) else "none", text)


def safe_svg(data: bytes) -> bytes:
    """The SVG with nothing that runs or reaches outside the file; raises NotAnImage."""
    root = _parse(data)
    for count, parent in enumerate(root.iter()):
        if count >= _MAX_ELEMENTS:
            raise NotAnImage(words("Imaging", "the SVG has too many elements to render"))
        for child in list(parent):
            if not isinstance(child.tag, str) or _local(child.tag) in _DROPPED:
                parent.remove(child)
        for name, value in list(parent.attrib.items()):
            local = _local(name).lower()
            if local.startswith("on") or (local == "href" and not _INTERNAL.match(value)):
                del parent.attrib[name]
            elif "url(" in value.lower() or "@import" in value.lower():
                parent.attrib[name] = _clean_css(value)
        if _local(parent.tag) == "style" and parent.text:
            parent.text = _clean_css(parent.text)
    _resolve_percentages(root)
    return ElementTree.tostring(root, encoding="utf-8")


def _resolve_percentages(root: ElementTree.Element) -> None:
    """Percentages of the picture's own size written as numbers: QtSvg (SVG Tiny 1.2) takes
    ``width="100%"`` on a shape for a hundredth of something else, and a background drawn that
    way would go missing."""
    width, height = _viewport(root)
    if not width or not height:
        return
    diagonal = math.hypot(width, height) / math.sqrt(2)
    for element in root.iter():
        if element is not root and _local(element.tag) in ("svg", "symbol", "pattern"):
            continue  # their own viewports: rare in a model's output, left to the renderer
        for name, value in element.attrib.items():
            share = _PERCENT.match(value)
            base = _PERCENT_OF.get(_local(name))
            if share and base:
                whole = {"x": width, "y": height, "xy": diagonal}[base]
                element.attrib[name] = f"{float(share.group(1)) * whole / 100:g}"


def _length(value: str | None) -> float:
    match = _LENGTH.match(value or "")
    return float(match.group(1)) * _UNITS[(match.group(2) or "px").lower()] if match else 0.0


def svg_size(data: bytes) -> tuple[int, int]:
    """The size the SVG asks to be shown at, in pixels (its width and height, else its
    viewBox); (0, 0) when it names neither."""
    width, height = _size_of(_parse(data))
    return round(width), round(height)


def _viewport(root: ElementTree.Element) -> tuple[float, float]:
    """The user-space size that percentages inside the picture are taken of."""
    box = _view_box(root)
    return (box[2], box[3]) if box else _size_of(root)


def _view_box(root: ElementTree.Element) -> list[float] | None:
    try:
        box = [float(v) for v in re.split(r"[\s,]+", (root.get("viewBox") or "").strip()) if v]
    except ValueError:
        return None
    return box if len(box) == 4 and box[2] > 0 and box[3] > 0 else None


def _size_of(root: ElementTree.Element) -> tuple[float, float]:
    width, height = _length(root.get("width")), _length(root.get("height"))
    box = _view_box(root)
    if box:
        if not width and not height:
            width, height = box[2], box[3]
        elif not height:
            height = width * box[3] / box[2]
        elif not width:
            width = height * box[2] / box[3]
    return width, height


def rasterise(data: bytes, edge: int) -> Image.Image:
    """An RGBA picture of the SVG, its longest side ``edge`` pixels."""
    safe = safe_svg(data)
    width, height = svg_size(safe)
    if width <= 0 or height <= 0:
        width = height = edge
    scale = edge / max(width, height)
    size = max(1, round(width * scale)), max(1, round(height * scale))
    try:
        png = resvg_py.svg_to_bytes(svg_string=safe.decode(), width=size[0], height=size[1])
    except ValueError as error:
        raise NotAnImage(
            words("Imaging", "the SVG could not be drawn ({error})").format(error=error)
        ) from error
    image = Image.open(io.BytesIO(bytes(png)))
    image.load()
    return image.convert("RGBA")
