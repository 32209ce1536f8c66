"""Themes: the headings notes are captured under."""
