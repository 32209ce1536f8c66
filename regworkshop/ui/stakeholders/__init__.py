"""The Stakeholders area: register, grid, involvement plan, comparison and import."""
