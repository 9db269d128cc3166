"""The demo programme as plain data: French text, enums, and keys that tie records together.

Everything here is invented for the demo: the programme, the people (pseudonyms), the
organisations ("Bailleur social A"…) and what was said. Figures are plausible, not real.
Records refer to each other by short keys (``"nadia"``, ``"plateforme"``, ``"retard"``);
:func:`workshop_app.demo.build_demo` turns the keys into ids.

Shapes:

- ``ACTIONS``: one dict per action, the fields of :class:`~workshop_app.domain.Action`.
- ``PARTICIPANTS``: ``key``, ``display_name``, ``role``, ``organisation``.
- ``WORKSHOPS``: the fields of :class:`~workshop_app.domain.Workshop` plus
  ``key``; ``utc_offset`` (local time in Lyon that day, for check-in times); ``objective``
  (first paragraph of the agenda text); ``actions`` (numbers); ``agenda`` (steps:
  ``title``, ``minutes``, ``method``, ``actual_seconds``); ``attendance`` (participant keys,
  in order of arrival); ``entries`` (in capture order: ``kind``, ``text`` and optionally
  ``key``, ``action`` number, ``theme`` name, ``author`` key, ``votes``, ``answers`` (key of
  the issue), ``status``); ``questions`` (``text``, ``criterion``); ``responses`` (``by``:
  participant key or ``None`` for anonymous, ``ratings`` in question order, ``None`` for a
  question left blank, ``comment``); ``action_items`` (``what``, ``who``, ``due_date``,
  ``status``, optional ``entry`` key).
- ``INDICATORS``: ``action`` number, ``name``, ``kind``, ``unit``, ``baseline``, ``target``,
  ``direction``, ``source``, ``measurements`` (``on``, ``value``, ``note``, optional
  ``workshop`` key and ``territory``).
- ``CHALLENGES``: the programme's "Challenge | Baseline | What we would like to achieve"
  table, in order: ``theme``, ``challenge``, ``baseline``, ``goal``.
"""

from __future__ import annotations

from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    IndicatorDirection,
    IndicatorKind,
    ParticipantRole,
    WorkshopKind,
    WorkshopStatus,
)

ISSUE = EntryKind.ISSUE
IMPROVEMENT = EntryKind.IMPROVEMENT
IDEA = EntryKind.IDEA
QUESTION = EntryKind.QUESTION
DECISION = EntryKind.DECISION
SUCCESS_FACTOR = EntryKind.SUCCESS_FACTOR

PROPOSED = ImprovementStatus.PROPOSED
KEEP_DOING = ImprovementStatus.KEEP_DOING
PLANNED = ImprovementStatus.PLANNED
DONE = ImprovementStatus.DONE

# Theme names as stored (the default list of a new programme); the UI translates them.
DESIGN = "Design"
IMPLEMENTATION = "Implementation"
PARTNERSHIP = "Partnership"
MONITORING = "Monitoring"
FINANCING = "Financing"

PROGRAMME = {
    "title": "Plateformes territoriales d'accompagnement — évaluation 2026",
    "description": (
        "Trois bailleurs sociaux de la métropole ont ouvert, à titre expérimental, des "
        "plateformes où les acteurs d'un territoire repèrent ensemble les locataires qui "
        "décrochent (impayés, isolement, logement qui se dégrade) et organisent leur suivi. "
        "L'évaluation porte sur deux territoires, Vaulx-en-Velin / Bron et Vénissieux. Elle "
        "croise quelque 70 entretiens, des ateliers collectifs avec les partenaires, les "
        "professionnels et les locataires, et l'étude de quelques parcours de ménages. "
        "Objectif : décider ce qui doit être gardé, à quel prix, et comment l'étendre."
    ),
    "language": "fr",
}

