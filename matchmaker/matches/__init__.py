"""Matching in the app: the fitted match model kept in the instance folder, and requirement matching."""
