"""A requirement's ranked matches as the matches page shows them: the engine ranks, the facet filters narrow."""
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import load_only

from ..auth.access import can_view_profile, visible_sections
from ..extensions import db
from ..matches.services import ranking, requirement_payload
from ..suppliers.models import Supplier
from ..timeutil import today
from .evidence import EVIDENCE_SECTIONS, evidence
from .filters import matching_suppliers
from .records import to_record

TOP = 50
# What the matches page and its evidence read of a supplier: the other JSON columns are not decoded for 50 rows.
SHOWN_COLUMNS = (Supplier.id, Supplier.external_id, Supplier.organisation_id, Supplier.name, Supplier.name_en,
                 Supplier.description, Supplier.capabilities, Supplier.products, Supplier.materials,
                 Supplier.key_industrial_product, Supplier.province, Supplier.verification, Supplier.visibility,
                 Supplier.visibility_minimum, Supplier.published)


@dataclass
class MatchRow:
    rank: int
    supplier: Supplier
    score: float
    reasons: list
    evidence: dict = field(default_factory=dict)

    @property
    def percent(self):
        """The score as a bar width (0-100)."""
        return max(0, min(100, round(self.score * 100)))


def ranked_matches(requirement, filters, user, top=TOP):
    """MatchRows for the requirement, best first; filters pass only suppliers that satisfy them as candidates.
    Profiles the user may not see are left out, and evidence comes only from sections shown to the user."""
    candidates = set(matching_suppliers(filters).values()) if filters else None
    if candidates is not None and not candidates:
        return []
    # The ranking without the contract result's name look-up: the supplier rows loaded below carry the names.
    matches = ranking(requirement_payload(to_record(requirement)), top, today(), candidates)
    external_ids = [match.external_id for match in matches]
    suppliers = {s.external_id: s for s in db.session.scalars(
        select(Supplier).where(Supplier.external_id.in_(external_ids)).options(load_only(*SHOWN_COLUMNS)))}
    rows = []
    for match in matches:
        supplier = suppliers.get(match.external_id)
        if supplier is None or not can_view_profile(user, supplier):  # gone since the model was updated, or hidden
            continue
        shown = visible_sections(user, supplier, EVIDENCE_SECTIONS)
        rows.append(MatchRow(len(rows) + 1, supplier, round(float(match.score), 4), list(match.reasons),
                             evidence(supplier, match.reasons, shown)))
    return rows
