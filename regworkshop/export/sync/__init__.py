"""Writing .rwbundle files: the work of one laptop, to be merged on another."""
