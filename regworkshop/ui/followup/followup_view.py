"""The Follow-up area: the collaboration platform, commitments per actor, the follow-up round
and the three follow-up documents (declaration of intent, follow-up report, lessons learned)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.followup.followup_service import Platform
from regworkshop.ui.followup.commitment_model import CommitmentModel, statuses
from regworkshop.ui.followup.followup_commands import (
    AddCommitmentCommand,
    DeleteCommitmentCommand,
    EditCommitmentCommand,
    SetPlatformCommand,
    StartFollowUpRoundCommand,
)
from regworkshop.ui.followup.followup_exports import FollowUpExports
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.widgets.combo_delegate import ComboDelegate

AREAS = ("commitments", "platform", "stakeholders", "project")


class FollowUpView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.platform: Platform | None = None
        self.heading = QLabel(objectName="viewTitle")
        self.intro = QLabel(objectName="viewSubtitle")
        self.intro.setWordWrap(True)
        self.exports = FollowUpExports(ctx, self)
        self.round_button = QPushButton(objectName="startFollowUpRound")
        self.round_button.clicked.connect(self.start_round)
        self.report_button = QPushButton(objectName="followUpReport")
        self.report_button.clicked.connect(self.exports.followup_report)
        self.declaration_button = QPushButton(objectName="declarationExport")
        self.declaration_button.clicked.connect(self.exports.declaration)
        self.lessons_button = QPushButton(objectName="lessonsExport")
        self.lessons_button.clicked.connect(self.exports.lessons)
        actions = QHBoxLayout()
        for button in (
            self.round_button,
            self.report_button,
            self.declaration_button,
            self.lessons_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.exports.status)

        self.platform_box = QGroupBox(objectName="platformBox")
        self.forum = QLineEdit(objectName="forumName")
        self.cadence = QLineEdit(objectName="forumCadence")
        self.members = QLabel(objectName="forumMembers")
        self.members.setWordWrap(True)
        self.members_button = QPushButton(objectName="chooseMembers")
        self.members_button.clicked.connect(self.choose_members)
        self.forum.editingFinished.connect(self._platform_edited)
        self.cadence.editingFinished.connect(self._platform_edited)
        members_row = QHBoxLayout()
        members_row.addWidget(self.members, 1)
        members_row.addWidget(self.members_button)
        self.forum_label, self.cadence_label = QLabel(), QLabel()
        self.members_label = QLabel()
        self.form = QFormLayout(self.platform_box)
        self.form.addRow(self.forum_label, self.forum)
        self.form.addRow(self.cadence_label, self.cadence)
        self.form.addRow(self.members_label, members_row)

        self.commitments_heading = QLabel(objectName="sectionTitle")
        self.model = CommitmentModel(self._edit, self)
        self.table = QTableView(objectName="commitmentTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column_of("text"), QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(
            self.model.column_of("status"), ComboDelegate(statuses, self.table)
        )
        self.table.setItemDelegateForColumn(
            self.model.column_of("actor"), ComboDelegate(self._actor_options, self.table)
        )
        self.add_button = QPushButton(objectName="addCommitment")
        self.add_button.clicked.connect(self.add_commitment)
        self.delete_button = QPushButton(objectName="deleteCommitment")
        self.delete_button.clicked.connect(self.delete_commitment)
        commitment_bar = QHBoxLayout()
        commitment_bar.addWidget(self.commitments_heading)
        commitment_bar.addStretch(1)
        commitment_bar.addWidget(self.add_button)
        commitment_bar.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addWidget(self.platform_box)
        layout.addLayout(commitment_bar)
        layout.addWidget(self.table, 1)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Follow-up"))
        self.intro.setText(
            tr(
                "Keep the work going: a collaboration platform, a declaration of intent listing "
                "what each party commits to, and a new round of the stakeholder analysis to see "
                "whether interests have changed and how engaged each actor has been."
            )
        )
        self.round_button.setText(tr("Start follow-up round…"))
        self.report_button.setText(tr("Follow-up report (PDF)…"))
        self.declaration_button.setText(tr("Declaration of intent…"))
        self.lessons_button.setText(tr("Lessons learned (PDF)…"))
        self.platform_box.setTitle(tr("Collaboration platform"))
        self.forum_label.setText(tr("Forum:"))
        self.cadence_label.setText(tr("Meets:"))
        self.members_label.setText(tr("Members:"))
        self.forum.setPlaceholderText(tr("e.g. Hallands planeringsforum"))
        self.cadence.setPlaceholderText(tr("e.g. four times a year"))
        self.members_button.setText(tr("Choose members…"))
        self.add_button.setText(tr("Add commitment…"))
        self.delete_button.setText(tr("Delete"))
        self.model.refresh_all()
        self._show_platform()
        self._update_heading()

    def refresh(self) -> None:
        """Reload the platform and the commitments from the open project."""
        services = self.ctx.services
        enabled = services is not None
        for widget in (self, self.table):
            widget.setEnabled(enabled)
        if services is None:
            self.platform = None
            self.model.set_rows([])
            return
        self.platform = services.followup.platform()
        self.model.set_rows(services.commitments.list())
        self.table.resizeColumnToContents(self.model.column_of("actor"))
        self._show_platform()
        self._update_heading()

    def show_part(self, part: str) -> None:
        """Bring a part of the view forward (a checklist link: 'platform' or 'commitments')."""
        if part == "platform":
            self.forum.setFocus()
        elif part == "commitments":
            self.table.setFocus()
            if self.model.rowCount() and not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _on_data_changed(self, area: str) -> None:
        if area in AREAS and self.ctx.is_open:
            self.refresh()

    def _update_heading(self) -> None:
        self.commitments_heading.setText(tr("Commitments ({0})").format(self.model.rowCount()))

    # -- platform ---------------------------------------------------------------------------
    def _show_platform(self) -> None:
        p = self.platform
        for edit, value in (
            (self.forum, p.name if p else ""),
            (self.cadence, p.cadence if p else ""),
        ):
            if not edit.hasFocus() and edit.text() != value:
                edit.setText(value)
        names = ", ".join(p.member_names) if p else ""
        self.members.setText(names or tr("none chosen yet"))

    def _platform_edited(self) -> None:
        p = self.platform
        if p is None or (self.forum.text().strip(), self.cadence.text().strip()) == (
            p.name,
            p.cadence,
        ):
            return
        command = SetPlatformCommand(
            self.ctx, self.forum.text(), self.cadence.text(), list(p.member_ids)
        )
        push_command(self.ctx, self, tr("Collaboration platform"), command)

    def choose_members(self) -> None:
        p = self.platform
        if p is None or self.ctx.services is None:
            return
        chosen = self.ctx.interaction.choose_many(
            self,
            tr("Collaboration platform"),
            tr("Which organisations are members of the platform?"),
            self._actor_options(),
            list(p.member_ids),
        )
        if chosen is None or set(chosen) == set(p.member_ids):
            return
        command = SetPlatformCommand(self.ctx, p.name, p.cadence, chosen)
        push_command(self.ctx, self, tr("Collaboration platform"), command)

    # -- commitments ------------------------------------------------------------------------
    def _actor_options(self) -> list[tuple[str, str]]:
        return self.ctx.services.commitments.actors() if self.ctx.services else []

    def _edit(self, commitment_id: str, field: str, value, old) -> None:
        command = EditCommitmentCommand(self.ctx, commitment_id, field, value, old)
        push_command(self.ctx, self, tr("Edit commitment"), command)

    def add_commitment(self) -> None:
        if self.ctx.services is None:
            return
        actors = self._actor_options()
        if not actors:
            self.ctx.interaction.error(
                self, tr("Add commitment"), tr("Add the actors to the stakeholder register first.")
            )
            return
        actor_id = self.ctx.interaction.choose(
            self, tr("Add commitment"), tr("Which actor commits?"), actors
        )
        if actor_id is None:
            return
        text = self.ctx.interaction.text(self, tr("Add commitment"), tr("What does it commit to?"))
        if not text:
            return
        command = AddCommitmentCommand(self.ctx, actor_id, text)
        if push_command(self.ctx, self, tr("Add commitment"), command):
            row = self.model.row_of(command.commitment_id or "")
            if row >= 0:
                self.table.selectRow(row)

    def delete_commitment(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        push_command(
            self.ctx, self, tr("Delete commitment"), DeleteCommitmentCommand(self.ctx, row.id)
        )

    # -- the follow-up round ----------------------------------------------------------------
    def start_round(self) -> None:
        """Start a new assessment round from the current one, then write the follow-up report."""
        if self.ctx.services is None:
            return
        today = self.ctx.clock().astimezone(self.ctx.tz).date()
        name = self.ctx.interaction.text(
            self,
            tr("Start follow-up round"),
            tr("Name of the new round of the stakeholder analysis:"),
            tr("Follow-up {0}").format(today.isoformat()),
        )
        if not name:
            return
        command = StartFollowUpRoundCommand(self.ctx, name, today)
        if push_command(self.ctx, self, tr("Start follow-up round"), command):
            self.exports.followup_report()
