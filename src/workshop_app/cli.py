"""The ``workshop-app`` command: the window by default, and headless sub-commands.

    workshop-app [--db FILE] [--platform offscreen]     open the window
    workshop-app FILE                                   open a workspace, or merge an exchange
                                                        file (.atelier) into the one open
    workshop-app demo [--db FILE] [--replace] [--open] [--size small|large]
                                                        write the demo workspace (large:
                                                        100,000 more entries, for benchmarks)
    workshop-app list [--db FILE]                       programmes and workshops, with ids
    workshop-app import-entries FILE --workshop ID [--db FILE]
                                                        entries typed up from paper (CSV, XLSX)
    workshop-app export pdf|csv|xlsx (--workshop ID | --programme ID) -o FILE
                 [--lang fr|en] [--with-names] [--from DATE] [--to DATE]
                 [--territory T] [--kind KIND] [--separator comma|semicolon|tab]
                 [--db FILE]                            a workshop summary or a programme
                                                        synthesis (pdf), the entries (csv, xlsx)
    workshop-app where                                  where the data lives
    workshop-app empty-bin [WORKSPACE] [--dry-run]      erase for good what was removed
                                                        (otherwise kept 30 days in the bin)
    workshop-app pack | merge | backup | restore        exchanges between laptops, merges
                                                        and backups (see cli_exchange.py)
    workshop-app encrypt | decrypt [--db FILE]          encryption at rest (cli_privacy.py)

An encrypted workspace's passphrase comes from ATELIER_PASSPHRASE or is asked at the
terminal; it is never an argument.

Headless commands never import Qt. Errors are one clear line on stderr and exit code 1
(2 for a usage error, as argparse does); a refused import lists its bad rows below that line.
Listings and exports open the workspace read-only, without its lock: they work while the
window has the file open, and never change it.
"""

from __future__ import annotations

import argparse
import errno
import sys
from datetime import date
from pathlib import Path

from workshop_app import __version__, cli_open, cli_privacy, launch, logs
from workshop_app.domain.enums import WorkshopKind

EXPORT_FORMATS = {
    "pdf": "a workshop summary (--workshop) or a programme synthesis (--programme), as PDF",
    "csv": "the entries of a workshop or of a programme's workshops, as CSV",
    "xlsx": "the entries of a workshop or of a programme's workshops, as an Excel workbook",
}


def _db_path(value: str | None, command: str | None) -> Path:
    from workshop_app.store.paths import default_workspace_path, demo_workspace_path

    if value:
        return Path(value).expanduser()
    return demo_workspace_path() if command == "demo" else default_workspace_path()


def build_parser() -> argparse.ArgumentParser:
    parser = cli_open.Parser(
        prog="workshop-app",
        usage="workshop-app [options] [FILE | COMMAND ...]",
        description="Atelier: capture what a workshop says, offline. With FILE (a workspace "
        "or an exchange file), open it in the window; with no command, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"Atelier {__version__}")
    parser.add_argument("--db", metavar="FILE", help="workspace file to open or create")
    cli_open.add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default), or FILE in it")
    gui.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help="a workspace to open, or an exchange file (.atelier) to merge into the workspace",
    )
    gui.add_argument("--db", metavar="FILE", dest="sub_db", help=argparse.SUPPRESS)
    cli_open.add_window_options(gui, prefix="sub_")

    demo = commands.add_parser("demo", help="write a demo workspace (in French)")
    demo.add_argument("--db", metavar="FILE", dest="sub_db", help="where to write it")
    demo.add_argument("--replace", action="store_true", help="replace an existing file")
    demo.add_argument("--open", action="store_true", help="then open it in the window")
    demo.add_argument(
        "--size",
        choices=["small", "large"],
        default="small",
        help="large: the demo plus 10 workshops of 10,000 generated entries (for benchmarks)",
    )

    listing = commands.add_parser("list", help="list programmes and workshops with their ids")
    listing.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")

    importing = commands.add_parser(
        "import-entries",
        help="import entries typed up from paper, from a CSV or XLSX file",
        description=(
            "Import entries into a workshop from a CSV or XLSX file whose first row names "
            "the columns: kind and text (required), ref, action, theme, answers, status, "
            "author, votes. Nothing is imported unless every row is good."
        ),
    )
    importing.add_argument("file", metavar="FILE", help="the .csv or .xlsx file to import")
    importing.add_argument(
        "--workshop", metavar="ID", required=True, help="id of the workshop (see 'list')"
    )
    importing.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")

    exporting = commands.add_parser(
        "export",
        help="write a workshop summary or programme synthesis (PDF), or the entries (CSV, XLSX)",
        description="Write a file from the workspace, which is opened read-only: this works "
        "while the Atelier window has it open.",
    )
    formats = exporting.add_subparsers(dest="export_format", metavar="FORMAT", required=True)
    for name, summary in EXPORT_FORMATS.items():
        _add_export_parser(formats, name, summary)

    commands.add_parser("where", help="print where the data lives")
    from workshop_app import cli_exchange

    cli_exchange.add_parsers(commands)
    cli_privacy.add_parsers(commands)
    return parser


