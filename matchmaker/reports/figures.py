"""Every figure of the staff dashboard and the six-monthly report, computed once for a period.

Stock figures (suppliers, certificates, 5S, key industrial products) are counted as at the end of the period;
flow figures (new suppliers, registrations, requirements, views, shortlists, events) within it.
"""
from sqlalchemy import and_, func, or_, select

from ..extensions import db
from ..suppliers.models import FIVE_S_LEVELS, SECTORS, Certification, Supplier
from . import activity
from .periods import bounds, parse_period
from .sql import count_list_elements, share

# The standards buyers ask for most; always listed (with zero when nobody holds them), others follow by count.
HEADLINE_CERTIFICATIONS = ("ISO 9001", "ISO 14001", "IATF 16949", "ISO 13485", "ISO 45001")
UNKNOWN = "unknown"


def compute_report(date_from, date_to):
    """All report figures for the period [date_from, date_to] (ISO strings or dates) as a JSON-serialisable dict."""
    date_from, date_to = parse_period(date_from, date_to)
    start, stop = bounds(date_from, date_to)
    suppliers = supplier_figures(start, stop)
    total = suppliers["total"]
    return {
        "period": {"from": date_from.isoformat(), "to": date_to.isoformat(), "days": (date_to - date_from).days + 1},
        "suppliers": suppliers,
        "certifications": certification_figures(date_to, stop, total),
        "five_s": five_s_figures(start, stop, total),
        "key_industrial_products": key_product_figures(date_from, date_to, stop),
        "registrations": activity.registration_figures(date_from, date_to),
        "requirements": activity.requirement_figures(start, stop),
        "matches_viewed": activity.match_view_figures(start, stop),
        "shortlists": activity.shortlist_figures(start, stop),
        "events": activity.event_figures(date_from, date_to),
    }


def _existing(stop):
    return Supplier.created_at < stop


def supplier_figures(start, stop):
    """Suppliers registered by the end of the period, new in it, verified, by sector and by district."""
    new = func.coalesce(func.sum(db.case((Supplier.created_at >= start, 1), else_=0)), 0)
    verified = func.coalesce(func.sum(db.case((and_(
        Supplier.verification == "verified",
        or_(Supplier.verified_at.is_(None), Supplier.verified_at < stop)), 1), else_=0)), 0)
    total, new_count, verified_count = db.session.execute(
        select(func.count(Supplier.id), new, verified).where(_existing(stop))).one()
    in_sector = count_list_elements(Supplier.sectors, _existing(stop), allowed=SECTORS)
    new_in_sector = count_list_elements(Supplier.sectors, _existing(stop), Supplier.created_at >= start,
                                        allowed=SECTORS)
    by_sector = [{"sector": code, "total": in_sector.get(code, 0), "new": new_in_sector.get(code, 0)}
                 for code in SECTORS]
    with_sector = db.session.scalar(select(func.count(Supplier.id)).where(
        _existing(stop), Supplier.id.in_(_ids_with_any_sector(stop))))
    district_rows = db.session.execute(
        select(Supplier.district, func.count(Supplier.id), new)
        .where(_existing(stop)).group_by(Supplier.district))
    by_district = sorted(
        ({"district": district or UNKNOWN, "total": count, "new": int(fresh)}
         for district, count, fresh in district_rows),
        key=lambda row: (row["district"] == UNKNOWN, -row["total"], row["district"]))
    return {
        "total": total, "new": int(new_count), "verified": int(verified_count),
        "verified_share": share(int(verified_count), total),
        "without_sector": total - with_sector,
        "by_sector": by_sector, "by_district": by_district,
    }


def _ids_with_any_sector(stop):
    from .sql import json_elements

    elements = json_elements(Supplier.sectors)
    return (select(Supplier.id).select_from(Supplier).join(elements, db.true())
            .where(_existing(stop), elements.c.value.in_(SECTORS)))


def certification_figures(date_to, stop, total):
    """Suppliers holding each certification that is valid on the last day of the period (expired ones excluded)."""
    valid = or_(Certification.valid_until.is_(None), Certification.valid_until >= date_to)
    joined = select(Certification.normalised_name,
                    func.count(Certification.supplier_id.distinct()),
                    func.count(db.case((Certification.verification == "verified", Certification.supplier_id))
                               .distinct())).join(Supplier).where(_existing(stop), valid)
    rows = {name: (holders, verified) for name, holders, verified in
            db.session.execute(joined.group_by(Certification.normalised_name))}
    others = sorted((name for name in rows if name not in HEADLINE_CERTIFICATIONS), key=lambda n: (-rows[n][0], n))
    coverage = [{"certification": name, "suppliers": rows.get(name, (0, 0))[0],
                 "share": share(rows.get(name, (0, 0))[0], total), "verified": rows.get(name, (0, 0))[1]}
                for name in (*HEADLINE_CERTIFICATIONS, *others)]
    with_any = db.session.scalar(select(func.count(Certification.supplier_id.distinct()))
                                 .join(Supplier).where(_existing(stop), valid))
    expired = db.session.scalar(select(func.count(Certification.id)).join(Supplier).where(
        _existing(stop), Certification.valid_until < date_to))
    return {"as_of": date_to.isoformat(), "suppliers_with_valid": with_any,
            "suppliers_with_valid_share": share(with_any, total), "expired_not_counted": expired,
            "coverage": coverage}


def five_s_figures(start, stop, total):
    """Suppliers at each 5S level at the end of the period, plus 5S/5S3D enrolments when staff records exist."""
    counts = dict(db.session.execute(
        select(Supplier.five_s, func.count(Supplier.id)).where(_existing(stop)).group_by(Supplier.five_s)).all())
    levels = [{"level": level, "suppliers": counts.pop(level, 0)} for level in FIVE_S_LEVELS]
    levels.append({"level": UNKNOWN, "suppliers": sum(counts.values())})
    for row in levels:
        row["share"] = share(row["suppliers"], total)
    return {"levels": levels, "enrolments": activity.five_s_enrolment_figures(start, stop)}


def key_product_figures(date_from, date_to, stop):
    """Companies with a recognised key industrial product by the end of the period, per year and product group."""
    recognised = and_(_existing(stop), Supplier.key_industrial_product.is_not(None),
                      Supplier.key_industrial_product <= date_to.year)
    companies = db.session.scalar(select(func.count(Supplier.id)).where(recognised))
    years = db.session.execute(select(Supplier.key_industrial_product, func.count(Supplier.id))
                               .where(recognised).group_by(Supplier.key_industrial_product)
                               .order_by(Supplier.key_industrial_product))
    groups = count_list_elements(Supplier.sectors, recognised, allowed=SECTORS)
    in_period = db.session.scalar(select(func.count(Supplier.id)).where(
        recognised, Supplier.key_industrial_product >= date_from.year))
    return {
        "companies": companies,
        "recognised_in_period_years": in_period,
        "by_year": [{"year": year, "companies": count} for year, count in years],
        "by_product_group": [{"sector": code, "companies": groups.get(code, 0)} for code in SECTORS],
        "recognitions": activity.recognition_figures(date_from, date_to),
    }
