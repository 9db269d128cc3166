"""Writing the five exports of a generated workspace and reading every text back.

:func:`check_workspace` writes the session summary of the chosen workshop (fr and en), the
programme synthesis, the CSV and the XLSX of the whole programme, and returns a list of
:class:`Problem` (empty when all is well) rather than stopping at the first: a failure of
one export or one text never hides another.

What is compared, and the only liberties taken:

* **CSV** (``csv`` module): every text exactly, but for the documented leading ``'`` of a
  text a spreadsheet would run as a formula.
* **XLSX** (openpyxl): every text exactly, but for the two documented workbook limits:
  characters XML cannot hold become U+FFFD, and a text longer than a cell (32,767
  characters) is cut, ending with a marker. ``\\r\\n`` and ``\\r`` must come back as typed.
* **PDF** (pypdf's text layer, read in the order drawn, each right-to-left word put back
  in the order typed: :func:`logical`): the text as the report documents
  printing it (controls and tabs become spaces, ``\\r\\n`` and ``\\r`` line breaks), NFKC on
  both sides, then

  - an *ordinary* text (every character in the font, in the Basic Multilingual Plane, no
    format character, no right-to-left letter, every word narrower than the narrowest
    column) must be found with its whitespace squashed (line breaks come back as spaces);
  - every text must be found with all whitespace removed (a word wider than its column is
    broken across lines anywhere). For this form only: characters the export lists as
    missing from the font (drawn as its empty box, whose text layer is undefined: pypdf
    reads U+0000 or U+E000) and zero-width characters without a glyph of their own (format
    characters such as U+FEFF and U+200D, U+2028, variation selectors such as U+FE0F: the
    PDF drops them or reads a space) are left out of both sides;
  - right-to-left text (Arabic, Hebrew) is shaped and drawn right to left, and a paragraph
    mixing directions is not reordered (README): each run of right-to-left letters, and
    each run of other letters, must come back whole (letters in order) somewhere in the
    text layer; the order of the runs is not checked.

  The page furniture (running head, footer) and the bold 9-point labels (table headers
  repeated on every page, heading-block labels) are left out before comparing, and the
  text is read column by column (runs grouped by their x), so that a cell split across
  pages reads as one text. The running head is checked on its own.
"""

from __future__ import annotations

import csv
import re
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import openpyxl
import pypdf._text_extraction as pypdf_text_extraction
from pypdf import PdfReader
from reportlab.lib.units import mm

from tests.reports.generated import NAME_MARK, Built
from workshop_app.domain.enums import DEFAULT_THEMES, ActionItemStatus, EntryKind
from workshop_app.domain.models import Entry
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.reports.tabular import ENTRY_COLUMNS
from workshop_app.reports.wording import wording_for

