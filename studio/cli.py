"""The command line: the app's options, and headless commands over the same services (no Qt).

``studio generate|edit|vary|expand`` send one request, write each image to ``--out`` and exit 0;
on any error they print one line to stderr and exit 1 (2 for invalid arguments) — never a
traceback. A model that is gone says which one to use instead. ``studio models`` lists what a
provider offers and each model's lifecycle.

A paid image is never lost to a name or a folder: each image is checked (decoded) first, kept in
the gallery, then copied to ``--out`` under a new name created exclusively (an existing file is
never replaced); when ``--out`` cannot be written the message says where the image is kept. A
stream that breaks keeps its last preview the same way, marked partial, and says so.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import sys
import time
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from studio import __version__
from studio.api import (
    DEFAULT_MODEL,
    EXTENSIONS,
    PARAMS,
    ApiError,
    AuthError,
    ClientOptions,
    Endpoint,
    GeneratedImage,
    ImageFile,
    ImageRequest,
    ImagesClient,
    ImagesResult,
    InvalidParameters,
    ModelCache,
    ModelInfo,
    ParamKind,
    PartialImage,
    ProviderModel,
    StreamInterrupted,
    applies,
    capabilities_for,
    model_choices,
    parse_size,
    replacement_for,
    request_values,
    validate,
)
from studio.batch import (
    BatchDraft,
    BatchRunner,
    ExpansionError,
    draft_of,
    preview,
)
from studio.config import (
    KeySource,
    KeyStore,
    Paths,
    Provider,
    ProviderKind,
    SettingsFile,
    check_base_url,
    setup_logging,
)
from studio.gallery import (
    GalleryError,
    GalleryStore,
    ImageRecord,
    Kind,
    Outcome,
    Pricing,
    Query,
    Status,
    embedded_description,
    has_provenance,
    read_credentials,
)
from studio.gallery.estimates import Estimate, Total, estimate
from studio.gallery.new_files import write_new
from studio.gallery.spending import check_caps, spent
from studio.imaging import (
    Anchor,
    NotAnImage,
    expanded_image,
    expansion_mask,
    inspect,
    is_svg,
    keep_unmasked,
    plan_expansion,
    read_image_file,
)

__all__ = ["build_parser", "main", "parse", "run"]

EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Arguments that cannot work; exit 2."""


def _request_options(
    parser: argparse.ArgumentParser, endpoint: Endpoint, leave: Collection[str] = ()
) -> None:
    """A flag for every request parameter, from the parameter table. Those the endpoint never
    takes are accepted but unlisted, so using one says why instead of "unrecognized". ``leave``
    names the parameters a command sets itself (``studio expand`` makes its image and mask)."""
    for spec in PARAMS:
        if spec.name in leave:
            continue
        if spec.kind is ParamKind.PROMPT:
            if endpoint is not Endpoint.VARIATIONS:
                parser.add_argument("prompt", help=spec.help)
            continue
        listed = endpoint in spec.endpoints
        text = spec.help
        if spec.kind is ParamKind.MODEL:
            text += f"; default {DEFAULT_MODEL} (dall-e-2 for vary)"
        options: dict[str, Any] = {
            "dest": spec.name,
            "help": text if listed else argparse.SUPPRESS,
            "default": None,
        }
        if spec.kind is ParamKind.BOOL:
            options["action"] = "store_true"
        elif spec.kind is ParamKind.IMAGES:
            options |= {"type": Path, "action": "append", "required": listed, "metavar": "PATH"}
        elif spec.kind is ParamKind.FILE:
            options |= {"type": Path, "metavar": "PNG"}
        elif spec.kind is ParamKind.INT:
            options["type"] = int
        parser.add_argument(*spec.flags, **options)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        help="folder for the images (default: the current folder); an existing file is never "
        "replaced, and a broken stream's last preview is written here too",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="stop the request after this long in all (default: the request_timeout setting)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--no-save", action="store_true", help="do not keep it in the gallery")
    parser.add_argument(
        "--base-url",
        help="send to this compatible server instead; its API key is taken from the "
        "OPENAI_API_KEY environment variable",
    )
    parser.add_argument(
        "--provider",
        help="a provider from the settings, by name, with the key kept for it in the app "
        "(default: the active one; without a keychain, the key is taken from OPENAI_API_KEY)",
    )


def _cost_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--estimate",
        action="store_true",
        help="print what the request would cost (JSON with --json) and send nothing",
    )
    parser.add_argument(
        "--max-cost",
        type=float,
        metavar="USD",
        help="refuse the request when its estimate may cost more than this",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description="A desktop image studio for the OpenAI Images API. Without a command, "
        "opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Studio {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start with the offline demo server (no API key or network needed)",
    )
    parser.add_argument(
        "--trace-stalls",
        action="store_true",
        help="log the GUI thread's stack whenever the window stops responding for 12 ms "
        "(also STUDIO_TRACE_STALLS=1)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (a streamed generation from the built-in demo "
        "server, offscreen if there is no display) and exit 0, or 1 with the reason",
    )
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    for command, endpoint, text in (
        ("generate", Endpoint.GENERATIONS, "make images from a prompt"),
        ("edit", Endpoint.EDITS, "change images as a prompt says"),
        ("vary", Endpoint.VARIATIONS, "make variations of an image (dall-e-2)"),
    ):
        sub = commands.add_parser(command, help=text)
        _request_options(sub, endpoint)
        _output_options(sub)
        _cost_options(sub)
        sub.set_defaults(command=command, endpoint=endpoint)
    _expand_command(commands)
    _gallery_commands(commands)
    _batch_commands(commands)
    _models_command(commands)
    return parser


def _gallery_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", action="append", default=[], help="repeatable")
    parser.add_argument("--kind", choices=[k.value for k in Kind], action="append", default=[])
    parser.add_argument("--favourites", action="store_true")
    parser.add_argument("--tag")
    parser.add_argument("--size", help="WIDTHxHEIGHT")
    parser.add_argument("--provider")
    parser.add_argument("--batch", metavar="ID", help="only the images a batch made")
    parser.add_argument("--trash", action="store_true", help="list the trash instead")
    parser.add_argument("--oldest-first", action="store_true")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="one JSON object per image per line")


