"""Data safety in the window: backups, restore, checks, safe opening."""
