"""The UI names the domain's words from the shared vocabulary, in the UI language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from regworkshop.services.vocabulary import (
    ACTOR_TYPE,
    ATTENDANCE,
    COMMITMENT_STATUS,
    CONSENT,
    ENGAGEMENT_LEVEL,
    INTERVIEW_STATUS,
    INVOLVEMENT_FORM,
    LANGUAGES,
    METHOD_PHASE,
    PARTICIPANT_ROLE,
    QUADRANT,
    SESSION_KIND,
    Vocabulary,
)
from regworkshop.ui.followup.commitment_model import status_name as commitment_status
from regworkshop.ui.interviews.interview_models import status_name as interview_status
from regworkshop.ui.shell import labels
from regworkshop.ui.shell.i18n import Translations, tr, ui_language

NAMERS: list[tuple[Vocabulary, Callable[[str], str]]] = [
    (ACTOR_TYPE, labels.actor_type_name),
    (SESSION_KIND, labels.session_kind_name),
    (INVOLVEMENT_FORM, labels.involvement_form_name),
    (CONSENT, labels.consent_name),
    (ATTENDANCE, labels.attendance_name),
    (PARTICIPANT_ROLE, labels.role_name),
    (COMMITMENT_STATUS, labels.commitment_status_name),
    (COMMITMENT_STATUS, commitment_status),
    (METHOD_PHASE, labels.phase_name),
    (INTERVIEW_STATUS, labels.interview_status_name),
    (INTERVIEW_STATUS, interview_status),
    (QUADRANT, labels.quadrant_name),
    (ENGAGEMENT_LEVEL, labels.engagement_level_name),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_give_the_vocabulary_word_in_the_ui_language(qapp, language: str) -> None:
    Translations().install(language)
    assert ui_language() == language
    for vocabulary, namer in NAMERS:
        for key, word in vocabulary.words(language).items():
            assert namer(key) == word, (namer.__name__, key)


def test_lists_for_choosers_follow_the_ui_language(qapp) -> None:
    Translations().install("sv")
    assert dict(labels.actor_types()) == dict(ACTOR_TYPE.sv)
    assert dict(labels.involvement_forms()) == dict(INVOLVEMENT_FORM.sv)
    assert [key for key, _ in labels.consents()] == ["given", "refused", "unknown"]
    assert dict(labels.commitment_statuses()) == dict(COMMITMENT_STATUS.sv)
    # The UI's own sentences still come from the Swedish .qm.
    assert tr("Actors") == "Aktörer"
    Translations().install("en")
    assert labels.actor_type_name("other") == "Other"
    assert tr("Actors") == "Actors"
