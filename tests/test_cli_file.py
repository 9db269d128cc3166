"""``workshop-app FILE``: a workspace or an exchange file given to open (as a double-click
does), and plain words for everything else."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.demo_files import demo_and_exchange
from workshop_app import cli_open
from workshop_app.cli import main


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory) -> tuple[Path, Path]:
    """The demo workspace and an exchange file packed from it, built once."""
    return demo_and_exchange(tmp_path_factory.mktemp("files"))


@pytest.fixture
def workspace(demo_files, tmp_path) -> Path:
    copy = tmp_path / "Atelier de Nadia.sqlite"
    shutil.copy(demo_files[0], copy)
    return copy


@pytest.fixture
def exchange(demo_files, tmp_path) -> Path:
    copy = tmp_path / "sent back.atelier"
    shutil.copy(demo_files[1], copy)
    return copy


@pytest.fixture
def launched(monkeypatch) -> list[dict]:
    """What the window would have been asked to open (it is not opened)."""
    calls: list[dict] = []

    def launch_gui(db, **options):
        calls.append({"db": db, **options})
        return 0

    monkeypatch.setattr("workshop_app.launch.launch_gui", launch_gui)
    return calls


def test_a_workspace_given_is_the_one_opened(workspace, launched):
    assert main([str(workspace)]) == 0
    assert launched[0]["db"] == workspace
    assert launched[0]["file"] == (workspace, cli_open.WORKSPACE)


def test_gui_file_is_the_same(workspace, launched):
    assert main(["gui", str(workspace), "--lang", "fr"]) == 0
    assert launched[0]["db"] == workspace
    assert launched[0]["lang"] == "fr"


def test_options_before_and_after_the_file(workspace, launched):
    assert main(["--platform", "offscreen", str(workspace), "--workshop", "W1"]) == 0
    assert launched[0]["platform"] == "offscreen"
    assert launched[0]["workshop_id"] == "W1"


def test_an_exchange_file_opens_the_usual_workspace_and_offers_the_merge(exchange, launched):
    assert main([str(exchange)]) == 0
    assert launched[0]["db"] is None  # the workspace used last, as any start
    assert launched[0]["file"] == (exchange, cli_open.EXCHANGE)


def test_an_exchange_file_into_a_workspace_named_with_db(workspace, exchange, launched):
    assert main(["--db", str(workspace), str(exchange)]) == 0
    assert launched[0]["db"] == workspace
    assert launched[0]["file"][1] == cli_open.EXCHANGE


def test_two_workspaces_are_refused(workspace, tmp_path, launched, capsys):
    other = tmp_path / "other.sqlite"
    shutil.copy(workspace, other)
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(other), str(workspace)])
    assert exit_info.value.code == 2
    assert "two workspaces given" in capsys.readouterr().err
    assert launched == []


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda folder: folder / "missing.sqlite", "there is no file"),
        (lambda folder: folder, "is a folder"),
        (
            lambda folder: _write(folder / "notes.txt", b"Nadia said hello"),
            "is not an Atelier file",
        ),
        (lambda folder: _write(folder / "empty.sqlite", b""), "is empty"),
        (lambda folder: _foreign(folder / "other.sqlite"), "a database of another program"),
    ],
    ids=["missing", "folder", "text", "empty", "foreign"],
)
def test_what_cannot_be_opened_is_said_with_what_was_expected(
    tmp_path, launched, capsys, make, said
):
    path = make(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main([str(path)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert said in err
    assert "a workspace (a .sqlite file made by Atelier) or an exchange file (.atelier)" in err
    assert launched == []


def test_from_the_desktop_the_window_says_it(tmp_path, launched):
    missing = tmp_path / "missing.sqlite"
    assert main(["--desktop", str(missing)]) == 0
    assert launched[0]["file"] == (missing, cli_open.MISSING)
    assert launched[0]["db"] is None


def test_an_unknown_option_says_what_was_expected(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--bogus"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown argument --bogus" in err
    assert "expects a workspace" in err and "workshop-app --help" in err


def test_a_word_that_is_neither_a_command_nor_a_file(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["lisst"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "'lisst' is neither a command nor a file" in err
    assert "list" in err and "export" in err


def test_commands_keep_their_own_errors(capsys):
    with pytest.raises(SystemExit):
        main(["export", "pipe"])
    assert "invalid choice: 'pipe'" in capsys.readouterr().err


def test_macos_process_serial_number_is_ignored(workspace, launched):
    assert main(["-psn_0_12345", str(workspace)]) == 0
    assert launched[0]["db"] == workspace


def test_a_file_named_like_an_option_after_double_dash(tmp_path, workspace, launched):
    odd = tmp_path / "-odd.sqlite"
    shutil.copy(workspace, odd)
    assert main(["--", str(odd)]) == 0  # an absolute path never starts with "-": relative
    assert launched[0]["db"] == odd


def test_an_encrypted_file_is_taken_by_its_extension(tmp_path):
    noise = bytes((i * 151 + 200) % 256 for i in range(4096))  # a page of noise: encrypted?
    assert cli_open.classify_file(_write(tmp_path / "sent.atelier", noise)) == cli_open.EXCHANGE
    assert cli_open.classify_file(_write(tmp_path / "mine.sqlite", noise)) == cli_open.WORKSPACE


def test_the_argument_rewrite():
    commands = ["gui", "demo", "list"]
    assert cli_open.file_as_command(["list"], commands) == ["list"]
    assert cli_open.file_as_command(["--db", "x.sqlite"], commands) == ["--db", "x.sqlite"]
    assert cli_open.file_as_command(["--db", "x", "a.sqlite"], commands) == [
        "--db",
        "x",
        "gui",
        "a.sqlite",
    ]
    assert cli_open.file_as_command([], commands) == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _foreign(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.commit()
    return path
