"""Feedback questions, participants' answers (1 to 5 and a comment), and the summary."""

import pytest

from workshop_app.domain import FeedbackQuestion, FeedbackResponse, ValidationError


@pytest.fixture
def questions(ws, workshop):
    texts = ["Êtes-vous satisfait·e ?", "Avez-vous appris quelque chose ?", "Reviendrez-vous ?"]
    return [
        ws.feedback_questions.add(
            FeedbackQuestion(workshop_id=workshop.id, text=text, position=position)
        )
        for position, text in enumerate(texts)
    ]


def test_questions_are_listed_by_position(ws, workshop, questions):
    assert ws.feedback_questions.for_workshop(workshop.id) == questions


def test_submit_stores_the_response_and_its_answers(ws, workshop, questions):
    satisfied, learned, _back = questions
    response = ws.feedback.submit(
        FeedbackResponse(workshop_id=workshop.id, comment="Très utile"),
        {satisfied.id: 5, learned.id: 3},
    )
    assert ws.feedback.get(response.id) == response
    assert ws.feedback.answers_of(response.id) == {satisfied.id: 5, learned.id: 3}


def test_feedback_is_anonymous_by_default(ws, workshop, questions):
    response = ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {questions[0].id: 4})
    assert ws.feedback.get(response.id).participant_id is None


def test_a_comment_alone_is_accepted(ws, workshop):
    response = ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id, comment="Merci"), {})
    assert ws.feedback.answers_of(response.id) == {}
    assert ws.feedback.for_workshop(workshop.id) == [response]


def test_summary_gives_the_mean_and_the_distribution(ws, workshop, questions):
    satisfied, learned, _back = questions
    for ratings in [{satisfied.id: 5, learned.id: 2}, {satisfied.id: 4}, {satisfied.id: 5}]:
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), ratings)

    by_question = {s.question.id: s for s in ws.feedback.summary(workshop.id)}

    assert by_question[satisfied.id].answers == 3
    assert by_question[satisfied.id].mean == pytest.approx(14 / 3)
    assert by_question[satisfied.id].distribution == {1: 0, 2: 0, 3: 0, 4: 1, 5: 2}
    assert by_question[learned.id].mean == 2.0
    assert by_question[learned.id].distribution == {1: 0, 2: 1, 3: 0, 4: 0, 5: 0}


def test_summary_of_an_unanswered_question_has_no_mean(ws, workshop, questions):
    summary = ws.feedback.summary(workshop.id)
    assert [s.question for s in summary] == questions
    assert all(s.answers == 0 and s.mean is None for s in summary)
    assert summary[0].distribution == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}


def test_summary_ignores_soft_deleted_responses(ws, workshop, questions):
    kept = ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {questions[0].id: 2})
    dropped = ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {questions[0].id: 5})
    ws.feedback.soft_delete(dropped.id)

    summary = ws.feedback.summary(workshop.id)[0]

    assert (summary.answers, summary.mean) == (1, 2.0)
    assert ws.feedback.for_workshop(workshop.id) == [kept]


def test_summary_is_per_workshop(ws, workshop, make_workshop, questions):
    other = make_workshop("Autre atelier")
    elsewhere = ws.feedback_questions.add(FeedbackQuestion(workshop_id=other.id, text="Utile ?"))
    ws.feedback.submit(FeedbackResponse(workshop_id=other.id), {elsewhere.id: 1})
    assert [s.answers for s in ws.feedback.summary(workshop.id)] == [0, 0, 0]
    assert [s.answers for s in ws.feedback.summary(other.id)] == [1]


def test_an_answer_to_another_workshop_s_question_is_refused(
    ws, make_workshop, questions, count_rows
):
    other = make_workshop("Autre atelier")
    with pytest.raises(ValidationError, match="another workshop"):
        ws.feedback.submit(FeedbackResponse(workshop_id=other.id), {questions[0].id: 4})
    assert count_rows("feedback_response") == 0
    assert count_rows("feedback_answer") == 0
