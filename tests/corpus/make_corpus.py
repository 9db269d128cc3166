"""A corpus of damaged and hostile workspaces (issue 13, "Files that cannot hurt").

    from tests.corpus.make_corpus import make
    cases = make(Path("/tmp/corpus"), count=60, seed=1)

Two healthy workspaces are written with Atelier itself (the demo, and a small one made
through the store's repositories), then each case damages a copy of one of them in one
named way (see ``KINDS``). Case ``i`` of seed ``s`` depends only on ``(s, i)``: a larger
count adds cases, it never changes the first ones. UUIDs and timestamps are drawn from the
seed while the sources are written, so the same seed gives the same bytes.

Every case lives in its own folder ``NNNN-kind/`` and is tested at ``atelier.sqlite`` in
it; what else a case needs (a ``-wal``, the real file behind a symlink, a folder at the
``.lock`` path) lies beside it, symlinks are relative, so a case folder can be copied
whole (see :func:`copy_case`, which also copies FIFOs without opening them).

Planted statements leave a mark when they run: a row in a ``loot`` table, or a title
starting with ``PWNED`` (see :func:`planted_marks`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import stat
import sys
from dataclasses import asdict
from pathlib import Path

from tests.corpus import kinds_file, kinds_path, kinds_schema, kinds_wal
from tests.corpus.common import DB_NAME, LOOT, MARK, SIDE_SUFFIXES, Case, planted_marks
from tests.corpus.sources import make_sources

__all__ = ["DB_NAME", "LOOT", "MARK", "SIDE_SUFFIXES", "Case", "copy_case", "make", "planted_marks"]

KINDS = {
    "control": kinds_file.k_control,
    "header_flip": kinds_file.k_header_flip,
    "page_flip": kinds_file.k_page_flip,
    "truncate": kinds_file.k_truncate,
    "foreign_app_id": kinds_file.k_foreign_app_id,
    "newer_version": kinds_file.k_newer_version,
    "older_version": kinds_file.k_older_version,
    "negative_version": kinds_file.k_negative_version,
    "planted_trigger": kinds_schema.k_planted_trigger,
    "view_as_table": kinds_schema.k_view_as_table,
    "extra_objects": kinds_schema.k_extra_objects,
    "huge_text": kinds_schema.k_huge_text,
    "blob_in_text": kinds_schema.k_blob_in_text,
    "invalid_utf8": kinds_schema.k_invalid_utf8,
    "bad_values": kinds_schema.k_bad_values,
    "wal_foreign_db": kinds_wal.k_wal_foreign_db,
    "wal_planted": kinds_wal.k_wal_planted,
    "wal_garbage": kinds_wal.k_wal_garbage,
    "wal_other_copy": kinds_wal.k_wal_other_copy,
    "wal_own_crash": kinds_wal.k_wal_own_crash,
    "fifo": kinds_path.k_fifo,
    "symlink_file": kinds_path.k_symlink_file,
    "symlink_folder": kinds_path.k_symlink_folder,
    "symlink_dangling": kinds_path.k_symlink_dangling,
    "symlink_fifo": kinds_path.k_symlink_fifo,
    "zero_byte": kinds_path.k_zero_byte,
    "lock_is_folder": kinds_path.k_lock_is_folder,
    "folder_at_path": kinds_path.k_folder_at_path,
    "not_sqlite": kinds_path.k_not_sqlite,
    "empty_sqlite": kinds_path.k_empty_sqlite,
}
"""Named kinds of damage. Case ``i`` is of kind ``i mod len(KINDS)`` in this order, so any
count of at least ``len(KINDS)`` holds every kind."""

RANDOMISED = {"header_flip", "page_flip", "truncate"}
"""Kinds whose damage is mostly random bytes: they get extra turns past the first cycle."""

HEAVY = {"huge_text"}
"""Kinds whose file is big on purpose: never more than one per cycle."""


def kind_of(index: int) -> str:
    names = list(KINDS)
    cycle, position = divmod(index, len(names))
    if cycle == 0:
        return names[position]
    # later cycles: half the turns to the random-byte kinds, which vary the most
    rng = random.Random(f"kind:{index}")
    if rng.random() < 0.5:
        return rng.choice(sorted(RANDOMISED))
    return names[position]


def make(folder: Path | str, count: int, seed: int, *, only: set[int] | None = None) -> list[Case]:
    """Write ``count`` cases of ``seed`` under ``folder`` (emptied of earlier cases first)."""
    folder = Path(folder).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("[0-9][0-9][0-9][0-9]-*"):
        shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
    sources = make_sources(folder / "_sources", seed)
    cases = []
    for index in range(count):
        if only is not None and index not in only:
            continue
        kind = kind_of(index)
        rng = random.Random(f"case:{seed}:{index}")
        source_name = "demo" if kind == "huge_text" or rng.random() < 0.6 else "small"
        source, workshop_id = sources[source_name]
        case_folder = folder / f"{index:04d}-{kind}"
        case_folder.mkdir()
        target = case_folder / DB_NAME
        detail, flags = KINDS[kind](case_folder, target, source, rng, sources)
        for leftover in case_folder.glob("walsource.sqlite*"):
            leftover.unlink()
        case = Case(
            index=index,
            kind=kind,
            folder=str(case_folder),
            path=str(target),
            source=source_name,
            workshop_id=workshop_id,
            detail=detail,
            planted=flags.get("planted", False),
            healthy=flags.get("healthy", False),
        )
        case.marks_before = planted_marks(target)
        cases.append(case)
    (folder / "cases.json").write_text(
        json.dumps([asdict(c) for c in cases], indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return cases


def copy_case(case_folder: Path, target: Path) -> None:
    """Copy a case folder: files by content, symlinks as links, FIFOs as new FIFOs (never
    opened), folders recursively."""
    target.mkdir(parents=True)
    for entry in os.scandir(case_folder):
        src = Path(entry.path)
        dst = target / entry.name
        mode = os.lstat(src).st_mode
        if stat.S_ISLNK(mode):
            os.symlink(os.readlink(src), dst)
        elif stat.S_ISFIFO(mode):
            os.mkfifo(dst)
        elif stat.S_ISDIR(mode):
            copy_case(src, dst)
        elif stat.S_ISREG(mode):
            shutil.copyfile(src, dst)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    for case in make(Path(args.folder), args.count, args.seed):
        print(f"{case.index:4d} {case.kind:<18} {case.source:<5} {case.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
