"""Read a .rwbundle as untrusted input: every entry checked, nothing extracted to disk."""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from regworkshop.services.safety.zip_safety import check_archive, open_zip, read_entry
from regworkshop.services.sync.bundle_format import (
    DATA_NAME,
    FORMAT,
    FORMAT_NEEDS_APP,
    FORMAT_VERSION,
    MANIFEST_NAME,
    PHOTO_PREFIX,
    TABLES,
    BundleSchemaError,
    DamagedBundle,
    Manifest,
    NewerBundleFormat,
    NotABundle,
    UnsafeBundle,
    decode_row,
)

MAX_ROWS = 2_000_000


@dataclass(frozen=True)
class Bundle:
    """A bundle read and validated in memory."""

    path: Path
    manifest: Manifest
    tables: dict[str, list[dict[str, Any]]]
    photos: dict[str, bytes]

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def read_bundle(path: Path) -> Bundle:
    """Open, check and validate a bundle file; raise a BundleError subclass if it is refused."""
    path = Path(path)
    if not path.is_file():
        raise NotABundle(f"{path}: no such file")
    with open_zip(path, NotABundle, DamagedBundle) as archive:
        return _read_archive(path, archive)


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    return read_entry(archive, info, UnsafeBundle)


def _read_archive(path: Path, archive: zipfile.ZipFile) -> Bundle:
    by_name = check_archive(path, archive, UnsafeBundle)
    if MANIFEST_NAME not in by_name:
        raise NotABundle(f"{path.name}: a ZIP archive without a bundle manifest")
    try:
        manifest_raw = _json(archive, by_name[MANIFEST_NAME], "the manifest")
        manifest = _manifest(manifest_raw, path)
        if DATA_NAME not in by_name:
            raise DamagedBundle(f"{path.name}: the data is missing")
        data_bytes = _read(archive, by_name[DATA_NAME])
        photos = {}
        for photo_id in manifest.photos:
            info = by_name.get(PHOTO_PREFIX + photo_id)
            if info is None:
                raise DamagedBundle(f"{path.name}: the photo {photo_id} is missing")
            photos[photo_id] = _read(archive, info)
    except zlib.error as exc:
        raise DamagedBundle(f"{path.name}: the bundle is damaged ({exc})") from exc
    digest = hashlib.sha256(data_bytes)
    for photo_id in sorted(photos):
        digest.update(photo_id.encode())
        digest.update(photos[photo_id])
    if digest.hexdigest() != manifest.content_hash:
        raise DamagedBundle(f"{path.name}: the content does not match its checksum")
    try:
        data = json.loads(data_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedBundle(f"{path.name}: the data is not valid JSON ({exc})") from exc
    tables = _tables(data, path)
    photo_rows = {r["id"] for r in tables.get("rw_photo", [])}
    if photo_rows != set(photos):
        raise BundleSchemaError(f"{path.name}: the photos do not match the photo rows")
    return Bundle(path=path, manifest=manifest, tables=tables, photos=photos)


def _json(archive: zipfile.ZipFile, info: zipfile.ZipInfo, what: str) -> Any:
    try:
        return json.loads(_read(archive, info).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedBundle(f"{what} is not valid JSON ({exc})") from exc


def _manifest(raw: Any, path: Path) -> Manifest:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise NotABundle(f"{path.name}: the manifest is not a RegWorkshop manifest")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleSchemaError(f"{path.name}: the manifest has no format version")
    if version > FORMAT_VERSION:
        raise NewerBundleFormat(version, str(raw.get("app_version") or "a newer version"))
    if version < 1 or version not in FORMAT_NEEDS_APP:
        raise BundleSchemaError(f"{path.name}: unknown format version {version}")
    try:
        project = raw["project"]
        created = datetime.fromisoformat(raw["created_at"])
        manifest = Manifest(
            bundle_id=str(raw["bundle_id"]),
            format_version=version,
            app_version=str(raw.get("app_version", "")),
            created_at=created,
            project_id=str(project["id"]),
            project_title=str(project.get("title", "")),
            device_id=str(raw.get("device_id", "")),
            scope=dict(raw.get("scope") or {}),
            counts={str(k): int(v) for k, v in (raw.get("counts") or {}).items()},
            content_hash=str(raw["content_hash"]),
            photos=tuple(str(p) for p in raw.get("photos") or ()),
            pseudonymised=bool(raw.get("pseudonymised", False)),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BundleSchemaError(f"{path.name}: the manifest is incomplete ({exc})") from exc
    for photo_id in manifest.photos:
        if "/" in photo_id or len(photo_id) != 36:
            raise BundleSchemaError(f"{path.name}: bad photo id in the manifest")
    return manifest


def _tables(data: Any, path: Path) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(data, dict):
        raise BundleSchemaError(f"{path.name}: the data must be an object of tables")
    unknown = set(data) - set(TABLES)
    if unknown:
        raise BundleSchemaError(f"{path.name}: unknown table(s) {', '.join(sorted(unknown))}")
    tables: dict[str, list[dict[str, Any]]] = {}
    rows_seen = 0
    for name, raw_rows in data.items():
        if not isinstance(raw_rows, list):
            raise BundleSchemaError(f"{path.name}: {name} must be a list of rows")
        rows_seen += len(raw_rows)
        if rows_seen > MAX_ROWS:
            raise UnsafeBundle(f"{path.name}: more than {MAX_ROWS} rows")
        table = TABLES[name]
        decoded = [decode_row(table, raw, f"{name}[{i}]") for i, raw in enumerate(raw_rows)]
        ids = [r["id"] for r in decoded]
        if len(set(ids)) != len(ids):
            raise BundleSchemaError(f"{path.name}: {name} holds the same id twice")
        tables[name] = decoded
    return tables
