"""Search across the project's notes and insights: FTS5 on SQLite, ILIKE on PostgreSQL.

Results come a page at a time (``limit``/``offset``) so a list can load
more as it scrolls; each hit carries the spans of its text to highlight.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from sqlalchemy import ColumnClause, Select, and_, column, literal_column, select, table
from sqlalchemy.exc import OperationalError

from regworkshop.services.errors import InvalidInput
from regworkshop.services.knowledge.search_filters import (
    SearchFilters,
    apply_filters,
    base_note_query,
    note_actor_type,
)
from regworkshop.services.knowledge.search_query import ParsedQuery, parse_query
from regworkshop.services.knowledge.search_sql import ranked_ids, ranked_page
from regworkshop.store.base import UTCDateTime
from regworkshop.store.models import Actor, Insight, Note, Session, Theme
from regworkshop.store.project_store import ProjectStore

PAGE = 200
_FTS_INSIGHT = table("rw_fts_insight", column("rowid"), column("rank"))


@dataclass(frozen=True)
class NoteHit:
    """One note found, with what the result list shows about it."""

    id: str
    text: str
    query: ParsedQuery = field(compare=False, repr=False)  # what found it (for the spans)
    theme_id: str | None
    theme_name: str
    theme_key: str | None
    actor_id: str | None
    actor_name: str
    actor_type: str | None
    municipality: str
    session_id: str
    session_title: str
    session_kind: str
    starts_at: datetime | None
    is_quote: bool
    votes: int
    elapsed_minutes: float | None

    @cached_property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Merged (start, end) spans of the text to highlight; worked out when first shown,
        so a page of results costs no regular expressions until it is drawn."""
        return self.query.highlight_spans(self.text)


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[NoteHit, ...]
    has_more: bool
    hint: str = ""  # set when the typed text had nothing to search for


@dataclass(frozen=True)
class InsightHit:
    id: str
    kind: str
    title: str
    spans: tuple[tuple[int, int], ...]


