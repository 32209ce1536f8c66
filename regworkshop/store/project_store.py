"""An open project: its engine, a session factory that stamps every write."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, event, inspect, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from regworkshop import __version__
from regworkshop.store import project_file, stamps
from regworkshop.store.base import Synced, new_id, utcnow
from regworkshop.store.engine import is_url, make_engine
from regworkshop.store.errors import (
    DamagedProject,
    NewerProjectVersion,
    NotAProject,
    ProjectExists,
    ProjectUnavailable,
)
from regworkshop.store.models import Meta, Project

Clock = Callable[[], datetime]

# Set on a DbSession's ``info`` by the merge code, which must keep the
# timestamps and device ids that arrive with a bundle.
KEEP_STAMPS = "keep_stamps"


class ProjectStore:
    """One open project. Hands out sessions; knows who is writing and when."""

    def __init__(self, engine: Engine, target: str | Path, device_id: str, clock: Clock = utcnow):
        self.engine = engine
        self.target = target
        self.device_id = device_id
        self.clock = clock
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", self._stamp)
        event.listen(self._factory, "after_commit", self._committed)
        # How many commits this process made (automatic backups follow edits).
        self.write_count = 0
        with self._factory() as db:
            project = db.scalars(select(Project).where(Project.deleted_at.is_(None))).first()
            if project is None:
                raise NotAProject(target, "it holds no project")
            self.project_id = project.id

    @property
    def path(self) -> Path | None:
        """The project file, or None for a server URL."""
        return None if is_url(self.target) else Path(self.target)

    def session(self) -> DbSession:
        """Return a new database session (use ``with store.session() as db, db.begin():``)."""
        return self._factory()

    @contextmanager
    def unit_of_work(self) -> Iterator[DbSession]:
        """Run one use case in one transaction: commit on success, roll back on error."""
        with self._factory() as db, db.begin():
            yield db

    def close(self) -> None:
        """Release every connection (and let SQLite fold its WAL back into the file)."""
        self.engine.dispose()

    def _committed(self, db: DbSession) -> None:
        if db.info.pop("wrote", False):
            self.write_count += 1

    def _stamp(self, db: DbSession, _context, _instances) -> None:
        if db.new or db.dirty or db.deleted:
            db.info["wrote"] = True
        for obj in (*db.new, *db.dirty):
            _drop_nul_characters(obj)
        if db.info.get(KEEP_STAMPS):
            return
        now = self.clock()
        for obj in db.new:
            if isinstance(obj, Synced):
                obj.created_at = obj.created_at or now
                obj.updated_at = now
                obj.device_id = self.device_id
                obj.field_stamps = obj.field_stamps or "{}"
        write = stamps.stamp(now, self.device_id)
        for obj in db.dirty:
            if isinstance(obj, Synced) and db.is_modified(obj, include_collections=False):
                _record_field_writes(obj, write)
                obj.updated_at = now
                obj.device_id = self.device_id


def _drop_nul_characters(obj: object) -> None:
    """Remove NUL characters from text: PostgreSQL cannot store them, bundles refuse them."""
    state = inspect(obj, raiseerr=False)
    if state is None:
        return
    for attr in state.mapper.column_attrs:
        value = state.dict.get(attr.key)
        if isinstance(value, str) and "\x00" in value:
            setattr(obj, attr.key, value.replace("\x00", ""))


def _record_field_writes(obj: Synced, write: str) -> None:
    """Stamp each column of *obj* whose value this flush changes."""
    state = inspect(obj)
    table = obj.__tablename__
    text_fields = stamps.TEXT_FIELDS.get(table, ())
    created = stamps.creation_stamp(obj.created_at)
    current = stamps.load(obj.field_stamps)
    changed = False
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in stamps.META_FIELDS:
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        if history.deleted and history.added and history.deleted[0] == history.added[0]:
            continue
        stamps.record_write(current, name, write, created, name in text_fields)
        changed = True
    if changed:
        obj.field_stamps = stamps.dump(current)


def create_project(
    target: str | Path,
    title: str,
    *,
    device_id: str,
    language: str = "sv",
    clock: Clock = utcnow,
    project_id: str | None = None,
    project_row: dict | None = None,
) -> ProjectStore:
    """Create a new, empty project file (or initialise an empty server database).

    *project_id* gives the new file the id of an existing project, so that a
    laptop starting from a colleague's bundle merges with it ever after;
    *project_row* (from a bundle) is then stored as it is, stamps included, so
    that its fields do not compete with fresh defaults in later merges.
    """
    if not is_url(target):
        project_file.require_fts5(target)
        path = Path(target)
        if path.exists():
            raise ProjectExists(path)
        if not path.parent.exists():
            raise ProjectUnavailable(path, "the folder does not exist")
    engine = make_engine(target)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA application_id={project_file.APPLICATION_ID}")
            project_file.upgrade(conn)
        now = clock()
        with DbSession(engine) as db, db.begin():
            db.add_all(
                [
                    Meta(key="format", value=project_file.FORMAT_MARKER),
                    Meta(key="app_version", value=__version__),
                    Project(**project_row)
                    if project_row
                    else Project(
                        id=project_id or new_id(),
                        title=title,
                        language=language,
                        device_id=device_id,
                        created_at=now,
                        updated_at=now,
                    ),
                ]
            )
    except OperationalError as exc:
        engine.dispose()
        raise ProjectUnavailable(target, str(exc.orig)) from exc
    return ProjectStore(engine, target, device_id, clock)


def open_project(
    target: str | Path, *, device_id: str, backup_dir: Path, clock: Clock = utcnow
) -> ProjectStore:
    """Open a project file (or server URL), migrating it after a backup if it is older."""
    if is_url(target):
        return _open_url(str(target), device_id, clock)
    path = Path(target)
    facts = project_file.inspect_file(path)
    project_file.require_fts5(path)
    head = project_file.head_revision()
    if facts.revision != head:
        backup = project_file.migration_backup_path(backup_dir, path, facts.revision)
        project_file.backup_file(path, backup)
    engine = make_engine(path)
    try:
        if facts.revision != head:
            with engine.begin() as conn:
                project_file.upgrade(conn)
                conn.execute(
                    text("UPDATE rw_meta SET value = :v WHERE key = 'app_version'"),
                    {"v": __version__},
                )
        return ProjectStore(engine, path, device_id, clock)
    except OperationalError as exc:
        engine.dispose()
        raise ProjectUnavailable(path, str(exc.orig)) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise DamagedProject(path, str(exc.orig)) from exc


def _open_url(url: str, device_id: str, clock: Clock) -> ProjectStore:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            tables = set(conn.dialect.get_table_names(conn))
            if "rw_meta" not in tables:
                raise NotAProject(url, "the database holds no RegWorkshop project")
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if current not in project_file.known_revisions():
                raise NewerProjectVersion(url, str(current))
            project_file.upgrade(conn)
        return ProjectStore(engine, url, device_id, clock)
    except OperationalError as exc:
        engine.dispose()
        raise ProjectUnavailable(url, str(exc.orig)) from exc
