"""Hardening that applies to every response: headers, rate limits, sanitising, and the record of refusals."""


def init_app(app):
    """Install the security headers, the rate limits and the audit of refused requests on the app."""
    from . import denials, headers, limits, sanitize

    headers.init_app(app)
    limits.init_app(app)
    denials.init_app(app)
    sanitize.init_app(app)
