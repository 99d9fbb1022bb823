"""Accounts, organisations, roles and sessions."""
