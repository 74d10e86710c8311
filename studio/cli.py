"""The command line: the app's options, and headless commands over the same services (no Qt).

``studio generate|edit|vary`` send one request, write each image to ``--out`` and exit 0; on any
error they print one line to stderr and exit 1 (2 for invalid arguments) — never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from studio import __version__
from studio.api import (
    DEFAULT_MODEL,
    EXTENSIONS,
    PARAMS,
    ApiError,
    Endpoint,
    GeneratedImage,
    ImageFile,
    ImageRequest,
    ImagesClient,
    ImagesResult,
    InvalidParameters,
    ParamKind,
    PartialImage,
    applies,
    capabilities_for,
    request_values,
    validate,
)
from studio.batch import (
    BatchRunner,
    ExpansionError,
    Template,
    expand,
    parse_matrix,
    preview,
    rows_from_file,
    rows_from_lines,
    rows_from_table,
)
from studio.config import KeyStore, Paths, Provider, ProviderKind, SettingsFile, setup_logging
from studio.gallery import (
    GalleryError,
    GalleryStore,
    ImageRecord,
    Kind,
    Outcome,
    Pricing,
    Query,
    embedded_description,
    has_provenance,
    read_credentials,
)
from studio.gallery.estimates import Estimate, Total, estimate
from studio.gallery.spending import check_caps, spent

__all__ = ["build_parser", "main", "parse", "run"]

EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Arguments that cannot work; exit 2."""


def _request_options(parser: argparse.ArgumentParser, endpoint: Endpoint) -> None:
    """A flag for every request parameter, from the parameter table. Those the endpoint never
    takes are accepted but unlisted, so using one says why instead of "unrecognized"."""
    for spec in PARAMS:
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
    parser.add_argument("--out", type=Path, default=Path(), help="folder for the images")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--no-save", action="store_true", help="do not keep it in the gallery")
    parser.add_argument("--base-url", help="send to this compatible server instead")
    parser.add_argument("--provider", help="a provider from the settings, by name")


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
    _gallery_commands(commands)
    _batch_commands(commands)
    return parser


def _gallery_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", action="append", default=[], help="repeatable")
    parser.add_argument("--kind", choices=[k.value for k in Kind], action="append", default=[])
    parser.add_argument("--favourites", action="store_true")
    parser.add_argument("--tag")
    parser.add_argument("--size", help="WIDTHxHEIGHT")
    parser.add_argument("--provider")
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
    bring = actions.add_parser("import", help="bring image files (or folders) into the gallery")
    bring.add_argument("paths", type=Path, nargs="+")
    bring.set_defaults(command="gallery", action="import")
    stats = actions.add_parser("stats", help="counts, size and cost")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(command="gallery", action="stats")
    check = actions.add_parser("check", help="verify every file and the database")
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


def _provider(args: argparse.Namespace) -> Provider:
    if args.base_url:
        return Provider("cli", args.base_url, ProviderKind.COMPATIBLE, base_url=args.base_url)
    settings = SettingsFile(Paths.from_environment().settings_file).load().settings
    if args.provider:
        wanted = args.provider.casefold()
        found = [p for p in settings.providers if wanted in (p.name.casefold(), p.id)]
        if not found:
            names = ", ".join(p.name for p in settings.providers)
            raise UsageError(f"no provider called {args.provider!r}; there are: {names}")
        return found[0]
    if settings.active_provider is None:
        raise UsageError("no provider is set up; use --base-url or add one in the app")
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
    images = tuple(ImageFile.from_path(path) for path in given.pop("images") or ())
    layers = {
        name: ImageFile.from_path(path, param=name)
        for name in ("mask", "markup")
        if (path := given.pop(name)) is not None
    }
    given["stream"] = bool(given["stream"])
    return ImageRequest(
        endpoint,
        getattr(args, "prompt", ""),
        images=images,
        **layers,
        **request_values(given),
    )


async def _run(args: argparse.Namespace) -> int:
    request = _request(args)
    for warning in validate(request):
        _say(warning)
    if args.estimate:
        return _print_estimate(args, request)
    provider = _provider(args).resolved()
    problem = provider.problem()
    if problem:
        raise UsageError(problem)
    key = await asyncio.to_thread(KeyStore().get, provider)
    started = time.monotonic()

    async def progress(partial: PartialImage) -> None:
        print(f"partial image {partial.index + 1} received", file=sys.stderr)

    result = await _send_once(args, request, provider, key.value, progress)
    images = list(result.images)
    files = _write(images, args.out)
    if not args.no_save and images:
        outcome = Outcome.of(
            request, result, provider=provider.name, duration=time.monotonic() - started
        )
        with _open_gallery() as store:
            saved = store.save(outcome)
        print(f"kept in the gallery as {', '.join(str(r.id) for r in saved)}", file=sys.stderr)
    if args.json:
        revised = next((i.revised_prompt for i in images if i.revised_prompt), None)
        summary = {
            "files": [str(path) for path in files],
            "usage": None if result.usage is None else vars(result.usage),
            "request_id": result.request_id,
            "revised_prompt": revised,
            "seconds": round(time.monotonic() - started, 3),
        }
        print(json.dumps(summary))
    else:
        for path in files:
            print(path)
    return 0


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
        )
        try:
            async with ImagesClient(provider, key) as client:
                result = await client.run(request, progress)
        except ApiError as error:
            store.journal.failed(entry, error.message, may_be_billed=error.may_be_billed)
            if error.may_be_billed:
                _say(
                    "the server may have started this request, so it may have been billed; "
                    "it was not sent again"
                )
            raise
        except BaseException:
            store.journal.failed(entry, "Stopped while in flight.", may_be_billed=True)
            raise
        store.journal.done(entry)
        return result


