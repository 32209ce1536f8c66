"""Photos of paper walls, stored inside the project file beside a session's board."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from regworkshop.services.errors import InvalidInput
from regworkshop.services.queries import get_live
from regworkshop.store.models import Photo, Session
from regworkshop.store.project_store import ProjectStore

MAX_BYTES = 30 * 1024 * 1024
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass(frozen=True)
class PhotoInfo:
    id: str
    session_id: str
    caption: str
    mime: str
    size: int


def sniff_mime(data: bytes) -> str:
    """Return the image type of *data* from its first bytes, or raise InvalidInput."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    raise InvalidInput("the file is not a JPEG, PNG, GIF or WebP picture")


class PhotoService:
    """Attach, caption, list, read and remove photos."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, session_id: str) -> list[PhotoInfo]:
        stmt = (
            select(Photo.id, Photo.session_id, Photo.caption, Photo.mime, func.length(Photo.data))
            .where(Photo.session_id == session_id, Photo.deleted_at.is_(None))
            .order_by(Photo.created_at)
        )
        with self.store.session() as db:
            return [PhotoInfo(*row) for row in db.execute(stmt)]

    def add(self, session_id: str, data: bytes, caption: str = "", *, photo_id=None) -> PhotoInfo:
        if len(data) > MAX_BYTES:
            raise InvalidInput(f"a photo can be at most {MAX_BYTES // (1024 * 1024)} MB")
        mime = sniff_mime(data)
        caption = " ".join(caption.split())[:300]
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            photo = Photo(session_id=session_id, caption=caption, mime=mime, data=data)
            if photo_id:
                photo.id = photo_id
            db.add(photo)
            db.flush()
            return PhotoInfo(photo.id, session_id, caption, mime, len(data))

    def data(self, photo_id: str) -> bytes:
        with self.store.session() as db:
            return get_live(db, Photo, photo_id).data

    def caption(self, photo_id: str, caption: str) -> None:
        with self.store.unit_of_work() as db:
            get_live(db, Photo, photo_id).caption = " ".join(caption.split())[:300]

    def delete(self, photo_id: str) -> None:
        with self.store.unit_of_work() as db:
            get_live(db, Photo, photo_id).deleted_at = self.store.clock()

    def restore(self, photo_id: str) -> None:
        with self.store.unit_of_work() as db:
            photo = db.get(Photo, photo_id)
            if photo is None:
                raise InvalidInput(f"no photo with id {photo_id}")
            photo.deleted_at = None
