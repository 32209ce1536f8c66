"""Notes and insights as CSV files that Excel opens correctly, and safely.

* UTF-8 with a byte-order mark, so Excel reads å, ä and ö as letters.
* Swedish files use ";" between fields, as Excel does with Swedish regional
  settings (where "," is the decimal comma); English files use ",".
* A text cell that starts with = + - @ (or a tab or carriage return) would be run
  as a formula by Excel: it gets a leading apostrophe, so it stays text.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from regworkshop.export.atomic_file import atomic_write
from regworkshop.export.export_language import kind_name, language_of
from regworkshop.services.knowledge.insight_service import InsightService
from regworkshop.services.knowledge.note_listing import listed_notes
from regworkshop.services.themes.theme_service import display_name
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

NOTE_HEADERS = {
    "sv": (
        "id",
        "aktivitet",
        "typ av aktivitet",
        "datum",
        "tema",
        "kluster",
        "text",
        "organisation",
        "aktörstyp",
        "kommun",
        "person",
        "citat",
        "röster",
        "minuter in",
        "skapad",
        "ändrad",
        "aktivitetens id",
        "aktörens id",
    ),  # fmt: skip
    "en": (
        "id",
        "session",
        "session kind",
        "date",
        "theme",
        "cluster",
        "text",
        "organisation",
        "actor type",
        "municipality",
        "person",
        "quote",
        "votes",
        "minutes in",
        "created",
        "updated",
        "session id",
        "actor id",
    ),  # fmt: skip
}
INSIGHT_HEADERS = {
    "sv": (
        "id",
        "slag",
        "avsnitt",
        "tema",
        "rubrik",
        "text",
        "ordning",
        "lappar",
        "aktörer",
        "aktörstyper",
        "aktiviteter",
        "underlagets id",
    ),  # fmt: skip
    "en": (
        "id",
        "kind",
        "section",
        "theme",
        "title",
        "text",
        "order",
        "notes",
        "actors",
        "actor types",
        "sessions",
        "evidence ids",
    ),  # fmt: skip
}
YES = {"sv": "ja", "en": "yes"}
INSIGHT_KINDS = {"sv": {"insight": "insikt", "lesson": "lärdom"},
                 "en": {"insight": "insight", "lesson": "lesson"}}  # fmt: skip


def neutral(value: object) -> object:
    """Keep spreadsheet formulas from running: text starting like one gets an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def delimiter(language: str) -> str:
    return "," if language_of(language) == "en" else ";"


def _stamp(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else ""


def write_rows(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    language: str,
    progress: Progress | None = None,
    total: int = 0,
) -> Path:
    """Write *rows* under *header* to *path* (atomically, UTF-8 with BOM, formulas neutral)."""
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=delimiter(language), quoting=csv.QUOTE_MINIMAL)
        out.writerow(header)
        for index, row in enumerate(rows, start=1):
            out.writerow([neutral(cell) for cell in row])
            if progress and index % 500 == 0:
                progress(index, max(total, index))
    return path


def export_notes_csv(
    store: ProjectStore,
    path: Path,
    language: str = "sv",
    session_id: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write every live note (or one session's) with its theme, source and votes."""
    lang = language_of(language)
    notes = listed_notes(store, lang, session_id=session_id)
    rows = (
        (
            n.id,
            n.session_title,
            kind_name(lang, n.session_kind),
            n.session_starts_at.date().isoformat() if n.session_starts_at else "",
            n.theme,
            n.cluster,
            n.text,
            n.organisation,
            n.actor_type_word,
            n.municipality,
            n.person,
            YES[lang] if n.marked_quote else "",
            n.votes,
            "" if n.elapsed_minutes is None else round(n.elapsed_minutes, 1),
            _stamp(n.created_at),
            _stamp(n.updated_at),
            n.session_id,
            n.actor_id or "",
        )
        for n in notes
    )
    return write_rows(path, NOTE_HEADERS[lang], rows, lang, progress, len(notes))


def export_insights_csv(
    store: ProjectStore, path: Path, language: str = "sv", progress: Progress | None = None
) -> Path:
    """Write every insight and lesson with its evidence breadth and the ids of its notes."""
    lang = language_of(language)
    service = InsightService(store)
    insights = service.list()
    rows = []
    for insight in insights:
        b = insight.breadth
        rows.append(
            (
                insight.id,
                INSIGHT_KINDS[lang].get(insight.kind, insight.kind),
                insight.section,
                display_name(insight.theme_name, insight.theme_key, lang),
                insight.title,
                insight.text,
                len(rows) + 1,
                b.notes,
                b.actors,
                b.actor_types,
                b.sessions,
                " ".join(service.evidence(insight.id)),
            )
        )
    return write_rows(path, INSIGHT_HEADERS[lang], rows, lang, progress, len(rows))
