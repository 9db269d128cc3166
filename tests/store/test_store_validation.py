"""What the store refuses, and texts that must come back exactly as typed."""

import pytest

from workshop_app.domain import (
    Action,
    ActionItem,
    AgendaStep,
    Entry,
    EntryKind,
    FeedbackQuestion,
    FeedbackResponse,
    ImprovementStatus,
    Indicator,
    Participant,
    Programme,
    Theme,
    ValidationError,
    Workshop,
)
from workshop_app.domain.validation import MAX_TEXT_CHARS
from workshop_app.store import Workspace

# repository attribute, table, a record with its text set to ``text``
TEXT_FIELDS = [
    ("programmes", "programme", lambda w, text: Programme(title=text)),
    (
        "actions",
        "action",
        lambda w, text: Action(programme_id=w.programme_id, number=1, title=text),
    ),
    ("themes", "theme", lambda w, text: Theme(programme_id=w.programme_id, name=text)),
    ("workshops", "workshop", lambda w, text: Workshop(programme_id=w.programme_id, title=text)),
    ("agenda", "agenda_step", lambda w, text: AgendaStep(workshop_id=w.id, title=text)),
    (
        "participants",
        "participant",
        lambda w, text: Participant(programme_id=w.programme_id, display_name=text),
    ),
    ("entries", "entry", lambda w, text: Entry(workshop_id=w.id, kind=EntryKind.IDEA, text=text)),
    (
        "feedback_questions",
        "feedback_question",
        lambda w, text: FeedbackQuestion(workshop_id=w.id, text=text),
    ),
    ("action_items", "action_item", lambda w, text: ActionItem(workshop_id=w.id, what=text)),
]
text_fields = pytest.mark.parametrize(
    ("name", "table", "make"), TEXT_FIELDS, ids=[case[0] for case in TEXT_FIELDS]
)


@text_fields
@pytest.mark.parametrize("blank", ["", "   ", "\n\t"], ids=["empty", "spaces", "newline-tab"])
def test_blank_text_is_refused_and_nothing_written(
    ws, workshop, count_rows, name, table, make, blank
):
    before = count_rows(table)
    with pytest.raises(ValidationError, match="empty"):
        getattr(ws, name).add(make(workshop, blank))
    assert count_rows(table) == before


@text_fields
def test_update_to_a_blank_text_is_refused_and_the_old_text_kept(ws, workshop, name, table, make):
    record = getattr(ws, name).add(make(workshop, "Texte d'origine"))
    blanked = make(workshop, "")
    blanked.id = record.id
    with pytest.raises(ValidationError):
        getattr(ws, name).update(blanked)
    assert getattr(ws, name).get(record.id) == record


def test_blank_indicator_name_is_refused(ws, action, count_rows):
    with pytest.raises(ValidationError, match="empty"):
        ws.indicators.add(Indicator(action_id=action.id, name=" "))
    assert count_rows("indicator") == 0


def test_a_text_over_the_limit_is_refused(ws, workshop, count_rows):
    with pytest.raises(ValidationError, match="limit"):
        ws.entries.add(
            Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="a" * (MAX_TEXT_CHARS + 1))
        )
    assert count_rows("entry") == 0


@pytest.fixture
def question(ws, workshop):
    return ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text="Satisfait ?"))


@pytest.mark.parametrize("rating", [0, 6, -1, 50])
def test_rating_outside_one_to_five_is_refused_and_nothing_written(
    ws, workshop, question, count_rows, rating
):
    other = ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text="Utile ?"))
    response = FeedbackResponse(workshop_id=workshop.id, comment="Commentaire")
    with pytest.raises(ValidationError, match="1 to 5"):
        ws.feedback.submit(response, {other.id: 4, question.id: rating})
    assert count_rows("feedback_response") == 0
    assert count_rows("feedback_answer") == 0


@pytest.mark.parametrize("rating", [2.5, True, "4"], ids=["fraction", "bool", "text"])
def test_a_rating_that_is_not_a_whole_number_is_refused(ws, workshop, question, count_rows, rating):
    with pytest.raises((ValidationError, ValueError, TypeError)):
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {question.id: rating})
    assert count_rows("feedback_response") == 0


@pytest.mark.parametrize("rating", [1, 5])
def test_ratings_at_the_bounds_are_accepted(ws, workshop, question, rating):
    response = ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {question.id: rating})
    assert ws.feedback.answers_of(response.id) == {question.id: rating}


