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
    answers = [{satisfied.id: 5, learned.id: 2}, {satisfied.id: 4}, {satisfied.id: 5}]
    answers += [{satisfied.id: 3}, {satisfied.id: 5}]
    for ratings in answers:
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), ratings)

    by_question = {s.question.id: s for s in ws.feedback.summary(workshop.id)}

    assert by_question[satisfied.id].answers == 5
    assert by_question[satisfied.id].mean == pytest.approx(22 / 5)
    assert by_question[satisfied.id].distribution == {1: 0, 2: 0, 3: 1, 4: 1, 5: 3}
    assert by_question[satisfied.id].shown
    # one answer: the count alone (issue 15: one rating of one person is theirs)
    assert by_question[learned.id].answers == 1
    assert by_question[learned.id].mean is None
    assert by_question[learned.id].distribution == {}
    assert not by_question[learned.id].shown


def test_summary_under_five_answers_holds_no_rating(ws, workshop, questions):
    for rating in (1, 2, 4, 5):
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {questions[0].id: rating})
    summary = ws.feedback.summary(workshop.id)[0]
    assert (summary.answers, summary.mean, summary.distribution, summary.rated) == (4, None, {}, 0)
    ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {questions[0].id: 3})
    summary = ws.feedback.summary(workshop.id)[0]
    assert (summary.answers, summary.mean, summary.rated) == (5, 3.0, 5)
    assert summary.distribution == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}


def test_summary_of_an_unanswered_question_has_no_mean(ws, workshop, questions):
    summary = ws.feedback.summary(workshop.id)
    assert [s.question for s in summary] == questions
    assert all(s.answers == 0 and s.mean is None and not s.shown for s in summary)
    assert summary[0].distribution == {}


def test_summary_ignores_soft_deleted_responses(ws, workshop, questions):
    kept = [
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {questions[0].id: 2})
        for _ in range(5)
    ]
    dropped = ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {questions[0].id: 5})
    ws.feedback.soft_delete(dropped.id)

    summary = ws.feedback.summary(workshop.id)[0]

    assert (summary.answers, summary.mean) == (5, 2.0)
    assert ws.feedback.for_workshop(workshop.id) == kept


def test_comments_come_in_alphabetical_order_not_in_the_order_given(ws, workshop, questions):
    for comment in ("Très bien", "", "  ", "atelier trop long", "Bof", "émouvant"):
        ws.feedback.submit(
            FeedbackResponse(workshop_id=workshop.id, comment=comment), {questions[0].id: 3}
        )
    assert ws.feedback.comments(workshop.id) == [
        "atelier trop long",
        "Bof",
        "émouvant",
        "Très bien",
    ]


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
