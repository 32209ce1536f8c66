"""Write a .rwbundle: everything that can travel, or the rows of chosen sessions."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from regworkshop import __version__
from regworkshop.services.sync.bundle_content import bundle_content
from regworkshop.services.sync.bundle_format import (
    DATA_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    PHOTO_PREFIX,
    Manifest,
    Scope,
)
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    manifest: Manifest


def write_bundle(
    store: ProjectStore,
    out: Path,
    scope: Scope | None = None,
    *,
    include_names: bool = False,
    language: str = "sv",
    progress: Progress | None = None,
) -> BundleWritten:
    """Export the project (or a part of it) as a bundle file, written atomically.

    People are pseudonymised unless *include_names* is set: their names become
    stable pseudonyms and their contact details are left out.
    """
    scope = scope or Scope()
    out = Path(out)
    content = bundle_content(store, scope, include_names=include_names, language=language)
    data, photos = content.data, content.photos
    data_bytes = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    digest = hashlib.sha256(data_bytes)
    for photo_id in sorted(photos):
        digest.update(photo_id.encode())
        digest.update(photos[photo_id])
    manifest = Manifest(
        bundle_id=str(uuid.uuid4()),
        format_version=FORMAT_VERSION,
        app_version=__version__,
        created_at=datetime.now(UTC),
        project_id=content.project_id,
        project_title=content.project_title,
        device_id=content.device_id,
        scope=scope.as_json(),
        counts=content.counts(),
        content_hash=digest.hexdigest(),
        photos=tuple(sorted(photos)),
        pseudonymised=not include_names,
    )
    total = 2 + len(photos)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                MANIFEST_NAME, json.dumps(manifest.as_json(), ensure_ascii=False, indent=2)
            )
            archive.writestr(DATA_NAME, data_bytes)
            if progress:
                progress(2, total)
            for done, photo_id in enumerate(sorted(photos), start=3):
                archive.writestr(f"{PHOTO_PREFIX}{photo_id}", photos[photo_id])
                if progress:
                    progress(done, total)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BundleWritten(out, manifest)
