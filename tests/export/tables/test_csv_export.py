"""Notes and insights as CSV read back with the csv module: BOM, delimiters, formulas kept text."""

from __future__ import annotations

import csv

import pytest

from regworkshop.export.tables.csv_export import export_insights_csv, export_notes_csv, neutral
from regworkshop.services.board.note_service import NoteService
from tests.export.documents.report_fixtures import NAMES, build_project


@pytest.fixture
def project(store):
    return build_project(store)


def read(path, delimiter):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def test_notes_come_with_theme_session_source_votes_and_quote(store, project, tmp_path):
    rows = read(export_notes_csv(store, tmp_path / "notes.csv", "sv"), ";")
    assert len(rows) == 8
    by_text = {r["text"]: r for r in rows}
    station = by_text["Stationsnära förtätning i Laholm."]
    assert station["tema"] == "Möjligheter"
    assert station["aktivitet"] == "Workshop <Halmstad> & co"
    assert station["organisation"] == "Laholms kommun"
    assert station["aktörstyp"] == "kommun"
    assert station["kommun"] == "Laholm"
    assert station["röster"] == "3"
    assert by_text[NAMES]["text"] == NAMES
    quoted = by_text["Vi vill bygga vid stationen."]
    assert quoted["citat"] == "ja" and quoted["person"] == "Åsa Öberg"
    refused = by_text["Hamnen saknar mark för logistik."]
    assert refused["person"] == "" and refused["organisation"] == ""  # no consent to name
    assert refused["aktörstyp"] == "företag"


def test_formulas_are_neutralised_and_line_breaks_survive(store, project, tmp_path):
    notes = NoteService(store)
    for text in ("=HYPERLINK(\"http://x\";\"klicka\")", "+1+1", "-2", "@SUM(A1)",
                 "rad ett\nrad två; med \"citat\""):  # fmt: skip
        notes.capture(project.workshop, None, text)
    rows = read(export_notes_csv(store, tmp_path / "n.csv", "en", project.workshop), ",")
    texts = {r["text"] for r in rows}
    assert '\'=HYPERLINK("http://x";"klicka")' in texts
    assert {"'+1+1", "'-2", "'@SUM(A1)"} <= texts
    assert 'rad ett\nrad två; med "citat"' in texts
    assert all(r["session"] == "Workshop <Halmstad> & co" for r in rows)
    assert neutral(-2) == -2  # numbers stay numbers


def test_insights_list_their_breadth_and_evidence_ids(store, project, tmp_path):
    rows = read(export_insights_csv(store, tmp_path / "insights.csv", "en"), ",")
    assert [r["kind"] for r in rows] == ["insight", "lesson"]
    first = rows[0]
    assert first["title"] == "Stationerna <är> nyckeln"
    assert first["theme"] == "Opportunities"
    assert (first["notes"], first["actors"], first["actor types"], first["sessions"]) == (
        "3", "2", "2", "2",
    )  # fmt: skip
    evidence = first["evidence ids"].split()
    assert len(evidence) == 3
    assert {project.quote_ok, project.quote_refused} <= set(evidence)
