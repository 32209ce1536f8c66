"""The Overview area: the method guide's phases, tips, gaps and the project's themes."""
