"""The workshop summary PDF read back: structure, consent, hostile text, atomic writes, cancel."""

from __future__ import annotations

import socket

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from regworkshop.export.documents.workshop_summary import (
    build_summary,
    export_summary,
    write_summary_pdf,
)
from regworkshop.export.pdf.pdf_fonts import register_fonts
from regworkshop.services.board.note_service import NoteService
from regworkshop.services.board.photo_service import PhotoService
from regworkshop.services.errors import InvalidInput
from regworkshop.services.sessions.session_service import SessionService
from tests.export.documents.report_fixtures import HOSTILE, NAMES, build_project, pdf_text


@pytest.fixture
def project(store):
    return build_project(store)


def test_the_summary_has_its_parts_in_order(store, project, tmp_path):
    out = export_summary(store, project.workshop, tmp_path / "summary.pdf", "sv")
    text = pdf_text(out)
    reader = PdfReader(str(out))
    assert 2 <= len(reader.pages) <= 10
    first = reader.pages[0].extract_text()
    assert "Sammanfattning" in first and "Innehåll" in first
    assert "Möjligheter" in first  # the table of contents
    body = " ".join(" ".join(page.extract_text() for page in reader.pages[1:]).split())
    order = ["Syfte och dagordning", "Deltagande organisationer", "Resultat i siffror",
             "Möjligheter", "Utmaningar"]  # fmt: skip
    at = 0
    for part in order:  # each heading comes after the one before it
        at = body.index(part, at) + len(part)
    assert "Lappar per tema" in body
    assert "Workshop <Halmstad> & co" in text
    assert "Rama in <frågorna>." in text
    assert "Sida 1 av" in text
    assert "Högskolan i Halmstad" in text
    # The outline (bookmarks) lists the themes for a reader's side panel.
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Möjligheter" in titles


def test_hostile_text_is_printed_literally_and_nothing_is_fetched(store, project, tmp_path,
                                                                  monkeypatch):  # fmt: skip
    def no_network(*_args, **_kwargs):
        raise AssertionError("the PDF export tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    out = export_summary(store, project.workshop, tmp_path / "hostile.pdf", "en")
    text = pdf_text(out)
    for hostile in HOSTILE:
        assert hostile in text
    for word in NAMES.split():
        assert word in text
    assert "Opportunities" in text  # the default themes speak the document's language


def test_names_only_where_consent_allows(store, project, tmp_path):
    out = export_summary(store, project.workshop, tmp_path / "s.pdf", "sv")
    text = pdf_text(out)
    assert "Bo Hemlig" not in text  # refused: the organisation and a head count instead
    assert "Hamnen AB: 1 deltagare" in text


def test_votes_and_the_top_ranked_notes(store, project, tmp_path):
    summary = build_summary(store, project.workshop, "sv")
    opportunities = next(t for t in summary.themes if t.name == "Möjligheter")
    assert opportunities.votes == 3
    assert [n.text for n in opportunities.top] == ["Stationsnära förtätning i Laholm."]
    assert opportunities.notes == 5


def test_a_photo_of_the_wall_is_included_and_a_damaged_one_is_skipped(store, project, tmp_path):
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "PNG")
    photos = PhotoService(store)
    photos.add(project.workshop, buffer.getvalue(), "Väggen efter gruppering")
    photos.add(project.workshop, b"\x89PNG\r\n\x1a\n" + b"broken" * 10, "Trasig")
    out = export_summary(store, project.workshop, tmp_path / "photos.pdf", "sv")
    text = pdf_text(out)
    assert "Foton av väggarna" in text
    assert "Väggen efter gruppering" in text
    assert "Ett foto kunde inte läsas" in text
    images = sum(len(page.images) for page in PdfReader(str(out)).pages)
    assert images == 1


def test_a_cancelled_export_leaves_no_file_and_the_old_one_untouched(store, project, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "summary.pdf"
    target.write_bytes(b"the old summary")

    class Cancelled(Exception):
        pass

    def cancel(done, total):
        raise Cancelled()

    summary = build_summary(store, project.workshop, "sv")
    with pytest.raises(Cancelled):
        write_summary_pdf(summary, target, cancel)
    assert target.read_bytes() == b"the old summary"
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]


def test_a_session_without_agenda_or_notes_still_exports(store, tmp_path):
    session = SessionService(store).create("Tomt möte")
    text = pdf_text(export_summary(store, session.id, tmp_path / "empty.pdf", "sv"))
    assert "Ingen dagordning registrerad." in text
    assert "Inga deltagare registrerade." in text


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
               min_size=1, max_size=80))  # fmt: skip
def test_any_note_text_exports_and_comes_back(store, tmp_path, text):
    session = SessionService(store).list()
    session_id = session[0].id if session else SessionService(store).create("Egenskap").id
    try:
        note = NoteService(store).capture(session_id, None, text)
    except InvalidInput:  # blank notes are refused at capture: nothing to export
        assume(False)
    try:
        out = export_summary(store, session_id, tmp_path / "any.pdf", "sv")
        read = pdf_text(out)
        # What comes back is every printable character the font can show (white space
        # folds; characters DejaVu lacks are drawn as a box but still exported).
        visible = [c for c in " ".join(note.text.split()) if c.isalnum()]
        glyphs = pdfmetrics.getFont(register_fonts()).face.charToGlyph
        sample = "".join(c for c in visible if ord(c) in glyphs)[:10]
        squeezed = read.replace(" ", "")
        assert all(c in squeezed for c in sample)
    finally:
        NoteService(store).delete([note.id])
