"""Personal data: consent, pseudonyms, erasure and the status of documents."""
