"""Use cases around bundles that are not a merge: start a project from one."""

from __future__ import annotations

from pathlib import Path

from regworkshop.services.sync.bundle_reader import Bundle
from regworkshop.services.sync.merge_service import MergeReport, MergeService
from regworkshop.store.base import utcnow
from regworkshop.store.project_store import Clock, ProjectStore, create_project


def project_from_bundle(
    bundle: Bundle, target: str | Path, *, device_id: str, clock: Clock = utcnow
) -> tuple[ProjectStore, MergeReport]:
    """Create a project with the bundle's project id and merge the bundle into it."""
    manifest = bundle.manifest
    rows = [r for r in bundle.tables.get("rw_project", []) if r["id"] == manifest.project_id]
    store = create_project(
        target,
        manifest.project_title or "RegWorkshop",
        device_id=device_id,
        clock=clock,
        project_id=manifest.project_id,
        project_row=rows[0] if rows else None,
    )
    try:
        report = MergeService(store).merge([bundle])
    except BaseException:
        store.close()
        raise
    return store, report
