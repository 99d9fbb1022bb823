"""Buyer firms' sourcing requirements."""
