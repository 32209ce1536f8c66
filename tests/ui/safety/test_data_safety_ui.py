"""Backups dialog, checks, safe opening, and the privacy view, driven in the real window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from regworkshop.services.privacy.privacy_service import PrivacyService
from regworkshop.services.safety.file_location import LocationRisk
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.models import Person
from regworkshop.ui.safety import safety_actions
from tests.store.helpers import damaged_copy


def wait_tasks(qtbot, window):
    qtbot.waitUntil(lambda: window.ctx.tasks.pool.activeThreadCount() == 0, timeout=10000)


def test_opening_takes_a_backup_and_the_dialog_restores_one(qtbot, open_window, interaction):
    win = open_window
    wait_tasks(qtbot, win)
    assert len(win.safety.service.backups()) == 1  # taken on open
    dialog = win.safety.open_backups()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "On opening"
    ThemeService(win.ctx.store).create("Efter säkerhetskopian")
    interaction.answers.append(True)  # confirm the restore
    dialog.restore_selected()
    assert win.ctx.is_open
    names = [t.name for t in ThemeService(win.ctx.store).list()]
    assert "Efter säkerhetskopian" not in names
    assert any(b.reason == "before-restore" for b in win.safety.service.backups())


def test_take_a_backup_now(qtbot, open_window):
    wait_tasks(qtbot, open_window)
    dialog = open_window.safety.open_backups()
    qtbot.addWidget(dialog)
    dialog.take_button.click()
    assert dialog.model.rowCount() == 2
    assert {dialog.model.index(r, 1).data() for r in range(2)} == {"On opening", "Taken by hand"}


def test_check_project_reports_a_sound_file(qtbot, open_window, interaction):
    open_window.safety.check_action.trigger()
    qtbot.waitUntil(lambda: bool(interaction.infos), timeout=10000)
    assert "sound" in interaction.infos[0]


def test_a_synced_folder_gets_a_warning_and_a_local_copy(
    qtbot, window, interaction, store, monkeypatch
):
    path = store.path
    store.close()
    monkeypatch.setattr(
        safety_actions, "location_risk", lambda target: LocationRisk("sync", "OneDrive")
    )
    interaction.answers.append("copy")
    assert window.open_project(str(path))
    opened = window.ctx.store.path
    assert opened != path and "local copies" in str(opened)
    assert "OneDrive" in "".join(interaction.infos) or interaction.infos


def test_a_damaged_project_can_be_salvaged_from_the_open_dialog(
    qtbot, window, interaction, demo_path, tmp_path
):
    damaged = damaged_copy(demo_path, tmp_path / "skadad.rwproj", table="rw_involvement")
    before = damaged.read_bytes()
    interaction.answers.append("salvage")
    assert window.open_project(str(damaged))
    assert damaged.read_bytes() == before
    assert window.ctx.store.path.name == "skadad (räddad).rwproj"
    assert window.views["overview"].data.counts["notes"] > 0


def test_consent_is_edited_and_undone(qtbot, window, interaction, demo_path):
    assert window.open_project(str(demo_path))
    view = window.views["privacy"]
    row = next(i for i, p in enumerate(view.people_model.rows) if p.name == "Jonas Wikström")
    view.people.selectRow(row)

    def fill(dialog: QDialog):
        dialog.boxes["quote"].setCurrentIndex(dialog.boxes["quote"].findData("refused"))
        dialog.how.setText("Muntligt")
        return QDialog.DialogCode.Accepted

    interaction.answers.append(fill)
    view.consent_button.click()
    person = next(
        p for p in PrivacyService(window.ctx.store).people() if p.name == "Jonas Wikström"
    )
    assert person.consent_quote == "refused" and person.consent_how == "Muntligt"
    window.ctx.undo_stack.undo()
    person = next(
        p for p in PrivacyService(window.ctx.store).people() if p.name == "Jonas Wikström"
    )
    assert person.consent_quote == "unknown"


def test_public_record_blocks_erasure_in_the_view(qtbot, window, interaction, demo_path):
    assert window.open_project(str(demo_path))
    view = window.views["privacy"]
    view.tabs.setCurrentIndex(1)
    view.records.selectRow(0)
    record = view.records_model.rows[0]

    def fill(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("public_record"))
        dialog.number.setText("RH 2026/77")
        return QDialog.DialogCode.Accepted

    interaction.answers.append(fill)
    view.edit_record()
    assert view.records_model.rows[0].diarienummer == "RH 2026/77"
    person_ids = {p.id for p in PrivacyService(window.ctx.store).people() if p.sessions}
    blocked = [p for p in view.people_model.rows if p.public_record_sessions]
    assert blocked and blocked[0].id in person_ids
    view.tabs.setCurrentIndex(0)
    view.people.selectRow(view.people_model.rows.index(blocked[0]))
    interaction.answers.append(True)
    view.erase_selected()
    qtbot.waitUntil(lambda: bool(interaction.errors), timeout=10000)
    assert "gallringsbeslut" in interaction.errors[-1]
    assert record.title


def test_erase_from_the_privacy_view(qtbot, window, interaction, demo_path):
    assert window.open_project(str(demo_path))
    wait_tasks(qtbot, window)
    view = window.views["privacy"]
    row = next(i for i, p in enumerate(view.people_model.rows) if p.name == "Fatima Hassan")
    view.people.selectRow(row)
    interaction.answers.append(True)
    view.erase_selected()
    qtbot.waitUntil(lambda: any("Erased" in i for i in interaction.infos), timeout=20000)
    assert "Fatima Hassan" not in [p.name for p in view.people_model.rows]
    with window.ctx.store.session() as db:
        assert not db.scalars(select(Person).where(Person.name == "Fatima Hassan")).all()
    backups = [b.path for b in window.safety.service.backups()]
    assert backups
    path = window.ctx.store.path
    window.ctx.close_project()
    for file in [path, *backups]:
        assert b"Fatima Hassan" not in Path(file).read_bytes()
        with sqlite3.connect(file) as raw:
            assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_models_pass_the_model_tester(qtbot, qtmodeltester, window, demo_path):
    assert window.open_project(str(demo_path))
    view = window.views["privacy"]
    qtmodeltester.check(view.people_model)
    qtmodeltester.check(view.records_model)


def test_the_overview_lists_documents_due_for_review(qtbot, window, demo_path):
    from datetime import date

    assert window.open_project(str(demo_path))
    privacy = PrivacyService(window.ctx.store)
    record = privacy.records()[0]
    privacy.set_doc_status("session", record.id, "working", retain_until=date(2020, 1, 1))
    window.ctx.notify("privacy")
    view = window.views["overview"]
    view.refresh()
    assert not view.review.isHidden()
    assert "1 documents" in view.review.text()
