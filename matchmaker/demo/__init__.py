"""Deterministic, realistic demo data (suppliers, FDI buyers, sourcing requirements) in the interchange format."""
