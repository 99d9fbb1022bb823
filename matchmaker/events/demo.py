"""A demo matchmaking event: the Hanoi Supporting Industry Fair with a few registered companies and requests.

Called from demo/seed.py after the demo suppliers, buyers and log-ins exist; running it again changes nothing."""
from datetime import timedelta

from sqlalchemy import select

from ..auth.models import Organisation, User
from ..buyers.models import Requirement
from ..extensions import db
from ..suppliers.models import Supplier
from ..timeutil import today
from .models import Event, Participant
from .registration import recommendations_for_buyer
from .requests import answer_request, send_request
from .services import EventError, background_locale

EVENT_NAME = "Hội chợ Công nghiệp hỗ trợ Hà Nội 2026 / Hanoi Supporting Industry Fair 2026"
SECTORS = ["mechanical", "electrical-electronics", "chemicals-rubber-plastics-pharma"]
BUYERS, SUPPLIERS = 6, 14


def _event():
    # Always upcoming, whenever the demo is loaded: six weeks ahead, registration open for five of them.
    first = today() + timedelta(days=42)
    second = first + timedelta(days=1)
    day1, day2 = first.isoformat(), second.isoformat()
    event = Event(
        name=EVENT_NAME, venue="Cung Văn hóa Hữu nghị Việt Xô, 91 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
        starts_on=first, ends_on=second, meeting_minutes=20, tables=20,
        sessions=[{"date": day1, "start": "08:30", "end": "11:50"}, {"date": day1, "start": "13:30", "end": "16:50"},
                  {"date": day2, "start": "08:30", "end": "11:50"}],
        breaks=[{"date": day1, "start": "10:10", "end": "10:30"}, {"date": day2, "start": "10:10", "end": "10:30"}],
        registration_deadline=first - timedelta(days=7), sectors=SECTORS, request_expiry_hours=72,
        interpreters={"ja": 3, "ko": 2, "en": 2}, registration_open=True)
    db.session.add(event)
    db.session.flush()
    return event


def _buyer_organisations():
    """The demo buyer's firm first, then other firms with open requirements in the fair's sectors."""
    demo_user = db.session.scalar(select(User).filter_by(email="buyer@demo.matchmaker.vn"))
    firms = [demo_user.organisation] if demo_user and demo_user.organisation else []
    for requirement in db.session.scalars(select(Requirement).filter_by(status="open").order_by(Requirement.id)):
        organisation = requirement.organisation
        if organisation and organisation not in firms and set(requirement.sectors or []) & set(SECTORS):
            firms.append(organisation)
        if len(firms) >= BUYERS:
            break
    return firms


def _suppliers():
    """The demo supplier's company first, then verified suppliers of the fair's sectors."""
    demo_user = db.session.scalar(select(User).filter_by(email="supplier@demo.matchmaker.vn"))
    chosen = []
    if demo_user and demo_user.organisation_id:
        own = db.session.scalar(select(Supplier).filter_by(organisation_id=demo_user.organisation_id))
        chosen += [own] if own else []
    for supplier in db.session.scalars(select(Supplier).filter_by(verification="verified").order_by(Supplier.id)):
        if supplier not in chosen and set(supplier.sectors or []) & set(SECTORS):
            chosen.append(supplier)
        if len(chosen) >= SUPPLIERS:
            break
    return chosen


def _register(event, organisation, kind, supplier=None, interpreter=None, slots=None):
    if supplier is not None and supplier.organisation is None:
        # Demo suppliers are imported without accounts; a registration needs the company's organisation.
        supplier.organisation = Organisation(kind="supplier", name=supplier.name)
        db.session.flush()
    participant = Participant(event=event, organisation_id=supplier.organisation_id if supplier else organisation.id,
                              kind=kind, supplier=supplier, interpreter=interpreter,
                              available_slots=slots if slots is not None else list(range(len(event.slots))),
                              contact_name="")
    db.session.add(participant)
    return participant


def seed_demo_event():
    """Create the demo fair with registered buyers and suppliers and a few meeting requests; returns the event."""
    event = db.session.scalar(select(Event).filter_by(name=EVENT_NAME))
    if event is not None:
        return event
    with background_locale():
        return _seed()


def _seed():
    event = _event()
    slots = len(event.slots)
    languages = ["ja", "ko", None, "en", "ja", None]
    buyers = [_register(event, org, "buyer", interpreter=languages[i % len(languages)],
                        slots=list(range(slots)) if i % 3 else list(range(slots // 2)))  # some attend half the fair
              for i, org in enumerate(_buyer_organisations())]
    suppliers = [_register(event, None, "supplier", supplier=s) for s in _suppliers()]
    db.session.flush()
    for index, buyer in enumerate(buyers):
        picks = [r["participant"] for r in recommendations_for_buyer(event, buyer, top=3)]
        for rank, supplier in enumerate(picks):
            request = send_request(event, buyer, supplier, "We would like to discuss local sourcing with you.", None)
            if (index + rank) % 2 == 0:
                answer_request(request, True, None)
    if buyers and suppliers:
        # The demo supplier asks the demo buyer for a meeting, so both log-ins have something to answer or see.
        try:
            send_request(event, suppliers[0], buyers[0], "Chúng tôi gia công CNC chính xác cho khách Nhật.", None)
        except EventError:
            pass  # the buyer already asked this supplier: nothing more to add
    db.session.flush()
    return event
