"""The method's templates in Swedish and English; applying them; saving a session's agenda."""

from __future__ import annotations

import pytest

from regworkshop.services.errors import InvalidInput
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.method_templates import BUILTIN_IDS, builtin_templates
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sessions.template_service import TemplateService
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.enums import ActorType, SessionKind
from tests.store.helpers import query, sql

HALLAND = "builtin:halland_workshop"


@pytest.fixture
def templates(store) -> TemplateService:
    return TemplateService(store)


@pytest.fixture
def session_id(store) -> str:
    return SessionService(store).create("Workshop 1").id


def titles(store, session_id) -> list[str]:
    return [i.title for i in AgendaService(store).list(session_id)]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_four_method_templates_exist_in_both_languages(language):
    found = builtin_templates(language)
    assert [t.id for t in found] == list(BUILTIN_IDS)
    kinds = [t.session_kind for t in found]
    assert kinds == ["workshop", "kickoff", "interview", "internal_evaluation"]
    for template in found:
        assert template.language == language and template.builtin
        assert template.items and all(i.title for i in template.items)
        keys = {t.key for t in template.themes}
        assert all(set(i.theme_keys) <= keys for i in template.items)


def test_swedish_and_english_say_the_same_thing():
    sv, en = builtin_templates("sv"), builtin_templates("en")
    for s, e in zip(sv, en, strict=True):
        assert [i.minutes for i in s.items] == [i.minutes for i in e.items]
        assert [i.theme_keys for i in s.items] == [i.theme_keys for i in e.items]
        assert [bool(i.framing_question) for i in s.items] == [
            bool(i.framing_question) for i in e.items
        ]
        assert s.name != e.name
    workshop_sv, workshop_en = sv[0], en[0]
    assert [i.title for i in workshop_sv.items] == [
        "Inledning: syfte och upplägg",
        "Möjligheter",
        "Utmaningar",
        "Det strategiska arbetet i dag",
        "Förändring över tid",
        "Vad prioriteras?",
        "Prioritering",
        "Sammanfattning och nästa steg",
    ]
    assert workshop_en.items[1].title == "Opportunities"
    assert "change" in workshop_en.items[4].framing_question
    kickoff = sv[1]
    assert any("förväntar" in i.framing_question for i in kickoff.items)
    assert any("förankrar" in i.framing_question for i in kickoff.items)
    lessons = en[3]
    assert [t.name for t in lessons.themes] == [
        "What worked",
        "What did not work",
        "What we change",
        "Lessons",
    ]


def test_applying_the_halland_workshop_feeds_the_default_themes(store, templates, session_id):
    defaults = {t.builtin_key: t.id for t in ThemeService(store).list()}
    applied = templates.apply(session_id, HALLAND, "sv")
    assert len(applied.item_ids) == 8
    assert applied.created_theme_ids == ()  # the project's default themes are reused
    items = AgendaService(store).list(session_id)
    by_title = {i.title: i for i in items}
    assert by_title["Möjligheter"].theme_ids == (defaults["opportunities"],)
    assert by_title["Vad prioriteras?"].theme_ids == (defaults["priorities"],)
    assert by_title["Inledning: syfte och upplägg"].theme_ids == ()
    assert sum(i.minutes for i in items) == 150


def test_applying_the_kickoff_in_english_creates_session_themes(store, templates, session_id):
    applied = templates.apply(session_id, "builtin:kickoff", "en")
    session_themes = [t for t in ThemeService(store).list(session_id) if t.session_id]
    assert [t.name for t in session_themes] == ["Expectations", "Anchoring", "Working together"]
    assert set(applied.created_theme_ids) == {t.id for t in session_themes}
    assert titles(store, session_id)[2] == "Expectations of the project"
    # Themes of the session are not the project's themes.
    assert len(ThemeService(store).list()) == 5
    # Applying again reuses them instead of doubling them.
    again = templates.apply(session_id, "builtin:kickoff", "en")
    assert again.created_theme_ids == ()
    assert len(titles(store, session_id)) == 12


def test_the_interview_guide_is_tailored_to_the_kind_of_actor(store, templates, session_id):
    guide = templates.get("builtin:interview_guide", "sv")
    assert guide.tailored
    templates.apply(session_id, guide.id, "sv", actor_type=ActorType.MUNICIPALITY)
    got = titles(store, session_id)
    assert "Kommunens planering" in got and "Företagets behov" not in got
    assert sum(i.minutes for i in AgendaService(store).list(session_id)) == 60
    other = SessionService(store).create("Intervju", SessionKind.INTERVIEW).id
    templates.apply(other, guide.id, "en", actor_type=ActorType.COMPANY)
    got = titles(store, other)
    assert "What the company needs" in got and "The municipality's planning" not in got
    plain = SessionService(store).create("Intervju 2", SessionKind.INTERVIEW).id
    templates.apply(plain, guide.id, "sv")
    assert len(titles(store, plain)) == len(guide.items_for(None))