def _add_export_parser(formats, name: str, summary: str) -> None:
    sub = formats.add_parser(name, help=summary, description=f"Write {summary}.")
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--workshop", metavar="ID", dest="export_workshop", help="one workshop (see 'list')"
    )
    target.add_argument(
        "--programme",
        metavar="ID",
        dest="export_programme",
        help="a programme's workshops, all or those the options below select",
    )
    sub.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    sub.add_argument(
        "--lang",
        choices=["fr", "en"],
        dest="export_lang",
        help="language of the file (default: the workshop's or the programme's)",
    )
    sub.add_argument(
        "--with-names",
        action="store_true",
        help="print participants' names (personal data; left out by default)",
    )
    sub.add_argument("--from", metavar="DATE", dest="date_from", help="first day, YYYY-MM-DD")
    sub.add_argument("--to", metavar="DATE", dest="date_to", help="last day, YYYY-MM-DD")
    sub.add_argument("--territory", metavar="T", help="only the workshops held in territory T")
    sub.add_argument(
        "--kind",
        metavar="KIND",
        help="only workshops of this kind: " + ", ".join(k.value for k in WorkshopKind),
    )
    if name == "csv":
        sub.add_argument(
            "--separator",
            choices=["comma", "semicolon", "tab"],
            help="between the fields (default: semicolon in French, as French Excel expects; "
            "comma in English)",
        )
    sub.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")


def _print_error(message: str) -> None:
    print(f"workshop-app: {message}", file=sys.stderr)


def _cmd_demo(db: Path, replace: bool, size: str = "small") -> int:
    from workshop_app.demo import create_demo_workspace
    from workshop_app.store.paths import demo_workspace_path

    if db == demo_workspace_path():
        db.parent.mkdir(parents=True, exist_ok=True)
    try:
        if size == "large":
            from workshop_app.demo.large import create_large_workspace

            path = create_large_workspace(db, replace=replace)
        else:
            path = create_demo_workspace(db, replace=replace)
    except FileExistsError as error:
        _print_error(f"{error} Add --replace to overwrite it.")
        return 1
    print(f"Demo workspace written to {path}")
    return 0


def _cmd_list(db: Path) -> int:
    from workshop_app.store import Workspace

    with Workspace.open(db, create=False, read_only=True) as ws:
        programmes = ws.programmes.select()
        if not programmes:
            print(f"{db} holds no programme yet.")
        for programme in programmes:
            print(f"programme {programme.id}  {programme.title}")
            for workshop in ws.workshops.for_programme(programme.id):
                print(
                    f"  workshop {workshop.id}  {workshop.starts_at[:10] or '----------'}  "
                    f"{workshop.kind.value:<20} {workshop.title}"
                )
    return 0


CLI_ERRORS_SHOWN = 100
"""Bad rows listed by ``import-entries``; a million bad rows once printed two million lines."""


