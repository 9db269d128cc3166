"""Feedback questions of a workshop and the participants' answers (1–5 and a comment)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workshop_app.domain.models import FeedbackAnswer, FeedbackQuestion, FeedbackResponse
from workshop_app.domain.validation import ValidationError, check_text, validate_rating
from workshop_app.store._repo import Repository, to_row, write_transaction


@dataclass(frozen=True)
class QuestionSummary:
    question: FeedbackQuestion
    answers: int
    mean: float | None
    distribution: dict[int, int] = field(default_factory=dict)
    """How many gave each rating, 1 to 5."""


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

    def summary(self, workshop_id: str) -> list[QuestionSummary]:
        """Per question: number of answers, mean, and the count of each rating."""
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
        summaries = []
        for question in questions:
            distribution = {r: counts.get(question.id, {}).get(r, 0) for r in range(1, 6)}
            total = sum(distribution.values())
            mean = sum(r * c for r, c in distribution.items()) / total if total else None
            summaries.append(QuestionSummary(question, total, mean, distribution))
        return summaries
