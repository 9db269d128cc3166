"""Fixtures for the store tests: real workspaces on disk, small factories, file snapshots.

Every test gets its own folder (``tmp_path``); nothing is mocked unless a test says so.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from workshop_app.domain import (
    Action,
    Entry,
    EntryKind,
    Participant,
    ParticipantRole,
    Programme,
    Workshop,
)
from workshop_app.store import Workspace

SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
"""Files SQLite or Atelier could leave beside a workspace."""

PAST = 1_000_000_000  # 2001-09-09: any write to a frozen file moves its mtime away from this


def side_files(path: Path) -> list[Path]:
    """The journal, shared-memory and lock files that exist beside ``path``."""
    return [
        path.with_name(path.name + suffix)
        for suffix in SIDE_SUFFIXES
        if path.with_name(path.name + suffix).exists()
    ]


# -- workspaces -----------------------------------------------------------------------
@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Where the test's workspace lives."""
    return tmp_path / "atelier.sqlite"


@pytest.fixture
def ws(path: Path) -> Iterator[Workspace]:
    """An open, empty workspace in the test's folder."""
    workspace = Workspace.open(path)
    yield workspace
    workspace.close()


def _fill(ws: Workspace, entries: int) -> None:
    programme = ws.programmes.create_with_defaults(Programme(title="Programme rempli"))
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier rempli"))
    ws.entries.add_many(
        [
            Entry(
                workshop_id=workshop.id,
                kind=EntryKind.ISSUE,
                text=f"entry number {i} " + "lorem ipsum " * 30,
                position=float(i),
            )
            for i in range(entries)
        ]
    )