ACTIONS = [
    {
        "number": 1,
        "title": "Repérer plus tôt les ménages en difficulté dans leur logement",
        "context": (
            "Dans les résidences, les difficultés d'un ménage sont souvent connues trop tard, "
            "quand la dette de loyer atteint plusieurs mois et qu'une procédure est lancée. Le "
            "gardien, le chargé de recouvrement et l'assistante sociale en voient chacun un "
            "morceau, mais aucun lieu ne permet de rassembler ces signaux."
        ),
        "description": (
            "Installer sur chaque territoire un circuit de repérage partagé : une fiche d'une "
            "page commune à tous les partenaires, une liste courte de signaux d'alerte (deux "
            "mois d'impayé, boîte aux lettres qui déborde, plaintes répétées du voisinage) et "
            "un premier contact avec le ménage dans les quinze jours, à domicile si besoin."
        ),
        "stakeholders": (
            "Bailleurs sociaux A, B et C (gardiens, chargés de précontentieux, conseillères "
            "sociales) ; services sociaux de secteur ; CCAS ; associations d'accompagnement ; "
            "locataires volontaires."
        ),
        "budget": (
            "Pas de ligne dédiée : environ 0,2 ETP par bailleur et par territoire pris sur les "
            "équipes existantes, plus 3 000 € pour les outils et la formation des gardiens."
        ),
        "monitoring_criteria": (
            "Nombre de ménages repérés ; délai entre le repérage et le premier contact ; part "
            "des ménages repérés avant le troisième mois d'impayé."
        ),
    },
    {
        "number": 2,
        "title": "Coordonner l'accompagnement au sein des plateformes",
        "context": (
            "Un même ménage peut avoir affaire au bailleur, au CCAS, au service social et à "
            "une association sans que personne sache qui fait quoi. Les situations les plus "
            "lourdes passent d'un guichet à l'autre et la famille répète son histoire à "
            "chaque fois."
        ),
        "description": (
            "Chaque mois, la plateforme du territoire examine les situations repérées, avec "
            "l'accord du ménage, et choisit la réponse adaptée : un simple appui-conseil au "
            "professionnel qui suit déjà la famille, une coordination entre les intervenants, "
            "ou un accompagnement global renforcé confié à une association."
        ),
        "stakeholders": (
            "Bailleurs sociaux ; Métropole (service habitat et action sociale) ; CCAS ; "
            "associations Habitat & Entraide et Énergie Solidaire Est ; secrétariat de la "
            "commission de prévention des expulsions."
        ),
        "budget": (
            "Environ 150 000 € par an : un mi-temps de coordination par territoire et une "
            "trentaine d'accompagnements renforcés (de l'ordre de 3 500 € par ménage et par an)."
        ),
        "monitoring_criteria": (
            "Situations examinées en plateforme ; répartition entre appui-conseil, coordination "
            "et accompagnement renforcé ; ménages toujours dans leur logement six mois après la "
            "fin du suivi ; avis des ménages accompagnés."
        ),
    },
    {
        "number": 3,
        "title": "Préparer la suite : pérenniser et étendre le dispositif",
        "context": (
            "L'expérimentation touche à sa fin. Les partenaires doivent dire ce qui mérite "
            "d'être conservé, qui le porte et le finance, et si le modèle peut être repris "
            "sur d'autres territoires de la métropole."
        ),
        "description": (
            "Partager les résultats de l'évaluation, bâtir avec les partenaires deux ou trois "
            "scénarios d'organisation et de financement, puis un plan d'actions commun pour "
            "l'après-expérimentation, soumis au comité de pilotage."
        ),
        "stakeholders": (
            "Comité de pilotage des trois bailleurs ; Métropole ; communes ; équipe "
            "d'évaluation ; professionnels et locataires ayant participé aux ateliers."
        ),
        "budget": (
            "Évaluation : 45 000 € sur dix-huit mois, à la charge des bailleurs. Le coût de "
            "l'après-expérimentation est précisément ce que les scénarios doivent chiffrer."
        ),
        "monitoring_criteria": (
            "Nombre de professionnels et de locataires associés aux ateliers ; satisfaction des "
            "participants ; adoption d'un scénario et d'un plan d'actions par le comité de "
            "pilotage."
        ),
    },
]

PARTICIPANTS = [
    {
        "key": "nadia",
        "display_name": "Nadia B.",
        "role": ParticipantRole.RESIDENT,
        "organisation": "Locataire, Vaulx-en-Velin",
    },
    {
        "key": "josiane",
        "display_name": "Josiane L.",
        "role": ParticipantRole.RESIDENT,
        "organisation": "Amicale des locataires des Tilleuls",
    },
    {
        "key": "rachid",
        "display_name": "Rachid M.",
        "role": ParticipantRole.RESIDENT,
        "organisation": "Locataire, Bron",
    },
    {
        "key": "mohamed",
        "display_name": "Mohamed T.",
        "role": ParticipantRole.RESIDENT,
        "organisation": "Locataire, Vénissieux",
    },
    {
        "key": "karima",
        "display_name": "Karima H.",
        "role": ParticipantRole.SOCIAL_WORKER,
        "organisation": "Service social de secteur",
    },
    {
        "key": "thomas",
        "display_name": "Thomas R.",
        "role": ParticipantRole.SOCIAL_WORKER,
        "organisation": "CCAS de Vénissieux",
    },
    {
        "key": "sophie",
        "display_name": "Sophie N.",
        "role": ParticipantRole.SOCIAL_WORKER,
        "organisation": "Centre social des Acacias",
    },
    {
        "key": "elodie",
        "display_name": "Élodie F.",
        "role": ParticipantRole.SOCIAL_LANDLORD,
        "organisation": "Bailleur social A — précontentieux",
    },
    {
        "key": "samir",
        "display_name": "Samir O.",
        "role": ParticipantRole.SOCIAL_LANDLORD,
        "organisation": "Bailleur social B — gestion de proximité",
    },
    {
        "key": "isabelle",
        "display_name": "Isabelle V.",
        "role": ParticipantRole.SOCIAL_LANDLORD,
        "organisation": "Bailleur social C — conseillère sociale",
    },
    {
        "key": "fatou",
        "display_name": "Fatou D.",
        "role": ParticipantRole.PARTNER_ASSOCIATION,
        "organisation": "Association Habitat & Entraide",
    },
    {
        "key": "julien",
        "display_name": "Julien P.",
        "role": ParticipantRole.PARTNER_ASSOCIATION,
        "organisation": "Association Énergie Solidaire Est",
    },
    {
        "key": "helene",
        "display_name": "Hélène G.",
        "role": ParticipantRole.INSTITUTION,
        "organisation": "Métropole — service habitat",
    },
    {
        "key": "marc",
        "display_name": "Marc-Antoine S.",
        "role": ParticipantRole.INSTITUTION,
        "organisation": "Commission de prévention des expulsions",
    },
    {
        "key": "lea",
        "display_name": "Léa C.",
        "role": ParticipantRole.RESEARCHER,
        "organisation": "Équipe d'évaluation (laboratoire de sociologie)",
    },
]

