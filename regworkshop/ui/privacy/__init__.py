"""The Personal data area: people, consent, erasure, document status."""
