"""The demo's follow-up and guide state: a project in the middle of the method.

A newly registered actor of a kind not heard yet (a gap), two interviews booked
ahead (one at short notice: a tip warns), the collaboration platform has
members, two manual checklist items are ticked, and the internal evaluation's notes
and lessons carry the evaluation's themes so the lessons report groups them.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.guide.guide_service import tick_id
from regworkshop.services.sessions.method_template_texts import LESSONS_LEARNED
from regworkshop.services.sessions.template_service import TemplateService
from regworkshop.store.enums import ActorType, Attendance, InsightKind, SessionKind
from regworkshop.store.models import (
    Actor,
    Assessment,
    AssessmentRound,
    ChecklistTick,
    Evidence,
    Insight,
    Note,
    Participation,
    Project,
    Session,
    Theme,
)
from regworkshop.store.project_store import ProjectStore

# Registered in the autumn, assessed in the follow-up round, not heard yet: the gap.
NEW_ACTOR = ("Hallands Hembygdsförbund", ActorType.OTHER, "Halmstad", 1.5, 3.5)
# Interviews booked ahead: (actor, days from today); the first at short notice.
BOOKED = (
    ("Intervju", "Hallands Hembygdsförbund", 9, "Bredda bilden: en aktör som inte hörts tidigare."),
    (
        "Uppföljande intervju",
        "Trafikverket Region Väst",
        33,
        "Följa upp stråken längs Västkustbanan inför planeringsarbetet.",
    ),
)
FORUM_MEMBERS = (
    "Halmstads kommun",
    "Laholms kommun",
    "Hylte kommun",
    "Falkenbergs kommun",
    "Varbergs kommun",
    "Kungsbacka kommun",
    "Region Halland",
    "Länsstyrelsen i Hallands län",
    "Högskolan i Halmstad",
    "Företagarna Halland",
)
# Notes said in the internal evaluation, by the key of the lessons-learned template's theme.
EVALUATION_NOTES = {
    "worked": (
        "Workshopparna i Halmstad och Varberg gav många konkreta exempel från kommunerna.",
        "Referensgruppen läste och kommenterade underlaget mellan mötena.",
    ),
    "did_not_work": (
        "Intervjuerna med företagen blev sena; flera bokades med bara en veckas varsel.",
        "Kommunmötena hann vi bara med i två av sex kommuner före workshopparna.",
    ),
    "change": (
        "Boka kommunmötena redan i samband med uppstarten.",
        "Ge konsulten tid att skriva ut intervjuerna samma vecka.",
    ),
}
# (evaluation theme, title, text) of lessons beyond the demo's first three.
MORE_LESSONS = (
    (
        "worked",
        "Lokala exempel väcker engagemang",
        "När kommunerna fick visa egna exempel blev diskussionerna mer konkreta och fler deltog.",
    ),
    (
        "change",
        "Kommunmöten först",
        "Möt varje kommun innan workshopparna; annars saknas förankringen när frågorna ramas in.",
    ),
)
# Which theme the demo's first three lessons belong to.
FIRST_LESSON_THEMES = ("did_not_work", "change", "worked")


def add_followup_demo(store: ProjectStore, now: datetime) -> None:
    """Add the follow-up and method-guide state to a demo project built by build_demo."""
    pid = store.project_id
    with store.unit_of_work() as db:
        actors = {a.name: a for a in db.scalars(select(Actor).where(Actor.project_id == pid))}
        name, kind, muni, influence, interest = NEW_ACTOR
        actors[name] = Actor(project_id=pid, name=name, actor_type=kind, municipality=muni)
        db.add(actors[name])
        db.flush()
        latest = db.scalars(
            select(AssessmentRound)
            .where(AssessmentRound.project_id == pid)
            .order_by(AssessmentRound.held_on.desc())
        ).first()
        if latest is not None:
            db.add(
                Assessment(
                    round_id=latest.id,
                    actor_id=actors[name].id,
                    influence=influence,
                    interest=interest,
                    comment="Ny i registret: kulturmiljön och landsbygdens perspektiv.",
                )
            )
        project = db.get(Project, pid)
        assert project is not None
        project.forum_members = json.dumps([actors[n].id for n in FORUM_MEMBERS])
        booked = _book_interviews(db, pid, actors, now)
        _theme_the_evaluation(db, pid, actors)
        for key in ("internal_resources", "anchoring"):
            db.add(ChecklistTick(id=tick_id(pid, key), project_id=pid, item_key=key, ticked=True))
    templates = TemplateService(store)
    for session_id, actor_type in booked:
        templates.apply(session_id, "builtin:interview_guide", "sv", actor_type=actor_type)


def _book_interviews(
    db: DbSession, pid: str, actors: dict[str, Actor], now: datetime
) -> list[tuple[str, str]]:
    booked = []
    for what, name, days, purpose in BOOKED:
        local = (now + timedelta(days=days)).replace(hour=9, minute=0, second=0, microsecond=0)
        session = Session(
            project_id=pid,
            kind=SessionKind.INTERVIEW,
            title=f"{what} – {name}",
            starts_at=local,
            planned_minutes=60,
            place="Digitalt (Teams)",
            facilitator="Karin Åberg",
            note_taker="Peter Öberg",
            purpose=purpose,
            status="planned",
        )
        db.add(session)
        db.flush()
        db.add(
            Participation(
                session_id=session.id, actor_id=actors[name].id, attendance=Attendance.INVITED
            )
        )
        booked.append((session.id, actors[name].actor_type))
    return booked


def _theme_the_evaluation(db: DbSession, pid: str, actors: dict[str, Actor]) -> None:
    evaluation = db.scalars(
        select(Session).where(
            Session.project_id == pid, Session.kind == SessionKind.INTERNAL_EVALUATION
        )
    ).first()
    if evaluation is None:
        return
    # The template's themes carry their names (in the demo's Swedish), not builtin keys.
    names = {t.name.sv: t.key for t in LESSONS_LEARNED.themes}
    themes = {
        names[t.name]: t
        for t in db.scalars(select(Theme).where(Theme.session_id == evaluation.id))
        if t.name in names
    }
    if len(themes) < len(names):
        return
    region = actors["Region Halland"]
    position = 100.0
    for key, texts in EVALUATION_NOTES.items():
        for text in texts:
            db.add(
                Note(
                    session_id=evaluation.id,
                    theme_id=themes[key].id,
                    text=text,
                    position=position,
                    actor_id=region.id,
                    actor_type=region.actor_type,
                )
            )
            position += 1
    lessons = list(
        db.scalars(
            select(Insight)
            .where(Insight.project_id == pid, Insight.kind == InsightKind.LESSON)
            .order_by(Insight.position)
        )
    )
    for lesson, key in zip(lessons, FIRST_LESSON_THEMES, strict=False):
        lesson.theme_id = themes[key].id
        for evidence in db.scalars(select(Evidence).where(Evidence.insight_id == lesson.id)):
            note = db.get(Note, evidence.note_id)
            if note is not None:
                note.theme_id = themes["lessons"].id
    start = max((lesson.position for lesson in lessons), default=0.0) + 1
    for n, (key, title, text) in enumerate(MORE_LESSONS):
        lesson = Insight(
            project_id=pid,
            kind=InsightKind.LESSON,
            title=title,
            text=text,
            theme_id=themes[key].id,
            position=start + n,
        )
        note = Note(
            session_id=evaluation.id,
            theme_id=themes["lessons"].id,
            text=f"{title}: {text}",
            position=position + n,
            actor_id=region.id,
            actor_type=region.actor_type,
        )
        db.add_all([lesson, note])
        db.flush()
        db.add(Evidence(insight_id=lesson.id, note_id=note.id))
