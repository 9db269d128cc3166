"""What people type for the closed vocabularies, mapped to the values the store keeps.

Spreadsheets typed up from post-its say "Problème", "piste d'amélioration" or "FCS";
the store keeps ``issue``, ``improvement`` and ``success_factor``. The functions here
read such words in French or English, ignoring case, accents, punctuation and spacing:

>>> parse_kind("Piste d’amélioration")
<EntryKind.IMPROVEMENT: 'improvement'>
>>> parse_status("À poursuivre")
<ImprovementStatus.KEEP_DOING: 'keep_doing'>
>>> canonical_theme("mise en oeuvre")
'Implementation'
>>> canonical_theme("Logement") # not a default theme: kept as typed
'Logement'

Labels shown to people are translated in the UI (``ui/labels.py``), not here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TypeVar

from workshop_app.domain.enums import DEFAULT_THEMES, EntryKind, ImprovementStatus

E = TypeVar("E", bound=Enum)

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})
_SEPARATORS = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` reduced for comparison: lower case, no accents, words split by one space.

    Punctuation, underscores and dashes count as spaces, so "Keep_doing", "keep-doing"
    and "  KEEP doing " all fold to ``"keep doing"``.

    >>> fold("  Facteur-clé de SUCCÈS ")
    'facteur cle de succes'
    """
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    return _SEPARATORS.sub(" ", text).strip()


def _index(aliases: Mapping[E, Iterable[str]]) -> dict[str, E]:
    """Folded alias → value, each value also known by its stored string."""
    index: dict[str, E] = {}
    for value, words in aliases.items():
        for word in (value.value, *words):
            key = fold(word)
            assert index.get(key, value) is value, f"alias {word!r} is ambiguous"
            index[key] = value
    return index


KIND_ALIASES: dict[EntryKind, tuple[str, ...]] = {
    EntryKind.ISSUE: (
        "issue", "issues", "problem", "problems", "problème", "problèmes",
        "difficulty", "difficulties", "difficulté", "difficultés",
        "enjeu", "enjeux", "frein", "freins", "obstacle", "obstacles", "blocage", "blocages",
    ),
    EntryKind.IMPROVEMENT: (
        "improvement", "improvements", "amélioration", "améliorations",
        "piste d'amélioration", "pistes d'amélioration", "piste", "pistes",
        "recommendation", "recommendations", "recommandation", "recommandations",
    ),
    EntryKind.IDEA: ("idea", "ideas", "idée", "idées"),
    EntryKind.QUESTION: ("question", "questions"),
    EntryKind.DECISION: ("decision", "decisions", "décision", "décisions"),
    EntryKind.SUCCESS_FACTOR: (
        "success factor", "success factors", "key success factor", "key success factors",
        "ksf", "facteur clé de succès", "facteurs clés de succès", "facteur de succès",
        "facteurs de succès", "fcs",
    ),
}  # fmt: skip
"""Words accepted for each kind of entry, besides its stored value."""

STATUS_ALIASES: dict[ImprovementStatus, tuple[str, ...]] = {
    ImprovementStatus.PROPOSED: ("proposed", "proposé", "proposée", "proposés", "proposées"),
    ImprovementStatus.KEEP_DOING: (
        "keep doing", "continue", "à poursuivre", "à maintenir", "à continuer",
    ),
    ImprovementStatus.PLANNED: (
        "planned", "prévu", "prévue", "prévus", "prévues",
        "planifié", "planifiée", "planifiés", "planifiées",
    ),
    ImprovementStatus.DONE: (
        "done", "réalisé", "réalisée", "réalisés", "réalisées",
        "fait", "faite", "faits", "faites", "terminé", "terminée",
    ),
}  # fmt: skip
"""Words accepted for each status of an improvement, besides its stored value."""

THEME_FRENCH_NAMES: dict[str, str] = {
    "Design": "Conception",
    "Implementation": "Mise en œuvre",
    "Partnership": "Partenariat",
    "Monitoring": "Suivi",
    "Financing": "Financement",
}
"""The French name of each default theme (stored names are the English ones)."""

THEME_ALIASES: dict[str, tuple[str, ...]] = {
    "Design": ("Conception",),
    "Implementation": ("Mise en œuvre", "Implémentation"),
    "Partnership": ("Partenariat", "Partenariats", "Partnerships"),
    "Monitoring": ("Suivi", "Suivi-évaluation"),
    "Financing": ("Financement", "Financements", "Funding"),
}
"""Names accepted for each default theme, besides its stored English name."""

assert set(THEME_FRENCH_NAMES) == set(THEME_ALIASES) == set(DEFAULT_THEMES)

_KINDS = _index(KIND_ALIASES)
_STATUSES = _index(STATUS_ALIASES)
_THEMES = {fold(word): name for name, words in THEME_ALIASES.items() for word in (name, *words)}


def parse_kind(text: str) -> EntryKind | None:
    """The kind of entry ``text`` names ("Problème", "idea", "FCS"…), or ``None``.

    >>> parse_kind("Difficulté"), parse_kind("truc")
    (<EntryKind.ISSUE: 'issue'>, None)
    """
    return _KINDS.get(fold(text))


def parse_status(text: str) -> ImprovementStatus | None:
    """The improvement status ``text`` names ("Prévue", "keep doing"…), or ``None``."""
    return _STATUSES.get(fold(text))


def canonical_theme(text: str) -> str:
    """The stored name of the default theme ``text`` names; otherwise ``text`` stripped.

    >>> canonical_theme("PARTENARIAT")
    'Partnership'
    """
    return _THEMES.get(fold(text), text.strip())


__all__ = [
    "KIND_ALIASES",
    "STATUS_ALIASES",
    "THEME_ALIASES",
    "THEME_FRENCH_NAMES",
    "canonical_theme",
    "fold",
    "parse_kind",
    "parse_status",
]
