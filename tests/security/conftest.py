"""Security fixtures: a world where every role owns something and someone else owns the same kinds of things,
clients logged in per role, and a second app with rate limits switched on."""
from datetime import date

import pytest
from flask_babel import force_locale

from matchmaker import create_app
from matchmaker.api.tokens import ApiToken, create_token
from matchmaker.events import services as event_services
from matchmaker.events.models import Meeting, MeetingRequest, Participant
from matchmaker.events.timetable import parse_periods
from matchmaker.extensions import db
from matchmaker.messaging.services import start_thread
from matchmaker.saved_searches.models import SavedSearch
from matchmaker.shortlists.models import Shortlist, ShortlistEntry
from matchmaker.staff.models import FiveSEnrolment, Recognition
from matchmaker.suppliers import documents
from tests.factories import (
    CertificationFactory,
    OrganisationFactory,
    RequirementFactory,
    SupplierFactory,
    UserFactory,
    supplier_user,
)

ROLES = ("anonymous", "buyer", "supplier", "staff", "admin")
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def _event(staff):
    data = {
        "name": "Hội chợ Công nghiệp hỗ trợ Hà Nội 2026", "venue": "Hà Nội",
        "starts_on": date(2026, 10, 15), "ends_on": date(2026, 10, 15), "meeting_minutes": 20,
        "sessions": parse_periods("2026-10-15 09:00-10:40"), "breaks": [], "tables": 3,
        "registration_deadline": date(2099, 1, 1), "sectors": ["mechanical"], "request_expiry_hours": 48,
        "interpreters": {"ja": 1},
    }
    with force_locale("en"):
        event, _ = event_services.save_event(data, staff)
    event.registration_open = True
    return event


def _participant(event, user, supplier=None):
    participant = Participant(event=event, organisation_id=user.organisation_id, kind=user.role, supplier=supplier,
                              available_slots=list(range(len(event.slots))), registered_by_id=user.id)
    db.session.add(participant)
    return participant


def _meeting_pair(event, buyer, supplier, slot):
    request = MeetingRequest(event_id=event.id, sender=buyer, recipient=supplier, status="pending")
    meeting = Meeting(event_id=event.id, buyer=buyer, supplier=supplier, slot=slot, table_number=0)
    db.session.add_all([request, meeting])
    return request, meeting


