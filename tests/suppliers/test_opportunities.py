"""Opportunities: open requirements a supplier matches, expressing interest, and notices to matching suppliers."""
from datetime import timedelta

import pytest

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.matches.store import refit
from matchmaker.notifications.models import Notification
from matchmaker.suppliers.models import Interest
from matchmaker.suppliers.opportunities import (
    AlreadyInterested,
    express_interest,
    interests_for,
    notify_matching_suppliers,
    opportunities_for,
)
from matchmaker.timeutil import today
from tests.factories import OrganisationFactory, RequirementFactory, SupplierFactory, UserFactory, supplier_user


@pytest.fixture
def market():
    """A CNC machining supplier with a user, an unrelated garment supplier, a buyer firm with two requirements."""
    owner, cnc = supplier_user(SupplierFactory(
        name="Cơ khí Chính xác Thăng Long", description="Gia công tiện phay CNC chi tiết nhôm A6061 cho ô tô.",
        capabilities=["tiện CNC", "phay CNC", "CNC machining", "anodising"], materials=["nhôm A6061"],
        products=["giá đỡ nhôm", "aluminium brackets"]))
    tailor_user, tailor = supplier_user(SupplierFactory(
        name="May mặc Hà Đông", description="May áo sơ mi xuất khẩu.", sectors=["textile-garment-footwear"],
        capabilities=["may công nghiệp", "garment sewing"], materials=["vải cotton"]))
    firm = OrganisationFactory(kind="buyer", name="Example Vietnam Manufacturing (JP)")
    buyer = UserFactory(role="buyer", organisation=firm)
    colleague = UserFactory(role="buyer", organisation=firm)
    brackets = RequirementFactory(organisation=firm, buyer=firm.name,
                                  title="Machined aluminium brackets for printer chassis",
                                  description="CNC machining of A6061 aluminium brackets, anodised.")
    shirts = RequirementFactory(organisation=firm, title="Cotton shirts", description="Garment sewing of cotton shirts",
                                sectors=["textile-garment-footwear"])
    closed = RequirementFactory(organisation=firm, title="CNC machined aluminium parts (closed)",
                                description="CNC machining A6061 aluminium.", status="closed")
    past = RequirementFactory(organisation=firm, title="CNC machined aluminium parts (past deadline)",
                              description="CNC machining A6061 aluminium.", deadline=today() - timedelta(days=1))
    db.session.commit()
    refit()
    return {"owner": owner, "cnc": cnc, "tailor_user": tailor_user, "tailor": tailor, "buyer": buyer,
            "colleague": colleague, "brackets": brackets, "shirts": shirts, "closed": closed, "past": past}


def test_open_matching_requirements_are_listed_with_score_and_reasons(market):
    found = opportunities_for(market["cnc"])
    assert [o.requirement.id for o in found] == [market["brackets"].id]
    assert found[0].score > 0 and found[0].reasons


def test_the_opportunities_page_shows_matches_with_reasons(client, auth, market):
    auth.login(market["owner"].email)
    page = client.get("/opportunities/").get_data(as_text=True)
    assert "Machined aluminium brackets for printer chassis" in page and "Cotton shirts" not in page
    assert "(closed)" not in page and "(past deadline)" not in page
    assert "Score" in page and "Why it matches" in page


def test_the_page_paginates(client, auth, market):
    firm = market["brackets"].organisation
    for n in range(12):
        RequirementFactory(organisation=firm, title=f"CNC aluminium brackets batch {n}",
                           description="CNC machining of A6061 aluminium brackets.")
    db.session.commit()
    auth.login(market["owner"].email)
    first = client.get("/opportunities/").get_data(as_text=True)
    second = client.get("/opportunities/?page=2").get_data(as_text=True)
    assert "13 matching requirements" in first and 'aria-current="page"><strong>1' in first
    assert first.count('class="card opportunity"') == 10 and second.count('class="card opportunity"') == 3


