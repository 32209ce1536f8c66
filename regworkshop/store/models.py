"""The domain of a planning project as typed SQLAlchemy models.

One project lives in one file (or one schema row set on PostgreSQL). Every
table below except ``rw_meta`` carries the ``Synced`` columns, so a row can
travel in a bundle and be matched by its UUID on another laptop.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from regworkshop.store.base import Base, Synced, UTCDateTime
from regworkshop.store.enums import (
    ActorType,
    Attendance,
    CommitmentStatus,
    Consent,
    DocStatus,
    InsightKind,
    ParticipantRole,
    SessionKind,
)

PROJECT_FK = "rw_project.id"


class Meta(Base):
    """Key/value facts about the file itself (format marker, app version)."""

    __tablename__ = "rw_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Project(Synced, Base):
    __tablename__ = "rw_project"
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="sv")
    forum_name: Mapped[str] = mapped_column(String(300), default="")
    forum_cadence: Mapped[str] = mapped_column(String(300), default="")
    # The collaboration platform's member organisations: a JSON list of actor ids.
    forum_members: Mapped[str] = mapped_column(Text, default="[]")


class Actor(Synced, Base):
    """An organisation with a stake: a kommun, the region, a company …"""

    __tablename__ = "rw_actor"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    name: Mapped[str] = mapped_column(String(300))
    actor_type: Mapped[str] = mapped_column(String(32), default=ActorType.OTHER)
    municipality: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="actor")


class Person(Synced, Base):
    """A contact person; holds personal data, so consent travels with it."""

    __tablename__ = "rw_person"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("rw_actor.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    consent_store: Mapped[str] = mapped_column(String(16), default=Consent.UNKNOWN)
    consent_quote: Mapped[str] = mapped_column(String(16), default=Consent.UNKNOWN)
    consent_name_org: Mapped[str] = mapped_column(String(16), default=Consent.UNKNOWN)
    consent_date: Mapped[date | None] = mapped_column(Date, default=None)
    consent_how: Mapped[str] = mapped_column(String(200), default="")
    # An erased person keeps only this flag and its id, so merges cannot revive it.
    erased: Mapped[bool] = mapped_column(Boolean, default=False)

    actor: Mapped[Actor | None] = relationship(back_populates="people")


class AssessmentRound(Synced, Base):
    """One pass of the stakeholder analysis; follow-up adds another."""

    __tablename__ = "rw_assessment_round"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)


class Assessment(Synced, Base):
    __tablename__ = "rw_assessment"
    __table_args__ = (
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest_range"),
    )
    round_id: Mapped[str] = mapped_column(ForeignKey("rw_assessment_round.id"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("rw_actor.id"), index=True)
    influence: Mapped[float] = mapped_column(Float, default=3)
    interest: Mapped[float] = mapped_column(Float, default=3)
    comment: Mapped[str] = mapped_column(Text, default="")


class Involvement(Synced, Base):
    """When, where and how an actor is involved (the involvement plan)."""

    __tablename__ = "rw_involvement"
    actor_id: Mapped[str] = mapped_column(ForeignKey("rw_actor.id"), index=True)
    form: Mapped[str] = mapped_column(String(32))
    when_date: Mapped[date | None] = mapped_column(Date, default=None)
    when_text: Mapped[str] = mapped_column(String(200), default="")
    where: Mapped[str] = mapped_column(String(300), default="")
    how: Mapped[str] = mapped_column(Text, default="")


class Session(Synced, Base):
    """A workshop, interview, kickoff, reference-group or other meeting."""

    __tablename__ = "rw_session"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    kind: Mapped[str] = mapped_column(String(32), default=SessionKind.WORKSHOP)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    planned_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    note_taker: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="planned")
    doc_status: Mapped[str] = mapped_column(String(32), default=DocStatus.WORKING)
    diarienummer: Mapped[str] = mapped_column(String(80), default="")
    retain_until: Mapped[date | None] = mapped_column(Date, default=None)


class Participation(Synced, Base):
    """A person or an organisation taking part in a session."""

    __tablename__ = "rw_participation"
    session_id: Mapped[str] = mapped_column(ForeignKey("rw_session.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("rw_person.id"), index=True)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("rw_actor.id"), index=True)
    role: Mapped[str] = mapped_column(String(32), default=ParticipantRole.PARTICIPANT)
    attendance: Mapped[str] = mapped_column(String(16), default=Attendance.INVITED)


class AgendaItem(Synced, Base):
    """One time-boxed item of a session's agenda, with what actually happened in run mode.

    ``minutes`` is the plan; ``extra_minutes`` the extensions granted while running;
    ``spent_seconds`` the running time (pauses excluded) of the closed visits to it.
    """

    __tablename__ = "rw_agenda_item"
    session_id: Mapped[str] = mapped_column(ForeignKey("rw_session.id"), index=True)
    position: Mapped[float] = mapped_column(Float, default=0)
    title: Mapped[str] = mapped_column(String(300))
    framing_question: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[int] = mapped_column(Integer, default=15)
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    extra_minutes: Mapped[int] = mapped_column(Integer, default=0)
    spent_seconds: Mapped[float] = mapped_column(Float, default=0)


class AgendaItemTheme(Synced, Base):
    """Which theme(s) an agenda item feeds."""

    __tablename__ = "rw_agenda_item_theme"
    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("rw_agenda_item.id"), index=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("rw_theme.id"), index=True)


class Theme(Synced, Base):
    """A theme of the project; a session may also have themes of its own.

    ``builtin_key`` names a default theme from the method (e.g.
    ``opportunities``) so the UI can show it in the user's language; renaming
    clears it.
    """

    __tablename__ = "rw_theme"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("rw_session.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    builtin_key: Mapped[str | None] = mapped_column(String(64), default=None)
    colour: Mapped[str] = mapped_column(String(9), default="#FFE082")
    position: Mapped[float] = mapped_column(Float, default=0)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionRun(Synced, Base):
    """Run mode's state for a session, stored so a run survives closing the app.

    ``segment_started_at`` is when the current item last started counting (None
    while paused); time spent before that is in the item's ``spent_seconds``.
    """

    __tablename__ = "rw_session_run"
    session_id: Mapped[str] = mapped_column(ForeignKey("rw_session.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="running")
    current_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("rw_agenda_item.id"), index=True, default=None
    )
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    segment_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class SavedAgendaTemplate(Synced, Base):
    """A row of an agenda saved from a session to reuse; ``body`` is its themes and items as JSON.

    The service layer reads it into ``method_templates.AgendaTemplate``, the one template type.
    """

    __tablename__ = "rw_agenda_template"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="sv")
    session_kind: Mapped[str | None] = mapped_column(String(32), default=None)
    body: Mapped[str] = mapped_column(Text, default="{}")


class Cluster(Synced, Base):
    __tablename__ = "rw_cluster"
    session_id: Mapped[str] = mapped_column(ForeignKey("rw_session.id"), index=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("rw_theme.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[float] = mapped_column(Float, default=0)
    collapsed: Mapped[bool] = mapped_column(Boolean, default=False)


class Note(Synced, Base):
    """One sticky note or interview note: the unit of evidence."""

    __tablename__ = "rw_note"
    # The matrix counts from one index alone; capture and moves read a theme's positions.
    __table_args__ = (
        Index(
            "ix_rw_note_matrix",
            "theme_id",
            "actor_type",
            "session_id",
            "actor_id",
            "deleted_at",
            "is_quote",
            "votes",
        ),
        Index("ix_rw_note_theme_position", "theme_id", "position"),
    )
    session_id: Mapped[str] = mapped_column(ForeignKey("rw_session.id"), index=True)
    theme_id: Mapped[str | None] = mapped_column(ForeignKey("rw_theme.id"), index=True)
    cluster_id: Mapped[str | None] = mapped_column(ForeignKey("rw_cluster.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("rw_agenda_item.id"))
    text: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("rw_actor.id"), index=True)
    actor_type: Mapped[str | None] = mapped_column(String(32), default=None)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("rw_person.id"), index=True)
    position: Mapped[float] = mapped_column(Float, default=0)
    is_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    elapsed_minutes: Mapped[float | None] = mapped_column(Float, default=None)
    votes: Mapped[int] = mapped_column(Integer, default=0)


class VotingRound(Synced, Base):
    __tablename__ = "rw_voting_round"
    session_id: Mapped[str] = mapped_column(ForeignKey("rw_session.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    dots_per_participant: Mapped[int] = mapped_column(Integer, default=3)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class Vote(Synced, Base):
    """Dots a note got in one voting round."""

    __tablename__ = "rw_vote"
    round_id: Mapped[str] = mapped_column(ForeignKey("rw_voting_round.id"), index=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("rw_note.id"), index=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Photo(Synced, Base):
    """A photo of a paper wall, kept inside the project file."""

    __tablename__ = "rw_photo"
    session_id: Mapped[str] = mapped_column(ForeignKey("rw_session.id"), index=True)
    caption: Mapped[str] = mapped_column(String(300), default="")
    mime: Mapped[str] = mapped_column(String(64), default="image/jpeg")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Insight(Synced, Base):
    """An insight (or a lesson, lärdom) written by the analyst."""

    __tablename__ = "rw_insight"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=InsightKind.INSIGHT)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    theme_id: Mapped[str | None] = mapped_column(ForeignKey("rw_theme.id"), index=True)
    section: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[float] = mapped_column(Float, default=0)
    doc_status: Mapped[str] = mapped_column(String(32), default=DocStatus.WORKING)
    diarienummer: Mapped[str] = mapped_column(String(80), default="")


class Evidence(Synced, Base):
    """A note that backs an insight."""

    __tablename__ = "rw_evidence"
    insight_id: Mapped[str] = mapped_column(ForeignKey("rw_insight.id"), index=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("rw_note.id"), index=True)


class Commitment(Synced, Base):
    """What an actor commits to in the follow-up (declaration of intent)."""

    __tablename__ = "rw_commitment"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("rw_actor.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default=CommitmentStatus.PROPOSED)


class ChecklistTick(Synced, Base):
    """A manual item of the method guide's checklist, ticked or not.

    The id is derived from (project, item key), so two laptops ticking the same
    item make one row when they merge.
    """

    __tablename__ = "rw_checklist_tick"
    project_id: Mapped[str] = mapped_column(ForeignKey(PROJECT_FK), index=True)
    item_key: Mapped[str] = mapped_column(String(64))
    ticked: Mapped[bool] = mapped_column(Boolean, default=True)


class TextVersion(Synced, Base):
    """A version of a free-text field written concurrently on another laptop.

    Immutable once written; its id is derived from (row, field, stamp), so the
    same version arriving twice is one row. The row itself holds the newest
    version; each non-superseded version here is an open conflict to resolve.
    """

    __tablename__ = "rw_text_version"
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    stamp: Mapped[str] = mapped_column(String(100))
    history: Mapped[str] = mapped_column(Text, default="[]")


class BundleImport(Base):
    """The log of bundles merged into this project (kept locally; does not travel)."""

    __tablename__ = "rw_bundle_import"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    source_project_id: Mapped[str] = mapped_column(String(36))
    source_device_id: Mapped[str] = mapped_column(String(36))
    source_title: Mapped[str] = mapped_column(String(300), default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    counts: Mapped[str] = mapped_column(Text, default="{}")


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Project,
    Actor,
    Person,
    AssessmentRound,
    Assessment,
    Involvement,
    Session,
    Participation,
    Theme,
    AgendaItem,
    AgendaItemTheme,
    SessionRun,
    SavedAgendaTemplate,
    Cluster,
    Note,
    VotingRound,
    Vote,
    Photo,
    Insight,
    Evidence,
    Commitment,
    ChecklistTick,
    TextVersion,
)
