"""The knowledge base: search, filters, the matrix, insights and their evidence."""
