"""The store: models, engine and SQLite pragmas, migrations, project files. Knows nothing of Qt."""
