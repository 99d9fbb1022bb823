"""Supplier companies: profiles, certifications, import and export."""