def _gallery_commands(commands: Any) -> None:
    gallery = commands.add_parser("gallery", help="look through and manage the gallery")
    actions = gallery.add_subparsers(title="gallery commands", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the newest images")
    _gallery_filters(listing)
    listing.set_defaults(command="gallery", action="list", text="")
    search = actions.add_parser("search", help="images whose prompt, tags or notes match")
    search.add_argument("text")
    _gallery_filters(search)
    search.set_defaults(command="gallery", action="search")
    show = actions.add_parser("show", help="everything about one image")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(command="gallery", action="show")
    export = actions.add_parser(
        "export",
        help="copies as they are, with their metadata in .json and .xmp files beside them",
    )
    export.add_argument("ids", type=int, nargs="+")
    export.add_argument("--out", type=Path, default=Path())
    export.add_argument(
        "--embed",
        action="store_true",
        help="put the metadata inside each copy instead; this invalidates the content "
        "credentials (C2PA) of copies that carry them",
    )
    export.set_defaults(command="gallery", action="export")
    bring = actions.add_parser(
        "import",
        help="bring image files (or folders) into the gallery",
        description="Each file's outcome is printed: imported, already in the gallery, or "
        "skipped with the reason (and what was left out of its metadata). Exit 0 when every "
        "file is in the gallery afterwards, 1 when any could not be imported.",
    )
    bring.add_argument("paths", type=Path, nargs="+")
    bring.set_defaults(command="gallery", action="import")
    stats = actions.add_parser("stats", help="counts, size and cost")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(command="gallery", action="stats")
    check = actions.add_parser(
        "check",
        help="verify every file and the database",
        description="Checks the database page by page (a damaged one is set aside and the "
        "gallery rebuilt from its image files), adds back files a cut-short save left without "
        "an entry, and compares every file with its hash. Exit 0 when the gallery is "
        "consistent afterwards, 1 when images are missing or damaged.",
    )
    check.set_defaults(command="gallery", action="check")


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return run(parse(argv))


def run(args: argparse.Namespace) -> int:
    """Run a headless command; the window is started by ``studio.app`` instead."""
    setup_logging(Paths.from_environment().log_file, console=False)
    try:
        if args.command == "gallery":
            return _gallery(args)
        if args.command == "models":
            return asyncio.run(_models(args))
        if args.command == "expand":
            return _expand(args)
        if args.command == "batch":
            return asyncio.run(_batch(args))
        return asyncio.run(_run(args))
    except UsageError as error:
        _say(str(error))
        return EXIT_USAGE
    except InvalidParameters as error:
        _say(error.message)
        return EXIT_USAGE
    except ApiError as error:
        _say(error.message + (f" (request id {error.request_id})" if error.request_id else ""))
        return EXIT_FAILED
    except (GalleryError, CostRefused, ExpansionError) as error:
        _say(str(error))
        return EXIT_FAILED
    except OSError as error:
        _say(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say("stopped")
        return 130


def _say(message: str) -> None:
    print(f"studio: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    """Something to know that did not stop the command (a retired model, say)."""
    print(f"studio: warning: {message}", file=sys.stderr)


def _key_advice(provider: Provider, source: KeySource) -> str:
    """What to do about a key the server refused, said for the command line."""
    variable = provider.kind.key_variable
    first = (
        "The server asked for an API key and none was given."
        if source is KeySource.NONE
        else f"The server did not accept the API key (from the {source.value})."
    )
    return (
        f"{first} Set it in the {variable} environment variable (export {variable}=...), or "
        "use --provider NAME for a provider whose key is kept in the app (Settings → "
        "Providers)."
    )


def _provider(args: argparse.Namespace) -> Provider:
    found = _chosen_provider(args)
    if found is None:
        raise UsageError("no provider is set up; use --base-url or add one in the app")
    return found


def _chosen_provider(args: argparse.Namespace) -> Provider | None:
    """The provider ``--base-url`` or ``--provider`` names, else the active one (or None)."""
    if args.base_url:
        problem = check_base_url(args.base_url)
        if problem:  # said without the URL: it may hold a password
            raise UsageError(f"--base-url {problem}")
        # An id of its own per URL, so each server's list of models is kept apart.
        server = "url-" + hashlib.sha256(args.base_url.encode()).hexdigest()[:12]
        return Provider(server, args.base_url, ProviderKind.COMPATIBLE, base_url=args.base_url)
    settings = SettingsFile(Paths.from_environment().settings_file).load().settings
    if args.provider:
        wanted = args.provider.casefold()
        found = [p for p in settings.providers if wanted in (p.name.casefold(), p.id)]
        if not found:
            names = ", ".join(p.name for p in settings.providers)
            raise UsageError(f"no provider called {args.provider!r}; there are: {names}")
        return found[0]
    return settings.active_provider


def _request(args: argparse.Namespace) -> ImageRequest:
    """The request the flags describe; a flag that means nothing for it is refused with why."""
    given = {spec.name: getattr(args, spec.name) for spec in PARAMS if spec.flags}
    endpoint: Endpoint = args.endpoint
    if endpoint is not Endpoint.VARIATIONS and not given["model"]:
        given["model"] = DEFAULT_MODEL
    caps = capabilities_for(given["model"] or "dall-e-2")
    for spec in PARAMS:
        value = given.get(spec.name)
        if value is None or value in spec.inert:
            continue
        why = applies(spec, caps, endpoint, given["output_format"], stream=bool(given["stream"]))
        if why is not None:
            raise UsageError(f"{spec.flags[0]}: {why}")
    notes: list[str] = []
    images = tuple(_input(p, "image", notes) for p in given.pop("images") or ())
    layers = {
        name: _input(path, name, notes)
        for name in ("mask", "markup")
        if (path := given.pop(name)) is not None
    }
    _tell(notes)
    given["stream"] = bool(given["stream"])
    return ImageRequest(
        endpoint,
        getattr(args, "prompt", ""),
        images=images,
        **layers,
        **request_values(given),
    )


def _input(path: Path, param: str, notes: list[str]) -> ImageFile:
    """An input file; an SVG is refused for what it is, as the window refuses it."""
    try:
        return ImageFile.from_path(path, param=param, notes=notes)
    except InvalidParameters as error:
        with contextlib.suppress(NotAnImage, OSError):
            if is_svg(read_image_file(path)):
                raise InvalidParameters(
                    f"{path.name} is an SVG: SVG cannot be edited (it is made of vectors, and "
                    "the Images API edits pictures). Export it as a PNG first.",
                    param=param,
                ) from error
        raise


def _tell(notes: list[str]) -> None:
    """Conversions made to the inputs, one line each, as the window says them."""
    for note in notes:
        _say(note)


async def _run(args: argparse.Namespace) -> int:
    request = _request(args)
    for warning in validate(request):
        _warn(warning)
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be a number of seconds above 0")
    if args.estimate:
        return _print_estimate(args, request)
    provider = _provider(args).resolved()
    problem = provider.problem()
    if problem:
        raise UsageError(problem)
    key = await asyncio.to_thread(KeyStore().get, provider)
    deadline = args.timeout or await asyncio.to_thread(_request_timeout)
    started = time.monotonic()
    last: PartialImage | None = None

    async def progress(partial: PartialImage) -> None:
        nonlocal last
        last = partial
        print(f"partial image {partial.index + 1} received", file=sys.stderr)

    try:
        result = await _send_once(args, request, provider, key.value, progress, deadline)
    except AuthError as error:
        said = f" The server said: {error.detail}" if error.detail else ""
        error.message = _key_advice(provider, key.source) + said
        raise
    except ApiError as error:
        if isinstance(error, StreamInterrupted) and error.last_partial is not None:
            last = error.last_partial
        if last is not None:
            said = await asyncio.to_thread(
                _keep_preview, args, request, provider, last, time.monotonic() - started
            )
            error.message = f"{error.message} {said}"
        raise
    outcome = Outcome.of(
        request, result, provider=provider.name, duration=time.monotonic() - started
    )
    delivery = await asyncio.to_thread(_deliver, args, outcome)
    asked = request.output_format_or_default
    for number, image in enumerate(result.images, start=1):
        if image.format != asked:
            _warn(
                f"image {number} came as {image.format.upper()} although {asked.upper()} was "
                f"asked for; it is named as what it is ({EXTENSIONS[image.format]})."
            )
    for problem in (*result.unusable, *delivery.problems):
        _say(problem)
    if args.json:
        revised = next((i.revised_prompt for i in result.images if i.revised_prompt), None)
        summary = {
            "files": [str(path) for path in delivery.files],
            "gallery_ids": list(delivery.ids),
            "usage": None if result.usage is None else vars(result.usage),
            "request_id": result.request_id,
            "revised_prompt": revised,
            "seconds": round(time.monotonic() - started, 3),
        }
        print(json.dumps(summary))
    else:
        for path in delivery.files:
            print(path)
    failed = result.unusable or delivery.problems
    return EXIT_FAILED if failed else 0


class CostRefused(Exception):
    """The estimate passes ``--max-cost`` or a spending cap set to refuse; exit 1."""


def _print_estimate(args: argparse.Namespace, request: ImageRequest) -> int:
    """``--estimate``: the cost and what was spent, and nothing sent."""
    try:
        provider = _provider(args).name
    except UsageError:
        provider = ""
    with _open_gallery() as store:
        figure = estimate(request, store.pricing)
        overall, own = spent(store.journal), spent(store.journal, provider)
    if args.json:
        summary = figure.as_json() | {
            "spent_usd": {"today": overall.today, "month": overall.month},
            "provider": provider,
            "provider_spent_usd": {"today": own.today, "month": own.month},
        }
        print(json.dumps(summary))
        return 0
    tokens = figure.output_tokens
    print(f"estimated cost: {figure.text} ({figure.model}, {figure.images} image(s))")
    if tokens is not None:
        print(f"output tokens: {tokens.low:.0f} to {tokens.high:.0f}")
    print(f"basis: {'; '.join(figure.basis)}")
    print(f"spent: {overall.text}")
    return 0


def _check_cost(
    args: argparse.Namespace, figure: Estimate | Total, store: GalleryStore, provider: str
) -> None:
    caps = SettingsFile(Paths.from_environment().settings_file).load().settings.spending_caps
    verdict = check_caps(store.journal, caps, provider, figure)
    for warning in verdict.warnings:
        _say(warning)
    if verdict.refusal:
        raise CostRefused(verdict.refusal + " Nothing was sent.")
    if args.max_cost is None:
        return
    if figure.cost is None or (isinstance(figure, Total) and figure.unknown):
        raise CostRefused("the cost is unknown, so --max-cost cannot be honoured; nothing was sent")
    if figure.cost.high > args.max_cost:
        raise CostRefused(
            f"the estimate ({figure.text}) may pass --max-cost ${args.max_cost:.2f}; "
            "nothing was sent"
        )


async def _send_once(
    args: argparse.Namespace,
    request: ImageRequest,
    provider: Provider,
    key: str,
    progress: Callable[[PartialImage], Awaitable[None]],
    deadline: float,
) -> ImagesResult:
    """Check the cost, write the request down, send it once, and write down how it ended."""
    with _open_gallery() as store:
        figure = estimate(request, store.pricing)
        _check_cost(args, figure, store, provider.name)
        entry = store.journal.begin(
            provider=provider.name,
            model=request.model_name,
            endpoint=request.endpoint.value,
            prompt=request.prompt,
            params=request.parameters(),
            estimate=None if figure.cost is None else figure.cost.high,
            inputs=store.keep_inputs(request),
        )
        try:
            async with ImagesClient(provider, key) as client:
                result = await client.run(request, progress, deadline=deadline)
        except ApiError as error:
            store.journal.failed(entry, error.message, may_be_billed=error.may_be_billed)
            if error.may_be_billed:  # one line on stderr, as every error
                error.message = (
                    f"{error.message.rstrip('.')}. It may have been billed, so it was not "
                    "sent again."
                )
            raise
        except BaseException:
            store.journal.failed(entry, "Stopped while in flight.", may_be_billed=True)
            raise
        store.journal.done(entry)
        return result


def _models_command(commands: Any) -> None:
    models = commands.add_parser(
        "models",
        help="the models a provider offers, with what they do and when they shut down",
        description="Lists models with their endpoints, capabilities and lifecycle. The list "
        "comes from the provider when it answers (within a few seconds), else from the last "
        "list kept from it, else from Studio's own table; the output says which.",
    )
    models.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    models.add_argument("--base-url", help="ask this compatible server")
    models.add_argument("--provider", help="a provider from the settings, by name")
    models.set_defaults(command="models")


async def _provider_models(
    provider: Provider,
) -> tuple[tuple[ProviderModel, ...] | None, str, str]:
    """The provider's list, where it came from (``provider``, ``cache`` or ``table``) and a
    sentence saying so."""
    cache = ModelCache()
    problem = provider.problem()
    reason = problem or ""
    if not problem:
        key = await asyncio.to_thread(KeyStore().get, provider)
        options = ClientOptions(timeout=5.0, connect_timeout=3.0, max_retries=0)
        try:
            async with ImagesClient(provider, key.value, options) as client:
                listed = await client.list_models()
        except ApiError as error:
            reason = error.message
        else:
            cache.save(provider.id, listed)
            return listed, "provider", f"Models offered by {provider.name}, asked just now."
    cached = cache.load(provider.id)
    if cached is not None:
        listed, fetched = cached
        when = fetched.astimezone().strftime("%Y-%m-%d %H:%M")
        return (
            listed,
            "cache",
            f"{provider.name} could not be asked ({reason.rstrip('.')}); its list from {when}.",
        )
    return (
        None,
        "table",
        f"{provider.name} could not be asked ({reason.rstrip('.')}); Studio's own table.",
    )


def _model_entry(
    info: ModelInfo, today: date, listed: tuple[ProviderModel, ...] | None, openai: bool
) -> dict[str, Any]:
    caps = capabilities_for(info.name)
    summary: dict[str, Any] = {
        "sizes": list(caps.sizes),
        "free_size": None
        if caps.free_size is None
        else f"any WxH in multiples of {caps.free_size.multiple}, long side up to "
        f"{caps.free_size.max_long_edge}, {caps.free_size.min_pixels:,} to "
        f"{caps.free_size.max_pixels:,} pixels",
        "qualities": list(caps.qualities),
        "output_formats": list(caps.output_formats),
        "n_max": caps.n_max,
        "streaming": caps.streaming,
        "mask": caps.mask,
        "markup": caps.markup,
        "complexity": list(caps.complexity),
    }
    return {
        "id": info.name,
        "state": info.state(today).value,
        "released": info.released.isoformat() if info.released else None,
        "shutdown": info.shutdown.isoformat() if info.shutdown else None,
        "replacement": replacement_for(info.name, today, listed, openai=openai),
        "note": info.note or None,
        "known": info.known,
        "offered": info.offered,
        "endpoints": sorted(e.value for e in caps.endpoints) if caps.known else None,
        "capabilities": summary if caps.known else None,
    }


async def _models(args: argparse.Namespace) -> int:
    today = date.today()
    provider = _chosen_provider(args)
    if provider is None:
        listed, source = None, "table"
        said = "No provider is set up: Studio's own table."
        openai = True
    else:
        provider = provider.resolved()
        listed, source, said = await _provider_models(provider)
        openai = provider.kind is not ProviderKind.COMPATIBLE
    choices = model_choices(listed, openai=openai, today=today)
    entries = [_model_entry(info, today, listed, openai) for info in choices]
    if args.json:
        document = {
            "source": source,
            "provider": None if provider is None else provider.name,
            "today": today.isoformat(),
            "said": said,
            "models": entries,
        }
        print(json.dumps(document, ensure_ascii=False))
        return 0
    print(said)
    rows = [_model_row(entry) for entry in entries]
    widths = [max((len(row[column]) for row in rows), default=0) for column in (0, 1)]
    for name, state, what in rows:
        print(f"{name:<{widths[0]}}  {state:<{widths[1]}}  {what}")
    return 0


def _model_row(entry: dict[str, Any]) -> tuple[str, str, str]:
    """Name, lifecycle and what the model does, for one line of ``studio models``."""
    name = entry["id"] + (f" ({entry['note']})" if entry["note"] else "")
    if entry["state"] == "live":
        state = "live"
    elif entry["state"] == "deprecated":
        state = f"shuts down {entry['shutdown']}"
    else:
        state = f"shut down {entry['shutdown'] or ''}".rstrip()
    if entry["replacement"]:
        state += f", use {entry['replacement']}"
    caps = entry["capabilities"]
    if caps is None:
        return name, state, "not in Studio's table: sent as set"
    extras = [flag for flag in ("mask", "markup", "streaming") if caps[flag]]
    if caps["complexity"]:
        extras.append("complexity")
    formats = "/".join(caps["output_formats"]) or "png"
    return (
        name,
        state,
        "; ".join(filter(None, [", ".join(entry["endpoints"]), formats, ", ".join(extras)])),
    )


def _request_timeout() -> float:
    return SettingsFile(Paths.from_environment().settings_file).load().settings.request_timeout


@dataclass
class _Delivery:
    """Where the images of one answer went: gallery ids, files, and what went wrong."""

    ids: list[int] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _deliver(args: argparse.Namespace, outcome: Outcome) -> _Delivery:
    """Keep ``outcome``'s (checked) images: in the gallery first, then copied to ``--out``.

    Whatever fails, each image ends up somewhere and the problems say where: with
    ``--no-save``, an image that cannot be written to ``--out`` goes to the gallery instead."""
    done = _Delivery()
    kept: tuple[ImageRecord, ...] = ()
    tried = not args.no_save
    if tried:
        kept = _into_gallery(outcome, done)
    folder = args.out if args.out is not None else Path()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for number, image in enumerate(outcome.images, start=1):
        stem = f"studio-{stamp}-{number}"
        try:
            done.files.append(write_new(folder, stem, EXTENSIONS[image.format], image.data))
        except OSError as error:
            reason = f"{error.strerror or error}"
            where = f"{folder} could not be written ({reason})"
            if not tried:
                tried, kept = True, _into_gallery(outcome, done)
            if len(kept) >= number:
                record = kept[number - 1]
                done.problems.append(
                    f"{where}; image {number} is kept in the gallery as image {record.id} at "
                    f"{record.path}."
                )
            else:
                done.problems.append(f"{where}; image {number} could not be kept anywhere.")
    if kept and not done.problems:
        ids = ", ".join(str(record.id) for record in kept)
        print(f"kept in the gallery as {ids}", file=sys.stderr)
    return done


def _into_gallery(outcome: Outcome, done: _Delivery) -> tuple[ImageRecord, ...]:
    try:
        with _open_gallery() as store:
            kept = store.save(outcome)
    except GalleryError as error:
        done.problems.append(f"The gallery could not keep the result: {error}")
        return ()
    except OSError as error:  # its folder cannot be made or written: --out may still work
        done.problems.append(f"The gallery could not keep the result: {error.strerror or error}.")
        return ()
    done.ids.extend(record.id for record in kept)
    return kept


def _keep_preview(
    args: argparse.Namespace,
    request: ImageRequest,
    provider: Provider,
    last: PartialImage,
    duration: float,
) -> str:
    """A broken request's last preview kept as a partial; the sentence that says where."""
    try:
        image = last.image.checked()
    except NotAnImage as error:
        return f"The last preview was not usable ({error}), so nothing was kept."
    outcome = Outcome(
        request,
        (image,),
        provider=provider.name,
        size=last.size,
        quality=last.quality,
        background=last.background,
        duration=duration,
        status=Status.PARTIAL,
    )
    wanted = args.out is not None  # the preview goes to --out only when a folder was named
    done = _Delivery()
    kept = () if args.no_save else _into_gallery(outcome, done)
    written: Path | None = None
    if wanted or not kept:
        try:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            folder = args.out if args.out is not None else Path()
            written = write_new(
                folder, f"studio-{stamp}-partial", EXTENSIONS[image.format], image.data
            )
        except OSError as error:
            done.problems.append(f"{args.out or Path()} could not be written ({error.strerror}).")
    places = []
    if kept:
        places.append(f"kept in the gallery as image {kept[0].id} (marked partial)")
    if written is not None:
        places.append(f"written to {written}")
    if not places:
        return "The last preview could not be kept: " + " ".join(done.problems)
    return "The last preview was " + " and ".join(places) + "."


def _open_gallery(*, say_notice: bool = True) -> GalleryStore:
    """The gallery, its notice (a database rebuilt on opening) said unless ``say_notice`` is
    False: ``gallery check`` says it in its report."""
    paths = Paths.from_environment()
    settings = SettingsFile(paths.settings_file).load().settings
    store = GalleryStore(paths.data, Pricing.load(settings.pricing_overrides))
    if store.notice and say_notice:
        _say(store.notice)
        store.notice = None  # said; a notice from now on is news
    return store


def _image_line(record: ImageRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "path": str(record.path),
        "prompt": record.prompt,
        "model": record.model,
        "created": record.created,
        "kind": record.generation.kind.value,
        "size": f"{record.width}x{record.height}",
        "favourite": record.favourite,
        "tags": list(record.tags),
    }


def _gallery(args: argparse.Namespace) -> int:
    with _open_gallery(say_notice=args.action != "check") as store:
        try:
            return _gallery_action(store, args)
        except GalleryError as error:
            if store.notice is None:
                raise
            # The command met a damaged database, now set aside and rebuilt: say so, and do
            # what was asked on the rebuilt gallery.
            _say(str(error))
            store.notice = None
            return _gallery_action(store, args)
        finally:
            if store.notice:
                _say(store.notice)  # a rebuild the command went through without failing


def _gallery_action(store: GalleryStore, args: argparse.Namespace) -> int:
    if args.action in ("list", "search"):
        query = Query(
            text=args.text,
            models=tuple(args.model),
            kinds=tuple(Kind(k) for k in args.kind),
            favourite=args.favourites,
            tag=args.tag,
            size=args.size,
            provider=args.provider,
            batch=args.batch,
            trashed=args.trash,
            newest_first=not args.oldest_first,
        )
        for record in store.query(query, limit=args.limit).images:
            if args.json:
                print(json.dumps(_image_line(record), ensure_ascii=False))
            else:
                when = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created))
                print(f"{record.id:>7}  {when}  {record.model:<22} {record.prompt[:60]}")
        return 0
    if args.action == "show":
        record = store.get(args.id)
        if record is None:
            raise UsageError(f"there is no image {args.id} in the gallery")
        parents = [r.sha256 for r, _ in store.lineage(record.id, 1).ancestors]
        description = {"id": record.id, "path": str(record.path)}
        description |= embedded_description(record, parents)
        with contextlib.suppress(OSError):  # a missing file is reported by `gallery check`
            credentials = read_credentials(record.path.read_bytes())
            description["content_credentials"] = credentials.summary
        if args.json:
            print(json.dumps(description, ensure_ascii=False))
        else:
            description["created"] = time.strftime(
                "%Y-%m-%d %H:%M:%S", time.localtime(record.created)
            )
            _print_fields(description)
        return 0
    if args.action == "export":
        for path in store.export(args.ids, args.out, embed=args.embed):
            print(path)
            if args.embed and has_provenance(path.read_bytes()):
                _warn(f"{path.name}: metadata embedded; its content credentials no longer hold")
        return 0
    if args.action == "import":
        return _import(store, args.paths)
    if args.action == "stats":
        stats = store.stats()
        if args.json:
            print(json.dumps(vars(stats)))
        else:
            print(
                f"{stats.images} images from {stats.generations} requests, "
                f"{stats.favourites} favourites, {stats.trashed} in the trash, "
                f"{stats.bytes / 1e6:.1f} MB; estimated cost ${stats.cost:.2f} "
                f"(today ${stats.cost_today:.2f})"
            )
        return 0
    return _check(store)


def _print_fields(fields: dict[str, Any], indent: int = 0) -> None:
    """``name: value`` lines, the names right-aligned; a value that is itself a set of
    fields (the parameters, the usage) as more such lines under its name, further in."""
    shown = {key: value for key, value in fields.items() if value not in (None, "", [], {})}
    width = max((len(key) for key in shown), default=0)
    for key, value in shown.items():
        name = " " * indent + f"{key:>{width}}"
        if isinstance(value, dict):
            print(f"{name}:")
            _print_fields(value, indent + width + 2)
        elif isinstance(value, list):
            print(f"{name}: {', '.join(str(item) for item in value)}")
        else:
            print(f"{name}: {value}")


def _import(store: GalleryStore, paths: list[Path]) -> int:
    report = store.import_files(paths)
    notes: dict[Path, list[str]] = {}
    for path, note in report.notes:
        notes.setdefault(path, []).append(note)
    for source, record in zip(report.sources, report.imported, strict=True):
        print(f"imported {source} as image {record.id}")
        for note in notes.get(source, []):
            print(f"  {note}")
    for path in report.already:
        print(f"already in the gallery: {path}")
    for path, reason in report.skipped:
        _say(f"skipped {path}: {reason}")
    return EXIT_FAILED if report.skipped else 0


def _check(store: GalleryStore) -> int:
    report = store.check()
    if report.repaired:
        print(f"database: {report.repaired}")
        store.notice = None  # said here, once
    for record in report.recovered:
        print(f"added back: {record.path} had no entry in the gallery (a save cut short)")
    for record in report.missing:
        print(f"missing: image {record.id}'s file {record.path} is gone")
    for record in report.damaged:
        print(f"damaged: image {record.id}'s file {record.path} no longer matches its hash")
    for path in report.orphans:
        print(f"not in the gallery: {path} (it is not an image Studio can read)")
    if report.integrity != "ok":
        print(f"database: {report.integrity}")
    if report.temps_removed:
        print(f"removed {report.temps_removed} unfinished temporary files")
    if not report.ok:
        print("The gallery has problems (above).")
    elif report.repaired:
        print(f"The gallery was repaired and is consistent now; {_lost(report.undescribed)}.")
    else:
        print("The gallery is consistent.")
    return 0 if report.ok else 1


def _lost(undescribed: int) -> str:
    if undescribed == 0:
        return "nothing was lost"
    if undescribed == 1:
        return "1 image kept its pixels but lost its prompt and settings"
    return f"{undescribed} images kept their pixels but lost their prompt and settings"


# -- studio batch ------------------------------------------------------------------------------


def _batch_commands(commands: Any) -> None:
    batch = commands.add_parser(
        "batch", help="many requests from a template: live or at half price"
    )
    actions = batch.add_subparsers(title="batch commands", metavar="ACTION", required=True)
    for name, text in (
        ("run", "expand TEMPLATE over values and a matrix, then send it"),
        ("submit", "send FILE's prompts (one a line, or CSV/TSV rows for --template)"),
    ):
        sub = actions.add_parser(name, help=text)
        if name == "run":
            sub.add_argument("template", help="prompt with {variables} and {a|b|c} choices")
            values = sub.add_mutually_exclusive_group()
            values.add_argument("--values", type=Path, metavar="FILE", help="one value a line")
            values.add_argument("--csv", type=Path, metavar="FILE", help="CSV/TSV with a header")
        else:
            sub.add_argument("file", type=Path)
            sub.add_argument("--template", default="", help="default: each line is a prompt")
        sub.add_argument(
            "--matrix",
            action="append",
            default=[],
            metavar="PARAM=A,B",
            help="vary size, quality, model or background (repeatable)",
        )
        sub.add_argument(
            "--api",
            "--via",
            dest="api",
            choices=("batch", "batch-api", "live"),
            default="batch",
            help="the Batch API at half price (default) or live",
        )
        sub.add_argument("--model", default=DEFAULT_MODEL)
        for flag in ("--size", "--quality", "--background"):
            sub.add_argument(flag)
        sub.add_argument("--n", type=int)
        sub.add_argument("--concurrency", type=int, default=2, help="live requests at once")
        sub.add_argument("--wait", action="store_true", help="wait for the batch and fetch it")
        _cost_options(sub)
        _batch_connection(sub)
        sub.set_defaults(command="batch", action=name)
    rerun = actions.add_parser(
        "rerun",
        help="send a batch again as it was made (template, values, matrix, parameters), "
        "with the changes given",
    )
    rerun.add_argument("id")
    rerun.add_argument(
        "--api", "--via", dest="api", choices=("batch", "batch-api", "live"),
        help="default: as the batch was sent",
    )  # fmt: skip
    rerun.add_argument(
        "--model", help="every line with this model (the matrix no longer varies it)"
    )
    for flag in ("--size", "--quality", "--background"):
        rerun.add_argument(flag)
    rerun.add_argument("--n", type=int)
    rerun.add_argument("--concurrency", type=int, default=2, help="live requests at once")
    rerun.add_argument("--wait", action="store_true", help="wait for the batch and fetch it")
    _cost_options(rerun)
    _batch_connection(rerun)
    rerun.set_defaults(command="batch", action="rerun")
    for name, text in (
        ("status", "where a batch is"),
        ("fetch", "keep a batch's finished results in the gallery"),
        ("cancel", "stop a batch"),
    ):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("id")
        _batch_connection(sub)
        sub.set_defaults(command="batch", action=name)
    listing = actions.add_parser("list", help="the batches this gallery knows")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(command="batch", action="list")


def _batch_connection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")
    parser.add_argument("--base-url", help="send to this compatible server instead")
    parser.add_argument("--provider", help="a provider from the settings, by name")


async def _batch(args: argparse.Namespace) -> int:
    if args.action == "list":
        with _open_gallery() as store:
            for record in store.journal.batches():
                line = {
                    "id": record.id,
                    "status": record.status,
                    "provider": record.provider,
                    "created": record.created,
                    "counts": record.counts,
                    "fetched": record.fetched is not None,
                }
                if args.json:
                    print(json.dumps(line))
                else:
                    done = record.counts.get("completed", 0)
                    print(
                        f"{record.id}  {record.status:<11} {done}/"
                        f"{record.counts.get('total', 0)}  {record.provider}"
                    )
        return 0
    if args.action in ("run", "submit"):
        return await _batch_run(args)
    if args.action == "rerun":
        return await _batch_rerun(args)
    provider, key = await _connection(args)
    async with ImagesClient(provider, key) as client:
        with _open_gallery() as store:
            runner = BatchRunner(client, store, provider.name)
            if args.action == "fetch":
                record = store.journal.batch(args.id)
                if record is None:
                    raise UsageError(f"this gallery has no batch {args.id}")
                if record.live:
                    _say(f"{args.id} ran live: its images were kept as each line came back")
                report = await runner.fetch(args.id)
                _say_lines(args, store, report.saved, report.failed)
                if not report.status.finished:
                    _say(f"the batch is {report.status.status}; fetch again later for the rest")
                return 0
            status = await (runner.cancel if args.action == "cancel" else runner.refresh)(args.id)
    _batch_say(
        args,
        {"id": status.id, "status": status.status, **status.counts}
        | ({"errors": list(status.errors)} if status.errors else {}),
    )
    return 0


def _say_lines(
    args: argparse.Namespace,
    store: GalleryStore,
    saved: Sequence[tuple[str, tuple[int, ...]]],
    failed: Sequence[tuple[str, str]],
) -> None:
    """A batch's lines as they came back: each kept image's id and path, each failure why."""
    for custom_id, ids in saved:
        for record in store.get_many(ids):
            _batch_say(args, {"custom_id": custom_id, "id": record.id, "path": str(record.path)})
    for custom_id, why in failed:
        _say(f"{custom_id} failed: {why}")


def _batch_say(args: argparse.Namespace, line: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(line, ensure_ascii=False))
    else:
        print("  ".join(str(value) for value in line.values()))


async def _connection(args: argparse.Namespace) -> tuple[Provider, str]:
    provider = _provider(args).resolved()
    problem = provider.problem()
    if problem:
        raise UsageError(problem)
    key = await asyncio.to_thread(KeyStore().get, provider)
    return provider, key.value


async def _batch_run(args: argparse.Namespace) -> int:
    if args.action == "submit":
        text, table = args.file.read_text(encoding="utf-8-sig"), args.file.suffix.lower()
        draft = BatchDraft(args.template or "{prompt}", text, table in (".csv", ".tsv"))
    elif args.csv is not None:
        draft = BatchDraft(args.template, args.csv.read_text(encoding="utf-8-sig"), True)
    elif args.values is not None:
        draft = BatchDraft(args.template, args.values.read_text(encoding="utf-8-sig"))
    else:
        draft = BatchDraft(args.template)
    base = ImageRequest(
        Endpoint.GENERATIONS,
        model=args.model,
        size=args.size,
        quality=args.quality,
        background=args.background,
        n=args.n,
    )
    draft = replace(draft, matrix="; ".join(args.matrix), base=base, batch_api=args.api != "live")
    return await _send_draft(args, draft)


async def _batch_rerun(args: argparse.Namespace) -> int:
    """The batch's recipe, changed as the flags say, sent as a new batch."""
    with _open_gallery() as store:
        record = store.journal.batch(args.id)
        if record is None:
            raise UsageError(f"this gallery has no batch {args.id}")
        try:
            draft = draft_of(store, record)
        except OSError as error:
            raise UsageError(
                f"an input image of {args.id} is gone from the gallery ({error.strerror})"
            ) from error
    draft = draft.changed(
        model=args.model, size=args.size, quality=args.quality, background=args.background, n=args.n
    )
    if args.api is not None:
        draft = replace(draft, batch_api=args.api != "live")
    return await _send_draft(args, draft)


async def _send_draft(args: argparse.Namespace, draft: BatchDraft) -> int:
    """Expand ``draft``; print its estimate (``--estimate``) or send it live or through the
    Batch API, recorded with its recipe."""
    items = draft.expanded()
    warnings = {warning for item in items for warning in validate(item.request)}
    for warning in sorted(warnings):
        _say(warning)
    batch_api = draft.batch_api
    with _open_gallery() as store:
        planned = preview(items, store.pricing, batch_api=batch_api)
    if args.estimate:
        if args.json:
            lines = [
                {
                    "custom_id": item.custom_id,
                    "prompt": item.prompt,
                    "model": item.request.model_name,
                    "size": item.request.size,
                    "quality": item.request.quality,
                    "cost_usd": None if e.cost is None else e.cost.as_json(),
                }
                for item, e in zip(planned.items, planned.estimates, strict=True)
            ]
            print(json.dumps(planned.total.as_json() | {"batch_api": batch_api, "lines": lines}))
        else:
            for item, figure in zip(planned.items, planned.estimates, strict=True):
                print(f"{item.custom_id}  {figure.text:<20} {item.prompt}")
            via = "through the Batch API (half price)" if batch_api else "live"
            print(f"{planned.count} requests {via}; estimated total {planned.total.text}")
        return 0
    provider, key = await _connection(args)
    async with ImagesClient(provider, key) as client:
        with _open_gallery() as store:
            _check_cost(args, planned.total, store, provider.name)
            runner = BatchRunner(client, store, provider.name)
            recipe = draft.recipe(store.keep_inputs(draft.base))
            if not batch_api:
                report = await runner.run_live(items, args.concurrency, recipe=recipe)
                _say_lines(args, store, report.saved, report.failed)
                _say(f"kept as batch {report.batch_id}")
                return 0 if not report.failed else EXIT_FAILED
            record = await runner.submit(items, recipe)
            _batch_say(
                args,
                {"batch_id": record.id, "requests": len(items), "estimate_usd": record.estimate},
            )
            if args.wait:
                await runner.wait(record.id)
                fetched = await runner.fetch(record.id)
                for custom_id, ids in fetched.saved:
                    for saved in store.get_many(ids):
                        _batch_say(
                            args, {"custom_id": custom_id, "id": saved.id, "path": str(saved.path)}
                        )
    return 0


# -- studio expand --------------------------------------------------------------------------

#: The parameters ``studio expand`` sets itself: the canvas is its image, the new area its mask.
_EXPAND_SETS = ("images", "mask", "markup", "size")


def _expand_command(commands: Any) -> None:
    expand = commands.add_parser(
        "expand",
        help="extend a picture beyond its edges (outpainting) to a size the model accepts",
    )
    _request_options(expand, Endpoint.EDITS, leave=_EXPAND_SETS)
    expand.add_argument(
        "--image",
        dest="source",
        required=True,
        metavar="PATH|ID",
        help="the picture: a file, or a gallery image's id",
    )
    expand.add_argument(
        "--size",
        dest="canvas",
        metavar="WIDTHxHEIGHT",
        help="the canvas wanted; the nearest size the model accepts is sent",
    )
    expand.add_argument(
        "--anchor",
        choices=[a.value for a in Anchor],
        default=Anchor.CENTER.value,
        help="where the picture stays on the new canvas (default center)",
    )
    expand.add_argument(
        "--seam",
        type=int,
        default=32,
        help="how far (px) the edit may reach into the picture, softening towards it",
    )
    _output_options(expand)
    _cost_options(expand)
    expand.set_defaults(command="expand", endpoint=Endpoint.EDITS, **dict.fromkeys(_EXPAND_SETS))


def _expand_source(image: str, save: bool) -> tuple[bytes, str, int | None]:
    """The picture's bytes, its name and its gallery id: a file not yet in the gallery is
    imported (unless nothing is to be saved) so that the result's lineage starts at it."""
    path = Path(image)
    if not path.exists() and image.isdigit():
        with _open_gallery() as store:
            record = store.get(int(image))
        if record is None:
            raise UsageError(f"there is no image {image} in the gallery")
        return record.path.read_bytes(), record.path.name, record.id
    try:
        data = read_image_file(path)
    except NotAnImage as error:
        raise UsageError(f"{image} cannot be expanded: {error}") from error
    if not save:
        return data, path.name, None
    with _open_gallery() as store:
        report = store.import_files([path])
    if report.imported:
        return data, path.name, report.imported[0].id
    for _, reason in report.skipped:
        _say(f"{path.name}: {reason}; pass its gallery id as --image to link the result to it")
    return data, path.name, None


def _expand(args: argparse.Namespace) -> int:
    """Send an edit whose image is the picture on a larger canvas (the new area transparent)
    and whose mask is transparent over the new area and the seam; keep the picture's pixels."""
    wanted = parse_size(args.canvas or "")
    if wanted is None:
        raise UsageError("--size WIDTHxHEIGHT is needed: the canvas to expand to")
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be a number of seconds above 0")
    flags = _request(args)  # every other flag, checked against the model
    caps = capabilities_for(flags.model or DEFAULT_MODEL)
    if Endpoint.EDITS not in caps.endpoints:
        raise UsageError(f"{caps.name} does not edit images, so it cannot expand one")
    data, name, original_id = _expand_source(args.source, not (args.no_save or args.estimate))
    try:
        picture = inspect(data)
        plan = plan_expansion(
            caps, (picture.width, picture.height), wanted, Anchor(args.anchor), seam=args.seam
        )
        canvas = expanded_image(data, plan)
    except ValueError as error:  # NotAnImage is one too
        raise UsageError(f"{name}: {error}") from error
    for change in plan.changes:
        _say(change)
    mask = expansion_mask(plan)
    request = replace(
        flags,
        images=(ImageFile(canvas, "expanded.png", "png"),),
        mask=ImageFile(mask, "mask.png", "png"),
        size=f"{plan.canvas[0]}x{plan.canvas[1]}",
    )
    for warning in validate(request):
        _warn(warning)
    if args.estimate:
        return _print_estimate(args, request)
    provider = _provider(args).resolved()
    problem = provider.problem()
    if problem:
        raise UsageError(problem)
    key = KeyStore().get(provider)
    deadline = args.timeout or _request_timeout()
    started = time.monotonic()
    last: PartialImage | None = None

    async def send() -> ImagesResult:
        async def progress(partial: PartialImage) -> None:
            nonlocal last
            last = partial
            print(f"partial image {partial.index + 1} received", file=sys.stderr)

        # Journalled and checked against --max-cost and the spending caps, as generate/edit.
        return await _send_once(args, request, provider, key.value, progress, deadline)

    try:
        result = asyncio.run(send())
    except ApiError as error:
        if isinstance(error, StreamInterrupted) and error.last_partial is not None:
            last = error.last_partial
        if last is not None:
            said = _keep_preview(args, request, provider, last, time.monotonic() - started)
            error.message = f"{error.message} {said}"
        raise
    kept_images: list[GeneratedImage] = []
    shares: list[float | None] = []
    for image in result.images:
        kept = keep_unmasked(canvas, image.data, mask)
        shares.append(None if kept is None else kept.changed_outside)
        kept_images.append(
            image if kept is None else GeneratedImage(kept.data, "png", image.revised_prompt)
        )
    outcome = Outcome.of(
        request,
        result,
        provider=provider.name,
        duration=time.monotonic() - started,
        parents=() if original_id is None else (original_id,),
    )
    what = f"Expanded from {picture.width}x{picture.height} to {plan.canvas[0]}x{plan.canvas[1]}"
    delivery = _deliver_expansion(args, outcome, kept_images, shares, what)
    for problem in (*result.unusable, *delivery.problems):
        _say(problem)
    if args.json:
        summary = {
            "files": [str(path) for path in delivery.files],
            "gallery_ids": list(delivery.ids),
            "size": f"{plan.canvas[0]}x{plan.canvas[1]}",
            "box": list(plan.box),
            "changed_outside": shares,
            "request_id": result.request_id,
        }
        print(json.dumps(summary))
    else:
        for path in delivery.files:
            print(path)
    return EXIT_FAILED if result.unusable or delivery.problems else 0


def _deliver_expansion(
    args: argparse.Namespace,
    outcome: Outcome,
    kept: list[GeneratedImage],
    shares: list[float | None],
    what: str,
) -> _Delivery:
    """The model's results into the gallery, each kept image (the picture's pixels put back)
    as its child, as the worker does for a kept-unmasked edit; then the kept images to
    ``--out``. Each image ends up somewhere, and the problems say where."""
    done = _Delivery()
    if not args.no_save:
        try:
            with _open_gallery() as store:
                for record, image, share in zip(store.save(outcome), kept, shares, strict=True):
                    if share is None:
                        done.ids.append(record.id)
                        continue
                    child = Outcome(
                        outcome.request,
                        (image,),
                        provider=outcome.provider,
                        parents=(record.id,),
                        cost=0.0,  # the model's result carries the cost
                    )
                    (saved,) = store.save(child)
                    store.set_notes(
                        saved.id,
                        f"{what}; the picture's pixels were put back outside the mask (the "
                        f"model had changed {share:.1%} of them; its own result is image "
                        f"{record.id}).",
                    )
                    done.ids.append(saved.id)
        except (GalleryError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) else error
            done.problems.append(f"The gallery could not keep the result: {reason}")
    folder = args.out if args.out is not None else Path()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for number, image in enumerate(kept, start=1):
        try:
            path = write_new(
                folder, f"studio-{stamp}-{number}", EXTENSIONS[image.format], image.data
            )
        except OSError as error:
            where = f"{folder} could not be written ({error.strerror or error})"
            if len(done.ids) >= number:
                kept_as = done.ids[number - 1]
                done.problems.append(f"{where}; image {number} is kept as gallery image {kept_as}.")
            else:
                done.problems.append(f"{where}; image {number} could not be kept anywhere.")
            continue
        done.files.append(path)
    if done.ids:
        print(f"kept in the gallery as {', '.join(map(str, done.ids))}", file=sys.stderr)
    return done
