"""The long profile of the export property tests: many generated workspaces, all five
exports of each, every failure counted (never stopping at the first).

    python -m tests.reports.fuzz_exports --examples 2000 [--seed S] [--jobs 2] [--keep DIR]

Workspaces are drawn by :func:`tests.reports.generated.workspaces` with a seed (printed;
``--seed`` runs the same workspaces again). Job ``j`` draws with the seed ``S + j``; a
failure names its job and example, and ``--only J:N`` writes and checks that one example
again. The workspace of the first example of each distinct failure is kept in ``--keep``
(default: a folder in /tmp), with its description pickled beside it. At the end: the
number of failures per export and the distinct failure messages, most frequent first.
"""

from __future__ import annotations

import argparse
import multiprocessing
import pickle
import random
import shutil
import signal
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

from tests.reports.check_exports import EXPORTS, Problem, check_workspace
from tests.reports.generated import build, workspaces

TIMEOUT = 300
"""Seconds one workspace may take for its five exports and checks."""


class TookTooLong(Exception):
    pass


def _alarm(_signum, _frame):
    raise TookTooLong(f"the five exports and checks took more than {TIMEOUT} s")


def run_job(job: int, base_seed: int, examples: int, keep: Path, only: int | None) -> list:
    """Draw ``examples`` workspaces with seed ``base_seed + job``; return, per example with
    problems, ``(job, number, problems, seconds)``."""
    found: list = []
    kept: set[str] = set()
    number = 0
    signal.signal(signal.SIGALRM, _alarm)

    @seed(base_seed + job)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(workspaces())
    def one(spec):
        nonlocal number, kept
        number += 1
        if only is not None and number != only:
            return
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="atelier-fuzz-") as folder:
            built = build(spec, Path(folder) / "workspace.sqlite")
            signal.alarm(TIMEOUT)
            try:
                problems = check_workspace(built, Path(folder))
            except TookTooLong as error:
                problems = [Problem("all", "timeout", str(error))]
            except Exception as error:  # a bug of the checks themselves: counted too
                problems = [
                    Problem("checks", f"the checks raised {type(error).__name__}", str(error)[:200])
                ]
            finally:
                signal.alarm(0)
                built.ws.close()
            new = {p.kind for p in problems} - kept
            if new:
                kept |= new
                target = keep / f"job{job}-example{number}"
                target.mkdir(parents=True, exist_ok=True)
                for path in Path(folder).iterdir():
                    shutil.copy(path, target)
                (target / "spec.pickle").write_bytes(pickle.dumps(spec))
        if problems:
            found.append((job, number, problems, time.monotonic() - started))
        if number % 25 == 0:  # a run stopped early still says how far it went
            print(f"job {job}: {number} workspaces, {len(found)} with failures", flush=True)

    one()
    return found


def _job(arguments):
    return run_job(*arguments)


def report(results: list, examples: int, elapsed: float, keep: Path) -> None:
    failed_examples = len({(job, n) for job, n, _p, _s in results})
    by_export: Counter = Counter()
    by_kind: dict[tuple[str, str], list] = defaultdict(list)
    for job, number, problems, _seconds in results:
        for export in {p.export for p in problems}:
            by_export[export] += 1
        for problem in problems:
            by_kind[(problem.export, problem.kind)].append((job, number, problem.detail))
    print(f"\n{examples} workspaces in {elapsed:.0f} s; {failed_examples} with failures.")
    print("Workspaces failing, by export:")
    for export in (*EXPORTS, "all", "checks"):
        if export in EXPORTS or by_export[export]:
            print(f"  {export:16} {by_export[export]}")
    print("\nDistinct failures (export: what -- workspaces, first seen):")
    ranked = sorted(by_kind.items(), key=lambda item: -len({(j, n) for j, n, _d in item[1]}))
    for (export, kind), seen in ranked[:40]:
        job, number, detail = seen[0]
        count = len({(j, n) for j, n, _d in seen})
        print(
            f"  [{count:4}] {export}: {kind}\n         e.g. --only {job}:{number}  {detail[:160]}"
        )
    print(f"\nThe first workspace of each distinct failure is kept in {keep}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--only", default=None, help="JOB:N, one example again")
    args = parser.parse_args(argv)
    base_seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    keep = args.keep or Path(tempfile.gettempdir()) / f"atelier-fuzz-{base_seed}"
    print(f"seed {base_seed} (again: --seed {base_seed}); failing workspaces kept in {keep}")
    started = time.monotonic()
    if args.only:
        job, number = (int(part) for part in args.only.split(":"))
        results = run_job(job, base_seed, number, keep, number)
        for _j, _n, problems, _s in results:
            for problem in problems:
                print(problem)
        print("no failure" if not results else f"{len(results[0][2])} problems")
        return 1 if results else 0
    jobs = max(1, args.jobs)
    shares = [args.examples // jobs + (j < args.examples % jobs) for j in range(jobs)]
    tasks = [(j, base_seed, shares[j], keep, None) for j in range(jobs) if shares[j]]
    with multiprocessing.get_context("fork").Pool(len(tasks)) as pool:
        results = [r for part in pool.map(_job, tasks) for r in part]
    report(results, args.examples, time.monotonic() - started, keep)
    return 1 if results else 0


if __name__ == "__main__":
    raise SystemExit(main())
