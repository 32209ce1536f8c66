"""`regworkshop export declaration|followup|lessons`: the follow-up documents from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from regworkshop import cli
from regworkshop.services.project.project_service import load_project
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from tests.conftest import DEVICE


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.fixture
def demo_copy(demo_path, tmp_path) -> Path:
    path = tmp_path / "kopia.rwproj"
    shutil.copyfile(demo_path, path)
    return path


def rounds(path: Path) -> list[str]:
    store = load_project(path, device_id=DEVICE, backup_dir=path.parent / "backups")
    try:
        return [r.name for r in AssessmentService(store).rounds()]
    finally:
        store.close()


def test_declaration_as_pdf_and_word(capsys, demo_copy, tmp_path):
    pdf, word = tmp_path / "avsikt.pdf", tmp_path / "intent.docx"
    assert cli.run(["export", "declaration", str(demo_copy), "-o", str(pdf)]) == 0
    assert "Avsiktsförklaring" in text_of(pdf)
    assert cli.run(["export", "declaration", str(demo_copy), "-o", str(word), "--lang", "en"]) == 0
    assert "Declaration of intent" in [p.text for p in docx.Document(str(word)).paragraphs]
    assert f"wrote {word}" in capsys.readouterr().out


def test_followup_can_start_the_new_round_first(capsys, demo_copy, tmp_path):
    out = tmp_path / "uppfoljning.pdf"
    args = ["export", "followup", str(demo_copy), "-o", str(out), "--new-round", "Uppföljning 2027"]
    assert cli.run(args) == 0
    assert rounds(demo_copy)[-1] == "Uppföljning 2027"
    text = text_of(out)
    assert "Uppföljningsrapport" in text and "Uppföljning 2027" in text
    assert "started round “Uppföljning 2027” with 19 actors assessed" in capsys.readouterr().out


def test_lessons_in_english(demo_copy, tmp_path):
    out = tmp_path / "lessons.pdf"
    assert cli.run(["export", "lessons", str(demo_copy), "-o", str(out), "--lang", "en"]) == 0
    text = text_of(out)
    assert "Lessons learned" in text and "What worked" not in text  # the demo's themes are Swedish
    assert "Det här fungerade" in text


@pytest.mark.parametrize(
    ("what", "name", "message"),
    [
        ("declaration", "avsikt.txt", "written as .pdf or .docx"),
        ("followup", "rapport.docx", "written as a .pdf file"),
        ("lessons", "saknas/lardomar.pdf", "does not exist"),
    ],
)
def test_bad_output_is_one_line_exit_2_and_changes_nothing(
    capsys, demo_copy, tmp_path, what, name, message
):
    before = rounds(demo_copy)
    args = ["export", what, str(demo_copy), "-o", str(tmp_path / name), "--new-round", "X"]
    if what != "followup":
        args = args[:-2]
    assert cli.run(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / name).exists()
    assert rounds(demo_copy) == before  # no round was started


def test_followup_without_an_analysis_is_refused(capsys, tmp_path):
    project = tmp_path / "tom.rwproj"
    assert cli.run(["new", str(project)]) == 0
    out = tmp_path / "f.pdf"
    assert cli.run(["export", "followup", str(project), "-o", str(out), "--new-round", "X"]) == 2
    assert "no stakeholder analysis" in capsys.readouterr().err
    assert not out.exists()


def test_export_without_a_document_names_them_all(capsys):
    assert cli.run(["export"]) == 2
    assert "declaration, followup, lessons or qdpx" in capsys.readouterr().err
