"""What the board shows, as plain data: notes, clusters, filters and the open round's dots.

Pure Python (no Qt), so building a column's rows is cheap and testable; the
column models turn the rows into Qt signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from regworkshop.services.board.cluster_service import ClusterInfo
from regworkshop.services.board.note_service import NoteInfo

Row = NoteInfo | ClusterInfo


def row_key(row: Row) -> str:
    """A row's identity in a column: its UUID (notes and clusters never share one)."""
    return row.id


@dataclass
class BoardState:
    """The session's board in memory; commands update it after the services have written."""

    notes: dict[str, NoteInfo] = field(default_factory=dict)
    clusters: dict[str, ClusterInfo] = field(default_factory=dict)
    actor_names: dict[str, str] = field(default_factory=dict)
    type_names: dict[str, str] = field(default_factory=dict)
    round_counts: dict[str, int] = field(default_factory=dict)
    filter_text: str = ""
    filter_type: str | None = None
    # Notes by theme, kept in step with ``notes`` (avoids a scan of every note per change).
    _by_theme: dict[str | None, dict[str, NoteInfo]] = field(default_factory=dict)

    def load(self, notes: list[NoteInfo], clusters: list[ClusterInfo]) -> None:
        self.notes = {n.id: n for n in notes}
        self.clusters = {c.id: c for c in clusters}
        self._by_theme = {}
        for note in notes:
            self._by_theme.setdefault(note.theme_id, {})[note.id] = note

    def put(self, note: NoteInfo) -> str | None:
        """Store a note's new state; return the theme it was in before (if it moved)."""
        old = self.notes.get(note.id)
        if old is not None and old.theme_id != note.theme_id:
            self._by_theme.get(old.theme_id, {}).pop(note.id, None)
        self.notes[note.id] = note
        self._by_theme.setdefault(note.theme_id, {})[note.id] = note
        return old.theme_id if old is not None else None

    def drop(self, note_id: str) -> str | None:
        old = self.notes.pop(note_id, None)
        if old is None:
            return None
        self._by_theme.get(old.theme_id, {}).pop(note_id, None)
        return old.theme_id

    def count(self, theme_id: str | None) -> int:
        return len(self._by_theme.get(theme_id, {}))

    def attribution_label(self, note: NoteInfo) -> str:
        if note.actor_id:
            return self.actor_names.get(note.actor_id, "")
        if note.actor_type:
            return self.type_names.get(note.actor_type, note.actor_type)
        return ""

    def matches(self, note: NoteInfo) -> bool:
        if self.filter_type is not None and note.actor_type != self.filter_type:
            return False
        if self.filter_text:
            needle = self.filter_text
            return (
                needle in note.text.casefold() or needle in self.attribution_label(note).casefold()
            )
        return True

    @property
    def filtering(self) -> bool:
        return bool(self.filter_text) or self.filter_type is not None

    def rows(self, theme_id: str) -> list[Row]:
        """The rows of a theme's column: each cluster with its notes, then the loose notes."""
        notes = sorted(self._by_theme.get(theme_id, {}).values(), key=_ORDER)
        if self.filtering:
            notes = [n for n in notes if self.matches(n)]
        clusters = sorted(
            (c for c in self.clusters.values() if c.theme_id == theme_id),
            key=lambda c: (c.position, c.id),
        )
        if not clusters:
            return list(notes)
        members: dict[str, list[NoteInfo]] = {c.id: [] for c in clusters}
        loose: list[Row] = []
        for note in notes:
            bucket = members.get(note.cluster_id or "")
            (bucket if bucket is not None else loose).append(note)
        rows: list[Row] = []
        for cluster in clusters:
            if self.filtering and not members[cluster.id]:
                continue
            rows.append(cluster)
            if not cluster.collapsed:
                rows.extend(members[cluster.id])
        return rows + loose

    def cluster_size(self, cluster_id: str) -> int:
        return sum(1 for n in self.notes.values() if n.cluster_id == cluster_id)


# Position, then id for a stable order (C-level key: sorting 2,000 notes is cheap).
_ORDER = attrgetter("position", "id")