def test_apply_appends_and_undo_takes_exactly_that_away(store, templates, session_id):
    AgendaService(store).create(session_id, "Egen punkt", minutes=10)
    applied = templates.apply(session_id, "builtin:lessons_learned", "sv")
    got = titles(store, session_id)
    assert got[0] == "Egen punkt" and got[1] == "Inledning och spelregler"
    assert len(applied.created_theme_ids) == 4
    templates.unapply(applied)
    assert titles(store, session_id) == ["Egen punkt"]
    assert [t for t in ThemeService(store).list(session_id) if t.session_id] == []
    templates.reapply(applied)
    assert len(titles(store, session_id)) == 8
    assert len([t for t in ThemeService(store).list(session_id) if t.session_id]) == 4


def test_save_a_sessions_agenda_as_a_template_and_reuse_it(store, templates, session_id):
    agenda = AgendaService(store)
    templates.apply(session_id, "builtin:kickoff", "sv")
    agenda.create(session_id, "Fika & <mingel> 🍰", minutes=20, index=2)
    saved = templates.save_from_session(session_id, "  Vår uppstart ", "sv")
    assert saved.name == "Vår uppstart" and not saved.builtin
    assert saved.session_kind == "workshop"
    assert [t.id for t in templates.list("sv")][-1] == saved.id
    assert saved.items[2].title == "Fika & <mingel> 🍰"
    with pytest.raises(InvalidInput, match="exists"):
        templates.save_from_session(session_id, "vår UPPSTART", "sv")
    with pytest.raises(InvalidInput, match="name"):
        templates.save_from_session(session_id, "  ", "sv")
    empty = SessionService(store).create("Tom").id
    with pytest.raises(InvalidInput, match="no agenda"):
        templates.save_from_session(empty, "Tom mall", "sv")

    target = SessionService(store).create("Uppstart 2").id
    applied = templates.apply(target, saved.id, "en")
    copied = agenda.list(target)
    assert [i.title for i in copied] == [i.title for i in agenda.list(session_id)]
    assert [i.minutes for i in copied] == [i.minutes for i in agenda.list(session_id)]
    # The saved template's themes become the new session's own themes, same names.
    names = sorted(t.name for t in ThemeService(store).list(target) if t.session_id == target)
    assert names == ["Förankring", "Förväntningar", "Samverkan framåt"]
    assert len(applied.created_theme_ids) == 3


def test_a_saved_template_remembers_default_themes_by_key(store, templates, session_id):
    templates.apply(session_id, HALLAND, "sv")
    saved = templates.save_from_session(session_id, "Halland kort", "sv")
    target = SessionService(store).create("W2").id
    applied = templates.apply(target, saved.id, "sv")
    assert applied.created_theme_ids == ()  # still the project's default themes


def test_delete_and_restore_a_saved_template(store, templates, session_id):
    templates.apply(session_id, HALLAND, "sv")
    saved = templates.save_from_session(session_id, "Mall", "sv")
    templates.delete(saved.id)
    assert saved.id not in [t.id for t in templates.list("sv")]
    templates.restore(saved.id)
    assert saved.id in [t.id for t in templates.list("sv")]
    with pytest.raises(InvalidInput):
        templates.delete(HALLAND)


@pytest.mark.sqlite_only  # reads the project file itself
def test_a_damaged_saved_template_reads_as_empty_and_cannot_break_apply(
    store, templates, session_id
):
    templates.apply(session_id, HALLAND, "sv")
    saved = templates.save_from_session(session_id, "Trasig", "sv")
    store.close()
    sql(store.path, f"UPDATE rw_agenda_template SET body = '{{not json' WHERE id = '{saved.id}'")
    from regworkshop.services.project.project_service import load_project
    from tests.conftest import DEVICE

    reopened = load_project(store.path, device_id=DEVICE)
    try:
        again = TemplateService(reopened)
        assert again.get(saved.id, "sv").items == ()
        target = SessionService(reopened).create("Ny").id
        assert again.apply(target, saved.id, "sv").item_ids == ()
    finally:
        reopened.close()
    assert query(store.path, "SELECT count(*) FROM rw_agenda_template") == [(1,)]
