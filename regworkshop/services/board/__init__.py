"""The sticky-note board: notes, clusters, dot voting and photos of paper walls."""
