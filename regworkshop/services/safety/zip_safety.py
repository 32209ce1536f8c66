"""Read a ZIP archive as untrusted input: the defences bundles and .qdpx files share.

Nothing is extracted to disk. Each entry is checked before it is read (no
absolute paths, no ``..``, no links, no oversized or suspiciously well
compressed entries), and reading stops at the size the entry declares, so a
lying header cannot make us inflate more than we agreed to.
"""

from __future__ import annotations

import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

MAX_ENTRIES = 20_000
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, per entry

# What can go wrong while reading a damaged or hostile ZIP. RuntimeError covers
# zipfile's "encrypted" and NotImplementedError (unknown compression or version).
READ_ERRORS = (
    EOFError,
    zipfile.LargeZipFile,
    OSError,
    ValueError,
    RuntimeError,
    zlib.error,
    struct.error,
)

Unsafe = Callable[[str], Exception]


def check_entry(info: zipfile.ZipInfo, unsafe: Unsafe) -> None:
    """Raise ``unsafe(reason)`` for an entry that escapes the archive, is a link or a bomb."""
    name = info.filename
    if name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        raise unsafe(f"the entry {name!r} has an absolute path or a drive letter")
    if any(part in ("..", "") for part in name.rstrip("/").split("/")):
        raise unsafe(f"the entry {name!r} points outside the archive")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise unsafe(f"the entry {name!r} is a link")
    if info.file_size > MAX_ENTRY_BYTES:
        raise unsafe(f"the entry {name!r} is too large ({info.file_size} bytes)")
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise unsafe(f"the entry {name!r} is compressed suspiciously well (a zip bomb?)")


def check_archive(
    path: Path, archive: zipfile.ZipFile, unsafe: Unsafe
) -> dict[str, zipfile.ZipInfo]:
    """Check every entry and the totals; return the entries by name."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise unsafe(f"{path.name}: too many entries ({len(infos)})")
    total = 0
    for info in infos:
        check_entry(info, unsafe)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise unsafe(f"{path.name}: the archive would unpack to {total} bytes")
    by_name = {info.filename: info for info in infos}
    if len(by_name) != len(infos):
        raise unsafe(f"{path.name}: the same entry name appears twice")
    return by_name


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, unsafe: Unsafe) -> bytes:
    """Return an entry's bytes, refusing to inflate past its declared size."""
    limit = info.file_size
    chunks, size = [], 0
    with archive.open(info) as fh:
        while chunk := fh.read(1024 * 1024):
            size += len(chunk)
            if size > limit:
                raise unsafe(f"the entry {info.filename!r} is larger than it says")
            chunks.append(chunk)
    return b"".join(chunks)


@contextmanager
def open_zip(
    path: Path, not_a_zip: Callable[[str], Exception], damaged: Callable[[str], Exception]
) -> Iterator[zipfile.ZipFile]:
    """Open *path* as a ZIP; turn every low-level failure into one of the given errors."""
    try:
        with zipfile.ZipFile(path) as archive:
            yield archive
    except zipfile.BadZipFile as exc:
        raise not_a_zip(f"{path.name}: the file is not a ZIP archive, or it is cut short") from exc
    except READ_ERRORS as exc:
        raise damaged(f"{path.name}: the archive is damaged ({exc})") from exc
