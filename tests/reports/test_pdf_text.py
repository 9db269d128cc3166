"""Text is data, never markup: what people said prints literally, in any script, at any size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.pdf_reading import nfkc_words, page_texts, pdf_text, squash
from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry, Programme, Workshop
from workshop_app.reports import (
    ExportCancelled,
    ExportFailed,
    ExportFormat,
    ExportOptions,
    Progress,
    export,
)
from workshop_app.store import Workspace

HOSTILE = [
    "a < b && c > d",
    "<b>bold without its end",
    "<img src='x.png' width=500 height=500/> no picture",
    '<a href="https://example.invalid/">no link</a>',
    "&amp; stays &amp; and &nbsp; stays too",
    "<para>nested</para><font color=red>red?</font>",
    "</td></tr> ]]> <!-- comment --> <?xml?>",
    "%PDF-1.4 (not a) PDF; \\ backslash ( ) parentheses",
    "Tabs\there and\r\ncarriage returns",
]

UNICODE = [
    "Les habitant·es de l’Œuvre « Côté cœur » : déjà 12 € !",
    "Tiếng Việt: Người dân ở khu phố muốn được lắng nghe.",
    "Русский: жители квартала хотят, чтобы их услышали.",
    "Ελληνικά: οι κάτοικοι θέλουν να ακουστούν.",
    "Symbols → ✓ ★ ☺ ½ ≤ € œ Æ ß",
]
EMOJI = "Emoji 😀 printed"
"""Drawn with the font's glyph; reportlab's text layer for characters beyond U+FFFF is
not read back by pypdf, so this one is checked for its glyph only."""

ARABIC = "يريد السكان أن يُسمع صوتهم"


@pytest.fixture
def blank(tmp_path):
    ws = Workspace.open(tmp_path / "blank.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="Corpus"))
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Texts", language="en"))
    yield ws, workshop
    ws.close()


def add_issues(ws, workshop, texts, kind=EntryKind.ISSUE):
    ws.entries.add_many(
        [
            Entry(workshop_id=workshop.id, kind=kind, text=t, position=float(n))
            for n, t in enumerate(texts)
        ]
    )


def write_summary(ws, workshop, path: Path, progress=None):
    options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id)
    return export(ws, options, path, progress)


def test_hostile_text_prints_literally_and_makes_no_link_or_image(blank, tmp_path):
    ws, workshop = blank
    add_issues(ws, workshop, HOSTILE)
    path = tmp_path / "hostile.pdf"
    write_summary(ws, workshop, path)
    text = squash(pdf_text(path))
    for sample in HOSTILE:
        expected = squash(sample.replace("\t", "    ").replace("\r\n", "\n"))
        assert expected in text, sample
    for page in PdfReader(path).pages:
        assert "/Annots" not in page
        xobjects = page["/Resources"].get("/XObject", {})
        images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
        assert images == []


def test_an_action_title_prints_to_its_last_character(blank, tmp_path):
    from workshop_app.domain.models import Action
    from workshop_app.reports.wording import wording_for

    ws, workshop = blank
    action = ws.actions.add(
        Action(programme_id=workshop.programme_id, number=2, title="Accueil <b> : quoi ? :")
    )
    ws.entries.add(
        Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text="one", action_id=action.id)
    )
    path = tmp_path / "action.pdf"
    write_summary(ws, workshop, path)
    assert "Action 2: Accueil <b> : quoi ? :" in squash(pdf_text(path))
    assert wording_for("fr").action(3, "") == "Action 3"
    assert wording_for("en").action(3, "  ") == "Action 3"


def test_scripts_print_exactly(blank, tmp_path):
    ws, workshop = blank
    add_issues(ws, workshop, [*UNICODE, ARABIC, EMOJI])
    path = tmp_path / "unicode.pdf"
    result = write_summary(ws, workshop, path)
    assert result.missing_characters == []
    text = squash(pdf_text(path))
    for sample in UNICODE:
        assert sample in text
    # Arabic is shaped (contextual forms) and laid out right to left; its words come
    # back from the PDF as the same letters.
    assert nfkc_words(ARABIC) <= nfkc_words(text)


def test_a_character_the_font_lacks_is_reported(blank, tmp_path):
    ws, workshop = blank
    add_issues(ws, workshop, ["Atelier 漢字 et perroquet 🦜 👍"])
    result = write_summary(ws, workshop, tmp_path / "missing.pdf")
    assert result.missing_characters == ["字", "漢", "👍", "🦜"]


def test_huge_texts_words_and_cells_split_across_pages(blank, tmp_path):
    ws, workshop = blank
    sentence = "Les habitants parlent du loyer, du chauffage et de la cage d'escalier. "
    huge = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    long_word = "x" * 5_000
    tall = "\n".join(f"ligne {n}" for n in range(400))
    add_issues(ws, workshop, [huge, long_word, tall, "after the giants"])
    ws.entries.add(
        Entry(
            workshop_id=workshop.id,
            kind=EntryKind.IMPROVEMENT,
            text="answer to the tall one",
            answers_id=ws.entries.for_workshop(workshop.id)[2].id,
        )
    )
    path = tmp_path / "huge.pdf"
    result = write_summary(ws, workshop, path)
    assert result.pages > 10
    pages = page_texts(path)
    joined = "".join("".join(p.split()) for p in pages)
    assert joined.count("loyer") == huge.count("loyer")
    assert "x" * 5_000 in "".join(
        "".join(line for line in p.split() if set(line) == {"x"}) for p in pages
    )
    assert all(f"ligne {n}" in "\n".join(pages) for n in (0, 199, 399))
    assert "after the giants" in squash("\n".join(pages))
    # The table header comes back on every page the table runs over.
    table_pages = [p for p in pages if "ligne" in p or "loyer" in p]
    assert len(table_pages) > 10
    assert all("Issue" in p and "Improvement" in p for p in table_pages)


def test_a_row_almost_a_page_tall_under_its_headings_is_laid_out(blank, tmp_path):
    """The headings travel with the first row: a row that fits a page alone but not with
    them once failed the whole export ("too large on page")."""
    ws, workshop = blank
    for lines in range(50, 68, 2):
        for entry in ws.entries.for_workshop(workshop.id):
            ws.entries.soft_delete(entry.id)
        add_issues(ws, workshop, ["\n".join(f"ligne{n:03d}" for n in range(lines))])
        path = tmp_path / f"tall-{lines}.pdf"
        write_summary(ws, workshop, path)
        words = pdf_text(path).split()
        assert [w for w in words if w.startswith("ligne")] == [
            f"ligne{n:03d}" for n in range(lines)
        ], lines


def test_long_table_repeats_its_header_and_keeps_order(blank, tmp_path):
    ws, workshop = blank
    add_issues(ws, workshop, [f"difficulty number {n:04d}" for n in range(600)])
    path = tmp_path / "long.pdf"
    write_summary(ws, workshop, path)
    pages = page_texts(path)
    assert len(pages) > 10
    body_pages = [p for p in pages if "difficulty number" in p]
    assert all("Issue" in p and "Status" in p for p in body_pages)
    text = "\n".join(pages)
    positions = [text.index(f"difficulty number {n:04d}") for n in range(600)]
    assert positions == sorted(positions)


def test_a_cancelled_export_leaves_the_earlier_file_untouched(blank, tmp_path):
    ws, workshop = blank
    add_issues(ws, workshop, ["one", "two"])
    path = tmp_path / "summary.pdf"
    path.write_bytes(b"the earlier summary")
    progress = Progress()
    progress.cancel()
    with pytest.raises(ExportCancelled):
        write_summary(ws, workshop, path, progress)
    assert path.read_bytes() == b"the earlier summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blank.sqlite", "summary.pdf"] or all(
        not p.name.endswith(".part.pdf") for p in tmp_path.iterdir()
    )


def test_cancel_during_the_build(blank, tmp_path):
    ws, workshop = blank
    add_issues(ws, workshop, [f"row {n}" for n in range(400)])
    path = tmp_path / "summary.pdf"
    path.write_bytes(b"earlier")
    seen = []

    def on_change(done, total):
        seen.append(done)
        if len(seen) == 3:
            progress.cancel()

    progress = Progress(on_change)
    with pytest.raises(ExportCancelled):
        write_summary(ws, workshop, path, progress)
    assert path.read_bytes() == b"earlier"
    assert [p for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_an_unwritable_destination_is_explained(blank, tmp_path):
    ws, workshop = blank
    add_issues(ws, workshop, ["one"])
    with pytest.raises(ExportFailed, match="does not exist"):
        write_summary(ws, workshop, tmp_path / "missing" / "summary.pdf")
    with pytest.raises(ExportFailed, match="is a folder"):
        write_summary(ws, workshop, tmp_path)


def _write_as(uid: int | None, destination: Path) -> str:
    """Try an atomic write of ``destination``; as root, from a child running as ``nobody``
    (root ignores folder permissions). Returns the ExportFailed message, or "" on success."""
    from workshop_app.reports.output import atomic_destination

    def attempt() -> str:
        try:
            with atomic_destination(destination) as temporary:
                temporary.write_bytes(b"new")
        except ExportFailed as error:
            return str(error)
        return ""

    if uid is None:
        return attempt()
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(reader)
        try:
            os.setgid(uid)
            os.setuid(uid)
            message = attempt() or "OK"
        except BaseException as error:
            message = f"child failed: {error!r}"
        os.write(writer, message.encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        message = pipe.read().decode()
    os.waitpid(child, 0)
    return "" if message == "OK" else message


def test_a_read_only_folder_is_explained_and_the_earlier_file_kept():
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="atelier-ro-", dir="/tmp"))
    try:
        base.chmod(0o755)
        folder = base / "lecture seule"
        folder.mkdir()
        (folder / "summary.pdf").write_bytes(b"earlier")
        folder.chmod(0o555)
        uid = 65534 if os.geteuid() == 0 else None
        message = _write_as(uid, folder / "summary.pdf")
        assert "read-only" in message, message
        assert str(folder) in message
        assert (folder / "summary.pdf").read_bytes() == b"earlier"
        assert sorted(p.name for p in folder.iterdir()) == ["summary.pdf"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)


def test_the_written_file_follows_the_umask_without_changing_it(blank, tmp_path, monkeypatch):
    """write() runs off the GUI thread: setting the process umask, even for a moment,
    would let the GUI thread create files readable by everyone."""
    ws, workshop = blank
    add_issues(ws, workshop, ["one"])
    umask = os.umask(0o027)
    try:

        def refuse(_mask):
            raise AssertionError("os.umask changed from an export")

        monkeypatch.setattr(os, "umask", refuse)
        path = tmp_path / "summary.pdf"
        write_summary(ws, workshop, path)
    finally:
        monkeypatch.undo()
        os.umask(umask)
    if Path("/proc/self/status").exists():
        assert path.stat().st_mode & 0o777 == 0o640


def test_the_result_names_the_file_written_for_a_home_relative_path(blank, tmp_path, monkeypatch):
    ws, workshop = blank
    add_issues(ws, workshop, ["one"])
    monkeypatch.setenv("HOME", str(tmp_path))
    result = write_summary(ws, workshop, Path("~/summary.pdf"))
    assert result.path == str(tmp_path / "summary.pdf")
    assert Path(result.path).is_file()
