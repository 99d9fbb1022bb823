"""Report figures from a known fixture: exact numbers, expired certificates and out-of-period records excluded."""
import json
from datetime import date, datetime

import pytest

from matchmaker.extensions import db
from matchmaker.reports.figures import compute_report
from matchmaker.reports.periods import PeriodError, last_full_half_year, months, report_title

FROM, TO = "2026-01-01", "2026-06-30"


def _table(name):
    table = db.metadata.tables.get(name)
    if table is None:
        pytest.skip(f"the {name} table is not installed")
    return table


def test_supplier_counts_at_the_period_end_and_new_within_it(known_data):
    suppliers = compute_report(FROM, TO)["suppliers"]
    # d was created on 1 July (after the period): counted nowhere; e on 31 Dec 2025: counted, but not as new.
    assert (suppliers["total"], suppliers["new"]) == (4, 2)
    # c was verified only in August, after the period.
    assert (suppliers["verified"], suppliers["verified_share"]) == (1, 25.0)
    by_sector = {row["sector"]: (row["total"], row["new"]) for row in suppliers["by_sector"]}
    assert by_sector == {"mechanical": (2, 1), "electrical-electronics": (1, 1), "it": (1, 1),
                         "food-processing": (1, 0), "textile-garment-footwear": (0, 0),
                         "chemicals-rubber-plastics-pharma": (0, 0), "construction-materials": (0, 0),
                         "handicrafts": (0, 0)}
    assert suppliers["by_district"] == [{"district": "Thạch Thất", "total": 2, "new": 0},
                                        {"district": "Đông Anh", "total": 1, "new": 1},
                                        {"district": "unknown", "total": 1, "new": 1}]


def test_certification_coverage_counts_only_certificates_valid_at_the_period_end(known_data):
    certifications = compute_report(FROM, TO)["certifications"]
    coverage = {row["certification"]: (row["suppliers"], row["share"], row["verified"])
                for row in certifications["coverage"]}
    # ISO 9001: a (no expiry, verified) and b (valid through the last day); d's comes after the period.
    assert coverage["ISO 9001"] == (2, 50.0, 1)
    assert coverage["ISO 14001"] == (0, 0.0, 0)  # a's expired on 1 March
    assert coverage["IATF 16949"] == (1, 25.0, 0)
    assert coverage["ISO 13485"] == (0, 0.0, 0)
    assert coverage["ISO 45001"] == (1, 25.0, 0)
    assert [row["certification"] for row in certifications["coverage"]][:5] == [
        "ISO 9001", "ISO 14001", "IATF 16949", "ISO 13485", "ISO 45001"]
    assert certifications["suppliers_with_valid"] == 3
    assert certifications["expired_not_counted"] == 1


def test_an_expired_certificate_counts_in_an_earlier_period(known_data):
    coverage = compute_report("2026-01-01", "2026-02-28")["certifications"]["coverage"]
    assert next(row for row in coverage if row["certification"] == "ISO 14001")["suppliers"] == 1


def test_five_s_distribution_and_key_industrial_products(known_data):
    report = compute_report(FROM, TO)
    assert [(row["level"], row["suppliers"]) for row in report["five_s"]["levels"]] == [
        ("none", 0), ("training", 1), ("implemented", 1), ("certified", 1), ("unknown", 1)]
    kip = report["key_industrial_products"]
    assert kip["companies"] == 3  # a (2021), c (2026), e (2019); d came after the period
    assert kip["by_year"] == [{"year": 2019, "companies": 1}, {"year": 2021, "companies": 1},
                              {"year": 2026, "companies": 1}]
    assert kip["recognised_in_period_years"] == 1
    groups = {row["sector"]: row["companies"] for row in kip["by_product_group"]}
    assert (groups["mechanical"], groups["it"], groups["food-processing"], groups["handicrafts"]) == (1, 1, 1, 0)


