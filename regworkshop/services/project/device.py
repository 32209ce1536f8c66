"""This laptop's device id: stamped on every row it writes, so merges can tell writers apart."""

from __future__ import annotations

import uuid

from regworkshop import paths


def device_id() -> str:
    """Return this machine's device id, creating it on first use."""
    file = paths.config_dir() / "device-id"
    try:
        value = file.read_text(encoding="ascii").strip()
        uuid.UUID(value)
        return value
    except (OSError, ValueError):
        value = str(uuid.uuid4())
        tmp = file.with_suffix(".tmp")
        tmp.write_text(value, encoding="ascii")
        tmp.replace(file)
        return value
