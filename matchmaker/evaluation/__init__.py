"""Offline evaluation of matching: labelled sets, ranking metrics, hard-constraint checks and a BM25 baseline.

Pure modules (no Flask, no database): they take plain supplier and requirement dicts in the interchange format.
"""
