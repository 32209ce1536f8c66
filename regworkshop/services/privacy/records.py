"""Allmän handling: what a Swedish authority keeps as a public record.

A public record may only be disposed of by a formal decision (gallringsbeslut);
working material (arbetsmaterial) may be purged. Services call
``ensure_not_public_record`` before deleting or erasing anything in a record.
"""

from __future__ import annotations

from regworkshop.services.errors import ServiceError
from regworkshop.store.enums import DocStatus


class PublicRecordProtected(ServiceError):
    """An allmän handling may only be disposed of by a formal decision (gallringsbeslut)."""

    def __init__(self, what: str, diarienummer: str = "") -> None:
        self.what = what
        self.diarienummer = diarienummer
        number = f" ({diarienummer})" if diarienummer else ""
        super().__init__(
            f"{what}{number} is an allmän handling (public record); it may only be deleted "
            "or changed this way after a gallringsbeslut (a formal disposal decision)"
        )


def ensure_not_public_record(row) -> None:
    """Refuse to delete or erase from a session or insight that is an allmän handling."""
    if getattr(row, "doc_status", None) == DocStatus.PUBLIC_RECORD:
        raise PublicRecordProtected(f"“{row.title}”", row.diarienummer)
