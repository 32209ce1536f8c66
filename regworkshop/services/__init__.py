"""The use cases, as plain Python over a SQLAlchemy session, one package per feature. Qt-free."""
