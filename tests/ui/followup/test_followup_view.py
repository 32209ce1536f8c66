"""The Follow-up area: commitments edited in place with undo, the platform, the round, documents."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from regworkshop.ui.followup.commitment_model import CommitmentModel


@pytest.fixture
def followup(open_window):
    win = open_window
    win.navigate("followup")
    return win.views["followup"]


@pytest.fixture
def kommun(open_window):
    actor = open_window.ctx.services.actors.create_actor("Hylte kommun", "municipality").id
    open_window.ctx.notify("stakeholders")
    return actor


def commitments(window):
    return window.ctx.services.commitments.list()


def test_add_edit_delete_a_commitment_with_undo(open_window, followup, kommun, interaction):
    interaction.answers.extend([kommun, "Dela GIS-underlag med regionen"])
    followup.add_commitment()
    [made] = commitments(open_window)
    assert (made.actor_name, made.text, made.status) == (
        "Hylte kommun",
        "Dela GIS-underlag med regionen",
        "proposed",
    )
    model = followup.model
    assert model.rowCount() == 1 and followup.commitments_heading.text() == "Commitments (1)"
    status = model.index(0, model.column_of("status"))
    assert model.setData(status, "agreed")
    assert commitments(open_window)[0].status == "agreed"
    assert status.data() == "Agreed"
    due = model.index(0, model.column_of("due"))
    model.setData(due, "31/12")  # not a date: refused with a message, nothing changes
    assert interaction.errors and "YYYY-MM-DD" in interaction.errors[-1]
    assert model.setData(due, "2026-12-31")
    assert commitments(open_window)[0].due == date(2026, 12, 31)
    open_window.ctx.undo_stack.undo()
    open_window.ctx.undo_stack.undo()
    assert commitments(open_window)[0].status == "proposed"
    followup.table.selectRow(0)
    followup.delete_commitment()
    assert commitments(open_window) == [] and model.rowCount() == 0
    open_window.ctx.undo_stack.undo()
    assert len(commitments(open_window)) == 1


def test_adding_needs_actors_first(followup, interaction):
    followup.add_commitment()
    assert interaction.errors == ["Add the actors to the stakeholder register first."]


def test_the_platform_is_recorded_and_undoable(open_window, followup, kommun, interaction, qtbot):
    followup.forum.setFocus()
    followup.forum.setText("Hallands planeringsforum")
    followup.forum.editingFinished.emit()
    interaction.answers.append([kommun])
    followup.choose_members()
    platform = open_window.ctx.services.followup.platform()
    assert platform.name == "Hallands planeringsforum"
    assert platform.member_names == ("Hylte kommun",)
    assert followup.members.text() == "Hylte kommun"
    open_window.ctx.undo_stack.undo()
    assert open_window.ctx.services.followup.platform().member_ids == ()
    assert followup.members.text() == "none chosen yet"


def test_start_followup_round_then_write_the_report(
    open_window, followup, kommun, interaction, tmp_path, qtbot
):
    services = open_window.ctx.services
    first = services.assessments.create_round("Januari", date(2026, 1, 15))
    services.assessments.set(first.id, kommun, 3, 4)
    out = tmp_path / "uppfoljning.pdf"
    interaction.answers.extend(["Uppföljning hösten", str(out)])
    followup.start_round()
    assert [r.name for r in services.assessments.rounds()] == ["Januari", "Uppföljning hösten"]
    open_window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: followup.exports.last_written == out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "Follow-up report" not in text  # the project's language (Swedish) is used
    assert "Uppföljningsrapport" in text and "Uppföljning hösten" in text
    assert "Hylte kommun" in text
    open_window.ctx.undo_stack.undo()  # the round goes again; the report stays written
    assert [r.name for r in services.assessments.rounds()] == ["Januari"]


def test_starting_a_round_without_an_analysis_is_refused(followup, interaction):
    interaction.answers.append("Uppföljning")
    followup.start_round()
    assert interaction.errors and "no stakeholder analysis" in interaction.errors[0]


def test_declaration_as_word_and_lessons_as_pdf(
    open_window, followup, kommun, interaction, tmp_path, qtbot
):
    open_window.ctx.services.commitments.create(kommun, "Delta i planeringsforumet")
    word, lessons = tmp_path / "avsikt.docx", tmp_path / "lardomar"
    interaction.answers.append(str(word))
    followup.exports.declaration()
    open_window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: followup.exports.last_written == word)
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Avsiktsförklaring" in text and "Delta i planeringsforumet" in text
    interaction.answers.append(str(lessons))
    followup.exports.lessons()
    open_window.ctx.tasks.wait()
    pdf = tmp_path / "lardomar.pdf"  # the suffix is added
    qtbot.waitUntil(lambda: followup.exports.last_written == pdf)
    assert "Inga lärdomar" in PdfReader(str(pdf)).pages[1].extract_text()
    assert followup.exports.status.text() == "Written: lardomar.pdf"


def test_commitment_model(qtmodeltester, open_window, followup, kommun):
    services = open_window.ctx.services
    services.commitments.create(kommun, "Första")
    services.commitments.create(None, "Utan aktör")
    model = CommitmentModel()
    model.set_rows(services.commitments.list())
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "(no actor)"
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    changed, resets = [], []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.modelReset.connect(lambda: resets.append(1))
    rows = model.rows()
    rows[0] = replace(rows[0], status="done")
    model.set_rows(rows)
    assert changed == [(0, 0)] and resets == []
    assert model.index(0, model.column_of("status")).data() == "Fulfilled"
