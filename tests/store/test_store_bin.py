"""The bin (issue 15, privacy): what was removed is emptied for good after
``RETENTION_DAYS`` days, or at once on demand; the words leave the file, its journal, the
search index and the backups; a tombstone stays, nothing writes it back, and no merge of an
older copy brings the text back (a purge always wins)."""

from __future__ import annotations

import random
import shutil
import sqlite3
import string
import tempfile
import time
import unicodedata
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain import (
    Action,
    Entry,
    EntryKind,
    Participant,
    ParticipantRole,
    Programme,
    Workshop,
)
from workshop_app.domain.merge_rules import PURGED, Verdict, compare
from workshop_app.domain.models import (
    ActionItem,
    AgendaStep,
    FeedbackQuestion,
    FeedbackResponse,
    Indicator,
    Measurement,
    Theme,
)
from workshop_app.store import Workspace, backups, recycle_bin
from workshop_app.store.errors import NotFound
from workshop_app.store.exchange import dry_run, merge_files
from workshop_app.store.exchange.pack import pack
from workshop_app.store.schema_guard import KNOWN_COLUMNS

# -- what a file holds ----------------------------------------------------------------


def _folded(text: str) -> str:
    """``text`` as the search index keeps its words (case and accents removed)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _forms(word: str) -> set[bytes]:
    """The byte strings that would betray ``word``: as typed, in lower case, as the index
    folds it, and without its first letters (the index stores a word after the prefix it
    shares with the word before it)."""
    forms = {word, word.lower(), word.casefold(), _folded(word)}
    forms |= {f[3:] for f in list(forms) if len(f) >= 9}
    return {f.encode("utf-8") for f in forms}


def _files(path: Path) -> dict[str, bytes]:
    found = {}
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            found[file.name] = file.read_bytes()
    return found


def _betrayed(path: Path, words: list[str]) -> list[tuple[str, str]]:
    """(file, word) for every form of ``words`` found in the file or its journal."""
    return [
        (name, word)
        for name, data in _files(path).items()
        for word in words
        for form in _forms(word)
        if form in data
    ]


def _word(rng: random.Random, accent: str = "") -> str:
    """A word no other text holds: "Qz" and ten random letters (one accented)."""
    letters = [rng.choice(string.ascii_lowercase) for _ in range(10)]
    if accent:
        letters[rng.randrange(1, 9)] = accent
    return "Qz" + "".join(letters)


def _fts_terms(path: Path) -> set[str]:
    """Every word the search index of ``path`` can find."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'entry_fts', 'row')")
        return {row[0] for row in conn.execute("SELECT term FROM temp.vocab")}


def _fts_sound(ws: Workspace) -> None:
    ws.conn.execute("INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')")


def _ago(days: float) -> str:
    return recycle_bin.stamp(datetime.now(UTC) - timedelta(days=days))


def _removed_at(ws: Workspace, table: str, record_id: str, when: str) -> None:
    with ws.db.atomic():
        ws.conn.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ?", [when, record_id])


# -- a workspace with an entry to remove ------------------------------------------------


@pytest.fixture
def words() -> list[str]:
    rng = random.Random(20261215)
    return [_word(rng), _word(rng, "é"), _word(rng, "ç")]


@pytest.fixture
def doomed(ws, workshop, make_entry, make_participant, words):
    """A live entry, and an entry of distinctive words by a person, removed (in the bin)."""
    author = make_participant("Nadia Berkane")
    make_entry("Le gardien reste joignable le matin", kind=EntryKind.IDEA)
    entry = make_entry(
        f"{words[0].upper()} a dit : {words[1]} 😀 <b>{words[2]}</b>", author_id=author.id
    )
    ws.db.checkpoint("TRUNCATE")  # in the file itself, not only in the journal
    ws.entries.soft_delete(entry.id)
    return entry


