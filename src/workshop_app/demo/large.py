"""Large demo workspaces, for benchmarks and for trying Atelier at scale (no Qt).

>>> create_large_workspace("large.sqlite", workshops=10, entries_per_workshop=10_000)  # doctest: +SKIP
>>> with Workspace.open("large.sqlite") as ws:                                    # doctest: +SKIP
...     workshop = add_large_workshop(ws, programme_id, entries=1_000, pairs_only=True)

A large workspace is the demo workspace (:func:`workshop_app.demo.create_demo_workspace`:
same safety rules, same programme, so it counts as a demo and ``--replace`` may overwrite
it) with more actions and participants (pseudonyms), and ``workshops`` more workshops of
``entries_per_workshop`` entries each: French-looking sentences put together from the word
lists below, issues answered by 0 to 3 improvements, ideas, questions, decisions and key
success factors, votes, authors and statuses. ``rich=True`` (the programme-synthesis
benchmark) adds what a real programme holds besides: texts of every length (a word to a
few thousand characters, some in paragraphs, with quotations and figures), now and then an
issue answered by 5 or 8 improvements, and for each workshop an attendance, feedback
(questions shared by all workshops and some of its own, answers, comments of every length)
and action items, some tied to an issue.

Everything but the small demo's own records is the same from one run to the next for the
same ``seed``, ids included (those of feedback answers aside): each workshop and batch of
entries draws from a random generator seeded with ``seed``, the workshop's id and its first
position. Entries are written through :meth:`EntryRepository.add_many` in batches inside
one transaction: 100,000 entries take a few seconds.
"""

from __future__ import annotations

import contextlib
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workshop_app.demo import _side_files, content, create_demo_workspace
from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
    WorkshopKind,
    WorkshopStatus,
)
from workshop_app.domain.models import (
    Action,
    ActionItem,
    Attendance,
    Entry,
    FeedbackQuestion,
    FeedbackResponse,
    Participant,
    Workshop,
)
from workshop_app.store.workspace import Workspace

__all__ = [
    "Said",
    "add_entries",
    "add_large_workshop",
    "create_large_workspace",
    "generate_said",
    "prepare_programme",
]

BATCH = 5_000
"""Entries written per ``add_many`` call (one transaction holds them all)."""

