"""The sticky-note board of a session, and the board on the projector."""