# -- Workshop 1: partnership platform, Vaulx-en-Velin / Bron, closed ----------------------

_PLATEFORME = {
    "key": "plateforme",
    "title": "Atelier de la plateforme partenariale de Vaulx-en-Velin / Bron",
    "kind": WorkshopKind.PARTNERSHIP_PLATFORM,
    "starts_at": "2026-03-12T14:00",
    "ends_at": "2026-03-12T17:00",
    "utc_offset": "+01:00",
    "place": "Maison des associations, salle 2, Vaulx-en-Velin",
    "territory": "Vaulx-en-Velin / Bron",
    "facilitators": "Claire M., Youssef K.",
    "language": "fr",
    "status": WorkshopStatus.CLOSED,
    "objective": (
        "Objectif : retracer le chemin d'un ménage, de ses premières difficultés jusqu'au "
        "premier rendez-vous, et repérer ensemble ce qui retarde ou facilite l'aide."
    ),
    "actions": (1, 2),
    "agenda": [
        {
            "title": "Accueil et tour de table",
            "minutes": 20,
            "method": (
                "Chacun se présente avec une image, choisie sur la table, qui évoque son logement."
            ),
            "actual_seconds": 1560,
        },
        {
            "title": "Le parcours d'un ménage, de la première difficulté au premier rendez-vous",
            "minutes": 50,
            "method": "Frise collective au mur ; une couleur de post-it par type d'acteur.",
            "actual_seconds": 3300,
        },
        {
            "title": "Ce qui bloque, ce qui aide",
            "minutes": 60,
            "method": (
                "Trois sous-groupes mélangeant locataires et professionnels, puis chaque groupe "
                "présente le travail d'un autre groupe."
            ),
            "actual_seconds": 3900,
        },
        {
            "title": "Décisions et suites à donner",
            "minutes": 30,
            "method": "Trois gommettes par personne pour choisir les pistes prioritaires.",
            "actual_seconds": 1500,
        },
        {
            "title": "Retour à chaud",
            "minutes": 15,
            "method": "Questionnaire anonyme de cinq questions, sur papier ou sur l'ordinateur.",
            "actual_seconds": 780,
        },
    ],
    "attendance": (
        "lea",
        "elodie",
        "samir",
        "karima",
        "helene",
        "fatou",
        "julien",
        "josiane",
        "nadia",
        "rachid",
    ),
    "entries": [
        {
            "key": "retard",
            "kind": ISSUE,
            "text": (
                "On est alertés quand la dette dépasse déjà trois ou quatre mois de loyer : à ce "
                "stade la procédure est lancée et il est difficile de revenir en arrière."
            ),
            "action": 1,
            "theme": PARTNERSHIP,
            "author": "karima",
            "votes": 5,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Appeler le ménage dès le deuxième mois d'impayé et lui proposer dans la foulée "
                "un rendez-vous à deux, bailleur et travailleur social."
            ),
            "action": 1,
            "theme": DESIGN,
            "author": "elodie",
            "votes": 4,
            "answers": "retard",
            "status": PLANNED,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Donner aux gardiens une consigne simple : à qui signaler les premiers signes "
                "(courrier qui s'entasse, volets toujours fermés, bruit inhabituel)."
            ),
            "action": 1,
            "theme": PARTNERSHIP,
            "author": "samir",
            "votes": 2,
            "answers": "retard",
            "status": PROPOSED,
        },
        {
            "key": "courrier",
            "kind": ISSUE,
            "text": (
                "La lettre de relance fait peur : on la range sans l'ouvrir, on a honte, et on "
                "ne sait pas qui appeler pour en parler."
            ),
            "action": 1,
            "theme": IMPLEMENTATION,
            "author": "nadia",
            "votes": 6,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Réécrire les courriers de relance avec des locataires : des mots simples, le nom "
                "d'une personne et un numéro direct."
            ),
            "action": 1,
            "theme": DESIGN,
            "author": "josiane",
            "votes": 5,
            "answers": "courrier",
            "status": PROPOSED,
        },
        {
            "key": "fiches",
            "kind": ISSUE,
            "text": (
                "Chaque structure a sa propre fiche de liaison : une famille peut raconter sa "
                "situation quatre fois à quatre personnes différentes."
            ),
            "action": 2,
            "theme": PARTNERSHIP,
            "author": "fatou",
            "votes": 3,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Fiche de repérage commune d'une page, utilisée par tous les partenaires du "
                "territoire depuis janvier."
            ),
            "action": 2,
            "theme": IMPLEMENTATION,
            "author": "elodie",
            "answers": "fiches",
            "status": DONE,
        },
        {
            "kind": ISSUE,
            "text": (
                "Les accompagnements renforcés reposent sur des postes financés d'une année sur "
                "l'autre : l'association ne peut pas promettre au ménage qu'elle sera encore là "
                "dans six mois."
            ),
            "action": 2,
            "theme": FINANCING,
            "author": "julien",
            "votes": 2,
        },
        {
            "key": "retour",
            "kind": ISSUE,
            "text": (
                "Quand on oriente une famille vers une autre structure, on ne sait pas ce "
                "qu'elle devient : l'information ne revient pas."
            ),
            "action": 2,
            "theme": MONITORING,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Prévenir systématiquement la structure qui a orienté, par un simple message, "
                "quand la situation avance ou quand le suivi s'arrête."
            ),
            "action": 2,
            "theme": MONITORING,
            "author": "helene",
            "votes": 1,
            "answers": "retour",
            "status": PROPOSED,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Continuer les permanences au pied des immeubles : on y parle plus facilement "
                "qu'au guichet de l'agence."
            ),
            "action": 2,
            "theme": PARTNERSHIP,
            "author": "rachid",
            "votes": 3,
            "status": KEEP_DOING,
        },
        {
            "kind": IDEA,
            "text": (
                "Former quelques locataires volontaires pour servir de relais auprès des voisins "
                "qui n'osent pas pousser la porte d'un service."
            ),
            "action": 1,
            "theme": DESIGN,
            "author": "rachid",
            "votes": 4,
        },
        {
            "kind": QUESTION,
            "text": (
                "Le ménage est-il prévenu quand on parle de sa situation en plateforme ? A-t-il "
                "son mot à dire ?"
            ),
            "action": 2,
            "theme": PARTNERSHIP,
            "author": "josiane",
        },
        {
            "kind": QUESTION,
            "text": (
                "Comment compter les ménages repérés sans créer un fichier de plus sur des "
                "personnes fragiles ?"
            ),
            "action": 1,
            "theme": MONITORING,
        },
        {
            "key": "interconnaissance",
            "kind": DECISION,
            "text": (
                "Organiser avant l'été une demi-journée de rencontre entre gardiens et "
                "travailleurs sociaux des deux communes."
            ),
            "action": 1,
            "theme": PARTNERSHIP,
        },
        {
            "kind": DECISION,
            "text": (
                "Une situation n'est présentée en plateforme qu'avec l'accord écrit du ménage, "
                "et de façon anonyme par défaut."
            ),
            "action": 2,
            "theme": DESIGN,
        },
        {
            "kind": SUCCESS_FACTOR,
            "text": (
                "Chez chaque partenaire, une personne nommée que les autres peuvent appeler "
                "directement."
            ),
            "action": 1,
            "theme": PARTNERSHIP,
            "votes": 2,
        },
        {
            "kind": SUCCESS_FACTOR,
            "text": (
                "Accepter que le premier contact ait lieu chez le ménage plutôt qu'au bureau."
            ),
            "action": 2,
            "theme": IMPLEMENTATION,
        },
    ],
    "questions": [
        {
            "text": "Dans l'ensemble, êtes-vous satisfait·e de cet atelier ?",
            "criterion": "Satisfaction des participants",
        },
        {
            "text": "J'ai pu dire ce que je voulais dire.",
            "criterion": "Qualité de la participation",
        },
        {
            "text": "J'ai appris quelque chose sur le travail des autres partenaires.",
            "criterion": "Connaissance mutuelle des acteurs de la plateforme",
        },
        {
            "text": "Ce qui s'est dit aujourd'hui va changer quelque chose pour les ménages.",
            "criterion": "Perception des effets de la démarche",
        },
        {
            "text": "La durée et le rythme de l'atelier me convenaient.",
            "criterion": "",
        },
    ],
    "responses": [
        {
            "by": "nadia",
            "ratings": (5, 5, 4, 4, 3),
            "comment": (
                "C'est la première fois qu'on nous demande notre avis avant de décider. Il faut "
                "continuer."
            ),
        },
        {
            "by": None,
            "ratings": (4, 4, 5, 3, 4),
            "comment": "Très utile d'avoir les gardiens et les associations dans la même salle.",
        },
        {
            "by": None,
            "ratings": (4, 3, 4, 3, 2),
            "comment": "Beaucoup de sigles au début, j'ai mis du temps à suivre.",
        },
        {"by": None, "ratings": (5, 5, 5, 4, 4), "comment": ""},
        {
            "by": None,
            "ratings": (3, 3, 4, 2, 3),
            "comment": "Bonne ambiance, mais je ne vois pas encore ce qui va changer.",
        },
        {"by": None, "ratings": (4, 5, 3, 4, 4), "comment": ""},
        {
            "by": None,
            "ratings": (5, 4, 4, None, 4),
            "comment": "Trop tôt pour parler des effets, je n'ai pas répondu à cette question.",
        },
        {
            "by": None,
            "ratings": (4, 4, 4, 3, 5),
            "comment": "Les petits groupes ont permis à tout le monde de parler.",
        },
        {"by": None, "ratings": (4, 4, 5, 4, 3), "comment": ""},
    ],
    "action_items": [
        {
            "what": "Diffuser la fiche de repérage commune à tous les gardiens des deux communes",
            "who": "Élodie F.",
            "due_date": "2026-04-15",
            "status": ActionItemStatus.DONE,
        },
        {
            "what": "Organiser la demi-journée de rencontre gardiens / travailleurs sociaux",
            "who": "Samir O.",
            "due_date": "2026-05-30",
            "status": ActionItemStatus.OPEN,
            "entry": "interconnaissance",
        },
        {
            "what": "Recenser les permanences d'accès aux droits qui existent déjà à Bron",
            "who": "Fatou D.",
            "due_date": "2026-05-30",
            "status": ActionItemStatus.IN_PROGRESS,
        },
    ],
}

