"""Merge two copies of one row, field by field; pure functions, no database.

Small fields: the later write wins (stamp order: UTC time, then device id).
Free text (note text, insight title and text): a version whose stamp is in the
other's history is older and gives way; two versions written without knowing
each other are both kept - the newer stays in the row, the other becomes a
text version flagged as a conflict. A tombstone is an ordinary field here, so
a deletion beats every edit made without knowing of it; an erased person
stays erased whatever arrives later.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from regworkshop.store import stamps

# Fields of a person that hold personal data; erasure empties them for good.
PERSON_PII = ("name", "role", "email", "phone", "consent_how")
ERASED_NAME = ""
VERSION_NAMESPACE = uuid.UUID("6f1f2b1e-4b9c-4f57-9a56-2a4b1d3c9e10")


@dataclass(frozen=True)
class Version:
    """One version of a free-text field."""

    value: str
    stamp: str
    history: tuple[str, ...]


def version_id(entity: str, row_id: str, field: str, stamp: str) -> str:
    """Return the id a text version has on every laptop."""
    return str(uuid.uuid5(VERSION_NAMESPACE, f"{entity}|{row_id}|{field}|{stamp}"))


def _value_key(value: Any) -> str:
    return json.dumps(value, default=str, sort_keys=True)


def merge_rows(
    entity: str, local: dict[str, Any], incoming: dict[str, Any]
) -> tuple[dict[str, Any], list[tuple[str, Version]]]:
    """Return the merged row and the text versions (field, version) that lost to another.

    Commutative, associative and idempotent in what it keeps: merging A into B
    gives the same row as B into A, whatever the order of many merges.
    """
    text_fields = stamps.TEXT_FIELDS.get(entity, ())
    l_stamps, i_stamps = stamps.load(local["field_stamps"]), stamps.load(incoming["field_stamps"])
    l_created = stamps.creation_stamp(local["created_at"])
    i_created = stamps.creation_stamp(incoming["created_at"])
    merged = dict(local)
    merged_stamps: dict[str, dict[str, Any]] = {}
    losers: list[tuple[str, Version]] = []
    for name in local:
        if name in stamps.META_FIELDS:
            continue
        ls = stamps.field_stamp(l_stamps, name, l_created)
        is_ = stamps.field_stamp(i_stamps, name, i_created)
        if name in text_fields:
            lv = Version(local[name], ls, tuple(stamps.field_history(l_stamps, name)))
            iv = Version(incoming[name], is_, tuple(stamps.field_history(i_stamps, name)))
            win, lose = merge_text(lv, iv)
            merged[name] = win.value
            if win.stamp != stamps.creation_stamp(local["created_at"]) or win.history:
                merged_stamps[name] = {"s": win.stamp, "h": list(win.history)}
            if lose is not None:
                losers.append((name, lose))
            continue
        take_incoming = is_ > ls or (
            is_ == ls and _value_key(incoming[name]) > _value_key(local[name])
        )
        entry = i_stamps.get(name) if take_incoming else l_stamps.get(name)
        merged[name] = incoming[name] if take_incoming else local[name]
        if isinstance(entry, dict):
            merged_stamps[name] = {"s": entry["s"]}
    if entity == "rw_person" and (local.get("erased") or incoming.get("erased")):
        merged["erased"] = True
        for name in PERSON_PII:
            merged[name] = ERASED_NAME
    merged["created_at"] = min(local["created_at"], incoming["created_at"])
    later = max(
        (local["updated_at"], local["device_id"]), (incoming["updated_at"], incoming["device_id"])
    )
    merged["updated_at"], merged["device_id"] = later
    merged["field_stamps"] = stamps.dump(merged_stamps)
    return merged, losers


def merge_text(local: Version, incoming: Version) -> tuple[Version, Version | None]:
    """Return (the version the row keeps, the concurrent version to keep aside or None)."""
    if incoming.stamp == local.stamp or incoming.stamp in local.history:
        return local, None
    if local.stamp in incoming.history:
        return incoming, None
    if incoming.stamp > local.stamp:
        return incoming, local
    return local, incoming


def heads(versions: list[Version]) -> list[Version]:
    """Return the versions no other version descends from (one per stamp), newest first."""
    unique = {v.stamp: v for v in versions}
    ancestors = {h for v in unique.values() for h in v.history}
    return sorted(
        (v for s, v in unique.items() if s not in ancestors), key=lambda v: v.stamp, reverse=True
    )


def stamp_time(stamp: str) -> datetime:
    """Return the time of a stamp (for the timestamps of a text version row)."""
    return datetime.fromisoformat(stamp.split("|", 1)[0])


def stamp_device(stamp: str) -> str:
    return stamp.split("|", 1)[1] if "|" in stamp else ""
