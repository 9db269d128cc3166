"""Feedback questions proposed for a workshop, from the programme's monitoring criteria.

>>> [s.text for s in propose_questions("en")][:2]
['Overall, I am satisfied with this workshop.', 'I could say what I wanted to say.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Below this number of answers a question's distribution is not shown (people could be
#: recognised); the window and the PDF reports share it.
MIN_ANSWERS_FOR_DISTRIBUTION = 5

_STANDARD = {
    "fr": (
        ("Dans l’ensemble, je suis satisfait·e de cet atelier.", "Satisfaction des participants"),
        ("J’ai pu dire ce que je voulais dire.", "Qualité de la participation"),
        ("J’ai appris quelque chose.", "Apprentissages"),
        (
            "Ce qui s’est dit aujourd’hui va changer quelque chose.",
            "Perception des effets de l’action",
        ),
    ),
    "en": (
        ("Overall, I am satisfied with this workshop.", "Participant satisfaction"),
        ("I could say what I wanted to say.", "Quality of participation"),
        ("I learned something.", "Learning"),
        ("What was said today will change something.", "Perceived effects of the action"),
    ),
}

_FROM_CRITERION = {
    "fr": "Selon vous, l’action progresse sur ce point : {criterion}",
    "en": "In your view, the action is making progress on: {criterion}",
}

#: Criteria that are counts, delays or budgets (measured by the team as indicators, not
#: rated by the people in the room), or that the standard questions already ask.
_NOT_PERCEIVED = (
    "nombre",
    "number",
    "taux",
    "rate",
    "part ",
    "share",
    "délai",
    "delay",
    "budget",
    "€",
    "%",
    "satisfaction",
)


@dataclass(frozen=True)
class SuggestedQuestion:
    text: str
    criterion: str = ""


def criteria_lines(monitoring_criteria: Iterable[str]) -> list[str]:
    """The criteria, one per non-empty line (or ";"-separated part), without bullets or repeats."""
    seen: dict[str, str] = {}
    for block in monitoring_criteria:
        for line in re.split(r"[\n;]", block or ""):
            text = line.strip().lstrip("-•*–·").strip().rstrip(" .;")
            if text and text.casefold() not in seen:
                seen[text.casefold()] = text
    return list(seen.values())


def propose_questions(
    language: str = "fr", monitoring_criteria: Iterable[str] = ()
) -> list[SuggestedQuestion]:
    """The standard questions, then one per criterion a participant can perceive.

    Criteria that are counts, rates or budgets ("Number of trained staff") are left out:
    those are measured by the team (indicators), not rated by the people in the room.
    """
    lang = language if language in _STANDARD else "en"
    proposed = [SuggestedQuestion(text, criterion) for text, criterion in _STANDARD[lang]]
    for criterion in criteria_lines(monitoring_criteria):
        if any(word in criterion.casefold() for word in _NOT_PERCEIVED):
            continue
        text = _FROM_CRITERION[lang].format(criterion=criterion[:1].lower() + criterion[1:])
        proposed.append(SuggestedQuestion(text, criterion))
    return proposed
