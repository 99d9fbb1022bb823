"""Matching: text normalisation, the bilingual vocabulary, TF-IDF ranking and reasons.

Pure Python over plain data (contract-format dicts); nothing here imports Flask or the database.
"""
