"""Server time of every main page with the demo data, per role: median and max of several requests per page.

Usage: .venv/bin/python scripts/page_timings.py [--repeat 5] [--target-ms 300] [--json] [--check]

Without INSTANCE_PATH it builds a scratch instance in a temporary folder (migrated SQLite database, `demo seed`,
plus a shortlist and a message thread made through the pages as the demo buyer would) and deletes it afterwards.
With INSTANCE_PATH set it measures that instance as it is (it should hold the demo data; pages whose records are
missing are left out and listed). Each role logs in with the Flask test client; every page gets one warm-up
request and then --repeat timed requests. Prints a table (or with --json one object) of median and max server
time per page, the slowest page and the pages over the target; --check exits 1 when a page is over the target
or did not answer 200. A measurement, not a test.
"""
import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from matchmaker import create_app  # noqa: E402
from matchmaker.extensions import db  # noqa: E402

DEMO = {
    "buyer": ("buyer@demo.matchmaker.vn", "hoshino-buyer-2026"),
    "supplier": ("supplier@demo.matchmaker.vn", "thanglong-supplier-2026"),
    "staff": ("staff@demo.matchmaker.vn", "hanoi-doit-staff-2026"),
}
# CSRF and rate limits are off for the measuring client only: it logs in by POST and asks for GET pages fast.
SETTINGS = {"WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False}


def log(message):
    """Progress on standard error: standard output carries only the figures."""
    print(message, file=sys.stderr, flush=True)


def build_app(folder):
    """The app on INSTANCE_PATH as it is, or (folder given) on a fresh scratch instance with the demo data."""
    if folder is None:
        return create_app(dict(SETTINGS))
    from flask_migrate import upgrade

    from matchmaker.demo.seed import seed

    app = create_app({**SETTINGS, "INSTANCE_PATH": str(folder), "ELASTICSEARCH_URL": None,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'timings.db'}"})
    with app.app_context():
        log("page_timings: migrating and loading the demo data (about half a minute)")
        upgrade()
        seed()
        db.session.remove()
    return app


def logged_in(app, role):
    """A test client logged in as the demo user of this role (None: anonymous)."""
    client = app.test_client()
    if role:
        email, password = DEMO[role]
        response = client.post("/auth/login", data={"email": email, "password": password})
        if response.status_code != 302:
            raise SystemExit(f"page_timings: the demo {role} cannot log in; load the demo data with `flask demo seed`")
    return client


def _first(statement):
    return db.session.scalar(statement.limit(1))


def records(app):
    """Ids of the demo records the pages show (None where the instance has none)."""
    from matchmaker.auth.models import User
    from matchmaker.buyers.models import Requirement
    from matchmaker.events.models import Event, Participant
    from matchmaker.messaging.models import Thread
    from matchmaker.shortlists.models import Shortlist
    from matchmaker.suppliers.models import Supplier

    with app.app_context():
        users = {role: db.session.scalar(select(User).filter_by(email=email)) for role, (email, _) in DEMO.items()}
        buyer, supplier_user = users["buyer"], users["supplier"]
        found = {
            "requirement": buyer and _first(select(Requirement.id).filter_by(
                organisation_id=buyer.organisation_id, status="open").order_by(Requirement.id)),
            "supplier": supplier_user and _first(select(Supplier.id).filter_by(
                organisation_id=supplier_user.organisation_id)),
            "others": list(db.session.scalars(select(Supplier.id).filter_by(published=True, verification="verified")
                                              .order_by(Supplier.id).limit(4))),
            "shortlist": buyer and _first(select(Shortlist.id).filter_by(owner_id=buyer.id).order_by(Shortlist.id)),
            "thread": buyer and _first(select(Thread.id).filter_by(buyer_org_id=buyer.organisation_id)),
            "event": _first(select(Event.id).order_by(Event.id)),
        }
        for role, user in (("buyer", buyer), ("supplier", supplier_user)):
            found[f"{role}_registered"] = bool(user and found["event"] and _first(select(Participant.id).filter_by(
                event_id=found["event"], organisation_id=user.organisation_id)))
    return found


def add_buyer_records(app, ids):
    """Scratch instance only: a shortlist of the top matches and a message thread, made through the pages."""
    client = logged_in(app, "buyer")
    for supplier_id in ids["others"]:
        client.post("/shortlists/add", data={"supplier_id": supplier_id, "requirement_id": ids["requirement"]})
    client.post("/messages/new", data={"supplier_id": ids["supplier"], "requirement_id": ids["requirement"],
                                       "subject": "Quotation", "body": "Could you quote 20,000 pcs a month?"})


def pages(ids):
    """(role, page name, address) of every main GET page; pages whose record is missing are None."""
    req, sup, event = ids["requirement"], ids["supplier"], ids["event"]
    compare = "&".join(f"ids={i}" for i in ids["others"])

    def need(value, url):
        return url if value else None

    rows = [
        (None, "home", "/"),
        (None, "search", "/search"),
        (None, "search: query", "/search?q=" + quote("gia công CNC")),
        (None, "search: query + facets", "/search?q=CNC&sector=mechanical&certification=ISO+9001&verified=1"),
        (None, "search: facets only", "/search?sector=electrical-electronics&province=" + quote("Hà Nội")),
        (None, "search: page 3", "/search?q=plastic&page=3"),
        (None, "supplier profile", need(sup, f"/suppliers/{sup}")),
        (None, "log in", "/auth/login"),
        ("buyer", "home", "/"),
        ("buyer", "supplier profile", need(sup, f"/suppliers/{sup}")),
        ("buyer", "requirements", "/requirements/"),
        ("buyer", "matches", need(req, f"/requirements/{req}")),
        ("buyer", "matches: filtered", need(req, f"/requirements/{req}?sector=mechanical&certification=ISO+9001")),
        ("buyer", "requirement: edit", need(req, f"/requirements/{req}/edit")),
        ("buyer", "requirement: new", "/requirements/new"),
        ("buyer", "compare", need(compare, f"/compare?{compare}")),
        ("buyer", "shortlists", "/shortlists/"),
        ("buyer", "shortlist", need(ids["shortlist"], f"/shortlists/{ids['shortlist']}")),
        ("buyer", "messages", "/messages/"),
        ("buyer", "message thread", need(ids["thread"], f"/messages/{ids['thread']}")),
        ("buyer", "notifications", "/notifications/"),
        ("buyer", "saved searches", "/saved-searches/"),
        ("buyer", "events", "/events/"),
        ("buyer", "event", need(event, f"/events/{event}")),
        ("buyer", "event: partners", need(ids["buyer_registered"], f"/events/{event}/partners")),
        ("buyer", "event: agenda", need(ids["buyer_registered"], f"/events/{event}/agenda")),
        ("supplier", "home", "/"),
        ("supplier", "opportunities", "/opportunities/"),
        ("supplier", "messages", "/messages/"),
        ("supplier", "notifications", "/notifications/"),
        ("supplier", "event: partners", need(ids["supplier_registered"], f"/events/{event}/partners")),
    ]
    for section in ("", "/capabilities", "/materials", "/certifications", "/programmes", "/location", "/contacts",
                    "/markets", "/visibility"):
        rows.append(("supplier", f"editor{section.replace('/', ': ')}", need(sup, f"/suppliers/{sup}/edit{section}")))
    rows += [
        ("staff", "staff home", "/staff/"),
        ("staff", "verification queue", "/staff/verification"),
        ("staff", "review profile", need(sup, f"/staff/verification/suppliers/{sup}")),
        ("staff", "expiring certificates", "/staff/certificates/expiring"),
        ("staff", "duplicates", "/staff/duplicates"),
        ("staff", "programmes", "/staff/programmes"),
        ("staff", "supplier programmes", need(sup, f"/staff/suppliers/{sup}/programmes")),
        ("staff", "supplier timeline", need(sup, f"/staff/suppliers/{sup}/timeline")),
        ("staff", "users", "/staff/users"),
        ("staff", "audit log", "/staff/audit"),
        ("staff", "requirements (all)", "/requirements/"),
        ("staff", "messages (all)", "/messages/"),
        ("staff", "events", "/staff/events/"),
        ("staff", "event overview", need(event, f"/staff/events/{event}")),
        ("staff", "event dashboard", need(event, f"/staff/events/{event}/dashboard")),
        ("staff", "table plan", need(event, f"/staff/events/{event}/table-plan")),
        ("staff", "reports dashboard", "/reports/"),
        ("staff", "period report", "/reports/period"),
    ]
    return rows


def measure(client, url, repeat):
    """(status, [milliseconds]) of `repeat` requests after one warm-up."""
    status = client.get(url).status_code
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        status = response.status_code if response.status_code != 200 else status
    return status, times


def run(app, repeat, target_ms):
    """Time every page; returns the result object."""
    ids = records(app)
    results, missing, clients = [], [], {}
    for role, name, url in pages(ids):
        label = f"{role or 'visitor'}: {name}"
        if url is None:
            missing.append(label)
            continue
        if role not in clients:
            clients[role] = logged_in(app, role)
        status, times = measure(clients[role], url, repeat)
        results.append({"page": label, "url": url, "status": status, "median_ms": round(statistics.median(times), 1),
                        "max_ms": round(max(times), 1)})
        log(f"  {label:<40} {results[-1]['median_ms']:>7.1f} ms")
    slowest = max(results, key=lambda r: r["median_ms"])
    return {"repeat": repeat, "target_ms": target_ms, "pages": results, "slowest": slowest,
            "over_target": [r for r in results if r["median_ms"] > target_ms],
            "errors": [r for r in results if r["status"] != 200], "missing": missing}


def table(result):
    """The figures as a plain-text table."""
    lines = [f"{'page':<42} {'median ms':>10} {'max ms':>8}  status", "-" * 70]
    for row in result["pages"]:
        flag = "  over target" if row["median_ms"] > result["target_ms"] else ""
        lines.append(f"{row['page']:<42} {row['median_ms']:>10.1f} {row['max_ms']:>8.1f}  {row['status']}{flag}")
    slowest = result["slowest"]
    lines += ["-" * 70,
              f"{len(result['pages'])} pages, {result['repeat']} requests each after one warm-up; "
              f"target {result['target_ms']:.0f} ms",
              f"slowest: {slowest['page']} ({slowest['url']}): median {slowest['median_ms']:.1f} ms, "
              f"max {slowest['max_ms']:.1f} ms",
              f"over target: {', '.join(r['page'] for r in result['over_target']) or 'none'}",
              f"not 200: {', '.join(r['page'] + ' ' + str(r['status']) for r in result['errors']) or 'none'}"]
    if result["missing"]:
        lines.append(f"left out (no such record in this instance): {', '.join(result['missing'])}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per page (after one warm-up)")
    parser.add_argument("--target-ms", type=float, default=300.0, help="the server-time budget of a page")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--check", action="store_true", help="exit 1 when a page is over target or not 200")
    args = parser.parse_args(argv)
    scratch = None if os.environ.get("INSTANCE_PATH") else Path(tempfile.mkdtemp(prefix="matchmaker-timings-"))
    try:
        app = build_app(scratch)
        if scratch is not None:
            add_buyer_records(app, records(app))
        result = run(app, args.repeat, args.target_ms)
        with app.app_context():
            db.engine.dispose()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False) if args.json else table(result))
    return 1 if args.check and (result["over_target"] or result["errors"]) else 0


if __name__ == "__main__":
    sys.exit(main())
