"""The application context handed to every view: project, services, settings, undo, tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from regworkshop import paths
from regworkshop.services.project.project_service import load_project, new_project, project_language
from regworkshop.store.base import utcnow
from regworkshop.store.project_store import Clock, ProjectStore
from regworkshop.ui.shell.interaction import Interaction
from regworkshop.ui.shell.service_registry import Services
from regworkshop.ui.shell.settings import Settings
from regworkshop.ui.shell.tasks import TaskRunner


class AppContext(QObject):
    """One object per window: what is open and the means to act on it."""

    project_opened = Signal()
    project_closed = Signal()
    # Emitted after an edit so views can refresh what they show; the argument names the area.
    data_changed = Signal(str)
    language_changed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        *,
        interaction: Interaction | None = None,
        device_id: str,
        backup_dir: Path | None = None,
        clock: Clock = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.interaction = interaction or Interaction()
        self.device_id = device_id
        self.backup_dir = backup_dir or paths.backups_dir()
        self.clock = clock
        # The time zone times are shown and typed in; None is the computer's own.
        self.tz: tzinfo | None = None
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self.services: Services | None = None
        self.language = "en"

    @property
    def store(self) -> ProjectStore | None:
        """The open project's store, for ui/shell and tests; views use ``services``."""
        return self.services.store if self.services else None

    @property
    def is_open(self) -> bool:
        return self.services is not None

    def open_project(self, target: str | Path) -> None:
        """Open a project (closing the current one); raises a store error on failure."""
        store = load_project(
            target, device_id=self.device_id, backup_dir=self.backup_dir, clock=self.clock
        )
        self._set_store(store, target)

    def create_project(self, target: str | Path, title: str) -> None:
        """Create a new project with the default themes and open it."""
        store = new_project(
            target, title, device_id=self.device_id, language=self.language, clock=self.clock
        )
        self._set_store(store, target)

    def create_with(self, target: str | Path, build: Callable[..., ProjectStore]) -> None:
        """Create a project with *build(target, device_id=…)* (e.g. the demo) and open it."""
        self._set_store(build(target, device_id=self.device_id), target)

    def close_project(self) -> None:
        """Close the open project; every edit is already stored, so nothing is asked."""
        if self.services is None:
            return
        self.tasks.wait()
        self.undo_stack.clear()
        self.services.store.close()
        self.services = None
        self.project_closed.emit()

    def _set_store(self, store: ProjectStore, target: str | Path) -> None:
        self.close_project()
        self.services = Services(store, backup_dir=self.backup_dir, clock=self.clock)
        self.settings.add_recent(target)
        self.project_opened.emit()

    def content_language(self) -> str:
        """The language of the open project's content (templates, handouts): 'sv' or 'en'."""
        return project_language(self.services.store) if self.services else self.language

    def notify(self, area: str) -> None:
        """Tell views that data in *area* changed."""
        self.data_changed.emit(area)
