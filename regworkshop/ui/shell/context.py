"""The application context handed to every view: project, services, settings, undo, tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from regworkshop import paths
from regworkshop.services.board.cluster_service import ClusterService
from regworkshop.services.board.note_service import NoteService
from regworkshop.services.board.photo_service import PhotoService
from regworkshop.services.board.voting_service import VotingService
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.followup.followup_service import FollowUpService
from regworkshop.services.guide.guide_service import MethodGuideService
from regworkshop.services.interviews.interview_service import InterviewService
from regworkshop.services.knowledge.insight_service import InsightService
from regworkshop.services.knowledge.matrix_service import MatrixService
from regworkshop.services.knowledge.search_service import SearchService
from regworkshop.services.project.project_service import load_project, new_project, project_language
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.run_service import RunService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sessions.template_service import TemplateService
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.engagement_service import EngagementService
from regworkshop.services.stakeholders.involvement_service import InvolvementService
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.base import utcnow
from regworkshop.store.project_store import Clock, ProjectStore
from regworkshop.ui.shell.interaction import Interaction
from regworkshop.ui.shell.settings import Settings
from regworkshop.ui.shell.tasks import TaskRunner


class Services:
    """The services of the open project, created once per opened project."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.themes = ThemeService(store)
        self.actors = ActorService(store)
        self.assessments = AssessmentService(store)
        self.involvements = InvolvementService(store)
        self.engagement = EngagementService(store)
        self.sessions = SessionService(store)
        self.participants = ParticipantService(store)
        self.agenda = AgendaService(store)
        self.templates = TemplateService(store)
        self.runs = RunService(store)
        self.search = SearchService(store)
        self.insights = InsightService(store)
        self.matrix = MatrixService(store)
        self.interviews = InterviewService(store)
        self.notes = NoteService(store)
        self.clusters = ClusterService(store)
        self.voting = VotingService(store)
        self.photos = PhotoService(store)
        self.guide = MethodGuideService(store)
        self.commitments = CommitmentService(store)
        self.followup = FollowUpService(store)


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
        self.services = Services(store)
        self.settings.add_recent(target)
        self.project_opened.emit()

    def content_language(self) -> str:
        """The language of the open project's content (templates, handouts): 'sv' or 'en'."""
        return project_language(self.services.store) if self.services else self.language

    def notify(self, area: str) -> None:
        """Tell views that data in *area* changed."""
        self.data_changed.emit(area)
