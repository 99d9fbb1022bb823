"""Merging two records of one company: every row that points at either supplier ends up on the survivor.

References are found generically from the metadata's foreign keys, so tables other features add later are
covered without changes here. A row that would break a unique constraint after re-pointing (the same
supplier twice on one shortlist) is folded into the survivor's row: its own children move first, then it goes.
"""
from sqlalchemy import and_, delete, func, select, update

from ..audit.services import record
from ..extensions import db
from ..suppliers.models import FIVE_S_LEVELS, Certification, Supplier
from ..suppliers.records import to_record
from ..suppliers.services import update_profile
from ..suppliers.validation import RecordError
from .models import DuplicateDismissal, Recognition
from .programmes import sync_key_industrial_product

LIST_FIELDS = ("sectors", "capabilities", "products", "materials", "export_markets", "languages")
TEXT_FIELDS = ("name_en", "description", "employees", "founded", "province", "district", "industrial_zone")


class MergeError(ValueError):
    """A merge was refused; the message is fit to show."""


def references_to(table_name):
    """(table, column) for every foreign key in the metadata that points at `table_name`.id."""
    found = []
    for table in db.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name and fk.column.name == "id":
                found.append((table, fk.parent))
    return found


def _unique_sets(table, column):
    sets = [set(c.columns) for c in table.constraints if c.__class__.__name__ == "UniqueConstraint"]
    sets += [set(i.columns) for i in table.indexes if i.unique]
    return [s for s in sets if column in s]


def _fold_clashes(table, column, old, new):
    """Rows that would duplicate one of the survivor's after re-pointing: move their children onto the
    survivor's twin, then delete them. Returns how many were folded."""
    primary = list(table.primary_key.columns)
    if len(primary) != 1:
        return 0
    key = primary[0].name
    folded = 0
    for unique in _unique_sets(table, column):
        moved, kept = table.alias("moved"), table.alias("kept")
        same = [kept.c[c.name] == moved.c[c.name] for c in unique if c is not column]
        pairs = db.session.execute(select(moved.c[key], kept.c[key]).join(
            kept, and_(kept.c[column.name] == new, *same)).where(moved.c[column.name] == old)).all()
        for drop_id, keep_id in pairs:
            for child, child_column in references_to(table.name):
                db.session.execute(update(child).where(child_column == drop_id).values({child_column.name: keep_id}))
            db.session.execute(delete(table).where(table.c[key] == drop_id))
            folded += 1
    return folded


def repoint(table_name, old, new, skip=()):
    """Point every reference to `table_name` row `old` at row `new`; returns {table: (moved, folded)}."""
    counts = {}
    for table, column in references_to(table_name):
        if table.name in skip:
            continue
        folded = _fold_clashes(table, column, old, new)
        moved = db.session.execute(update(table).where(column == old).values({column.name: new})).rowcount
        if moved or folded:
            key = f"{table.name}.{column.name}"
            previous = counts.get(key, (0, 0))
            counts[key] = (previous[0] + moved, previous[1] + folded)
    return counts


def merged_fields(survivor, absorbed):
    """Profile changes for the survivor: its empty fields filled and its lists extended from the other record."""
    mine, theirs = to_record(survivor), to_record(absorbed)
    changes = {}
    for field in LIST_FIELDS:
        extra = [v for v in theirs.get(field, []) if v not in mine.get(field, [])]
        if extra:
            changes[field] = mine.get(field, []) + extra
    for field in TEXT_FIELDS:
        if mine.get(field) in (None, "") and theirs.get(field) not in (None, ""):
            changes[field] = theirs[field]
    contact = dict(theirs.get("contact") or {}, **(mine.get("contact") or {}))
    if contact != (mine.get("contact") or {}):
        changes["contact"] = contact
    years = [y for y in (survivor.key_industrial_product, absorbed.key_industrial_product) if y]
    if years and min(years) != survivor.key_industrial_product:
        changes["key_industrial_product"] = min(years)
    rank = {level: i for i, level in enumerate(FIVE_S_LEVELS)}
    if rank.get(absorbed.five_s, -1) > rank.get(survivor.five_s, -1):
        changes["five_s"] = absorbed.five_s
    return changes


def _merge_organisations(survivor, absorbed):
    """The company's accounts follow its records. Returns the absorbed organisation's id when its references
    must move to the survivor's organisation (both records had one), else None."""
    if absorbed.organisation_id is None:
        return None
    if survivor.organisation_id is None:
        organisation_id, absorbed.organisation_id = absorbed.organisation_id, None
        db.session.flush()
        survivor.organisation_id = organisation_id
        return None
    return absorbed.organisation_id


def merge_suppliers(survivor, absorbed, user):
    """Merge `absorbed` into `survivor` and delete it; audited. Returns the summary of moved rows."""
    if survivor.id == absorbed.id:
        raise MergeError("Choose two different suppliers.")
    survivor_id, absorbed_id = survivor.id, absorbed.id
    label = f"{absorbed.external_id} {absorbed.name}"
    changes = merged_fields(survivor, absorbed)
    if changes:
        try:
            update_profile(survivor, changes, user, source="merge")
        except RecordError:
            changes = {}  # the survivor keeps its own values; nothing of the other record is lost below
    old_organisation = _merge_organisations(survivor, absorbed)
    db.session.execute(delete(DuplicateDismissal).where(
        DuplicateDismissal.first_id.in_((survivor_id, absorbed_id)),
        DuplicateDismissal.second_id.in_((survivor_id, absorbed_id))))
    # Certificates of the absorbed record follow the survivor's in its list.
    offset = (db.session.scalar(select(func.max(Certification.position)).filter_by(supplier_id=survivor_id)) or 0) + 1
    db.session.execute(update(Certification).where(Certification.supplier_id == absorbed_id)
                       .values(position=Certification.position + offset))
    db.session.flush()
    counts = repoint("suppliers", absorbed_id, survivor_id)
    db.session.expire_all()
    db.session.execute(delete(Supplier.__table__).where(Supplier.__table__.c.id == absorbed_id))
    db.session.expunge(absorbed)
    if old_organisation is not None:
        counts.update(repoint("organisations", old_organisation, survivor.organisation_id, skip=("suppliers",)))
    if db.session.scalar(select(Recognition.id).filter_by(supplier_id=survivor_id).limit(1)):
        sync_key_industrial_product(survivor, user)  # the absorbed record's recognitions count now
    summary = {key: list(value) for key, value in counts.items()}
    record("merge", "supplier", survivor_id,
           {"merged": [label, None], "fields": [None, sorted(changes)], "rows": [None, summary]},
           user, survivor_id, "staff")
    return summary
