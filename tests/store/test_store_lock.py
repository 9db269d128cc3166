"""One Atelier per workspace: the lock file beside it (``atelier.sqlite.lock``)."""

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from workshop_app.domain import Programme
from workshop_app.store import Workspace, WorkspaceLocked
from workshop_app.store.lock import WorkspaceLock, lock_path_for

HOLDER = textwrap.dedent(
    """
    import sys, time
    from workshop_app.domain import Programme
    from workshop_app.store import Workspace

    ws = Workspace.open(sys.argv[1])
    ws.programmes.add(Programme(title="Écrit par l'autre fenêtre"))
    print("ready", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def holder(path):
    """A child process that opens the workspace, says "ready", and keeps it open."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        pytest.fail(f"the child could not open the workspace: {line}{child.stderr.read()}")
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(10)
    child.stdout.close()
    child.stderr.close()


def test_a_second_open_is_refused_and_names_the_holder_pid(ws):
    with pytest.raises(WorkspaceLocked) as caught:
        Workspace.open(ws.path)
    assert str(os.getpid()) in str(caught.value)
    assert str(ws.path) in str(caught.value)
    assert caught.value.holder["pid"] == os.getpid()


def test_the_lock_file_says_who_holds_it(ws):
    holder = json.loads(lock_path_for(ws.path).read_text(encoding="utf-8"))
    assert holder["pid"] == os.getpid()
    assert {"host", "program", "since"} <= set(holder)


def test_after_close_the_workspace_opens_again(ws):
    ws.close()
    with Workspace.open(ws.path) as again:
        assert again.lock.held


def test_close_removes_the_lock_file(ws):
    ws.close()
    assert not lock_path_for(ws.path).exists()


def test_a_refused_second_open_does_not_release_the_first(ws):
    with pytest.raises(WorkspaceLocked):
        Workspace.open(ws.path)
    with pytest.raises(WorkspaceLocked):
        Workspace.open(ws.path)
    assert ws.lock.held


def test_a_refused_second_open_leaves_the_first_working(ws, programme):
    with pytest.raises(WorkspaceLocked):
        Workspace.open(ws.path)
    ws.programmes.add(Programme(title="Encore possible"))
    assert len(ws.programmes.select()) == 2


def test_lock_false_allows_a_second_reader(ws, programme):
    with Workspace.open(ws.path, lock=False) as reader:
        assert reader.programmes.get(programme.id) == programme
    assert ws.lock.held


def test_a_lock_held_by_another_process_names_its_pid(path, holder):
    with pytest.raises(WorkspaceLocked) as caught:
        Workspace.open(path)
    assert str(holder.pid) in str(caught.value)
    assert caught.value.holder["pid"] == holder.pid


def test_a_lock_left_by_a_killed_process_is_taken_over(path, holder):
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    assert lock_path_for(path).exists()  # the stale lock file is still there

    with Workspace.open(path) as ws:
        assert [p.title for p in ws.programmes.select()] == ["Écrit par l'autre fenêtre"]
        assert json.loads(lock_path_for(path).read_text())["pid"] == os.getpid()


def test_the_lock_is_free_after_the_other_process_exits(path, holder):
    holder.terminate()
    holder.wait(10)
    with Workspace.open(path) as ws:
        assert ws.lock.held


def test_a_full_disk_when_taking_the_lock_says_so_and_leaves_no_lock(tmp_path, monkeypatch):
    """Found on a real full disk: the import printed "[Errno 28] No space left on device"
    and left an empty lock file beside the workspace."""
    import errno

    from workshop_app.store import lock as lock_module
    from workshop_app.store.errors import DiskFull

    db = tmp_path / "atelier.sqlite"

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(DiskFull) as refused:
        WorkspaceLock(db).acquire()
    assert "full" in str(refused.value) and str(db) in str(refused.value)
    assert not lock_path_for(db).exists()
