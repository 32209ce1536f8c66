"""Fill a project with a realistic Halland planning project, for trying the app out."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path

from sqlalchemy import select

from regworkshop.services.demo import demo_content as content
from regworkshop.services.demo import demo_stakeholders
from regworkshop.services.demo.demo_agendas import add_agendas
from regworkshop.services.demo.demo_board import add_board_demo
from regworkshop.services.demo.demo_followup import add_followup_demo
from regworkshop.services.project.project_service import new_project
from regworkshop.store.enums import (
    Attendance,
    CommitmentStatus,
    InsightKind,
    ParticipantRole,
    SessionKind,
)
from regworkshop.store.models import (
    Actor,
    Commitment,
    Evidence,
    Insight,
    Note,
    Participation,
    Person,
    Project,
    Session,
    Theme,
)
from regworkshop.store.project_store import ProjectStore

# The demo's meetings are in Sweden: their times are Swedish local time.
try:
    from zoneinfo import ZoneInfo

    SWEDEN: tzinfo = ZoneInfo("Europe/Stockholm")
except (ImportError, KeyError, ValueError):  # no time zone database (Windows without tzdata)
    SWEDEN = timezone(timedelta(hours=1), "CET")


@dataclass(frozen=True)
class DemoSummary:
    actors: int
    people: int
    sessions: int
    notes: int
    agenda_items: int = 0


def create_demo(target: str | Path, *, device_id: str, seed: int = 2026) -> ProjectStore:
    """Create a new project file and fill it with the demo content."""
    store = new_project(target, "Regionalt planeringsunderlag Halland 2026", device_id=device_id)
    build_demo(store, seed=seed)
    return store


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """Return a Swedish local time as the UTC moment the store keeps."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SWEDEN).astimezone(UTC)


