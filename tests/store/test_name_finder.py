"""Finding the roster's names typed in free texts: whole words, whatever the case and the
accents, spans of the original text, and the same answer as a plain slow search."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workshop_app.domain.enums import EntryKind, ParticipantRole
from workshop_app.domain.models import (
    Action,
    ActionItem,
    AgendaStep,
    Entry,
    FeedbackResponse,
    Indicator,
    Measurement,
    Participant,
    Programme,
    Workshop,
)
from workshop_app.domain.name_matching import (
    FoldedText,
    NameMatcher,
    fold_char,
    fold_name,
    is_word_char,
    replace_matches,
)
from workshop_app.store import Workspace
from workshop_app.store.name_finder import (
    Person,
    Spot,
    find_names,
    findings_in,
    findings_of,
    first_name,
    name_matcher,
)
from workshop_app.store.name_scrub import TextEdit, rewrite_texts


# -- a plain, slow reference ---------------------------------------------------------------
def _fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


def reference_find(text: str, keys: list[str]) -> list[tuple[int, int, str]]:
    """Every span text[i:j] of whole characters whose folding, white space collapsed, is
    a key, with no word character folded right before or after it where the key begins
    or ends with one; then the first, the
    longest, none overlapping."""
    n = len(text)
    candidates = []
    for key in keys:
        for i in range(n):
            if fold_char(text[i]) in ("", " "):
                continue  # a match starts at a letter, never on an accent or a space
            for j in range(i + 1, n + 1):
                if j < n and fold_char(text[j]) == "":
                    continue  # the accents after the last letter belong to the match
                folded = _fold(text[i:j])
                collapsed = " ".join(folded.split())
                if len(collapsed) > len(key):
                    break
                if folded != folded.strip() or collapsed != key:
                    continue
                before, after = _fold(text[:i]), _fold(text[j:])
                if before and is_word_char(key[0]) and is_word_char(before[-1]):
                    continue
                if after and is_word_char(key[-1]) and is_word_char(after[0]):
                    continue
                candidates.append((i, j, key))
    chosen, reached = [], 0
    for i, j, key in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]), c[2])):
        if i >= reached:
            chosen.append((i, j, key))
            reached = j
    return chosen


def fast_find(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    matcher = NameMatcher.from_names((name, name) for name in names)
    return [(m.start, m.end, m.key) for m in matcher.find(text)]


# -- generated names and texts ---------------------------------------------------------------
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëÉÈàâäçÇîïôöùûüÿœŒæ"
VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹNguyễnTrầnLê"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
ODD = "ßẞİıﬁﬂΣσςǅǄ"  # characters whose case folding changes their length or is special
NAME_CHARS = LATIN + VIETNAMESE + ARABIC + ODD
FILLER = (
    " ", "  ", "\n", "\t", "\u00a0", "\u202f", ", ", ". ", "«", "»", "’", "'", "-", "_",
    "<b>", "</b>", "&amp;", "&lt;", "\x00", "\x01", "\x1f", "\x7f", "\u200b", "\u200d",
    "😀", "👩‍👩‍👧", "🇫🇷", "𝒜", "漢字", "1", "42", "²", "\u0301", "\u0308", "\u064e",
    "\u093e", "e\u0301", "raie", "s", "x", "é", "ا", "người", "Roseraie", "l'",
    "\ud800", "\udfff",  # lone surrogates (a damaged text decoded leniently)
)  # fmt: skip

words = st.text(alphabet=NAME_CHARS, min_size=1, max_size=7)
names = st.lists(words, min_size=1, max_size=3).map(" ".join)


def _variant(name: str, draw) -> str:
    """``name`` as someone might type it: another case, decomposed accents, other spaces."""
    out = []
    for char in name:
        if char == " ":
            out.append(draw(st.sampled_from([" ", "  ", "\n", "\u00a0", " \t"])))
            continue
        how = draw(st.integers(0, 3))
        if how == 1:
            char = char.upper()
        elif how == 2:
            char = char.lower()
        elif how == 3:
            char = unicodedata.normalize("NFD", char)
        out.append(char)
    return "".join(out)


@st.composite
def texts_with_names(draw, max_pieces: int = 12):
    roster = draw(st.lists(names, min_size=1, max_size=4))
    pieces = []
    for _ in range(draw(st.integers(0, max_pieces))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            pieces.append(_variant(draw(st.sampled_from(roster)), draw))
        elif kind == 1:  # a name glued to other letters: no whole word
            pieces.append(draw(st.sampled_from(roster)) + draw(st.sampled_from(FILLER)))
        else:
            pieces.append(draw(st.sampled_from(FILLER)))
    return roster, "".join(pieces)


# -- the matcher ------------------------------------------------------------------------------
def test_whole_words_whatever_the_case_and_the_accents():
    roster = ["Rose", "Karima H.", "Élodie", "Nguyễn Văn An", "Strauß"]
    found = fast_find(
        "rose, ROSE et Rosé; Roseraie, arrose, Rose-Marie; karima  h. et ELODIE et Elodie\u0301 "
        "et nguyen van an, STRAUSS",
        roster,
    )
    text = (
        "rose, ROSE et Rosé; Roseraie, arrose, Rose-Marie; karima  h. et ELODIE et Elodie\u0301 "
        "et nguyen van an, STRAUSS"
    )
    spans = [text[i:j] for i, j, _key in found]
    assert spans == [
        "rose", "ROSE", "Rosé", "Rose", "karima  h.", "ELODIE", "Elodie\u0301",
        "nguyen van an", "STRAUSS",
    ]  # fmt: skip
    assert "Roseraie" not in spans and "arrose" not in spans


def test_the_full_name_wins_over_the_first_name_it_begins_with():
    found = fast_find("Karima H. est venue", ["Karima", "Karima H."])
    assert found == [(0, 9, "karima h.")]


def test_a_match_never_cuts_a_character_in_two():
    # "ß" folds to "ss": "Gros" is inside the folding of "Groß", not a word of it
    assert fast_find("Groß", ["Gros"]) == []
    assert fast_find("Groß", ["Gross"]) == [(0, 4, "gross")]
    assert fast_find("İrem", ["irem"]) == [(0, 4, "irem")]  # "İ" folds to i + a dot
    folded = FoldedText.of("aßb")
    assert folded.folded == "assb"
    assert folded.span(1, 3) == (1, 2) and folded.span(1, 2) is None


def test_emoji_and_scripts_around_names():
    text = "👩‍👩‍👧 Karima😀 et كريمة, 漢字Karima"
    assert [text[i:j] for i, j, _ in fast_find(text, ["Karima", "كريمة"])] == ["Karima", "كريمة"]


def test_replacement_leaves_everything_else_as_it_was():
    text = "<b>Karima</b>\x00 a dit : « Rose » 😀"
    matcher = NameMatcher.from_names([("Karima", 1), ("Rose", 2)])
    out = replace_matches(text, matcher.find(text), lambda m: f"[{m.key}]")
    assert out == "<b>[karima]</b>\x00 a dit : « [rose] » 😀"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_names())
@example((["Rose"], "Roseraie Rose rose\u0301s arrose"))
@example((["ß"], "ẞ ss SS ß"))
@example((["a b"], "a \u0301 b"))
@example((["Σα"], "σα ΣΑ ςα"))
@example((["★★", "(Zoé)"], "a ★★ b (zoe) ★★★"))
def test_the_matcher_agrees_with_a_plain_slow_search(case):
    roster, text = case
    keys = sorted({fold_name(n) for n in roster if fold_name(n)})
    assert fast_find(text, roster) == reference_find(text, keys)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_names())
def test_spans_are_whole_names_and_replacing_them_touches_nothing_else(case):
    roster, text = case
    matcher = NameMatcher.from_names((n, n) for n in roster)
    matches = matcher.find(text)
    previous_end = 0
    for match in matches:
        assert fold_name(text[match.start : match.end]) == match.key
        assert match.start >= previous_end
        previous_end = match.end
    marker = "\uf8ff"  # a private-use character no generated text holds
    out = replace_matches(text, matches, lambda m: marker)
    # what is left between the names is the text, character for character
    assert out.split(marker) == [
        text[a:b]
        for a, b in zip(
            [0, *(m.end for m in matches)], [*(m.start for m in matches), len(text)], strict=True
        )
    ]


def test_long_texts():
    filler = "Le gardien 😀 a vu la Roseraie, كريمة\u0301 et <b>&amp;</b>\x00 déjà. " * 4000
    names = ["Karima H.", "Rose", "Ophélie"]
    text = filler + "Karima h." + filler + "OPHELIE " + filler + "OPHELIEs"
    started = time.perf_counter()
    found = fast_find(text, names)
    assert time.perf_counter() - started < 2.0
    assert [text[i:j] for i, j, _ in found] == ["Karima h.", "OPHELIE"]  # "h.Le": found
    assert found[0][0] == len(filler)


# -- first names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Karima H.", "Karima"),
        ("Léa C.", "Léa"),
        ("Jo B.", ""),  # under three letters
        ("Karima", ""),  # the whole name already
        ("«Karima» H.", "Karima"),
        ("Marc-Antoine S.", "Marc-Antoine"),
        ("Participant 3F2A", ""),  # a pseudonym: "participant" is a word of every text
    ],
)
def test_first_names(name, first):
    assert first_name(name) == first


# -- a workspace ------------------------------------------------------------------------------
@pytest.fixture
def roster_ws(tmp_path):
    ws = Workspace.open(tmp_path / "names.sqlite")
    programme = ws.programmes.create_with_defaults(Programme(title="P"))
    add = ws.participants.add
    karima = add(
        Participant(
            programme_id=programme.id, display_name="Karima H.", role=ParticipantRole.SOCIAL_WORKER
        )
    )
    karima_b = add(
        Participant(
            programme_id=programme.id, display_name="Karima B.", role=ParticipantRole.RESIDENT
        )
    )
    rose = add(
        Participant(programme_id=programme.id, display_name="Rose", role=ParticipantRole.RESIDENT)
    )
    gone = add(
        Participant(
            programme_id=programme.id,
            display_name="Ophélie Z.",
            role=ParticipantRole.PARTNER_ASSOCIATION,
        )
    )
    erased = add(Participant(programme_id=programme.id, display_name="Bérangère Q."))
    ws.participants.soft_delete(gone.id)
    ws.participants.erase(erased.id)
    first = ws.workshops.add(
        Workshop(
            programme_id=programme.id,
            title="Atelier avec Rose",
            facilitators="Karima H.",
            agenda="Objectif : écouter ophélie",
            starts_at="2026-03-01",
        )
    )
    second = ws.workshops.add(
        Workshop(programme_id=programme.id, title="Deuxième", starts_at="2026-04-01")
    )
    records = {
        "first": first,
        "second": second,
        "entry": ws.entries.add(
            Entry(
                workshop_id=first.id, kind=EntryKind.ISSUE, text="On a vu KARIMA hier, la Roseraie"
            )
        ),
        "removed": ws.entries.add(
            Entry(workshop_id=first.id, kind=EntryKind.IDEA, text="Rose a tout noté")
        ),
        "item": ws.action_items.add(
            ActionItem(workshop_id=first.id, what="Appeler Karima B.", who="Rose et Bérangère")
        ),
        "step": ws.agenda.add(
            AgendaStep(workshop_id=first.id, title="Tour de table", method_note="Rose commence")
        ),
        "comment": ws.feedback.add(
            FeedbackResponse(workshop_id=second.id, comment="Merci Karima h.")
        ),
    }
    ws.entries.soft_delete(records["removed"].id)
    action = ws.actions.add(Action(programme_id=programme.id, number=1, title="A"))
    indicator = ws.indicators.add(Indicator(action_id=action.id, name="Présents"))
    records["measure"] = ws.measurements.add(
        Measurement(indicator_id=indicator.id, measured_on="2026-03-02", value=3, note="dont Rose")
    )
    people = {"karima": karima, "karima_b": karima_b, "rose": rose, "gone": gone}
    yield ws, programme, people, records
    ws.close()


def test_findings_in_every_free_text_of_a_programme(roster_ws):
    ws, programme, _people, records = roster_ws
    found = find_names(ws, programme.id)
    seen = [(f.table, f.column, f.found) for f in found]
    assert seen == [
        ("workshop", "title", "Rose"),
        ("workshop", "facilitators", "Karima H."),
        ("workshop", "agenda", "ophélie"),  # a removed person's name is no less personal
        ("agenda_step", "method_note", "Rose"),
        ("entry", "text", "KARIMA"),
        ("action_item", "what", "Karima B."),
        ("action_item", "who", "Rose"),
        ("feedback_response", "comment", "Karima h."),
        ("measurement", "note", "Rose"),
    ]  # the erased person's name is gone from the roster: "Bérangère" is not looked for
    by_text = {f.found: f for f in found}
    karima = by_text["KARIMA"]
    assert karima.record_id == records["entry"].id and karima.workshop_id == records["first"].id
    assert (karima.start, karima.end) == (8, 14)
    assert karima.ambiguous and not karima.full_name and karima.role is None
    assert {p.display_name for p in karima.people} == {"Karima H.", "Karima B."}
    assert karima.spot == Spot("entry", records["entry"].id, "text", 8)
    assert karima.context() == ("On a vu KARIMA hier, la Roseraie", 8, 14)
    full = by_text["Karima H."]
    assert full.full_name and not full.ambiguous
    assert full.role is ParticipantRole.SOCIAL_WORKER
    assert by_text["ophélie"].role is ParticipantRole.PARTNER_ASSOCIATION


def test_scope_columns_and_removed_records(roster_ws):
    ws, programme, people, records = roster_ws
    second = find_names(ws, programme.id, [records["second"].id])
    assert [(f.table, f.found) for f in second] == [("feedback_response", "Karima h.")]
    entries = find_names(ws, programme.id, columns=[("entry", "text")], include_removed=True)
    assert [(f.found, f.removed) for f in entries] == [("KARIMA", False), ("Rose", True)]
    with pytest.raises(ValueError):
        find_names(ws, programme.id, columns=[("participant", "display_name")])
    rose = findings_of(find_names(ws, programme.id), people["rose"].id)
    assert {f.table for f in rose} == {"workshop", "agenda_step", "action_item", "measurement"}


def test_context_of_a_long_text_is_cut_and_on_one_line():
    person = Person("p", "Karima H.", ParticipantRole.RESIDENT)
    text = "début " + "mot " * 40 + "ligne\navec Karima\tet\x00" + " fin" * 40
    (finding,) = findings_in(name_matcher([person]), text, "entry", "e", "text")
    snippet, start, end = finding.context(30)
    assert snippet[start:end] == "Karima"
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\n" not in snippet and "\x00" not in snippet and "\t" not in snippet
    assert len(snippet) < 80


def test_rewriting_texts_keeps_the_search_index_and_skips_texts_changed_since(roster_ws):
    ws, programme, _people, records = roster_ws
    entry = records["entry"]
    edits = [
        TextEdit("entry", entry.id, "text", entry.text, "On a vu Habitante hier, la Roseraie"),
        TextEdit("action_item", records["item"].id, "who", "not what it reads", "x"),
    ]
    written = rewrite_texts(ws.db, edits, "2030-01-01T00:00:00Z")
    assert written == edits[:1]
    assert ws.entries.get(entry.id).text == "On a vu Habitante hier, la Roseraie"
    assert ws.entries.get(entry.id).updated_at == "2030-01-01T00:00:00Z"
    assert ws.action_items.get(records["item"].id).who == "Rose et Bérangère"
    assert [h.entry.id for h in ws.entries.search(programme.id, "habitante")] == [entry.id]
    assert ws.entries.search(programme.id, "karima") == []
    rewrite_texts(ws.db, [e.reversed() for e in written], "2030-01-02T00:00:00Z")
    assert ws.entries.get(entry.id).text == entry.text
    assert [h.entry.id for h in ws.entries.search(programme.id, "karima")] == [entry.id]
    with pytest.raises(ValueError):
        rewrite_texts(ws.db, [TextEdit("participant", "x", "display_name", "a", "b")], "t")


def test_finder_time_on_the_large_demo(tmp_path):
    """Not a benchmark: a bound that a quadratic slip would break."""
    from workshop_app.demo.large import create_large_workspace

    path = create_large_workspace(tmp_path / "large.sqlite", workshops=4, entries_per_workshop=5000)
    with Workspace.open(path) as ws:
        programme = ws.programmes.select()[0]
        started = time.perf_counter()
        found = find_names(ws, programme.id)
        elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed
    assert all(f.found for f in found)
