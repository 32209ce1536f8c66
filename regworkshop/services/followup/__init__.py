"""Follow-up: the collaboration platform, commitments, the follow-up round and lessons."""
