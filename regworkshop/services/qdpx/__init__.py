"""REFI-QDA (.qdpx) import: read untrusted archives, plan, import in one transaction."""
