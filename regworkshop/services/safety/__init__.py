"""Data safety: backups and restore, checks, salvage, risky file locations, ZIP defences."""