def test_a_removed_entry_keeps_its_words_in_the_file_until_the_bin_is_emptied(ws, doomed, words):
    """The check has teeth: removing is not erasing."""
    assert _betrayed(ws.path, words)
    ws.close()
    assert _betrayed(ws.path, words)  # closing tidies the index, the entry keeps its text


def test_emptying_the_bin_erases_the_words_from_the_file_and_its_journal(
    ws, programme, doomed, words
):
    result = recycle_bin.empty_now(ws)
    assert result.counts == {"entry": 1}
    assert result.folded
    assert _betrayed(ws.path, words) == []
    assert not ws.path.with_name(ws.path.name + "-wal").exists() or (
        ws.path.with_name(ws.path.name + "-wal").stat().st_size == 0
    )
    for word in words:
        assert ws.entries.search(programme.id, word) == []
        assert _folded(word) not in _fts_terms(ws.path)
    assert [hit.entry.text for hit in ws.entries.search(programme.id, "gardien")] == [
        "Le gardien reste joignable le matin"
    ]
    _fts_sound(ws)
    ws.close()
    assert _betrayed(ws.path, words) == []
    with Workspace.open(ws.path) as again:
        assert again.repaired is None  # the index agrees with its entries


def test_an_emptied_entry_leaves_a_tombstone(ws, doomed):
    recycle_bin.empty_now(ws)
    tombstone = ws.entries.get(doomed.id, include_deleted=True)
    assert tombstone.text == "" and tombstone.author_id is None
    assert tombstone.deleted_at is not None
    assert tombstone.created_at == doomed.created_at
    assert tombstone.updated_at > doomed.updated_at
    assert (tombstone.workshop_id, tombstone.kind) == (doomed.workshop_id, doomed.kind)
    history = ws.conn.execute(
        "SELECT digest FROM exchange_history WHERE kind = 'entry' AND id = ?", [doomed.id]
    ).fetchall()
    assert history == [(PURGED,)]
    assert recycle_bin.contents(ws.conn) == {}


def test_nothing_writes_an_emptied_record_back(ws, doomed):
    recycle_bin.empty_now(ws)
    with pytest.raises(NotFound, match="emptied from the bin"):
        ws.entries.restore(doomed.id)
    with pytest.raises(NotFound, match="emptied from the bin"):
        ws.entries.update(doomed)  # an undo step holding the old version
    with pytest.raises(NotFound, match="emptied from the bin"):
        ws.entries.soft_delete(doomed.id)
    tombstone = ws.entries.get(doomed.id, include_deleted=True)
    assert tombstone.text == "" and tombstone.deleted_at is not None


def test_the_versions_set_aside_and_the_fingerprints_go_too(ws, doomed, words):
    with ws.db.atomic():
        ws.conn.executemany(
            "INSERT INTO exchange_history VALUES ('entry', ?, ?)",
            [(doomed.id, "0" * 32), (doomed.id, "1" * 32)],
        )
        ws.conn.execute(
            "INSERT INTO merge_kept (merged_at, source, kind, record_id, version) "
            "VALUES ('2026-01-01', 'b.atelier', 'entry', ?, ?)",
            [doomed.id, f'{{"text": "{words[0]}"}}'],
        )
    recycle_bin.empty_now(ws)
    assert ws.conn.execute("SELECT count(*) FROM merge_kept").fetchone() == (0,)
    assert ws.conn.execute(
        "SELECT digest FROM exchange_history WHERE id = ?", [doomed.id]
    ).fetchall() == [(PURGED,)]
    assert _betrayed(ws.path, words) == []


# -- after the delay, when the workspace opens ------------------------------------------


