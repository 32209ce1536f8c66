"""The registry of the open project's services: the one way a view reaches the project."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

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
from regworkshop.services.knowledge.search_texts import note_texts
from regworkshop.services.privacy.privacy_service import PrivacyService
from regworkshop.services.privacy.pseudonyms import NameMention, find_names
from regworkshop.services.project.project_service import ProjectOverview, overview
from regworkshop.services.project.self_test_service import SelfCheckService
from regworkshop.services.qdpx.qdpx_import_service import QdpxImportService
from regworkshop.services.safety.backup_service import BackupService
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.run_service import RunService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sessions.template_service import TemplateService
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.change_receipt import (
    ChangeReceipt,
    redo_receipt,
    undo_receipt,
)
from regworkshop.services.stakeholders.engagement_service import EngagementService
from regworkshop.services.stakeholders.involvement_service import InvolvementService
from regworkshop.services.stakeholders.stakeholder_import import (
    ImportPreview,
    ImportResult,
    apply_import,
    preview,
)
from regworkshop.services.stakeholders.stakeholder_listing import (
    StakeholderTable,
    stakeholder_table,
)
from regworkshop.services.stakeholders.table_source import SourceTable
from regworkshop.services.sync.conflict_service import ConflictService
from regworkshop.services.sync.merge_service import MergeService
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.base import utcnow
from regworkshop.store.project_store import Clock, ProjectStore

Mapping = dict[str, int | None]


class Services:
    """The services of the open project, created once per opened project."""

    def __init__(self, store: ProjectStore, *, backup_dir: Path, clock: Clock = utcnow) -> None:
        self.store = store
        self.backup_dir = backup_dir
        self.clock = clock
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

    # -- created on first use: views that never need them cost nothing ---------------
    @cached_property
    def privacy(self) -> PrivacyService:
        return PrivacyService(self.store)

    @cached_property
    def conflicts(self) -> ConflictService:
        return ConflictService(self.store)

    @cached_property
    def merge(self) -> MergeService:
        return MergeService(self.store, self.backup_dir)

    @cached_property
    def qdpx_import(self) -> QdpxImportService:
        return QdpxImportService(self.store, self.backup_dir)

    @cached_property
    def backups(self) -> BackupService:
        # One per project, so the automatic backups know of those taken before an import.
        return BackupService(self.store, self.backup_dir, clock=self.clock)

    @cached_property
    def self_check(self) -> SelfCheckService:
        return SelfCheckService(self.store)

    # -- the open project itself ---------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The project file, or None for a project on a database server."""
        return self.store.path

    @property
    def target(self) -> str | Path:
        """What was opened: the project file or the database URL."""
        return self.store.target

    @property
    def project_id(self) -> str:
        return self.store.project_id

    def export_source(self) -> ProjectStore:
        """Return the project for an export writer to read (off the GUI thread)."""
        return self.store

    # -- services kept as functions ----------------------------------------------
    def overview(self) -> ProjectOverview:
        """Count what the project holds, phase by phase of the method."""
        return overview(self.store)

    def names_in_notes(self) -> list[NameMention]:
        """Find people's names typed into the text of notes."""
        return find_names(self.store, note_texts(self.store))

    def stakeholder_table(
        self, round_id: str | None, language: str, *, include_names: bool
    ) -> StakeholderTable:
        """Return the live actors with the values of a round, for a stakeholder list."""
        return stakeholder_table(self.store, round_id, language, include_names=include_names)

    def preview_import(self, source: SourceTable, mapping: Mapping | None = None) -> ImportPreview:
        """Plan a stakeholder import without writing."""
        return preview(self.store, source, mapping)

    def apply_import(self, source: SourceTable, mapping: Mapping) -> ImportResult:
        """Import every row of a stakeholder table in one transaction."""
        return apply_import(self.store, source, mapping)

    def undo_receipt(self, receipt: ChangeReceipt) -> None:
        """Take back every row an import wrote."""
        undo_receipt(self.store, receipt)

    def redo_receipt(self, receipt: ChangeReceipt) -> None:
        """Write again every row an import wrote."""
        redo_receipt(self.store, receipt)
