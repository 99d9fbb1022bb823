"""Browser fixtures: the real app on its own demo database, served on 127.0.0.1, driven by Debian's Chromium.

The live server never touches the shared test database (which tests/conftest.py empties after every test): it has
its own instance folder and SQLite file, migrated and seeded once per session with the demo data set.
"""
import os
import threading

import pytest
from flask_migrate import upgrade
from werkzeug.serving import WSGIRequestHandler, make_server

from matchmaker import create_app
from matchmaker.extensions import db

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 15_000


class QuietHandler(WSGIRequestHandler):
    """No access log: a journey makes hundreds of requests, and failures show the page, not the log."""

    def log_request(self, code="-", size="-"):
        pass


class LiveServer:
    """The app served by werkzeug in a background thread."""

    def __init__(self, app):
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="live-server", daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_app(tmp_path_factory):
    """The real app (CSRF on, default locale) on a freshly migrated SQLite file holding the demo data."""
    from matchmaker.demo.seed import seed

    folder = tmp_path_factory.mktemp("live-instance")
    app = create_app({
        "INSTANCE_PATH": str(folder),
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'live.db'}",
        "SQLALCHEMY_ENGINE_OPTIONS": {},
        "ELASTICSEARCH_URL": None,  # the embedded index: the browser tests never need an outside service
        "WTF_CSRF_ENABLED": True,
    })
    with app.app_context():
        upgrade()
        seed()
        db.session.remove()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="session")
def live_server(live_app):
    """The live app's base URL, served on a free port of 127.0.0.1 for the whole session."""
    server = LiveServer(live_app)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless; never a downloaded browser."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. "
                    "Install it with `scripts/setup --system` (run as root, it apt-installs chromium).",
                    pytrace=False)
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """new_page(lang="en", **context_options) -> a page in a fresh browser context (its own cookies).

    The interface language is chosen once through the site's own ?lang= switch and kept in the session.
    """
    contexts = []

    def make(lang="en", **options):
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(base_url=live_server.url, accept_downloads=True, **options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        errors = []  # uncaught script errors and Content-Security-Policy violations: a journey ends with none
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text)
                if "Content Security Policy" in message.text else None)
        page.js_errors = errors
        if lang:
            page.goto(f"/?lang={lang}")
        return page

    yield make
    for context in contexts:
        context.close()
