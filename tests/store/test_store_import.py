"""Importing entries typed up from paper: CSV and XLSX in, every bad row reported, all or nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from workshop_app.domain import Action, EntryKind, ImprovementStatus, ParticipantRole
from workshop_app.domain.validation import ValidationError
from workshop_app.store import NotFound
from workshop_app.store.entry_import import (
    ImportFileError,
    ImportRejected,
    ImportRowError,
    import_entries,
    plan_import,
    read_table,
    redo_import,
    undo_import,
    write_plan,
    write_template,
)


# -- helpers --------------------------------------------------------------------------
@pytest.fixture
def write(tmp_path):
    """``write("kind,text\\nidea,x\\n", name="f.csv", encoding="utf-8")`` → the file's path."""

    def make(text: str, name: str = "entries.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return make


@pytest.fixture
def write_xlsx(tmp_path):
    """``write_xlsx([["kind", "text"], ["idea", "x"]])`` → a workbook whose first sheet holds the rows."""

    def make(rows: list[list[object]], name: str = "entries.xlsx") -> Path:
        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(row)
        path = tmp_path / name
        book.save(path)
        return path

    return make


@pytest.fixture
def snapshot(ws, count_rows):
    """``before = snapshot()``; later ``assert snapshot() == before``: rows of every kind."""
    return lambda: {table: count_rows(table) for table in ("entry", "participant", "entry_fts")}


def texts(ws, workshop) -> list[str]:
    return [entry.text for entry in ws.entries.for_workshop(workshop.id)]


def rejected(ws, workshop, path) -> ImportRejected:
    with pytest.raises(ImportRejected) as caught:
        import_entries(ws, workshop.id, path)
    return caught.value


# -- good files -----------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_with_any_delimiter_imports(ws, workshop, write, delimiter):
    rows = [
        "kind,text,votes",
        "issue,Les factures arrivent trop tard,3",
        "idea,Un guichet unique,0",
    ]
    path = write("\n".join(row.replace(",", delimiter) for row in rows) + "\n")
    result = import_entries(ws, workshop.id, path)
    assert result.total == 2
    assert result.counts == {EntryKind.ISSUE: 1, EntryKind.IDEA: 1}
    entries = ws.entries.for_workshop(workshop.id)
    assert [(e.kind, e.text, e.votes) for e in entries] == [
        (EntryKind.ISSUE, "Les factures arrivent trop tard", 3),
        (EntryKind.IDEA, "Un guichet unique", 0),
    ]


def test_a_csv_with_a_byte_order_mark_imports(ws, workshop, write):
    path = write("kind;text\nidea;Un café partagé\n", encoding="utf-8-sig")
    assert read_table(path).columns == ["kind", "text"]
    import_entries(ws, workshop.id, path)
    assert texts(ws, workshop) == ["Un café partagé"]


def test_a_windows_1252_csv_keeps_its_accents(ws, workshop, write):
    text = "Les élèves à l'école n'ont pas reçu le courrier — 5 € par mois, œuvre"
    path = write(f"Type;Texte\nProblème;{text}\n", encoding="cp1252")
    result = import_entries(ws, workshop.id, path)
    assert texts(ws, workshop) == [text]
    assert any("read as Windows-1252" in warning for warning in result.warnings)


def test_excels_sep_line_names_the_delimiter(ws, workshop, write):
    path = write("sep=;\nkind;text\nidea;un, deux\n")
    table = read_table(path)
    assert [(row.line, row.get("text")) for row in table.rows] == [(3, "un, deux")]


def test_a_utf16_unicode_text_export_imports(ws, workshop, write):
    path = write("kind\ttext\r\nidée\tÉcrit en UTF-16\r\n", name="export.txt", encoding="utf-16")
    import_entries(ws, workshop.id, path)
    assert texts(ws, workshop) == ["Écrit en UTF-16"]


def test_french_headers_and_french_words(ws, workshop, programme, action, write):
    path = write(
        "Réf;Type;Texte;Action;Thème;Répond à;Statut;Auteur;Votes\n"
        "P1;Difficulté;Les délais sont trop longs;4;Mise en œuvre;;;Mona;2\n"
        "P2;Piste d'amélioration;Un référent unique;4;Partenariat;p1;Prévue;;\n"
        ";Idée;Un annuaire;;;;;;\n"
        ";Facteur clé de succès;La confiance;;Suivi;;;;\n"
        ";Décision;On se revoit en juin;;;;;;\n"
        ";Question;Qui paie ?;;;;;;\n"
    )
    result = import_entries(ws, workshop.id, path)
    themes = {theme.id: theme.name for theme in ws.themes.for_programme(programme.id)}
    issue, improvement, idea, factor, decision, question = ws.entries.for_workshop(workshop.id)
    assert [e.kind for e in (issue, improvement, idea, factor, decision, question)] == [
        EntryKind.ISSUE,
        EntryKind.IMPROVEMENT,
        EntryKind.IDEA,
        EntryKind.SUCCESS_FACTOR,
        EntryKind.DECISION,
        EntryKind.QUESTION,
    ]
    assert issue.action_id == improvement.action_id == action.id
    assert themes[issue.theme_id] == "Implementation"
    assert themes[improvement.theme_id] == "Partnership"
    assert themes[factor.theme_id] == "Monitoring"
    assert improvement.answers_id == issue.id
    assert improvement.status is ImprovementStatus.PLANNED
    assert issue.votes == 2
    assert result.new_participants == ["Mona"]


def test_a_multi_line_cell_counts_its_lines(ws, workshop, write):
    path = write(
        'kind,text\nidea,"Première ligne\nseconde ligne\ntroisième ligne"\nidea,après\ntruc,x\n'
    )
    table = read_table(path)
    assert [row.line for row in table.rows] == [2, 5, 6]
    assert table.rows[0].get("text") == "Première ligne\nseconde ligne\ntroisième ligne"
    error = rejected(ws, workshop, path)
    assert [e.line for e in error.errors] == [6]


def test_windows_line_endings_inside_and_between_cells(ws, workshop, write):
    path = write('kind,text\r\nidea,"un\r\ndeux"\r\nidea,trois\r\n')
    table = read_table(path)
    assert [row.line for row in table.rows] == [2, 4]
    import_entries(ws, workshop.id, path)
    assert texts(ws, workshop) == ["un\ndeux", "trois"]


def test_blank_rows_are_skipped_and_lines_stay_those_of_the_file(ws, workshop, write):
    path = write("kind,text\n\n,\nidea,un\n ; \n\nidea,deux\n")
    assert [row.line for row in read_table(path).rows] == [4, 5, 7]  # " ; " is one cell


def test_headers_match_without_case_or_accents_and_unknown_ones_are_listed(ws, workshop, write):
    path = write("KIND,Texte,THEME,Remarque,Date\nidea,x,design,rien,2024\n")
    table = read_table(path)
    assert table.columns == ["kind", "text", "theme"]
    assert table.ignored_columns == ["Remarque", "Date"]
    result = import_entries(ws, workshop.id, path)
    assert any("Remarque" in warning and "Date" in warning for warning in result.warnings)


def test_a_good_xlsx_imports_with_row_numbers(ws, workshop, action, write_xlsx):
    path = write_xlsx(
        [
            ["ref", "kind", "text", "action", "votes", "answers"],
            [1, "issue", "Trop de papiers", 4, 3, None],
            [None, None, None, None, None, None],
            [None, "improvement", "Un dossier unique", 4.0, 0, 1],
            [None, "idée", "Une permanence", None, None, None],
        ]
    )
    table = read_table(path)
    assert [row.line for row in table.rows] == [2, 4, 5]
    assert table.rows[0].get("votes") == "3"
    result = import_entries(ws, workshop.id, path)
    issue, improvement, idea = ws.entries.for_workshop(workshop.id)
    assert improvement.answers_id == issue.id
    assert issue.action_id == improvement.action_id == action.id
    assert (issue.votes, idea.kind) == (3, EntryKind.IDEA)
    assert result.entry_ids == [issue.id, improvement.id, idea.id]


def test_a_bad_row_of_an_xlsx_names_its_row_number(ws, workshop, write_xlsx, snapshot):
    path = write_xlsx([["kind", "text"], ["idea", "ok"], [], ["truc", "pas ok"]])
    before = snapshot()
    error = rejected(ws, workshop, path)
    assert [str(e) for e in error.errors] == [
        "line 4: kind 'truc' is not one of issue, improvement, idea, question, decision, "
        "success_factor"
    ]
    assert snapshot() == before


def test_an_xlsx_reads_only_its_first_sheet(ws, workshop, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["kind", "text"])
    book.active.append(["idea", "first sheet"])
    other = book.create_sheet("Brouillon")
    other.append(["kind", "text"])
    other.append(["idea", "second sheet"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    import_entries(ws, workshop.id, path)
    assert texts(ws, workshop) == ["first sheet"]


# -- pairing, authors, placement ------------------------------------------------------
def test_an_improvement_answers_an_issue_of_the_file_even_above_it(ws, workshop, write):
    path = write(
        "ref,kind,text,answers\n"
        ",improvement,Answer first,I1\n"
        "I1,issue,The issue,\n"
        ",improvement,Answer after,i1\n"
    )
    import_entries(ws, workshop.id, path)
    first, issue, after = ws.entries.for_workshop(workshop.id)
    assert issue.kind is EntryKind.ISSUE
    assert first.answers_id == after.answers_id == issue.id
    assert {e.id for e in ws.entries.improvements_of(issue.id)} == {first.id, after.id}


def test_an_improvement_answers_an_existing_issue_by_id(ws, workshop, make_entry, write):
    issue = make_entry("Un problème déjà saisi")
    path = write(f"kind,text,answers\nimprovement,Une réponse, {issue.id.upper()} \n")
    import_entries(ws, workshop.id, path)
    answer = ws.entries.for_workshop(workshop.id, EntryKind.IMPROVEMENT)[0]
    assert answer.answers_id == issue.id


def test_unknown_authors_become_participants_once(ws, workshop, programme, write, snapshot):
    path = write("kind,text,author\nidea,a,Samia K.\nidea,b,samia  k.\nidea,c,Paul\nidea,d,\n")
    result = import_entries(ws, workshop.id, path)
    assert result.new_participants == ["Samia K.", "Paul"]
    people = {p.display_name: p for p in ws.participants.for_programme(programme.id)}
    assert set(people) == {"Samia K.", "Paul"}
    assert all(p.role is ParticipantRole.OTHER for p in people.values())
    a, b, c, d = ws.entries.for_workshop(workshop.id)
    assert a.author_id == b.author_id == people["Samia K."].id
    assert c.author_id == people["Paul"].id
    assert d.author_id is None
    assert result.participant_ids == [people["Samia K."].id, people["Paul"].id]


def test_known_authors_are_matched_ignoring_case_and_accents(ws, workshop, make_participant, write):
    helene = make_participant("Hélène G.")
    mona = make_participant("Mona")
    path = write("kind,text,author\nidea,a,MONA\nidea,b,Helene G.\n")
    result = import_entries(ws, workshop.id, path)
    assert result.new_participants == []
    assert [e.author_id for e in ws.entries.for_workshop(workshop.id)] == [mona.id, helene.id]


def test_an_erased_participant_is_never_matched(ws, workshop, make_participant, write):
    person = make_participant("Mona")
    ws.participants.erase(person.id)
    result = import_entries(ws, workshop.id, write("kind,text,author\nidea,a,Mona\n"))
    assert result.new_participants == ["Mona"]
    assert ws.entries.for_workshop(workshop.id)[0].author_id != person.id


def test_entries_go_after_the_last_one_in_file_order(ws, workshop, make_entry, write):
    make_entry("Déjà là", position=7.0)
    import_entries(ws, workshop.id, write("kind,text\nidea,un\nidea,deux\nidea,trois\n"))
    entries = ws.entries.for_workshop(workshop.id)
    assert [(e.text, e.position) for e in entries] == [
        ("Déjà là", 7.0),
        ("un", 8.0),
        ("deux", 9.0),
        ("trois", 10.0),
    ]


def test_actions_match_by_title_or_number_and_themes_by_any_name(
    ws, workshop, programme, action, write
):
    path = write(
        "kind,text,action,theme\n"
        "idea,a,prévenir la précarité énergétique,Conception\n"
        "idea,b,Action 4,DESIGN\n"
        "idea,c,4,financement\n"
    )
    import_entries(ws, workshop.id, path)
    themes = {theme.name: theme.id for theme in ws.themes.for_programme(programme.id)}
    a, b, c = ws.entries.for_workshop(workshop.id)
    assert a.action_id == b.action_id == c.action_id == action.id
    assert a.theme_id == b.theme_id == themes["Design"]
    assert c.theme_id == themes["Financing"]


def test_a_theme_renamed_in_french_is_still_found_by_its_english_name(
    ws, workshop, programme, write
):
    theme = next(t for t in ws.themes.for_programme(programme.id) if t.name == "Design")
    theme.name = "Conception"
    ws.themes.update(theme)
    import_entries(ws, workshop.id, write("kind,text,theme\nidea,a,Design\nidea,b,conception\n"))
    assert {e.theme_id for e in ws.entries.for_workshop(workshop.id)} == {theme.id}


def test_undo_and_redo_an_import(ws, workshop, programme, write):
    result = import_entries(ws, workshop.id, write("kind,text,author\nidea,a,Zoé\nidea,b,\n"))
    undo_import(ws, result)
    assert ws.entries.for_workshop(workshop.id) == []
    assert ws.participants.for_programme(programme.id) == []
    redo_import(ws, result)
    assert [e.id for e in ws.entries.for_workshop(workshop.id)] == result.entry_ids
    assert [p.display_name for p in ws.participants.for_programme(programme.id)] == ["Zoé"]


def test_the_summary_line(ws, workshop, write):
    path = write("kind,text\nissue,a\nissue,b\nimprovement,c\nsuccess_factor,d\n")
    result = import_entries(ws, workshop.id, path)
    assert result.summary() == (
        f"Imported 4 entries into {workshop.title} (2 issues, 1 improvement, 1 key success factor)"
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_template_imports_into_the_demo(tmp_path, language):
    from workshop_app.demo import create_demo_workspace
    from workshop_app.store import Workspace

    template = write_template(tmp_path / f"modele-{language}.csv", language=language)
    assert template.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel then shows accents
    with Workspace.open(create_demo_workspace(tmp_path / "demo.sqlite")) as ws:
        workshop = ws.workshops.select()[0]
        result = import_entries(ws, workshop.id, template)
        assert result.counts == {EntryKind.ISSUE: 1, EntryKind.IMPROVEMENT: 1, EntryKind.IDEA: 1}
        assert result.new_participants == []  # the example author is one of the demo's
        issue = ws.entries.get(result.entry_ids[0])
        assert ws.entries.improvements_of(issue.id)[0].id == result.entry_ids[1]


def test_a_template_without_examples_is_only_the_header(tmp_path):
    path = write_template(tmp_path / "t.csv", examples=False)
    assert path.read_bytes() == (
        b"\xef\xbb\xbfref,kind,text,action,theme,answers,status,author,votes\r\n"
    )


# -- bad rows: each reported with its line, nothing written ---------------------------
BAD_ROWS = [
    ("kind,text\nidea,ok\ntruc,x\n", 3, "kind 'truc' is not one of issue, improvement"),
    ("kind,text\nidea,ok\n,x\n", 3, "kind is empty"),
    ("kind,text\nidea,ok\nidea,   \n", 3, "the text is empty"),
    ("ref,kind,text\nA,idea,ok\na,idea,x\n", 3, "ref 'a' is already used at line 2"),
    ("kind,text,action\nidea,ok,4\nidea,x,99\n", 3, "action '99' is not the number or title"),
    ("kind,text,action\nidea,ok,4\nidea,x,Autre chose\n", 3, "action 'Autre chose'"),
    ("kind,text,theme\nidea,ok,Design\nidea,x,Logement\n", 3, "theme 'Logement' is not a theme"),
    (
        "ref,kind,text,answers\nI1,issue,ok,\n,improvement,x,I2\n",
        3,
        "answers 'I2' is neither the ref of a row of the file nor the id of an issue",
    ),
    (
        "ref,kind,text,answers\nI1,idea,ok,\n,improvement,x,I1\n",
        3,
        "answers 'I1' names line 2, an idea, not an issue",
    ),
    (
        "ref,kind,text,answers\nI1,issue,ok,\n,question,x,I1\n",
        3,
        "only an improvement can answer an issue; this row is a question",
    ),
    ("kind,text,status\nimprovement,ok,done\nimprovement,x,bof\n", 3, "status 'bof' is not one"),
    (
        "kind,text,status\nimprovement,ok,done\ndecision,x,prévue\n",
        3,
        "only an improvement has a status; this row is a decision",
    ),
    ("kind,text,votes\nidea,ok,2\nidea,x,-1\n", 3, "votes '-1' is not a whole number, 0 or more"),
    ("kind,text,votes\nidea,ok,2\nidea,x,beaucoup\n", 3, "votes 'beaucoup' is not a whole"),
    ("kind,text,votes\nidea,ok,2\nidea,x,2.5\n", 3, "votes '2.5' is not a whole number"),
    ('kind,text\nidea,"a\nb"\nidea,x\nissue,\n', 5, "the text is empty"),
]


@pytest.mark.parametrize(("content", "line", "message"), BAD_ROWS)
def test_a_bad_row_is_reported_with_its_line_and_nothing_is_written(
    ws, workshop, action, make_participant, write, snapshot, content, line, message
):
    make_participant("Mona")
    path = write(content)
    before = snapshot()
    error = rejected(ws, workshop, path)
    assert len(error.errors) == 1, error.errors
    assert error.errors[0].line == line
    assert str(error.errors[0]).startswith(f"line {line}: ")
    assert message in str(error.errors[0])
    assert f"line {line}: " in str(error)
    assert snapshot() == before


def test_bad_rows_create_no_participant(ws, workshop, programme, write, snapshot):
    before = snapshot()
    rejected(ws, workshop, write("kind,text,author\nidea,ok,Nouvelle Personne\ntruc,x,Autre\n"))
    assert snapshot() == before
    assert ws.participants.for_programme(programme.id) == []


def test_answers_to_an_existing_non_issue_or_another_workshops_issue_are_refused(
    ws, workshop, make_workshop, make_entry, write, snapshot
):
    idea = make_entry("Une idée", kind=EntryKind.IDEA)
    elsewhere = make_entry("Ailleurs", workshop_id=make_workshop("Autre").id)
    before = snapshot()
    error = rejected(
        ws,
        workshop,
        write(f"kind,text,answers\nimprovement,a,{idea.id}\nimprovement,b,{elsewhere.id}\n"),
    )
    assert [str(e) for e in error.errors] == [
        f"line 2: answers '{idea.id}' is an idea of the workshop, not an issue",
        f"line 3: answers '{elsewhere.id}' is neither the ref of a row of the file nor the id "
        "of an issue of this workshop",
    ]
    assert snapshot() == before


def test_every_bad_row_is_reported_not_only_the_first(ws, workshop, write, snapshot):
    path = write(
        "ref,kind,text,status,votes\n"
        "A,idea,ok,,\n"  # 2: good
        "B,truc,,,\n"  # 3: kind and text
        "A,issue,dup,,\n"  # 4: duplicate ref
        "C,idea,x,done,-2\n"  # 5: status on an idea, votes
        "D,improvement,y,,\n"  # 6: good
    )
    before = snapshot()
    error = rejected(ws, workshop, path)
    assert [(e.line, e.column) for e in error.errors] == [
        (3, "kind"),
        (3, "text"),
        (4, "ref"),
        (5, "status"),
        (5, "votes"),
    ]
    assert snapshot() == before


def test_the_message_lists_twenty_errors_then_says_how_many_more(ws, workshop, write):
    path = write("kind,text\n" + "truc,x\n" * 25)
    error = rejected(ws, workshop, path)
    lines = str(error).splitlines()
    assert lines[0] == (
        "Nothing was imported: fix 25 problems in entries.csv and import the file again."
    )
    assert lines[1].startswith("line 2: kind 'truc'")
    assert lines[20].startswith("line 21: ")
    assert lines[21] == "… and 5 more"
    assert len(lines) == 22


def test_a_plan_with_errors_cannot_be_written(ws, workshop, write, snapshot):
    plan = plan_import(ws, workshop.id, read_table(write("kind,text\ntruc,x\n")))
    assert not plan.ok
    assert plan.errors == [
        ImportRowError(
            2,
            "kind",
            "kind 'truc' is not one of issue, improvement, idea, question, "
            "decision, success_factor",
        )
    ]
    before = snapshot()
    with pytest.raises(ImportRejected):
        write_plan(ws, plan)
    assert snapshot() == before


def test_a_failure_while_writing_keeps_nothing(ws, workshop, write, snapshot, monkeypatch):
    plan = plan_import(ws, workshop.id, read_table(write("kind,text,author\nidea,a,Zoé\n")))
    before = snapshot()

    def broken(columns, rows):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(ws.entries, "add_rows", broken)
    with pytest.raises(RuntimeError):
        write_plan(ws, plan)
    assert snapshot() == before  # the new participant was rolled back too


def test_a_link_broken_after_checking_keeps_nothing(ws, workshop, make_entry, write, snapshot):
    # The store checks the links again once the entries are in: a plan made before its
    # issue became an idea is refused, after its rows were inserted and indexed.
    issue = make_entry("Un problème")
    path = write(
        f"kind,text,answers,author\nidea,Avant,,Zoé\nimprovement,Une réponse,{issue.id},\n"
    )
    plan = plan_import(ws, workshop.id, read_table(path))
    assert plan.ok
    issue.kind = EntryKind.IDEA
    ws.entries.update(issue)
    before = snapshot()
    with pytest.raises(ValidationError, match="can only answer an issue"):
        write_plan(ws, plan)
    assert snapshot() == before
    assert ws.entries.search(workshop.programme_id, "avant") == []


def test_an_unknown_or_deleted_workshop_is_not_found(ws, workshop, write):
    table = read_table(write("kind,text\nidea,x\n"))
    with pytest.raises(NotFound, match="no workshop with id nope"):
        plan_import(ws, "nope", table)
    ws.workshops.soft_delete(workshop.id)
    with pytest.raises(NotFound):
        plan_import(ws, workshop.id, table)


def test_ambiguous_action_numbers_are_refused(ws, workshop, programme, action, write):
    ws.actions.add(Action(programme_id=programme.id, number=4, title="Un doublon"))
    error = rejected(ws, workshop, write("kind,text,action\nidea,x,4\n"))
    assert "action '4' is ambiguous" in str(error)


def test_only_the_programmes_actions_count(ws, workshop, action, write):
    from workshop_app.domain import Programme

    other = ws.programmes.create_with_defaults(Programme(title="Autre programme"))
    ws.actions.add(Action(programme_id=other.id, number=9, title="Ailleurs"))
    error = rejected(ws, workshop, write("kind,text,action\nidea,x,9\n"))
    assert "line 2: action '9'" in str(error)


# -- bad files ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("photo.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "looks like a PNG image"),
        ("rapport.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF document"),
        ("binaire.csv", b"kind,text\n\x00\x01\x02", "binary data"),
        ("rapport.pdf", b"%PDF-1.7\n", "is not a CSV or XLSX file"),
        ("vieux.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Save it as .xlsx or .csv"),
        ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not an XLSX workbook"),
        ("texte.xlsx", b"kind,text\nidea,x\n", "give it the .csv extension"),
        ("zip.xlsx", None, "not a readable XLSX workbook"),
        ("latin.csv", b"kind,text\nidea,\x81\x8d\x8f\x90\x9d\n", "neither UTF-8 nor Windows-1252"),
        ("vide.csv", b"", "is empty"),
        ("blanc.csv", b"\n \n,,\n", "is empty"),
        ("entete.csv", b"kind,text\n\n", "no entries below it"),
        ("colonnes.csv", b"sorte,contenu\nidea,x\n", "no 'kind' column"),
        ("texte.csv", b"type;quoi\nidea;x\n", "no 'text' column"),
        ("double.csv", b"kind,type,text\nidea,idea,x\n", "two columns for kind"),
    ],
)
def test_a_file_that_is_not_a_good_table_gets_a_clear_error(
    ws, workshop, tmp_path, snapshot, name, content, expected
):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "not a workbook")
        content = path.read_bytes()
    else:
        path.write_bytes(content)
    before = snapshot()
    with pytest.raises(ImportFileError) as caught:
        import_entries(ws, workshop.id, path)
    assert expected in str(caught.value)
    assert name in str(caught.value)
    assert snapshot() == before
    assert path.read_bytes() == content


def test_both_missing_columns_are_named(tmp_path):
    path = tmp_path / "rien.csv"
    path.write_text("titre,auteur\nx,y\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no 'kind' and 'text' columns") as caught:
        read_table(path)
    assert "found: 'titre', 'auteur'" in str(caught.value)


def test_a_missing_file_or_a_folder(tmp_path):
    with pytest.raises(ImportFileError, match="There is no file"):
        read_table(tmp_path / "absent.csv")
    with pytest.raises(ImportFileError, match="There is no file"):
        read_table(tmp_path / "absent.xlsx")
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    with pytest.raises(ImportFileError, match="is a folder"):
        read_table(folder)


# -- hostile text and size ------------------------------------------------------------
HOSTILE = [
    "<b>gras</b> & <script>alert('x')</script> &amp;",
    "👍🏽 Très bien 🎉 — merci !",
    "مرحبا، نحتاج إلى مساعدة في دفع الفواتير",
    "Tiếng Việt có dấu: người dân cần hỗ trợ",
    '"guillemets", virgule, point-virgule; tabulation\tfin',
    "=SOMME(A1:A3) reste du texte",
    "  espaces autour  ",
    "x" * 100_000,
]


def test_hostile_text_round_trips_exactly_through_csv(ws, workshop, tmp_path):
    import csv

    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kind", "text", "author"])
        for text in HOSTILE:
            writer.writerow(["idea", text, "<i>Zoé</i> & 👩🏾"])
    result = import_entries(ws, workshop.id, path)
    assert texts(ws, workshop) == HOSTILE
    assert result.new_participants == ["<i>Zoé</i> & 👩🏾"]


def test_hostile_text_round_trips_exactly_through_xlsx(ws, workshop, write_xlsx):
    # Not the formula (a workbook keeps "=…" as a formula) nor the 100 KB cell (Excel's
    # limit is 32,767 characters a cell).
    kept = [text for text in HOSTILE if not text.startswith("=") and len(text) < 32_767]
    path = write_xlsx([["kind", "text"], *(["idea", text] for text in kept)])
    import_entries(ws, workshop.id, path)
    assert texts(ws, workshop) == kept


def test_ten_thousand_rows_import(ws, workshop, programme, action, write):
    lines = ["ref,kind,text,action,theme,answers,status,author,votes"]
    for i in range(5_000):
        lines.append(f"I{i},issue,Problème numéro {i},4,Design,,,Personne {i % 50},{i % 7}")
        lines.append(f",improvement,Piste numéro {i},,Suivi,I{i},proposée,,")
    result = import_entries(ws, workshop.id, write("\n".join(lines) + "\n"))
    assert result.total == 10_000
    assert result.counts == {EntryKind.ISSUE: 5_000, EntryKind.IMPROVEMENT: 5_000}
    assert len(result.new_participants) == 50
    assert ws.entries.count("workshop_id = ?", [workshop.id]) == 10_000
    assert ws.entries.count("answers_id IS NOT NULL") == 5_000


# -- the vocabulary people type -------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Problème", EntryKind.ISSUE),
        ("DIFFICULTÉ", EntryKind.ISSUE),
        ("enjeu", EntryKind.ISSUE),
        ("Frein", EntryKind.ISSUE),
        ("piste d’amélioration", EntryKind.IMPROVEMENT),
        ("Piste", EntryKind.IMPROVEMENT),
        ("Amelioration", EntryKind.IMPROVEMENT),
        ("Idée", EntryKind.IDEA),
        ("question", EntryKind.QUESTION),
        ("Décision", EntryKind.DECISION),
        ("success_factor", EntryKind.SUCCESS_FACTOR),
        ("Key success factor", EntryKind.SUCCESS_FACTOR),
        ("facteur clé de succès", EntryKind.SUCCESS_FACTOR),
        ("FCS", EntryKind.SUCCESS_FACTOR),
        ("truc", None),
        ("", None),
    ],
)
def test_kinds_people_type(typed, kind):
    from workshop_app.domain.vocabulary import parse_kind

    assert parse_kind(typed) is kind


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("Proposée", ImprovementStatus.PROPOSED),
        ("proposé", ImprovementStatus.PROPOSED),
        ("keep_doing", ImprovementStatus.KEEP_DOING),
        ("Keep doing", ImprovementStatus.KEEP_DOING),
        ("À poursuivre", ImprovementStatus.KEEP_DOING),
        ("a maintenir", ImprovementStatus.KEEP_DOING),
        ("Prévue", ImprovementStatus.PLANNED),
        ("planifiée", ImprovementStatus.PLANNED),
        ("Réalisée", ImprovementStatus.DONE),
        ("fait", ImprovementStatus.DONE),
        ("faite", ImprovementStatus.DONE),
        ("bof", None),
    ],
)
def test_statuses_people_type(typed, status):
    from workshop_app.domain.vocabulary import parse_status

    assert parse_status(typed) is status


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Conception", "Design"),
        ("mise en oeuvre", "Implementation"),
        ("Mise en Œuvre", "Implementation"),
        ("PARTENARIAT", "Partnership"),
        ("Suivi", "Monitoring"),
        ("Financement", "Financing"),
        ("Design", "Design"),
        (" Logement ", "Logement"),
    ],
)
def test_default_themes_by_any_name(typed, stored):
    from workshop_app.domain.vocabulary import canonical_theme

    assert canonical_theme(typed) == stored


def test_an_improvement_may_answer_an_issue_hundreds_of_rows_below(ws, workshop, write):
    # The store inserts in batches of 500 and checks the link as a foreign key at once.
    filler = "".join(f",idea,idée {i},\n" for i in range(600))
    path = write(f"ref,kind,text,answers\n,improvement,Réponse,LOIN\n{filler}LOIN,issue,Loin,\n")
    result = import_entries(ws, workshop.id, path)
    answer, issue = ws.entries.get(result.entry_ids[0]), ws.entries.get(result.entry_ids[-1])
    assert answer.answers_id == issue.id
    assert answer.position < issue.position
