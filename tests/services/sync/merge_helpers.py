"""Helpers for merge tests: devices with their own clocks, logical snapshots, raw bundles."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.sync.bundle_format import ORDER, TABLES
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.merge_service import open_conflicts
from regworkshop.store import stamps
from regworkshop.store.project_store import ProjectStore

IGNORED = stamps.META_FIELDS | {"data"}


def snapshot(store: ProjectStore) -> dict[str, Any]:
    """The logical content of a project: every row's data fields and the open conflicts."""
    content: dict[str, Any] = {}
    with store.session() as db:
        conn = db.connection()
        for name in ORDER:
            if name == "rw_text_version":
                continue
            table = TABLES[name]
            content[name] = {
                row.id: tuple(
                    (c, _norm(getattr(row, c)))
                    for c in sorted(row._mapping.keys())
                    if c not in IGNORED
                )
                for row in conn.execute(select(table))
            }
        content["conflicts"] = {
            (c.entity, c.row_id, c.field): (
                c.current.value,
                tuple(sorted(v.value for v in c.others)),
            )
            for c in open_conflicts(conn)
        }
    return content


def _norm(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def export(store: ProjectStore, folder: Path, name: str):
    """Write a bundle of the whole project and read it back."""
    path = folder / f"{name}.rwbundle"
    write_bundle(store, path, include_names=True)
    return read_bundle(path)


def raw_bundle(
    path: Path,
    manifest: dict,
    data: dict,
    photos: dict[str, bytes] | None = None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None,
    fix_hash: bool = True,
) -> Path:
    """Write a bundle by hand (for hostile-input tests); recomputes the checksum by default."""
    photos = photos or {}
    data_bytes = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
    if fix_hash:
        digest = hashlib.sha256(data_bytes)
        for pid in sorted(photos):
            digest.update(pid.encode())
            digest.update(photos[pid])
        manifest = dict(manifest, content_hash=digest.hexdigest(), photos=sorted(photos))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", data_bytes)
        for pid, blob in photos.items():
            archive.writestr(f"photos/{pid}", blob)
        for info, blob in extra or []:
            archive.writestr(info, blob)
    return path


def unpack(path: Path) -> tuple[dict, dict, dict[str, bytes]]:
    """Return (manifest, data, photos) of a bundle file written by the app."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
        photos = {
            n.removeprefix("photos/"): archive.read(n)
            for n in archive.namelist()
            if n.startswith("photos/")
        }
    return manifest, data, photos
