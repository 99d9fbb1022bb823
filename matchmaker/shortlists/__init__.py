"""Buyers' shortlists of suppliers."""
