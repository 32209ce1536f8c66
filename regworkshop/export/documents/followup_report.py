"""The follow-up report (PDF): how influence and interest moved between the first and the
latest round of the stakeholder analysis, engagement per actor and per actor type, and the
commitments with their status.

``build_followup`` reads through the services on the caller's thread; ``write_followup_pdf``
only renders plain data, so the UI runs it off the GUI thread.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from regworkshop.export.documents.followup_words import actor_type, level, quadrant, status, w
from regworkshop.export.export_language import language_of
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.project.project_service import overview
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.engagement_service import EngagementService
from regworkshop.store.enums import ActorType, CommitmentStatus
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ChangeRow:
    actor: str
    kind: str
    influence: str  # "3 → 4 (+1)"
    interest: str
    quadrant: str  # "Bevaka → Håll informerad" or the one quadrant


@dataclass(frozen=True)
class EngagementRow:
    actor: str
    kind: str
    score: int
    level: str
    attended: str  # "3 / 4"
    notes: int
    commitments: int


@dataclass(frozen=True)
class TypeRow:
    kind: str
    actors: int
    average: int
    levels: str  # "hög 2, medel 1"


@dataclass(frozen=True)
class FollowUpReport:
    language: str
    project_title: str
    printed: date
    compared: str  # "" with fewer than two rounds
    summary: tuple[str, ...]
    changes: tuple[ChangeRow, ...]
    engagement: tuple[EngagementRow, ...]
    by_type: tuple[TypeRow, ...]
    commitments: tuple[tuple[str, str, str, str], ...]  # actor, text, due, status


def _values(before: float | None, after: float | None, change: float | None) -> str:
    if before is None and after is None:
        return ""
    if before is None:
        return f"– → {after:g}"
    if after is None:
        return f"{before:g} → –"
    sign = f"{change:+g}".replace("-", "−") if change else "±0"
    return f"{before:g} → {after:g} ({sign})"


def build_followup(store: ProjectStore, language: str, today: date) -> FollowUpReport:
    """Compare the first and the latest round and gather engagement and commitments."""
    lang = language_of(language)
    assessments = AssessmentService(store)
    rounds = assessments.rounds()
    actors = {a.id: a for a in ActorService(store).list_actors()}
    changes: list[ChangeRow] = []
    compared = ""
    summary: list[str] = []
    if len(rounds) >= 2:
        first, last = rounds[0], rounds[-1]
        compared = w(lang, "compared").format(
            first.name, first.held_on.isoformat(), last.name, last.held_on.isoformat()
        )
        movements = assessments.compare(first.id, last.id)
        for m in movements:
            before_q = quadrant(lang, m.before.quadrant) if m.before else ""
            after_q = quadrant(lang, m.after.quadrant) if m.after else ""
            changes.append(
                ChangeRow(
                    actor=m.actor_name,
                    kind=actor_type(lang, m.actor_type),
                    influence=_values(
                        m.before.influence if m.before else None,
                        m.after.influence if m.after else None,
                        m.influence_change,
                    ),
                    interest=_values(
                        m.before.interest if m.before else None,
                        m.after.interest if m.after else None,
                        m.interest_change,
                    ),
                    quadrant=f"{before_q} → {after_q}" if before_q != after_q else after_q,
                )
            )
        both = [m for m in movements if m.before and m.after]
        summary += [
            w(lang, "sum_actors").format(len(both), sum(1 for m in both if m.moved_quadrant)),
            w(lang, "sum_interest").format(
                sum(1 for m in both if (m.interest_change or 0) > 0),
                sum(1 for m in both if (m.interest_change or 0) < 0),
            ),
            w(lang, "sum_influence").format(
                sum(1 for m in both if (m.influence_change or 0) > 0),
                sum(1 for m in both if (m.influence_change or 0) < 0),
            ),
        ]
    measure = EngagementService(store).measure()
    engagement = sorted(
        (
            EngagementRow(
                actor=actors[a].name,
                kind=actor_type(lang, actors[a].actor_type),
                score=e.score,
                level=level(lang, e.level),
                attended=f"{e.attended} / {e.invited}",
                notes=e.notes,
                commitments=e.commitments,
            )
            for a, e in measure.items()
            if a in actors
        ),
        key=lambda r: (-r.score, r.actor.casefold()),
    )
    scores: dict[str, list[int]] = defaultdict(list)
    levels: dict[str, Counter] = defaultdict(Counter)
    for a, e in measure.items():
        if a in actors:
            scores[actors[a].actor_type].append(e.score)
            levels[actors[a].actor_type][e.level] += 1
    order = [t.value for t in ActorType]
    by_type = tuple(
        TypeRow(
            kind=actor_type(lang, t),
            actors=len(scores[t]),
            average=round(sum(scores[t]) / len(scores[t])),
            levels=", ".join(
                f"{level(lang, k)} {levels[t][k]}"
                for k in ("high", "medium", "low", "none")
                if levels[t][k]
            ),
        )
        for t in sorted(scores, key=lambda k: order.index(k) if k in order else len(order))
    )
    if measure:
        average = round(sum(e.score for e in measure.values()) / len(measure))
        summary.append(w(lang, "sum_engagement").format(average))
    commitments = CommitmentService(store).list()
    counts = Counter(c.status for c in commitments)
    if commitments:
        summary.append(
            w(lang, "sum_commitments").format(
                ", ".join(
                    f"{status(lang, s.value).lower()} {counts[s.value]}"
                    for s in CommitmentStatus
                    if counts[s.value]
                )
            )
        )
    return FollowUpReport(
        language=lang,
        project_title=overview(store).title,
        printed=today,
        compared=compared,
        summary=tuple(summary),
        changes=tuple(changes),
        engagement=tuple(engagement),
        by_type=by_type,
        commitments=tuple(
            (
                c.actor_name or w(lang, "without_actor"),
                c.text,
                c.due.isoformat() if c.due else "",
                status(lang, c.status),
            )
            for c in commitments
        ),
    )


def write_followup_pdf(r: FollowUpReport, path: Path, progress: Progress | None = None) -> Path:
    """Render the follow-up report to a PDF at *path* (written atomically)."""
    from regworkshop.export.pdf.pdf_document import DocumentInfo, ReportBuilder

    lang = r.language
    title = f"{w(lang, 'followup')} – {r.project_title}"
    b = ReportBuilder(
        DocumentInfo(title, title, w(lang, "page"), w(lang, "contents"), r.project_title)
    )
    b.title_page(
        w(lang, "followup"),
        r.project_title,
        [r.compared, w(lang, "printed").format(r.printed.isoformat())],
    )
    b.heading(w(lang, "summary"))
    if not r.compared:
        b.paragraph(w(lang, "one_round"))
    b.bullets(list(r.summary))
    if r.changes:
        b.heading(w(lang, "changes"))
        b.table(
            [w(lang, k) for k in ("actor", "type", "influence", "interest", "quadrant")],
            [[c.actor, c.kind, c.influence, c.interest, c.quadrant] for c in r.changes],
            widths=(0.23, 0.25, 0.15, 0.15, 0.22),
        )
    b.heading(w(lang, "engagement"))
    b.paragraph(w(lang, "engagement_text"), "muted")
    b.table(
        [
            w(lang, k)
            for k in ("actor", "type", "score", "level", "attended", "notes", "commitments")
        ],
        [
            [e.actor, e.kind, e.score, e.level, e.attended, e.notes, e.commitments]
            for e in r.engagement
        ],
        widths=(0.17, 0.245, 0.1, 0.07, 0.1, 0.165, 0.15),
        numeric=(2, 4, 5, 6),
    )
    b.heading(w(lang, "by_type"))
    b.table(
        [w(lang, k) for k in ("type", "actors", "average", "level")],
        [[t.kind, t.actors, t.average, t.levels] for t in r.by_type],
        widths=(0.34, 0.12, 0.12, 0.42),
        numeric=(1, 2),
    )
    b.bar_chart(w(lang, "chart_type"), [(t.kind, t.average) for t in r.by_type])
    b.heading(w(lang, "commitments"))
    if r.commitments:
        b.table(
            [w(lang, k) for k in ("actor", "commitment", "due", "status")],
            [list(c) for c in r.commitments],
            widths=(0.26, 0.46, 0.13, 0.15),
        )
    else:
        b.paragraph(w(lang, "no_commitments"))
    return b.write(Path(path), progress)


def export_followup(store: ProjectStore, path: Path, language: str, today: date) -> Path:
    """Write the follow-up report of the project to *path*."""
    return write_followup_pdf(build_followup(store, language, today), path)
