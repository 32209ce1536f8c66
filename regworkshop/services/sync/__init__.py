"""Moving work between laptops: bundles, merging, concurrent-edit conflicts."""
