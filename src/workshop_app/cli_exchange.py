"""The command line of exchanges, merges and backups (issue 14).

workshop-app pack (--programme ID | --workshop ID) -o FILE [--with-names] [--db FILE]
workshop-app merge FILE... [--db FILE] [--dry-run] [--conflicts newer|mine|theirs]
                           [--match]
workshop-app backup [--list] [--db FILE]
workshop-app restore BACKUP [--db FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("pack", "merge", "backup", "restore", "kept")
CONFLICTS_SHOWN = 50


def add_parsers(commands) -> None:
    packing = commands.add_parser(
        "pack",
        help="write an exchange file: a programme to send, or a workshop to send back",
        description="Write one programme (its actions, themes, planned workshops, and its "
        "participants with --with-names) or one workshop (with its entries, attendance, "
        "agenda, feedback and action items) into an exchange file (.atelier), to merge "
        "into another workspace. Names stay out unless --with-names is given.",
    )
    what = packing.add_mutually_exclusive_group(required=True)
    what.add_argument("--programme", metavar="ID", help="id of the programme (see 'list')")
    what.add_argument("--workshop", metavar="ID", help="id of the workshop (see 'list')")
    packing.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    packing.add_argument("--with-names", action="store_true", help="include participants' names")
    packing.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")

    merging = commands.add_parser(
        "merge",
        help="bring workspaces or exchange files into the workspace",
        description="Show what merging the files would do, then do it in one transaction "
        "(all or nothing), after a backup of the workspace. A conflict (a record changed on "
        "both sides) is settled by --conflicts; the other version is kept aside.",
    )
    merging.add_argument("files", metavar="FILE", nargs="+", help="workspace or .atelier files")
    merging.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")
    merging.add_argument("--dry-run", action="store_true", help="only show what would be done")
    merging.add_argument(
        "--conflicts",
        choices=["newer", "mine", "theirs"],
        default="newer",
        help="which version wins a conflict: the one written last (default), the "
        "workspace's, or the file's",
    )
    merging.add_argument(
        "--match",
        action="store_true",
        help="accept the proposed matches (a programme made apart with the same title, a "
        "person with a close name and the same role); without it none is made",
    )

    backing = commands.add_parser("backup", help="take a backup of the workspace now, or list them")
    backing.add_argument("--list", action="store_true", help="list the backups instead")
    backing.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")

    restoring = commands.add_parser(
        "restore",
        help="put a backup back in place of the workspace's content",
        description="Replace what the workspace holds by a backup ('backup --list' shows "
        "them); what it holds now is backed up first.",
    )
    restoring.add_argument("backup", metavar="BACKUP", help="the backup file")
    restoring.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")

    kept = commands.add_parser(
        "kept", help="list the versions merges set aside (the side that lost a conflict)"
    )
    kept.add_argument("--db", metavar="FILE", dest="sub_db", help="workspace file")


def run(command: str, db: Path, args: argparse.Namespace) -> int:
    from workshop_app.store import Workspace

    if command == "backup" and args.list:
        return _list_backups(db)
    if command == "restore":
        return _restore(db, Path(args.backup).expanduser())
    if command == "kept":
        return _kept(db)
    # a facilitator's first merge (the programme sent to them) may make the workspace
    with Workspace.open(db, create=command == "merge") as ws:
        if command == "pack":
            return _pack(ws, args)
        if command == "merge":
            return _merge(ws, args)
        if command == "backup":
            from workshop_app.store import backups

            print(f"Backup written to {backups.take(ws, 'by-hand')}")
            return 0
    raise AssertionError(command)


def _restore(db: Path, backup: Path) -> int:
    from workshop_app.store import Workspace, backups
    from workshop_app.store.errors import DamagedWorkspace

    try:
        ws = Workspace.open(db, create=False)
    except DamagedWorkspace:
        aside = backups.restore_over_damaged(backup, db)
        print(f"Restored {backup} as {db}; the damaged file is kept as {aside}")
        return 0
    with ws:
        before = backups.restore(backup, ws)
    print(f"Restored {backup} into {db}; what it held before is in {before}")
    return 0


def _pack(ws, args) -> int:
    from workshop_app.store.exchange.pack import pack

    output = Path(args.output).expanduser()
    try:
        written = pack(
            ws,
            output,
            programme_id=args.programme,
            workshop_id=args.workshop,
            with_names=args.with_names,
        )
    except LookupError as error:
        print(f"workshop-app: {error} 'workshop-app list' shows the ids.", file=sys.stderr)
        return 1
    names = "with names" if args.with_names else "without names (pseudonyms)"
    print(f"Exchange file written to {written}, {names}.")
    return 0


def _merge(ws, args) -> int:
    from workshop_app.domain.merge_rules import Choice
    from workshop_app.store.exchange import dry_run, merge_files
    from workshop_app.store.exchange.match import mapping, propose
    from workshop_app.store.exchange.source import open_source

    files = [Path(f).expanduser().absolute() for f in args.files]
    from workshop_app.cli_privacy import unlock

    for file in files:
        unlock(file)  # an exchange file sent encrypted: the same passphrase, or asked
    matches = {}
    for path in files:
        with open_source(path) as source:
            proposals = propose(ws, source)
        for match in proposals:
            state = "accepted" if args.match else "not made (add --match to accept)"
            print(
                f"{path.name}: same {match.table}? “{match.theirs_label}” = "
                f"“{match.mine_label}” — {state}"
            )
        if args.match:
            matches[str(path.absolute())] = mapping(proposals)
    preview = dry_run(ws, files, matches=matches)
    choices = {}
    if args.conflicts != "newer":
        wanted = Choice.MINE if args.conflicts == "mine" else Choice.THEIRS
        choices = {
            plan.key: {change.key: wanted for change in plan.conflicts} for plan in preview.plans
        }
        preview = dry_run(ws, files, matches=matches, choices=choices)
    for plan in preview.plans:
        _print_plan(plan)
    if all(plan.empty for plan in preview.plans):
        print("Nothing new: the workspace already holds everything these files hold.")
        return 0
    if args.dry_run:
        print("Dry run: nothing was changed.")
        return 0
    result = merge_files(ws, files, matches=matches, choices=choices)
    print(f"Merged. The workspace as it was before is backed up in {result.backup}")
    return 0


def _print_plan(plan) -> None:
    from workshop_app.store.exchange import CATEGORIES

    print(f"\n{plan.source}{' (sent without names)' if plan.names_withheld else ''}")
    for table, counts in plan.counts().items():
        shown = ", ".join(f"{counts[c]} {c}" for c in CATEGORIES if counts[c])
        print(f"  {table:<18} {shown}")
    conflicts = plan.conflicts
    for change in conflicts[:CONFLICTS_SHOWN]:
        differing = [
            c
            for c in change.kind.compared
            if (change.mine or {}).get(c) != (change.theirs or {}).get(c)
        ]
        print(f"  conflict: {change.kind.table} {change.id} → keeps {change.choice.value}")
        for column in differing[:4]:
            print(f"      {column}: here {_short(change.mine.get(column))}")
            print(f"      {' ' * len(column)}  file {_short(change.theirs.get(column))}")
    if len(conflicts) > CONFLICTS_SHOWN:
        print(f"  … and {len(conflicts) - CONFLICTS_SHOWN} more conflicts")


def _short(value) -> str:
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 70 else text[:67] + "…”"


def _kept(db: Path) -> int:
    import json

    from workshop_app.store import Workspace

    with Workspace.open(db, create=False, read_only=True) as ws:
        rows = ws.db.rows(
            "SELECT merged_at, source, kind, record_id, version FROM merge_kept ORDER BY id"
        )
    if not rows:
        print("No version was set aside by a merge.")
    for merged_at, source, kind, record_id, version in rows:
        print(f"{merged_at[:16].replace('T', ' ')}  {source}  {kind} {record_id}")
        for column, value in json.loads(version).items():
            if column not in ("id", "created_at", "updated_at") and value not in (None, ""):
                print(f"    {column}: {_short(value)}")
    return 0


def _list_backups(db: Path) -> int:
    from workshop_app.store import backups

    found = backups.list_backups(db)
    if not found:
        print(f"No backup of {db} yet.")
        return 0
    for backup in found:
        contents = backup.contents()
        nouns = {"entry": "entries"}
        shown = ", ".join(
            f"{n} {table if n == 1 else nouns.get(table, table + 's')}"
            for table, n in contents.items()
        )
        shown = shown or "unreadable"
        print(f"{backup.taken_at:%Y-%m-%d %H:%M} UTC  {backup.reason:<18} {shown}  {backup.path}")
    return 0
