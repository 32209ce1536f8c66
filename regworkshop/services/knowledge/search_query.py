"""User search text made safe: terms, phrases and prefixes for FTS5, ILIKE and highlighting.

Nothing the user types reaches FTS5 as syntax. Every word becomes a quoted
string (so ``AND``, ``NEAR(`` and ``*`` alone are plain text or nothing), a
trailing ``*`` makes a prefix term, and text between balanced double quotes
is a phrase. An unbalanced quote is ignored. Words are runs of letters and
digits, as FTS5's unicode61 tokenizer sees them: å, ä and ö are letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_PHRASE_RE = re.compile(r'"([^"]*)"')
_WORD_STAR_RE = re.compile(r"([^\W_]+)(\*?)", re.UNICODE)
MAX_TERMS = 32
MAX_QUERY = 1000


@dataclass(frozen=True)
class Term:
    """One thing to find: a word, a word prefix, or a phrase of several words."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        body = '"' + " ".join(self.words) + '"'
        return body + "*" if self.prefix else body

    def like_pattern(self) -> str:
        text = " ".join(self.words)
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{escaped}%"

    def regex(self) -> str:
        parts = [re.escape(w) for w in self.words]
        body = r"[\W_]+".join(parts)
        tail = r"[^\W_]*" if self.prefix else r"(?![^\W_])"
        return r"(?<![^\W_])" + body + tail


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    typed: bool  # the user typed something (even if nothing searchable came of it)

    @property
    def empty(self) -> bool:
        return not self.terms

    def fts(self) -> str:
        """The FTS5 MATCH expression: every term required (implicit AND)."""
        return " ".join(t.fts() for t in self.terms)

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """One regular expression for every term (built once per query)."""
        if not self.terms:
            return None
        return re.compile("|".join(t.regex() for t in self.terms), re.IGNORECASE)

    def highlight_spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """Return merged (start, end) spans of *text* that match a term."""
        pattern = self.pattern
        if pattern is None:
            return ()
        spans: list[list[int]] = []
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if spans and m.start() <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], m.end())
            else:
                spans.append([m.start(), m.end()])
        return tuple((a, b) for a, b in spans)


def parse_query(text: str) -> ParsedQuery:
    """Turn what the user typed into safe terms (never raises)."""
    text = (text or "")[:MAX_QUERY]
    typed = bool(text.strip())
    terms: list[Term] = []
    # Balanced quotes are phrases; what is left over is words.
    rest_parts: list[str] = []
    last = 0
    for m in _PHRASE_RE.finditer(text):
        rest_parts.append(text[last : m.start()])
        words = tuple(w.casefold() for w in WORD_RE.findall(m.group(1)))
        if words:
            terms.append(Term(words))
        last = m.end()
    rest_parts.append(text[last:].replace('"', " "))
    for part in rest_parts:
        for m in _WORD_STAR_RE.finditer(part):
            terms.append(Term((m.group(1).casefold(),), prefix=bool(m.group(2))))
    unique: list[Term] = []
    for term in terms:
        if term not in unique:
            unique.append(term)
    return ParsedQuery(tuple(unique[:MAX_TERMS]), typed)