EXPORTS = ("session_pdf_fr", "session_pdf_en", "programme_pdf", "csv", "xlsx")
COLUMN = {name: index for index, name in enumerate(ENTRY_COLUMNS)}
PAGE_HEIGHT = 841.89
MARGIN = 16 * mm
NARROWEST_COLUMN = 28 * mm - 8
"""The narrowest column that prints a text of the workspace (territory in the synthesis's
table of workshops), less its padding: a word narrower than this is never broken."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_LIMIT = 32_767
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
UNDEFINED_GLYPH = re.compile(r"[\x00\ue000-\uf8ff]")
"""What pypdf reads for a glyph the font lacks."""


@dataclass(frozen=True)
class Problem:
    export: str
    kind: str
    """What went wrong, in words that stay the same from one workspace to the next."""
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.export}: {self.kind}" + (f" -- {self.detail}" if self.detail else "")


@dataclass
class Expected:
    """Texts an export must print, each with what it is (for the messages)."""

    texts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, what: str, text: str | None) -> None:
        if text and text.strip():
            self.texts.append((what, text))


def short(text: str, size: int = 60) -> str:
    return repr(text[:size] + ("…" if len(text) > size else "")) + f" ({len(text)} chars)"


# -- writing ------------------------------------------------------------------------------
def write_all(built: Built, folder: Path) -> tuple[dict[str, tuple[Path, set[str]]], list[Problem]]:
    """The five exports of ``built`` in ``folder``, each with the characters it reported
    missing from the font; an export that raises is a problem."""
    workshop_id = built.workshop_ids[built.spec.chosen]
    programme_id = built.programme_id
    options = {
        "session_pdf_fr": ExportOptions(
            ExportFormat.SESSION_PDF, workshop_id=workshop_id, language="fr"
        ),
        "session_pdf_en": ExportOptions(
            ExportFormat.SESSION_PDF, workshop_id=workshop_id, language="en"
        ),
        "programme_pdf": ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=programme_id),
        "csv": ExportOptions(ExportFormat.CSV, programme_id=programme_id),
        "xlsx": ExportOptions(ExportFormat.XLSX, programme_id=programme_id),
    }
    written: dict[str, tuple[Path, set[str]]] = {}
    problems: list[Problem] = []
    for name, option in options.items():
        path = folder / f"{name}{option.format.suffix}"
        try:
            result = export(built.ws, option, path)
        except Exception as error:
            problems.append(Problem(name, exception_kind(error), traceback_tail(error)))
            continue
        written[name] = (path, set(result.missing_characters))
    return written, problems


def exception_kind(error: BaseException) -> str:
    """The exception's type and message, with numbers and quoted texts left out."""
    message = re.sub(r"\d+(\.\d+)?", "N", str(error))
    message = re.sub(r"'[^']*'(?= object)", "'…'", message)
    return f"raised {type(error).__name__}: {message[:160]}"


def traceback_tail(error: BaseException) -> str:
    cause = error.__cause__ or error
    frames = traceback.extract_tb(cause.__traceback__)[-3:]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))


def check_workspace(built: Built, folder: Path) -> list[Problem]:
    """Write the five exports of ``built`` and read them back; every problem found."""
    written, problems = write_all(built, folder)
    for name, (path, missing) in written.items():
        if name == "csv":
            problems += check_csv(built, path)
        elif name == "xlsx":
            problems += check_xlsx(built, path)
        else:
            problems += check_pdf(built, name, path, missing)
    return problems


# -- what each export must hold -----------------------------------------------------------
def live_entries(built: Built, workshops: list[int]) -> list[Entry]:
    return [e for n in workshops for e in built.entries[n]]


def _action_and_theme(built: Built, entries: list[Entry], expected: Expected) -> None:
    actions = {a.id: a for a in built.ws.actions.for_programme(built.programme_id)}
    themes = {t.id: t for t in built.ws.themes.for_programme(built.programme_id)}
    for entry in entries:
        if entry.kind is EntryKind.IMPROVEMENT and entry.answers_id:
            continue  # printed under its issue's action and theme
        action = actions.get(entry.action_id or "")
        if action and entry.kind in PAIR_OR_FACTOR:
            expected.add("action title", action.title)
        theme = themes.get(entry.theme_id or "")
        if theme and theme.name not in DEFAULT_THEMES and entry.kind in PAIR_OR_FACTOR:
            expected.add("theme name", theme.name)


PAIR_OR_FACTOR = (EntryKind.ISSUE, EntryKind.IMPROVEMENT, EntryKind.SUCCESS_FACTOR)


def _items_texts(built: Built, workshop: int, expected: Expected, open_only: bool) -> None:
    for item in built.spec.workshops[workshop].items:
        if open_only and item.status not in (ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS):
            continue
        expected.add("action item (what)", item.what)
        if NAME_MARK.casefold() not in item.who.casefold():  # a name prints as a role
            expected.add("action item (who)", item.who)


def _feedback_texts(built: Built, workshops: list[int], expected: Expected) -> None:
    seen: set[str] = set()
    for n in workshops:
        spec = built.spec.workshops[n]
        if not spec.responses:
            continue
        for question in spec.questions:
            key = " ".join(question.casefold().split())
            if key not in seen:  # the synthesis merges questions of the same text
                seen.add(key)
                expected.add("feedback question", question)
        for response in spec.responses:
            expected.add("feedback comment", response.comment)


