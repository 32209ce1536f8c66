"""Interviews: interviewee, consent, guide and notes."""
