"""Security headers on every response: a strict Content-Security-Policy (no inline script or style), frame
and sniffing protection, a referrer policy, and HSTS when the request came over TLS."""
from flask import request

# Everything the pages load comes from this site; inline <script>, style="" and on*="" handlers are refused.
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
HSTS = "max-age=31536000; includeSubDomains"
HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def add_security_headers(response):
    """Set the security headers; a view that needs a different policy may set its own CSP first."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    for name, value in HEADERS.items():
        response.headers[name] = value
    # HSTS over plain HTTP is ignored by browsers and would pin a development host to TLS; send it only over TLS.
    if request.is_secure:
        response.headers["Strict-Transport-Security"] = HSTS
    return response


def init_app(app):
    """Add the headers to every response, and the cookie flags the session needs."""
    production = app.config.get("MATCHMAKER_ENV") == "production"
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.config.setdefault("SESSION_COOKIE_SECURE", production)
    app.config.setdefault("REMEMBER_COOKIE_HTTPONLY", True)
    app.config.setdefault("REMEMBER_COOKIE_SAMESITE", "Lax")
    app.config.setdefault("REMEMBER_COOKIE_SECURE", production)
    app.after_request(add_security_headers)