def _cmd_import_entries(db: Path, file: str, workshop_id: str) -> int:
    """Import ``file`` into the workshop: everything, or nothing and every bad row listed."""
    from workshop_app.store import NotFound, Workspace
    from workshop_app.store.entry_import import (
        ImportFileError,
        ImportRejected,
        plan_import,
        read_table,
        write_plan,
    )

    try:
        table = read_table(file)  # before the workspace: a bad file never opens it
    except ImportFileError as error:
        _print_error(str(error))
        return 1
    with Workspace.open(db, create=False) as ws:
        try:
            result = write_plan(ws, plan_import(ws, workshop_id, table))
        except NotFound as error:
            _print_error(f"{error} 'workshop-app list --db {db}' shows the ids.")
            return 1
        except ImportRejected as error:
            _print_error(error.heading)
            for row_error in error.errors[:CLI_ERRORS_SHOWN]:  # all of a file one can fix by hand
                print(f"  {row_error}", file=sys.stderr)
            if len(error.errors) > CLI_ERRORS_SHOWN:
                print(f"  … and {len(error.errors) - CLI_ERRORS_SHOWN} more", file=sys.stderr)
            return 1
    print(result.summary())
    for name in result.new_participants:
        print(f"New participant: {name}")
    for warning in result.warnings:
        print(f"Warning: {warning}")
    return 0


def os_error_text(error: OSError) -> str:
    """A failure of the system in plain words, not "[Errno 28] No space left on device"."""
    where = f" ({error.filename})" if error.filename else ""
    if error.errno == errno.ENOSPC:
        return f"The disk is full{where}. Free some space and try again; what was saved is safe."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Atelier may not write there{where}. Choose a folder you can write to."
    if isinstance(error, FileExistsError):
        return str(error.strerror or error) + where
    return f"The system refused: {error.strerror or error}{where}."


class UsageProblem(ValueError):
    """An option value the command cannot use; ``str()`` is the one line to print."""


def _day(option: str, value: str | None) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageProblem(
            f"{option} {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14."
        ) from None


def _kind(value: str | None) -> WorkshopKind | None:
    if not value:
        return None
    try:
        return WorkshopKind(value.strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(k.value for k in WorkshopKind)
        raise UsageProblem(
            f"--kind {value!r} is not a kind of workshop; use one of {known}."
        ) from None


def export_options(args: argparse.Namespace):
    """The :class:`~workshop_app.reports.ExportOptions` the ``export`` arguments ask for."""
    from workshop_app.reports import ExportFormat, ExportOptions, Selection
    from workshop_app.reports.options import CSV_SEPARATORS

    for option, value in (
        ("--workshop", args.export_workshop),
        ("--programme", args.export_programme),
    ):
        if value is not None and not value.strip():
            raise UsageProblem(f"{option} needs an id; 'workshop-app list' shows them.")
    selection = Selection(
        date_from=_day("--from", args.date_from),
        date_to=_day("--to", args.date_to),
        territory=(args.territory or "").strip(),
        kind=_kind(args.kind),
    )
    if selection.date_from and selection.date_to and selection.date_from > selection.date_to:
        raise UsageProblem(f"--from {selection.date_from} is after --to {selection.date_to}.")
    selecting = selection.date_from or selection.date_to or selection.territory or selection.kind
    if args.export_workshop and selecting:
        raise UsageProblem(
            "--from, --to, --territory and --kind choose workshops of a programme: "
            "use them with --programme, not --workshop."
        )
    if args.export_format == "pdf":
        fmt = ExportFormat.SESSION_PDF if args.export_workshop else ExportFormat.PROGRAMME_PDF
    else:
        fmt = ExportFormat(args.export_format)
    return ExportOptions(
        format=fmt,
        workshop_id=args.export_workshop,
        programme_id=args.export_programme,
        selection=selection,
        language=args.export_lang or "",
        with_names=args.with_names,
        csv_separator=CSV_SEPARATORS.get(getattr(args, "separator", None) or "", ""),
    )


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _cmd_export(db: Path, args: argparse.Namespace) -> int:
    """Write the export the arguments ask for; the workspace is only read, without its lock."""
    from workshop_app.reports import ExportError, ExportFormat, export
    from workshop_app.store import NotFound, Workspace

    try:
        options = export_options(args)
    except UsageProblem as error:
        _print_error(str(error))
        return 1
    destination = Path(args.output).expanduser()
    with Workspace.open(db, create=False, read_only=True) as ws:
        try:
            if options.workshop_id:
                ws.workshops.get(options.workshop_id)
            else:
                ws.programmes.get(options.programme_id)
        except NotFound:
            what = "workshop" if options.workshop_id else "programme"
            _print_error(
                f"{db} has no {what} with the id {options.workshop_id or options.programme_id}; "
                f"'workshop-app list --db {db}' shows the ids."
            )
            return 1
        try:
            result = export(ws, options, destination)
        except ExportError as error:
            _print_error(str(error))
            return 1
    if options.format in (ExportFormat.SESSION_PDF, ExportFormat.PROGRAMME_PDF):
        size = _count(result.pages, "page")
    else:
        size = _count(result.rows, "row")
    print(f"Wrote {result.path} ({size})")
    if result.missing_characters:
        shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in result.missing_characters)
        _print_error(
            f"warning: the font has no glyph for {shown}; "
            "they are printed as empty boxes in the file."
        )
    return 0


