"""File-menu bundles: export, merge and conflict resolution."""
