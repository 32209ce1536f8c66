"""The demo's stakeholder analysis: two assessment rounds with movement and a full involvement plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session as DbSession

from regworkshop.store.enums import InvolvementForm as Form
from regworkshop.store.models import Actor, Assessment, AssessmentRound, Involvement

# January: (influence, interest). Some actors share a spot, as they do on a paper grid.
JANUARY: dict[str, tuple[float, float]] = {
    "Halmstads kommun": (4.5, 4.5),
    "Laholms kommun": (4.0, 3.5),
    "Hylte kommun": (3.5, 3.0),
    "Falkenbergs kommun": (4.0, 4.0),
    "Varbergs kommun": (4.0, 4.0),
    "Kungsbacka kommun": (4.0, 3.5),
    "Region Halland": (5.0, 5.0),
    "Länsstyrelsen i Hallands län": (4.5, 3.5),
    "Högskolan i Halmstad": (2.5, 3.5),
    "Forskargruppen Hållbar samhällsplanering": (1.5, 4.0),
    "Trafikverket Region Väst": (4.0, 2.5),
    "Kattegattkustens Logistik AB": (2.0, 2.0),
    "Nissadalens Trä AB": (1.5, 2.0),
    "Ätradalens Livsmedel AB": (2.0, 2.5),
    "Kungsbacka Fastighetsutveckling AB": (2.5, 3.0),
    "Företagarna Halland": (2.0, 3.5),
    "Handelskammaren Halland": (2.0, 4.0),
    "LRF Halland": (2.5, 2.5),
}
# October follow-up: how influence and interest moved after a year of workshops and interviews.
OCTOBER_MOVES: dict[str, tuple[float, float]] = {
    "Högskolan i Halmstad": (1.0, 1.0),
    "Forskargruppen Hållbar samhällsplanering": (0.5, 0.5),
    "Trafikverket Region Väst": (0.0, 1.5),
    "Kattegattkustens Logistik AB": (0.5, 2.0),
    "Nissadalens Trä AB": (0.0, -0.5),
    "Företagarna Halland": (1.0, 0.5),
    "LRF Halland": (0.0, 1.5),
    "Hylte kommun": (0.0, 1.0),
    "Kungsbacka Fastighetsutveckling AB": (-0.5, -1.0),
    "Länsstyrelsen i Hallands län": (0.0, 1.0),
}
COMMENTS = {
    "Kattegattkustens Logistik AB": "Hamnfrågan gjorde dem engagerade efter intervjun.",
    "Trafikverket Region Väst": "Stråken längs Västkustbanan är nu en gemensam fråga.",
    "Kungsbacka Fastighetsutveckling AB": "Svarade inte på inbjudningarna under hösten.",
}

# Which forms each actor type gets in the plan: (form, date, period, where, how).
PLAN: dict[str, tuple[tuple[str, date | None, str, str, str], ...]] = {
    "municipality": (
        (
            Form.MUNICIPALITY_MEETING,
            None,
            "Januari 2026",
            "{m}",
            "Förankringsmöte med planeringschefen",
        ),
        (
            Form.REFERENCE_GROUP,
            date(2026, 2, 3),
            "",
            "Regionens hus, Halmstad",
            "Ordinarie ledamot",
        ),
        (
            Form.WORKSHOP,
            None,
            "Mars–april 2026",
            "Halmstad och Varberg",
            "Två planerare per kommun",
        ),
        (Form.FOLLOW_UP, date(2026, 10, 20), "", "Regionens hus, Halmstad", "Avsiktsförklaring"),
    ),
    "region": (
        (Form.REFERENCE_GROUP, date(2026, 2, 3), "", "Regionens hus, Halmstad", "Sammankallande"),
        (Form.KICKOFF, date(2026, 2, 17), "", "Scandic Hallandia", "Värd och processledning"),
        (Form.WORKSHOP, None, "Mars–april 2026", "Halmstad och Varberg", "Processledare"),
        (Form.FOLLOW_UP, date(2026, 10, 20), "", "Regionens hus, Halmstad", "Ny intressentanalys"),
    ),
    "county_board": (
        (
            Form.REFERENCE_GROUP,
            date(2026, 2, 3),
            "",
            "Regionens hus, Halmstad",
            "Ordinarie ledamot",
        ),
        (Form.KICKOFF, date(2026, 2, 17), "", "Scandic Hallandia", "Inledningsanförande"),
        (Form.WORKSHOP, None, "Mars–april 2026", "Halmstad och Varberg", "Statliga intressen"),
    ),
    "university": (
        (Form.KICKOFF, date(2026, 2, 17), "", "Scandic Hallandia", "Inbjudan via forskningsledare"),
        (Form.INTERVIEW, None, "Maj 2026", "Digitalt (Teams)", "Semistrukturerad intervju, 60 min"),
        (Form.WORKSHOP, date(2026, 3, 10), "", "Högskolan i Halmstad", "Värd för workshop 1"),
    ),
    "researcher": (
        (Form.INTERVIEW, None, "Maj 2026", "Digitalt (Teams)", "Intervju om forskningsläget"),
        (Form.FOLLOW_UP, None, "Hösten 2026", "Digitalt", "Läsa och kommentera kunskapsunderlaget"),
    ),
    "agency": (
        (
            Form.INTERVIEW,
            None,
            "Maj 2026",
            "Digitalt (Teams)",
            "Intervju om transportinfrastruktur",
        ),
        (Form.REFERENCE_GROUP, None, "Vid behov", "Regionens hus, Halmstad", "Adjungerad"),
    ),
    "company": (
        (Form.INTERVIEW, None, "Maj–juni 2026", "Hos företaget", "Personlig inbjudan, 60 min"),
        (Form.FOLLOW_UP, None, "Hösten 2026", "Digitalt", "Återkoppling av resultatet"),
    ),
    "business_org": (
        (
            Form.KICKOFF,
            date(2026, 2, 17),
            "",
            "Scandic Hallandia",
            "Sprida inbjudan till medlemmar",
        ),
        (Form.INTERVIEW, None, "Maj 2026", "Digitalt (Teams)", "Intervju om näringslivets behov"),
        (Form.FOLLOW_UP, date(2026, 10, 20), "", "Regionens hus, Halmstad", "Avsiktsförklaring"),
    ),
}


def add_rounds(db: DbSession, project_id: str, actors: dict[str, Actor]) -> None:
    """Add the January analysis and the October follow-up, with some movement between them."""
    january = AssessmentRound(
        project_id=project_id, name="Intressentanalys januari 2026", held_on=date(2026, 1, 15)
    )
    october = AssessmentRound(
        project_id=project_id, name="Uppföljning oktober 2026", held_on=date(2026, 10, 20)
    )
    db.add_all([january, october])
    db.flush()
    for name, actor in actors.items():
        influence, interest = JANUARY.get(name, (3.0, 3.0))
        db.add(
            Assessment(
                round_id=january.id, actor_id=actor.id, influence=influence, interest=interest
            )
        )
        d_influence, d_interest = OCTOBER_MOVES.get(name, (0.0, 0.0))
        db.add(
            Assessment(
                round_id=october.id,
                actor_id=actor.id,
                influence=_clamp(influence + d_influence),
                interest=_clamp(interest + d_interest),
                comment=COMMENTS.get(name, ""),
            )
        )


def add_plan(db: DbSession, actors: dict[str, Actor]) -> None:
    """Give every actor the involvement forms its type gets in the method."""
    for actor in actors.values():
        for form, when, period, where, how in PLAN.get(actor.actor_type, PLAN["company"]):
            db.add(
                Involvement(
                    actor_id=actor.id,
                    form=form,
                    when_date=when,
                    when_text=period,
                    where=where.format(m=actor.municipality),
                    how=how,
                )
            )


def _clamp(value: float) -> float:
    return min(5.0, max(1.0, value))
