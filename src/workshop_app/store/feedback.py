"""Feedback questions of a workshop and the participants' answers (1–5 and a comment).

**Fewer than five answers.** A rating given by one of four people is that person's
rating: :meth:`FeedbackRepository.summary` gives the mean and the distribution of a
question only when it has at least :data:`MIN_ANSWERS_FOR_DISTRIBUTION` answers; below
that it gives the count alone, so the window, the PDF and the workbook cannot print them.
Summaries of several workshops (:func:`combine`) add up only the ratings each workshop
could show: a programme synthesis never holds a small group's ratings, which the
difference with another report would reveal. :meth:`FeedbackRepository.comments` gives
the comments in alphabetical order, never in the order people answered, so that none can
be matched to a rating.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from workshop_app.domain.board import fold
from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION
from workshop_app.domain.models import FeedbackAnswer, FeedbackQuestion, FeedbackResponse
from workshop_app.domain.validation import ValidationError, check_text, validate_rating
from workshop_app.store._repo import Repository, to_row, write_transaction

RATINGS = range(1, 6)


@dataclass(frozen=True)
class QuestionSummary:
    """What may be shown of the answers to one question.

    ``mean`` and ``distribution`` are there only when :attr:`shown`: at least
    :data:`MIN_ANSWERS_FOR_DISTRIBUTION` answers of one workshop (or, for several
    workshops, of each workshop that counts in them).
    """

    question: FeedbackQuestion
    answers: int
    """Every answer to the question (the count is always shown)."""
    mean: float | None = None
    """The mean rating of the :attr:`rated` answers; ``None`` unless :attr:`shown`."""
    distribution: dict[int, int] = field(default_factory=dict)
    """How many gave each rating, 1 to 5; empty unless :attr:`shown`."""
    rated: int = 0
    """How many answers the mean and the distribution are made of."""

    @property
    def shown(self) -> bool:
        """The mean and the distribution may be printed."""
        return self.rated >= MIN_ANSWERS_FOR_DISTRIBUTION and self.mean is not None

    @property
    def withheld(self) -> int:
        """Answers counted but kept out of the mean (groups of fewer than five)."""
        return self.answers - self.rated


def tally(question: FeedbackQuestion, distribution: Mapping[int, int]) -> QuestionSummary:
    """The summary of one group's ratings (``rating → count``): the count alone under
    :data:`MIN_ANSWERS_FOR_DISTRIBUTION` answers.

    >>> q = FeedbackQuestion(workshop_id="w", text="Utile ?")
    >>> tally(q, {2: 1, 5: 3}).mean is None, tally(q, {2: 1, 5: 4}).mean
    (True, 4.4)
    """
    counts = {r: int(distribution.get(r, 0)) for r in RATINGS}
    total = sum(counts.values())
    if total < MIN_ANSWERS_FOR_DISTRIBUTION:
        return QuestionSummary(question, total)
    mean = sum(r * c for r, c in counts.items()) / total
    return QuestionSummary(question, total, mean, counts, total)


def combine(summaries: Iterable[QuestionSummary]) -> QuestionSummary:
    """One summary of the same question asked in several workshops (the first one's
    question): every answer counted, and the ratings of those shown added up.

    A group too small to show its ratings stays out of the mean and the distribution
    (counted in :attr:`QuestionSummary.withheld`), whatever the total: otherwise the
    synthesis of workshops A and B, less the summary of B, would give A's ratings.
    """
    summaries = list(summaries)
    counts = {r: sum(s.distribution.get(r, 0) for s in summaries if s.shown) for r in RATINGS}
    rated = sum(counts.values())
    answers = sum(s.answers for s in summaries)
    if rated < MIN_ANSWERS_FOR_DISTRIBUTION:
        return QuestionSummary(summaries[0].question, answers)
    mean = sum(r * c for r, c in counts.items()) / rated
    return QuestionSummary(summaries[0].question, answers, mean, counts, rated)


def comment_order(comment: str) -> tuple[str, str]:
    """Alphabetical, whatever the case, accents and spacing ("émouvant" among the e): the
    order of :meth:`FeedbackRepository.comments`."""
    return (" ".join(fold(comment).split()), comment)


class FeedbackQuestionRepository(Repository[FeedbackQuestion]):
    table = "feedback_question"
    record_type = FeedbackQuestion
    order_by = "position, created_at"
    validate = staticmethod(lambda q: check_text(q.text, "question"))

    def for_workshop(self, workshop_id: str) -> list[FeedbackQuestion]:
        return self.select("workshop_id = ?", [workshop_id])


class FeedbackRepository(Repository[FeedbackResponse]):
    """Responses, each with its answers, written together."""

    table = "feedback_response"
    record_type = FeedbackResponse

    def submit(self, response: FeedbackResponse, ratings: Mapping[str, int]) -> FeedbackResponse:
        """Store one person's answers (question id → rating) in one transaction."""
        if not ratings and not response.comment.strip():
            raise ValidationError("The feedback is empty.")
        for rating in ratings.values():
            if isinstance(rating, bool) or rating != int(rating):
                raise ValidationError(f"A rating is a whole number from 1 to 5; got {rating!r}.")
        answers = [
            FeedbackAnswer(response_id=response.id, question_id=qid, rating=int(rating))
            for qid, rating in ratings.items()
        ]
        for answer in answers:
            validate_rating(answer)
        own = {
            row[0]
            for row in self.db.execute(
                "SELECT id FROM feedback_question WHERE workshop_id = ? AND deleted_at IS NULL",
                [response.workshop_id],
            )
        }
        if not set(ratings) <= own:
            raise ValidationError("An answer refers to a question of another workshop.")
        with write_transaction(self.db, "the feedback"):
            self.db.insert("feedback_response", to_row(response))
            for answer in answers:
                self.db.insert("feedback_answer", to_row(answer))
        return response

    def for_workshop(self, workshop_id: str) -> list[FeedbackResponse]:
        return self.select("workshop_id = ?", [workshop_id])

    def answers_of(self, response_id: str) -> dict[str, int]:
        rows = self.db.rows(
            """SELECT question_id, rating FROM feedback_answer
               WHERE response_id = ? AND deleted_at IS NULL""",
            [response_id],
        )
        return dict(rows)

    def comments(self, workshop_id: str) -> list[str]:
        """The workshop's comments (blank ones left out) in alphabetical order: never in
        the order they were given, which could pair one with a rating or a person."""
        comments = [r.comment for r in self.for_workshop(workshop_id) if r.comment.strip()]
        return sorted(comments, key=comment_order)

    def summary(self, workshop_id: str) -> list[QuestionSummary]:
        """Per question: the number of answers and, from five answers on, the mean and
        the count of each rating (see :func:`tally`)."""
        questions = FeedbackQuestionRepository(self.db).for_workshop(workshop_id)
        rows = self.db.rows(
            """SELECT a.question_id, a.rating, count(*) FROM feedback_answer a
               JOIN feedback_response r ON r.id = a.response_id
               WHERE r.workshop_id = ? AND a.deleted_at IS NULL AND r.deleted_at IS NULL
               GROUP BY a.question_id, a.rating""",
            [workshop_id],
        )
        counts: dict[str, dict[int, int]] = {}
        for question_id, rating, count in rows:
            counts.setdefault(question_id, {})[rating] = count
        return [tally(question, counts.get(question.id, {})) for question in questions]
