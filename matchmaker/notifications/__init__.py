"""In-app notices: new matches, messages, expiring certificates, verification outcomes."""
