"""PDF building blocks shared by the documents: fonts, page templates, tables, charts."""
