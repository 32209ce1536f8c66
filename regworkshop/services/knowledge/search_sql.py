"""Note search on SQLite as plain SQL over FTS5: the hot path of the knowledge base.

Two costs dominate a search over 100,000 notes, and this module avoids both:

* **Ranking everything.** FTS5 computes bm25 for *every* match before it can
  return the best 100; a prefix such as ``vatten*`` matches a third of the notes
  and ranking them takes ≈30 ms. So when more than ``CANDIDATES`` notes match,
  the results come in **tiers** by age: first the ``CANDIDATES`` most recently
  written matches ranked by bm25, then the rest of the ``GROWTH`` times as many
  newest ranked by bm25, and so on (the newest 2,000, then up to the newest
  8,000, 32,000, … matches). A page ranks only the
  tiers it needs: the first page of an unfiltered search at most
  ``CANDIDATES`` notes, a filtered one as many tiers as it takes to fill the
  page. The trade-off: an old note that would rank in the global top 100
  appears after the newer tier instead (it is never lost, only later in the
  list). With at most ``CANDIDATES`` matches the order is exactly bm25.
* **Python per query.** The statement text is built once per set of filters
  (cached) and run on the pooled sqlite3 connection itself: no ORM, no
  statement objects, no transaction (each read is its own snapshot).

Filters are rendered as SQL literals by SQLAlchemy (quoted and escaped by the
dialect) from the same clauses the ORM path uses, so both paths filter alike.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, literal_column, select
from sqlalchemy.dialects import sqlite

from regworkshop.services.knowledge.search_filters import (
    SearchFilters,
    apply_filters,
    base_note_query,
)
from regworkshop.store.models import Note, Session

# How many of the newest matches the first tier ranks (see the module's docstring).
CANDIDATES = 2000
_DIALECT = sqlite.dialect()

HIT_COLUMNS = (
    "rw_note.id, rw_note.text, rw_note.theme_id, rw_theme.name, rw_theme.builtin_key, "
    "rw_note.actor_id, rw_actor.name, coalesce(rw_note.actor_type, rw_actor.actor_type), "
    "rw_actor.municipality, rw_note.session_id, rw_session.title, rw_session.kind, "
    "rw_session.starts_at, rw_note.is_quote, rw_note.votes, rw_note.elapsed_minutes"
)
_FROM = (
    " FROM rw_fts_note JOIN rw_note ON rw_note.rowid = rw_fts_note.rowid"
    " JOIN rw_session ON rw_session.id = rw_note.session_id"
    " LEFT OUTER JOIN rw_actor ON rw_actor.id = rw_note.actor_id"
)
_THEME = " LEFT OUTER JOIN rw_theme ON rw_theme.id = rw_note.theme_id"
GROWTH = 4
_TIERS = {  # (has a lower bound, has an upper bound): the rowid range of a tier
    (False, False): "",
    (True, False): " AND rw_fts_note.rowid >= :lo",
    (True, True): " AND rw_fts_note.rowid >= :lo AND rw_fts_note.rowid < :hi",
    (False, True): " AND rw_fts_note.rowid < :hi",
}
# The rowid of the k+1-th newest match (none: fewer matches).
THRESHOLD_SQL = (
    "SELECT rowid FROM rw_fts_note WHERE rw_fts_note MATCH :q ORDER BY rowid DESC LIMIT 1 OFFSET :k"
)


@lru_cache(maxsize=64)
def where_sql(filters: SearchFilters, project_id: str) -> str:
    """The WHERE clause (live notes of live sessions of the project, and *filters*)."""
    stmt = apply_filters(base_note_query(Note.id).where(Session.project_id == project_id), filters)
    return _literal(stmt.whereclause) + (_narrowing(filters) if narrow(filters) else "")


def _narrowing(filters: SearchFilters) -> str:
    """A first check on the FTS5 rowid alone, against the few notes a narrow filter leaves.

    The set of their rowids comes from an index (session, actor or note id) and is
    looked up once; every match not in it is dropped before it is joined to its note
    and session (with 100,000 notes, one session and ``vatten*``: 30 ms → 8 ms). The
    unary ``+`` keeps SQLite from offering the set to FTS5 as rowid look-ups, one query
    of the index each.
    """
    clauses = []
    if filters.session_ids:
        clauses.append(Note.session_id.in_(filters.session_ids))
    if filters.actor_ids:
        clauses.append(Note.actor_id.in_(filters.actor_ids))
    if filters.note_ids is not None:
        clauses.append(Note.id.in_(filters.note_ids))
    rowids: Select[Any] = select(literal_column("rowid")).select_from(Note).where(*clauses)
    return f" AND +rw_fts_note.rowid IN ({_literal(rowids)})"


def _literal(clause) -> str:
    return str(clause.compile(dialect=_DIALECT, compile_kwargs={"literal_binds": True}))


@lru_cache(maxsize=256)
def page_sql(
    filters: SearchFilters, project_id: str, tier: tuple[bool, bool], ids_only: bool = False
) -> str:
    """One page of matching notes in a tier, ranked (``:q``, ``:lo``, ``:hi``, ``:limit``,
    ``:offset``); *tier* says which of ``:lo`` and ``:hi`` bound it.

    Without filters FTS5 ranks its matches itself before the join. With filters
    SQLite sorts (``rank + 0``) so bm25 is computed only for the notes that pass.
    """
    columns = "rw_note.id" if ids_only else HIT_COLUMNS
    joins = _FROM if ids_only else _FROM + _THEME
    order = "rw_fts_note.rank + 0" if filters.active else "rw_fts_note.rank"
    return (
        f"SELECT {columns}{joins} WHERE rw_fts_note MATCH :q AND "
        f"{where_sql(filters, project_id)}{_TIERS[tier]} "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset"
    )


@lru_cache(maxsize=64)
def count_sql(filters: SearchFilters, project_id: str, tier: tuple[bool, bool]) -> str:
    """How many notes in a tier pass the filters (``:q``, ``:lo``, ``:hi``)."""
    return (
        f"SELECT count(*){_FROM} WHERE rw_fts_note MATCH :q AND "
        f"{where_sql(filters, project_id)}{_TIERS[tier]}"
    )


def ranked_page(
    db: sqlite3.Connection, fts: str, filters: SearchFilters, project_id: str, limit, offset
) -> list[tuple]:
    """Rows of one page (``limit`` < 0: all) in the tiered order; see the docstring."""
    return _page(db, fts, filters, project_id, limit, offset, ids_only=False)


def ranked_ids(db: sqlite3.Connection, fts: str, filters: SearchFilters, project_id: str):
    """The ids of every match, in the same order as the pages."""
    return [row[0] for row in _page(db, fts, filters, project_id, -1, 0, ids_only=True)]


def narrow(filters: SearchFilters) -> bool:
    """Filters by session, actor or note leave few notes: rank them all at once (bm25 is
    then computed only for those), as tiers would only add look-ups."""
    return bool(filters.session_ids or filters.actor_ids or filters.note_ids is not None)


def tiers(db: sqlite3.Connection, fts: str, filters: SearchFilters):
    """Yield each tier's (lo, hi) rowid bounds, newest first (None: unbounded).

    A bound is looked up only when the tier before it is used up.
    """
    if narrow(filters):
        yield None, None
        return
    hi, size = None, CANDIDATES
    while True:
        lo = _scalar(db.execute(THRESHOLD_SQL, {"q": fts, "k": size - 1}))
        yield lo, hi
        if lo is None:
            return
        hi, size = lo, size * GROWTH


def _page(db: sqlite3.Connection, fts, filters, project_id, limit, offset, ids_only):
    rows: list[tuple] = []
    skip = offset  # matches still to pass over (in tiers before the page)
    for lo, hi in tiers(db, fts, filters):
        params = {"q": fts, "lo": lo, "hi": hi, "offset": skip}
        params["limit"] = limit - len(rows) if limit >= 0 else -1
        tier = (lo is not None, hi is not None)
        got = db.execute(page_sql(filters, project_id, tier, ids_only), params).fetchall()
        if skip and not got:  # the whole tier lies before the page
            skip -= _scalar(db.execute(count_sql(filters, project_id, tier), params))
            continue
        rows += got
        skip = 0
        if 0 <= limit <= len(rows):
            break
    return rows


def _scalar(cursor: sqlite3.Cursor):
    row = cursor.fetchone()
    return None if row is None else row[0]
