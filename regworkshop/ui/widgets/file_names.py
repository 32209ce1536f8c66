"""File names suggested in save dialogs, made from titles users typed."""

from __future__ import annotations


def safe_file_name(title: str, fallback: str) -> str:
    """Keep letters, digits, spaces and dashes of *title* (at most 80 characters)."""
    cleaned = "".join(c if c.isalnum() or c in " -_–" else " " for c in title)
    return " ".join(cleaned.split())[:80] or fallback