def session_texts(built: Built) -> Expected:
    n = built.spec.chosen
    spec = built.spec.workshops[n]
    expected = Expected()
    expected.add("programme title", built.spec.title)
    expected.add("workshop title", spec.title)
    expected.add("place", spec.place)
    expected.add("territory", spec.territory)
    expected.add("facilitators", spec.facilitators)
    expected.add("objective and notes", spec.objective)
    for step in spec.agenda:
        expected.add("agenda step", step.title)
        expected.add("agenda note", step.note)
    entries = live_entries(built, [n])
    for entry in entries:
        expected.add(f"entry ({entry.kind.value})", entry.text)
    _action_and_theme(built, entries, expected)
    _feedback_texts(built, [n], expected)
    _items_texts(built, n, expected, open_only=False)
    return expected


def programme_texts(built: Built) -> Expected:
    everything = list(range(len(built.spec.workshops)))
    expected = Expected()
    expected.add("programme title", built.spec.title)
    for spec in built.spec.workshops:
        expected.add("workshop title", spec.title)
        expected.add("territory", spec.territory)
    entries = live_entries(built, everything)
    for entry in entries:
        expected.add(f"entry ({entry.kind.value})", entry.text)
    _action_and_theme(built, entries, expected)
    _feedback_texts(built, everything, expected)
    for n in everything:
        _items_texts(built, n, expected, open_only=True)
    return expected


# -- reading a PDF back -------------------------------------------------------------------
@dataclass
class PdfRun:
    page: int
    x: float
    y: float
    text: str
    bold: bool
    size: float


def pdf_runs(path: Path) -> tuple[list[PdfRun], int]:
    """Every piece of text the PDF draws, in the order drawn, right-to-left letters read back
    in the order typed (:func:`logical`)."""
    runs: list[PdfRun] = []
    pages = PdfReader(path).pages
    for number, page in enumerate(pages, start=1):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                name = str((font or {}).get("/BaseFont", ""))
                runs.append(PdfRun(number, x, y, logical(text), "Bold" in name, float(size)))

        # pypdf's own right-to-left reading is off (see logical()); the patch fails loudly if
        # a pypdf release renames what it patches.
        with mock.patch.object(pypdf_text_extraction, "RTL_CHARACTER_PATTERN", NEVER_MATCHES):
            page.extract_text(visitor_text=visit)
    return runs, len(pages)


NEVER_MATCHES = re.compile(r"(?!)")
REPORTLAB_SPACE = re.compile(r"((?:(?!\xa0)\s)+)")
"""What reportlab breaks words at: white space, but not the no-break space."""
MIRRORED = dict(zip("()<>[]{}«»‹›≤≥", ")(><][}{»«›‹≥≤", strict=True))
"""Characters a right-to-left run draws as their mirror image (Bidi_Mirroring_Glyph)."""


def logical(drawn: str) -> str:
    """A line's text as drawn (left to right) put back in the order typed.

    The report shapes each word on its own and lays words out in the order typed (no bidi
    reordering, README); a word mixing right-to-left letters with left-to-right letters or
    digits is cut where the direction changes (shaping.shapeable). So a drawn word with
    a right-to-left letter holds no left-to-right letter or digit, and was drawn as one
    right-to-left run: reversed, brackets mirrored (``-->)السكان`` is drawn ``السكان(<--``,
    which read from the right is what was typed). Reversing it and mirroring back gives the
    text as typed.

    pypdf's own reading is not used: it reverses a right-to-left run *with the neutral
    characters after it* (spaces, ``<``, ``=``, ``@``…) up to the next left-to-right
    letter, even from one table cell to the next, and counts U+FEFF as right-to-left:
    ``صوتهم <b>`` came back ``< صوتهم`` + ``b>``, and a cell after a U+FEFF lost its
    leading ``@`` — text that prints as typed seemed lost.
    """
    if not RTL.search(drawn):
        return drawn
    pieces = REPORTLAB_SPACE.split(drawn)
    for n in range(0, len(pieces), 2):  # words, and between them what separates them
        if RTL.search(pieces[n]):
            pieces[n] = "".join(MIRRORED.get(c, c) for c in reversed(pieces[n]))
    return "".join(pieces)