# -- word lists ---------------------------------------------------------------------------
SUBJECTS = (
    ("Le gardien", "Les locataires"),
    ("L'assistante sociale", "Les familles"),
    ("Le bailleur", "Les personnes âgées"),
    ("La chargée de recouvrement", "Les partenaires"),
    ("Le conseil citoyen", "Les jeunes du quartier"),
    ("La mairie", "Les associations"),
    ("Le CCAS", "Les voisins"),
    ("Le centre social", "Les travailleurs sociaux"),
    ("La plateforme", "Les nouveaux arrivants"),
    ("L'amicale des locataires", "Les médiateurs"),
    ("Le référent de parcours", "Les ménages en dette"),
)
PROBLEMS = (
    ("ne sait pas à qui s'adresser pour", "ne savent pas à qui s'adresser pour"),
    ("attend trop longtemps pour", "attendent trop longtemps pour"),
    ("n'a pas les moyens de", "n'ont pas les moyens de"),
    ("renonce à", "renoncent à"),
    ("perd beaucoup de temps à", "perdent beaucoup de temps à"),
    ("n'arrive pas à", "n'arrivent pas à"),
    ("découvre trop tard qu'il faut", "découvrent trop tard qu'il faut"),
    ("hésite à", "hésitent à"),
    ("ne parvient plus à", "ne parviennent plus à"),
)
TASKS = (
    "régler le loyer impayé",
    "signaler une fuite d'eau",
    "remplir le dossier d'aide au logement",
    "obtenir un rendez-vous avec le bailleur",
    "comprendre les courriers de relance",
    "joindre le gardien",
    "faire valoir les droits des locataires",
    "demander un échéancier",
    "trouver une place en crèche",
    "faire réparer le chauffage",
    "suivre les ménages qui décrochent",
    "partager les informations entre partenaires",
    "orienter vers la bonne permanence",
    "repérer l'isolement des personnes âgées",
    "financer les travaux d'adaptation",
    "préparer la commission d'attribution",
    "accompagner le relogement",
    "mobiliser les habitants aux réunions",
)
PLACES = (
    "depuis la fermeture de l'agence",
    "le vendredi après-midi",
    "pendant les vacances scolaires",
    "quand la dette dépasse trois mois",
    "dans les résidences du plateau",
    "sans l'aide d'un voisin",
    "à Vaulx-en-Velin comme à Vénissieux",
    "avant la trêve hivernale",
    "au pied des immeubles",
    "dans le quartier des Minguettes",
    "faute de traducteur",
    "après chaque changement de référent",
    "",
    "",
)
PROPOSALS = (
    "Proposer",
    "Organiser",
    "Mettre en place",
    "Créer",
    "Prévoir",
    "Renforcer",
    "Simplifier",
    "Expérimenter",
    "Généraliser",
    "Financer",
)
REMEDIES = (
    "une permanence commune au pied des immeubles",
    "un courrier plus clair sur les impayés",
    "un référent unique par ménage",
    "des visites à domicile avec le gardien",
    "une réunion mensuelle des partenaires",
    "un guide des aides en plusieurs langues",
    "un numéro d'appel unique",
    "des ateliers collectifs sur le budget",
    "une fiche de liaison entre le bailleur et le CCAS",
    "un temps d'accueil pour les nouveaux locataires",
    "une formation commune des professionnels",
    "un tableau de suivi partagé",
    "des rendez-vous sans attente le samedi matin",
    "une médiation avant toute procédure",
)
BENEFITS = (
    "pour éviter les expulsions",
    "afin que personne ne reste seul",
    "pour gagner du temps",
    "pour que les locataires soient mieux informés",
    "afin de repérer plus tôt les difficultés",
    "pour rassurer les familles",
    "",
)
DECIDERS = (
    "Le comité de pilotage décide de",
    "Les partenaires s'engagent à",
    "Le bailleur accepte de",
    "La plateforme va",
    "Le groupe convient de",
)
SUCCESSES = (
    "La présence du gardien aux réunions",
    "Le soutien de la mairie",
    "La confiance entre partenaires",
    "Un interlocuteur unique",
    "La traduction des courriers",
    "La disponibilité des médiateurs",
    "Le travail en binôme",
)
AFTERTHOUGHTS = (
    "Cela revient souvent.",
    "Plusieurs personnes l'ont confirmé.",
    "C'est le cas pour au moins dix ménages.",
    "Le sujet a déjà été soulevé l'an dernier.",
    "À vérifier avec le bailleur.",
    "Tout le monde n'est pas d'accord.",
)
FIRST_NAMES = (
    "Amina",
    "Bernard",
    "Chantal",
    "Djamel",
    "Élodie",
    "Fatou",
    "Gérard",
    "Hélène",
    "Idriss",
    "Jeanne",
    "Karim",
    "Lucie",
    "Mamadou",
    "Nathalie",
    "Océane",
    "Patrick",
    "Rachida",
    "Samir",
    "Thérèse",
    "Yasmine",
)
INITIALS = "ABCDFGHLMNPRST"
EXTRA_ACTIONS = (
    (4, "Prévenir les impayés avant la procédure"),
    (5, "Rendre les courriers du bailleur compréhensibles"),
    (6, "Associer les habitants au suivi de la plateforme"),
)
CONNECTORS = (
    "Par exemple,",
    "En plus,",
    "Du coup,",
    "Pourtant,",
    "Il faut dire que",
    "D'après les partenaires,",
    "Concrètement,",
    "Au final,",
    "Selon une habitante,",
    "Depuis l'an dernier,",
    "Ce qui ressort aussi, c'est que",
)
QUOTES = (
    "« On ne sait jamais qui appeler »",
    "« Le courrier, je ne l'ai pas compris »",
    "« Ici, tout le monde se connaît »",
    "« On nous renvoie d'un guichet à l'autre »",
    "« Il a fallu trois mois pour avoir une réponse »",
    "« Quand on a une dette, on a honte d'en parler »",
)
SPEAKERS = (
    "une locataire",
    "un gardien",
    "une mère de famille",
    "un voisin du bâtiment C",
    "la médiatrice",
    "un retraité",
)
TERSE = (
    "Crèche.",
    "Les courriers.",
    "Gardien ?",
    "Traduction.",
    "Trop d'attente.",
    "Chauffage !",
    "À revoir.",
    "Numéro unique.",
    "Confiance.",
    "Idem.",
)
QUESTIONS = (
    "Dans l'ensemble, êtes-vous satisfait·e de cet atelier ?",
    "J'ai pu dire ce que je voulais dire.",
    "J'ai appris quelque chose sur le travail des autres partenaires.",
    "Ce qui s'est dit aujourd'hui va changer quelque chose pour les ménages.",
)
WHO = (
    "Le bailleur",
    "CCAS et centre social",
    "L'équipe d'évaluation",
    "La mairie (service logement)",
    "Les médiateurs",
)
KIND_WEIGHTS = (
    (EntryKind.ISSUE, 42),
    (EntryKind.IMPROVEMENT, 4),  # answering no issue
    (EntryKind.IDEA, 18),
    (EntryKind.QUESTION, 14),
    (EntryKind.DECISION, 12),
    (EntryKind.SUCCESS_FACTOR, 10),
)