def test_empty_feedback_is_refused(ws, workshop, count_rows):
    with pytest.raises(ValidationError, match="empty"):
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id, comment="  "), {})
    assert count_rows("feedback_response") == 0


@pytest.mark.parametrize("kind", [k for k in EntryKind if k is not EntryKind.IMPROVEMENT])
def test_status_on_a_non_improvement_is_refused(ws, workshop, count_rows, kind):
    entry = Entry(workshop_id=workshop.id, kind=kind, text="Texte", status=ImprovementStatus.DONE)
    with pytest.raises(ValidationError, match="status"):
        ws.entries.add(entry)
    assert count_rows("entry") == 0


def test_only_an_improvement_can_answer_an_issue(ws, make_entry, count_rows):
    issue = make_entry("Problème")
    with pytest.raises(ValidationError, match="Only an improvement"):
        make_entry("Une idée", kind=EntryKind.IDEA, answers_id=issue.id)
    assert count_rows("entry") == 1


def test_an_improvement_cannot_answer_an_issue_of_another_workshop(
    ws, programme, make_workshop, make_entry, count_rows
):
    issue = make_entry("Problème ici")
    other = make_workshop("Autre atelier")
    with pytest.raises(ValidationError, match="same workshop"):
        make_entry(
            "Réponse ailleurs",
            kind=EntryKind.IMPROVEMENT,
            answers_id=issue.id,
            workshop_id=other.id,
        )
    assert count_rows("entry") == 1
    assert ws.entries.search(programme.id, "ailleurs") == []
    ws.conn.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")


def test_an_improvement_can_only_answer_an_issue(ws, make_entry, count_rows):
    idea = make_entry("Une idée", kind=EntryKind.IDEA)
    with pytest.raises(ValidationError, match="issue"):
        make_entry("Réponse", kind=EntryKind.IMPROVEMENT, answers_id=idea.id)
    assert count_rows("entry") == 1


def test_an_entry_cannot_answer_itself(ws, workshop):
    entry = Entry(workshop_id=workshop.id, kind=EntryKind.IMPROVEMENT, text="Moi")
    entry.answers_id = entry.id
    with pytest.raises(ValidationError, match="itself"):
        ws.entries.add(entry)


def test_negative_votes_are_refused(ws, workshop):
    with pytest.raises(ValidationError, match="negative"):
        ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="x", votes=-1))


def test_negative_action_number_is_refused(ws, programme):
    with pytest.raises(ValidationError, match="negative"):
        ws.actions.add(Action(programme_id=programme.id, number=-1, title="Action"))


HOSTILE_TEXTS = {
    "100 KB": ("Précarité énergétique 🌍 — «guillemets» " * 3000)[:100_000],
    "html": "<b>gras</b> <script>alert('x')</script> <i>",
    "entities": "&amp; &lt;b&gt; &#233; &nbsp;",
    "emoji": "Merci 🙏🏽 👩🏽‍🤝‍👩🏻 🎉 ❤️",
    "arabic": "نحتاج إلى مساعدة في دفع فواتير الكهرباء",
    "vietnamese": "Người dân cần hỗ trợ để trả tiền điện",
    "quotes and sql": '\'; DROP TABLE entry; -- "quoted" `back`',
    "whitespace": "  Ligne 1\r\n\tLigne 2\n\n  ",
    "combining accents": "e\u0301nergie",
}


@pytest.mark.parametrize("text", list(HOSTILE_TEXTS.values()), ids=list(HOSTILE_TEXTS))
def test_text_round_trips_exactly(ws, make_entry, text):
    entry = make_entry(text)
    assert ws.entries.get(entry.id).text == text


@pytest.mark.parametrize("text", list(HOSTILE_TEXTS.values()), ids=list(HOSTILE_TEXTS))
def test_text_round_trips_exactly_after_reopening(ws, make_entry, make_participant, text):
    entry = make_entry(text)
    person = make_participant(text, organisation=text)
    ws.close()
    with Workspace.open(ws.path) as again:
        assert again.entries.get(entry.id).text == text
        assert again.participants.get(person.id).display_name == text
        assert again.participants.get(person.id).organisation == text


def test_updated_text_round_trips_exactly(ws, make_entry):
    entry = make_entry("Avant")
    entry.text = HOSTILE_TEXTS["100 KB"]
    ws.entries.update(entry)
    assert ws.entries.get(entry.id).text == HOSTILE_TEXTS["100 KB"]
