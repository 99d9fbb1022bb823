"""Loading the generated demo data through the same services real data goes through."""
from sqlalchemy import func, select

from ..auth.models import Organisation
from ..auth.services import create_user, find_user
from ..buyers.models import Requirement
from ..buyers.services import save_requirement
from ..events.demo import seed_demo_event
from ..extensions import db
from ..search.sync import one_announcement
from ..suppliers.importer import import_items
from ..suppliers.models import Supplier
from .generator import demo_accounts, generate
from .history import backdate_requirements, backdate_suppliers


def _organisation(kind, name, country=None):
    found = db.session.scalar(select(Organisation).filter_by(kind=kind, name=name))
    if found is None:
        found = Organisation(kind=kind, name=name, country=country)
        db.session.add(found)
    return found


def _verify_most(report):
    # Demo realism: DoIT has already verified four in five of the imported companies.
    for index, supplier_id in enumerate(report.changed_ids):
        if index % 5:
            supplier = db.session.get(Supplier, supplier_id)
            if supplier.verification == "pending":
                supplier.verification = "verified"


def _accounts(data):
    first_supplier = db.session.scalar(select(Supplier).filter_by(external_id=data.suppliers[0]["external_id"]))
    accounts = demo_accounts()
    for account in accounts:
        if find_user(account["email"]):
            continue
        role = account["role"]
        if role == "supplier":
            organisation = first_supplier.organisation or _organisation("supplier", first_supplier.name)
            first_supplier.organisation = organisation
        elif role == "buyer":
            organisation = _organisation("buyer", data.buyers[0]["name"])
        else:
            organisation = _organisation("doit", account.get("organisation") or "Sở Công Thương Hà Nội")
        create_user(account["email"], account["password"], role, name=account.get("name", ""),
                    organisation=organisation)
    return accounts


def _requirement_exists(external_id):
    return db.session.scalar(select(Requirement.id).filter_by(external_id=external_id)) is not None


def database_is_empty():
    """True when no supplier exists yet."""
    return db.session.scalar(select(Supplier.id).limit(1)) is None


def seed(seed_value=2026):
    """Load the demo data set; existing records are updated, never duplicated. Returns a summary."""
    # The import commits chunk by chunk; the index and the match model follow once, with every demo supplier.
    with one_announcement():
        data = generate(seed_value)
        report = import_items(enumerate(data.suppliers, start=1), source="demo")
        _verify_most(report)
        backdate_suppliers(report.changed_ids, seed_value)
        buyers = {b["name"]: _organisation("buyer", b["name"], b.get("country")) for b in data.buyers}
        db.session.flush()
        new_requirements = [r["external_id"] for r in data.requirements if not _requirement_exists(r["external_id"])]
        for requirement in data.requirements:
            save_requirement(requirement, organisation=buyers.get(requirement.get("buyer")), source="demo")
        db.session.flush()
        backdate_requirements(new_requirements, seed_value)
        accounts = _accounts(data)
        db.session.commit()
        seed_demo_event()
        db.session.commit()
    return {"suppliers": db.session.scalar(select(func.count(Supplier.id))), "buyers": len(buyers),
            "requirements": len(data.requirements), "accounts": accounts, "report": report}
