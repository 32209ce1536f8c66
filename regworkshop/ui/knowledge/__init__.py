"""The Knowledge base area: search, filters, the matrix, insights and lessons."""
