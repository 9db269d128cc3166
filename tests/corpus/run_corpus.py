"""Push the damaged and hostile workspaces of :mod:`tests.corpus.make_corpus` through the
read paths, and count what hurt (issue 13, "Files that cannot hurt").

    python -m tests.corpus.run_corpus --count 300 --seed 1 [--keep DIR] [--timeout 30]
                                      [--only 12,40] [--paths list,export,window]

Every case is run three ways, each in its own subprocess, on its own fresh copy of the
case folder, with its own HOME / XDG folders and QSettings INI:

``list``     ``python -m workshop_app --db FILE list``
``export``   ``python -m workshop_app --db FILE export pdf --workshop ID -o OUT.pdf``
``window``   ``MainWindow(Settings(...)).open_workspace(FILE, create=False)`` offscreen,
             events run for a moment, then the window is closed

A run PASSES when it exits 0, or refuses the file with a message and a non-zero exit,
and it FAILS on: ``traceback`` ("Traceback" on stderr), ``hang`` (killed after the
timeout), ``crash`` (killed by a signal), ``changed`` (the file, its ``-wal``/``-shm``/
``-journal``, or the symlink's target changed, or a file appeared beside it; FIFOs and
folders are not hashed), ``planted`` (a planted statement left its mark: a ``loot`` row or
a ``PWNED`` title in the file, or ``PWNED`` printed by the listing), ``silent`` (non-zero
exit without a word on stderr), ``refused-healthy`` (a sound workspace, such as a control
or a file with its own journal left by a crash, was not opened). The window is the one path allowed to write a workspace
it accepted: a change after a successful open is counted apart (``changed-opened``), a
change after a refusal fails.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tests.corpus.make_corpus import DB_NAME, MARK, Case, copy_case, make, planted_marks

ROOT = Path(__file__).resolve().parents[2]
PATHS = ("list", "export", "window")

WINDOW_SNIPPET = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from workshop_app.ui.app import configure_application
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings

path, scratch = Path(sys.argv[1]), sys.argv[2]
app = QApplication([])
configure_application(app)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)

def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

window = MainWindow(Settings(QSettings()))
window.show()
opened = window.open_workspace(path, create=False)
settle(0.5)
message = ""
box = window.last_message
if box is not None:
    try:
        message = box.text()
    except RuntimeError:
        message = "(message box already deleted)"
title = window.windowTitle()
window.close()
settle(0.2)
app.quit()
print("CORPUS-RESULT " + json.dumps({"opened": bool(opened), "message": message, "title": title}))
if not opened:
    print("window refused: " + message, file=sys.stderr)
sys.exit(0 if opened else 3)
"""


@dataclass
class Run:
    case: Case
    path: str
    rc: int | None = None
    seconds: float = 0.0
    stdout: str = ""
    stderr: str = ""
    traceback: bool = False
    hang: bool = False
    crash: bool = False
    changed: list[str] = field(default_factory=list)
    planted: bool = False
    opened: bool | None = None
    lock_left: bool = False
    message: str = ""

    @property
    def failures(self) -> list[str]:
        found = []
        if self.hang:
            found.append("hang")
        if self.crash:
            found.append("crash")
        if self.traceback:
            found.append("traceback")
        if self.planted:
            found.append("planted")
        if self.changed and not (self.path == "window" and self.opened):
            found.append("changed")
        if self.rc not in (0, None) and not self.hang and not self.stderr.strip():
            found.append("silent")
        # the window needs its lock beside the file; list and export do not
        lock_in_the_way = self.case.kind == "lock_is_folder" and self.path == "window"
        refused = self.opened is False and not (self.hang or self.crash)
        if self.case.healthy and refused and not lock_in_the_way:
            found.append("refused-healthy")  # a sound workspace must open
        return found

    @property
    def verdict(self) -> str:
        return "FAIL" if self.failures else "PASS"

    @property
    def outcome(self) -> str:
        if self.hang:
            return "hang"
        if self.crash:
            return f"signal {-self.rc}"
        return "ok" if self.rc == 0 else f"refused (exit {self.rc})"


