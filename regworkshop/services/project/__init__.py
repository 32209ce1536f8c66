"""Projects: create, open and describe them; this laptop's identity; the self-test."""
