"""The method guide: the five phases as a checklist that ticks itself, tips and gaps."""
