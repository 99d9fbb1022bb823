"""Security headers, cookie flags, pages that work under the strict CSP, and error pages without stack traces."""
import re

from matchmaker import create_app
from matchmaker.security.headers import CONTENT_SECURITY_POLICY
from tests.security.conftest import html_pages

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.IGNORECASE)


def test_every_response_carries_the_security_headers(client):
    for path in ("/", "/auth/login", "/no-such-page", "/static/css/app.css"):
        headers = client.get(path).headers
        policy = headers["Content-Security-Policy"]
        assert "'unsafe-inline'" not in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "Strict-Transport-Security" not in headers  # plain HTTP: HSTS would be ignored or harmful


def test_the_policy_is_the_strict_one():
    for directive in ("default-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'",
                      "base-uri 'self'", "form-action 'self'"):
        assert directive in CONTENT_SECURITY_POLICY


def test_hsts_is_sent_over_tls(client):
    headers = client.get("/", base_url="https://localhost").headers
    assert headers["Strict-Transport-Security"].startswith("max-age=")


def test_session_cookies_are_http_only_same_site_and_secure_in_production(app, monkeypatch, tmp_path):
    assert app.config["SESSION_COOKIE_HTTPONLY"] and app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    production = create_app({"INSTANCE_PATH": str(tmp_path), "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert production.config["SESSION_COOKIE_SECURE"] and production.config["REMEMBER_COOKIE_SECURE"]
    assert production.config["REMEMBER_COOKIE_HTTPONLY"] and production.config["REMEMBER_COOKIE_SAMESITE"] == "Lax"
    with production.test_request_context(base_url="https://localhost"):
        from flask import session

        session["x"] = 1
        response = production.make_response("ok")
        production.session_interface.save_session(production, session, response)
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_no_page_needs_inline_script_or_style(app, world):
    problems = []
    for role, path, html in html_pages(app, world):
        for name, pattern in (("inline <script>", INLINE_SCRIPT), ("style= attribute", STYLE_ATTRIBUTE),
                              ("on*= handler", EVENT_HANDLER), ("<style> element", STYLE_ELEMENT)):
            if pattern.search(html):
                problems.append(f"{path} as {role}: {name}: {pattern.search(html).group(0)[:80]}")
        if "javascript:" in html.lower():
            problems.append(f"{path} as {role}: javascript: URL")
    assert not problems, "\n".join(problems)


def test_an_unexpected_error_shows_the_friendly_page_without_a_trace(monkeypatch, tmp_path):
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    production = create_app({"INSTANCE_PATH": str(tmp_path), "SQLALCHEMY_DATABASE_URI": "sqlite://",
                             "BABEL_DEFAULT_LOCALE": "en"})

    @production.route("/boom")
    def boom():
        raise RuntimeError("secret internals: password=hunter2")

    response = production.test_client().get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500 and "Something went wrong" in page
    for leak in ("Traceback", "RuntimeError", "hunter2", 'File "', "site-packages"):
        assert leak not in page
