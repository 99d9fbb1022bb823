"""Every route, every role: the outcome must be the one declared here. A new route fails this test until it is
classified below, so nobody adds a page without deciding who may use it.

Outcomes, one letter per role in the order anonymous, buyer, supplier, staff, admin:
  O  allowed (any answer but a refusal: the page, a redirect after the change, a validation error)
  L  anonymous: sent to log in          D  refused: 403, or 404 where the object is hidden from the user
  U  401 (JSON API without a token)
URL parameters are filled with objects that belong to somebody else (another buyer firm, another supplier
company); OWNED lists the roles that must be allowed when the same URL names their own objects.
"""
import pytest

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from tests.security.conftest import ROLES, build_world, clear_tables, login_as

PUBLIC, LOGGED_IN, STAFF, ADMIN = "OOOOO", "LOOOO", "LDDOO", "LDDDO"
BUYERS, SUPPLIERS, BUYERS_AND_STAFF, PARTIES, OWNER_ONLY = "LODDD", "LDODD", "LODOO", "LOODD", "LDDDD"

EXPECTED = {
    # Accounts and public pages.
    "main.home": PUBLIC, "main.set_language": PUBLIC, "static": PUBLIC, "search.results": PUBLIC,
    "suppliers.profile": PUBLIC, "auth.login": PUBLIC, "auth.register": PUBLIC,
    "auth.logout": LOGGED_IN, "auth.change_password": LOGGED_IN,
    "notifications.index": LOGGED_IN, "notifications.mark_all_read": LOGGED_IN, "messaging.index": LOGGED_IN,
    # Buyers: requirements are the firm's (staff may open any); shortlists and saved searches the user's own.
    "buyers.index": BUYERS_AND_STAFF, "buyers.compare_view": BUYERS_AND_STAFF, "buyers.new": BUYERS,
    "buyers.edit": STAFF, "buyers.matches": STAFF, "buyers.set_status": STAFF,
    "shortlists.index": BUYERS, "shortlists.add": BUYERS, "shortlists.show": OWNER_ONLY,
    "shortlists.delete": OWNER_ONLY, "shortlists.export": OWNER_ONLY, "shortlists.remove": OWNER_ONLY,
    "shortlists.update_entry": OWNER_ONLY,
    "saved_searches.index": BUYERS, "saved_searches.create": BUYERS, "saved_searches.delete": OWNER_ONLY,
    "saved_searches.save_requirement": OWNER_ONLY,
    # Messages: the two parties write; staff may read any thread but not write in it.
    "messaging.new": BUYERS, "messaging.thread GET": STAFF, "messaging.thread POST": OWNER_ONLY,
    # Suppliers: the owner company and staff edit; buyers see certificate documents of visible profiles.
    "suppliers.mine": SUPPLIERS, "suppliers.edit": STAFF, "suppliers.visibility": STAFF,
    "suppliers.certifications": STAFF, "suppliers.add_cert": STAFF, "suppliers.update_cert": STAFF,
    "suppliers.delete_cert": STAFF, "suppliers.confirm": STAFF, "suppliers.document": BUYERS_AND_STAFF,
    "opportunities.index": SUPPLIERS, "opportunities.interest": SUPPLIERS,
    # Events: participants act for their own organisation; staff run the event from their own pages.
    "events.index": LOGGED_IN, "events.detail": LOGGED_IN, "events.register": PARTIES, "events.partners": PARTIES,
    "events.send_request": PARTIES, "events.agenda_page": PARTIES, "events.agenda_download": PARTIES,
    "events.agenda_calendar": PARTIES, "events.answer": OWNER_ONLY, "events.check_in": STAFF,
    "events.give_feedback": STAFF,
    **{f"event_staff.{name}": STAFF for name in (
        "index", "new", "edit", "overview", "registration", "publish", "schedule", "add_meeting", "remove_meeting",
        "table_plan", "table_plan_download", "badges", "dashboard_page", "dashboard_export")},
    # DoIT staff pages; creating accounts is for administrators.
    **{f"staff.{name}": STAFF for name in (
        "index", "queue", "review_profile", "review_certificate", "certificate_document", "expiring",
        "notify_expiring", "programmes_overview", "supplier_programmes", "add_recognition", "delete_recognition",
        "add_enrolment", "edit_enrolment", "duplicate_list", "merge_pair", "dismiss_pair", "timeline", "audit",
        "user_list", "user_detail", "user_role", "user_active", "user_password")},
    "staff.user_new": ADMIN,
    **{f"reports.{name}": STAFF for name in ("dashboard", "period_report", "period_pdf", "period_xlsx", "chart")},
    "api_tokens.index": LOGGED_IN, "api_tokens.revoke": OWNER_ONLY,
    # The JSON API, with each role's own API token (U: no token). Same rules as the web pages.
    "api.openapi_document": PUBLIC, "api.docs_page": PUBLIC, "api.docs_asset": PUBLIC, "health.healthz": PUBLIC,
    "api.list_suppliers": "UOOOO", "api.read_supplier": "UOOOO", "api.list_events": "UOOOO",
    "api.update_supplier": "UDDOO", "api.import_suppliers": "UDDOO",
    "api.list_requirements": "UODOO", "api.match_requirement": "UODOO", "api.create_requirement": "UODDD",
    "api.read_requirement": "UDDOO", "api.update_requirement": "UDDOO", "api.requirement_matches": "UDDOO",
    "api.list_shortlists": "UODDD", "api.create_shortlist": "UODDD", "api.read_shortlist": "UDDDD",
    "api.delete_shortlist": "UDDDD", "api.add_entry": "UDDDD", "api.remove_entry": "UDDDD",
    "api.update_entry": "UDDDD", "api.event_agenda": "UOODD",
}
# Roles that must be let through when the URL names their own requirement, shortlist, thread, company, meeting…
OWNED = {
    "buyers.edit": {"buyer"}, "buyers.matches": {"buyer"}, "buyers.set_status": {"buyer"},
    "shortlists.show": {"buyer"}, "shortlists.delete": {"buyer"}, "shortlists.export": {"buyer"},
    "shortlists.remove": {"buyer"}, "shortlists.update_entry": {"buyer"}, "saved_searches.delete": {"buyer"},
    "saved_searches.save_requirement": {"buyer"}, "messaging.thread": {"buyer", "supplier"},
    "suppliers.edit": {"supplier"}, "suppliers.visibility": {"supplier"}, "suppliers.certifications": {"supplier"},
    "suppliers.add_cert": {"supplier"}, "suppliers.update_cert": {"supplier"}, "suppliers.delete_cert": {"supplier"},
    "suppliers.confirm": {"supplier"}, "suppliers.document": {"supplier"},
    "events.answer": {"buyer", "supplier"}, "events.check_in": {"buyer", "supplier"},
    "events.give_feedback": {"buyer", "supplier"}, "api_tokens.revoke": {"buyer"},
    "api.update_supplier": {"supplier"}, "api.read_requirement": {"buyer"}, "api.update_requirement": {"buyer"},
    "api.requirement_matches": {"buyer"}, "api.read_shortlist": {"buyer"}, "api.delete_shortlist": {"buyer"},
    "api.add_entry": {"buyer"}, "api.remove_entry": {"buyer"}, "api.update_entry": {"buyer"},
}
# URL parameters whose meaning differs by route.
PARAMETERS = {"api.docs_asset": {"name": "swagger-ui.css"}}


