"""The Exports area: workshop summaries, the kunskapsunderlag and CSV files."""
