"""Spreadsheet files: notes, insights and the stakeholder list as CSV or .xlsx."""
