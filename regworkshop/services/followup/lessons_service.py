"""Lessons learned (lärdomar) compiled by theme, with the internal evaluations they come from.

A lesson's theme is its own theme, else the most common theme of its evidence
notes, else its typed section; lessons with none of these fall in "other". The
notes of internal-evaluation sessions that back no lesson yet are returned too,
by theme, so nothing said in an evaluation is left out of the compilation.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from regworkshop.services.themes.theme_service import display_name
from regworkshop.store.enums import InsightKind, SessionKind
from regworkshop.store.models import Evidence, Insight, Note, Session, Theme
from regworkshop.store.project_store import ProjectStore


@dataclass(frozen=True)
class Lesson:
    title: str
    text: str
    sources: tuple[str, ...]  # titles of the sessions its evidence comes from


@dataclass(frozen=True)
class LessonGroup:
    theme: str  # "" for lessons with no theme
    lessons: tuple[Lesson, ...]


@dataclass(frozen=True)
class NoteGroup:
    theme: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class LessonsCompilation:
    evaluations: tuple[tuple[str, datetime | None], ...]  # internal evaluations held
    groups: tuple[LessonGroup, ...]
    loose_notes: tuple[NoteGroup, ...]


class LessonsService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def compile(self, language: str = "sv") -> LessonsCompilation:
        """Group the project's lessons by theme and gather the evaluations' loose notes."""
        pid = self.store.project_id
        with self.store.session() as db:
            themes = {
                t.id: (display_name(t.name, t.builtin_key, language), t.position)
                for t in db.scalars(select(Theme).where(Theme.project_id == pid))
                if t.deleted_at is None
            }
            sessions = {
                s.id: s
                for s in db.scalars(
                    select(Session).where(Session.deleted_at.is_(None), Session.project_id == pid)
                )
            }
            lessons = list(
                db.scalars(
                    select(Insight)
                    .where(
                        Insight.deleted_at.is_(None),
                        Insight.project_id == pid,
                        Insight.kind == InsightKind.LESSON,
                    )
                    .order_by(Insight.position, Insight.created_at)
                )
            )
            evidence: dict[str, list[Note]] = defaultdict(list)
            used: set[str] = set()
            for insight_id, note in db.execute(
                select(Evidence.insight_id, Note)
                .join(Note, Note.id == Evidence.note_id)
                .where(Evidence.deleted_at.is_(None), Note.deleted_at.is_(None))
            ):
                evidence[insight_id].append(note)
                used.add(note.id)
            evaluation_ids = [
                s.id for s in sessions.values() if s.kind == SessionKind.INTERNAL_EVALUATION
            ]
            loose = [
                n
                for n in db.scalars(
                    select(Note)
                    .where(Note.deleted_at.is_(None), Note.session_id.in_(evaluation_ids))
                    .order_by(Note.position, Note.created_at)
                )
                if n.id not in used
            ]
        grouped: dict[str, list[Lesson]] = defaultdict(list)
        for lesson in lessons:
            notes = evidence.get(lesson.id, [])
            theme = themes.get(lesson.theme_id or "", ("", 0))[0]
            if not theme:
                common = Counter(n.theme_id for n in notes if n.theme_id in themes).most_common(1)
                theme = themes[common[0][0]][0] if common else lesson.section.strip()
            sources = sorted(
                {sessions[n.session_id].title for n in notes if n.session_id in sessions}
            )
            grouped[theme].append(Lesson(lesson.title, lesson.text, tuple(sources)))
        loose_groups: dict[str, list[str]] = defaultdict(list)
        for note in loose:
            loose_groups[themes.get(note.theme_id or "", ("", 0))[0]].append(note.text)
        position = {name: pos for name, pos in themes.values()}

        def order(name: str) -> tuple:
            return (name == "", position.get(name, 1e9), name.casefold())

        evaluations = sorted(
            ((sessions[i].title, sessions[i].starts_at) for i in evaluation_ids),
            key=lambda e: (e[1] is None, e[1] or datetime.min, e[0]),
        )
        return LessonsCompilation(
            evaluations=tuple(evaluations),
            groups=tuple(LessonGroup(t, tuple(grouped[t])) for t in sorted(grouped, key=order)),
            loose_notes=tuple(
                NoteGroup(t, tuple(loose_groups[t])) for t in sorted(loose_groups, key=order)
            ),
        )
