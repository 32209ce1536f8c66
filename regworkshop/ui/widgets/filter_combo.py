"""Refill a filter combo box (an "all" entry, then the options) and keep what was chosen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_filter(
    combo: QComboBox, all_text: str, options: Iterable[tuple[object, str]], all_value=""
) -> None:
    """Replace the entries without emitting signals; the current choice survives if it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, all_value)
    for key, text in options:
        combo.addItem(text, key)
    at = combo.findData(current)
    combo.setCurrentIndex(at if at >= 0 else 0)
    combo.blockSignals(False)
