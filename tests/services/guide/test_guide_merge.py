"""Manual checklist ticks and the platform travel in bundles and merge like every row."""

from __future__ import annotations

from datetime import UTC, datetime

from regworkshop.services.followup.followup_service import FollowUpService
from regworkshop.services.guide.guide_service import MethodGuideService
from regworkshop.services.project.project_service import new_project
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.merge_service import MergeService
from regworkshop.store.models import ChecklistTick
from tests.conftest import FakeClock
from tests.services.sync.merge_helpers import export, snapshot

DEV = [f"00000000-0000-4000-8000-00000000010{i}" for i in range(1, 4)]


def test_the_same_item_ticked_on_two_laptops_is_one_row_and_the_later_write_wins(
    tmp_path, project_target
):
    clocks = [FakeClock(datetime(2026, 10, 1, 9, i, tzinfo=UTC)) for i in range(2)]
    a = new_project(project_target("a"), "Halland", device_id=DEV[0], clock=clocks[0])
    base = export(a, tmp_path, "base")
    b, _ = project_from_bundle(base, project_target("b"), device_id=DEV[1], clock=clocks[1])
    try:
        MethodGuideService(a).set_ticked("anchoring", True)
        MethodGuideService(b).set_ticked("anchoring", True)
        FollowUpService(b).set_platform("Hallands planeringsforum", "Varje kvartal", [])
        clocks[1].advance(minutes=5)
        MethodGuideService(b).set_ticked("anchoring", False)  # B unticks it later
        MethodGuideService(a).set_ticked("lessons_shared", True)
        from_a, from_b = export(a, tmp_path, "a"), export(b, tmp_path, "b")
        MergeService(a).merge([from_b])
        MergeService(b).merge([from_a])
        assert snapshot(a) == snapshot(b)
        for store in (a, b):
            with store.session() as db:
                assert db.query(ChecklistTick).filter_by(item_key="anchoring").count() == 1
            assert not MethodGuideService(store).is_ticked("anchoring")
            assert MethodGuideService(store).is_ticked("lessons_shared")
            assert FollowUpService(store).platform().name == "Hallands planeringsforum"
    finally:
        a.close()
        b.close()