def build_demo(store: ProjectStore, *, seed: int = 2026) -> DemoSummary:
    """Add demo actors, people, sessions, notes, insights and commitments to *store*."""
    rng = random.Random(seed)
    pid = store.project_id
    with store.unit_of_work() as db:
        project = db.get(Project, pid)
        assert project is not None
        project.description = (
            "Kunskapsunderlag inför regional fysisk planering i Halland: workshoppar och "
            "intervjuer med kommuner, region, länsstyrelse, akademi och näringsliv."
        )
        project.forum_name = "Hallands planeringsforum"
        project.forum_cadence = "Fyra gånger per år"
        themes = {
            t.builtin_key: t
            for t in db.scalars(select(Theme).where(Theme.project_id == pid))
            if t.builtin_key
        }
        actors = {
            name: Actor(project_id=pid, name=name, actor_type=kind, municipality=muni)
            for name, kind, muni in content.ACTORS
        }
        db.add_all(actors.values())
        people = {}
        for name, role, actor_name, store_c, quote_c, org_c in content.PEOPLE:
            people[name] = Person(
                project_id=pid,
                actor=actors[actor_name],
                name=name,
                role=role,
                email=_email(name, actor_name),
                consent_store=store_c,
                consent_quote=quote_c,
                consent_name_org=org_c,
                consent_date=date(2026, 1, 20),
                consent_how="E-post",
            )
        db.add_all(people.values())
        db.flush()

        demo_stakeholders.add_rounds(db, pid, actors)
        demo_stakeholders.add_plan(db, actors)

        sessions: list[tuple[Session, list[Person]]] = []

        def add_session(kind, title, day, hour, minutes, place, who, absent=()) -> Session:
            session = Session(
                project_id=pid,
                kind=kind,
                title=title,
                starts_at=_at(day, hour),
                planned_minutes=minutes,
                place=place,
                facilitator="Karin Åberg",
                note_taker="Peter Öberg",
                status="done",
                purpose="Samla in aktörernas bild av planeringsförutsättningarna.",
            )
            db.add(session)
            db.flush()
            for person in who:
                role = (
                    ParticipantRole.INTERVIEWEE
                    if kind == SessionKind.INTERVIEW
                    else ParticipantRole.PARTICIPANT
                )
                db.add(
                    Participation(
                        session_id=session.id,
                        person_id=person.id,
                        actor_id=person.actor_id,
                        role=role,
                        attendance=Attendance.ATTENDED,
                    )
                )
            # Invited but not there: this is what makes engagement differ between actors.
            for person, attendance in absent:
                db.add(
                    Participation(
                        session_id=session.id,
                        person_id=person.id,
                        actor_id=person.actor_id,
                        attendance=attendance,
                    )
                )
            sessions.append((session, who))
            return session

        p = people
        muni_people = [
            p[n]
            for n in (
                "Anna Lindqvist",
                "Erik Johansson",
                "Maria Svensson",
                "Johan Berg",
                "Sara Nilsson",
                "Lars Ekström",
            )
        ]
        add_session(
            SessionKind.MUNICIPALITY_MEETING,
            "Kommunmöte Halmstad",
            date(2026, 1, 27),
            9,
            90,
            "Halmstads stadshus",
            [p["Anna Lindqvist"]],
        )
        add_session(
            SessionKind.MUNICIPALITY_MEETING,
            "Kommunmöte Varberg",
            date(2026, 1, 29),
            13,
            90,
            "Varbergs kommunhus",
            [p["Sara Nilsson"]],
        )
        add_session(
            SessionKind.REFERENCE_GROUP,
            "Referensgrupp 1",
            date(2026, 2, 3),
            9,
            120,
            "Regionens hus, Halmstad",
            [p["Karin Åberg"], p["Emma Karlsson"], *muni_people[:3]],
            [(p["Oskar Lund"], Attendance.INVITED), (p["Lars Ekström"], Attendance.CANCELLED)],
        )
        add_session(
            SessionKind.KICKOFF,
            "Uppstartsmöte",
            date(2026, 2, 17),
            9,
            120,
            "Scandic Hallandia, Halmstad",
            [*muni_people, p["Emma Karlsson"], p["Mikael Håkansson"], p["Birgitta Holm"]],
            [
                (p["Jonas Wikström"], Attendance.CANCELLED),
                (p["Ahmed Yilmaz"], Attendance.INVITED),
                (p["Lena Fransson"], Attendance.CANCELLED),
                (p["Oskar Lund"], Attendance.INVITED),
                (p["Gustav Engström"], Attendance.ATTENDED),
            ],
        )
        add_session(
            SessionKind.WORKSHOP,
            "Workshop 1 – Halmstad",
            date(2026, 3, 10),
            9,
            150,
            "Högskolan i Halmstad",
            [*muni_people, p["Emma Karlsson"], p["Karin Åberg"]],
        )
        add_session(
            SessionKind.WORKSHOP,
            "Workshop 2 – Varberg",
            date(2026, 4, 14),
            13,
            150,
            "Varbergs kommunhus",
            [*muni_people[3:], p["Emma Karlsson"], p["Peter Öberg"], p["Gustav Engström"]],
            [
                (p["Helena Sjöberg"], Attendance.CANCELLED),
                (p["Ahmed Yilmaz"], Attendance.CANCELLED),
                (p["Fatima Hassan"], Attendance.ATTENDED),
            ],
        )
        interviewees = (
            "Fatima Hassan",
            "Jonas Wikström",
            "Helena Sjöberg",
            "Ahmed Yilmaz",
            "Birgitta Holm",
            "Lena Fransson",
            "Mikael Håkansson",
            "Ingrid Persson",
            "Oskar Lund",
            "Gustav Engström",
        )
        for i, name in enumerate(interviewees):
            person = p[name]
            assert person.actor is not None  # every demo interviewee speaks for an organisation
            add_session(
                SessionKind.INTERVIEW,
                f"Intervju – {person.actor.name}",
                date(2026, 5, 4) + timedelta(days=3 * i),
                10,
                60,
                "Digitalt (Teams)",
                [person],
            )
        evaluation = add_session(
            SessionKind.INTERNAL_EVALUATION,
            "Intern utvärdering",
            date(2026, 10, 6),
            13,
            120,
            "Regionens hus, Halmstad",
            [p["Karin Åberg"], p["Peter Öberg"]],
        )

        notes_by_theme: dict[str, list[Note]] = {key: [] for key in content.NOTES}
        for session, who in sessions:
            if session.kind == SessionKind.INTERNAL_EVALUATION:
                continue
            count = 60 if session.kind == SessionKind.WORKSHOP else 12
            for n in range(count):
                key = rng.choice(tuple(content.NOTES))
                person = rng.choice(who)
                # Every demo participant belongs to an organisation (the type is read below).
                assert person.actor is not None
                muni = person.actor.municipality
                text = rng.choice(content.NOTES[key]).format(m=muni)
                note = Note(
                    session_id=session.id,
                    theme_id=themes[key].id,
                    text=text,
                    actor_id=person.actor_id,
                    actor_type=person.actor.actor_type,
                    person_id=person.id if session.kind == SessionKind.INTERVIEW else None,
                    position=float(n),
                    votes=rng.choice((0, 0, 0, 1, 2, 3, 5)),
                    is_quote=session.kind == SessionKind.INTERVIEW and n % 4 == 0,
                    elapsed_minutes=float(n * 4) if session.kind == SessionKind.INTERVIEW else None,
                )
                db.add(note)
                notes_by_theme[key].append(note)
        db.flush()
        add_board_demo(db, rng, store.clock())

        for i, (key, title, text) in enumerate(content.INSIGHTS):
            insight = Insight(
                project_id=pid,
                kind=InsightKind.INSIGHT,
                title=title,
                text=text,
                theme_id=themes[key].id,
                position=float(i),
            )
            db.add(insight)
            db.flush()
            for note in rng.sample(notes_by_theme[key], k=min(8, len(notes_by_theme[key]))):
                db.add(Evidence(insight_id=insight.id, note_id=note.id))
        for i, (title, text) in enumerate(content.LESSONS):
            lesson = Insight(
                project_id=pid,
                kind=InsightKind.LESSON,
                title=title,
                text=text,
                position=float(len(content.INSIGHTS) + i),
            )
            note = Note(
                session_id=evaluation.id,
                text=f"{title}: {text}",
                position=float(i),
                actor_id=actors["Region Halland"].id,
                actor_type="region",
            )
            db.add_all([lesson, note])
            db.flush()
            db.add(Evidence(insight_id=lesson.id, note_id=note.id))
        for name, text, status in (
            (
                "Halmstads kommun",
                "Delta i planeringsforumet och dela GIS-underlag.",
                CommitmentStatus.AGREED,
            ),
            (
                "Länsstyrelsen i Hallands län",
                "Ta fram ett gemensamt underlag om klimatanpassning.",
                CommitmentStatus.PROPOSED,
            ),
            (
                "Företagarna Halland",
                "Förmedla kontakter till företag inför nästa intervjuomgång.",
                CommitmentStatus.DONE,
            ),
            (
                "Högskolan i Halmstad",
                "Koppla ett examensarbete till kunskapsunderlaget om energisystem.",
                CommitmentStatus.AGREED,
            ),
            (
                "Kattegattkustens Logistik AB",
                "Dela prognoser för godsflöden via hamnen.",
                CommitmentStatus.AGREED,
            ),
            (
                "Halmstads kommun",
                "Ta fram en gemensam markanvändningskarta med Laholm.",
                CommitmentStatus.PROPOSED,
            ),
            (
                "Kungsbacka Fastighetsutveckling AB",
                "Delta i referensgruppen under hösten.",
                CommitmentStatus.DROPPED,
            ),
        ):
            db.add(
                Commitment(
                    project_id=pid,
                    actor_id=actors[name].id,
                    text=text,
                    due=date(2026, 12, 31),
                    status=status,
                )
            )
        summary = DemoSummary(
            actors=len(actors),
            people=len(people),
            sessions=len(sessions),
            notes=sum(len(v) for v in notes_by_theme.values()),
        )
    items = add_agendas(store, rng, store.clock())
    add_followup_demo(store, store.clock())
    return replace(summary, agenda_items=items)


def _email(name: str, actor_name: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
    local = ".".join(name.lower().translate(table).split())
    domain = actor_name.split()[0].lower().translate(table).rstrip("s")
    return f"{local}@{domain}.example.se"
