"""Dialogs behind Interaction: pick several from a list; add a participant on the spot."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.shell.i18n import tr


class ChooseManyDialog(QDialog):
    """A filterable list of checkable options."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        options: list[tuple[str, str]],
        selected: list[str],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = QStandardItemModel(self)
        for key, text in options:
            item = QStandardItem(text)
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if key in selected else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setMinimumSize(420, 320)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        text = QLabel(label)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            self.model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]


class NewParticipantDialog(QDialog):
    """Name, organisation (an existing one or a new one) and, for a new one, its kind."""

    def __init__(
        self,
        parent: QWidget | None,
        organisations: list[str],
        kinds: list[tuple[str, str]],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a participant on the spot"))
        self.name = QLineEdit()
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems(["", *organisations])
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind = QComboBox()
        for key, text in kinds:
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData("other")))
        hint = QLabel(
            tr(
                "The person is added to the stakeholder register. A new organisation is "
                "added with the kind you choose."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Organisation:"), self.organisation)
        form.addRow(tr("Kind of organisation:"), self.kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def values(self) -> tuple[str, str, str]:
        return (
            self.name.text(),
            self.organisation.currentText(),
            self.kind.currentData() or "other",
        )
