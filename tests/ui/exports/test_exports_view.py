"""The Exports area: documents written off the GUI thread, Cancel, language choice, errors."""

from __future__ import annotations

import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt

from regworkshop.export.documents import knowledge_report
from tests.export.documents.report_fixtures import HOSTILE, build_project, pdf_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def project(store):
    return build_project(store)


@pytest.fixture
def view(project, open_window):
    open_window.show_area("exports")
    return open_window.views["exports"]


def run_export(qtbot, view, button, interaction, path):
    interaction.answers.append(str(path))
    with qtbot.waitSignal(view.finished, timeout=30000) as signal:
        qtbot.mouseClick(button, LEFT)
    return signal.args[0]


def test_the_summary_of_the_chosen_session_is_written(qtbot, view, project, interaction,
                                                      tmp_path):  # fmt: skip
    at = view.summary_session.findData(project.workshop)
    view.summary_session.setCurrentIndex(at)
    written = run_export(qtbot, view, view.summary_button, interaction, tmp_path / "sammanf")
    assert written == str(tmp_path / "sammanf.pdf")  # the suffix is added
    assert interaction.suggested == "Workshop Halmstad co.pdf"
    text = pdf_text(written)
    assert "Workshop <Halmstad> & co" in text
    assert all(h in text for h in HOSTILE)
    assert "Saved:" in view.status.text()
    assert view.progress.isHidden() and view.summary_button.isEnabled()
    assert view.open_button.isVisible()
    qtbot.mouseClick(view.open_button, LEFT)
    assert interaction.opened == [written]


def test_the_document_language_is_chosen_per_export(qtbot, view, interaction, tmp_path):
    view.language.setCurrentIndex(view.language.findData("en"))
    written = run_export(qtbot, view, view.report_docx, interaction, tmp_path / "report.docx")
    headings = [p.text for p in docx.Document(written).paragraphs if p.style.name == "Heading 1"]
    assert "Method and sources" in headings
    view.language.setCurrentIndex(view.language.findData("sv"))
    written = run_export(qtbot, view, view.report_pdf, interaction, tmp_path / "rapport.pdf")
    assert "Metod och underlag" in pdf_text(written)


def test_csv_of_one_session_or_all(qtbot, view, project, interaction, tmp_path):
    view.csv_session.setCurrentIndex(view.csv_session.findData(project.interview))
    written = run_export(qtbot, view, view.notes_csv, interaction, tmp_path / "intervju.csv")
    lines = Path(written).read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3  # header and the interview's two notes
    written = run_export(qtbot, view, view.insights_csv, interaction, tmp_path / "insikter.csv")
    assert "Stationerna <är> nyckeln" in Path(written).read_text(encoding="utf-8-sig")


def test_cancel_stops_the_export_and_writes_nothing(qtbot, view, interaction, tmp_path,
                                                    monkeypatch):  # fmt: skip
    release = threading.Event()
    real = knowledge_report.build_report

    def held_build(store, language, today=None, progress=None):
        release.wait(10)  # the export is still reading when the user presses Cancel
        return real(store, language, today, progress)

    monkeypatch.setattr(knowledge_report, "build_report", held_build)
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"last week's report")
    interaction.answers.append(str(target))
    with qtbot.waitSignal(view.finished, timeout=30000) as signal:
        qtbot.mouseClick(view.report_pdf, LEFT)
        assert view.progress.isVisible() and not view.report_docx.isEnabled()
        qtbot.mouseClick(view.cancel_button, LEFT)
        release.set()
    assert signal.args == [""]
    assert view.status.text() == "Cancelled; nothing was written."
    assert target.read_bytes() == b"last week's report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["rapport.pdf"]
    assert view.report_pdf.isEnabled()


def test_an_unwritable_place_gets_a_message_not_a_traceback(qtbot, view, interaction, tmp_path):
    written = run_export(qtbot, view, view.notes_csv, interaction, tmp_path / "nowhere" / "x.csv")
    assert written == ""
    assert interaction.errors and "x.csv could not be written" in interaction.errors[-1]


def test_the_follow_up_documents_are_here_too(qtbot, view, interaction, tmp_path):
    view.language.setCurrentIndex(view.language.findData("sv"))
    written = run_export(qtbot, view, view.declaration_docx, interaction, tmp_path / "avsikt")
    assert written.endswith("avsikt.docx")
    assert docx.Document(written).paragraphs
    written = run_export(qtbot, view, view.lessons_pdf, interaction, tmp_path / "lardomar.pdf")
    assert "Börja tidigt" in pdf_text(written)