def test_what_was_removed_more_than_30_days_ago_is_emptied_on_opening(ws, path, make_entry, words):
    old = make_entry(f"ancien {words[0]}")
    recent = make_entry(f"récent {words[1]}")
    alive = make_entry(f"vivant {words[2]}")
    ws.entries.soft_delete(old.id)
    ws.entries.soft_delete(recent.id)
    _removed_at(ws, "entry", old.id, _ago(recycle_bin.RETENTION_DAYS + 1))
    _removed_at(ws, "entry", recent.id, _ago(recycle_bin.RETENTION_DAYS - 1))
    ws.close()
    with Workspace.open(path) as again:
        assert again.emptied == 1
        texts = {e.id: e.text for e in again.entries.select(include_deleted=True)}
        assert texts[old.id] == ""
        assert texts[recent.id] == f"récent {words[1]}"  # still in the bin: undo can restore
        assert texts[alive.id] == f"vivant {words[2]}"
        again.entries.restore(recent.id)
    assert _betrayed(path, [words[0]]) == []


def test_the_delay_is_counted_from_the_removal(ws, make_entry):
    entry = make_entry("à retirer")
    ws.entries.soft_delete(entry.id)
    removed = datetime.now(UTC)
    later = removed + timedelta(days=recycle_bin.RETENTION_DAYS)
    assert recycle_bin.empty_expired(ws, later - timedelta(minutes=1)).total == 0
    assert recycle_bin.empty_expired(ws, later + timedelta(minutes=1)).total == 1


def test_opening_with_nothing_due_writes_nothing(ws, path, make_entry, freeze):
    entry = make_entry("à retirer")
    ws.entries.soft_delete(entry.id)
    ws.close()
    snapshot = freeze(path)
    with Workspace.open(path) as again:
        assert again.emptied == 0
        assert not again.db.wrote
    snapshot.assert_unchanged()


def test_private_copies_and_read_only_opening_never_empty_the_bin(ws, path, make_entry):
    entry = make_entry("à retirer")
    ws.entries.soft_delete(entry.id)
    _removed_at(ws, "entry", entry.id, _ago(90))
    ws.close()
    with Workspace.open(path, lock=False) as copy:
        assert copy.emptied == 0
    with Workspace.open(path, read_only=True) as listing:
        assert listing.emptied == 0
        assert listing.entries.get(entry.id, include_deleted=True).text == "à retirer"


def test_finding_what_is_due_reads_an_index_not_every_entry(ws):
    where, params = recycle_bin._in_bin("entry", recycle_bin.cutoff())
    plan = ws.conn.execute(f"EXPLAIN QUERY PLAN SELECT id FROM entry WHERE {where}", params)
    assert "USING INDEX entry_in_bin" in " ".join(str(row[-1]) for row in plan)
    where, _ = recycle_bin._in_bin("entry", None)
    plan = ws.conn.execute(f"EXPLAIN QUERY PLAN SELECT count(*) FROM entry WHERE {where}")
    assert "entry_in_bin" in " ".join(str(row[-1]) for row in plan)


# -- every kind of record --------------------------------------------------------------

KEPT = {
    "programme": {"language"},
    "action": {"programme_id", "number"},
    "theme": {"programme_id", "position"},
    "workshop": {"programme_id", "kind", "starts_at", "ends_at", "language", "status"},
    "agenda_step": {"workshop_id", "position", "planned_minutes", "actual_seconds"},
    "participant": {"programme_id", "role", "erased_at"},
    "feedback_question": {"workshop_id", "position"},
    "entry": {
        "seq",
        "workshop_id",
        "kind",
        "action_id",
        "theme_id",
        "answers_id",
        "status",
        "votes",
        "position",
    },
    "feedback_response": {"workshop_id"},
    "action_item": {"workshop_id", "due_date", "status", "entry_id"},
    "indicator": {"action_id", "kind", "direction"},
    "challenge": {"programme_id", "position"},
    "measurement": {"indicator_id", "measured_on", "value", "workshop_id"},
}
"""What a tombstone keeps besides its id and times: links, numbers, dates, vocabulary."""


def test_every_field_of_a_record_is_either_blanked_or_kept_on_purpose():
    """A new column must be given its fate here (a text left out would stay in the file)."""
    assert set(recycle_bin.BLANKED) == set(KEPT)
    for table, kept in KEPT.items():
        columns = set(KNOWN_COLUMNS[table]) - {"id", "created_at", "updated_at", "deleted_at"}
        assert set(recycle_bin.BLANKED[table]) | kept == columns, table
        assert not set(recycle_bin.BLANKED[table]) & kept