@dataclass
class Said:
    """One generated entry, as a row of an import file would describe it."""

    ref: str
    kind: EntryKind
    text: str
    action: int | None = None
    theme: str | None = None
    author: str | None = None
    answers: str | None = None
    status: ImprovementStatus | None = None
    votes: int = 0


def pseudonyms() -> list[str]:
    """The extra participants of a large workspace: "Amina B.", "Bernard C."…"""
    return [f"{name} {INITIALS[(n * 5) % len(INITIALS)]}." for n, name in enumerate(FIRST_NAMES)]


def _text(rng: random.Random, kind: EntryKind) -> str:
    singular, plural = rng.choice(SUBJECTS)
    many = rng.random() < 0.6
    subject = plural if many else singular
    task, place = rng.choice(TASKS), rng.choice(PLACES)
    if kind is EntryKind.ISSUE:
        problem = rng.choice(PROBLEMS)[1 if many else 0]
        text = f"{subject} {problem} {task}"
    elif kind is EntryKind.IMPROVEMENT:
        text = f"{rng.choice(PROPOSALS)} {rng.choice(REMEDIES)} {rng.choice(BENEFITS)}"
    elif kind is EntryKind.IDEA:
        text = f"Et si l'on essayait {rng.choice(REMEDIES)} {rng.choice(BENEFITS)}"
    elif kind is EntryKind.QUESTION:
        text = f"Comment {task} {place}".rstrip() + " ?"
        place = ""
    elif kind is EntryKind.DECISION:
        text = f"{rng.choice(DECIDERS)} {task}"
    else:
        text = f"{rng.choice(SUCCESSES)} a permis de {task}"
    text = " ".join(f"{text} {place}".split())
    if not text.endswith("?"):
        text += "."
    if rng.random() < 0.25:
        text += " " + rng.choice(AFTERTHOUGHTS)
    return text


def _sentence(rng: random.Random) -> str:
    """One more sentence of what was said: a remark, a quotation, a proposal or a figure."""
    pick = rng.random()
    if pick < 0.4:
        singular, plural = rng.choice(SUBJECTS)
        many = rng.random() < 0.6
        subject = plural if many else singular
        problem = rng.choice(PROBLEMS)[1 if many else 0]
        clause = f"{subject[0].lower()}{subject[1:]} {problem} {rng.choice(TASKS)}"
        text = f"{rng.choice(CONNECTORS)} {clause} {rng.choice(PLACES)}"
    elif pick < 0.55:
        text = f"{rng.choice(QUOTES)}, dit {rng.choice(SPEAKERS)}"
    elif pick < 0.75:
        text = f"{rng.choice(PROPOSALS)} {rng.choice(REMEDIES)} {rng.choice(BENEFITS)}"
    elif pick < 0.85:
        total = rng.randint(12, 400)
        part = rng.randint(1, total)
        text = f"Sur {total} ménages suivis, {part} sont concernés ({100 * part // total} %)"
    else:
        return rng.choice(AFTERTHOUGHTS)
    return " ".join(text.split()) + "."


