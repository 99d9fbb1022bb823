"""Load test: gunicorn (2 workers) on 127.0.0.1 against a scratch instance with 5,000 suppliers, driven by locust.

Usage: .venv/bin/python scripts/load_test.py [--users 40] [--duration 60] [--suppliers 5000] [--instance DIR]
                                             [--keep] [--json] [--check] [--elasticsearch URL]

Builds the scratch instance (SQLite) through the real commands: `flask db upgrade`, `flask suppliers import` of
generated suppliers, `flask demo seed` (buyers, requirements, log-ins), `flask search rebuild`, and an API token
for the demo buyer. Then starts gunicorn on a free loopback port, warms both workers up, runs the locust scenario
in scripts/load_locustfile.py for --duration seconds and prints requests per second, p50/p95/p99 latency and the
error count, overall and per route. Everything it starts is stopped before it exits; the scratch instance is
deleted unless --keep or --instance (which reuses a prepared folder) is given.

Rate limits (matchmaker.security.limits) are switched off in the served app with the config flag
RATELIMIT_ENABLED=False: every virtual buyer comes from 127.0.0.1, which a fair's visitors do not.
Only loopback traffic; the run is bounded by --duration and stops by itself.
"""
import argparse
import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
BUYER = ("buyer@demo.matchmaker.vn", "hoshino-buyer-2026")
APP = 'matchmaker:create_app({"RATELIMIT_ENABLED": False})'
TARGETS = {"rps": 100.0, "p95_ms": 200.0, "errors": 0}
FIXTURES = """
import json, sys
from sqlalchemy import select
from matchmaker import create_app
from matchmaker.extensions import db
app = create_app()
with app.app_context():
    from matchmaker.api.tokens import create_token
    from matchmaker.auth.services import find_user
    from matchmaker.buyers.models import Requirement
    from matchmaker.suppliers.models import Supplier
    user = find_user(sys.argv[1])
    _, token = create_token(user, "load test")
    requirements = db.session.scalars(select(Requirement.id).where(
        Requirement.organisation_id == user.organisation_id)).all()
    suppliers = db.session.scalars(select(Supplier.id).where(Supplier.published.is_(True))).all()
    db.session.commit()
    print(json.dumps({"token": token, "requirements": requirements, "suppliers": suppliers}))
"""


SEARCH_ENV = {}  # ELASTICSEARCH_URL and a throw-away alias with --elasticsearch


def _env(instance, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ELASTICSEARCH_URL", "UPLOAD_FOLDER")}
    env.update(SEARCH_ENV)
    # Two workers on two cores: numpy's thread pools would only fight each other.
    env.update(INSTANCE_PATH=str(instance), OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
               PYTHONUNBUFFERED="1", **extra)
    return env


def _flask(instance, *args):
    started = time.monotonic()
    done = subprocess.run([str(VENV_BIN / "flask"), "--app", "wsgi", *args], cwd=ROOT, env=_env(instance),
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"flask {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    print(f"  flask {' '.join(args)}: {time.monotonic() - started:.0f}s", file=sys.stderr)
    return done.stdout


def prepare(instance, suppliers):
    """Build (or reuse) the scratch instance; returns the fixtures: API token, requirement and supplier ids."""
    ready = instance / "load-ready.json"
    if ready.exists():
        fixtures = json.loads(ready.read_text())
        if fixtures.get("size") == suppliers:
            print(f"reusing the prepared instance {instance}", file=sys.stderr)
            return fixtures
    print(f"preparing {instance} with {suppliers} suppliers (the importer commits per record on SQLite: minutes)",
          file=sys.stderr)
    shutil.rmtree(instance, ignore_errors=True)
    instance.mkdir(parents=True)
    sys.path.insert(0, str(ROOT))
    from matchmaker.demo.generator import generate

    # The demo seed's 520 suppliers are the first 520 of this set, so seeding adds buyers without new suppliers.
    records = generate(2026, suppliers=suppliers, buyers=0, requirements=0).suppliers
    path = instance / "suppliers.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    _flask(instance, "db", "upgrade")
    _flask(instance, "suppliers", "import", str(path))
    _flask(instance, "demo", "seed")
    _flask(instance, "search", "rebuild")
    done = subprocess.run([sys.executable, "-c", FIXTURES, BUYER[0]], cwd=ROOT, env=_env(instance),
                          capture_output=True, text=True, check=True)
    fixtures = {**json.loads(done.stdout.strip().splitlines()[-1]), "size": suppliers}
    ready.write_text(json.dumps(fixtures))
    return fixtures


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url, timeout=10):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        response.read()
        return response.status


def start_server(instance, port, workers):
    """gunicorn in its own process group, once it answers."""
    server = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--chdir", str(ROOT),
         "--log-level", "warning", "--timeout", "60", APP],
        env=_env(instance), start_new_session=True)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with {server.returncode}")
        try:
            _get(f"http://127.0.0.1:{port}/search")
            return server
        except OSError:
            time.sleep(0.5)
    stop_server(server)
    sys.exit("gunicorn did not answer within 90 s")


