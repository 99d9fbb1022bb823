"""Home page, language switch and error pages."""
