"""Note text as safe rich text: user text escaped, matching words in bold with a marker colour."""

from __future__ import annotations

from html import escape

MARK_STYLE = "background-color:#FFD54F;color:#000000;font-weight:600"


def highlighted_html(text: str, spans: tuple[tuple[int, int], ...] = ()) -> str:
    """Return *text* as HTML with *spans* marked; ``<``, ``&`` and emoji display as typed."""
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(escape(text[last:start]))
        parts.append(f'<span style="{MARK_STYLE}">{escape(text[start:end])}</span>')
        last = end
    parts.append(escape(text[last:]))
    return "".join(parts).replace("\n", "<br/>")