# -- Workshop 2: support professionals, Vénissieux, closed --------------------------------

_PROFESSIONNELS = {
    "key": "professionnels",
    "title": "Atelier des professionnels de l'accompagnement",
    "kind": WorkshopKind.PROFESSIONALS,
    "starts_at": "2026-04-09T09:30",
    "ends_at": "2026-04-09T12:30",
    "utc_offset": "+02:00",
    "place": "Agence du Bailleur social B, salle de réunion du rez-de-chaussée, Vénissieux",
    "territory": "Vénissieux",
    "facilitators": "Claire M.",
    "language": "fr",
    "status": WorkshopStatus.CLOSED,
    "objective": (
        "Objectif : confronter les pratiques des professionnels du bailleur, du CCAS, du "
        "service social et des associations sur des situations vécues, et clarifier qui fait "
        "quoi dans l'accompagnement."
    ),
    "actions": (2, 3),
    "agenda": [
        {
            "title": "Café d'accueil et règles du jeu",
            "minutes": 15,
            "method": "Rappel de la confidentialité : aucune situation n'est citée avec un nom.",
            "actual_seconds": 1080,
        },
        {
            "title": "Analyse de deux situations anonymisées",
            "minutes": 70,
            "method": (
                "Un professionnel expose une situation ; les autres posent des questions sans "
                "donner de conseil, puis on cherche ensemble des pistes."
            ),
            "actual_seconds": 4500,
        },
        {
            "title": "Référent, circuit, outils : ce qu'il faut clarifier",
            "minutes": 50,
            "method": "Tableau « qui fait quoi » rempli en direct, une colonne par structure.",
            "actual_seconds": 2760,
        },
        {
            "title": "Priorités et tour de clôture",
            "minutes": 25,
            "method": (
                "Chacun dit une chose qu'il changera dans sa pratique la semaine prochaine ; "
                "questionnaire de fin."
            ),
            "actual_seconds": 1620,
        },
    ],
    "attendance": (
        "lea",
        "thomas",
        "sophie",
        "isabelle",
        "samir",
        "karima",
        "fatou",
        "marc",
        "mohamed",
    ),
    "entries": [
        {
            "key": "referent",
            "kind": ISSUE,
            "text": (
                "Quand trois structures suivent la même famille, personne ne sait qui est le "
                "référent, et chacun attend que l'autre appelle."
            ),
            "action": 2,
            "theme": IMPLEMENTATION,
            "author": "thomas",
            "votes": 5,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Nommer un référent unique dès l'entrée en plateforme et l'inscrire sur la fiche "
                "commune."
            ),
            "action": 2,
            "theme": DESIGN,
            "author": "isabelle",
            "votes": 4,
            "answers": "referent",
            "status": PLANNED,
        },
        {
            "key": "delais",
            "kind": ISSUE,
            "text": (
                "Les aides financières au logement mettent des semaines à arriver : certains "
                "ménages se découragent et lâchent en cours de route."
            ),
            "action": 2,
            "theme": IMPLEMENTATION,
            "author": "sophie",
            "votes": 4,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Monter le dossier d'aide avec le ménage pendant la première visite, pour qu'il "
                "parte complet du premier coup."
            ),
            "action": 2,
            "theme": IMPLEMENTATION,
            "author": "sophie",
            "votes": 2,
            "answers": "delais",
            "status": PROPOSED,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Négocier un circuit d'instruction plus rapide pour les dossiers présentés par la "
                "plateforme."
            ),
            "action": 2,
            "theme": FINANCING,
            "author": "marc",
            "votes": 3,
            "answers": "delais",
            "status": PROPOSED,
        },
        {
            "key": "personnes",
            "kind": ISSUE,
            "text": (
                "La plateforme tient grâce à l'énergie de quelques personnes : si elles changent "
                "de poste, tout est à refaire."
            ),
            "action": 3,
            "theme": DESIGN,
            "author": "lea",
            "votes": 3,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Écrire un guide court de fonctionnement (rôles, circuit, outils) pour qu'une "
                "nouvelle personne puisse prendre le relais."
            ),
            "action": 3,
            "theme": DESIGN,
            "answers": "personnes",
            "status": PROPOSED,
        },
        {
            "kind": ISSUE,
            "text": (
                "Rien n'est prévu pour payer la coordination une fois l'expérimentation terminée."
            ),
            "action": 3,
            "theme": FINANCING,
            "votes": 2,
        },
        {
            "key": "tableaux",
            "kind": ISSUE,
            "text": (
                "Chaque structure remplit ses tableaux de suivi à sa façon : on ne peut pas "
                "additionner les chiffres."
            ),
            "action": 2,
            "theme": MONITORING,
            "author": "karima",
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Grille de suivi commune de cinq colonnes, adoptée en mars et remplie chaque mois "
                "par les trois bailleurs."
            ),
            "action": 2,
            "theme": MONITORING,
            "author": "karima",
            "answers": "tableaux",
            "status": DONE,
        },
        {
            "key": "injoignables",
            "kind": ISSUE,
            "text": (
                "Les familles qui ne répondent plus ni au téléphone ni au courrier restent "
                "sans solution."
            ),
            "action": 2,
            "theme": IMPLEMENTATION,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Garder les visites à deux, bailleur et travailleur social, pour les familles "
                "injoignables : elles débloquent souvent la situation."
            ),
            "action": 2,
            "theme": IMPLEMENTATION,
            "author": "samir",
            "votes": 2,
            "answers": "injoignables",
            "status": KEEP_DOING,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Ouvrir les ateliers entre professionnels aux agents d'accueil des mairies, qui "
                "sont souvent les premiers à recevoir les ménages en difficulté."
            ),
            "action": 3,
            "theme": PARTNERSHIP,
            "author": "thomas",
            "status": PROPOSED,
        },
        {
            "kind": IDEA,
            "text": (
                "Des séances d'analyse de pratiques communes aux équipes du bailleur, du CCAS et "
                "des associations, une fois par trimestre."
            ),
            "action": 3,
            "theme": IMPLEMENTATION,
            "author": "isabelle",
            "votes": 3,
        },
        {
            "kind": QUESTION,
            "text": (
                "Le dispositif doit-il entrer dans le droit commun de la Métropole, ou rester "
                "porté par les bailleurs ?"
            ),
            "action": 3,
            "theme": FINANCING,
            "author": "marc",
        },
        {
            "kind": QUESTION,
            "text": (
                "Quelle place pour le ménage dans la réunion de plateforme : présent, "
                "représenté, ou seulement informé après coup ?"
            ),
            "action": 2,
            "theme": PARTNERSHIP,
            "author": "mohamed",
        },
        {
            "key": "courrier_commun",
            "kind": DECISION,
            "text": (
                "Le bailleur et le CCAS rédigent ensemble le modèle du premier courrier envoyé "
                "au ménage."
            ),
            "action": 2,
            "theme": DESIGN,
        },
        {
            "kind": SUCCESS_FACTOR,
            "text": (
                "Des chiffres de suivi simples, les mêmes pour tous, regardés ensemble au moins "
                "une fois par trimestre."
            ),
            "action": 3,
            "theme": MONITORING,
        },
        {
            "kind": SUCCESS_FACTOR,
            "text": (
                "Du temps reconnu dans les fiches de poste pour la plateforme, et pas seulement "
                "« en plus » du reste."
            ),
            "action": 2,
            "theme": PARTNERSHIP,
            "votes": 3,
        },
    ],
    "questions": [
        {
            "text": "Dans l'ensemble, cet atelier vous a-t-il été utile ?",
            "criterion": "Satisfaction des participants",
        },
        {
            "text": "J'ai pu donner mon point de vue, même quand il différait de celui des autres.",
            "criterion": "Qualité de la participation",
        },
        {
            "text": "J'ai découvert des outils ou des façons de faire d'autres structures.",
            "criterion": "Connaissance mutuelle des acteurs de la plateforme",
        },
        {
            "text": "Je vais changer quelque chose dans ma pratique après cet atelier.",
            "criterion": "Perception des effets de la démarche",
        },
    ],
    "responses": [
        {
            "by": "thomas",
            "ratings": (4, 5, 4, 4),
            "comment": (
                "L'analyse de cas m'a fait voir la situation du côté du bailleur. À refaire."
            ),
        },
        {
            "by": None,
            "ratings": (3, 4, 3, 3),
            "comment": "Il manquait quelqu'un qui puisse trancher sur le financement.",
        },
        {"by": None, "ratings": (4, 4, 4, 5), "comment": ""},
        {
            "by": None,
            "ratings": (5, 4, 5, 4),
            "comment": "Enfin un moment pour se parler entre métiers différents.",
        },
    ],
    "action_items": [
        {
            "what": "Rédiger le modèle commun du premier courrier au ménage",
            "who": "Isabelle V.",
            "due_date": "2026-05-30",
            "status": ActionItemStatus.OPEN,
            "entry": "courrier_commun",
        },
        {
            "what": "Envoyer à l'équipe d'évaluation les tableaux de suivi anonymisés",
            "who": "Karima H.",
            "due_date": "2026-04-30",
            "status": ActionItemStatus.DONE,
        },
        {
            "what": "Proposer un format d'analyse de pratiques commun aux trois structures",
            "who": "Léa C.",
            "due_date": "2026-06-15",
            "status": ActionItemStatus.OPEN,
        },
    ],
}