def test_registrations_per_month_by_role(known_data):
    registrations = compute_report(FROM, TO)["registrations"]
    assert registrations["users"] == 3
    assert registrations["by_role"] == {"buyer": 1, "supplier": 1, "staff": 1, "admin": 0}
    by_month = {row["month"]: row for row in registrations["by_month"]}
    assert list(by_month) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    assert (by_month["2026-03"]["buyer"], by_month["2026-03"]["supplier"], by_month["2026-03"]["total"]) == (1, 1, 2)
    assert (by_month["2026-06"]["staff"], by_month["2026-06"]["total"]) == (1, 1)
    assert [row["supplier_profiles"] for row in registrations["by_month"]] == [0, 1, 0, 0, 1, 0]


def test_requirements_and_shortlists_in_the_period(known_data):
    report = compute_report(FROM, TO)
    requirements = report["requirements"]
    assert (requirements["posted"], requirements["buyer_organisations"], requirements["still_open"]) == (2, 1, 1)
    sectors = {row["sector"]: row["requirements"] for row in requirements["by_sector"]}
    assert (sectors["mechanical"], sectors["it"], sectors["handicrafts"]) == (2, 1, 0)
    shortlists = report["shortlists"]
    assert (shortlists["created"], shortlists["entries"], shortlists["suppliers"]) == (1, 2, 2)
    statuses = {row["status"]: row["entries"] for row in shortlists["by_status"]}
    assert statuses == {"to_contact": 1, "contacted": 1, "meeting": 0, "qualified": 0, "rejected": 0}


def test_matches_viewed_within_the_period(known_data):
    views = _table("match_views")
    a, b, requirement, buyer = known_data["a"], known_data["b"], known_data["requirement"], known_data["buyer"]
    db.session.execute(views.insert(), [
        {"requirement_id": requirement.id, "supplier_id": a.id, "user_id": buyer.id, "at": datetime(2026, 4, 3)},
        {"requirement_id": requirement.id, "supplier_id": b.id, "user_id": buyer.id, "at": datetime(2026, 4, 3)},
        {"requirement_id": requirement.id, "supplier_id": known_data["c"].id, "user_id": buyer.id,
         "at": datetime(2026, 7, 3)},
    ])
    db.session.commit()
    viewed = compute_report(FROM, TO)["matches_viewed"]
    assert (viewed["views"], viewed["buyers"], viewed["suppliers"], viewed["requirements"]) == (2, 1, 2, 1)


def _event(events, name, starts_on):
    statement = events.insert().values(name=name, venue="Cung Văn hóa Hữu nghị", starts_on=starts_on,
                                       ends_on=starts_on).returning(events.c.id)
    return db.session.execute(statement).scalar()


def test_events_meetings_and_deals_of_events_in_the_period(known_data):
    events, participants = _table("events"), _table("event_participants")
    meetings, feedback = _table("event_meetings"), _table("event_feedback")
    inside, outside = _event(events, "Hội chợ CNHT 2026", date(2026, 5, 10)), _event(events, "Later", date(2026, 8, 1))
    buyer_org, supplier = known_data["buyer"].organisation_id, known_data["b"]
    people = {}
    for event in (inside, outside):
        people[event] = [db.session.execute(participants.insert().values(
            event_id=event, organisation_id=organisation, kind=kind, supplier_id=supplier_id)
            .returning(participants.c.id)).scalar()
            for organisation, kind, supplier_id in ((buyer_org, "buyer", None),
                                                    (supplier.organisation_id, "supplier", supplier.id))]

    def meeting(event, slot, status):
        buyer_id, supplier_id = people[event]
        return db.session.execute(meetings.insert().values(
            event_id=event, buyer_id=buyer_id, supplier_id=supplier_id, slot=slot, table_number=1, status=status)
            .returning(meetings.c.id)).scalar()

    held, _, _ = meeting(inside, 0, "held"), meeting(inside, 1, "no_show"), meeting(inside, 2, "scheduled")
    later = meeting(outside, 0, "held")
    db.session.execute(feedback.insert(), [
        {"meeting_id": held, "event_id": inside, "side": "buyer", "round": 1, "agreement_reached": True,
         "estimated_value_usd": 50000},
        {"meeting_id": held, "event_id": inside, "side": "supplier", "round": 1, "agreement_reached": True,
         "estimated_value_usd": 40000},
        {"meeting_id": later, "event_id": outside, "side": "buyer", "round": 1, "agreement_reached": True,
         "estimated_value_usd": 99999},
    ])
    db.session.commit()
    figures = compute_report(FROM, TO)["events"]
    assert figures == {"events": 1, "participants": 2, "meetings_scheduled": 3, "meetings_held": 1, "no_shows": 1,
                       "deals": 1, "deal_value_usd": 50000, "note": ""}


