"""What every area shares: the context, settings, translations, commands, tasks, dialogs."""
