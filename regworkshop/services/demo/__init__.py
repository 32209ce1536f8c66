"""The demo project: a realistic Halland planning project in the middle of the method."""