# -- Workshop 3: prospective workshop, Vaulx-en-Velin / Bron, running ------------------------

_PROSPECTIF = {
    "key": "prospectif",
    "title": "Atelier prospectif : scénarios et plan d'actions",
    "kind": WorkshopKind.PROSPECTIVE,
    "starts_at": "2026-06-18T14:00",
    "ends_at": "2026-06-18T17:00",
    "utc_offset": "+02:00",
    "place": "Centre social des Acacias, grande salle, Bron",
    "territory": "Vaulx-en-Velin / Bron",
    "facilitators": "Claire M., Youssef K.",
    "language": "fr",
    "status": WorkshopStatus.RUNNING,
    "objective": (
        "Objectif : comparer les scénarios possibles pour l'après-expérimentation et "
        "commencer un plan d'actions partagé, avec les deux territoires autour de la table."
    ),
    "actions": (2, 3),
    "agenda": [
        {
            "title": "Ce que dit l'évaluation",
            "minutes": 20,
            "method": (
                "Présentation courte par l'équipe d'évaluation ; les chiffres clés tiennent sur "
                "une seule page."
            ),
            "actual_seconds": 1380,
        },
        {
            "title": "Les scénarios pour l'après-expérimentation",
            "minutes": 60,
            "method": (
                "Une table par scénario ; les participants changent de table toutes les vingt "
                "minutes et complètent ce qu'ont écrit les précédents."
            ),
            "actual_seconds": 3720,
        },
        {
            "title": "Plan d'actions : qui fait quoi d'ici la fin de l'année",
            "minutes": 60,
            "method": "Tableau à quatre colonnes (action, pilote, échéance, moyens) en plénière.",
            "actual_seconds": None,
        },
        {
            "title": "Retour sur l'atelier",
            "minutes": 15,
            "method": "Questionnaire de quatre questions, anonyme.",
            "actual_seconds": None,
        },
    ],
    "attendance": (
        "lea",
        "helene",
        "elodie",
        "samir",
        "isabelle",
        "thomas",
        "fatou",
        "julien",
        "nadia",
        "josiane",
        "rachid",
    ),
    "entries": [
        {
            "kind": IDEA,
            "text": (
                "Scénario A : les bailleurs gardent le pilotage, avec une convention de trois ans "
                "signée par tous les partenaires."
            ),
            "action": 3,
            "theme": DESIGN,
            "author": "helene",
            "votes": 6,
        },
        {
            "kind": IDEA,
            "text": (
                "Scénario B : la Métropole reprend la coordination dans ses services de secteur ; "
                "les bailleurs financent une partie des postes."
            ),
            "action": 3,
            "theme": FINANCING,
            "votes": 4,
        },
        {
            "key": "place_assos",
            "kind": ISSUE,
            "text": (
                "Avec le scénario B, les associations ont peur de ne plus avoir leur mot à dire "
                "dans les décisions."
            ),
            "action": 3,
            "theme": PARTNERSHIP,
            "author": "julien",
            "votes": 3,
        },
        {
            "kind": IMPROVEMENT,
            "text": (
                "Prévoir dans la convention un comité de pilotage où associations et locataires "
                "siègent avec une voix qui compte."
            ),
            "action": 3,
            "theme": PARTNERSHIP,
            "author": "fatou",
            "votes": 5,
            "answers": "place_assos",
            "status": PROPOSED,
        },
        {
            "kind": QUESTION,
            "text": (
                "Quels indicateurs garder après l'évaluation, et qui se charge de les remplir ?"
            ),
            "action": 3,
            "theme": MONITORING,
            "author": "lea",
        },
    ],
    "questions": [
        {
            "text": "Dans l'ensemble, êtes-vous satisfait·e de cet atelier ?",
            "criterion": "Satisfaction des participants",
        },
        {
            "text": "J'ai pu dire ce que je voulais dire.",
            "criterion": "Qualité de la participation",
        },
        {
            "text": "Je comprends mieux les choix possibles pour la suite.",
            "criterion": "",
        },
        {
            "text": "Je pense que mon avis sera pris en compte dans la décision.",
            "criterion": "Perception des effets de la démarche",
        },
    ],
    "responses": [],
    "action_items": [
        {
            "what": "Chiffrer le scénario B avec les services de la Métropole",
            "who": "Hélène G.",
            "due_date": "2026-09-30",
            "status": ActionItemStatus.OPEN,
        },
    ],
}