def _vary(rng: random.Random, text: str) -> str:
    """``text`` as people say it: a word or two now and then, often a sentence, sometimes a
    few, rarely a long account in paragraphs (up to about 6,000 characters)."""
    pick = rng.random()
    if pick < 0.08:
        return rng.choice(TERSE)
    if pick < 0.65:
        return text
    if pick < 0.88:
        more = rng.randint(1, 3)
    elif pick < 0.99:
        more = rng.randint(4, 12)
    else:
        more = rng.randint(25, 60)
    paragraphs, sentences = [], [text]
    for _ in range(more):
        sentences.append(_sentence(rng))
        if more > 12 and len(sentences) >= rng.randint(4, 7):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def generate_said(
    count: int,
    *,
    seed: int | str = 1,
    actions: int = 6,
    themes: tuple[str, ...] = (
        content.DESIGN,
        content.IMPLEMENTATION,
        content.PARTNERSHIP,
        content.MONITORING,
        content.FINANCING,
    ),
    authors: tuple[str, ...] | list[str] = (),
    pairs_only: bool = False,
    rich: bool = False,
) -> list[Said]:
    """``count`` entries in capture order (an issue before the improvements answering it).

    ``pairs_only``: issues each answered by one improvement, nothing else (``count`` is
    then the number of entries, twice the number of pairs). ``rich``: texts of every
    length, and now and then an issue answered by 5 or 8 improvements (drawn from a
    generator of their own: the rest is the same as without).
    """
    rng = random.Random(f"atelier-large:{seed}")
    shape = random.Random(f"atelier-large-shape:{seed}") if rich else None

    def text(kind: EntryKind) -> str:
        made = _text(rng, kind)
        return _vary(shape, made) if shape else made

    kinds = [k for k, _w in KIND_WEIGHTS]
    weights = [w for _k, w in KIND_WEIGHTS]
    authors = list(authors) or pseudonyms()
    said: list[Said] = []

    def person() -> str | None:
        return rng.choice(authors) if rng.random() < 0.7 else None

    def votes() -> int:
        return rng.choices((0, 1, 2, 3, 5, 8), (60, 15, 10, 7, 5, 3))[0]

    def status() -> ImprovementStatus | None:
        return None if rng.random() < 0.4 else rng.choice(list(ImprovementStatus))

    while len(said) < count:
        kind = EntryKind.ISSUE if pairs_only else rng.choices(kinds, weights)[0]
        action = rng.randint(1, actions) if rng.random() < 0.9 else None
        theme = rng.choice(themes) if rng.random() < 0.85 else None
        entry = Said(
            ref=f"r{len(said) + 1}",
            kind=kind,
            text=text(kind),
            action=action,
            theme=theme,
            author=person(),
            votes=votes(),
        )
        if kind is EntryKind.IMPROVEMENT:
            entry.status = status()
        said.append(entry)
        if kind is not EntryKind.ISSUE:
            continue
        answers = 1 if pairs_only else rng.choices((0, 1, 2, 3), (25, 45, 20, 10))[0]
        if shape and shape.random() < 0.03:
            answers = shape.choice((5, 8))
        for _ in range(min(answers, count - len(said))):
            said.append(
                Said(
                    ref=f"r{len(said) + 1}",
                    kind=EntryKind.IMPROVEMENT,
                    text=text(EntryKind.IMPROVEMENT),
                    action=action,
                    theme=theme,
                    author=person(),
                    answers=entry.ref,
                    status=status(),
                    votes=votes(),
                )
            )
    return said


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- writing ------------------------------------------------------------------------------
def prepare_programme(ws: Workspace, programme_id: str, *, seed: int | str = 1) -> None:
    """Give the programme the extra actions (4 to 6) and pseudonyms, if it lacks them."""
    rng = random.Random(f"atelier-large-cast:{seed}:{programme_id}")
    numbers = {a.number for a in ws.actions.for_programme(programme_id)}
    stamp = _stamp(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    actions = [
        Action(
            id=_uuid(rng),
            created_at=stamp,
            updated_at=stamp,
            programme_id=programme_id,
            number=number,
            title=title,
            context="Action ajoutée pour les essais à grande échelle.",
        )
        for number, title in EXTRA_ACTIONS
        if number not in numbers
    ]
    if actions:
        ws.actions.add_many(actions)
    known = {p.display_name for p in ws.participants.for_programme(programme_id)}
    roles = list(ParticipantRole)
    people = [
        Participant(
            id=_uuid(rng),
            created_at=stamp,
            updated_at=stamp,
            programme_id=programme_id,
            display_name=name,
            role=roles[n % len(roles)],
        )
        for n, name in enumerate(pseudonyms())
        if name not in known
    ]
    if people:
        ws.participants.add_many(people)


def add_entries(
    ws: Workspace,
    workshop_id: str,
    count: int,
    *,
    seed: int | str = 1,
    pairs_only: bool = False,
    rich: bool = False,
) -> int:
    """Add ``count`` generated entries after the workshop's last one; return how many.

    The programme should have been through :func:`prepare_programme` (actions above the
    programme's count and unknown authors are left empty otherwise).
    """
    if count <= 0:
        return 0
    workshop = ws.workshops.get(workshop_id)
    programme_id = workshop.programme_id
    actions = {a.number: a.id for a in ws.actions.for_programme(programme_id)}
    themes = {t.name: t.id for t in ws.themes.for_programme(programme_id)}
    people = {p.display_name: p.id for p in ws.participants.for_programme(programme_id)}
    start = ws.entries.next_position(workshop_id)
    key = f"{seed}:{workshop_id}:{start}"
    said = generate_said(
        count,
        seed=key,
        actions=max(actions, default=1),
        themes=tuple(themes) or (content.DESIGN,),
        pairs_only=pairs_only,
        rich=rich,
    )
    rng = random.Random(f"atelier-large-ids:{key}")
    began = datetime.fromisoformat(workshop.starts_at) if workshop.starts_at else None
    began = (began or datetime(2026, 3, 2, 9, 0)).replace(tzinfo=UTC)
    ids: dict[str, str] = {}
    entries: list[Entry] = []
    for n, item in enumerate(said):
        entry_id = ids[item.ref] = _uuid(rng)
        stamp = _stamp(began + timedelta(seconds=15 * (start + n)))
        entries.append(
            Entry(
                id=entry_id,
                created_at=stamp,
                updated_at=stamp,
                workshop_id=workshop_id,
                kind=item.kind,
                text=item.text,
                action_id=actions.get(item.action) if item.action else None,
                theme_id=themes.get(item.theme) if item.theme else None,
                author_id=people.get(item.author) if item.author else None,
                answers_id=ids[item.answers] if item.answers else None,
                status=item.status,
                votes=item.votes,
                position=start + n,
            )
        )
    with ws.db.atomic():
        for at in range(0, len(entries), BATCH):
            ws.entries.add_many(entries[at : at + BATCH])
    return len(entries)


def add_large_workshop(
    ws: Workspace,
    programme_id: str,
    *,
    entries: int,
    seed: int | str = 1,
    title: str | None = None,
    pairs_only: bool = False,
    number: int | None = None,
    rich: bool = False,
) -> Workshop:
    """Add a workshop holding ``entries`` generated entries to the programme; return it.

    ``rich``: texts of every length, and an attendance, feedback and action items."""
    prepare_programme(ws, programme_id, seed=seed)
    existing = ws.workshops.for_programme(programme_id)
    number = number if number is not None else len(existing) + 1
    rng = random.Random(f"atelier-large-workshop:{seed}:{programme_id}:{number}")
    day = datetime(2026, 3, 2, 9, 0) + timedelta(days=7 * number)
    stamp = _stamp(day.replace(tzinfo=UTC) - timedelta(days=14))
    kinds = [k for k in WorkshopKind if k is not WorkshopKind.OTHER]
    workshop = Workshop(
        id=_uuid(rng),
        created_at=stamp,
        updated_at=stamp,
        programme_id=programme_id,
        title=title or f"Grand atelier {number} — {rng.choice(TASKS)}",
        kind=kinds[number % len(kinds)],
        starts_at=day.strftime("%Y-%m-%dT%H:%M"),
        ends_at=(day + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
        place=rng.choice(("Maison de quartier", "Centre social", "Salle des fêtes", "Mairie")),
        territory=rng.choice(("Vaulx-en-Velin / Bron", "Vénissieux")),
        facilitators="Équipe d'évaluation",
        language="fr",
        status=WorkshopStatus.CLOSED,
    )
    ws.workshops.add(workshop)
    action_ids = [a.id for a in ws.actions.for_programme(programme_id)]
    ws.workshops.set_action_ids(workshop.id, action_ids[:3])
    add_entries(ws, workshop.id, entries, seed=seed, pairs_only=pairs_only, rich=rich)
    if rich:
        _add_workshop_life(ws, workshop, seed=seed)
    return workshop


def _add_workshop_life(ws: Workspace, workshop: Workshop, *, seed: int | str = 1) -> None:
    """Who came, their feedback (shared questions and some of the workshop's own, comments
    of every length) and the action items decided, some tied to an issue."""
    rng = random.Random(f"atelier-large-life:{seed}:{workshop.id}")
    day = datetime.fromisoformat(workshop.starts_at).replace(tzinfo=UTC)
    stamp = _stamp(day)
    people = ws.participants.for_programme(workshop.programme_id)
    present = rng.sample(people, min(len(people), rng.randint(6, 18)))
    ws.attendance.add_many(
        [
            Attendance(
                id=_uuid(rng),
                created_at=stamp,
                updated_at=stamp,
                workshop_id=workshop.id,
                participant_id=person.id,
                checked_in_at=_stamp(day + timedelta(minutes=n - 15)),
            )
            for n, person in enumerate(present)
        ]
    )
    texts = list(QUESTIONS)
    if rng.random() < 0.3:
        texts.append(f"Le sujet « {rng.choice(TASKS)} » a été assez traité.")
    questions = [
        FeedbackQuestion(
            id=_uuid(rng),
            created_at=stamp,
            updated_at=stamp,
            workshop_id=workshop.id,
            text=text,
            position=n,
        )
        for n, text in enumerate(texts)
    ]
    ws.feedback_questions.add_many(questions)
    for _ in range(rng.choices((0, 3, 6, 10, 14), (15, 25, 30, 20, 10))[0]):
        ratings = {
            q.id: rng.choices((1, 2, 3, 4, 5), (4, 8, 20, 40, 28))[0]
            for q in questions
            if rng.random() < 0.9
        }
        comment = "" if rng.random() < 0.45 else _vary(rng, _sentence(rng))
        if not ratings and not comment:
            comment = rng.choice(TERSE)
        who = rng.choice(present) if present and rng.random() < 0.5 else None
        response = FeedbackResponse(
            id=_uuid(rng),
            created_at=stamp,
            updated_at=stamp,
            workshop_id=workshop.id,
            participant_id=who.id if who else None,
            comment=comment,
        )
        ws.feedback.submit(response, ratings)
    issues = [e.id for e in ws.entries.for_workshop(workshop.id) if e.kind is EntryKind.ISSUE]
    items = []
    for _ in range(rng.choices((0, 1, 3, 5, 8), (15, 20, 35, 20, 10))[0]):
        what = f"{rng.choice(PROPOSALS)} {rng.choice(REMEDIES)}"
        if rng.random() < 0.4:
            what += " " + " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
        who = rng.choice([*WHO, *(p.display_name for p in present)])
        items.append(
            ActionItem(
                id=_uuid(rng),
                created_at=stamp,
                updated_at=stamp,
                workshop_id=workshop.id,
                what=what,
                who=who,
                due_date=(day + timedelta(days=rng.randint(7, 120))).strftime("%Y-%m-%d"),
                status=rng.choice(list(ActionItemStatus)),
                entry_id=rng.choice(issues) if issues and rng.random() < 0.3 else None,
            )
        )
    ws.action_items.add_many(items)


def create_large_workspace(
    path: Path | str,
    *,
    workshops: int = 10,
    entries_per_workshop: int = 10_000,
    seed: int | str = 1,
    pairs_only: bool = False,
    rich: bool = False,
    replace: bool = False,
) -> Path:
    """Write the demo workspace at ``path`` plus ``workshops`` large workshops; return its path.

    The same rules as :func:`~workshop_app.demo.create_demo_workspace` apply (it writes
    the file first): a non-empty file is refused unless ``replace`` is true, and only a
    demo workspace is ever replaced. If adding the large workshops fails, the file is
    removed. ``rich``: see :func:`add_large_workshop`.
    """
    path = create_demo_workspace(path, replace=replace)
    try:
        with Workspace.open(path, create=False) as ws:
            programme = next(
                p for p in ws.programmes.select() if p.title == content.PROGRAMME["title"]
            )
            with ws.db.atomic():
                prepare_programme(ws, programme.id, seed=seed)
                for n in range(workshops):
                    add_large_workshop(
                        ws,
                        programme.id,
                        entries=entries_per_workshop,
                        seed=seed,
                        pairs_only=pairs_only,
                        number=len(content.WORKSHOPS) + n + 1,
                        rich=rich,
                    )
    except BaseException:
        with contextlib.suppress(OSError):
            for file in (path, *_side_files(path)):
                file.unlink(missing_ok=True)
        raise
    return path
