"""REFI-QDA (.qdpx) export for QualCoder, NVivo, ATLAS.ti and MAXQDA."""
