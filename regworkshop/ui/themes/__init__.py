"""The project's themes: list, commands and model, used by the overview and the board."""
