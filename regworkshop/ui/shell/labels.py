"""Names for the method's vocabularies (phases, counts, kinds, actor types) in the UI language.

The domain's words come from ``services.vocabulary`` (shared with the exports);
only the UI's own sentences (phase descriptions, count labels) go through tr().
"""

from __future__ import annotations

from regworkshop.services.vocabulary import (
    ACTOR_TYPE,
    ATTENDANCE,
    COMMITMENT_STATUS,
    CONSENT,
    ENGAGEMENT_LEVEL,
    INTERVIEW_STATUS,
    INVOLVEMENT_FORM,
    METHOD_PHASE,
    PARTICIPANT_ROLE,
    QUADRANT,
    SESSION_KIND,
    Vocabulary,
)
from regworkshop.store.enums import (
    ActorType,
    CommitmentStatus,
    Consent,
    InvolvementForm,
    MethodPhase,
)
from regworkshop.ui.shell.i18n import tr, ui_language


def _name(vocabulary: Vocabulary, key: str) -> str:
    return vocabulary.name(ui_language(), key)


def phase_name(phase: MethodPhase) -> str:
    """Return the phase's name in the UI language."""
    return _name(METHOD_PHASE, phase)


def phase_description(phase: MethodPhase) -> str:
    return {
        MethodPhase.PREPARE: tr(
            "Stakeholder analysis; meet each municipality to anchor the project."
        ),
        MethodPhase.CONDUCT: tr("Reference group, kickoff, workshops and many interviews."),
        MethodPhase.COMPILE: tr("Summarise the insights in a knowledge base."),
        MethodPhase.FOLLOW_UP: tr(
            "Commitments, declaration of intent, a new stakeholder analysis."
        ),
        MethodPhase.LESSONS: tr("Internal evaluations compiled into lessons for the next round."),
    }[phase]


def count_label(key: str) -> str:
    return {
        "actors": tr("Actors"),
        "people": tr("Contact people"),
        "actors_assessed": tr("Actors assessed"),
        "municipality_meetings": tr("Municipality meetings"),
        "reference_group_meetings": tr("Reference group meetings"),
        "kickoffs": tr("Kickoffs"),
        "workshops": tr("Workshops"),
        "interviews": tr("Interviews"),
        "notes": tr("Notes"),
        "themes": tr("Themes"),
        "insights": tr("Insights"),
        "commitments": tr("Commitments"),
        "assessment_rounds": tr("Assessment rounds"),
        "internal_evaluations": tr("Internal evaluations"),
        "lessons": tr("Lessons"),
        "sessions": tr("Sessions"),
    }.get(key, key)


def session_kind_name(kind: str) -> str:
    """Return the session kind's name in the UI language (the key itself if unknown)."""
    return _name(SESSION_KIND, kind)


def actor_type_name(kind: str) -> str:
    """Return the actor type's name in the UI language (the key itself if unknown)."""
    return _name(ACTOR_TYPE, kind)


def actor_types() -> list[tuple[str, str]]:
    """Return (key, translated name) of every actor type, in the method's order."""
    return [(kind.value, actor_type_name(kind)) for kind in ActorType]


def involvement_form_name(form: str) -> str:
    """Return the form of involvement's name in the UI language."""
    return _name(INVOLVEMENT_FORM, form)


def involvement_forms() -> list[tuple[str, str]]:
    """Return (key, translated name) of every form of involvement, in the method's order."""
    return [(form.value, involvement_form_name(form)) for form in InvolvementForm]


def consent_name(consent: str) -> str:
    """Return the consent answer's name in the UI language."""
    return _name(CONSENT, consent)


def consents() -> list[tuple[str, str]]:
    """Return (key, translated name) of the consent answers, given first."""
    return [(c.value, consent_name(c)) for c in (Consent.GIVEN, Consent.REFUSED, Consent.UNKNOWN)]


def quadrant_name(quadrant: str) -> str:
    """Return the stakeholder grid quadrant's name in the UI language."""
    return _name(QUADRANT, quadrant)


def engagement_level_name(level: str) -> str:
    """Return the engagement level's name in the UI language."""
    return _name(ENGAGEMENT_LEVEL, level)


def attendance_name(value: str) -> str:
    """Return the attendance's name in the UI language."""
    return _name(ATTENDANCE, value)


def role_name(value: str) -> str:
    """Return the participant role's name in the UI language."""
    return _name(PARTICIPANT_ROLE, value)


def commitment_status_name(status: str) -> str:
    """Return the commitment status's name in the UI language."""
    return _name(COMMITMENT_STATUS, status)


def commitment_statuses() -> list[tuple[str, str]]:
    """Return (key, translated name) of every commitment status, in the method's order."""
    return [(s.value, commitment_status_name(s)) for s in CommitmentStatus]


def interview_status_name(status: str) -> str:
    """Return the interview status's name in the UI language."""
    return _name(INTERVIEW_STATUS, status)
