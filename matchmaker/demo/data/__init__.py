"""Vocabulary behind the demo data: product lines, places, company names and buyer firms (all fictional firms)."""
