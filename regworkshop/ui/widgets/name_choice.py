"""Ask whether an export shows people's names or pseudonyms (bundles, .qdpx)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr


def choose_names(
    ctx: AppContext, parent: QWidget, title: str, intro: str, names_option: str
) -> str | None:
    """Return "pseudonyms" or "names" (None if cancelled), warning about names in free text."""
    named = ctx.services.names_in_notes() if ctx.services else []
    warning = (
        tr(
            " Note: {0} notes have people's names typed in their text; pseudonyms do not "
            "change free text."
        ).format(len({m.key for m in named}))
        if named
        else ""
    )
    return ctx.interaction.choose(
        parent,
        title,
        intro + warning,
        [("pseudonyms", tr("Pseudonyms (recommended)")), ("names", names_option)],
    )
