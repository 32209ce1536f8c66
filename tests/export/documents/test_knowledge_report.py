"""The kunskapsunderlag read back: PDF text, Word headings and tables, consent on quotes."""

from __future__ import annotations

from datetime import date

import docx
import docx.document
import pytest
from pypdf import PdfReader

from regworkshop.export.documents.knowledge_report import build_report, export_report
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.store.models import Commitment
from tests.export.documents.report_fixtures import build_project, pdf_text


@pytest.fixture
def project(store):
    return build_project(store)


def _actor_ids(store):
    from regworkshop.services.stakeholders.actor_service import ActorService

    return {a.name: a.id for a in ActorService(store).list_actors()}


def test_the_report_has_method_insights_lessons_commitments_and_appendices(store, project,
                                                                          tmp_path):  # fmt: skip
    actors = _actor_ids(store)
    with store.unit_of_work() as db:
        db.add(Commitment(project_id=store.project_id, actor_id=actors["Laholms kommun"],
                          text="Dela GIS-underlag <snart>", status="agreed"))  # fmt: skip
    assessments = AssessmentService(store)
    first = assessments.create_round("Första bedömningen", date(2026, 2, 1))
    assessments.set(first.id, actors["Laholms kommun"], 4.5, 4.0)
    assessments.set(first.id, actors["Hamnen AB"], 2.0, 4.5)
    out = export_report(store, tmp_path / "report.pdf", "sv")
    text = pdf_text(out)
    for part in ("Kunskapsunderlag", "Metod och underlag", "1 intervjuer, 1 workshoppar",
                 "Aktörer som deltagit", "Kommun", "Laholm", "Möjligheter",
                 "Stationerna <är> nyckeln", "Både kommun & företag ser möjligheter.",
                 "Underlag: 3 lappar från 2 aktörer av 2 aktörstyper i 2 aktiviteter.",
                 "Lärdomar", "Börja tidigt", "Åtaganden", "Dela GIS-underlag <snart>",
                 "Överenskommet", "Bilaga: Intressentkarta", "Första bedömningen",
                 "Bilaga: Aktiviteter", "Workshop <Halmstad> & co"):  # fmt: skip
        assert part in text, part
    reader = PdfReader(str(out))
    assert sum(len(page.images) for page in reader.pages) == 1  # the stakeholder map


def test_quotes_only_with_consent_and_attributed_as_far_as_allowed(store, project):
    report = build_report(store, "sv")
    insight = report.sections[0].insights[0]
    quotes = dict(insight.quotes)
    assert quotes == {"Vi vill bygga vid stationen.": "Åsa Öberg, Laholms kommun (kommun)"}
    # Bo refused quoting: his note backs the insight but is not quoted, and never named.
    assert "Hamnen saknar mark för logistik." not in quotes


def test_the_word_report_uses_real_headings_lists_and_tables(store, project, tmp_path):
    out = export_report(store, tmp_path / "report.docx", "en", "docx")
    document = docx.Document(str(out))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Testprojekt") in styles
    assert ("Heading 1", "Method and sources") in styles
    assert ("Heading 1", "Opportunities") in styles
    assert ("Heading 2", "Stationerna <är> nyckeln") in styles
    assert ("Heading 1", "Lessons learned") in styles
    assert any(s == "Quote" and "Vi vill bygga vid stationen." in t for s, t in styles)
    assert document.core_properties.title.startswith("Knowledge base report")
    tables = document.tables
    assert len(tables) >= 3
    header = [cell.text for cell in tables[0].rows[0].cells]
    assert header == ["Actor type", "Actors", "Notes"]
    # The header row repeats on every page the table spans.
    assert tables[0].rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    sessions = tables[-1]
    titles = [row.cells[2].text for row in sessions.rows[1:]]
    assert "Workshop <Halmstad> & co" in titles


def test_an_empty_project_still_makes_a_report(store, tmp_path):
    text = pdf_text(export_report(store, tmp_path / "empty.pdf", "en"))
    assert "No insights written yet." in text
    assert "No commitments recorded." in text
    assert "No assessment of influence and interest has been made yet." in text
    assert CommitmentService(store).list() == []


def test_a_failed_word_export_leaves_an_existing_file_untouched(store, project, tmp_path,
                                                                monkeypatch):  # fmt: skip
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.docx"
    target.write_bytes(b"old")

    def full_disk(self, path):
        with open(path, "wb") as fh:
            fh.write(b"half a document")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", full_disk)
    with pytest.raises(OSError):
        export_report(store, target, "sv", "docx")
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["report.docx"]
