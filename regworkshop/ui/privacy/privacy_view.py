"""Personal data in the project: people, consent, where they appear; erasure; document status."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.privacy.privacy_commands import SetConsentCommand, SetRecordCommand
from regworkshop.ui.privacy.privacy_dialogs import ConsentDialog, RecordDialog
from regworkshop.ui.privacy.privacy_models import PeopleModel, RecordsModel
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command


def _table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setSortingEnabled(False)
    return view


class PrivacyView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.people_model = PeopleModel(self)
        self.people = _table(self.people_model, stretch=1)
        self.people.setObjectName("privacyPeople")
        self.consent_button = QPushButton()
        self.erase_button = QPushButton()
        self.consent_button.clicked.connect(self.edit_consent)
        self.erase_button.clicked.connect(self.erase_selected)
        people_tab = QWidget()
        lay = QVBoxLayout(people_tab)
        lay.addWidget(self.people, 1)
        row = QHBoxLayout()
        row.addWidget(self.consent_button)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        lay.addLayout(row)
        self.records_model = RecordsModel(self)
        self.records = _table(self.records_model, stretch=0)
        self.records.setObjectName("privacyRecords")
        self.records.doubleClicked.connect(lambda _i: self.edit_record())
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.edit_record)
        self.due_label = QLabel()
        records_tab = QWidget()
        lay = QVBoxLayout(records_tab)
        lay.addWidget(self.due_label)
        lay.addWidget(self.records, 1)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(people_tab, "")
        self.tabs.addTab(records_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        ctx.data_changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Personal data and records"))
        self.intro.setText(
            tr(
                "Interview notes hold personal data. Exports and bundles show stable pseudonyms "
                "unless you include names. Erasing a person removes them everywhere, also from "
                "backups, and cannot be undone. An allmän handling can only be disposed of by a "
                "gallringsbeslut."
            )
        )
        self.tabs.setTabText(0, tr("People and consent"))
        self.tabs.setTabText(1, tr("Documents"))
        self.consent_button.setText(tr("Consent…"))
        self.erase_button.setText(tr("Erase person…"))
        self.record_button.setText(tr("Set status…"))
        self._show_due()

    def _on_changed(self, area: str) -> None:
        if area in ("privacy", "project", "stakeholders", "sessions", "notes"):
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.services is None:
            self.people_model.set_rows([])
            self.records_model.set_rows([])
            return
        privacy = self.ctx.services.privacy
        self.people_model.set_rows(privacy.people())
        self.records_model.set_rows(privacy.records())
        self._show_due()

    def _show_due(self) -> None:
        due = sum(1 for r in self.records_model.rows if self.records_model.is_due(r))
        self.due_label.setText(
            tr("{0} documents are due for review.").format(due)
            if due
            else tr("No documents are due for review.")
        )

    def _selected(self, view, model):
        rows = view.selectionModel().selectedRows()
        return model.rows[rows[0].row()] if rows else None

    def edit_consent(self) -> None:
        person = self._selected(self.people, self.people_model)
        if person is None:
            return
        dialog = ConsentDialog(person, self)
        self.last_dialog = dialog
        if self.ctx.interaction.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            push_command(
                self.ctx,
                self,
                tr("Record consent"),
                SetConsentCommand(self.ctx, person, dialog.values()),
            )

    def edit_record(self) -> None:
        record = self._selected(self.records, self.records_model)
        if record is None:
            return
        dialog = RecordDialog(record, self)
        self.last_dialog = dialog
        if self.ctx.interaction.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            push_command(
                self.ctx,
                self,
                tr("Set document status"),
                SetRecordCommand(self.ctx, record, dialog.values()),
            )

    def erase_selected(self) -> None:
        person = self._selected(self.people, self.people_model)
        services = self.ctx.services
        if person is None or services is None:
            return
        if not self.ctx.interaction.confirm(
            self,
            tr("Erase person"),
            tr(
                "Erase {0} ({1}) everywhere: their contact details, their place in {2} sessions, "
                "the attribution of {3} notes, and their name where it is typed in {4} notes. "
                "Backups are scrubbed too. This cannot be undone. Erase?"
            ).format(
                person.name,
                person.organisation or "—",
                person.sessions,
                person.notes,
                person.mentions,
            ),
        ):
            return
        backups, privacy, person_id = services.backups, services.privacy, person.id

        def work(_control):
            # Backup, erasure, index rebuild and VACUUM can take a while: off the GUI thread.
            backups.take("before-erasure")
            return privacy.erase(person_id, backups=[b.path for b in backups.backups()])

        self.erase_button.setEnabled(False)
        self.ctx.tasks.start(work, self._erased, self._erase_failed)

    def _erase_failed(self, exc: BaseException) -> None:
        self.erase_button.setEnabled(True)
        self.ctx.interaction.error(self, tr("Erase person"), error_messages.describe(exc))

    def _erased(self, report) -> None:
        self.erase_button.setEnabled(True)
        self.ctx.undo_stack.clear()  # earlier edits may hold the erased data
        self.ctx.notify("privacy")
        self.ctx.interaction.inform(
            self,
            tr("Erase person"),
            tr("Erased. {0} notes had the name replaced; {1} backups were scrubbed.").format(
                report.redacted_notes, report.backups_scrubbed
            ),
        )
