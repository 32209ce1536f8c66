"""The Interviews area: the interview list and note taking."""
