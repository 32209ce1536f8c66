"""Sessions: their details, participants, agendas, templates and run mode."""
