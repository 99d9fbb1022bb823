"""Fixtures for the events web feature: a set-up event, buyer and supplier accounts, logged-in clients."""
from datetime import date

import pytest
from flask_babel import force_locale

from matchmaker.events import registration, services
from matchmaker.events.timetable import parse_periods
from matchmaker.extensions import db
from matchmaker.matches.store import refit
from tests.factories import (
    PASSWORD,
    OrganisationFactory,
    RequirementFactory,
    SupplierFactory,
    UserFactory,
    supplier_user,
)

EVENT_DAY = date(2026, 10, 15)


@pytest.fixture(autouse=True)
def english_outside_requests(app_context):
    """Service calls made directly by a test (outside any request) write their notices in English."""
    with force_locale("en"):
        yield


def event_data(**overrides):
    """Set-up fields of a one-day event: four 20-minute slots (09:00, 09:20, 10:00, 10:20) around a break."""
    data = {
        "name": "Hội chợ Công nghiệp hỗ trợ Hà Nội 2026", "venue": "Cung Văn hóa Hữu nghị, Hà Nội",
        "starts_on": EVENT_DAY, "ends_on": EVENT_DAY, "meeting_minutes": 20,
        "sessions": parse_periods("2026-10-15 09:00-10:40"), "breaks": parse_periods("2026-10-15 09:40-10:00"),
        "tables": 3, "registration_deadline": date(2099, 1, 1), "sectors": ["mechanical"],
        "request_expiry_hours": 48, "interpreters": {"ja": 1, "ko": 0, "en": 0},
    }
    data.update(overrides)
    return data


@pytest.fixture
def staff_user():
    user = UserFactory(role="staff", email="staff@doit.hanoi.gov.vn",
                       organisation=OrganisationFactory(kind="doit", name="Sở Công Thương Hà Nội"))
    db.session.commit()
    return user


@pytest.fixture
def make_event(staff_user):
    """make_event(**overrides) -> an event open for registration."""
    def make(**overrides):
        event, _ = services.save_event(event_data(**overrides), staff_user)
        event.registration_open = True
        db.session.commit()
        return event
    return make


@pytest.fixture
def make_buyer():
    """make_buyer(name) -> a buyer account whose firm has one open mechanical requirement."""
    def make(name="Hoshino Precision Vietnam Co., Ltd."):
        organisation = OrganisationFactory(kind="buyer", name=name)
        user = UserFactory(role="buyer", organisation=organisation, name="Sato Yuki")
        RequirementFactory(organisation=organisation, buyer=name, title="CNC machined aluminium brackets",
                           description="CNC turning and milling of A6061 brackets, anodised.")
        db.session.commit()
        return user
    return make


@pytest.fixture
def make_supplier():
    """make_supplier(name) -> a supplier account owning a CNC machining company; the match model is refit."""
    def make(name="Công ty TNHH Cơ khí Chính xác Thăng Long"):
        supplier = SupplierFactory(name=name, capabilities=["tiện CNC", "phay CNC", "CNC turning", "CNC milling"],
                                   materials=["nhôm A6061"])
        user, _ = supplier_user(supplier, name="Nguyễn Văn Minh")
        db.session.commit()
        refit()
        return user
    return make


def register(event, user, slots=None, interpreter=None):
    """Register the user's organisation for all (or the given) slots; returns the participant."""
    participant = registration.register(event, user, slots if slots is not None else range(len(event.slots)),
                                        interpreter)
    db.session.commit()
    return participant


@pytest.fixture
def register_for():
    return register


@pytest.fixture
def login(app):
    """login(user) -> a new test client logged in as that user."""
    def make(user):
        client = app.test_client()
        response = client.post("/auth/login", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302
        return client
    return make
