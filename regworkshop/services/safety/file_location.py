"""Is a project file somewhere SQLite is not safe? Network shares and synced folders.

SQLite's locking and its write-ahead log need a local disk. A network share
(SMB/CIFS, NFS, SSHFS, WebDAV) or a folder that a sync client copies behind
the app's back (OneDrive, Dropbox, Google Drive, iCloud, Box, Nextcloud) can
corrupt a project or lose edits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

SYNC_MARKERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "box sync": "Box",
    "box": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "sharepoint": "SharePoint",
}
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "davfs",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "ncpfs",
    "fuse.s3fs",
}


@dataclass(frozen=True)
class LocationRisk:
    kind: str  # "sync" or "network"
    detail: str  # the sync service or the file system


def _mounts(mounts_text: str | None) -> list[tuple[str, str]]:
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
    found = []
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            found.append((parts[1].replace("\\040", " "), parts[2]))
    return found


def location_risk(
    path: str | PurePath, *, mounts_text: str | None = None, windows: bool | None = None
) -> LocationRisk | None:
    """Say whether *path* lies on a network share or in a synced folder (None if local)."""
    text = str(path)
    windows = os.name == "nt" if windows is None else windows
    if text.startswith(("\\\\", "//")):
        return LocationRisk("network", "UNC")
    parts = PureWindowsPath(text).parts if windows or "\\" in text else PurePath(text).parts
    for part in parts:
        lowered = part.lower().strip("\\/")
        for marker, service in SYNC_MARKERS.items():
            if (
                lowered == marker
                or lowered.startswith(f"{marker} -")
                or (marker == "onedrive" and lowered.startswith("onedrive"))
                or (marker == "dropbox" and lowered.startswith("dropbox"))
            ):
                return LocationRisk("sync", service)
    if not windows:
        resolved = str(Path(text).expanduser().absolute())
        best = ("", "")
        for mount_point, fs_type in _mounts(mounts_text):
            inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) > len(best[0]):
                best = (mount_point, fs_type)
        if best[1] in NETWORK_FILESYSTEMS:
            return LocationRisk("network", best[1])
    return None
