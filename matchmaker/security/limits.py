"""Rate limits (Flask-Limiter): log-in attempts per address and per e-mail, API calls per token.

Counters live in Redis when REDIS_URL is set (shared by every worker), otherwise in this process's memory.
Each app gets its own Limiter, so that a test app can run with Redis beside one with memory.
"""
import hashlib

from flask import current_app, jsonify, render_template, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

# The JSON API's blueprint name; its limit is registered by name, so it applies whenever the blueprint exists.
API_BLUEPRINT = "api"
LOGIN_ENDPOINT = "auth.login"
DEFAULTS = {
    "LOGIN_RATE_LIMIT": "10/minute",
    "API_RATE_LIMIT": "120/minute",
    "RATELIMIT_HEADERS_ENABLED": True,
    "RATELIMIT_KEY_PREFIX": "matchmaker",
    "RATELIMIT_STRATEGY": "moving-window",
}


def _digest(text):
    # Counters are keyed by a digest: no e-mail address or token is written to Redis.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def login_email_key():
    """The e-mail address a log-in attempt is for (so guessing one account's password from many addresses fails)."""
    return "email:" + _digest((request.form.get("email") or "").strip().lower())


def api_token_key():
    """The API token the request carries (its digest), or the client address when it carries none."""
    scheme, _, credentials = (request.headers.get("Authorization") or "").partition(" ")
    if scheme.lower() in ("bearer", "token") and credentials.strip():
        return "token:" + _digest(credentials.strip())
    return "ip:" + (get_remote_address() or "-")


def is_api_request():
    """True for requests to the JSON API (which answers in problem+json, not HTML)."""
    return request.blueprint == API_BLUEPRINT or request.path.startswith("/api/")


def too_many_requests(error):
    """429: a friendly page in the browser, problem+json for the API; Retry-After says when to try again."""
    if is_api_request():
        response = jsonify(type="about:blank", title="Too Many Requests", status=429,
                           detail=f"Rate limit exceeded ({error.description}); retry after the Retry-After seconds.")
        response.status_code = 429
        response.mimetype = "application/problem+json"
        return response
    return render_template("errors/error.html", code=429), 429


def storage_uri(config):
    """Redis when REDIS_URL is set, otherwise this process's memory."""
    return config.get("RATELIMIT_STORAGE_URI") or config.get("REDIS_URL") or "memory://"


def init_app(app):
    """Create the app's limiter and apply the log-in and API limits (off in tests unless RATELIMIT_TESTING)."""
    for key, value in DEFAULTS.items():
        app.config.setdefault(key, value)
    app.config.setdefault("RATELIMIT_ENABLED", True)
    # The test suite logs in hundreds of times from one address; rate-limit tests build an app with
    # RATELIMIT_TESTING set.
    if app.testing and not app.config.get("RATELIMIT_TESTING"):
        app.config["RATELIMIT_ENABLED"] = False
    # If Redis goes away, counting carries on in memory instead of failing every log-in with a 500.
    limiter = Limiter(get_remote_address, storage_uri=storage_uri(app.config), in_memory_fallback_enabled=True,
                      storage_options={"socket_connect_timeout": 2} if app.config.get("REDIS_URL") else {})
    limiter.init_app(app)
    app.extensions["matchmaker_limiter"] = limiter
    app.register_error_handler(429, too_many_requests)
    if not limiter.enabled:
        return limiter
    login_limit = app.config["LOGIN_RATE_LIMIT"]
    view = app.view_functions.get(LOGIN_ENDPOINT)
    if view is not None:
        view = limiter.limit(login_limit, methods=["POST"], key_func=login_email_key)(view)
        app.view_functions[LOGIN_ENDPOINT] = limiter.limit(login_limit, methods=["POST"])(view)
    limiter.limit_manager.add_blueprint_limit(
        API_BLUEPRINT, limiter.limit(lambda: current_app.config["API_RATE_LIMIT"], key_func=api_token_key))
    return limiter


def limiter_of(app):
    """The app's Limiter (tests reset its counters)."""
    return app.extensions["matchmaker_limiter"]
