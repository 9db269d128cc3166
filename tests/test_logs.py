"""Atelier's log: in the platform's log folder, rotated, and never holding a person's words."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workshop_app import __version__, logs
from workshop_app.cli import main


@pytest.fixture
def log_file(isolated_user_dirs, monkeypatch):
    """A log folder of the test's own (platformdirs reads XDG_STATE_HOME on Linux)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(isolated_user_dirs / "state"))
    path = logs.setup("test")
    assert path is not None
    yield path
    logs._handler.close()


def test_the_log_is_in_the_platforms_log_folder(log_file, isolated_user_dirs):
    assert log_file == isolated_user_dirs / "state" / "atelier" / "log" / "atelier.log"
    assert logs.current_log_file() == log_file
    text = log_file.read_text(encoding="utf-8")
    assert f"Atelier {__version__} started: command test" in text
    assert "Python 3." in text


def test_every_command_is_logged_by_name_never_with_its_arguments(
    isolated_user_dirs, monkeypatch, capsys
):
    monkeypatch.setenv("XDG_STATE_HOME", str(isolated_user_dirs / "state"))
    assert main(["where"]) == 0
    text = logs.current_log_file().read_text(encoding="utf-8")
    assert "command where" in text
    secret = isolated_user_dirs / "Atelier de Nadia.sqlite"
    main(["list", "--db", str(secret)])  # no such workspace: refused, and logged
    text = logs.current_log_file().read_text(encoding="utf-8")
    assert "command list" in text and "Nadia" not in text


def test_a_command_that_fails_unexpectedly_is_logged(isolated_user_dirs, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(isolated_user_dirs / "state"))

    message = "the list of Nadia B. could not be read"

    def broken() -> int:
        raise RuntimeError(message)

    monkeypatch.setattr("workshop_app.cli._cmd_where", broken)
    with pytest.raises(RuntimeError):
        main(["where"])
    text = logs.current_log_file().read_text(encoding="utf-8")
    assert "ERROR workshop_app: unexpected problem" in text
    assert f"RuntimeError (message withheld, {len(message)} characters)" in text
    assert "in broken" in text and "Nadia" not in text


def test_a_log_that_cannot_be_written_does_not_stop_atelier(tmp_path, monkeypatch):
    blocker = tmp_path / "not a folder"
    blocker.write_text("")
    monkeypatch.setattr(logs, "log_folder", lambda: blocker / "log")
    assert logs.setup("gui") is None
    folder = tmp_path / "log"
    (folder / logs.LOG_FILE_NAME).mkdir(parents=True)  # a folder where the file should be
    monkeypatch.setattr(logs, "log_folder", lambda: folder)
    assert logs.setup("gui") is None


def test_the_file_starts_over_and_keeps_five_old_ones(tmp_path):
    handler = logs.RotatingFile(tmp_path / "atelier.log", max_bytes=200, backups=5)
    handler.setFormatter(logs.PrivateFormatter())
    logger = logging.getLogger("workshop_app.test_rotation")
    logger.addHandler(handler)
    try:
        for number in range(100):
            logger.warning(f"record number {number:03} of the rotation test")
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["atelier.log", *(f"atelier.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size < 400 for p in tmp_path.iterdir())
    assert "record number 099" in (tmp_path / "atelier.log").read_text()


def test_files_are_named_by_kind_never_by_name(tmp_path):
    workspace = tmp_path / "Compte rendu Nadia.sqlite"
    workspace.write_bytes(b"x" * 2_000_000)
    assert logs.file_label(workspace, "workspace") == "workspace: a .sqlite file of 2.0 MB"
    assert logs.file_label(tmp_path / "Atelier.Nadia", "file") == "file: a (other) file"
    from workshop_app.store.paths import default_workspace_path

    assert logs.file_label(default_workspace_path(), "workspace") == "the default workspace"


def test_an_exception_keeps_its_type_and_frames_not_its_message():
    who = "Nadia"  # in a variable: the log keeps code lines, and this test's code is one

    def open_the_file():
        raise OSError(28, "No space left", f"/home/{who.lower()}/Atelier {who}.sqlite")

    try:
        try:
            open_the_file()
        except OSError as error:
            raise sqlite3.OperationalError(f"near '{who}': syntax error") from error
    except sqlite3.OperationalError as error:
        text = logs.describe_exception(error)
    assert "OSError (ENOSPC; message withheld" in text
    assert "sqlite3.OperationalError (message withheld" in text
    assert "The above led to:" in text
    assert 'File "test_logs.py", line' in text  # the folders above stay out
    assert "in open_the_file" in text
    assert "nadia" not in text.lower()


def test_source_files_lose_the_folders_that_name_the_user():
    assert logs.short_source("/home/nadia/.venv/lib/python3.11/site-packages/x/y.py") == "x/y.py"
    assert logs.short_source("C:\\Users\\nadia\\Atelier\\_internal\\ui\\app.py") == "ui/app.py"
    assert logs.short_source("C:\\Users\\nadia\\notes.py") == "notes.py"  # no package: its name
    assert logs.short_source("/home/nadia/atelier/src/workshop_app/ui/app.py") == (
        "workshop_app/ui/app.py"
    )


NAMES = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Zs"), max_codepoint=0x2FF),
    min_size=5,
    max_size=30,
).filter(lambda s: s.strip() == s and len(s.strip()) >= 5)


def _log_of(name: str, text: str) -> str:
    """The log of a session where ``name`` said ``text``, with every way it could leak."""
    with tempfile.TemporaryDirectory() as folder:
        handler = logs.RotatingFile(Path(folder) / "atelier.log")
        handler.setFormatter(logs.PrivateFormatter())
        logger, level = logs.log, logs.log.level
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        try:
            workspace = Path(folder) / f"Atelier {name}.sqlite"
            logger.info(f"opened {logs.file_label(workspace, 'workspace')}")
            logger.info("saved the entry %s of %s", text, name)
            logger.warning("export to %(path)s failed", {"path": Path(folder) / f"{name}.pdf"})
            try:
                try:
                    raise KeyError(name)
                except KeyError as error:
                    raise ValueError(f"{name} said: {text}") from error
            except ValueError:
                logger.exception("could not save %r", text)
            error = OSError(13, f"refused {text}", str(workspace))
            logs.log_exception(OSError, error, None)
        finally:
            logger.removeHandler(handler)
            logger.setLevel(level)
            handler.close()
        return (Path(folder) / "atelier.log").read_text(encoding="utf-8")


@settings(max_examples=60, deadline=None)
@given(name=NAMES, text=NAMES)
def test_no_name_and_no_text_ever_reaches_the_log(name, text):
    baseline = _log_of("Qxqxq", "Zyzyzyz")
    assume(name not in baseline and text not in baseline)  # a word the log has anyway
    written = _log_of(name, text)
    assert name not in written
    assert text not in written
