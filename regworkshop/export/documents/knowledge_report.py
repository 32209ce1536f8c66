"""The kunskapsunderlag: the whole project's insights, lessons and commitments, with method.

``build_report`` reads the project through the services into plain data in the
chosen language; ``compose`` lays that data out on any builder with the shared
methods (the PDF's :class:`ReportBuilder` or Word's :class:`WordBuilder`), so the
two formats say the same thing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from regworkshop.export.documents.followup_words import status
from regworkshop.export.documents.report_words import words
from regworkshop.export.documents.stakeholder_map import MapPoint, draw_map
from regworkshop.export.export_language import kind_name, language_of, long_date
from regworkshop.export.pdf.pdf_document import Progress
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.knowledge.insight_service import InsightService
from regworkshop.services.knowledge.note_listing import TYPE_WORDS, ListedNote, listed_notes
from regworkshop.services.project.project_service import overview
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.themes.theme_service import display_name
from regworkshop.services.vocabulary import QUADRANT
from regworkshop.store.enums import Attendance, InsightKind, SessionKind
from regworkshop.store.project_store import ProjectStore

QUOTES_PER_INSIGHT = 3


@dataclass(frozen=True)
class ReportInsight:
    title: str
    text: str
    breadth: str
    quotes: tuple[tuple[str, str], ...]  # (quote, source)


@dataclass(frozen=True)
class ReportSection:
    title: str
    insights: tuple[ReportInsight, ...]


@dataclass(frozen=True)
class KnowledgeReport:
    language: str
    project_title: str
    made_on: str
    sessions_line: str
    by_type: tuple[tuple[str, int, int], ...]  # (actor type, actors, notes)
    by_municipality: tuple[tuple[str, int, int], ...]
    sections: tuple[ReportSection, ...]
    lessons: tuple[ReportSection, ...]
    commitments: tuple[tuple[str, str, str, str], ...]  # (actor, text, due, status)
    stakeholder_map: bytes | None
    map_caption: str
    sessions: tuple[tuple[str, str, str, int], ...]  # (date, kind, title, notes)


def build_report(
    store: ProjectStore, language: str = "sv", today: date | None = None, progress=None
) -> KnowledgeReport:
    """Read the whole project and word its kunskapsunderlag in *language*."""
    lang = language_of(language)
    w = words(lang)
    notes = listed_notes(store, lang)
    if progress:
        progress(1, 10)
    by_id = {n.id: n for n in notes}
    sessions = SessionService(store).list()
    kinds = Counter(s.kind for s in sessions)
    interviews = kinds[SessionKind.INTERVIEW]
    workshops = kinds[SessionKind.WORKSHOP]
    notes_per_session = Counter(n.session_id for n in notes)
    taking_part = _actors_taking_part(store, sessions, notes)
    actors = {a.id: a for a in ActorService(store).list_actors() if a.id in taking_part}
    notes_per_actor = Counter(n.actor_id for n in notes if n.actor_id)
    by_type = _tally(actors.values(), lambda a: _capital(TYPE_WORDS[lang].get(a.actor_type, "")),
                     notes_per_actor)  # fmt: skip
    by_municipality = _tally(actors.values(), lambda a: a.municipality or w["unknown_municipality"],
                             notes_per_actor)  # fmt: skip
    if progress:
        progress(3, 10)
    service = InsightService(store)
    made_on = long_date(_noon(today or date.today()), lang)
    return KnowledgeReport(
        language=lang,
        project_title=overview(store).title,
        made_on=made_on,
        sessions_line=w["interviews_held"].format(
            interviews, workshops, len(sessions) - interviews - workshops
        ),
        by_type=by_type,
        by_municipality=by_municipality,
        sections=_sections(service, InsightKind.INSIGHT, by_id, lang),
        lessons=_sections(service, InsightKind.LESSON, by_id, lang),
        commitments=tuple(
            (
                c.actor_name or "–",
                c.text,
                c.due.isoformat() if c.due else "",
                status(lang, c.status),
            )
            for c in CommitmentService(store).list()
        ),
        stakeholder_map=_map(store, lang),
        map_caption=_map_caption(store, lang),
        sessions=tuple(
            (
                s.starts_at.date().isoformat() if s.starts_at else "",
                kind_name(lang, s.kind),
                s.title,
                notes_per_session[s.id],
            )
            for s in sessions
        ),
    )


def _capital(value: str) -> str:
    return value[:1].upper() + value[1:]


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12))


def _actors_taking_part(store: ProjectStore, sessions, notes: list[ListedNote]) -> set[str]:
    """Actors with notes, or taking part (not cancelled) in a session."""
    ids = {n.actor_id for n in notes if n.actor_id}
    participants = ParticipantService(store)
    for session in sessions:
        for p in participants.list(session.id):
            if p.actor_id and p.attendance != Attendance.CANCELLED:
                ids.add(p.actor_id)
    return ids


def _tally(actors, key, notes_per_actor: Counter) -> tuple[tuple[str, int, int], ...]:
    counts: dict[str, list[int]] = {}
    for actor in actors:
        entry = counts.setdefault(key(actor), [0, 0])
        entry[0] += 1
        entry[1] += notes_per_actor[actor.id]
    return tuple((name, a, n) for name, (a, n) in sorted(counts.items(), key=lambda i: i[0]))


def _sections(service: InsightService, kind: str, notes: dict[str, ListedNote], lang: str):
    w = words(lang)
    sections = []
    for section in service.sections(kind):
        title = section.title if section.theme_key is None else display_name(
            section.title, section.theme_key, lang
        )  # fmt: skip
        items = []
        for info in section.insights:
            b = info.breadth
            evidence = [notes[i] for i in service.evidence(info.id) if i in notes]
            quotes = sorted((n for n in evidence if n.is_quote), key=lambda n: (-n.votes, n.id))
            items.append(
                ReportInsight(
                    title=info.title,
                    text=info.text,
                    breadth=w["breadth"].format(b.notes, b.actors, b.actor_types, b.sessions),
                    quotes=tuple((n.text, n.source) for n in quotes[:QUOTES_PER_INSIGHT]),
                )
            )
        sections.append(ReportSection(title or w["no_theme"], tuple(items)))
    return tuple(sections)


def _map(store: ProjectStore, lang: str) -> bytes | None:
    assessments = AssessmentService(store)
    current = assessments.current_round()
    if current is None:
        return None
    values = assessments.values(current.id)
    if not values:
        return None
    names = {a.id: a.name for a in ActorService(store).list_actors()}
    points = [
        MapPoint(names[actor_id], v.influence, v.interest)
        for actor_id, v in values.items()
        if actor_id in names
    ]
    w = words(lang)
    q = QUADRANT.words(lang)
    quadrants = (q["keep_satisfied"], q["manage_closely"], q["monitor"], q["keep_informed"])
    return draw_map(points, quadrants, (w["influence"], w["interest"]))


def _map_caption(store: ProjectStore, lang: str) -> str:
    current = AssessmentService(store).current_round()
    return words(lang)["map_caption"].format(current.name) if current else ""


def compose(doc, report: KnowledgeReport) -> None:
    """Lay *report* out on a PDF or Word builder (they share these methods)."""
    w = words(report.language)
    doc.title_page(w["report"], report.project_title, [report.made_on, report.sessions_line])
    doc.heading(w["method"])
    doc.heading(w["sessions_held"], 2)
    doc.paragraph(report.sessions_line)
    doc.heading(w["actors_took_part"], 2)
    doc.table([w["actor_type"], w["actors"], w["notes"]], report.by_type, [0.6, 0.2, 0.2], (1, 2))
    doc.table(
        [w["municipality"], w["actors"], w["notes"]],
        report.by_municipality,
        [0.6, 0.2, 0.2],
        (1, 2),
    )
    _insight_sections(doc, report.sections, w)
    if report.lessons:
        doc.heading(w["lessons"])
        for section in report.lessons:
            doc.heading(section.title, 2)
            for lesson in section.insights:
                _insight(doc, lesson, 3)
    doc.heading(w["commitments"])
    if report.commitments:
        doc.table([w["actor"], w["commitment"], w["due"], w["status"]], report.commitments,
                  [0.25, 0.41, 0.14, 0.20])  # fmt: skip
    else:
        doc.paragraph(w["no_commitments"], "muted")
    doc.heading(w["appendix_map"])
    if report.stakeholder_map is None or not doc.image(report.stakeholder_map, report.map_caption):
        doc.paragraph(w["no_assessment"], "muted")
    doc.heading(w["appendix_sessions"])
    doc.table([w["date"], w["kind"], w["session"], w["notes"]], report.sessions,
              [0.15, 0.22, 0.5, 0.13], (3,))  # fmt: skip


def _insight_sections(doc, sections: tuple[ReportSection, ...], w: dict[str, str]) -> None:
    if not sections:
        doc.heading(w["insights"])
        doc.paragraph(w["no_insights"], "muted")
    for section in sections:
        doc.heading(section.title)
        for insight in section.insights:
            _insight(doc, insight, 2)


def _insight(doc, insight: ReportInsight, level: int) -> None:
    doc.heading(insight.title, level)
    if insight.text:
        doc.paragraph(insight.text)
    doc.paragraph(insight.breadth, "small")
    for quote, source in insight.quotes:
        doc.quote(quote, source)


def write_report(
    report: KnowledgeReport, path: Path, fmt: str = "pdf", progress: Progress | None = None
) -> Path:
    """Write *report* as a PDF or a Word document (``fmt`` "pdf" or "docx"), atomically."""
    w = words(report.language)
    if fmt == "docx":
        from regworkshop.export.docx.docx_document import WordBuilder

        word_doc = WordBuilder(f"{w['report']} – {report.project_title}", report.project_title,
                               report.language)  # fmt: skip
        compose(word_doc, report)
        return word_doc.write(Path(path))
    from regworkshop.export.pdf.pdf_document import DocumentInfo, ReportBuilder

    pdf = ReportBuilder(
        DocumentInfo(
            title=f"{w['report']} – {report.project_title}",
            header=f"{report.project_title} · {w['report']}",
            page_word=w["page"],
            contents_word=w["contents"],
            subject=report.project_title,
        )
    )
    compose(pdf, report)
    return pdf.write(Path(path), progress)


def export_report(
    store: ProjectStore,
    path: Path,
    language: str = "sv",
    fmt: str = "pdf",
    progress: Progress | None = None,
) -> Path:
    """Write the project's kunskapsunderlag to *path* as PDF or Word."""
    return write_report(build_report(store, language), path, fmt, progress)
