"""Facet filters over suppliers (sector, province, district, size, 5S, verified, key industrial product, certification).

They narrow the candidates of a requirement's matches (the engine still ranks them) and the suppliers a saved search
announces. The semantics follow matchmaker.search.query: sector, province, district and size match any chosen
value, certifications must all be held validly, five_s is a minimum level, kip and verified keep only suppliers
that have them.
"""
from sqlalchemy import and_, func, or_, select

from ..caching import LRUCache
from ..extensions import db
from ..matches.store import current_model
from ..matching.certifications import normalise_certification
from ..search.query import SIZE_BANDS
from ..suppliers.models import FIVE_S_LEVELS, SECTORS, Certification, Supplier
from ..timeutil import today

SIZE_CODES = {code: (low, high) for code, low, high in SIZE_BANDS}
FLAG_FILTERS = ("kip", "verified")
TRUE = ("1", "true", "on", "yes")


def parse_filters(args):
    """The filters chosen in a query string (a MultiDict), leaving out empty and unknown values."""
    filters = {}
    sectors = [s for s in args.getlist("sector") if s in SECTORS]
    if sectors:
        filters["sector"] = sectors
    for name in ("province", "district"):
        values = [v.strip() for v in args.getlist(name) if v.strip()]
        if values:
            filters[name] = values
    sizes = [v for v in args.getlist("size") if v in SIZE_CODES]
    if sizes:
        filters["size"] = sizes
    certifications = [normalise_certification(c) for c in args.getlist("certification") if c.strip()]
    if certifications:
        filters["certification"] = sorted(set(certifications))
    if args.get("five_s") in FIVE_S_LEVELS[1:]:
        filters["five_s"] = args["five_s"]
    for flag in FLAG_FILTERS:
        if str(args.get(flag, "")).lower() in TRUE:
            filters[flag] = True
    return filters


def _levels_from(minimum):
    return list(FIVE_S_LEVELS[FIVE_S_LEVELS.index(minimum):])


def _size_condition(code):
    low, high = SIZE_CODES[code]
    condition = Supplier.employees >= low
    return condition if high is None else and_(condition, Supplier.employees <= high)


def _certified_ids(names, on):
    """Ids of suppliers holding every named certification validly on the date."""
    query = (select(Certification.supplier_id)
             .where(Certification.normalised_name.in_(names),
                    (Certification.valid_until.is_(None)) | (Certification.valid_until >= on))
             .group_by(Certification.supplier_id)
             .having(func.count(func.distinct(Certification.normalised_name)) == len(names)))
    return set(db.session.scalars(query))


def matching_suppliers(filters, supplier_ids=None, on=None):
    """{supplier id: external id} of the suppliers passing the filters (optionally among the given ids)."""
    query = select(Supplier.id, Supplier.external_id, Supplier.sectors)
    if supplier_ids is not None:
        query = query.where(Supplier.id.in_(list(supplier_ids)))
    if filters.get("province"):
        query = query.where(Supplier.province.in_(filters["province"]))
    if filters.get("district"):
        query = query.where(Supplier.district.in_(filters["district"]))
    if filters.get("size"):
        query = query.where(or_(*(_size_condition(code) for code in filters["size"])))
    if filters.get("five_s"):
        query = query.where(Supplier.five_s.in_(_levels_from(filters["five_s"])))
    if filters.get("verified"):
        query = query.where(Supplier.verification == "verified")
    if filters.get("kip"):
        query = query.where(Supplier.key_industrial_product.is_not(None))
    certified = _certified_ids(filters["certification"], on or today()) if filters.get("certification") else None
    wanted_sectors = set(filters.get("sector") or [])
    passing = {}
    # Sectors are a JSON list: checked here rather than in SQL, so SQLite and PostgreSQL behave the same.
    for supplier_id, external_id, sectors in db.session.execute(query):
        if certified is not None and supplier_id not in certified:
            continue
        if wanted_sectors and not wanted_sectors & set(sectors or []):
            continue
        passing[supplier_id] = external_id
    return passing


# Two aggregates over every supplier and certification on each matches page; every supplier change saves a new
# match model, so under its version the counts are those of today's data.
_options = LRUCache(8)


def facet_options(limit=25):
    """The values offered in the filter panel: provinces and the most common certifications, by frequency."""
    key = (current_model()[1], limit)
    options = _options.get(key)
    if options is None:
        options = _facet_options(limit)
        _options.put(key, options)
    return options


def _facet_options(limit):
    provinces = db.session.execute(
        select(Supplier.province, func.count(Supplier.id)).where(Supplier.province.is_not(None))
        .group_by(Supplier.province).order_by(func.count(Supplier.id).desc(), Supplier.province).limit(limit))
    certifications = db.session.execute(
        select(Certification.normalised_name, func.count(func.distinct(Certification.supplier_id)))
        .group_by(Certification.normalised_name)
        .order_by(func.count(func.distinct(Certification.supplier_id)).desc(), Certification.normalised_name)
        .limit(limit))
    return {"sector": list(SECTORS), "province": [p for p, _ in provinces],
            "certification": [c for c, _ in certifications], "five_s": list(FIVE_S_LEVELS[1:])}