def _expected(endpoint, method):
    if f"{endpoint} {method}" in EXPECTED:
        return EXPECTED[f"{endpoint} {method}"]
    return EXPECTED.get(endpoint)


def outcome(response):
    """One letter for what the user saw."""
    if response.status_code in (302, 303) and "/auth/login" in response.headers.get("Location", ""):
        return "L"
    if response.status_code == 401:
        return "U"
    if response.status_code in (403, 404):
        return "D"
    if response.status_code >= 500:
        return "E"
    return "O"


def _request(app, world, endpoint, rule, method, role, values):
    values = {**values, **PARAMETERS.get(endpoint, {})}
    url = app.url_map.bind("localhost").build(endpoint, {k: values[k] for k in rule.arguments}, method=method)
    client = app.test_client()
    extra = {"supplier_id": values["supplier_id"]}  # pages that take the supplier from the query or the form
    if endpoint.startswith("api."):
        headers = {"Authorization": f"Bearer {world['tokens'][role]}"} if role != "anonymous" else {}
        return client.open(url, method=method, headers=headers, json=extra if method != "GET" else None)
    if role != "anonymous":
        login_as(client, world["users"][role])
    if method == "GET":
        return client.get(url, query_string=extra)
    return client.open(url, method=method, data=extra)


def _fresh_world():
    clear_tables()
    return build_world()


def _rules(app):
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.endpoint, r.rule)):
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule, method


def _check_route(app, rule, method, expected, problems):
    endpoint = rule.endpoint
    world, dirty = _fresh_world(), False
    for role, wanted in zip(ROLES, expected, strict=True):
        if dirty:
            world = _fresh_world()
        got = outcome(_request(app, world, endpoint, rule, method, role, world["others"]))
        if got != wanted:
            problems.append(f"{method} {rule.rule} ({endpoint}) as {role}: expected {wanted}, got {got}")
        dirty = method != "GET" and got == "O"
    for role in sorted(OWNED.get(endpoint, ())):
        world = _fresh_world() if dirty or method != "GET" else world
        got = outcome(_request(app, world, endpoint, rule, method, role, world["own"][role]))
        if got != "O":
            problems.append(f"{method} {rule.rule} ({endpoint}) as {role} on its own objects: got {got}")
        dirty = True


@pytest.mark.slow
def test_every_route_gives_each_role_the_declared_outcome(app):
    problems = []
    for rule, method in _rules(app):
        expected = _expected(rule.endpoint, method)
        if expected is None:
            problems.append(f"{method} {rule.rule} ({rule.endpoint}) is not classified in EXPECTED")
            continue
        _check_route(app, rule, method, expected, problems)
    assert not problems, "\n".join(problems)


def test_the_table_names_no_route_that_no_longer_exists(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    stale = {key.split(" ")[0] for key in [*EXPECTED, *OWNED]} - endpoints
    assert not stale


def test_refusals_are_in_the_audit_log(app, world, client_for):
    """A 403 leaves an entry with who tried what; nothing the refused request staged is kept."""
    buyer = world["users"]["buyer"]
    other_requirement = world["requirements"][1]
    response = client_for(buyer).post(f"/requirements/{other_requirement.id}/edit", data={"title": "Hijacked"})
    assert response.status_code == 403
    entry = db.session.scalars(db.select(AuditEntry).filter_by(action="denied")).one()
    assert entry.user_id == buyer.id and entry.changes["method"] == "POST"
    assert entry.changes["path"] == f"/requirements/{other_requirement.id}/edit" and entry.changes["status"] == 403
    db.session.refresh(other_requirement)
    assert other_requirement.title != "Hijacked"
