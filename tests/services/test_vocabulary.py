"""The one vocabulary: both languages name every key of its enum, and the exports read it."""

from __future__ import annotations

import pytest

from regworkshop.export.documents import followup_words
from regworkshop.export.export_language import kind_name
from regworkshop.services.interviews.interview_service import STATUSES as INTERVIEW_STATUSES
from regworkshop.services.privacy.pseudonyms import ROLE_WORDS, TYPE_NAMES
from regworkshop.services.stakeholders.assessment_service import Quadrant
from regworkshop.services.stakeholders.engagement_service import Level
from regworkshop.services.stakeholders.stakeholder_vocabulary import (
    TYPE_WORDS_EN,
    TYPE_WORDS_SV,
    actor_type_of,
)
from regworkshop.services.vocabulary import (
    ACTOR_TYPE,
    COMMITMENT_STATUS,
    ENGAGEMENT_LEVEL,
    LANGUAGES,
    PARTICIPANT_ROLE,
    QUADRANT,
    SESSION_KIND,
    VOCABULARIES,
    Vocabulary,
    language_of,
)
from regworkshop.store.enums import (
    ActorType,
    Attendance,
    CommitmentStatus,
    Consent,
    InvolvementForm,
    MethodPhase,
    ParticipantRole,
    SessionKind,
)


def _constants(holder: type) -> set[str]:
    return {v for k, v in vars(holder).items() if k.isupper() and isinstance(v, str)}


# The stored (or computed) values each vocabulary names.
KEYS: dict[str, set[str]] = {
    "actor_type": {e.value for e in ActorType},
    "session_kind": {e.value for e in SessionKind},
    "involvement_form": {e.value for e in InvolvementForm},
    "consent": {e.value for e in Consent},
    "attendance": {e.value for e in Attendance},
    "participant_role": {e.value for e in ParticipantRole},
    "commitment_status": {e.value for e in CommitmentStatus},
    "method_phase": {e.value for e in MethodPhase},
    "interview_status": set(INTERVIEW_STATUSES),
    "quadrant": _constants(Quadrant),
    "engagement_level": _constants(Level),
}


def test_every_vocabulary_is_checked_against_its_keys() -> None:
    assert set(VOCABULARIES) == set(KEYS)


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_swedish_and_english_name_exactly_the_stored_keys(name: str) -> None:
    vocabulary = VOCABULARIES[name]
    assert set(vocabulary.sv) == set(vocabulary.en) == KEYS[name]


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_no_word_is_empty(name: str) -> None:
    vocabulary = VOCABULARIES[name]
    for language in LANGUAGES:
        for key, word in vocabulary.words(language).items():
            assert word.strip() == word and word, (name, language, key)


def test_a_word_is_looked_up_in_the_language_asked_and_swedish_is_the_default() -> None:
    assert SESSION_KIND.name("sv", "interview") == "Intervju"
    assert SESSION_KIND.name("en", "interview") == "Interview"
    assert SESSION_KIND.name("", "interview") == "Intervju"
    assert SESSION_KIND.name("en", "no_such_kind") == "no_such_kind"
    assert [language_of(code) for code in ("en", "sv", "de", "")] == ["en", "sv", "sv", "sv"]


def _every_key(vocabulary: Vocabulary):
    return [(language, key) for language in LANGUAGES for key in vocabulary.words(language)]


@pytest.mark.parametrize(("language", "key"), _every_key(SESSION_KIND))
def test_exports_name_session_kinds_from_the_vocabulary(language: str, key: str) -> None:
    assert kind_name(language, key) == SESSION_KIND.name(language, key)


@pytest.mark.parametrize(("language", "key"), _every_key(ACTOR_TYPE))
def test_followup_documents_and_lists_name_actor_types_from_the_vocabulary(
    language: str, key: str
) -> None:
    word = ACTOR_TYPE.name(language, key)
    assert followup_words.actor_type(language, key) == word
    # Lists and pseudonyms write the same word in lower case, and it imports again.
    listed = {"sv": TYPE_WORDS_SV, "en": TYPE_WORDS_EN}[language][key]
    assert listed == word.lower() == TYPE_NAMES[language][key]
    assert actor_type_of(listed) == key


@pytest.mark.parametrize(("language", "key"), _every_key(COMMITMENT_STATUS))
def test_followup_documents_name_statuses_from_the_vocabulary(language: str, key: str) -> None:
    assert followup_words.status(language, key) == COMMITMENT_STATUS.name(language, key)


@pytest.mark.parametrize(("language", "key"), _every_key(ENGAGEMENT_LEVEL))
def test_followup_documents_name_levels_from_the_vocabulary(language: str, key: str) -> None:
    assert followup_words.level(language, key) == ENGAGEMENT_LEVEL.name(language, key)


@pytest.mark.parametrize(("language", "key"), _every_key(QUADRANT))
def test_followup_documents_name_quadrants_from_the_vocabulary(language: str, key: str) -> None:
    assert followup_words.quadrant(language, key) == QUADRANT.name(language, key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pseudonyms_use_the_vocabulary_role_words(language: str) -> None:
    assert ROLE_WORDS[language] == (
        PARTICIPANT_ROLE.name(language, "interviewee"),
        PARTICIPANT_ROLE.name(language, "participant"),
    )