WORKSHOPS = [_PLATEFORME, _PROFESSIONNELS, _PROSPECTIF]

INDICATORS = [
    {
        "action": 1,
        "name": "Ménages repérés depuis l'ouverture des plateformes",
        "kind": IndicatorKind.COUNT,
        "baseline": "0 à l'ouverture (janvier 2025)",
        "direction": IndicatorDirection.UP,
        "source": "Fiches de repérage des plateformes",
        "unit": "ménages",
        "target": "240 à fin 2026",
        "measurements": [
            {"on": "2025-06-30", "value": 96, "note": "Cumul des deux territoires."},
            {"on": "2025-12-31", "value": 148, "note": ""},
            {"on": "2026-03-31", "value": 183, "note": "Fiche commune en service depuis janvier."},
        ],
    },
    {
        "action": 1,
        "name": "Délai moyen entre le repérage et le premier contact",
        "kind": IndicatorKind.COUNT,
        "baseline": "30 jours en 2024",
        "direction": IndicatorDirection.DOWN,
        "source": "Tableau de suivi des bailleurs",
        "unit": "jours",
        "target": "15 jours au plus",
        "measurements": [
            {"on": "2025-06-30", "value": 27, "note": ""},
            {"on": "2025-12-31", "value": 21, "note": ""},
            {"on": "2026-03-31", "value": 18, "note": "Vénissieux plus rapide que Vaulx / Bron."},
        ],
    },
    {
        "action": 2,
        "name": "Ménages en accompagnement global renforcé",
        "kind": IndicatorKind.COUNT,
        "baseline": "12 ménages en 2024",
        "direction": IndicatorDirection.UP,
        "source": "File active de l'équipe d'accompagnement",
        "unit": "ménages",
        "target": "30 suivis en même temps",
        "measurements": [
            {"on": "2025-06-30", "value": 18, "note": ""},
            {"on": "2025-12-31", "value": 24, "note": ""},
            {"on": "2026-03-31", "value": 26, "note": "Liste d'attente de 5 ménages."},
        ],
    },
    {
        "action": 2,
        "name": "Part des situations signalées par un partenaire autre que le bailleur",
        "kind": IndicatorKind.RATE,
        "baseline": "15 % en 2024",
        "direction": IndicatorDirection.UP,
        "source": "Fiches de repérage des plateformes",
        "unit": "%",
        "target": "40 %",
        "measurements": [
            {"on": "2025-12-31", "value": 22, "note": ""},
            {"on": "2026-03-31", "value": 31, "note": ""},
        ],
    },
    {
        "action": 3,
        "name": "Satisfaction moyenne des participants aux ateliers",
        "kind": IndicatorKind.SCALE,
        "baseline": "",
        "direction": IndicatorDirection.UP,
        "source": "Questionnaires de fin d'atelier (Atelier)",
        "unit": "/5",
        "target": "4 ou plus",
        "measurements": [
            {
                "on": "2026-03-12",
                "value": 4.2,
                "note": "Première question du questionnaire de fin.",
                "workshop": "plateforme",
            },
            {
                "on": "2026-06-30",
                "value": 3.9,
                "note": "Bilan du semestre : questionnaire envoyé par courrier, 23 réponses.",
            },
        ],
    },
    {
        "action": 3,
        "name": "Locataires présents aux ateliers",
        "kind": IndicatorKind.COUNT,
        "baseline": "1 par atelier en 2025",
        "direction": IndicatorDirection.UP,
        "source": "Feuilles de présence (Atelier)",
        "unit": "personnes",
        "target": "Au moins 3 par atelier",
        "measurements": [
            {
                "on": "2026-03-12",
                "value": 3,
                "note": "",
                "workshop": "plateforme",
                "territory": "Vaulx-en-Velin / Bron",
            },
            {
                "on": "2026-04-09",
                "value": 1,
                "note": "",
                "workshop": "professionnels",
                "territory": "Vénissieux",
            },
            {
                "on": "2026-06-18",
                "value": 3,
                "note": "",
                "workshop": "prospectif",
                "territory": "Vaulx-en-Velin / Bron",
            },
        ],
    },
]

