"""A requirement's ranked matches as the matches page shows them: the engine ranks, the facet filters narrow."""
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..auth.access import can_see_section, can_view_profile
from ..extensions import db
from ..matches.services import match_result
from ..suppliers.models import Supplier
from .evidence import EVIDENCE_SECTIONS, evidence
from .filters import matching_suppliers
from .records import to_record

TOP = 50


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
    result = match_result(to_record(requirement), top=top, candidates=candidates)
    external_ids = [item["external_id"] for item in result["results"]]
    suppliers = {s.external_id: s for s in db.session.scalars(
        select(Supplier).where(Supplier.external_id.in_(external_ids)).options(selectinload(Supplier.certifications)))}
    rows = []
    for item in result["results"]:
        supplier = suppliers.get(item["external_id"])
        if supplier is None or not can_view_profile(user, supplier):  # gone since the model was updated, or hidden
            continue
        shown = {section for section in EVIDENCE_SECTIONS if can_see_section(user, supplier, section)}
        rows.append(MatchRow(len(rows) + 1, supplier, item["score"], item["reasons"],
                             evidence(supplier, item["reasons"], shown)))
    return rows
