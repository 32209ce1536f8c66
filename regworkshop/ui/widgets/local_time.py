"""Between the UTC moments the store keeps and the local date and time widgets show."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdatetime(moment: datetime, tz: tzinfo | None) -> QDateTime:
    """Return *moment* as a local QDateTime (wall-clock fields, no zone)."""
    local = moment.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, tz: tzinfo | None) -> datetime:
    """Return the UTC moment of a wall-clock QDateTime in *tz* (None: this computer's zone)."""
    d, t = value.date(), value.time()
    naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
    local = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return local.astimezone(UTC)


def local_date_start(value: QDate, tz: tzinfo | None) -> datetime:
    """Return the UTC moment a local day begins."""
    return from_qdatetime(QDateTime(value, QTime(0, 0)), tz)
