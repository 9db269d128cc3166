"""A write that SQLite refuses becomes ``WriteFailed``: a plain message, nothing half-kept.

A full disk is simulated with ``PRAGMA max_page_count``: SQLite then answers exactly as
when the disk is full (``SQLITE_FULL``).
"""

import sqlite3

import pytest

from workshop_app.domain import Entry, EntryKind, FeedbackQuestion, FeedbackResponse, Programme
from workshop_app.store import WriteFailed

BIG = "Un très long témoignage. " * 20_000  # about 500 KB, far more than a few free pages


@pytest.fixture
def full_disk(ws):
    """Leave the workspace only a couple of free pages, as on a nearly full disk."""

    def fill() -> None:
        pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
        ws.conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    return fill


def big_entry(workshop) -> Entry:
    return Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text=BIG)


def test_a_full_disk_becomes_write_failed_with_a_plain_message(ws, workshop, full_disk):
    full_disk()
    with pytest.raises(WriteFailed) as caught:
        ws.entries.add(big_entry(workshop))
    message = str(caught.value)
    assert "disk is full" in message
    assert "safe" in message
    assert "sqlite" not in message.lower()


def test_after_a_full_disk_earlier_rows_are_still_there(ws, workshop, make_entry, full_disk):
    earlier = [make_entry(f"Déjà noté {i}") for i in range(3)]
    full_disk()
    with pytest.raises(WriteFailed):
        ws.entries.add(big_entry(workshop))
    assert ws.entries.for_workshop(workshop.id) == earlier


def test_after_a_full_disk_nothing_of_the_failed_write_is_kept(
    ws, programme, workshop, full_disk, count_rows
):
    entry = big_entry(workshop)
    full_disk()
    with pytest.raises(WriteFailed):
        ws.entries.add(entry)
    assert count_rows("entry") == 0
    assert ws.entries.search(programme.id, "témoignage") == []
    ws.conn.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")


def test_add_many_on_a_full_disk_keeps_none_of_them(ws, workshop, full_disk, count_rows):
    entries = [
        Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=f"Idée {i}") for i in range(5)
    ]
    entries.append(big_entry(workshop))
    full_disk()
    with pytest.raises(WriteFailed):
        ws.entries.add_many(entries)
    assert count_rows("entry") == 0


def test_an_update_on_a_full_disk_keeps_the_old_text(ws, programme, make_entry, full_disk):
    entry = make_entry("Texte d'origine")
    full_disk()
    entry.text = BIG
    with pytest.raises(WriteFailed):
        ws.entries.update(entry)
    assert ws.entries.get(entry.id).text == "Texte d'origine"
    assert len(ws.entries.search(programme.id, "origine")) == 1
    ws.conn.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")


def test_feedback_on_a_full_disk_keeps_no_response(ws, workshop, full_disk, count_rows):
    question = ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text="Utile ?"))
    full_disk()
    with pytest.raises(WriteFailed):
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id, comment=BIG), {question.id: 4})
    assert count_rows("feedback_response") == 0
    assert count_rows("feedback_answer") == 0


def test_a_new_programme_on_a_full_disk_keeps_no_theme(ws, full_disk, count_rows):
    full_disk()
    with pytest.raises(WriteFailed):
        ws.programmes.create_with_defaults(Programme(title="Nouveau", description=BIG))
    assert count_rows("programme") == 0
    assert count_rows("theme") == 0


def test_once_space_is_freed_the_same_write_succeeds(ws, workshop, full_disk):
    entry = big_entry(workshop)
    full_disk()
    with pytest.raises(WriteFailed):
        ws.entries.add(entry)

    ws.conn.execute("PRAGMA max_page_count = 1073741823")
    ws.entries.add(entry)

    assert ws.entries.get(entry.id).text == BIG


def test_write_failed_is_a_workspace_error_chained_to_sqlite(ws, workshop, full_disk):
    full_disk()
    with pytest.raises(WriteFailed) as caught:
        ws.entries.add(big_entry(workshop))
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert caught.value.kind == "write_failed"
