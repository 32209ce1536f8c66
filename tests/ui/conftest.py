"""UI fixtures: preferences in a temporary ini file, scripted dialogs, a real main window."""

from __future__ import annotations

from collections import deque
from datetime import UTC

import pytest
from PySide6.QtCore import QSettings

from regworkshop.ui.app import build_window, create_app
from regworkshop.ui.shell.interaction import Interaction
from regworkshop.ui.shell.settings import Settings


class ScriptedInteraction(Interaction):
    """Answers dialogs from a queue the test fills; records every question asked."""

    def __init__(self) -> None:
        self.answers: deque = deque()
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.opened: list[str] = []

    def _next(self, kind: str, title: str):
        self.asked.append((kind, title))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {title}")
        return self.answers.popleft()

    def open_project_path(self, parent):
        return self._next("open", "open project")

    def new_project_path(self, parent):
        return self._next("new", "new project")

    def save_file_path(self, parent, title, file_filter, suffix, suggested=""):
        return self._next("save", title)

    def open_file_paths(self, parent, title, file_filter):
        return self._next("open files", title)

    def run_dialog(self, dialog):
        """Let the test fill the dialog: the queued answer is a function of the dialog."""
        fill = self._next("dialog", dialog.windowTitle())
        return fill(dialog)

    def inform(self, parent, title, text):
        self.asked.append(("inform", title))
        self.infos.append(text)

    def open_table_path(self, parent):
        return self._next("open", "open table")

    def save_table_path(self, parent, suggested):
        return self._next("save", "save table")

    def text(self, parent, title, label, value=""):
        return self._next("text", title)

    def colour(self, parent, initial):
        return self._next("colour", "colour")

    def choose(self, parent, title, label, options):
        return self._next("choose", title)

    def confirm(self, parent, title, text):
        return self._next("confirm", title)

    def choose_many(self, parent, title, label, options, selected=None):
        self.offered = options
        return self._next("choose_many", title)

    def new_participant(self, parent, organisations, kinds):
        return self._next("new_participant", "new participant")

    def save_path(self, parent, title, suggested, file_filter):
        self.suggested = suggested
        return self._next("save", title)

    def open_file(self, path):
        self.opened.append(path)

    def error(self, parent, title, text):
        self.asked.append(("error", title))
        self.errors.append(text)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def interaction() -> ScriptedInteraction:
    return ScriptedInteraction()


@pytest.fixture
def window(qtbot, settings, interaction, clock):
    """The real main window with no project open, on the test's clock, showing times in UTC."""
    create_app()
    settings.language = "en"
    win = build_window(settings, interaction=interaction, apply_style=False, clock=clock)
    win.ctx.tz = UTC
    qtbot.addWidget(win)
    yield win
    win.ctx.close_project()


@pytest.fixture
def open_window(window, store):
    """The main window with the `store` fixture's project file open."""
    path = store.path
    store.close()
    assert window.open_project(str(path))
    window.show()
    return window


@pytest.fixture(autouse=True)
def english_after_each_test():
    """Translators are global to the QApplication: never let one test's language leak."""
    yield
    from regworkshop.ui.shell.i18n import Translations

    Translations().install("en")