def _watched(folder: Path, db: Path) -> dict[str, str]:
    """sha256 of every regular file in the folder (recursively, not following links) and of
    the symlink target's side files; FIFOs and folders are named, never opened."""
    state: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(folder))
            try:
                mode = os.lstat(p).st_mode
            except OSError:
                continue
            if stat.S_ISREG(mode):
                h = hashlib.sha256()
                with p.open("rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        h.update(block)
                state[rel] = h.hexdigest()
            elif stat.S_ISLNK(mode):
                state[rel] = "link->" + os.readlink(p)
            elif stat.S_ISFIFO(mode):
                state[rel] = "fifo"
            elif stat.S_ISDIR(mode):
                state[rel] = "dir"
            else:
                state[rel] = f"mode {mode:o}"
    return state


def _diff(before: dict[str, str], after: dict[str, str]) -> list[str]:
    changes = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            changes.append(f"{name} removed")
        elif name not in before:
            changes.append(f"{name} appeared")
        elif before[name] != after[name]:
            changes.append(f"{name} changed")
    return changes


def _command(path_name: str, case: Case, db: Path, out: Path, scratch: Path) -> list[str]:
    python = sys.executable
    if path_name == "list":
        return [python, "-m", "workshop_app", "--db", str(db), "list"]
    if path_name == "export":
        return [
            python, "-m", "workshop_app", "--db", str(db),
            "export", "pdf", "--workshop", case.workshop_id, "-o", str(out / "out.pdf"),
        ]  # fmt: skip
    return [python, "-c", WINDOW_SNIPPET, str(db), str(scratch / "qsettings")]


def _kill_group(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def run_one(case: Case, path_name: str, work: Path, timeout: float) -> Run:
    run = Run(case=case, path=path_name)
    here = work / f"{case.index:04d}-{case.kind}-{path_name}"
    folder = here / "case"
    scratch = here / "scratch"
    out = here / "out"
    copy_case(Path(case.folder), folder)
    for p in (scratch / "home", scratch / "data", scratch / "config", scratch / "qsettings", out):
        p.mkdir(parents=True)
    db = folder / DB_NAME
    env = dict(os.environ)
    env.update(
        HOME=str(scratch / "home"),
        XDG_DATA_HOME=str(scratch / "data"),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_RUNTIME_DIR=str(scratch),
        QT_QPA_PLATFORM="offscreen",
        PYTHONFAULTHANDLER="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH", "")])),
    )
    before = _watched(folder, db)
    started = time.monotonic()
    process = subprocess.Popen(
        _command(path_name, case, db, out, scratch),
        cwd=here,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: a timeout kills all of it
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        run.hang = True
        _kill_group(process)
        stdout, stderr = process.communicate()
    else:
        # whatever it started and left running goes too
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    run.seconds = time.monotonic() - started
    run.rc = process.returncode
    run.stdout = stdout.decode("utf-8", "replace")
    run.stderr = stderr.decode("utf-8", "replace")
    run.crash = not run.hang and run.rc is not None and run.rc < 0
    run.traceback = "Traceback" in run.stderr or "Fatal Python error" in run.stderr
    after = _watched(folder, db)
    changes = _diff(before, after)
    run.lock_left = (DB_NAME + ".lock") in after and (DB_NAME + ".lock") not in before
    if run.lock_left and run.hang:
        # the lock a killed run leaves is expected (the OS lock is gone): noted, not a change
        changes = [c for c in changes if not c.startswith(DB_NAME + ".lock")]
    run.changed = changes
    for line in run.stdout.splitlines():
        if line.startswith("CORPUS-RESULT "):
            result = json.loads(line[len("CORPUS-RESULT ") :])
            run.opened = result["opened"]
            run.message = result["message"]
    if path_name != "window":
        run.opened = run.rc == 0
        run.message = run.stderr.strip().splitlines()[0] if run.stderr.strip() else ""
    marks = planted_marks(db)
    run.planted = (marks > case.marks_before) or (MARK in run.stdout and case.planted)
    if path_name == "window" and case.planted and MARK in run.stdout:
        run.planted = True  # the window title (or anything it printed) shows the mark
    return run


def _short(text: str, lines: int = 12) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()]
    if len(kept) > lines:
        # a traceback's end says most: show its head and its last lines
        kept = [*kept[:4], "    ...", *kept[-(lines - 5) :]]
    return "\n".join("    | " + line for line in kept)