def is_furniture(run: PdfRun) -> bool:
    """Running head, footer, table headers and heading-block labels (fixed wording)."""
    if run.y > PAGE_HEIGHT - MARGIN + 2 * mm or run.y < MARGIN - 4 * mm:
        return True
    return run.bold and run.size <= 9.0


def columns(runs: list[PdfRun]) -> list[str]:
    """The body text read column by column: the lines of each x, page after page.

    Lines of one paragraph may start a point or two apart (pypdf places the lines after a
    bullet's first line 2 points left of it): x values closer than 2.5 points are one
    column; the closest distinct columns of a report are 4 points apart."""
    body = [run for run in runs if not is_furniture(run)]
    starts: dict[float, float] = {}
    previous = None
    for x in sorted({run.x for run in body}):
        starts[x] = starts[previous] if previous is not None and x - previous < 2.5 else x
        previous = x
    by_x: dict[float, list[str]] = {}
    for run in body:
        by_x.setdefault(starts[run.x], []).append(run.text)
    return [" ".join(lines) for lines in by_x.values()]


def printed(text: str) -> str:
    """``text`` as the report documents printing it: controls and tabs as spaces, every line
    break (``\\r\\n``, ``\\r``) a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return CONTROL.sub(" ", text)


def squashed(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def skeleton(text: str, missing: set[str] = frozenset()) -> str:
    """``text`` without whitespace, format characters and characters the font lacks."""
    text = unicodedata.normalize("NFKC", "".join(c for c in text if c not in missing))
    return "".join(
        c for c in text if not c.isspace() and not ignorable(c) and not UNDEFINED_GLYPH.match(c)
    )


def ignorable(char: str) -> bool:
    """A zero-width character with no glyph of its own: a format character (U+FEFF, U+200D…),
    a control, a line or paragraph separator, a variation selector (U+FE0F…)."""
    if unicodedata.category(char) in ("Cf", "Cc", "Zl", "Zp"):
        return True
    return 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF


def _word_width(word: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop_app.reports import fonts

    fonts.register_fonts()
    return stringWidth(word, fonts.BOLD, 9.5)


def is_ordinary(text: str, missing: set[str]) -> bool:
    """Every character in the font and the BMP, no format character, no right-to-left
    letter, no word that a column could break."""
    for char in set(text):
        if char in missing or ord(char) > 0xFFFF or RTL.match(char):
            return False
        if ignorable(char) and unicodedata.category(char) != "Cc":
            return False
    return all(_word_width(word) <= NARROWEST_COLUMN for word in set(words(printed(text))))


def words(text: str) -> list[str]:
    """The words reportlab breaks lines between. It does not break at a no-break space:
    ``người)``, U+00A0, ``é&lt;éngười)``, U+00A0… 91 characters long is one word wider than
    its column, broken anywhere, not short words (``str.split`` cuts at U+00A0 too)."""
    return [word for word in REPORTLAB_SPACE.split(text)[::2] if word]


class PdfText:
    """The text layer of one PDF, ready to be searched."""

    def __init__(self, path: Path, missing: set[str]) -> None:
        self.runs, self.pages = pdf_runs(path)
        self.missing = missing
        body = columns(self.runs)
        self.squashed = [squashed(c) for c in body]
        self.skeletons = [skeleton(c, missing) for c in body]
        self.all = "\n".join(self.skeletons)
        # In the order drawn, too: a grey note (votes, author, agenda method) starts on the
        # line where its text ends, at another x.
        self.stream = skeleton(" ".join(r.text for r in self.runs if not is_furniture(r)), missing)
        self.everything = "".join(run.text for run in self.runs)

    def _each_there(self, symbols: str) -> bool:
        return all(
            c in self.all or MIRRORED.get(c, c) in self.all for c in skeleton(symbols, self.missing)
        )

    def problem_with(self, text: str) -> tuple[str, str]:
        """Why ``text`` is not found, and a detail (empty strings if it is found)."""
        if RTL.search(text):
            lost = [t for t in direction_runs(text) if skeleton(t, self.missing) not in self.all]
            # Symbols and punctuation glued to an Arabic word, with no letter or digit of
            # their own (``(𝄞❤️يريد``), are shaped with the word as one right-to-left run;
            # pypdf then reads a space inside that run where a glyph the font lacks sits,
            # so their order cannot be told back: each must still be there.
            lost = [t for t in lost if any(c.isalnum() for c in t) or not self._each_there(t)]
            if not lost:
                return "", ""
            reversed_ = [t for t in lost if skeleton(t, self.missing)[::-1] in self.all]
            if reversed_ and not RTL.search(reversed_[0]):
                return "left-to-right letters beside right-to-left text come back reversed", (
                    repr(reversed_[0][:40])
                )
            return "a run of right-to-left text is not found whole", repr(lost[0][:40])
        if is_ordinary(text, self.missing):
            wanted = squashed(printed(text))
            if not any(wanted in column for column in self.squashed):
                return "ordinary text not found", ""
            return "", ""
        wanted = skeleton(printed(text), self.missing)
        if wanted not in self.stream and not any(wanted in column for column in self.skeletons):
            return f"text not found {features(text)}", ""
        return "", ""


def direction_runs(text: str) -> list[str]:
    """The runs of right-to-left letters and of other letters of ``text``, each without
    whitespace: a paragraph mixing directions is not reordered (README), so only each run
    must come back whole."""
    runs = []
    for word in printed(text).split():
        runs += [m.group(0) for m in re.finditer(f"{RTL.pattern}+|(?:(?!{RTL.pattern}).)+", word)]
    return runs


def features(text: str) -> list[str]:
    """What is special in a text, to sort failures into classes."""
    tags = []
    if any(ord(c) > 0xFFFF for c in text):
        tags.append("beyond U+FFFF")
    if any(unicodedata.category(c) == "Cf" for c in text):
        tags.append("format character")
    if "\u2028" in text:
        tags.append("U+2028")
    if CONTROL.search(text):
        tags.append("control")
    if max((len(w) for w in text.split()), default=0) > 15:
        tags.append("long word")
    if len(text) > 20_000:
        tags.append("huge")
    return tags


def check_pdf(built: Built, name: str, path: Path, missing: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    pdf = PdfText(path, missing)
    expected = session_texts(built) if name.startswith("session") else programme_texts(built)
    for what, text in expected.texts:
        why, detail = pdf.problem_with(text)
        if why:
            problems.append(Problem(name, f"{what}: {why}", f"{detail} in {short(text)}"))
    problems += check_names(name, pdf.everything + _metadata(path))
    problems += check_pairs_aligned(built, name, pdf, expected)
    problems += check_running_head(built, name, pdf)
    printed_chars = sum(len(text) for _what, text in expected.texts)
    if len(pdf.everything) > 3 * printed_chars + 3_000 * pdf.pages:
        problems.append(
            Problem(
                name,
                "the text layer is far longer than what was said (text repeated?)",
                f"{len(pdf.everything)} characters in {pdf.pages} pages for {printed_chars}",
            )
        )
    return problems


def _metadata(path: Path) -> str:
    meta = PdfReader(path).metadata or {}
    return " ".join(str(value) for value in meta.values())


def check_names(export_name: str, text: str) -> list[Problem]:
    found = NAME_MARK.casefold() in "".join(text.casefold().split())
    return [Problem(export_name, "a participant's name is printed")] if found else []


def _first_line_runs(pdf: PdfText, text: str) -> list[PdfRun]:
    """The runs that could print the first line of ``text`` (an ordinary text whose first
    line is not blank); empty if that cannot be told. A short text can also start another
    text (a theme named like an issue), so every candidate is kept."""
    first = squashed(printed(text).split("\n")[0])
    whole = squashed(printed(text))
    if len(first) < 8:
        return []
    return [
        run
        for run in pdf.runs
        if not is_furniture(run)
        and len(piece := squashed(run.text)) >= 8
        and whole.startswith(piece)
    ]


def check_pairs_aligned(built: Built, name: str, pdf: PdfText, expected: Expected) -> list[Problem]:
    """The first improvement of each issue starts on the line where its issue starts."""
    heads: dict[str, int] = {}
    for _what, text in expected.texts:
        head = squashed(printed(text))[:25]
        heads[head] = heads.get(head, 0) + 1

    def findable(text: str) -> bool:
        return is_ordinary(text, pdf.missing) and heads.get(squashed(printed(text))[:25]) == 1

    problems = []
    workshops = [built.spec.chosen] if name.startswith("session") else range(len(built.entries))
    for n in workshops:
        entries = built.entries[n]
        by_id = {e.id: e for e in entries}
        done: set[str] = set()
        for entry in entries:
            issue = by_id.get(built.answers.get(entry.id, ""))
            if issue is None or issue.id in done:
                continue
            done.add(issue.id)  # the first improvement of this issue
            if not (findable(issue.text) and findable(entry.text)):
                continue
            lefts, rights = _first_line_runs(pdf, issue.text), _first_line_runs(pdf, entry.text)
            if not lefts or not rights:
                continue
            aligned = any(
                a.page == b.page and abs(a.y - b.y) <= 1 and a.x < b.x
                for a in lefts
                for b in rights
            )
            if not aligned:
                left, right = lefts[0], rights[0]
                problems.append(
                    Problem(
                        name,
                        "an improvement does not start on its issue's row",
                        f"issue {short(issue.text, 30)} p{left.page} y={left.y:.0f}, "
                        f"improvement {short(entry.text, 30)} p{right.page} y={right.y:.0f}",
                    )
                )
    return problems


def check_running_head(built: Built, name: str, pdf: PdfText) -> list[Problem]:
    """The running head of the first page: the programme (and workshop) title, whole, or
    cut after what fits on the line and ended with "…"."""
    spec = built.spec
    if name.startswith("session"):
        head = f"{spec.title} — {spec.workshops[spec.chosen].title}"
    else:
        head = f"{wording_for(spec.language)('programme_title')} — {spec.title}"
    runs = [r for r in pdf.runs if r.page == 1 and r.y > PAGE_HEIGHT - MARGIN + 2 * mm]
    got = " ".join(r.text for r in runs).strip()
    cut = got.endswith("…")
    if cut:
        got = got[:-1]
    wanted = skeleton(printed(head), pdf.missing)
    if RTL.search(head):
        pieces = direction_runs(head)[:1] if cut else direction_runs(head)
        same = all(skeleton(p, pdf.missing) in skeleton(got, pdf.missing) for p in pieces)
        if cut and not same and pieces:  # the first run alone is wider than the line
            shown = skeleton(got, pdf.missing)
            same = len(shown) > 0 and skeleton(pieces[0], pdf.missing).startswith(shown)
    elif cut:
        shown = skeleton(got, pdf.missing)
        # what fits may be only characters the font lacks (drawn as boxes, reported as
        # missing): nothing is left to compare, but something was drawn in their place
        only_missing = not shown and got.strip() and head.lstrip()[:1] in pdf.missing
        same = (len(shown) > 0 or bool(only_missing)) and wanted.startswith(shown)
    else:
        same = wanted == skeleton(got, pdf.missing)
    if same:
        return []
    return [Problem(name, f"running head differs {features(head)}", short(head))]


# -- reading the tables back --------------------------------------------------------------
def csv_text(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def xlsx_text(text: str) -> str:
    return XML_ILLEGAL.sub("\ufffd", text)


def first_difference(expected: str, got: object) -> str:
    got = "" if got is None else str(got)
    for n, (a, b) in enumerate(zip(expected, got, strict=False)):
        if a != b:
            return f"{a!r} became {got[n : n + 2]!r}"
    if len(got) < len(expected):
        return f"cut after {len(got)} of {len(expected)} characters"
    return f"{got[len(expected) : len(expected) + 10]!r} added"


def check_entry_rows(
    built: Built, name: str, rows: list[list], as_written: Callable[[str], str]
) -> list[Problem]:
    """Each entry once, its text as written, each improvement on its issue's row."""
    problems: list[Problem] = []
    by_ref: dict[str, int] = {}
    for n, row in enumerate(rows):
        by_ref.setdefault(str(row[COLUMN["ref"]]), n)
    entries = live_entries(built, list(range(len(built.entries))))
    if len(rows) != len(entries):
        problems.append(Problem(name, "not one row per entry", f"{len(rows)} != {len(entries)}"))
    texts = {e.id: e.text for e in entries}

    def same(text: str, cell: object) -> bool:
        wanted = as_written(text)
        cell = "" if cell is None else cell
        if name == "xlsx" and len(wanted) > XLSX_CELL_LIMIT:  # cut, with a marker
            return str(cell).startswith(wanted[:30_000]) and len(str(cell)) <= XLSX_CELL_LIMIT
        return cell == wanted

    for entry in entries:
        at = by_ref.get(entry.id)
        if at is None:
            problems.append(Problem(name, "an entry has no row", short(entry.text)))
            continue
        row = rows[at]
        if not same(entry.text, row[COLUMN["text"]]):
            why = first_difference(as_written(entry.text), row[COLUMN["text"]])
            problems.append(Problem(name, f"entry text differs: {why}", short(entry.text)))
        issue_id = built.answers.get(entry.id)
        answers = row[COLUMN["answers"]] or ""
        if answers != (issue_id or ""):
            problems.append(
                Problem(name, "an improvement names the wrong issue", short(entry.text))
            )
        elif issue_id:
            if not same(texts[issue_id], row[COLUMN["answers_text"]]):
                problems.append(Problem(name, "issue text on its improvement's row differs"))
            between = rows[by_ref[issue_id] + 1 : at]
            if by_ref[issue_id] > at or any(r[COLUMN["answers"]] != issue_id for r in between):
                problems.append(Problem(name, "an improvement is not under its issue"))
    return problems


