"""The follow-up documents read back: declaration of intent (PDF, Word), follow-up report, lessons."""

from __future__ import annotations

from datetime import date

import docx
import pytest
from pypdf import PdfReader

from regworkshop.export.documents.declaration import build_declaration, export_declaration
from regworkshop.export.documents.followup_report import build_followup, export_followup
from regworkshop.export.documents.lessons_report import export_lessons
from regworkshop.services.errors import InvalidInput
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.followup.followup_service import FollowUpService
from regworkshop.services.knowledge.insight_service import InsightService
from regworkshop.services.project.project_service import load_project
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.models import Note, Session
from tests.conftest import DEVICE

TODAY = date(2026, 11, 25)


def pdf_text(path, first_page: int = 0) -> str:
    """Return the text of every page, checking that the DejaVu TTF is embedded (å ä ö)."""
    reader = PdfReader(str(path))
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in name for name in embedded)
    return "\n".join(page.extract_text() for page in reader.pages[first_page:])


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo(demo_path):
    store = load_project(demo_path, device_id=DEVICE)
    yield store
    store.close()


def test_declaration_pdf_lists_the_parties_and_their_commitments(demo, tmp_path):
    out = export_declaration(demo, tmp_path / "avsikt.pdf", "sv", TODAY)
    text = flat(pdf_text(out))
    assert "Avsiktsförklaring" in text
    assert "Hallands planeringsforum" in text and "Fyra gånger per år" in text
    assert "Halmstads kommun" in text and "Dela prognoser för godsflöden via hamnen." in text
    assert "Överenskommet" in text and "Föreslaget" in text
    # A dropped commitment is no part of the declaration.
    assert "Delta i referensgruppen under hösten" not in text
    assert "Underskrifter" in text


def test_declaration_word_document_reads_back(demo, tmp_path):
    out = export_declaration(demo, tmp_path / "intent.docx", "en", TODAY)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Declaration of intent" in text
    assert "Collaboration platform" in text
    assert "Koppla ett examensarbete till kunskapsunderlaget om energisystem." in text
    assert "Agreed" in text
    table = document.tables[-1]
    parties = [row.cells[0].text for row in table.rows[1:]]
    assert "Högskolan i Halmstad" in parties and "Region Halland" in parties
    assert len(parties) == len(set(parties))


def test_declaration_refuses_other_formats(demo, tmp_path):
    with pytest.raises(InvalidInput):
        export_declaration(demo, tmp_path / "avsikt.txt", "sv", TODAY)
    assert not (tmp_path / "avsikt.txt").exists()


def test_user_text_is_printed_not_interpreted(store, tmp_path):
    actor = ActorService(store).create_actor("A & B <AB>", "company").id
    CommitmentService(store).create(actor, 'Bidra <font size=400>stort</font> & <img src="x.png"/>')
    text = flat(pdf_text(export_declaration(store, tmp_path / "x.pdf", "sv", TODAY)))
    assert "A & B <AB>" in text
    assert '<font size=400>stort</font> & <img src="x.png"/>' in text


def test_followup_report_shows_changes_engagement_and_commitments(demo, tmp_path):
    FollowUpService(demo).start_round("Uppföljning november", date(2026, 11, 20))
    rounds = AssessmentService(demo).rounds()
    actors = {a.name: a.id for a in ActorService(demo).list_actors()}
    AssessmentService(demo).set(rounds[-1].id, actors["LRF Halland"], 4.5, 5)
    report = build_followup(demo, "sv", TODAY)
    assert "Uppföljning november" in report.compared
    lrf = next(c for c in report.changes if c.actor == "LRF Halland")
    assert lrf.influence == "2.5 → 4.5 (+2)" and lrf.interest == "2.5 → 5 (+2.5)"
    assert lrf.quadrant == "Bevaka → Samverka nära"
    text = flat(pdf_text(export_followup(demo, tmp_path / "uppfoljning.pdf", "sv", TODAY)))
    assert "Uppföljningsrapport" in text
    assert "Förändring per aktör" in text and "Engagemang per aktörstyp" in text
    assert "Halmstads kommun" in text and "Näringslivsorganisation" in text
    assert "Dela prognoser för godsflöden via hamnen." in text and "Struket" in text
    # Engagement per type is the mean of its actors' scores.
    municipality = next(t for t in report.by_type if t.kind == "Kommun")
    scores = [e.score for e in report.engagement if e.kind == "Kommun"]
    assert municipality.actors == len(scores) == 6
    assert municipality.average == round(sum(scores) / len(scores))


def test_followup_report_with_one_round_says_so(store, tmp_path):
    kommun = ActorService(store).create_actor("Hylte kommun", "municipality").id
    AssessmentService(store).set(
        AssessmentService(store).create_round("Januari", date(2026, 1, 1)).id, kommun, 3, 3
    )
    text = flat(pdf_text(export_followup(store, tmp_path / "f.pdf", "en", TODAY)))
    assert "only one round" in text
    assert "Hylte kommun" in text  # still in the engagement table


def test_lessons_report_groups_lessons_by_theme(demo, tmp_path):
    out = export_lessons(demo, tmp_path / "lardomar.pdf", "sv", TODAY)
    assert "Sammanställt från 1 interna utvärderingar" in flat(pdf_text(out))
    text = flat(pdf_text(out, first_page=1))  # after the title page and its contents
    worked = text.index("Det här fungerade ")
    did_not = text.index("Det här fungerade inte")
    change = text.index("Det här ändrar vi")
    assert text.index("Bredda deltagandet") > worked
    assert did_not < text.index("Börja intervjuerna tidigt") < change
    assert text.index("Kommunmöten först") > change
    assert "Anteckningar från utvärderingarna" in text
    assert "Boka kommunmötena redan i samband med uppstarten." in text
    assert "Källa: Intern utvärdering" in text


def test_lessons_report_without_lessons(store, tmp_path):
    text = flat(pdf_text(export_lessons(store, tmp_path / "l.pdf", "en", TODAY)))
    assert "No lessons have been written yet." in text


def test_a_lesson_takes_the_theme_of_its_evidence(store, tmp_path):
    with store.unit_of_work() as db:
        session = Session(
            project_id=store.project_id, kind="internal_evaluation", title="Utvärdering"
        )
        db.add(session)
        db.flush()
        session_id = session.id
    theme = ThemeService(store).create("Tidsplan", session_id=session_id)
    with store.unit_of_work() as db:
        note = Note(session_id=session_id, theme_id=theme.id, text="Vi började för sent")
        db.add(note)
        db.flush()
        note_id = note.id
    InsightService(store).create("Börja tidigt", kind="lesson", note_ids=[note_id])
    text = flat(pdf_text(export_lessons(store, tmp_path / "l.pdf", "sv", TODAY), first_page=1))
    assert text.index("Tidsplan") < text.index("Börja tidigt")
    assert "Källa: Utvärdering" in text


def test_build_declaration_includes_members_without_commitments(store):
    actors = ActorService(store)
    member = actors.create_actor("Region Halland", "region").id
    FollowUpService(store).set_platform("Forum", "Varje månad", [member])
    declaration = build_declaration(store, "en", TODAY)
    assert [(p.name, p.kind, p.commitments) for p in declaration.parties] == [
        ("Region Halland", "Region", ())
    ]
