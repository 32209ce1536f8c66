"""Search: Swedish words, prefixes, phrases, ranking, highlights, filters, safety, index upkeep."""

from __future__ import annotations

from datetime import date

import pytest

from regworkshop.services.interviews.interview_service import InterviewService
from regworkshop.services.knowledge.search_filters import NONE, SearchFilters
from regworkshop.services.knowledge.search_query import parse_query
from regworkshop.services.knowledge.search_service import SearchService
from tests.services.knowledge.knowledge_helpers import build_kb


@pytest.fixture
def kb(store):
    return build_kb(store)


@pytest.fixture
def search(store) -> SearchService:
    return SearchService(store)


def found(page, kb) -> set[str]:
    names = {v: k for k, v in kb.notes.items()}
    return {names[h.id] for h in page.hits}


@pytest.mark.sqlite_only  # FTS5: on PostgreSQL search is ILIKE substring matching
def test_swedish_letters_are_not_folded(search, kb):
    assert found(search.search("säker"), kb) == {"saker"}
    assert found(search.search("saker"), kb) == {"saker2"}
    assert found(search.search("SÄKER"), kb) == {"saker"}


@pytest.mark.sqlite_only  # FTS5: on PostgreSQL search is ILIKE substring matching
def test_prefix_search(search, kb):
    assert found(search.search("bostad*"), kb) == {"bostad2"}
    assert found(search.search("bost*"), kb) == {"bostad", "bostad2"}
    assert found(search.search("bostad"), kb) == set()


def test_phrase_search(search, kb):
    assert found(search.search('"över kommungränsen"'), kb) == {"pendling"}
    assert found(search.search('"kommungränsen över"'), kb) == set()


def test_all_words_required(search, kb):
    assert found(search.search("cykelväg skolan"), kb) == {"saker"}
    assert found(search.search("cykelväg stationen"), kb) == set()


@pytest.mark.sqlite_only  # FTS5: on PostgreSQL search is ILIKE substring matching
def test_results_ranked_best_first(store, search, kb):
    svc = InterviewService(store)
    many = svc.add_note(kb.sessions["int"], text="Pendling pendling pendling")
    page = search.search("pendling")
    assert [h.id for h in page.hits] == [many.id, kb.notes["pendling"]]


def test_highlight_spans_mark_the_matching_words(search, kb):
    hit = search.search("säk* cykelväg").hits[0]
    assert [hit.text[a:b] for a, b in hit.spans] == ["Säker", "cykelväg"]
    hit = search.search('"över kommungränsen"').hits[0]
    assert [hit.text[a:b] for a, b in hit.spans] == ["över kommungränsen"]


@pytest.mark.parametrize(
    "text",
    [
        '"',
        'bostäder "nära',
        "AND",
        "OR",
        "NOT",
        "*",
        "NEAR(",
        "NEAR(a b",
        "a AND",
        ")",
        "^",
        "-",
        "col:umn",
        "'",
        "\\",
        "%",
        "_",
        "{a}",
        "🚆",
    ],
)
def test_hostile_queries_never_raise(search, kb, text):
    page = search.search(text)
    assert page.hint or page.hits is not None


def test_unbalanced_quote_is_ignored(search, kb):
    assert found(search.search('bostäder "nära'), kb) == {"bostad"}


def test_operators_are_plain_words(search, kb):
    assert search.search("AND").hits == ()
    page = search.search("*")
    assert page.hits == () and page.hint


def test_parse_query_terms():
    q = parse_query('"nära stationen" bost* AND ö')
    assert [t.fts() for t in q.terms] == ['"nära stationen"', '"bost"*', '"and"', '"ö"']


def test_empty_query_lists_everything_newest_session_first(search, kb):
    page = search.search("")
    assert len(page.hits) == 7
    assert page.hits[0].session_title == "Intervju Varberg"


