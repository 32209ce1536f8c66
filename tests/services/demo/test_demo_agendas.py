"""The demo's sessions have agendas from the method's templates, and past ones actual times."""

from __future__ import annotations

from datetime import timedelta

import pytest

from regworkshop.services.demo.demo_agendas import SAVED_TEMPLATE
from regworkshop.services.project.project_service import load_project
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.run_service import RunService
from regworkshop.services.sessions.run_state import FINISHED
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sessions.template_service import TemplateService
from regworkshop.services.themes.theme_service import ThemeService
from tests.conftest import DEVICE


@pytest.fixture
def demo(demo_path, tmp_path):
    store = load_project(demo_path, device_id=DEVICE, backup_dir=tmp_path / "backups")
    yield store
    store.close()


def by_title(demo) -> dict:
    return {s.title: s for s in SessionService(demo).list()}


def test_every_demo_session_has_an_agenda(demo):
    for row in SessionService(demo).list():
        assert row.items > 0, row.title


def test_workshops_follow_the_halland_template_and_feed_the_default_themes(demo):
    sessions = by_title(demo)
    agenda = AgendaService(demo).agenda(sessions["Workshop 1 – Halmstad"].id)
    titles = [row.item.title for row in agenda.rows]
    assert titles[1:6] == [
        "Möjligheter",
        "Utmaningar",
        "Det strategiska arbetet i dag",
        "Förändring över tid",
        "Vad prioriteras?",
    ]
    defaults = {t.builtin_key: t.id for t in ThemeService(demo).list()}
    assert agenda.rows[1].item.theme_ids == (defaults["opportunities"],)
    assert agenda.timeline.total_minutes == sessions["Workshop 1 – Halmstad"].planned_minutes
    assert agenda.timeline.start is not None


def test_the_kickoff_has_its_own_themes(demo):
    kickoff = by_title(demo)["Uppstartsmöte"]
    own = [t.name for t in ThemeService(demo).list(kickoff.id) if t.session_id == kickoff.id]
    assert own == ["Förväntningar", "Förankring", "Samverkan framåt"]


def test_interviews_get_the_guide_for_their_kind_of_actor(demo):
    sessions = by_title(demo)
    company = [i.title for i in AgendaService(demo).list(sessions["Intervju – LRF Halland"].id)]
    assert "Näringslivets perspektiv" in company and "Kommunens planering" not in company
    agency = AgendaService(demo).list(sessions["Intervju – Trafikverket Region Väst"].id)
    assert "Statliga intressen" in [i.title for i in agency]


def test_past_sessions_were_run_and_have_actual_times(demo):
    for row in SessionService(demo).list():
        if row.starts_at > demo.clock():
            continue  # an interview booked ahead (the follow-up demo) has not happened yet
        state = RunService(demo).state(row.id)
        assert state.status == FINISHED, row.title
        items = AgendaService(demo).list(row.id)
        assert all(i.actual_start and i.actual_end for i in items), row.title
        # Items follow each other without gaps (next closes one and opens the other).
        for before, after in zip(items, items[1:], strict=False):
            assert before.actual_end == after.actual_start
        assert abs(items[0].actual_start - row.starts_at) <= timedelta(minutes=10)
    workshop = by_title(demo)["Workshop 1 – Halmstad"]
    items = AgendaService(demo).list(workshop.id)
    assert any(i.extra_minutes == 5 for i in items)  # someone was given five more minutes
    paused = items[3]
    wall = (paused.actual_end - paused.actual_start).total_seconds()
    assert wall - paused.spent_seconds == pytest.approx(15 * 60)  # the fika break


def test_the_demo_has_a_saved_template(demo):
    names = [t.name for t in TemplateService(demo).list("sv") if not t.builtin]
    assert names == [SAVED_TEMPLATE]
