"""The Follow-up area: platform, commitments, follow-up round and its documents."""
