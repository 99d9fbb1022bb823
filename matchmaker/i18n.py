"""Choosing the interface language: the user's choice, else Vietnamese (the default)."""
from flask import current_app, has_request_context, request, session


def select_locale():
    """The locale for this request: ?lang=, then the session's choice, then the default (vi)."""
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # CLI and scheduled jobs: the default language
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    chosen = request.args.get("lang")
    if chosen in languages:
        session["lang"] = chosen
        return chosen
    if session.get("lang") in languages:
        return session["lang"]
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def locale_context():
    """Template helpers: current_locale() names the interface language."""
    from flask_babel import get_locale

    return {"current_locale": lambda: str(get_locale() or "vi")}
