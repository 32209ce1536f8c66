"""File-menu import and export of REFI-QDA (.qdpx) projects."""
