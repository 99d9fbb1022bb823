"""Throw-away databases for tests that run the app in another process: a SQLite file, or a PostgreSQL database
created next to TEST_DATABASE_URL's and dropped afterwards."""
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["sqlite", "postgresql"]


def _server_url():
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        print("PostgreSQL variant skipped: TEST_DATABASE_URL is not set (CI sets it)")
        pytest.skip("TEST_DATABASE_URL not set: no PostgreSQL server to create a scratch database on")
    return make_url(url).set(drivername="postgresql+psycopg")


@contextmanager
def scratch_database(kind, folder):
    """Yield the SQLAlchemy URL (a string) of an empty database of this kind; dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{Path(folder) / 'scratch.db'}"
        return
    server = _server_url()
    name = f"matchmaker_scratch_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def flask_env(instance, database_url, **extra):
    """The environment of a `flask --app wsgi` subprocess on this instance folder and database."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("ELASTICSEARCH_URL", "DATABASE_URL", "UPLOAD_FOLDER", "REDIS_URL")}
    env.update(INSTANCE_PATH=str(instance), DATABASE_URL=database_url, PYTHONUNBUFFERED="1", **extra)
    return env


def flask_args(*args):
    """The command line of `flask --app wsgi ARGS` with this test run's interpreter."""
    return [sys.executable, "-m", "flask", "--app", "wsgi", *args]


def run_flask(env, *args, check=True, timeout=600):
    """Run `flask --app wsgi ARGS` from the project folder; returns the CompletedProcess."""
    done = subprocess.run(flask_args(*args), cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"flask {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done
