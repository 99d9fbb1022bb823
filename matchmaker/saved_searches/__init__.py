"""Buyers' saved searches and requirements that notify them when a new or updated supplier matches."""
