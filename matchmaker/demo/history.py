"""Demo realism over time: spread creation, update and verification dates over the past 18 months, so that
dashboards, six-monthly reports and 'possibly outdated' notices have something to show on a fresh install."""
import random
from datetime import timedelta

from ..buyers.models import Requirement
from ..extensions import db
from ..suppliers.models import Supplier
from ..timeutil import utcnow

HISTORY_DAYS = 540


def backdate_suppliers(supplier_ids, seed=2026):
    """Give newly loaded demo suppliers creation dates over the past 18 months (deterministic per seed)."""
    rng, now = random.Random(seed), utcnow()
    for supplier_id in supplier_ids:
        supplier = db.session.get(Supplier, supplier_id)
        created = now - timedelta(days=rng.randint(7, HISTORY_DAYS), hours=rng.randint(0, 23))
        supplier.created_at = created
        # Most companies touched their profile lately; about one in ten has not for over a year.
        supplier.updated_at = max(created, now - timedelta(days=rng.choice([rng.randint(1, 200)] * 9 + [400])))
        if supplier.verification == "verified":
            supplier.verified_at = min(now, created + timedelta(days=rng.randint(3, 30)))


def backdate_requirements(external_ids, seed=2026):
    """Spread the demo requirements' posting dates over the past year."""
    rng, now = random.Random(seed + 1), utcnow()
    for requirement in db.session.scalars(db.select(Requirement).where(Requirement.external_id.in_(external_ids))):
        requirement.created_at = requirement.updated_at = now - timedelta(days=rng.randint(1, 365))
