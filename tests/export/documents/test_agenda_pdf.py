"""The agenda handout, read back with pypdf: times, questions, organisations, hostile text."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from regworkshop.export.documents.agenda_pdf import build_handout, export_agenda, write_agenda_pdf
from regworkshop.services.errors import InvalidInput
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sessions.template_service import TemplateService

NINE = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def pdf_text(path) -> str:
    """The PDF's text with line breaks and runs of spaces made single spaces."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def page_count(path) -> int:
    return len(PdfReader(str(path)).pages)


def embedded_fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


@pytest.fixture
def workshop(store) -> str:
    session = SessionService(store).create(
        "Workshop 1 – Halmstad",
        starts_at=NINE,
        planned_minutes=150,
        place="Högskolan i Halmstad",
        facilitator="Karin Åberg",
        note_taker="Peter Öberg",
        purpose="Rama in projektets frågeställningar.",
    )
    TemplateService(store).apply(session.id, "builtin:halland_workshop", "sv")
    people = ParticipantService(store)
    people.add_on_the_spot(session.id, "Anna Lindqvist", "Halmstads kommun")
    people.add_on_the_spot(session.id, "Emma Karlsson", "Länsstyrelsen i Hallands län")
    cancelled = people.add_on_the_spot(session.id, "Jonas Wikström", "Nissadalens Trä AB")
    people.set_attendance(cancelled.participant.id, "cancelled")
    return session.id


def test_a_workshop_handout_on_one_page(store, workshop, tmp_path):
    out = export_agenda(store, workshop, tmp_path / "dagordning.pdf", "sv", tz=UTC)
    assert page_count(out) == 1
    text = pdf_text(out)
    for expected in (
        "Workshop 1 – Halmstad",
        "Workshop · Dagordning",
        "tisdag 10 mars 2026, 09:00–11:30",
        "Högskolan i Halmstad",
        "Karin Åberg",
        "Halmstads kommun, Länsstyrelsen i Hallands län",
        "09:00–09:15",
        "Inledning: syfte och upplägg",
        "09:15–09:35",
        "Vilka möjligheter ser ni för regionens och er organisations utveckling?",
        "11:15–11:30",
        "Sammanfattning och nästa steg",
        "Totalt 2 h 30 min, slut 11:30.",
        "Sida 1 av 1",
    ):
        assert expected in text, expected
    assert "Nissadalens" not in text  # cancelled
    assert "Dagordningen slutar" not in text  # no overrun
    assert any("DejaVuSans" in name for name in embedded_fonts(out))


def test_an_english_handout(store, workshop, tmp_path):
    out = export_agenda(store, workshop, tmp_path / "agenda.pdf", "en", tz=UTC)
    text = pdf_text(out)
    assert "Workshop · Agenda" in text
    assert "Tuesday 10 March 2026, 09:00–11:30" in text
    assert "Participating organisations" in text and "Page 1 of 1" in text


def test_an_overrun_is_called_out(store, workshop, tmp_path):
    SessionService(store).update(workshop, planned_minutes=120)
    handout = build_handout(store, workshop, "sv", tz=UTC)
    assert [row.overruns for row in handout.rows][-2:] == [True, True]
    text = pdf_text(write_agenda_pdf(handout, tmp_path / "over.pdf"))
    assert "Dagordningen slutar 30 min efter det planerade slutet 11:00." in text


def test_past_midnight_zero_and_six_hundred_minutes(store, tmp_path):
    session = SessionService(store).create(
        "Nattvandring", starts_at=datetime(2026, 6, 20, 22, 0, tzinfo=UTC)
    )
    agenda = AgendaService(store)
    agenda.create(session.id, "Samling", minutes=0)
    agenda.create(session.id, "Hela natten", minutes=600)
    agenda.create(session.id, "Frukost", minutes=30)
    text = pdf_text(export_agenda(store, session.id, tmp_path / "natt.pdf", "sv", tz=UTC))
    assert "22:00–22:00" in text
    assert "22:00–08:00 (+1)" in text
    assert "08:00 (+1)–08:30 (+1)" in text
    assert "lördag 20 juni 2026, 22:00–08:30 (+1)" in text
    assert "Totalt 10 h 30 min" in text


