"""Side-by-side comparison of a few suppliers: which to compare, and the rows of the comparison table."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..auth.access import can_see_section, can_view_profile
from ..extensions import db
from .forms import FIVE_S_LABELS, SECTOR_LABELS
from .models import Supplier

MAX_COMPARED = 4


class CompareError(ValueError):
    """The comparison cannot be shown; the message tells the user what to choose instead."""


def requested_ids(args):
    """Supplier ids from ?ids=1,2,3 (or repeated ids=), in the order given, without repeats."""
    ids = []
    for value in args.getlist("ids"):
        for part in value.split(","):
            part = part.strip()
            if part.isdigit() and int(part) not in ids:
                ids.append(int(part))
    if len(ids) > MAX_COMPARED:
        raise CompareError(_("You can compare at most %(max)s suppliers at a time; you chose %(count)s. "
                             "Remove some and try again.", max=MAX_COMPARED, count=len(ids)))
    if len(ids) < 2:
        raise CompareError(_("Choose two to %(max)s suppliers to compare.", max=MAX_COMPARED))
    return ids


def _certifications(supplier):
    return [c.name + (f" ({c.valid_until.isoformat()})" if c.valid_until else "")
            for c in supplier.valid_certifications()]


# (label, profile section whose visibility applies or None for always shown, value)
ROWS = (
    (_l("English name"), "company", lambda s: s.name_en),
    (_l("Enterprise code"), None, lambda s: s.external_id),
    (_l("Sectors"), "company", lambda s: [str(SECTOR_LABELS.get(code, code)) for code in s.sectors or []]),
    (_l("Location"), "location", lambda s: ", ".join(p for p in (s.industrial_zone, s.district, s.province) if p)),
    (_l("Employees"), "company", lambda s: s.employees),
    (_l("Founded"), "company", lambda s: s.founded),
    (_l("5S status"), "programmes", lambda s: str(FIVE_S_LABELS[s.five_s]) if s.five_s in FIVE_S_LABELS else None),
    (_l("Hanoi key industrial product"), "programmes", lambda s: s.key_industrial_product),
    (_l("Verified by DoIT"), None, lambda s: _("yes") if s.verified else _("no")),
    (_l("Capabilities"), "capabilities", lambda s: s.capabilities or []),
    (_l("Products"), "capabilities", lambda s: s.products or []),
    (_l("Materials"), "materials", lambda s: s.materials or []),
    (_l("Valid certifications"), "certifications", _certifications),
    (_l("Export markets"), "markets", lambda s: s.export_markets or []),
    (_l("Languages"), "markets", lambda s: s.languages or []),
)
HIDDEN = object()  # a section the supplier does not show to this viewer


def compare(ids, user):
    """{'suppliers': [Supplier], 'rows': [(label, [value per supplier], differs)]} for the given ids, in order;
    profiles the user may not see are left out, sections hidden from the user show as HIDDEN."""
    found = {s.id: s for s in db.session.scalars(
        select(Supplier).where(Supplier.id.in_(ids)).options(selectinload(Supplier.certifications)))}
    suppliers = [found[i] for i in ids if i in found and can_view_profile(user, found[i])]
    if len(suppliers) < 2:
        raise CompareError(_("Choose two to %(max)s suppliers to compare.", max=MAX_COMPARED))
    rows = []
    for label, section, value in ROWS:
        values = [value(s) if section is None or can_see_section(user, s, section) else HIDDEN for s in suppliers]
        if any(v not in (None, "", [], HIDDEN) for v in values):
            rows.append((label, values, len({repr(v) for v in values}) > 1))
    return {"suppliers": suppliers, "rows": rows, "hidden": HIDDEN}