def stop_server(server):
    """SIGTERM to gunicorn's process group (master and workers), SIGKILL if it lingers."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def warm_up(base, fixtures):
    """Both workers load the search index and the match model before the clock starts."""
    for _ in range(6):
        _get(f"{base}/search?q=CNC", timeout=60)
        _get(f"{base}/suppliers/{fixtures['suppliers'][0]}", timeout=60)
        request = urllib.request.Request(
            f"{base}/api/v1/match", data=json.dumps({"external_id": "W", "title": "CNC turning"}).encode(),
            headers={"Authorization": f"Bearer {fixtures['token']}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()


def run_locust(base, fixtures, args, folder):
    prefix = folder / "locust"
    ids = fixtures["suppliers"]
    env = {**os.environ, "LOAD_BUYER_EMAIL": BUYER[0], "LOAD_BUYER_PASSWORD": BUYER[1],
           "LOAD_API_TOKEN": fixtures["token"], "LOAD_REQUIREMENT_IDS": ",".join(map(str, fixtures["requirements"])),
           "LOAD_SUPPLIER_IDS": f"{min(ids)}-{max(ids)}" if len(ids) == max(ids) - min(ids) + 1 else
           ",".join(map(str, ids)), "LOAD_WAIT_MIN": str(args.wait_min), "LOAD_WAIT_MAX": str(args.wait_max)}
    command = [str(VENV_BIN / "locust"), "-f", str(ROOT / "scripts" / "load_locustfile.py"), "--headless",
               "--users", str(args.users), "--spawn-rate", str(args.spawn_rate), "--run-time", f"{args.duration}s",
               "--host", base, "--csv", str(prefix), "--only-summary", "--stop-timeout", "5", "--loglevel", "WARNING"]
    subprocess.run(command, env=env, timeout=args.duration + 120, capture_output=not args.verbose)
    return read_stats(Path(f"{prefix}_stats.csv"))


def read_stats(path):
    """{route: figures} from locust's CSV, with "Aggregated" for the whole run."""
    figures = {}
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            name = "Aggregated" if row["Name"] == "Aggregated" else f"{row['Type']} {row['Name']}"
            figures[name] = {"requests": int(row["Request Count"]), "errors": int(row["Failure Count"]),
                             "rps": round(float(row["Requests/s"]), 1), "p50_ms": float(row["50%"]),
                             "p95_ms": float(row["95%"]), "p99_ms": float(row["99%"])}
    return figures


def report(figures, args, as_json):
    total = figures["Aggregated"]
    met = total["rps"] >= TARGETS["rps"] and total["p95_ms"] < TARGETS["p95_ms"] and total["errors"] == 0
    result = {"date": datetime.now(timezone.utc).date().isoformat(), "machine": f"{os.cpu_count()} cores",
              "suppliers": args.suppliers, "workers": args.workers, "users": args.users, "duration_s": args.duration,
              "total": total, "routes": {k: v for k, v in figures.items() if k != "Aggregated"},
              "targets": TARGETS, "targets_met": met}
    if as_json:
        print(json.dumps(result, indent=2))
        return met
    print(f"{args.users} users, {args.duration}s, gunicorn {args.workers} workers, {args.suppliers} suppliers, "
          f"{result['machine']}")
    print(f"{'route':<28}{'requests':>9}{'errors':>8}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}")
    for name, row in sorted(figures.items(), key=lambda item: item[0] == "Aggregated"):
        print(f"{name:<28}{row['requests']:>9}{row['errors']:>8}{row['rps']:>8}{row['p50_ms']:>8.0f}"
              f"{row['p95_ms']:>8.0f}{row['p99_ms']:>8.0f}")
    print(f"requests/s: {total['rps']}  p50: {total['p50_ms']:.0f} ms  p95: {total['p95_ms']:.0f} ms  "
          f"p99: {total['p99_ms']:.0f} ms  errors: {total['errors']}")
    print("targets (>= 100 req/s, p95 < 200 ms, no errors): " + ("met" if met else "NOT met"))
    return met


def _drop_index():
    sys.path.insert(0, str(ROOT))
    from matchmaker.search.elastic import ElasticBackend

    ElasticBackend(SEARCH_ENV["ELASTICSEARCH_URL"], SEARCH_ENV["ELASTICSEARCH_INDEX"]).drop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=40, help="concurrent virtual buyers")
    parser.add_argument("--spawn-rate", type=float, default=20, help="users started per second")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (bounded: at most 600)")
    parser.add_argument("--wait-min", type=float, default=0.2, help="seconds a buyer waits between requests, least")
    parser.add_argument("--wait-max", type=float, default=0.6, help="seconds a buyer waits between requests, most")
    parser.add_argument("--suppliers", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--instance", type=Path, help="prepared instance folder to (re)use and keep")
    parser.add_argument("--keep", action="store_true", help="keep the scratch instance")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when the targets are not met")
    parser.add_argument("--verbose", action="store_true", help="show locust's own output")
    parser.add_argument("--elasticsearch", metavar="URL",
                        help="serve search from this Elasticsearch node (a throw-away index, deleted afterwards)")
    args = parser.parse_args()
    if args.elasticsearch:
        SEARCH_ENV.update(ELASTICSEARCH_URL=args.elasticsearch, ELASTICSEARCH_INDEX=f"matchmaker-load-{os.getpid()}")
    args.duration = max(5, min(args.duration, 600))

    scratch = Path(tempfile.mkdtemp(prefix="matchmaker-load-"))
    instance = args.instance.resolve() if args.instance else scratch / "instance"
    server = None
    try:
        fixtures = prepare(instance, args.suppliers)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(instance, port, args.workers)
        warm_up(base, fixtures)
        print(f"load: {args.users} users for {args.duration}s against {base}", file=sys.stderr)
        met = report(run_locust(base, fixtures, args, scratch), args, args.json)
    finally:
        if server is not None:
            stop_server(server)
        if SEARCH_ENV:
            _drop_index()
        if args.keep and not args.instance:
            print(f"kept {instance}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)  # with --instance it holds only locust's CSV files
    sys.exit(1 if args.check and not met else 0)


if __name__ == "__main__":
    main()