def build_world():
    """Every kind of object twice: one belonging to the acting buyer or supplier, one to somebody else."""
    doit = OrganisationFactory(kind="doit", name="Sở Công Thương Hà Nội")
    staff = UserFactory(role="staff", email="staff@doit.vn", organisation=doit)
    admin = UserFactory(role="admin", email="admin@doit.vn", organisation=doit)
    firm = OrganisationFactory(kind="buyer", name="Hoshino Precision Vietnam")
    buyer = UserFactory(role="buyer", email="buyer@hoshino.jp", organisation=firm)
    other_firm = OrganisationFactory(kind="buyer", name="Daewoo Parts Vina")
    other_buyer = UserFactory(role="buyer", email="buyer@daewoo.kr", organisation=other_firm)
    supplier, company = supplier_user(SupplierFactory(name="Cơ khí Thăng Long", published=True),
                                      email="sales@thanglong.vn")
    other_supplier, other_company = supplier_user(SupplierFactory(name="Nhựa Đông Anh", published=True),
                                                  email="sales@donganh.vn")
    third_company = SupplierFactory(name="Cơ khí Thăng Long (bản trùng)", published=True)
    certs = {}
    for key, owner in (("own", company), ("other", other_company)):
        certs[key] = CertificationFactory(supplier=owner, document_path=documents.store(PDF, ".pdf"),
                                          document_mime="application/pdf", document_name="iso.pdf")
    own_requirement = RequirementFactory(organisation=firm, created_by_id=None, buyer=firm.name, status="open")
    other_requirement = RequirementFactory(organisation=other_firm, buyer=other_firm.name, status="open")
    db.session.flush()
    shortlists, entries = {}, {}
    for key, owner, member in (("own", buyer, other_company), ("other", other_buyer, company)):
        shortlists[key] = Shortlist(owner_id=owner.id, name=f"Shortlist of {owner.email}")
        entries[key] = ShortlistEntry(shortlist=shortlists[key], supplier_id=member.id, note="first call")
        db.session.add_all([shortlists[key], entries[key]])
    saved = {key: SavedSearch(owner_id=owner.id, name="CNC", query="CNC", filters={})
             for key, owner in (("own", buyer), ("other", other_buyer))}
    db.session.add_all(saved.values())
    with force_locale("en"):
        threads = {"buyer": start_thread(buyer, other_company, "Quotation", "Hello"),
                   "supplier": start_thread(other_buyer, company, "Quotation", "Hello"),
                   "other": start_thread(other_buyer, other_company, "Quotation", "Hello")}
    event = _event(staff)
    db.session.flush()
    own_pair = (_participant(event, buyer), _participant(event, supplier, company))
    other_pair = (_participant(event, other_buyer), _participant(event, other_supplier, other_company))
    db.session.flush()
    own_request, own_meeting = _meeting_pair(event, *own_pair, slot=0)
    other_request, other_meeting = _meeting_pair(event, *other_pair, slot=1)
    recognition = Recognition(supplier_id=other_company.id, year=2020, product="Khuôn mẫu", product_group="mechanical")
    enrolment = FiveSEnrolment(supplier_id=other_company.id, programme="5S", enrolled_on=date(2024, 1, 1))
    db.session.add_all([recognition, enrolment])
    users = {"buyer": buyer, "supplier": supplier, "staff": staff, "admin": admin}
    tokens = {role: create_token(user, "matrix")[1] for role, user in users.items()}
    other_token = create_token(other_buyer, "theirs")[0]
    db.session.commit()
    others = {
        "requirement_id": other_requirement.id, "shortlist_id": shortlists["other"].id,
        "entry_id": entries["other"].id, "thread_id": threads["other"].id, "saved_id": saved["other"].id,
        "supplier_id": other_company.id, "cert_id": certs["other"].id, "certification_id": certs["other"].id,
        "event_id": event.id, "request_id": other_request.id, "meeting_id": other_meeting.id, "round_number": 1,
        "recognition_id": recognition.id, "enrolment_id": enrolment.id, "user_id": other_buyer.id,
        "first_id": other_company.id, "second_id": third_company.id, "code": "en", "name": "sectors",
        "fmt": "csv", "action": "cancel", "section_key": "company", "filename": "css/app.css",
        "token_id": other_token.id,
    }
    own = {
        "buyer": {**others, "requirement_id": own_requirement.id, "shortlist_id": shortlists["own"].id,
                  "entry_id": entries["own"].id, "thread_id": threads["buyer"].id, "saved_id": saved["own"].id,
                  "request_id": own_request.id, "meeting_id": own_meeting.id, "user_id": buyer.id},
        "supplier": {**others, "supplier_id": company.id, "cert_id": certs["own"].id,
                     "certification_id": certs["own"].id, "thread_id": threads["supplier"].id,
                     "request_id": own_request.id, "meeting_id": own_meeting.id, "action": "accept",
                     "user_id": supplier.id},
    }
    own["buyer"]["token_id"] = db.session.scalar(db.select(ApiToken.id).filter_by(user_id=buyer.id))
    return {"users": users, "tokens": tokens, "others": others, "own": own, "event": event,
            "companies": (company, other_company), "requirements": (own_requirement, other_requirement),
            "threads": threads, "shortlists": shortlists,
            "entries": entries, "buyer": buyer, "other_buyer": other_buyer}


def clear_tables():
    """Empty every table with DELETE (on PostgreSQL far quicker than the suite's TRUNCATE for tiny tables)."""
    db.session.rollback()
    for table in reversed(db.metadata.sorted_tables):
        db.session.execute(table.delete())
    db.session.commit()


@pytest.fixture
def world():
    return build_world()


def login_as(client, user):
    """Log a client in without the password round trip (the session Flask-Login would write)."""
    with client.session_transaction() as session:
        session["_user_id"] = user.get_id()
        session["_fresh"] = True
    return client


@pytest.fixture
def client_for(app):
    """client_for(user or None) -> a new test client, logged in as the user."""
    def make(user=None):
        client = app.test_client()
        return login_as(client, user) if user is not None else client
    return make


@pytest.fixture
def make_limited_app(app):
    """make_limited_app(**config) -> an app on the test database with rate limits switched on."""
    def make(**config):
        limited = create_app({
            "TESTING": True, "RATELIMIT_TESTING": True, "INSTANCE_PATH": app.instance_path,
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"], "WTF_CSRF_ENABLED": False,
            "SERVER_NAME": "localhost", "BABEL_DEFAULT_LOCALE": "en", **config})
        limited.test_client_class = app.test_client_class
        return limited
    return make


def html_pages(app, world):
    """(role, path, html) for every GET page that answers HTML to that role."""
    adapter = app.url_map.bind("localhost")
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.endpoint):
        if "GET" not in rule.methods or rule.endpoint == "static" or rule.endpoint.startswith("api."):
            continue
        for role in ROLES:
            values = world["own"].get(role, world["others"])
            client = app.test_client()
            if role != "anonymous":
                login_as(client, world["users"][role])
            path = adapter.build(rule.endpoint, {k: values[k] for k in rule.arguments})
            response = client.get(path, query_string={"supplier_id": values["supplier_id"]})
            if response.mimetype == "text/html":
                yield role, path, response.get_data(as_text=True)
