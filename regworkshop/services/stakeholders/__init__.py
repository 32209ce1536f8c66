"""The stakeholder analysis: actors, assessments, involvement, engagement, spreadsheet import."""