CHALLENGES = [
    {
        "theme": "Coproduction",
        "challenge": "Associer les partenaires locaux aux décisions",
        "baseline": "Les dispositifs sont conçus par les bailleurs et la Métropole, puis "
        "présentés aux associations une fois arrêtés.",
        "goal": "Les associations et les locataires relais participent au choix des actions et "
        "portent certaines d'entre elles sur leur territoire.",
    },
    {
        "theme": "Approche globale",
        "challenge": "Sortir d'un accompagnement découpé par public",
        "baseline": "Chaque service suit « son » public (impayés, handicap, insertion) sans vue "
        "d'ensemble sur le ménage.",
        "goal": "Un référent unique par ménage, qui regarde la situation entière et oriente "
        "vers les autres services.",
    },
    {
        "theme": "Financement",
        "challenge": "Donner de la visibilité aux associations partenaires",
        "baseline": "Les subventions baissent et sont votées d'une année sur l'autre ; les "
        "associations cherchent d'autres ressources au coup par coup.",
        "goal": "Une règle de financement claire et pluriannuelle, et un appui pour répondre "
        "aux appels à projets.",
    },
    {
        "theme": "Participation des habitants",
        "challenge": "Faire entendre le diagnostic des ménages",
        "baseline": "Les locataires sont consultés sur des questionnaires, rarement présents "
        "quand les solutions se décident.",
        "goal": "Des locataires présents à chaque atelier, dont la parole figure dans les "
        "synthèses et change le plan d'action.",
    },
]

STATUS_HISTORY = [
    # How the statuses moved between the workshops (local date; the last status of each is
    # the one above): the follow-up tab and the summaries show what moved since the
    # previous workshop. Entries and action items are found by the start of their text.
    {"entry": "Fiche de repérage commune", "on": "2026-03-19", "from": "proposed", "to": "planned"},
    {"entry": "Appeler le ménage dès", "on": "2026-03-26", "from": "proposed", "to": "planned"},
    {"item": "Diffuser la fiche de repérage", "on": "2026-04-01", "from": "open", "to": "done"},
    {"entry": "Fiche de repérage commune", "on": "2026-04-02", "from": "planned", "to": "done"},
    {"item": "Recenser les permanences", "on": "2026-04-20", "from": "open", "to": "in_progress"},
    {"item": "Envoyer à l'équipe d'évaluation", "on": "2026-05-06", "from": "open", "to": "done"},
    {"entry": "Grille de suivi commune", "on": "2026-05-12", "from": "planned", "to": "done"},
    {"entry": "Nommer un référent unique", "on": "2026-05-20", "from": "proposed", "to": "planned"},
]