def report(runs: list[Run]) -> int:
    by_kind: dict[str, Counter] = defaultdict(Counter)
    by_path: dict[str, Counter] = defaultdict(Counter)
    reasons: Counter = Counter()
    for run in runs:
        by_kind[run.case.kind][run.verdict] += 1
        by_path[run.path][run.verdict] += 1
        for reason in run.failures:
            reasons[(run.path, reason)] += 1
    kinds = list(dict.fromkeys(run.case.kind for run in runs))
    print()
    print(f"{'kind':<18} " + " ".join(f"{p:>14}" for p in PATHS) + f" {'total':>11}")
    for kind in kinds:
        cells = []
        for p in PATHS:
            c = Counter(r.verdict for r in runs if r.case.kind == kind and r.path == p)
            cells.append(f"{c['PASS']:>5}P {c['FAIL']:>3}F".rjust(14) if c else "-".rjust(14))
        total = by_kind[kind]
        print(f"{kind:<18} " + " ".join(cells) + f" {total['PASS']:>4}P {total['FAIL']:>3}F")
    print(
        f"{'all':<18} "
        + " ".join(f"{by_path[p]['PASS']:>5}P {by_path[p]['FAIL']:>3}F".rjust(14) for p in PATHS)
        + f" {sum(c['PASS'] for c in by_path.values()):>4}P {sum(c['FAIL'] for c in by_path.values()):>3}F"
    )
    print()
    print(
        "failures by path and reason: "
        + (", ".join(f"{p}/{r}: {n}" for (p, r), n in sorted(reasons.items())) or "none")
    )
    opened_changed = [r for r in runs if r.path == "window" and r.opened and r.changed]
    if opened_changed:
        print(
            f"window opened and then changed the file (allowed, counted apart): "
            f"{len(opened_changed)} run(s), kinds "
            + ", ".join(sorted({r.case.kind for r in opened_changed}))
        )
    locks = [r for r in runs if r.lock_left]
    if locks:
        print(
            "lock file left beside the workspace: "
            + ", ".join(
                f"#{r.case.index} {r.case.kind}/{r.path}{' (killed)' if r.hang else ''}"
                for r in locks
            )
        )
    accepted = [r for r in runs if r.opened and not r.case.healthy and r.case.kind != "control"]
    if accepted:
        print("damaged or hostile files read without refusal (exit 0; not a failure by itself):")
        for r in accepted:
            print(f"    #{r.case.index} {r.case.kind}/{r.path}: {r.case.detail}")
    print()
    seen = set()
    for run in runs:
        for reason in run.failures:
            key = (run.case.kind, run.path, reason)
            if key in seen:
                continue
            seen.add(key)
            print(
                f"FIRST FAIL {run.case.kind} / {run.path} / {reason}: case #{run.case.index} "
                f"({run.case.source}: {run.case.detail}) -> {run.outcome}, {run.seconds:.1f}s"
            )
            if run.changed:
                print("    changed: " + ", ".join(run.changed))
            if run.stderr.strip():
                print(_short(run.stderr))
    failed = sum(1 for r in runs if r.failures)
    print(f"\n{len(runs)} runs, {failed} failed")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--keep", metavar="DIR", help="write the corpus and runs here, and keep them"
    )
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--only", help="case numbers, comma-separated (e.g. 12,40)")
    parser.add_argument("--paths", default=",".join(PATHS), help="list,export,window")
    parser.add_argument("--json", metavar="FILE", help="also write every run as JSON")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(2), "big")
    paths = [p for p in args.paths.split(",") if p]
    only = {int(n) for n in args.only.split(",")} if args.only else None
    base = (
        Path(args.keep).absolute()
        if args.keep
        else Path(tempfile.mkdtemp(prefix="atelier-corpus-"))
    )
    base.mkdir(parents=True, exist_ok=True)
    print(
        f"corpus: {args.count} cases, seed {seed}, in {base} "
        f"(again: --count {args.count} --seed {seed})",
        flush=True,
    )
    try:
        cases = make(base / "corpus", args.count, seed, only=only)
        work = base / "runs"
        if work.exists():
            shutil.rmtree(work)
        work.mkdir()
        runs = []
        for case in cases:
            for path_name in paths:
                run = run_one(case, path_name, work, args.timeout)
                runs.append(run)
                print(
                    f"{case.index:4d} {case.kind:<18} {path_name:<7} {run.verdict} "
                    f"{run.outcome:<18} {run.seconds:5.1f}s "
                    f"{','.join(run.failures)} {run.message[:90]}",
                    flush=True,
                )
                if not args.keep:
                    shutil.rmtree(
                        work / f"{case.index:04d}-{case.kind}-{path_name}", ignore_errors=True
                    )
        if args.json:
            Path(args.json).write_text(
                json.dumps(
                    [
                        {
                            "index": r.case.index,
                            "kind": r.case.kind,
                            "detail": r.case.detail,
                            "path": r.path,
                            "verdict": r.verdict,
                            "failures": r.failures,
                            "rc": r.rc,
                            "seconds": round(r.seconds, 2),
                            "changed": r.changed,
                            "opened": r.opened,
                            "lock_left": r.lock_left,
                            "stderr": r.stderr[-4000:],
                            "message": r.message,
                        }
                        for r in runs
                    ],
                    indent=1,
                    ensure_ascii=False,
                ),
                encoding="utf-8",
            )
        return report(runs)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
