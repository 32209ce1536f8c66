"""Small widgets and models shared by the areas (delegates, table base, name choice)."""
