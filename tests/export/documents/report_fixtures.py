"""A small project with a workshop, an interview with consent answers, and insights."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from pypdf import PdfReader

from regworkshop.services.board.note_service import Attribution, NoteService
from regworkshop.services.board.voting_service import VotingService
from regworkshop.services.knowledge.insight_service import InsightService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.models import Actor, Participation, Person

HOSTILE = (
    "<font size=400>x</font>",
    "a < b & c",
    '<img src="http://127.0.0.1:9/x.png"/>',
)
NAMES = "Łódź Þórr Šárka Ŋuvvos Áillá åäö ÅÄÖ"


def pdf_text(path) -> str:
    """The PDF's text with runs of white space made single spaces."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@dataclass(frozen=True)
class Project:
    workshop: str
    interview: str
    quote_ok: str  # a quote by an interviewee who allowed quoting and naming
    quote_refused: str  # a quote by an interviewee who refused quoting
    insight: str


def build_project(store) -> Project:
    themes = {t.builtin_key: t.id for t in ThemeService(store).list()}
    with store.unit_of_work() as db:
        kommun = Actor(project_id=store.project_id, name="Laholms kommun",
                       actor_type="municipality", municipality="Laholm")  # fmt: skip
        firma = Actor(project_id=store.project_id, name="Hamnen AB", actor_type="company",
                      municipality="Halmstad")  # fmt: skip
        db.add_all([kommun, firma])
        db.flush()
        asa = Person(project_id=store.project_id, actor_id=kommun.id, name="Åsa Öberg",
                     consent_store="given", consent_quote="given", consent_name_org="given")  # fmt: skip
        bo = Person(project_id=store.project_id, actor_id=firma.id, name="Bo Hemlig",
                    consent_store="refused", consent_quote="refused", consent_name_org="refused")  # fmt: skip
        db.add_all([asa, bo])
        db.flush()
        ids = (kommun.id, firma.id, asa.id, bo.id)
    kommun_id, firma_id, asa_id, bo_id = ids
    sessions = SessionService(store)
    workshop = sessions.create(
        "Workshop <Halmstad> & co", starts_at=datetime(2026, 3, 10, 8, tzinfo=UTC),
        place="Högskolan i Halmstad", facilitator="Karin Åberg", purpose="Rama in <frågorna>.",
    )  # fmt: skip
    interview = sessions.create("Intervju Laholm", kind="interview")
    with store.unit_of_work() as db:
        db.add(Participation(session_id=interview.id, person_id=asa_id, actor_id=kommun_id,
                             role="interviewee", attendance="attended"))  # fmt: skip
        db.add(Participation(session_id=interview.id, person_id=bo_id, actor_id=firma_id,
                             role="interviewee", attendance="attended"))  # fmt: skip
        db.add(Participation(session_id=workshop.id, person_id=bo_id, actor_id=firma_id,
                             attendance="attended"))  # fmt: skip
    notes = NoteService(store)
    opp, chal = themes["opportunities"], themes["challenges"]
    captured = [
        notes.capture(workshop.id, opp, text, Attribution(kommun_id, "municipality"))
        for text in (*HOSTILE, NAMES, "Stationsnära förtätning i Laholm.")
    ]
    notes.capture(workshop.id, chal, "Brist på bostäder 😀", Attribution(firma_id, "company"))
    voting = VotingService(store)
    round_ = voting.start(workshop.id, "Prioritering", 5)
    voting.vote(round_.id, captured[-1].id, 3)
    ok = notes.capture(interview.id, opp, "Vi vill bygga vid stationen.",
                       Attribution(kommun_id, "municipality", asa_id), is_quote=True)  # fmt: skip
    refused = notes.capture(interview.id, chal, "Hamnen saknar mark för logistik.",
                            Attribution(firma_id, "company", bo_id), is_quote=True)  # fmt: skip
    insight = InsightService(store).create(
        "Stationerna <är> nyckeln", "Både kommun & företag ser möjligheter.", theme_id=opp,
        note_ids=[ok.id, refused.id, captured[-1].id],
    )  # fmt: skip
    InsightService(store).create("Börja tidigt", "Planera intervjuerna i tid.", kind="lesson")
    return Project(workshop.id, interview.id, ok.id, refused.id, insight.id)