def csv_separator(header_line: str) -> str:
    """The separator that splits the header into the entry columns (``,``, ``;`` or tab)."""
    for separator in (",", ";", "\t"):
        if len(next(csv.reader([header_line], delimiter=separator))) == len(ENTRY_COLUMNS):
            return separator
    return ","


def check_csv(built: Built, path: Path) -> list[Problem]:
    raw = path.read_bytes().decode("utf-8-sig")
    separator = csv_separator(raw.split("\r\n", 1)[0])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=separator))
    short_rows = [n for n, row in enumerate(rows) if len(row) != len(ENTRY_COLUMNS)]
    if short_rows:
        return [Problem("csv", "a row does not have one cell per column", f"row {short_rows[0]}")]
    problems = check_entry_rows(built, "csv", rows[1:], csv_text)
    return problems + check_names("csv", raw)


def check_xlsx(built: Built, path: Path) -> list[Problem]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in book.worksheets
    }
    book.close()
    entries, pairs, _feedback, comments, items, _attendance = sheets.values()
    problems = check_entry_rows(built, "xlsx", entries[1:], xlsx_text)
    everything = " ".join(str(v) for rows in sheets.values() for r in rows for v in r if v)
    problems += check_names("xlsx", everything)
    pair_rows = {(r[2] or "", r[3] or "") for r in pairs[1:]}
    texts = {e.id: e.text for w in built.entries for e in w}
    for improvement, issue in built.answers.items():
        pair = (xlsx_text(texts[issue]), xlsx_text(texts[improvement]))
        if max(map(len, pair)) <= XLSX_CELL_LIMIT and pair not in pair_rows:
            problems.append(Problem("xlsx", "a pair is not on one row of the pairs sheet"))
    wanted = {
        "comments": ([xlsx_text(r.comment) for w in built.spec.workshops for r in w.responses
                      if r.comment.strip()], {r[1] for r in comments[1:]}),
        "action items": ([xlsx_text(i.what) for w in built.spec.workshops for i in w.items],
                         {r[1] for r in items[1:]}),
    }  # fmt: skip
    for what, (texts_wanted, cells) in wanted.items():
        for text in texts_wanted:
            if text not in cells:
                problems.append(Problem("xlsx", f"{what}: a text differs", short(text)))
    return problems
