"""The ``workshop-app`` command: the window by default, and headless sub-commands.

    workshop-app [--db FILE] [--platform offscreen]     open the window
    workshop-app demo [--db FILE] [--replace] [--open]  write the demo workspace
    workshop-app list [--db FILE]                       programmes and workshops, with ids
    workshop-app import-entries FILE --workshop ID [--db FILE]
                                                        entries typed up from paper (CSV, XLSX)
    workshop-app where                                  where the data lives

Headless commands never import Qt. Errors are one clear line on stderr and exit code 1
(2 for a usage error, as argparse does); a refused import lists its bad rows below that line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop_app import __version__


def _db_path(value: str | None, command: str | None) -> Path:
    from workshop_app.store.paths import default_workspace_path, demo_workspace_path

    if value:
        return Path(value).expanduser()
    return demo_workspace_path() if command == "demo" else default_workspace_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-app",
        description="Atelier: capture what a workshop says, offline.",
    )
    parser.add_argument("--version", action="version", version=f"Atelier {__version__}")
    parser.add_argument("--db", metavar="FILE", help="workspace file to open or create")
    parser.add_argument(
        "--platform",
        metavar="NAME",
        help="Qt window system plugin, e.g. 'offscreen' to run without a display",
    )
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language")
    parser.add_argument(
        "--workshop", metavar="ID", help="open straight into this workshop (see 'list')"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--db", metavar="FILE", dest="sub_db", help=argparse.SUPPRESS)

    demo = commands.add_parser("demo", help="write a demo workspace (in French)")
    demo.add_argument("--db", metavar="FILE", dest="sub_db", help="where to write it")
    demo.add_argument("--replace", action="store_true", help="replace an existing file")
    demo.add_argument("--open", action="store_true", help="then open it in the window")

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

    commands.add_parser("where", help="print where the data lives")
    return parser


def _print_error(message: str) -> None:
    print(f"workshop-app: {message}", file=sys.stderr)


def _cmd_demo(db: Path, replace: bool) -> int:
    from workshop_app.demo import create_demo_workspace
    from workshop_app.store.paths import demo_workspace_path

    if db == demo_workspace_path():
        db.parent.mkdir(parents=True, exist_ok=True)
    try:
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
            for row_error in error.errors:
                print(f"  {row_error}", file=sys.stderr)
            return 1
    print(result.summary())
    for name in result.new_participants:
        print(f"New participant: {name}")
    for warning in result.warnings:
        print(f"Warning: {warning}")
    return 0


def _cmd_where() -> int:
    from workshop_app.store.paths import default_workspace_path, demo_workspace_path

    print(f"default workspace: {default_workspace_path()}")
    print(f"demo workspace:    {demo_workspace_path()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db = _db_path(getattr(args, "sub_db", None) or args.db, args.command)
    from workshop_app.store.errors import WorkspaceError

    try:
        if args.command == "demo":
            status = _cmd_demo(db, args.replace)
            if status or not args.open:
                return status
        elif args.command == "list":
            return _cmd_list(db)
        elif args.command == "import-entries":
            return _cmd_import_entries(db, args.file, args.workshop)
        elif args.command == "where":
            return _cmd_where()
    except (WorkspaceError, FileExistsError, OSError) as error:
        _print_error(str(error))
        return 1
    from workshop_app.launch import launch_gui

    explicit = bool(args.db or getattr(args, "sub_db", None) or args.command == "demo")
    return launch_gui(
        db if explicit else None,
        platform=args.platform,
        lang=args.lang,
        workshop_id=args.workshop,
    )