@pytest.fixture(scope="session")
def workspace_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a real, closed workspace of about a hundred pages (300 entries)."""
    path = tmp_path_factory.mktemp("real") / "atelier.sqlite"
    with Workspace.open(path) as ws:
        _fill(ws, 300)
    return path.read_bytes()


@pytest.fixture
def count_rows(ws: Workspace) -> Callable[[str], int]:
    """``count_rows("entry")``: rows in the table, soft-deleted ones included."""
    return lambda table: ws.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture(name="side_files")
def side_files_fixture() -> Callable[[Path], list[Path]]:
    """``side_files(path)``: the ``-wal``, ``-shm``, ``-journal`` and ``.lock`` files beside it."""
    return side_files


# -- records --------------------------------------------------------------------------
@pytest.fixture
def programme(ws: Workspace) -> Programme:
    return ws.programmes.create_with_defaults(
        Programme(title="Lutter contre la précarité énergétique")
    )


@pytest.fixture
def action(ws: Workspace, programme: Programme) -> Action:
    return ws.actions.add(
        Action(programme_id=programme.id, number=4, title="Prévenir la précarité énergétique")
    )


@pytest.fixture
def make_workshop(ws: Workspace, programme: Programme) -> Callable[..., Workshop]:
    """``make_workshop(title="…", starts_at="2024-03-01", programme_id=…)`` adds a workshop."""

    def make(title: str = "Atelier", **fields) -> Workshop:
        fields.setdefault("programme_id", programme.id)
        return ws.workshops.add(Workshop(title=title, **fields))

    return make


@pytest.fixture
def workshop(make_workshop: Callable[..., Workshop]) -> Workshop:
    return make_workshop("Atelier 1 : diagnostic partagé", starts_at="2024-03-01T14:00")


@pytest.fixture
def make_entry(ws: Workspace, workshop: Workshop) -> Callable[..., Entry]:
    """``make_entry("text", kind=EntryKind.IDEA, workshop_id=…)`` adds an entry."""

    def make(text: str = "Les factures arrivent trop tard", **fields) -> Entry:
        fields.setdefault("workshop_id", workshop.id)
        fields.setdefault("kind", EntryKind.ISSUE)
        return ws.entries.add(Entry(text=text, **fields))

    return make


@pytest.fixture
def make_participant(ws: Workspace, programme: Programme) -> Callable[..., Participant]:
    """``make_participant("Mona", role=ParticipantRole.RESIDENT)`` adds a participant."""

    def make(display_name: str = "Mona", **fields) -> Participant:
        fields.setdefault("programme_id", programme.id)
        fields.setdefault("role", ParticipantRole.RESIDENT)
        return ws.participants.add(Participant(display_name=display_name, **fields))

    return make


# -- files that must not change -------------------------------------------------------
@dataclass
class FileSnapshot:
    """What a file and its folder looked like before Atelier tried to open it."""

    path: Path
    content: bytes
    mtime_ns: int
    listing: list[str] = field(default_factory=list)

    def assert_unchanged(self) -> None:
        assert self.path.read_bytes() == self.content, f"{self.path} was modified"
        assert self.path.stat().st_mtime_ns == self.mtime_ns, f"{self.path} mtime changed"
        assert side_files(self.path) == [], f"side files left behind: {side_files(self.path)}"
        assert sorted(os.listdir(self.path.parent)) == self.listing, "the folder changed"


@pytest.fixture
def freeze() -> Callable[[Path], FileSnapshot]:
    """``freeze(path)`` dates the file in the past and records its bytes and folder."""

    def snapshot(path: Path) -> FileSnapshot:
        os.utime(path, (PAST, PAST))
        return FileSnapshot(
            path, path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))
        )

    return snapshot


# -- running as a user without privileges ---------------------------------------------
def _open_in_child(path: str, uid: int | None, gid: int | None, conn) -> None:
    try:
        os.setgid(gid)
        os.setuid(uid)
    except OSError as error:
        conn.send(("skip", f"cannot switch to an unprivileged user: {error}"))
        return
    try:
        Workspace.open(path).close()
        conn.send(None)
    except BaseException as error:
        conn.send((type(error).__name__, str(error)))


@dataclass
class Unprivileged:
    """Opens workspaces as a user whose file permissions are enforced.

    As root (where permissions are not enforced) the open runs in a forked child that
    switches to ``nobody``; otherwise it runs in this process.
    """

    uid: int | None
    gid: int | None

    def own(self, path: Path) -> None:
        """Give ``path`` to the unprivileged user (so only its folder can refuse writes)."""
        if self.uid is not None:
            os.chown(path, self.uid, self.gid)

    def open(self, path: Path) -> tuple[str, str] | None:
        """Try ``Workspace.open(path)``; the error's class name and message, or None."""
        if self.uid is None:
            try:
                Workspace.open(path).close()
            except Exception as error:
                return type(error).__name__, str(error)
            return None
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_open_in_child, args=(str(path), self.uid, self.gid, sender))
        child.start()
        child.join(60)
        assert receiver.poll(), "the unprivileged child sent no result"
        result = receiver.recv()
        if result is not None and result[0] == "skip":
            pytest.skip(result[1])
        return result


@pytest.fixture
def unprivileged(tmp_path: Path) -> Unprivileged:
    if os.geteuid() != 0:
        probe = tmp_path / "probe"
        probe.mkdir(mode=0o555)
        enforced = not os.access(probe, os.W_OK)
        probe.chmod(0o755)
        if not enforced:
            pytest.skip("file permissions are not enforced for this user")
        return Unprivileged(None, None)
    if not hasattr(os, "fork"):
        pytest.skip("running as an administrator without fork(): permissions are not enforced")
    nobody = 65534
    return Unprivileged(nobody, nobody)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the unprivileged user can reach (``tmp_path`` lives in a private folder)."""
    folder = Path(tempfile.mkdtemp(prefix="atelier-test-"))
    folder.chmod(0o755)
    yield folder
    for root, dirs, _files in os.walk(folder):
        for name in dirs:
            Path(root, name).chmod(stat.S_IRWXU)
    shutil.rmtree(folder)
