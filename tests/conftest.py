"""Fixtures: one migrated database per run (SQLite, or PostgreSQL with TEST_DATABASE_URL), emptied after each test."""
import contextvars
import os

import pytest
from flask.globals import _cv_app
from flask.testing import FlaskClient
from flask_migrate import upgrade

from matchmaker import create_app
from matchmaker.extensions import db

# Shared small world (buyers, a supplier account, staff, three suppliers) used by the buyer and API tests.
pytest_plugins = ["tests.market"]


def _database_url(tmp_path_factory):
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


class IsolatedClient(FlaskClient):
    """Each request gets its own app context (and so its own db session and `g`), as in production.

    Tests run inside an app context so they can use the database; without this, requests would
    share that context and leak state (such as Flask-Login's cached user) from one request to the next.
    """

    def open(self, *args, **kwargs):
        def run():
            _cv_app.set(None)
            return super(IsolatedClient, self).open(*args, **kwargs)

        response = contextvars.copy_context().run(run)
        if _cv_app.get(None) is not None:
            db.session.expire_all()
        return response


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    """The application on a freshly migrated test database."""
    folder = tmp_path_factory.mktemp("instance")
    app = create_app({
        "TESTING": True,
        "INSTANCE_PATH": str(folder),
        "SQLALCHEMY_DATABASE_URI": _database_url(tmp_path_factory),
        "WTF_CSRF_ENABLED": False,
        "SERVER_NAME": "localhost",
        # Assertions read English messages; the Vietnamese default is tested on its own.
        "BABEL_DEFAULT_LOCALE": "en",
        # Hermetic by default: the live Elasticsearch and Redis tests ask for their servers themselves.
        "ELASTICSEARCH_URL": None,
        "REDIS_URL": None,
    })
    app.test_client_class = IsolatedClient
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        db.engine.dispose()


def _empty_tables():
    # DELETE in dependency order is much faster than one TRUNCATE of every table on PostgreSQL
    # (TRUNCATE rewrites each table's files); ids keep counting up, which no test relies on.
    for table in reversed(db.metadata.sorted_tables):
        db.session.execute(table.delete())
    db.session.commit()


@pytest.fixture(autouse=True)
def app_context(app):
    """Each test runs inside an app context and leaves the database empty."""
    with app.app_context():
        yield
        db.session.rollback()
        _empty_tables()
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class AuthActions:
    """Log a test client in and out as a given user."""

    def __init__(self, client):
        self.client = client

    def login(self, email, password="correct horse battery"):
        return self.client.post("/auth/login", data={"email": email, "password": password})

    def logout(self):
        return self.client.post("/auth/logout")


@pytest.fixture
def auth(client):
    return AuthActions(client)
