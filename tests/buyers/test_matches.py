"""A requirement's ranked matches: reasons, highlighted evidence, facet filters, re-ranking after edits, views."""
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from matchmaker.buyers.evidence import evidence, supplier_words
from matchmaker.buyers.filters import matching_suppliers, parse_filters
from matchmaker.buyers.models import MatchView
from matchmaker.extensions import db
from tests.factories import CertificationFactory


def _page(client, market, query=""):
    return client.get(f"/requirements/{market['requirement'].id}{query}").get_data(as_text=True)


def test_an_english_requirement_ranks_vietnamese_suppliers_with_reasons_and_marked_evidence(client, auth, market):
    auth.login(market["buyer"].email)
    page = _page(client, market)
    first, second = page.index("Cơ khí Chính xác Thăng Long"), page.index("Cơ khí Bắc Ninh")
    assert first < second and "May mặc Hà Đông" not in page
    assert "capability: CNC milling ↔ phay CNC" in page
    assert "<mark>phay CNC</mark>" in page and "<meter" in page
    assert "2 matching suppliers" in page or "3 matching suppliers" in page


def test_facet_filters_narrow_the_candidates_and_keep_the_engine_s_order(client, auth, market):
    auth.login(market["buyer"].email)
    hanoi = _page(client, market, "?province=Hà Nội")
    assert "Cơ khí Chính xác Thăng Long" in hanoi and "Cơ khí Bắc Ninh" not in hanoi
    verified = _page(client, market, "?verified=1")
    assert "Cơ khí Chính xác Thăng Long" in verified and "Cơ khí Bắc Ninh" not in verified
    iso = _page(client, market, "?certification=iso9001")
    assert "Cơ khí Chính xác Thăng Long" in iso and "Cơ khí Bắc Ninh" not in iso
    five_s = _page(client, market, "?five_s=implemented")
    assert "Cơ khí Bắc Ninh" not in five_s
    kip = _page(client, market, "?kip=1")
    assert "Cơ khí Bắc Ninh" not in kip and "Cơ khí Chính xác Thăng Long" in kip
    nothing = _page(client, market, "?sector=handicrafts")
    assert "No supplier meets the requirement and these filters" in nothing


def test_matches_are_ranked_again_after_an_edit(client, auth, market):
    auth.login(market["buyer"].email)
    assert "Cơ khí Bắc Ninh" in _page(client, market)
    client.post(f"/requirements/{market['requirement'].id}/edit",
                data={"title": market["requirement"].title, "description": market["requirement"].description,
                      "required_certifications": "ISO 9001", "sectors": ["mechanical"]})
    page = _page(client, market)
    assert "Cơ khí Bắc Ninh" not in page and "Cơ khí Chính xác Thăng Long" in page


def test_viewing_matches_is_recorded_once_per_supplier(client, auth, market):
    auth.login(market["buyer"].email)
    _page(client, market)
    _page(client, market)
    views = db.session.execute(select(MatchView.supplier_id, MatchView.user_id)).all()
    assert (market["thang_long"].id, market["buyer"].id) in views
    assert len(views) == len(set(views)) >= 2
    assert db.session.scalar(select(func.count(MatchView.id)).filter_by(requirement_id=market["requirement"].id)) \
        == len(views)


def test_a_closed_requirement_still_shows_its_matches_with_a_notice(client, auth, market):
    market["requirement"].status = "closed"
    db.session.commit()
    auth.login(market["buyer"].email)
    page = _page(client, market)
    assert "This requirement is closed" in page and "Cơ khí Chính xác Thăng Long" in page


def test_unpublished_suppliers_are_not_shown_to_buyers(client, auth, market):
    market["bac_ninh"].published = False
    db.session.commit()
    auth.login(market["buyer"].email)
    assert "Cơ khí Bắc Ninh" not in _page(client, market)


def test_parse_filters_keeps_known_values_only():
    args = MultiDict([("sector", "mechanical"), ("sector", "rockets"), ("province", " Hà Nội "), ("five_s", "none"),
                      ("certification", "iso 9001:2015"), ("verified", "1"), ("kip", "0"), ("size", "huge")])
    assert parse_filters(args) == {"sector": ["mechanical"], "province": ["Hà Nội"], "certification": ["ISO 9001"],
                                   "verified": True}


def test_certification_filters_need_every_certificate_valid(market):
    CertificationFactory(supplier=market["bac_ninh"], name="ISO 9001", normalised_name="ISO 9001",
                         valid_until=__import__("datetime").date(2020, 1, 1))
    db.session.commit()
    passing = matching_suppliers({"certification": ["ISO 9001"]})
    assert set(passing) == {market["thang_long"].id}
    assert matching_suppliers({"certification": ["ISO 9001", "ISO 14001"]}) == {}


def test_evidence_marks_the_supplier_words_named_in_the_reasons(market):
    reasons = ["capability: CNC milling ↔ phay CNC", "material: A6061 ↔ nhôm A6061", "sector: mechanical"]
    assert supplier_words(reasons) == ["phay CNC", "nhôm A6061"]
    found = evidence(market["thang_long"], reasons)
    assert "<mark>phay CNC</mark>" in found["capabilities"][0]
    assert "<mark>nhôm A6061</mark>" in found["materials"][0]
    assert evidence(market["thang_long"], ["sector: mechanical"]) == {}


def test_evidence_escapes_the_supplier_s_text(market):
    market["thang_long"].capabilities = ["<script>alert(1)</script> phay CNC"]
    found = evidence(market["thang_long"], ["capability: phay CNC"])
    assert "<script>" not in found["capabilities"][0] and "&lt;script&gt;" in found["capabilities"][0]
