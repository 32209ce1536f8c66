"""Files handed over on the command line or by the OS (double-click): projects and bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.demo.demo_service import create_demo
from regworkshop.ui.app import prepare_gui
from regworkshop.ui.shell.file_open import open_paths, split_arguments


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def test_arguments_are_split_into_projects_and_bundles(qapp):
    assert split_arguments(["a.rwproj", "b.RWBUNDLE", "c.rwbundle"]) == (
        ["a.rwproj"],
        ["b.RWBUNDLE", "c.rwbundle"],
    )


def test_a_bundle_argument_opens_the_last_project_and_previews_the_merge(
    qtbot, settings, interaction, store, tmp_path
):
    bundle = tmp_path / "kollega.rwbundle"
    write_bundle(store, bundle)
    project = store.path
    store.close()
    first = prepare_gui([str(project)], settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(first)
    first.close()

    window = prepare_gui([str(bundle)], settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(window)
    assert window.ctx.store.path == project.resolve()
    dialog = window.bundles.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert [row.path for row in dialog.model.rows] == [bundle]
    wait_idle(qtbot, dialog)
    assert dialog.report is not None  # the preview ran; nothing merged until the user agrees
    assert interaction.errors == []
    dialog.reject()
    window.close()


def test_the_operating_system_opens_a_project_and_a_bundle(
    qtbot, settings, interaction, store, tmp_path
):
    project = store.path
    bundle = tmp_path / "kollega.rwbundle"
    write_bundle(store, bundle)
    store.close()
    other = tmp_path / "Demo.rwproj"
    create_demo(other, device_id="00000000-0000-4000-8000-0000000000d1").close()
    window = prepare_gui([str(project)], settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(window)

    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other)))
    assert window.ctx.store.path == other.resolve()

    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(bundle)))
    dialog = window.bundles.last_dialog
    assert [row.path for row in dialog.model.rows] == [bundle]
    wait_idle(qtbot, dialog)
    dialog.reject()
    window.close()


def test_a_bundle_with_no_project_open_says_what_to_do(window, interaction, tmp_path):
    open_paths(window, [str(tmp_path / "kollega.rwbundle")])
    assert len(interaction.errors) == 1
    assert "kollega.rwbundle" in interaction.errors[0]
    assert window.bundles.last_dialog is None
    assert Path(tmp_path / "kollega.rwbundle").exists() is False
