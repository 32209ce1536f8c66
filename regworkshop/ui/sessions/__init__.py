"""The Sessions area: session list, details, participants, agenda and run mode."""
