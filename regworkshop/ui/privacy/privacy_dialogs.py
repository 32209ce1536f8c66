"""Small forms of the privacy view: a person's consent, a document's status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from regworkshop.services.privacy.privacy_service import PersonPrivacy, RecordInfo
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import consents


def _qdate(value: date | None) -> QDate:
    value = value or date.today()
    return QDate(value.year, value.month, value.day)


class ConsentDialog(QDialog):
    def __init__(self, person: PersonPrivacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Consent of {0}").format(person.name))
        self.boxes = {}
        form = QFormLayout(self)
        for key, label, value in (
            ("store", tr("May we store the name?"), person.consent_store),
            ("quote", tr("May we quote?"), person.consent_quote),
            ("name_org", tr("May the organisation be named?"), person.consent_name_org),
        ):
            box = QComboBox()
            for code, text in consents():
                box.addItem(text, code)
            box.setCurrentIndex(max(0, box.findData(value)))
            form.addRow(label, box)
            self.boxes[key] = box
        self.given = QDateEdit(_qdate(person.consent_date))
        self.given.setCalendarPopup(True)
        self.how = QLineEdit(person.consent_how)
        self.how.setPlaceholderText(tr("e.g. by e-mail, orally at the interview"))
        form.addRow(tr("Given on"), self.given)
        form.addRow(tr("How"), self.how)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "store": self.boxes["store"].currentData(),
            "quote": self.boxes["quote"].currentData(),
            "name_org": self.boxes["name_org"].currentData(),
            "given_on": self.given.date().toPython(),
            "how": self.how.text(),
        }


class RecordDialog(QDialog):
    def __init__(self, record: RecordInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Document status of “{0}”").format(record.title))
        form = QFormLayout(self)
        self.status = QComboBox()
        self.status.addItem(tr("Arbetsmaterial (working material)"), "working")
        self.status.addItem(tr("Allmän handling (public record)"), "public_record")
        self.status.setCurrentIndex(max(0, self.status.findData(record.doc_status)))
        self.number = QLineEdit(record.diarienummer)
        self.number.setPlaceholderText(tr("e.g. RS 2026/123"))
        self.keep = QCheckBox(tr("Review on"))
        self.keep.setChecked(record.retain_until is not None)
        self.until = QDateEdit(_qdate(record.retain_until))
        self.until.setCalendarPopup(True)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Diarienummer"), self.number)
        if record.kind == "session":
            form.addRow(self.keep, self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "status": self.status.currentData(),
            "diarienummer": self.number.text(),
            "retain_until": self.until.date().toPython() if self.keep.isChecked() else None,
        }