def test_filters_combine(search, kb):
    f = SearchFilters(actor_types=("municipality",), theme_ids=(kb.themes["challenges"],))
    assert found(search.search("", f), kb) == {"saker", "pendling"}
    assert found(search.search("pendling", f.with_(quotes_only=True)), kb) == {"pendling"}
    assert found(search.search("", f.with_(municipalities=("Halmstad",))), kb) == {"saker"}
    assert found(search.search("", SearchFilters(min_votes=2)), kb) == {
        "saker",
        "bostad",
        "foretag",
    }
    assert found(search.search("", SearchFilters(actor_ids=(kb.actors["region"],))), kb) == {
        "saker2",
        "tema_los",
    }
    assert found(search.search("", SearchFilters(session_kinds=("interview",))), kb) == {
        "bostad2",
        "pendling",
    }
    assert found(search.search("", SearchFilters(session_ids=(kb.sessions["ws"],))), kb) == {
        "saker",
        "saker2",
        "bostad",
        "foretag",
        "tema_los",
    }
    assert found(search.search("", SearchFilters(theme_ids=(NONE,))), kb) == {"tema_los"}


def test_date_range(search, kb):
    may = SearchFilters(date_from=date(2026, 5, 1), date_to=date(2026, 5, 4))
    assert found(search.search("", may), kb) == {"bostad2", "pendling"}
    march = SearchFilters(date_to=date(2026, 3, 10))
    assert len(search.search("", march).hits) == 5


def test_paging(search, kb):
    first = search.search("", limit=3)
    assert len(first.hits) == 3 and first.has_more
    rest = search.search("", limit=3, offset=3)
    last = search.search("", limit=3, offset=6)
    assert len(rest.hits) == 3 and rest.has_more
    assert len(last.hits) == 1 and not last.has_more
    ids = [h.id for p in (first, rest, last) for h in p.hits]
    assert len(set(ids)) == 7
    assert search.note_ids("") == ids


def test_index_follows_edits_and_tombstones(store, search, kb):
    svc = InterviewService(store)
    note = svc.add_note(kb.sessions["int"], text="Vindkraft till havs")
    assert found_ids(search.search("vindkraft")) == {note.id}
    svc.update_note(note.id, text="Solceller på taken")
    assert found_ids(search.search("vindkraft")) == set()
    assert found_ids(search.search("solceller")) == {note.id}
    svc.delete_note(note.id)
    assert found_ids(search.search("solceller")) == set()
    svc.restore_note(note.id)
    assert found_ids(search.search("solceller")) == {note.id}


def found_ids(page) -> set[str]:
    return {h.id for h in page.hits}


def test_special_text_round_trips(search, kb):
    hit = search.search("kompetensförsörjning").hits[0]
    assert hit.text == "Kompetensförsörjning <först> & främst"
    hit = search.search("först").hits[0]
    assert [hit.text[a:b] for a, b in hit.spans] == ["först"]
    hit = search.search("kollektivtrafik").hits[0]
    assert "🚆" in hit.text


def test_very_long_words(store, search, kb):
    word = "hållbarhets" * 100
    note = InterviewService(store).add_note(kb.sessions["int"], text=f"{word} i planeringen")
    assert found_ids(search.search("hållbarhetshållbar*")) == {note.id}


def test_hit_carries_context(search, kb):
    hit = search.search("pendling").hits[0]
    assert hit.actor_name == "Varbergs kommun"
    assert hit.actor_type == "municipality"
    assert hit.municipality == "Varberg"
    assert hit.session_kind == "interview"
    assert hit.is_quote
    assert hit.theme_key == "challenges"


def test_insight_search(store, search, kb):
    from regworkshop.services.knowledge.insight_service import InsightService

    insights = InsightService(store)
    a = insights.create("Bostäder och pendling hänger ihop", "Kommunerna säger samma sak.")
    insights.create("Kompetens", "Företagen saknar folk.")
    assert [h.id for h in search.search_insights("pendling")] == [a.id]
    assert [h.id for h in search.search_insights("kommunerna")] == [a.id]
    assert search.search_insights("*") == []