def _cmd_where() -> int:
    from workshop_app.store.paths import default_workspace_path, demo_workspace_path

    print(f"default workspace: {default_workspace_path()}")
    print(f"demo workspace:    {demo_workspace_path()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(cli_open.file_as_command(argv, cli_open.command_names(parser)))
    logs.setup(args.command)
    try:
        return _run(args)
    except Exception as error:
        logs.log_exception(type(error), error, error.__traceback__)
        raise


def _run(args: argparse.Namespace) -> int:
    db = _db_path(getattr(args, "sub_db", None) or args.db, args.command)
    file = cli_open.file_to_open(args)
    if file and file[1] == cli_open.WORKSPACE:
        db = file[0]
    from workshop_app.store.errors import WorkspaceError

    try:
        if args.command not in ("demo", "where"):
            cli_privacy.unlock(db, ask=args.command not in (None, "gui"))
        if args.command == "demo":
            status = _cmd_demo(db, args.replace, args.size)
            if status or not args.open:
                return status
        elif args.command == "list":
            return _cmd_list(db)
        elif args.command == "import-entries":
            return _cmd_import_entries(db, args.file, args.workshop)
        elif args.command == "export":
            return _cmd_export(db, args)
        elif args.command == "where":
            return _cmd_where()
        elif args.command == "empty-bin":
            return cli_privacy.empty_bin(db, args.dry_run)
        elif args.command in ("pack", "merge", "backup", "restore", "kept"):
            from workshop_app import cli_exchange

            return cli_exchange.run(args.command, db, args)
        elif args.command in ("encrypt", "decrypt"):
            return cli_privacy.run(args.command, db, args)
    except cli_privacy.NoPassphrase as error:
        _print_error(str(error))
        return 1
    except ValueError as error:  # an unusable passphrase (empty, a NUL in it)
        if "passphrase" not in str(error):
            raise
        _print_error(str(error))
        return 1
    except WorkspaceError as error:
        _print_error(str(error))
        return 1
    except OSError as error:
        _print_error(os_error_text(error))
        return 1
    explicit = bool(args.db or getattr(args, "sub_db", None) or args.command == "demo")
    explicit = explicit or bool(file and file[1] == cli_open.WORKSPACE)
    return launch.launch_gui(
        db if explicit else None,
        platform=cli_open.window_option(args, "platform"),
        lang=cli_open.window_option(args, "lang"),
        workshop_id=cli_open.window_option(args, "workshop"),
        file=file,
        smoke_test=bool(cli_open.window_option(args, "smoke_test")),
    )
