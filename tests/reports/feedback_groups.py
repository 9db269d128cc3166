"""Feedback made up at random, for the tests of the under-five rule (issue 15).

:func:`programmes` is a hypothesis strategy of :class:`ProgrammeSpec`: one to three
workshops, each with one to three questions (often the same text in several workshops, so
that the programme synthesis merges them) and 0 to 8 answers per question, with ratings
from 1 to 5 and comments of every kind (emoji, markup, line breaks, long text). :func:`build`
writes it into a real workspace; :func:`expected` says, from the spec alone, what may be
shown: a mean and a distribution only for a question with at least five answers in one
workshop, and in a synthesis only the ratings of such workshops.

No generated text holds a digit, so that a decimal number read back from a report can only
be a mean (:func:`means_in`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION
from workshop_app.domain.models import FeedbackQuestion, FeedbackResponse, Programme, Workshop
from workshop_app.store import Workspace

MINIMUM = MIN_ANSWERS_FOR_DISTRIBUTION

SHARED_QUESTIONS = (
    "Dans l’ensemble, je suis satisfait·e de cet atelier.",
    "J’ai pu dire ce que je voulais dire.",
    "  j’ai pu DIRE ce que je voulais dire. ",  # the same question, as the synthesis reads it
    "I learned something.",
)
PIECES = (
    "Merci ", "trop long ", "la salle était froide", "à refaire ! ", "Très bien.", "œuvre ",
    "<b>", "</b>", "&amp;", "<img src=x>", "<br/>", "]]>", "%", "(", "\\",
    "😀", "🎉", "👩🏽\u200d🌾", "❤️", "🇫🇷", "𝄞", "\n", "\r\n", "\t", "  ",
    "Ελληνικά ", "жители ", "Ông ", "ß", "Æ",
)  # fmt: skip
"""What comments and questions are made of: never a digit."""

DECIMAL = re.compile(r"(?<![\d.,])\d[.,]\d(?![\d.,])")
"""A number with one decimal, as a report prints a mean ("3,2", "3.2"), not inside a
version number ("0.1.0")."""


@st.composite
def free_text(draw, *, blank: bool = True) -> str:
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=0 if blank else 1, max_size=6))
    text = "".join(pieces)
    if draw(st.integers(0, 9)) == 0:  # now and then a long one
        text = (text or "long ") * draw(st.integers(50, 400))
    if not blank and not text.strip():
        text += "Bof"
    return text


@dataclass
class WorkshopSpec:
    title: str
    questions: list[str]
    responses: list[tuple[dict[int, int], str]]
    """Per response: question index → rating, and the comment."""

    def ratings(self, question: int) -> list[int]:
        return [r[question] for r, _comment in self.responses if question in r]

    def comments(self) -> list[str]:
        return [comment for _r, comment in self.responses if comment.strip()]


@dataclass
class ProgrammeSpec:
    workshops: list[WorkshopSpec]
    language: str


@st.composite
def workshop_specs(draw, number: int) -> WorkshopSpec:
    questions = draw(
        st.lists(
            st.one_of(*[st.sampled_from(SHARED_QUESTIONS)] * 3, free_text(blank=False)),
            min_size=1,
            max_size=3,
        )
    )
    counts = [draw(st.integers(0, 8)) for _ in questions]
    people = max(counts) + draw(st.integers(0, 2))  # some answer only some questions
    answered: list[dict[int, int]] = [{} for _ in range(people)]
    for q, count in enumerate(counts):
        who = draw(st.permutations(range(people)))[:count]
        for person in who:
            answered[person][q] = draw(st.integers(1, 5))
    responses = []
    for ratings in answered:
        comment = draw(st.one_of(st.just(""), free_text()))
        if not ratings and not comment.strip():
            comment = "Rien à dire"
        responses.append((ratings, comment))
    title = draw(st.sampled_from(["Atelier des habitants", "Plateforme", "Focus group"]))
    return WorkshopSpec(f"{title} {'ABC'[number]}", questions, responses)


@st.composite
def programmes(draw) -> ProgrammeSpec:
    count = draw(st.integers(1, 3))
    workshops = [draw(workshop_specs(n)) for n in range(count)]
    return ProgrammeSpec(workshops, draw(st.sampled_from(["fr", "en"])))


@dataclass
class Built:
    ws: Workspace
    spec: ProgrammeSpec
    programme_id: str
    workshop_ids: list[str] = field(default_factory=list)


def build(spec: ProgrammeSpec, path: Path) -> Built:
    """Write ``spec`` into a new workspace at ``path`` (the caller closes ``built.ws``)."""
    ws = Workspace.open(path, create=True)
    programme = ws.programmes.create_with_defaults(
        Programme(title="Programme", language=spec.language)
    )
    built = Built(ws, spec, programme.id)
    for number, w in enumerate(spec.workshops):
        workshop = ws.workshops.add(
            Workshop(
                programme_id=programme.id,
                title=w.title,
                starts_at=f"2026-0{number + 3}-12T10:00",
                language=spec.language,
            )
        )
        built.workshop_ids.append(workshop.id)
        ids = [
            ws.feedback_questions.add(
                FeedbackQuestion(workshop_id=workshop.id, text=text, position=n)
            ).id
            for n, text in enumerate(w.questions)
        ]
        for ratings, comment in w.responses:
            ws.feedback.submit(
                FeedbackResponse(workshop_id=workshop.id, comment=comment),
                {ids[q]: rating for q, rating in ratings.items()},
            )
    return built


# -- what may be shown, from the spec alone -------------------------------------------------
@dataclass
class Expected:
    """One row of a feedback table: the question, its count, and (when it may be shown)
    its mean and its distribution."""

    text: str
    answers: int
    mean: float | None
    distribution: list[int] | None
    rated: int = 0


def _group(text: str, groups: list[list[int]]) -> Expected:
    shown = [g for g in groups if len(g) >= MINIMUM]
    rated = [r for g in shown for r in g]
    answers = sum(len(g) for g in groups)
    if not rated:
        return Expected(text, answers, None, None)
    distribution = [rated.count(r) for r in range(1, 6)]
    return Expected(text, answers, sum(rated) / len(rated), distribution, len(rated))


def expected_session(w: WorkshopSpec) -> list[Expected]:
    return [_group(text, [w.ratings(q)]) for q, text in enumerate(w.questions)]


def expected_programme(spec: ProgrammeSpec) -> list[Expected]:
    """Questions merged by their text (whatever the case and spacing), in order of first
    appearance; each workshop's ratings counted only where it has five answers."""
    merged: dict[str, tuple[str, list[list[int]]]] = {}
    for w in spec.workshops:
        for q, text in enumerate(w.questions):
            key = " ".join(text.casefold().split())
            merged.setdefault(key, (text, []))[1].append(w.ratings(q))
    return [_group(text, groups) for text, groups in merged.values()]


def means_in(texts: list[str]) -> list[str]:
    """Every decimal number in ``texts`` (PDF runs, cells, labels)."""
    return [found for text in texts for found in DECIMAL.findall(text)]
