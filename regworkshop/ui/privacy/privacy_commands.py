"""Undoable edits of personal data: a person's consent and a document's status."""

from __future__ import annotations

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import ServiceCommand


class SetConsentCommand(ServiceCommand):
    area = "privacy"

    def __init__(self, ctx: AppContext, person, new: dict) -> None:
        super().__init__(ctx, tr("Record consent"))
        self.person_id, self.new = person.id, new
        self.old = {
            "store": person.consent_store,
            "quote": person.consent_quote,
            "name_org": person.consent_name_org,
            "given_on": person.consent_date,
            "how": person.consent_how,
        }

    def apply(self) -> None:
        self.services.privacy.set_consent(self.person_id, **self.new)

    def revert(self) -> None:
        self.services.privacy.set_consent(self.person_id, **self.old)


class SetRecordCommand(ServiceCommand):
    area = "privacy"

    def __init__(self, ctx: AppContext, record, new: dict) -> None:
        super().__init__(ctx, tr("Set document status"))
        self.kind, self.record_id, self.new = record.kind, record.id, new
        self.old = {
            "status": record.doc_status,
            "diarienummer": record.diarienummer,
            "retain_until": record.retain_until,
        }

    def apply(self) -> None:
        self.services.privacy.set_doc_status(self.kind, self.record_id, **self.new)

    def revert(self) -> None:
        self.services.privacy.set_doc_status(self.kind, self.record_id, **self.old)