def _write(images: list[GeneratedImage], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    written = []
    for number, image in enumerate(images, start=1):
        path = folder / f"studio-{stamp}-{number}{EXTENSIONS.get(image.format, '.bin')}"
        while path.exists():
            path = path.with_stem(path.stem + "-again")
        path.write_bytes(image.data)
        written.append(path)
    return written


def _open_gallery() -> GalleryStore:
    paths = Paths.from_environment()
    settings = SettingsFile(paths.settings_file).load().settings
    store = GalleryStore(paths.data, Pricing.load(settings.pricing_overrides))
    if store.notice:
        _say(store.notice)
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
    with _open_gallery() as store:
        if args.action in ("list", "search"):
            query = Query(
                text=args.text,
                models=tuple(args.model),
                kinds=tuple(Kind(k) for k in args.kind),
                favourite=args.favourites,
                tag=args.tag,
                size=args.size,
                provider=args.provider,
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
                for key, value in description.items():
                    if value not in (None, "", [], {}):
                        print(f"{key:>15}: {value}")
            return 0
        if args.action == "export":
            for path in store.export(args.ids, args.out, embed=args.embed):
                print(path)
                if args.embed and has_provenance(path.read_bytes()):
                    _say(f"{path.name}: metadata embedded; its content credentials no longer hold")
            return 0
        if args.action == "import":
            report = store.import_files(args.paths)
            for record in report.imported:
                print(f"imported {record.id}: {record.path}")
            for path, reason in report.skipped:
                _say(f"skipped {path}: {reason}")
            return 0
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


def _check(store: GalleryStore) -> int:
    report = store.check()
    for record in report.missing:
        print(f"missing: image {record.id}'s file {record.path} is gone")
    for record in report.damaged:
        print(f"damaged: image {record.id}'s file {record.path} no longer matches its hash")
    for path in report.orphans:
        print(f"not in the gallery: {path} (studio gallery import can bring it back)")
    if report.integrity != "ok":
        print(f"database: {report.integrity}")
    if report.temps_removed:
        print(f"removed {report.temps_removed} unfinished temporary files")
    print("The gallery is consistent." if report.ok else "The gallery has problems (above).")
    return 0 if report.ok else 1


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
    provider, key = await _connection(args)
    async with ImagesClient(provider, key) as client:
        with _open_gallery() as store:
            runner = BatchRunner(client, store, provider.name)
            if args.action == "fetch":
                if store.journal.batch(args.id) is None:
                    raise UsageError(f"this gallery has no batch {args.id}")
                report = await runner.fetch(args.id)
                for custom_id, ids in report.saved:
                    for record in store.get_many(ids):
                        _batch_say(
                            args,
                            {"custom_id": custom_id, "id": record.id, "path": str(record.path)},
                        )
                for custom_id, why in report.failed:
                    _say(f"{custom_id} failed: {why}")
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
    template = Template(args.template)
    rows: list[dict[str, str]] = []
    if args.action == "submit":
        template = Template(args.template or "{prompt}")
        rows = rows_from_file(args.file, template)
    elif args.csv is not None:
        rows = rows_from_table(args.csv.read_text(encoding="utf-8-sig"))
    elif args.values is not None:
        rows = rows_from_lines(args.values.read_text(encoding="utf-8-sig"), template)
    base = ImageRequest(
        Endpoint.GENERATIONS,
        model=args.model,
        size=args.size,
        quality=args.quality,
        background=args.background,
        n=args.n,
    )
    items = expand(template, rows, base, parse_matrix(args.matrix))
    warnings = {warning for item in items for warning in validate(item.request)}
    for warning in sorted(warnings):
        _say(warning)
    batch_api = args.api != "live"
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
            if not batch_api:
                report = await runner.run_live(items, args.concurrency)
                for custom_id, ids in report.saved:
                    for record in store.get_many(ids):
                        _batch_say(
                            args,
                            {"custom_id": custom_id, "id": record.id, "path": str(record.path)},
                        )
                for custom_id, why in report.failed:
                    _say(f"{custom_id} failed: {why}")
                return 0 if not report.failed else EXIT_FAILED
            record = await runner.submit(items)
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
