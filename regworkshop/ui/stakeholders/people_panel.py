"""The contact people of the actor selected in the register, editable in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import consents
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.stakeholders.person_table_model import PersonTableModel
from regworkshop.ui.stakeholders.stakeholder_commands import (
    CreatePersonCommand,
    DeletePeopleCommand,
    UpdatePersonCommand,
)
from regworkshop.ui.widgets.combo_delegate import ComboDelegate
from regworkshop.ui.widgets.row_table_model import IdRole


class PeoplePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_id: str | None = None
        self.actor_name = ""
        self.model = PersonTableModel(self._edit, self)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(
            self.model.column_of("consent"), ComboDelegate(consents, self.table)
        )
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deletePerson")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(tr("Add contact…"))
        self.delete_button.setText(tr("Delete contact"))
        self.hint.setText(
            tr("Contact people hold personal data: record whether they consent to it being stored.")
        )
        self.model.refresh_all()
        self._show_title()

    def _show_title(self) -> None:
        if self.actor_id is None:
            self.title.setText(tr("Contact people"))
        else:
            self.title.setText(tr("Contact people of {0}").format(self.actor_name))

    def show_actor(self, actor_id: str | None, actor_name: str = "") -> None:
        """Show the people of *actor_id* (None: nothing selected)."""
        self.actor_id, self.actor_name = actor_id, actor_name
        people = (
            self.ctx.services.actors.list_people(actor_id) if actor_id and self.ctx.services else []
        )
        self.model.set_rows(people)
        self.table.resizeColumnsToContents()
        self.add_button.setEnabled(actor_id is not None)
        self.delete_button.setEnabled(bool(people))
        self._show_title()

    def _edit(self, person_id: str, field: str, value, old) -> None:
        push_command(
            self.ctx,
            self,
            tr("Edit contact person"),
            UpdatePersonCommand(self.ctx, person_id, {field: value}, {field: old}),
        )

    def add_person(self) -> None:
        if self.actor_id is None:
            return
        name = self.ctx.interaction.text(self, tr("Add contact"), tr("Name of the contact person:"))
        if name and name.strip():
            push_command(
                self.ctx,
                self,
                tr("Add contact"),
                CreatePersonCommand(self.ctx, self.actor_id, name),
            )

    def delete_selected(self) -> None:
        ids = [i.data(IdRole) for i in self.table.selectionModel().selectedRows()]
        if not ids and self.table.currentIndex().isValid():
            ids = [self.table.currentIndex().data(IdRole)]
        if ids:
            push_command(self.ctx, self, tr("Delete contact"), DeletePeopleCommand(self.ctx, ids))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
            return
        super().keyPressEvent(event)
