"""What the app opens when started: the argument, the last project, or a default project."""

from __future__ import annotations

from regworkshop import paths
from regworkshop.ui.app import prepare_gui


def test_first_start_creates_and_opens_the_default_project(qtbot, settings, interaction):
    settings.language = "sv"
    window = prepare_gui([], settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(window)
    default = paths.default_project_path()
    assert default.exists()
    assert window.ctx.is_open and window.ctx.store.path == default
    assert window.views["overview"].title.text() == "Mitt projekt"
    window.close()


def test_next_start_reopens_the_last_project(qtbot, settings, interaction, demo_path):
    first = prepare_gui([str(demo_path)], settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(first)
    assert first.ctx.store.path == demo_path
    first.close()
    second = prepare_gui([], settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(second)
    assert second.ctx.store.path == demo_path.resolve()
    assert not paths.default_project_path().exists()
    second.close()


def test_a_bad_argument_shows_a_message_and_the_welcome_page(
    qtbot, settings, interaction, tmp_path
):
    bad = tmp_path / "trasig.rwproj"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    interaction.answers.append(None)  # offered a salvage; the user cancels
    window = prepare_gui([str(bad)], settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(window)
    assert not window.ctx.is_open
    assert ("choose", "Open project") in interaction.asked
    assert window.stack.currentWidget() is window.welcome
    assert bad.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 200
    window.close()
