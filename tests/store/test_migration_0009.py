"""0009: the full-text indexes get prefix indexes; an existing project keeps finding everything."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from regworkshop.services.knowledge.search_service import SearchService
from regworkshop.services.knowledge.search_texts import note_texts
from regworkshop.services.project.project_service import load_project
from regworkshop.services.safety.project_check import check_project
from regworkshop.store import project_file
from regworkshop.store.base import utcnow
from regworkshop.store.models import Note
from tests.conftest import DEVICE
from tests.store.helpers import query
from tests.store.test_migrations import downgrade_file, revision_of

pytestmark = pytest.mark.sqlite_only


def fts_sql(path, name: str) -> str:
    return query(path, f"SELECT sql FROM sqlite_master WHERE name = '{name}'")[0][0]


def with_prefix(texts: dict[str, str], prefix: str) -> set[str]:
    word = re.compile(r"(?<![^\W_])" + re.escape(prefix), re.IGNORECASE)
    return {key for key, text in texts.items() if word.search(text)}


def test_0009_adds_prefix_indexes_and_keeps_the_index_in_step(demo_path, tmp_path):
    downgrade_file(demo_path, "0008")
    assert "prefix" not in fts_sql(demo_path, "rw_fts_note")
    store = load_project(demo_path, device_id=DEVICE, backup_dir=tmp_path / "backups")
    try:
        assert revision_of(demo_path) == project_file.head_revision()
        for fts in ("rw_fts_note", "rw_fts_insight"):
            created = fts_sql(demo_path, fts)
            assert "prefix='2 3'" in created and "remove_diacritics 0" in created
        texts = note_texts(store)
        search = SearchService(store)
        indexed = query(demo_path, "SELECT count(*) FROM rw_fts_note_docsize")[0][0]
        assert indexed == query(demo_path, "SELECT count(*) FROM rw_note")[0][0]
        # Every note is found by its own words; 2- and 3-letter prefixes use the new
        # indexes and still keep å, ä and ö apart from a and o.
        for prefix in ("sä", "säk", "sa", "kom", "ö"):
            expected = with_prefix(texts, prefix)
            assert set(search.note_ids(prefix + "*")) == expected, prefix
        assert with_prefix(texts, "sä") and with_prefix(texts, "sä").isdisjoint(
            set(search.note_ids("sa*"))
        )
        # The triggers came back: edits and tombstones reach the index; changes to
        # other columns (votes, position) leave the index alone and the note findable.
        assert "AFTER UPDATE OF text ON rw_note" in fts_sql(demo_path, "rw_fts_note_au")
        assert "AFTER UPDATE OF title, text ON rw_insight" in fts_sql(
            demo_path, "rw_fts_insight_au"
        )
        note_id = next(iter(texts))
        with store.unit_of_work() as db:
            db.scalar(select(Note).where(Note.id == note_id)).text = "Xylofonstråket är klart"
        assert search.note_ids("xyl*") == [note_id]
        with store.unit_of_work() as db:
            db.scalar(select(Note).where(Note.id == note_id)).votes = 4
        assert search.note_ids("xylofonstråket") == [note_id]
        assert check_project(demo_path).ok  # the index is in step with its notes
        with store.unit_of_work() as db:
            db.scalar(select(Note).where(Note.id == note_id)).deleted_at = utcnow()
        assert search.note_ids("xyl*") == []
    finally:
        store.close()


def test_0009_downgrades_to_the_plain_index(demo_path):
    downgrade_file(demo_path, "0008")
    created = fts_sql(demo_path, "rw_fts_note")
    assert "prefix" not in created and "remove_diacritics 0" in created
    notes = query(demo_path, "SELECT count(*) FROM rw_note")[0][0]
    assert query(demo_path, "SELECT count(*) FROM rw_fts_note_docsize")[0][0] == notes
