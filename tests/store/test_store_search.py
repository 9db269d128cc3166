"""Full-text search over the entries of a programme (``ws.entries.search``)."""

import pytest

from workshop_app.domain import Entry, EntryKind, Programme, Workshop


def texts(hits):
    return sorted(hit.entry.text for hit in hits)


def test_search_finds_an_entry_by_one_of_its_words(ws, programme, make_entry):
    make_entry("Les factures d'électricité arrivent trop tard")
    make_entry("Le bus ne passe plus le dimanche")
    assert texts(ws.entries.search(programme.id, "factures")) == [
        "Les factures d'électricité arrivent trop tard"
    ]


def test_search_finds_words_in_any_order(ws, programme, make_entry):
    make_entry("Les factures d'électricité arrivent trop tard")
    assert len(ws.entries.search(programme.id, "tard factures")) == 1


def test_search_hit_tells_the_workshop_and_marks_the_words(ws, programme, workshop, make_entry):
    entry = make_entry("Les factures arrivent trop tard")
    [hit] = ws.entries.search(programme.id, "factures")
    assert hit.entry == entry
    assert hit.workshop_title == workshop.title
    assert "[factures]" in hit.snippet


def test_search_spans_the_workshops_of_the_programme(ws, programme, make_workshop, make_entry):
    second = make_workshop("Atelier 2", starts_at="2024-04-01")
    make_entry("Chauffage en panne depuis un mois")
    make_entry("Le chauffage collectif est trop faible", workshop_id=second.id)
    hits = ws.entries.search(programme.id, "chauffage")
    assert len(hits) == 2
    assert {hit.workshop_title for hit in hits} == {"Atelier 1 : diagnostic partagé", "Atelier 2"}


def test_search_stays_within_its_programme(ws, programme, make_entry):
    make_entry("Chauffage en panne")
    other = ws.programmes.create_with_defaults(Programme(title="Autre programme"))
    elsewhere = ws.workshops.add(Workshop(programme_id=other.id, title="Ailleurs"))
    ws.entries.add(Entry(workshop_id=elsewhere.id, kind=EntryKind.ISSUE, text="Chauffage cassé"))

    assert texts(ws.entries.search(programme.id, "chauffage")) == ["Chauffage en panne"]
    assert texts(ws.entries.search(other.id, "chauffage")) == ["Chauffage cassé"]


@pytest.mark.parametrize("query", ["energie", "énergie", "ENERGIE", "Énergie", "énergétique"])
def test_search_ignores_accents_and_case(ws, programme, make_entry, query):
    make_entry("La précarité énergétique touche les familles")
    make_entry("Une énergie renouvelable pour tous")
    assert len(ws.entries.search(programme.id, query)) == 1


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Người dân cần hỗ trợ", "nguoi"),
        ("نحتاج إلى مساعدة في دفع الفواتير", "الفواتير"),
        ("Accueil à l'Hôtel de Ville", "hotel"),
    ],
)
def test_search_finds_words_in_other_scripts(ws, programme, make_entry, text, query):
    make_entry(text)
    assert texts(ws.entries.search(programme.id, query)) == [text]


def test_updated_text_is_found_by_its_new_words_only(ws, programme, make_entry):
    entry = make_entry("Le loyer est trop cher")
    entry.text = "Les charges augmentent chaque hiver"
    ws.entries.update(entry)

    assert texts(ws.entries.search(programme.id, "charges")) == [entry.text]
    assert ws.entries.search(programme.id, "loyer") == []


def test_soft_deleted_entry_is_not_found(ws, programme, make_entry):
    entry = make_entry("Le loyer est trop cher")
    ws.entries.soft_delete(entry.id)
    assert ws.entries.search(programme.id, "loyer") == []


def test_restored_entry_is_found_again(ws, programme, make_entry):
    entry = make_entry("Le loyer est trop cher")
    ws.entries.soft_delete(entry.id)
    ws.entries.restore(entry.id)
    assert texts(ws.entries.search(programme.id, "loyer")) == [entry.text]


def test_entries_of_a_soft_deleted_workshop_are_not_found(ws, programme, workshop, make_entry):
    make_entry("Le loyer est trop cher")
    ws.workshops.soft_delete(workshop.id)
    assert ws.entries.search(programme.id, "loyer") == []


def test_entries_added_together_are_found(ws, programme, workshop):
    ws.entries.add_many(
        [
            Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=f"Idée numéro {i}")
            for i in range(3)
        ]
    )
    assert len(ws.entries.search(programme.id, "idee")) == 3


def test_search_respects_its_limit(ws, programme, workshop):
    ws.entries.add_many(
        [Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="loyer") for _ in range(5)]
    )
    assert len(ws.entries.search(programme.id, "loyer", limit=2)) == 2


HOSTILE_QUERIES = [
    '"',
    '""',
    '"loyer',
    'loyer"cher',
    "*",
    "loyer*",
    "OR",
    "loyer OR cher",
    "AND",
    "NOT",
    "NEAR(",
    "NEAR(loyer cher, 2)",
    "-",
    "-loyer",
    "",
    "   ",
    ")",
    "(",
    "^",
    ":",
    "text:loyer",
    "{text}: loyer",
    "'",
    "\\",
    "%_",
    "loyer; DROP TABLE entry",
    "\x00",
    "é" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_query_never_raises(ws, programme, make_entry, query):
    make_entry("Le loyer est trop cher")
    try:
        hits = ws.entries.search(programme.id, query)
    except Exception as error:
        pytest.fail(f"search({query!r}) raised {type(error).__name__}: {error}")
    assert isinstance(hits, list)


@pytest.mark.parametrize("query", ["", "   ", '"', '""'])
def test_empty_query_finds_nothing(ws, programme, make_entry, query):
    make_entry("Le loyer est trop cher")
    assert ws.entries.search(programme.id, query) == []


def test_search_operators_are_taken_as_words(ws, programme, make_entry):
    make_entry("Le loyer est trop cher")
    make_entry("Chercher OR ou argent")
    assert texts(ws.entries.search(programme.id, "loyer OR argent")) == []
    assert texts(ws.entries.search(programme.id, "OR argent")) == ["Chercher OR ou argent"]


def test_index_stays_consistent_after_many_writes(ws, programme, workshop, make_entry):
    entries = [make_entry(f"Entrée {i} sur le logement et l'énergie") for i in range(60)]
    ws.entries.add_many(
        [
            Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=f"Idée groupée {i}")
            for i in range(60)
        ]
    )
    findable = set()
    for i, entry in enumerate(entries):
        if i % 2:
            entry.text = f"Texte corrigé {i} : transports 🚌"
            findable.add(entry.id)
        else:
            entry.votes += 1  # same text: the index must not change
        ws.entries.update(entry)
        if i % 3 == 0:
            ws.entries.soft_delete(entry.id)
            findable.discard(entry.id)
        if i % 9 == 0:
            ws.entries.restore(entry.id)
            if i % 2:
                findable.add(entry.id)

    ws.conn.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
    found = ws.entries.search(programme.id, "transports")
    assert {hit.entry.id for hit in found} == findable


def test_a_word_being_typed_finds_longer_words(ws, programme, make_entry):
    entry = make_entry("Les courriers de relance font peur")
    assert [hit.entry.id for hit in ws.entries.search(programme.id, "courr")] == [entry.id]
    assert [hit.entry.id for hit in ws.entries.search(programme.id, "relance cour")] == [entry.id]
    assert ws.entries.search(programme.id, "courrielx") == []
