"""``python -m tests.benchmarks [--quick] [--keep DIR] [NAME ...]``: see the package docstring."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

BENCHMARKS = (
    "startup",
    "capture",
    "pdf",
    "synthesis",
    "search",
    "filter",
    "import",
    "merge",
    "dashboard",
    "keystroke",
    "opening",
    "undo",
)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Benchmarks of Atelier's hot paths against their baselines (issue 6).",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions, smaller sizes (smoke run)"
    )
    parser.add_argument(
        "--one-core",
        action="store_true",
        help="run pinned to one core (taskset -c 0), as an old laptop: this process and "
        "every process it starts",
    )
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="generate the workspaces into DIR and keep them (default: a temporary folder)",
    )
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(
            f"unknown benchmark {', '.join(unknown)}; choose among {', '.join(BENCHMARKS)}"
        )
    return args


def machine() -> list[str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlite3

    import PySide6
    import reportlab
    from PySide6.QtCore import qVersion

    return [
        f"CPU: {cpu}, {os.cpu_count()} logical cores",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
        f"SQLite {sqlite3.sqlite_version}, reportlab {reportlab.Version}",
        f"{platform.system()} {platform.release()}",
    ]


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    # Before Qt is imported: no display, and settings away from the person's own.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.mkdtemp(prefix="atelier-bench-home-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")

    if args.one_core:
        # Inherited by every child (the start-up runs, the second starts): one core for all.
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from tests.benchmarks import harness

    config = harness.QUICK if args.quick else harness.FULL
    names = args.names or list(BENCHMARKS)
    profile = "one core" if args.one_core else f"{len(os.sched_getaffinity(0))} cores"
    print(f"Atelier benchmarks ({config.name} run, {profile}): {', '.join(names)}")
    for line in machine():
        print(f"  {line}")
    bench = harness.Workbench(config, Path(args.keep) if args.keep else None)
    print(f"  workspaces in {bench.folder}")
    reports = []
    failed = []
    began = time.perf_counter()
    try:
        for name in names:
            print(f"\n== {name}", flush=True)
            module = __import__(f"tests.benchmarks.{_module(name)}", fromlist=["run"])
            started = time.perf_counter()
            try:
                reports.append(module.run(bench, config))
            except Exception:
                traceback.print_exc()
                failed.append(name)
            print(f"  ({name} took {time.perf_counter() - started:.0f} s)", flush=True)
    finally:
        bench.close()
        shutil.rmtree(home, ignore_errors=True)
    print(f"\n== summary ({config.name} run, {profile}, {time.perf_counter() - began:.0f} s)\n")
    print(harness.summary_table(reports))
    missed = [row.path for r in reports for row in r.rows if row.met is False]
    print()
    print("NOT MET: " + "; ".join(missed) if missed else "Every target measured is MET.")
    if failed:
        print(f"Could not run: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def _module(name: str) -> str:
    renamed = {
        "import": "importing",
        "filter": "filtering",
        "merge": "merging",
        "undo": "undo_import",
    }
    return renamed.get(name, name)


if __name__ == "__main__":
    sys.exit(main())
