"""The .rwbundle format: a ZIP with a versioned manifest, the rows as JSON, and photos.

Rows are written column by column from the models, so every travelling table
travels, tombstones included. On import the same column list is the schema:
unknown tables or columns, wrong types and malformed ids are refused before
anything is written.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary, String, Table, Text

from regworkshop.store.base import UTCDateTime
from regworkshop.store.models import SYNCED_MODELS

FORMAT = "regworkshop-bundle"
FORMAT_VERSION = 1
# The oldest app that reads this format version, named when a newer bundle is refused.
FORMAT_NEEDS_APP = {1: "0.1.0"}
MANIFEST_NAME = "manifest.json"
DATA_NAME = "data.json"
PHOTO_PREFIX = "photos/"
SUFFIX = ".rwbundle"
# The stamp given to a pseudonym in a bundle: older than any real write, so a real
# name that arrives later always wins, and a pseudonym never replaces one.
PSEUDONYM_STAMP = "0001-01-01T00:00:00.000000+00:00|pseudonym"
PERSON_PII = ("name", "role", "email", "phone", "consent_how")

# Tables in an order that respects foreign keys (parents first).
# A model declared with __tablename__ maps a Table (the typing says any FromClause).
TABLES: dict[str, Table] = {
    model.__tablename__: cast(Table, model.__table__) for model in SYNCED_MODELS
}
ORDER: tuple[str, ...] = tuple(TABLES)


class BundleError(Exception):
    """A bundle that cannot be merged; ``str(error)`` says why in plain words."""


class NotABundle(BundleError):
    pass


class UnsafeBundle(BundleError):
    """Zip slip, links, too many entries, or a compression bomb."""


class DamagedBundle(BundleError):
    """Truncated ZIP, malformed JSON, or a photo missing."""


class BundleSchemaError(BundleError):
    """The data does not match the tables this app knows."""


class NewerBundleFormat(BundleError):
    def __init__(self, version: int, needs: str) -> None:
        self.version = version
        self.needs = needs
        super().__init__(
            f"the bundle uses format {version}; RegWorkshop {needs} or newer is needed to read it"
        )


class BundleFromOtherProject(BundleError):
    def __init__(self, bundle_project: str, title: str, project_id: str) -> None:
        self.bundle_project = bundle_project
        self.title = title
        self.project_id = project_id
        super().__init__(
            f"the bundle comes from another project (“{title}”, {bundle_project}); import it as "
            "a new project, or merge it deliberately"
        )


@dataclass(frozen=True)
class Scope:
    """What a bundle holds: everything, some sessions, or the sessions in a date range."""

    kind: str = "all"  # "all" | "sessions" | "dates"
    session_ids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "session_ids": list(self.session_ids),
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
        }


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    format_version: int
    app_version: str
    created_at: datetime
    project_id: str
    project_title: str
    device_id: str
    scope: dict[str, Any]
    counts: dict[str, int]
    content_hash: str
    photos: tuple[str, ...] = field(default=())
    pseudonymised: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "bundle_id": self.bundle_id,
            "app_version": self.app_version,
            "created_at": self.created_at.isoformat(),
            "project": {"id": self.project_id, "title": self.project_title},
            "device_id": self.device_id,
            "scope": self.scope,
            "counts": self.counts,
            "content_hash": self.content_hash,
            "photos": list(self.photos),
            "pseudonymised": self.pseudonymised,
        }


def encode_value(value: Any) -> Any:
    """Turn a column value into JSON."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_row(table: Table, row: Any) -> dict[str, Any]:
    """Return a row as a JSON object (binary columns are left out; photos travel apart)."""
    return {
        c.name: encode_value(getattr(row, c.name))
        for c in table.columns
        if not isinstance(c.type, LargeBinary)
    }


def _is_uuid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def decode_row(table: Table, raw: Any, where: str) -> dict[str, Any]:
    """Validate one JSON row against *table* and return Python values; raise BundleSchemaError."""
    if not isinstance(raw, dict):
        raise BundleSchemaError(f"{where}: a row must be an object")
    expected = {c.name for c in table.columns if not isinstance(c.type, LargeBinary)}
    unknown = set(raw) - expected
    if unknown:
        raise BundleSchemaError(f"{where}: unknown column(s) {', '.join(sorted(unknown))}")
    missing = {c.name for c in table.columns if c.name in expected and not c.nullable} - set(raw)
    if missing:
        raise BundleSchemaError(f"{where}: missing column(s) {', '.join(sorted(missing))}")
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in expected:
            continue
        value = raw.get(column.name)
        row[column.name] = _decode_value(column, value, f"{where}.{column.name}")
    return row


def _decode_value(column, value: Any, where: str) -> Any:
    if value is None:
        if not column.nullable:
            raise BundleSchemaError(f"{where}: may not be empty")
        return None
    kind = column.type
    if column.name == "id" or column.foreign_keys:
        if not _is_uuid(value):
            raise BundleSchemaError(f"{where}: not an id")
        return value
    if isinstance(kind, UTCDateTime):
        try:
            parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            raise BundleSchemaError(f"{where}: not a time with a time zone")
        return parsed.astimezone(UTC)
    if isinstance(kind, Date):
        try:
            return date.fromisoformat(value) if isinstance(value, str) else _bad(where, "a date")
        except ValueError:
            return _bad(where, "a date")
    if isinstance(kind, Boolean):
        return value if isinstance(value, bool) else _bad(where, "true or false")
    if isinstance(kind, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool)
        if ok and not -(2**31) <= value < 2**31:
            raise BundleSchemaError(f"{where}: number out of range")
        return value if ok else _bad(where, "a whole number")
    if isinstance(kind, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and not math.isfinite(float(value)):
            raise BundleSchemaError(f"{where}: not a finite number")
        return float(value) if ok else _bad(where, "a number")
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            return _bad(where, "text")
        if "\x00" in value:
            raise BundleSchemaError(f"{where}: text holds a NUL character")
        if isinstance(kind, String) and kind.length and len(value) > kind.length:
            raise BundleSchemaError(f"{where}: longer than {kind.length} characters")
        return value
    raise BundleSchemaError(f"{where}: unsupported column type")  # pragma: no cover


def _bad(where: str, what: str):
    raise BundleSchemaError(f"{where}: not {what}")
