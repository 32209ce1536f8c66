"""Demo board data: clusters, an ended dot-voting round and a photo of the paper wall."""

from __future__ import annotations

import random
import struct
import zlib
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.store.enums import SessionKind
from regworkshop.store.models import (
    Cluster,
    Note,
    Participation,
    Photo,
    Session,
    Theme,
    Vote,
    VotingRound,
)

# (theme key, cluster name, words that put a note in it)
CLUSTERS = (
    ("opportunities", "Resor och pendling", ("pendling", "kollektivtrafik", "Västkustbanan")),
    ("challenges", "Vatten och klimat", ("vatten", "havsnivå", "Stigande")),
    ("challenges", "Kompetens och kapacitet", ("rekrytera", "kapacitet", "kompetens")),
)
STICKY = ((255, 224, 130), (165, 214, 167), (239, 154, 154), (144, 202, 249), (206, 147, 216))


def add_board_demo(db: DbSession, rng: random.Random, now: datetime) -> None:
    """Give every demo workshop clusters and an ended voting round; the first a wall photo."""
    themes = {t.builtin_key: t.id for t in db.scalars(select(Theme)) if t.builtin_key}
    workshops = list(
        db.scalars(
            select(Session).where(Session.kind == SessionKind.WORKSHOP).order_by(Session.starts_at)
        )
    )
    for number, session in enumerate(workshops):
        notes = list(db.scalars(select(Note).where(Note.session_id == session.id)))
        for position, (key, name, words) in enumerate(CLUSTERS):
            members = [
                n
                for n in notes
                if n.theme_id == themes.get(key) and any(w.lower() in n.text.lower() for w in words)
            ]
            if len(members) < 2:
                continue
            cluster = Cluster(
                session_id=session.id, theme_id=themes[key], name=name, position=float(position)
            )
            db.add(cluster)
            db.flush()
            for note in members:
                note.cluster_id = cluster.id
        started = (session.starts_at or now) + timedelta(hours=2)
        people = db.scalar(select(func.count()).where(Participation.session_id == session.id))
        dots = sum(n.votes for n in notes)
        voting = VotingRound(
            session_id=session.id,
            name="Före diskussion",
            dots_per_participant=max(3, -(-dots // max(1, people or 1))),
            started_at=started,
            ended_at=started + timedelta(minutes=10),
        )
        db.add(voting)
        db.flush()
        for note in notes:
            if note.votes:
                db.add(Vote(round_id=voting.id, note_id=note.id, count=note.votes))
        if number == 0:
            db.add(
                Photo(
                    session_id=session.id,
                    caption="Pappersväggen efter gruppövningen",
                    mime="image/png",
                    data=wall_png(rng),
                )
            )


def wall_png(rng: random.Random, width: int = 480, height: int = 300) -> bytes:
    """A small picture of a wall with sticky notes (a stand-in for a real photo)."""
    pixels = [[(236, 232, 222)] * width for _ in range(height)]
    for column in range(5):
        for row in range(4):
            if rng.random() < 0.25:
                continue
            colour = STICKY[column]
            left = 20 + column * 92 + rng.randint(-4, 4)
            top = 20 + row * 68 + rng.randint(-4, 4)
            for y in range(max(0, top), min(height, top + 54)):
                line = pixels[y]
                for x in range(max(0, left), min(width, left + 76)):
                    ink = 12 <= y - top <= 40 and (y - top) % 9 < 2 and 8 <= x - left <= 66
                    line[x] = (70, 70, 70) if ink else colour
    raw = b"".join(b"\0" + bytes(v for px in line for v in px) for line in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