def test_every_kind_of_removed_record_is_emptied(ws, programme, workshop, make_entry, words):
    secret = words[0]
    person = ws.participants.add(
        Participant(
            programme_id=programme.id,
            display_name=f"{secret} Personne",
            organisation=secret,
            role=ParticipantRole.PARTNER_ASSOCIATION,
        )
    )
    action = ws.actions.add(
        Action(programme_id=programme.id, number=9, title=secret, context=secret, budget=secret)
    )
    indicator = ws.indicators.add(Indicator(action_id=action.id, name=secret, unit=secret))
    other = ws.workshops.add(
        Workshop(programme_id=programme.id, title=secret, place=secret, agenda=secret)
    )
    ws.drafts.put(other.id, f"brouillon {secret}")
    records = {
        "participant": person,
        "action": action,
        "indicator": indicator,
        "workshop": other,
        "theme": ws.themes.add(Theme(programme_id=programme.id, name=secret)),
        "agenda_step": ws.agenda.add(
            AgendaStep(workshop_id=workshop.id, title=secret, method_note=secret)
        ),
        "feedback_question": ws.feedback_questions.add(
            FeedbackQuestion(workshop_id=workshop.id, text=secret, criterion=secret)
        ),
        "feedback_response": ws.feedback.submit(
            FeedbackResponse(workshop_id=workshop.id, participant_id=person.id, comment=secret),
            {},
        ),
        "action_item": ws.action_items.add(
            ActionItem(workshop_id=workshop.id, what=secret, who=secret)
        ),
        "measurement": ws.measurements.add(
            Measurement(indicator_id=indicator.id, measured_on="2026-01-01", value=3, note=secret)
        ),
        "entry": make_entry(secret, author_id=person.id),
    }
    for table, record in records.items():
        _soft_delete(ws, table, record.id)
    assert recycle_bin.contents(ws.conn) == dict.fromkeys(records, 1)
    result = recycle_bin.empty_now(ws)
    assert result.counts == dict.fromkeys(records, 1)
    for table, record in records.items():
        row = ws.conn.execute(
            f"SELECT {', '.join(recycle_bin.BLANKED[table])}, deleted_at FROM {table} WHERE id = ?",
            [record.id],
        ).fetchone()
        assert list(row[:-1]) == list(recycle_bin.BLANKED[table].values()), table
        assert row[-1] is not None
        assert recycle_bin.is_emptied(ws.conn, table, record.id)
    assert ws.drafts.get(other.id) == ""
    assert _betrayed(ws.path, [secret]) == []


def _soft_delete(ws: Workspace, table: str, record_id: str) -> None:
    repository = {
        "participant": ws.participants,
        "action": ws.actions,
        "indicator": ws.indicators,
        "workshop": ws.workshops,
        "theme": ws.themes,
        "agenda_step": ws.agenda,
        "feedback_question": ws.feedback_questions,
        "feedback_response": ws.feedback,
        "action_item": ws.action_items,
        "measurement": ws.measurements,
        "entry": ws.entries,
    }[table]
    repository.soft_delete(record_id)


# -- generated texts --------------------------------------------------------------------

PIECES = st.sampled_from(
    ["😀", "🇫🇷", "👩🏽‍🔧", "مرحبا بالعالم", "ع", "<b>", "</script>", "&amp;", "**gras**", "é", "\n"]
)
TEXT = st.lists(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
    | PIECES
    | st.text(st.characters(min_codepoint=0x600, max_codepoint=0x6FF), min_size=1, max_size=20),
    min_size=1,
    max_size=15,
).map("".join)
GENERATED = settings(
    derandomize=True,
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("bin") / "atelier.sqlite"
    with Workspace.open(path, lock=False) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
        ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="Le gardien reste"))
    return path, workshop.id


