"""An import killed with SIGKILL half-way loses nothing it committed, and the index catches up afterwards.

The import runs as the real command (`flask --app wsgi suppliers import`) in its own process on a scratch
database (a SQLite file; a PostgreSQL database when TEST_DATABASE_URL is set), and is killed as soon as the first
chunk's rows are visible from outside.
"""
import json
import signal
import subprocess
import time

import pytest
from sqlalchemy import create_engine, text

from matchmaker.demo.generator import generate
from matchmaker.suppliers.importer import CHUNK
from tests.scratch_db import KINDS, ROOT, flask_args, flask_env, run_flask, scratch_database

TOTAL = 3 * CHUNK
pytestmark = pytest.mark.slow


def _write_file(path):
    records = generate(11, suppliers=TOTAL, buyers=0, requirements=0).suppliers
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return {r["external_id"]: len(r.get("certifications") or []) for r in records}


def _count(engine):
    try:
        with engine.connect() as connection:
            return connection.scalar(text("SELECT count(*) FROM suppliers"))
    except Exception:  # a SQLite file locked by the writer for a moment: look again
        return 0


def _import_and_kill(env, path, engine):
    """Start the import, SIGKILL it once the first chunk is committed; returns the count seen after the kill."""
    process = subprocess.Popen(flask_args("suppliers", "import", str(path)), cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 600
    try:
        while _count(engine) < CHUNK:
            assert process.poll() is None, "the import ended before its first chunk was seen"
            assert time.monotonic() < deadline, "the first chunk took more than ten minutes"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
    return _count(engine)


def _assert_complete(engine, certifications):
    """Every supplier in the database has all the certifications of its record and its creation audit entry."""
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT s.external_id, s.id, (SELECT count(*) FROM certifications c WHERE c.supplier_id = s.id) "
            "FROM suppliers s")).all()
        audited = set(connection.scalars(text(
            "SELECT entity_id FROM audit_log WHERE entity_type = 'supplier' AND action = 'create'")))
    assert rows, "nothing was committed"
    assert {external_id: count for external_id, _, count in rows} == {
        external_id: certifications[external_id] for external_id, _, _ in rows}
    assert {supplier_id for _, supplier_id, _ in rows} <= audited
    return len(rows)


@pytest.mark.parametrize("kind", KINDS)
def test_killed_import_keeps_what_it_committed_and_the_index_catches_up(kind, tmp_path):
    with scratch_database(kind, tmp_path) as url:
        env = flask_env(tmp_path / "instance", url)
        run_flask(env, "db", "upgrade")
        path = tmp_path / "big.jsonl"
        certifications = _write_file(path)
        engine = create_engine(url)
        try:
            committed = _import_and_kill(env, path, engine)
            assert CHUNK <= committed < TOTAL, f"the kill came too late: {committed} of {TOTAL} imported"
            if kind == "postgresql":
                # Savepoints nest inside the chunk's transaction there: whole chunks or nothing.
                assert committed % CHUNK == 0
            assert _assert_complete(engine, certifications) == committed

            # The kill came before the index heard of the last commit: verify sees the drift and repairs it.
            drift = run_flask(env, "search", "verify", "--no-repair", check=False)
            assert drift.returncode == 1 and "missing: 0 " not in drift.stdout, drift.stdout
            run_flask(env, "search", "verify")
            clean = run_flask(env, "search", "verify", "--no-repair")
            assert "in step with the database" in clean.stdout

            # Importing the same file again completes it; the index follows it chunk by chunk.
            again = run_flask(env, "suppliers", "import", str(path))
            assert f"created: {TOTAL - committed}" in again.stdout and f"unchanged: {committed}" in again.stdout
            assert _assert_complete(engine, certifications) == TOTAL
            final = run_flask(env, "search", "verify", "--no-repair")
            assert "in step with the database" in final.stdout, final.stdout
        finally:
            engine.dispose()