def test_a_hundred_items_flow_onto_more_pages(store, tmp_path):
    session = SessionService(store).create("Lång dag", starts_at=NINE)
    agenda = AgendaService(store)
    for n in range(100):
        agenda.create(
            session.id, f"Punkt {n + 1}", framing_question=f"Fråga nummer {n + 1}?", minutes=5
        )
    out = export_agenda(store, session.id, tmp_path / "lang.pdf", "sv", tz=UTC)
    pages = page_count(out)
    assert pages > 1
    text = pdf_text(out)
    assert "Punkt 1 Fråga nummer 1?" in text
    assert "Punkt 100" in text and "Fråga nummer 100?" in text
    assert f"Sida {pages} av {pages}" in text
    assert text.count("Tid") >= pages  # the header row repeats on every page


def test_no_participants_and_no_date(store, tmp_path):
    session = SessionService(store).create("Intervju utan datum", "interview")
    AgendaService(store).create(session.id, "Inledning", minutes=10)
    AgendaService(store).create(session.id, "Frågor", minutes=50)
    text = pdf_text(export_agenda(store, session.id, tmp_path / "tom.pdf", "sv", tz=UTC))
    assert "Inga deltagare registrerade ännu." in text
    assert "Datum ej bestämt" in text
    assert "0:10–1:00" in text
    assert "Intervju · Dagordning" in text


def test_hostile_text_is_printed_as_text(store, tmp_path):
    session = SessionService(store).create(
        "Möte <b>fet</b> & <font size=400>stor</font>",
        starts_at=NINE,
        purpose='Rader\nmed <img src="/etc/passwd"/> och &eacute; och <a href="http://x">länk</a>',
    )
    long_word = "Planeringsunderlagsframtagningsprocessdokumentationsarbetsgrupp" * 4
    agenda = AgendaService(store)
    agenda.create(session.id, f"Fika 🍰 & {long_word}", framing_question="a < b & <c>", minutes=15)
    ParticipantService(store).add_on_the_spot(session.id, "Ö", "Åkes <Åkeri> & Söner")
    out = export_agenda(store, session.id, tmp_path / "elak.pdf", "sv", tz=UTC)
    text = pdf_text(out)
    compact = text.replace(" ", "")
    assert "Möte <b>fet</b> & <font size=400>stor</font>" in text
    assert "a < b & <c>" in text
    assert "&eacute;" in text and '<img src="/etc/passwd"/>' in text
    assert "Åkes <Åkeri> & Söner" in text
    assert long_word in compact  # broken over lines, never cut off
    assert "Rader med" in text  # the newline became a line break
    assert page_count(out) == 1


def test_an_empty_agenda_is_refused_and_no_file_is_left(store, tmp_path):
    session = SessionService(store).create("Tom")
    with pytest.raises(InvalidInput, match="no agenda items"):
        export_agenda(store, session.id, tmp_path / "tom.pdf")
    assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".pdf" for p in tmp_path.iterdir())


def test_the_write_is_atomic(store, workshop, tmp_path):
    target = tmp_path / "dagordning.pdf"
    target.write_bytes(b"old handout")
    handout = build_handout(store, workshop, "sv", tz=UTC)

    class Boom(RuntimeError):
        pass

    def fail(done, total):
        if done == 2:
            raise Boom()

    with pytest.raises(Boom):
        write_agenda_pdf(handout, target, progress=fail)
    # The PDF was complete and in place before progress reported the end.
    assert target.read_bytes().startswith(b"%PDF")
    leftovers = [p for p in os.listdir(tmp_path) if p.endswith(".part")]
    assert leftovers == []

    def fail_early(done, total):
        if done == 1:
            raise Boom()

    target.write_bytes(b"old handout")
    with pytest.raises(Boom):
        write_agenda_pdf(handout, target, progress=fail_early)
    assert target.read_bytes() == b"old handout"
    with pytest.raises(FileNotFoundError):
        write_agenda_pdf(handout, tmp_path / "no-such-folder" / "x.pdf")