def _windows(data: bytes, size: int = 32, most: int = 300) -> list[bytes]:
    """Up to ``most`` slices of ``data``, spread over it, that could only come from it."""
    step = max(size, len(data) // most)
    return [
        data[i : i + size]
        for i in range(0, max(len(data) - size, 0) + 1, step)
        if len(set(data[i : i + size])) >= 6
    ]


@GENERATED
@given(TEXT, st.integers(1, 100_000), st.randoms(use_true_random=False))
def test_generated_texts_leave_nothing_behind(template, text, length, rng):
    """Any text (emoji, Arabic, markup, up to 100 KB): after emptying, neither the file nor
    its journal holds its distinctive words or any long run of its bytes."""
    template_path, workshop_id = template
    markers = [_word(rng), _word(rng, "à")]
    body = f"{markers[0]} {text} {markers[1]}"
    if len(body.encode()) < length:  # a long text: the same pieces, again and again
        body = (body + " ") * (length // max(len(body.encode()), 1) + 1)
    body = body[:100_000]
    if not body.strip():
        body = markers[0]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "atelier.sqlite"
        shutil.copy(template_path, path)
        with Workspace.open(path, lock=False) as ws:
            entry = ws.entries.add(Entry(workshop_id=workshop_id, kind=EntryKind.ISSUE, text=body))
            ws.db.checkpoint("TRUNCATE")
            ws.entries.soft_delete(entry.id)
            stored = ws.entries.get(entry.id, include_deleted=True).text
            assert recycle_bin.empty_now(ws, backups=False).total == 1
            assert _betrayed(path, [m for m in markers if m in stored]) == []
            files = _files(path)
            for sample in {body, body.lower()}:
                for window in _windows(sample.encode("utf-8")):
                    for name, data in files.items():
                        assert window not in data, (name, window)
            programme_id = ws.workshops.get(workshop_id).programme_id
            assert ws.entries.search(programme_id, markers[0]) == []
            _fts_sound(ws)


# -- the backups ---------------------------------------------------------------------


def test_emptying_by_hand_empties_the_backups_too(ws, doomed, words):
    taken = backups.take(ws, "daily")
    assert _betrayed(taken, words)
    result = recycle_bin.empty_now(ws)
    assert result.backups == 1 and result.backups_failed == []
    assert _betrayed(taken, words) == []
    with closing(sqlite3.connect(taken)) as conn:
        assert conn.execute("SELECT text FROM entry WHERE id = ?", [doomed.id]).fetchone() == ("",)
        conn.execute("INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')")


def test_a_backup_taken_before_the_removal_loses_the_entry_too(ws, make_entry, words):
    entry = make_entry(f"{words[0]} vivant dans la sauvegarde")
    taken = backups.take(ws, "daily")
    ws.entries.soft_delete(entry.id)
    recycle_bin.empty_now(ws)
    assert _betrayed(taken, [words[0]]) == []
    with Workspace.open(taken, lock=False) as restored:  # as if it were put back
        back = restored.entries.get(entry.id, include_deleted=True)
        assert back.text == "" and back.deleted_at is not None
        assert recycle_bin.is_emptied(restored.conn, "entry", entry.id)


# -- a reader holding the journal ------------------------------------------------------


def test_a_reader_holding_the_journal_delays_the_fold_until_it_lets_go(ws, doomed, words):
    """The words leave the tables and the index at once; the old pages leave the file and
    its journal when no other connection still reads a snapshot that needs them. The fold
    waits at most ``FOLD_WAIT_MS`` for that reader, not the connection's five seconds."""
    with closing(sqlite3.connect(ws.path)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM entry").fetchone()  # holds its snapshot
        started = time.perf_counter()
        result = recycle_bin.empty_now(ws, backups=False)
        waited = time.perf_counter() - started
        assert not result.folded
        assert waited < recycle_bin.FOLD_WAIT_MS / 1000 + 2
        assert ws.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000  # put back
        assert ws.entries.get(doomed.id, include_deleted=True).text == ""
        assert ws.entries.search(ws.workshops.get(doomed.workshop_id).programme_id, words[0]) == []
        # the reader's snapshot still holds the old text, so the files do, for now
        assert reader.execute("SELECT text FROM entry WHERE id = ?", [doomed.id]).fetchone()[0]
        assert _betrayed(ws.path, words)
        assert not recycle_bin.fold(ws, wait_ms=0)
        reader.execute("COMMIT")
    assert recycle_bin.fold(ws)
    assert _betrayed(ws.path, words) == []


# -- merges: a purge always wins --------------------------------------------------------


def test_the_rule_a_purge_always_wins():
    assert compare("a", "b", {"a", PURGED}, {"b"}) is Verdict.OLDER
    assert compare("a", "b", {"a"}, {"b", PURGED}) is Verdict.NEWER
    assert compare("a", "b", {PURGED}, {PURGED}) is Verdict.IDENTICAL
    assert compare("a", "b", {"a", PURGED}, {"b", "a"}) is Verdict.OLDER  # even edited there


@pytest.fixture
def laptops(tmp_path, words):
    """Two laptops holding the same workshop and its entry (sent with names), and the
    workshop's id and the entry's."""
    a = Workspace.open(tmp_path / "a.sqlite")
    programme = a.programmes.create_with_defaults(Programme(title="Programme"))
    author = a.participants.add(Participant(programme_id=programme.id, display_name="Nadia"))
    workshop = a.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
    a.attendance.check_in(workshop.id, author.id)
    a.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="Le gardien reste"))
    entry = a.entries.add(
        Entry(
            workshop_id=workshop.id,
            kind=EntryKind.ISSUE,
            text=f"{words[0]} {words[1]}",
            author_id=author.id,
        )
    )
    sent = tmp_path / "premier.atelier"
    pack(a, sent, workshop_id=workshop.id, with_names=True)
    b = Workspace.open(tmp_path / "b.sqlite")
    merge_files(b, [sent])
    yield a, b, workshop.id, entry.id
    for ws in (a, b):
        ws.close()


def _send(ws: Workspace, workshop_id: str, name: str) -> Path:
    sent = ws.path.with_name(name)
    pack(ws, sent, workshop_id=workshop_id, with_names=True)
    return sent


def _plan_of(ws: Workspace, sent: Path, entry_id: str):
    [plan] = dry_run(ws, [sent]).plans
    return next(c for c in plan.changes if c.id == entry_id)


@pytest.mark.parametrize("there", ["alive", "removed", "edited"])
def test_an_older_copy_never_brings_an_emptied_entry_back(laptops, words, there):
    a, b, workshop_id, entry_id = laptops
    if there == "removed":
        b.entries.soft_delete(entry_id)
    elif there == "edited":
        version = b.entries.get(entry_id)
        version.text = f"{words[0]} {words[2]} corrigé"
        b.entries.update(version)
    stale = _send(b, workshop_id, "vieux.atelier")
    a.entries.soft_delete(entry_id)
    recycle_bin.empty_now(a, backups=False)
    change = _plan_of(a, stale, entry_id)
    assert change.category == "identical" and change.writes is None
    merge_files(a, [stale], backup=False)
    tombstone = a.entries.get(entry_id, include_deleted=True)
    assert tombstone.text == "" and tombstone.deleted_at is not None
    assert a.conn.execute("SELECT count(*) FROM merge_kept").fetchone() == (0,)
    assert a.conn.execute(
        "SELECT digest FROM exchange_history WHERE id = ?", [entry_id]
    ).fetchall() == [(PURGED,)]
    a.close()
    assert _betrayed(a.path, words) == []


@pytest.mark.parametrize("there", ["alive", "removed"])
def test_an_emptied_entry_empties_it_on_the_laptop_it_reaches(laptops, words, there):
    a, b, workshop_id, entry_id = laptops
    if there == "removed":
        b.entries.soft_delete(entry_id)
    b.db.checkpoint("TRUNCATE")
    assert _betrayed(b.path, words)
    a.entries.soft_delete(entry_id)
    recycle_bin.empty_now(a, backups=False)
    tombstone = _send(a, workshop_id, "vide.atelier")
    merge_files(b, [tombstone], backup=False)
    arrived = b.entries.get(entry_id, include_deleted=True)
    assert arrived.text == "" and arrived.author_id is None and arrived.deleted_at is not None
    assert recycle_bin.is_emptied(b.conn, "entry", entry_id)
    programme_id = b.workshops.get(workshop_id).programme_id
    assert b.entries.search(programme_id, words[0]) == []
    assert _betrayed(b.path, words) == []  # at once: index rewritten, journal folded
    _fts_sound(b)
    again = dry_run(b, [tombstone]).plans[0]
    assert again.empty  # merging it twice changes nothing


def test_a_tombstone_then_an_older_copy_in_one_merge(laptops, words):
    a, b, workshop_id, entry_id = laptops
    stale = _send(b, workshop_id, "vieux.atelier")
    a.entries.soft_delete(entry_id)
    recycle_bin.empty_now(a, backups=False)
    tombstone = _send(a, workshop_id, "vide.atelier")
    third = Workspace.open(a.path.with_name("c.sqlite"))
    try:
        merge_files(third, [tombstone, stale], backup=False)
        assert third.entries.get(entry_id, include_deleted=True).text == ""
        merge_files(third, [stale], backup=False)
        assert third.entries.get(entry_id, include_deleted=True).text == ""
    finally:
        third.close()
    assert _betrayed(third.path, words) == []


def test_a_removed_person_emptied_travels_in_a_file_without_names(laptops):
    a, b, workshop_id, _entry_id = laptops
    [person] = a.participants.select()
    a.participants.soft_delete(person.id)
    recycle_bin.empty_now(a, backups=False)
    sent = a.path.with_name("sans-noms.atelier")
    pack(a, sent, workshop_id=workshop_id)  # names withheld: pseudonyms, no fingerprints
    merge_files(b, [sent], backup=False)
    there = b.participants.get(person.id, include_deleted=True)
    assert (there.display_name, there.organisation) == ("", "")
    assert there.deleted_at is not None
    assert recycle_bin.is_emptied(b.conn, "participant", person.id)


def test_a_failure_while_emptying_never_stops_the_opening(ws, path, make_entry, monkeypatch):
    entry = make_entry("à retirer")
    ws.entries.soft_delete(entry.id)
    _removed_at(ws, "entry", entry.id, _ago(90))
    ws.close()

    def full_disk(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(recycle_bin, "purge", full_disk)
    with Workspace.open(path) as again:
        assert again.emptied == 0
        assert again.entries.get(entry.id, include_deleted=True).text == "à retirer"
    monkeypatch.undo()
    with Workspace.open(path) as later:  # the next opening empties it
        assert later.emptied == 1


def test_a_removed_person_emptied_from_the_bin_leaves_no_name_in_the_texts(
    ws, programme, make_participant, make_entry, workshop, tmp_path
):
    """Found in review: emptying blanked the name, so an export without names no longer
    knew it and printed it as typed in the texts. Emptying a person erases them."""
    from workshop_app.reports import export
    from workshop_app.reports.options import ExportFormat, ExportOptions

    person = make_participant("Karima Zéphir")
    make_entry("On a vu Karima Zéphir hier")
    ws.participants.soft_delete(person.id)
    recycle_bin.empty_now(ws, backups=False)
    (text,) = [r[0] for r in ws.conn.execute("SELECT text FROM entry")]
    assert "Zéphir" not in text
    target = tmp_path / "e.csv"
    export(ws, ExportOptions(format=ExportFormat.CSV, workshop_id=workshop.id), target)
    assert "Zéphir".encode() not in target.read_bytes()
    assert ws.participants.get(person.id, include_deleted=True).display_name == ""
