"""A session's participants: invite from the register, add on the spot, record attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.sessions.participant_service import ACTOR_TYPES, ATTENDANCES
from regworkshop.ui.sessions.participant_model import ParticipantModel
from regworkshop.ui.sessions.session_commands import (
    AddOnTheSpotCommand,
    AddParticipantsCommand,
    RemoveParticipantCommand,
    SetAttendanceCommand,
)
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, attendance_name
from regworkshop.ui.shell.service_command import push_command


class AttendanceDelegate(QStyledItemDelegate):
    """Attendance is chosen from a list: invited, attended, cancelled."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        for value in ATTENDANCES:
            editor.addItem(attendance_name(value), value)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(ParticipantModel.AttendanceRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.model = ParticipantModel(self)
        self.model.attendance_handler = self._set_attendance
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            ParticipantModel.COL_ATTENDANCE, AttendanceDelegate(self)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (ParticipantModel.COL_KIND, ParticipantModel.COL_ATTENDANCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.invite_button = QPushButton()
        self.invite_button.setObjectName("inviteParticipants")
        self.spot_button = QPushButton()
        self.spot_button.setObjectName("addOnTheSpot")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeParticipant")
        self.invite_button.clicked.connect(self.invite)
        self.spot_button.clicked.connect(self.add_on_the_spot)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.invite_button, self.spot_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            tr(
                "Invite people and organisations from the stakeholder register, or add someone "
                "new on the spot. Record attendance by double-clicking it (or F2)."
            )
        )
        self.empty.setText(tr("No participants yet: invite people from the stakeholder register."))
        self.invite_button.setText(tr("Invite…"))
        self.invite_button.setToolTip(tr("Invite people and organisations from the register"))
        self.spot_button.setText(tr("Add on the spot…"))
        self.spot_button.setToolTip(tr("Add someone who is not in the register yet"))
        self.remove_button.setText(tr("Remove"))
        self.model.retranslate()

    def show_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        rows = []
        if self.ctx.services and self.session_id:
            rows = self.ctx.services.participants.list(self.session_id)
        self.model.set_rows(rows)
        self.empty.setVisible(self.session_id is not None and not rows)
        self.title.setText(
            tr("Participants ({0})").format(len(rows)) if rows else tr("Participants")
        )
        for button in (self.invite_button, self.spot_button):
            button.setEnabled(self.session_id is not None)
        self.remove_button.setEnabled(bool(rows))

    def _set_attendance(self, participation_id: str, attendance: str) -> bool:
        row = next(
            (
                r
                for r in map(self.model.participant_at, range(self.model.rowCount()))
                if r and r.id == participation_id
            ),
            None,
        )
        if row is None:
            return False
        command = SetAttendanceCommand(self.ctx, participation_id, attendance, row.attendance)
        return push_command(self.ctx, self, tr("Attendance"), command)

    def invite(self) -> None:
        if not self.session_id or not self.ctx.services:
            return
        services = self.ctx.services
        taking_part = services.participants.list(self.session_id)
        people_in = {p.person_id for p in taking_part if p.person_id}
        orgs_alone = {p.actor_id for p in taking_part if not p.person_id}
        options = [
            (f"person:{p.id}", f"{p.name} — {p.actor_name}" if p.actor_name else p.name)
            for p in services.participants.people()
            if p.id not in people_in
        ]
        options += [
            (f"actor:{a.id}", tr("{0} (the organisation)").format(a.name))
            for a in services.participants.actors()
            if a.id not in orgs_alone
        ]
        if not options:
            self.ctx.interaction.error(
                self, tr("Invite"), tr("Everyone in the stakeholder register is already invited.")
            )
            return
        chosen = self.ctx.interaction.choose_many(
            self, tr("Invite"), tr("Who takes part in this session?"), options, []
        )
        if not chosen:
            return
        picks = [tuple(key.split(":", 1)) for key in chosen]
        push_command(
            self.ctx, self, tr("Invite"), AddParticipantsCommand(self.ctx, self.session_id, picks)
        )

    def add_on_the_spot(self) -> None:
        if not self.session_id or not self.ctx.services:
            return
        organisations = [a.name for a in self.ctx.services.participants.actors()]
        kinds = [(kind, actor_type_name(kind)) for kind in ACTOR_TYPES]
        answer = self.ctx.interaction.new_participant(self, organisations, kinds)
        if answer is None:
            return
        name, organisation, actor_type = answer
        command = AddOnTheSpotCommand(self.ctx, self.session_id, name, organisation, actor_type)
        push_command(self.ctx, self, tr("Add a participant on the spot"), command)

    def remove_selected(self) -> None:
        row = self.model.participant_at(self.table.currentIndex().row())
        if row is None:
            return
        command = RemoveParticipantCommand(self.ctx, row.id, row.label)
        push_command(self.ctx, self, tr("Remove participant"), command)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.table.currentIndex().isValid():
            self.remove_selected()
            return
        super().keyPressEvent(event)
