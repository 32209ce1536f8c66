"""Per-field write stamps: what lets two laptops' edits of one row merge field by field.

Every travelling row keeps, in ``field_stamps`` (JSON), the stamp of the last
write of each field it has changed since creation: ``"<UTC ISO time>|<device>"``.
A field never changed since creation has the row's creation stamp. Stamps
compare as strings (fixed-width UTC ISO format), so last-writer-wins is a
string comparison with the device id as tie-breaker.

Free-text fields (note text, insight title and text) also keep ``h``: the
stamps of the versions each value was written over. A version whose stamp is
in another's history is its ancestor; two versions where neither is the
other's ancestor were written concurrently, and both are kept.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

# Columns managed by the stamping itself; never merged as data.
META_FIELDS = frozenset({"id", "created_at", "updated_at", "device_id", "field_stamps"})

# Free text where concurrent edits are both kept and flagged instead of one winning.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "rw_note": ("text",),
    "rw_insight": ("title", "text"),
}


def stamp(when: datetime, device: str) -> str:
    """Return the comparable stamp of a write at *when* by *device*."""
    return f"{when.astimezone(UTC).isoformat(timespec='microseconds')}|{device}"


def creation_stamp(created_at: datetime) -> str:
    """Return the stamp every field has until it is first changed."""
    return stamp(created_at, "")


def load(raw: str | None) -> dict[str, dict[str, Any]]:
    """Parse a row's field_stamps column (tolerating empty or damaged values)."""
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def dump(stamps: dict[str, dict[str, Any]]) -> str:
    return json.dumps(stamps, sort_keys=True, separators=(",", ":"))


def field_stamp(stamps: dict[str, dict[str, Any]], field: str, created: str) -> str:
    entry = stamps.get(field)
    return entry["s"] if isinstance(entry, dict) and isinstance(entry.get("s"), str) else created


def field_history(stamps: dict[str, dict[str, Any]], field: str) -> list[str]:
    entry = stamps.get(field)
    history = entry.get("h") if isinstance(entry, dict) else None
    return [h for h in history if isinstance(h, str)] if isinstance(history, list) else []


def record_write(
    stamps: dict[str, dict[str, Any]], field: str, new: str, created: str, is_text: bool
) -> None:
    """Note in *stamps* that *field* was just written with stamp *new*."""
    if is_text:
        old = field_stamp(stamps, field, created)
        history = field_history(stamps, field)
        if old not in history:
            history.append(old)
        stamps[field] = {"s": new, "h": history}
    else:
        stamps[field] = {"s": new}