def test_an_empty_state_when_nothing_matches(client, auth, market):
    market["brackets"].status = "closed"
    db.session.commit()
    auth.login(market["owner"].email)
    assert "No open requirement matches your company" in client.get("/opportunities/").get_data(as_text=True)


@pytest.mark.parametrize("who, status", [("buyer", 403), (None, 302)])
def test_only_suppliers_see_opportunities(client, auth, market, who, status):
    if who:
        auth.login(market[who].email)
    assert client.get("/opportunities/").status_code == status


def test_interest_reaches_every_buyer_of_the_firm_and_their_requirement_page(client, auth, market):
    auth.login(market["owner"].email)
    requirement = market["brackets"]
    response = client.post(f"/opportunities/{requirement.id}/interest", data={"message": "20,000 pcs/month OK"})
    assert response.status_code == 302
    interests = interests_for(requirement)
    assert [(i.supplier_id, i.message) for i in interests] == [(market["cnc"].id, "20,000 pcs/month OK")]
    assert interests[0].score > 0
    for buyer in (market["buyer"], market["colleague"]):
        notice = db.session.scalars(db.select(Notification).filter_by(user_id=buyer.id, kind="interest")).one()
        assert "Cơ khí Chính xác Thăng Long" in notice.text and requirement.title in notice.text
    assert db.session.scalar(db.select(AuditEntry).filter_by(action="interest", entity_id=requirement.id))
    page = client.get("/opportunities/").get_data(as_text=True)
    assert "You told the buyer you are interested" in page


def test_interest_is_expressed_once(client, auth, market):
    auth.login(market["owner"].email)
    url = f"/opportunities/{market['brackets'].id}/interest"
    client.post(url, data={"message": "first"})
    response = client.post(url, data={"message": "again"}, follow_redirects=True)
    assert "already told this buyer" in response.get_data(as_text=True)
    assert len(interests_for(market["brackets"])) == 1
    with pytest.raises(AlreadyInterested):
        express_interest(market["cnc"], market["brackets"], market["owner"])


def test_no_interest_in_requirements_that_do_not_match_or_are_closed(client, auth, market):
    auth.login(market["owner"].email)
    for requirement in (market["shirts"], market["closed"]):
        response = client.post(f"/opportunities/{requirement.id}/interest", data={}, follow_redirects=True)
        assert "closed or does not match" in response.get_data(as_text=True)
    assert db.session.scalars(db.select(Interest)).all() == []


def test_buyers_cannot_express_interest(client, auth, market):
    auth.login(market["buyer"].email)
    assert client.post(f"/opportunities/{market['brackets'].id}/interest", data={}).status_code == 403
    assert db.session.scalars(db.select(Interest)).all() == []


def test_matching_suppliers_are_notified_of_a_new_requirement(market):
    told = notify_matching_suppliers(market["brackets"])
    db.session.commit()
    assert told == 1
    notices = db.session.scalars(db.select(Notification).filter_by(kind="match")).all()
    assert [n.user_id for n in notices] == [market["owner"].id]
    assert market["brackets"].title in notices[0].text and notices[0].link == "/opportunities/"


def test_a_high_threshold_notifies_nobody(market):
    assert notify_matching_suppliers(market["brackets"], threshold=1.01) == 0
    assert db.session.scalars(db.select(Notification)).all() == []


def test_the_interests_partial_lists_interested_suppliers(app, market):
    from flask import render_template

    express_interest(market["cnc"], market["brackets"], market["owner"], "Lead time 4 weeks", score=0.8)
    db.session.commit()
    with app.test_request_context():
        html = render_template("suppliers/_interests.html", interests=interests_for(market["brackets"]))
    assert "Cơ khí Chính xác Thăng Long" in html and "Lead time 4 weeks" in html and "0.80" in html
    with app.test_request_context():
        assert "No supplier has expressed interest yet" in render_template("suppliers/_interests.html", interests=[])