def test_recognitions_and_five_s_enrolments_from_staff_records(known_data):
    recognitions, enrolments = _table("recognitions"), _table("five_s_enrolments")
    a, c = known_data["a"], known_data["c"]
    db.session.execute(recognitions.insert(), [
        {"supplier_id": a.id, "year": 2021, "product": "Trục bánh răng", "product_group": "mechanical"},
        {"supplier_id": a.id, "year": 2026, "product": "Bạc lót", "product_group": "mechanical"},
        {"supplier_id": c.id, "year": 2027, "product": "Phần mềm MES", "product_group": "it"},
    ])
    db.session.execute(enrolments.insert(), [
        {"supplier_id": a.id, "programme": "5S3D", "enrolled_on": date(2026, 2, 1), "completed_on": date(2026, 6, 30),
         "certified_on": date(2026, 7, 1)},
        {"supplier_id": c.id, "programme": "5S", "enrolled_on": date(2025, 12, 31), "completed_on": None,
         "certified_on": None},
    ])
    db.session.commit()
    report = compute_report(FROM, TO)
    recognised = report["key_industrial_products"]["recognitions"]
    assert (recognised["products"], recognised["companies"], recognised["in_period_years"]) == (2, 1, 1)
    assert recognised["by_year"] == [{"year": 2021, "products": 1}, {"year": 2026, "products": 1}]
    assert {row["sector"]: row["products"] for row in recognised["by_product_group"]}["mechanical"] == 2
    enrolled = report["five_s"]["enrolments"]
    assert (enrolled["enrolled"], enrolled["completed"], enrolled["certified"]) == (1, 1, 0)


def test_the_report_is_json_with_a_stable_key_order(known_data):
    first, second = compute_report(FROM, TO), compute_report(date(2026, 1, 1), date(2026, 6, 30))
    assert json.dumps(first, ensure_ascii=False) == json.dumps(second, ensure_ascii=False)
    assert list(first) == ["period", "suppliers", "certifications", "five_s", "key_industrial_products",
                           "registrations", "requirements", "matches_viewed", "shortlists", "events"]
    assert first["period"] == {"from": FROM, "to": TO, "days": 181}


def test_an_empty_database_gives_zeros_not_errors():
    report = compute_report(FROM, TO)
    assert report["suppliers"]["total"] == 0 and report["suppliers"]["verified_share"] == 0.0
    assert report["certifications"]["coverage"][0] == {"certification": "ISO 9001", "suppliers": 0, "share": 0.0,
                                                       "verified": 0}


def test_periods():
    assert last_full_half_year(date(2026, 11, 21)) == (date(2026, 1, 1), date(2026, 6, 30))
    assert last_full_half_year(date(2026, 3, 2)) == (date(2025, 7, 1), date(2025, 12, 31))
    assert [label for label, _, _ in months(date(2025, 11, 15), date(2026, 2, 1))] == [
        "2025-11", "2025-12", "2026-01", "2026-02"]
    assert report_title(date(2026, 1, 1), date(2026, 6, 30))[0] == "Báo cáo sáu tháng đầu năm 2026"
    assert report_title(date(2026, 7, 1), date(2026, 12, 31))[0] == "Báo cáo sáu tháng cuối năm 2026"
    with pytest.raises(PeriodError, match="after"):
        compute_report("2026-06-30", "2026-01-01")
    with pytest.raises(PeriodError, match="YYYY-MM-DD"):
        compute_report("30/06/2026", "2026-07-01")