class SearchService:
    """Find notes (and insights) by text and filters."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    @property
    def uses_fts(self) -> bool:
        return self.store.engine.dialect.name == "sqlite"

    def search(
        self,
        text: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = PAGE,
        offset: int = 0,
    ) -> SearchPage:
        """Return one page of notes matching *text* and *filters*, best first."""
        query = parse_query(text)
        if query.typed and query.empty:
            return SearchPage((), False, hint="type letters or digits to search for")
        filters = filters or SearchFilters()
        if self.uses_fts and not query.empty:
            rows = self._fts(ranked_page, query, filters, limit + 1, offset)
            hits = self._fts_hits(rows[:limit], query)
            return SearchPage(hits, len(rows) > limit)
        stmt = self._note_statement(query, filters)
        stmt = stmt.limit(limit + 1).offset(offset)
        rows = self._run(stmt)
        hits = tuple(_hit(row, query) for row in rows[:limit])
        return SearchPage(hits, len(rows) > limit)

    def note_ids(self, text: str, filters: SearchFilters | None = None) -> list[str]:
        """Return the ids of every matching note, best first (for "select all")."""
        query = parse_query(text)
        if query.typed and query.empty:
            return []
        filters = filters or SearchFilters()
        if self.uses_fts and not query.empty:
            return self._fts(ranked_ids, query, filters)
        stmt = self._note_statement(query, filters, ids_only=True)
        return [row[0] for row in self._run(stmt)]

    def search_insights(self, text: str) -> list[InsightHit]:
        """Return the insights and lessons whose title or text match *text*, best first."""
        query = parse_query(text)
        if query.empty:
            return []
        stmt = select(Insight.id, Insight.kind, Insight.title).where(
            Insight.deleted_at.is_(None), Insight.project_id == self.store.project_id
        )
        if self.uses_fts:
            rowid: ColumnClause[int] = literal_column("rw_insight.rowid")
            stmt = stmt.join(_FTS_INSIGHT, _FTS_INSIGHT.c.rowid == rowid).where(
                literal_column("rw_fts_insight").op("MATCH")(query.fts())
            )
            stmt = stmt.order_by(_FTS_INSIGHT.c.rank)
        else:
            for term in query.terms:
                pattern = term.like_pattern()
                stmt = stmt.where(
                    Insight.title.ilike(pattern, escape="\\")
                    | Insight.text.ilike(pattern, escape="\\")
                )
            stmt = stmt.order_by(Insight.position, Insight.created_at)
        return [
            InsightHit(row.id, row.kind, row.title, query.highlight_spans(row.title))
            for row in self._run(stmt)
        ]

    def _note_statement(
        self, query: ParsedQuery, filters: SearchFilters, ids_only: bool = False
    ) -> Select:
        """The ORM statement for an empty query (every note) or for PostgreSQL (ILIKE)."""
        cols = (Note.id,) if ids_only else _HIT_COLUMNS
        stmt = base_note_query(*cols).where(Session.project_id == self.store.project_id)
        if not ids_only:
            stmt = stmt.outerjoin(Theme, Theme.id == Note.theme_id)
        stmt = apply_filters(stmt, filters)
        if query.empty:
            return stmt.order_by(
                Session.starts_at.desc(), Note.session_id, Note.position, Note.created_at
            )
        likes = [Note.text.ilike(t.like_pattern(), escape="\\") for t in query.terms]
        return stmt.where(and_(*likes)).order_by(Session.starts_at.desc(), Note.created_at)

    def _fts(self, fn, query: ParsedQuery, filters: SearchFilters, *args):
        """Run one of search_sql's plain-SQL searches (the fast path on SQLite)."""
        pooled = self.store.engine.raw_connection()  # reads only: no transaction needed
        try:
            return fn(pooled.driver_connection, query.fts(), filters, self.store.project_id, *args)
        except sqlite3.OperationalError as exc:  # the sanitiser let it through; no traceback
            raise InvalidInput("the search could not be run; try simpler words") from exc
        finally:
            pooled.close()  # back to the pool

    @cached_property
    def _to_datetime(self):
        dialect = self.store.engine.dialect
        return UTCDateTime().dialect_impl(dialect).result_processor(dialect, None)

    def _fts_hits(self, rows, query: ParsedQuery) -> tuple[NoteHit, ...]:
        """Hits from rows of search_sql.HIT_COLUMNS (in that order).

        Built without dataclass __init__ (a frozen one sets each field through
        object.__setattr__): the same instance, a tenth of the cost per hit. NoteHit
        has no __post_init__, so nothing is skipped.
        """
        to_datetime, dates = self._to_datetime, {None: None}
        new, hits = object.__new__, []
        for row in rows:
            when = row[12]
            if when not in dates:
                dates[when] = to_datetime(when)
            hit = new(NoteHit)
            hit.__dict__.update(
                zip(_FTS_FIELDS, row, strict=True),
                query=query,
                theme_name=row[3] or "",
                actor_name=row[6] or "",
                municipality=row[8] or "",
                starts_at=dates[when],
                is_quote=bool(row[13]),
                votes=row[14] or 0,
            )
            hits.append(hit)
        return tuple(hits)

    def _run(self, stmt: Select) -> list:
        try:
            with self.store.engine.connect() as conn:  # a read: no unit of work needed
                return list(conn.execute(stmt))
        except OperationalError as exc:  # a query the sanitiser let through; never a traceback
            raise InvalidInput("the search could not be run; try simpler words") from exc


# NoteHit's fields in the order of search_sql.HIT_COLUMNS.
_FTS_FIELDS = (
    "id",
    "text",
    "theme_id",
    "theme_name",
    "theme_key",
    "actor_id",
    "actor_name",
    "actor_type",
    "municipality",
    "session_id",
    "session_title",
    "session_kind",
    "starts_at",
    "is_quote",
    "votes",
    "elapsed_minutes",
)

_HIT_COLUMNS = (
    Note.id,
    Note.text,
    Note.theme_id,
    Theme.name.label("theme_name"),
    Theme.builtin_key.label("theme_key"),
    Note.actor_id,
    Actor.name.label("actor_name"),
    note_actor_type().label("actor_type"),
    Actor.municipality,
    Note.session_id,
    Session.title.label("session_title"),
    Session.kind.label("session_kind"),
    Session.starts_at,
    Note.is_quote,
    Note.votes,
    Note.elapsed_minutes,
)


def _hit(row, query: ParsedQuery) -> NoteHit:
    return NoteHit(
        id=row.id,
        text=row.text,
        query=query,
        theme_id=row.theme_id,
        theme_name=row.theme_name or "",
        theme_key=row.theme_key,
        actor_id=row.actor_id,
        actor_name=row.actor_name or "",
        actor_type=row.actor_type,
        municipality=row.municipality or "",
        session_id=row.session_id,
        session_title=row.session_title,
        session_kind=row.session_kind,
        starts_at=row.starts_at,
        is_quote=bool(row.is_quote),
        votes=row.votes or 0,
        elapsed_minutes=row.elapsed_minutes,
    )
