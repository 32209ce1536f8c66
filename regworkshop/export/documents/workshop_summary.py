"""The workshop summary the facilitator sends participants right after a session.

``build_summary`` reads the session through the services and words it in the
chosen language; ``write_summary_pdf`` only renders that plain data, so the UI
can run both off the GUI thread and the command line can call them directly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from regworkshop.export.documents.report_words import votes_text, words
from regworkshop.export.export_language import kind_name, language_of, long_date
from regworkshop.export.pdf.pdf_document import DocumentInfo, Progress, ReportBuilder
from regworkshop.services.board.cluster_service import ClusterService
from regworkshop.services.board.photo_service import PhotoService
from regworkshop.services.knowledge.note_listing import (
    TYPE_WORDS,
    ListedNote,
    listed_notes,
    people_who_may_be_named,
)
from regworkshop.services.project.project_service import overview
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.agenda_timing import clock_text
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.store.enums import Attendance
from regworkshop.store.project_store import ProjectStore

TOP_RANKED = 5


@dataclass(frozen=True)
class AgendaLine:
    time: str
    title: str
    planned: str
    actual: str


@dataclass(frozen=True)
class NoteLine:
    text: str
    source: str
    votes: int


@dataclass(frozen=True)
class ClusterBlock:
    name: str
    notes: tuple[NoteLine, ...]


@dataclass(frozen=True)
class ThemeBlock:
    name: str
    clusters: tuple[ClusterBlock, ...]
    loose: tuple[NoteLine, ...]  # notes outside any cluster
    top: tuple[NoteLine, ...]  # the most voted notes
    notes: int
    votes: int


@dataclass(frozen=True)
class WorkshopSummary:
    language: str
    project_title: str
    title: str
    kind: str
    when: str
    place: str
    facilitator: str
    note_taker: str
    purpose: str
    agenda: tuple[AgendaLine, ...]
    agenda_was_run: bool
    organisations: tuple[tuple[str, tuple[str, ...]], ...]  # (actor type, "Org: names")
    themes: tuple[ThemeBlock, ...]
    photos: tuple[tuple[bytes, str], ...]


def build_summary(
    store: ProjectStore, session_id: str, language: str = "sv", tz: tzinfo | None = None
) -> WorkshopSummary:
    """Read one session (agenda, participants, board, photos) and word its summary."""
    language = language_of(language)
    w = words(language)
    session = SessionService(store).get(session_id)
    when = w["no_date"]
    if session.starts_at is not None:
        local = session.starts_at.astimezone(tz)
        when = f"{long_date(local, language)}, {clock_text(session.starts_at, tz=tz)}"
    agenda, was_run = _agenda(store, session_id, tz)
    notes = listed_notes(store, language, session_id=session_id)
    photos = PhotoService(store)
    return WorkshopSummary(
        language=language,
        project_title=overview(store).title,
        title=session.title,
        kind=kind_name(language, session.kind),
        when=when,
        place=session.place,
        facilitator=session.facilitator,
        note_taker=session.note_taker,
        purpose=session.purpose,
        agenda=agenda,
        agenda_was_run=was_run,
        organisations=_organisations(store, session_id, language),
        themes=_themes(store, session_id, notes, language),
        photos=tuple((photos.data(p.id), p.caption) for p in photos.list(session_id)),
    )


def _agenda(store: ProjectStore, session_id: str, tz) -> tuple[tuple[AgendaLine, ...], bool]:
    agenda = AgendaService(store).agenda(session_id)
    lines = []
    was_run = False
    for row in agenda.rows:
        item, slot = row.item, row.slot
        if slot.start is not None and slot.end is not None:
            time = f"{clock_text(slot.start, tz=tz)}–{clock_text(slot.end, tz=tz)}"
        else:
            time = f"+{slot.offset // 60}:{slot.offset % 60:02d}"
        actual = ""
        if item.spent_seconds > 0 or item.actual_start is not None:
            was_run = True
            actual = f"{round(item.spent_seconds / 60)} min"
        lines.append(AgendaLine(time, item.title, f"{item.minutes} min", actual or "–"))
    return tuple(lines), was_run


def _organisations(store: ProjectStore, session_id: str, language: str):
    people = [
        p
        for p in ParticipantService(store).list(session_id)
        if p.attendance != Attendance.CANCELLED and p.role in ("participant", "interviewee")
    ]
    named = people_who_may_be_named(store, [p.person_id for p in people if p.person_id])
    by_type: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p in people:
        type_word = TYPE_WORDS[language].get(p.actor_type or "", "") or TYPE_WORDS[language].get(
            "other", ""
        )
        organisation = p.actor_name or "–"
        by_type[type_word][organisation].append(p.person_name if p.person_id in named else "")
    w = words(language)
    groups = []
    for type_word in sorted(by_type, key=str.casefold):
        lines = []
        for organisation in sorted(by_type[type_word], key=str.casefold):
            entries = by_type[type_word][organisation]
            names = sorted((n for n in entries if n), key=str.casefold)
            hidden = sum(1 for n in entries if not n)
            parts = names + ([w["people_count"].format(hidden)] if hidden else [])
            lines.append(f"{organisation}: {', '.join(parts)}")
        groups.append((type_word[:1].upper() + type_word[1:], tuple(lines)))
    return tuple(groups)


def _themes(
    store: ProjectStore, session_id: str, notes: list[ListedNote], language: str
) -> tuple[ThemeBlock, ...]:
    w = words(language)
    clusters = sorted(ClusterService(store).list(session_id), key=lambda c: c.position)
    by_theme: dict[str | None, list[ListedNote]] = defaultdict(list)
    names: dict[str | None, str] = {}
    for note in notes:  # already in theme order, then board order
        by_theme[note.theme_id].append(note)
        names[note.theme_id] = note.theme or w["no_theme"]
    blocks = []
    for theme_id, theme_notes in by_theme.items():
        lines = {n.id: NoteLine(n.text, n.source, n.votes) for n in theme_notes}
        grouped = []
        for cluster in clusters:
            if cluster.theme_id != theme_id:
                continue
            members = tuple(lines[n.id] for n in theme_notes if n.cluster_id == cluster.id)
            if members:
                grouped.append(ClusterBlock(cluster.name, members))
        loose = tuple(lines[n.id] for n in theme_notes if n.cluster_id is None)
        ranked = sorted((n for n in theme_notes if n.votes > 0), key=lambda n: -n.votes)
        blocks.append(
            ThemeBlock(
                name=names[theme_id],
                clusters=tuple(grouped),
                loose=loose,
                top=tuple(lines[n.id] for n in ranked[:TOP_RANKED]),
                notes=len(theme_notes),
                votes=sum(n.votes for n in theme_notes),
            )
        )
    return tuple(blocks)


def write_summary_pdf(
    summary: WorkshopSummary, path: Path, progress: Progress | None = None
) -> Path:
    """Render *summary* to a PDF at *path* (written atomically)."""
    lang = summary.language
    w = words(lang)
    doc = ReportBuilder(
        DocumentInfo(
            title=f"{summary.title} – {w['summary']}",
            header=f"{summary.project_title} · {summary.title}",
            page_word=w["page"],
            contents_word=w["contents"],
            subject=summary.project_title,
        )
    )
    facts = [summary.when]
    for key in ("place", "facilitator", "note_taker"):
        value = getattr(summary, key)
        if value:
            facts.append(f"{w[key]}: {value}")
    doc.title_page(f"{summary.kind} · {w['summary']}", summary.title, facts)

    doc.heading(w["purpose_agenda"])
    if summary.purpose:
        doc.rich([(f"{w['purpose']}: ", True), (summary.purpose, False)])
    if summary.agenda:
        doc.table(
            [w["time"], w["item"], w["planned"], w["actual"]],
            [(a.time, a.title, a.planned, a.actual) for a in summary.agenda],
            widths=[0.2, 0.56, 0.12, 0.12],
            numeric=(2, 3),
        )
        if not summary.agenda_was_run:
            doc.paragraph(w["not_run"], "muted")
    else:
        doc.paragraph(w["no_agenda"], "muted")

    doc.heading(w["participants"])
    if not summary.organisations:
        doc.paragraph(w["no_participants"], "muted")
    for type_word, lines in summary.organisations:
        doc.heading(type_word, 3)
        doc.bullets(lines)

    doc.heading(w["results"])
    notes = sum(t.notes for t in summary.themes)
    votes = sum(t.votes for t in summary.themes)
    doc.paragraph(w["totals"].format(notes, len(summary.themes), votes))
    doc.bar_chart(w["notes_per_theme"], [(t.name, t.notes) for t in summary.themes])
    if votes:
        doc.bar_chart(w["votes_per_theme"], [(t.name, t.votes) for t in summary.themes])

    for index, theme in enumerate(summary.themes):
        _theme(doc, theme, lang)
        if progress:
            progress(index + 1, len(summary.themes) * 4)

    if summary.photos:
        doc.heading(w["photos"])
        for data, caption in summary.photos:
            if not doc.image(data, caption):
                doc.paragraph(w["photo_unreadable"], "muted")

    def layout(done: int, total: int) -> None:
        if progress:
            themes = len(summary.themes)
            progress(themes + done * 3 * themes // max(total, 1), themes * 4)

    return doc.write(Path(path), layout if progress else None)


def _theme(doc: ReportBuilder, theme: ThemeBlock, lang: str) -> None:
    w = words(lang)
    doc.heading(theme.name)
    doc.paragraph(f"{theme.notes} {w['notes'].lower()} · {votes_text(lang, theme.votes)}", "muted")
    if theme.top:
        doc.heading(w["top_ranked"], 3)
        doc.notes([_line(n, lang) for n in theme.top])
    for cluster in theme.clusters:
        doc.heading(cluster.name or "–", 2)
        doc.notes([_line(n, lang) for n in cluster.notes])
    if theme.loose:
        if theme.clusters:
            doc.heading(w["other_notes"], 2)
        doc.notes([_line(n, lang) for n in theme.loose])


def _line(note: NoteLine, lang: str) -> tuple[str, str]:
    votes = votes_text(lang, note.votes) if note.votes else ""
    return note.text, " · ".join(part for part in (note.source, votes) if part)


def export_summary(
    store: ProjectStore,
    session_id: str,
    path: Path,
    language: str = "sv",
    tz: tzinfo | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write a session's workshop summary to *path*."""
    return write_summary_pdf(build_summary(store, session_id, language, tz), path, progress)
