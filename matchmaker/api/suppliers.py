"""Suppliers: search with the web search's filters, read one profile (as its visibility allows), update one's own."""
from sqlalchemy.orm import selectinload

from ..auth.access import can_edit_supplier, can_see_section, can_view_profile
from ..extensions import db
from ..search.query import MAX_PAGE, SearchQuery, clean_filters
from ..search.service import search_suppliers, suppliers_in_order
from ..suppliers.models import Supplier
from ..suppliers.records import to_record
from ..suppliers.services import update_profile
from ..suppliers.validation import RecordError, validate_supplier
from ..suppliers.visibility import SECTIONS
from .auth import api_user
from .blueprint import blueprint
from .errors import ApiError, record_error_fields
from .inputs import contract_errors, load_json, load_query
from .openapi import operation
from .pagination import paged
from .schemas import SupplierPageSchema, SupplierRecordSchema, SupplierSchema, SupplierSearchArgs

# Contract fields -> the profile section (suppliers.visibility) whose setting decides who sees them.
# external_id and name are always shown; fields outside the contract only to the owner and staff.
SECTION_OF = {
    "name_en": "company", "description": "company", "sectors": "company", "employees": "company",
    "founded": "company", "capabilities": "capabilities", "products": "capabilities", "materials": "materials",
    "equipment": "materials", "certifications": "certifications", "five_s": "programmes",
    "key_industrial_product": "programmes", "province": "location", "district": "location",
    "industrial_zone": "location", "contact": "contacts", "export_markets": "markets", "languages": "markets",
}
ALWAYS_SHOWN = ("external_id", "name")
FILTERS = ("sector", "province", "district", "size", "certification", "five_s", "kip", "verified")


def supplier_json(supplier, user):
    """The supplier as the API shows it to `user`: the contract record cut to the sections the user may see."""
    shown = {section for section in SECTIONS if can_see_section(user, supplier, section)}
    editor = can_edit_supplier(user, supplier)
    record = {}
    for key, value in to_record(supplier).items():
        section = SECTION_OF.get(key)
        if key in ALWAYS_SHOWN or (section in shown if section else editor):
            record[key] = value
    return {"id": supplier.id, "verified": supplier.verified, "published": bool(supplier.published),
            "hidden_sections": [section for section in SECTIONS if section not in shown], "record": record}


def _visible_supplier(supplier_id, user):
    supplier = db.session.get(Supplier, supplier_id, options=[selectinload(Supplier.certifications)])
    # An unpublished profile does not exist for outsiders, as on the web.
    if supplier is None or not can_view_profile(user, supplier):
        raise ApiError(404, f"There is no supplier {supplier_id}, or it is not visible to you.")
    return supplier


@blueprint.get("/suppliers")
@operation("Search suppliers", tag="suppliers", query=SupplierSearchArgs, ok=(200, SupplierPageSchema),
           description="The same search and filters as the web's supplier search: free text plus facets "
                       "(repeat a parameter for several values). Results are ranked best first.")
def list_suppliers():
    args = load_query(SupplierSearchArgs)
    filters = clean_filters({name: args.get(name) for name in FILTERS})
    query = SearchQuery(text=args["q"].strip()[:200], filters=filters, page=args["page"], per_page=args["per_page"])
    result = search_suppliers(query)
    user = api_user()
    items = [supplier_json(s, user) for s in suppliers_in_order(result.ids) if can_view_profile(user, s)]
    return paged(items, result.total, query.page, query.per_page, max_pages=MAX_PAGE,
                 facets={name: {str(k): int(v) for k, v in counts.items()} for name, counts in result.facets.items()})


@blueprint.get("/suppliers/<id:supplier_id>")
@operation("Read a supplier profile", tag="suppliers", ok=(200, SupplierSchema), problems=(404,),
           description="Sections the supplier shows only to buyers or staff are left out for other callers "
                       "and named in `hidden_sections`.")
def read_supplier(supplier_id):
    return supplier_json(_visible_supplier(supplier_id, api_user()), api_user())


@blueprint.patch("/suppliers/<id:supplier_id>")
@operation("Update your company's profile", tag="suppliers", body=SupplierRecordSchema, ok=(200, SupplierSchema),
           roles=("supplier", "staff"), problems=(403, 404),
           description="Send only the contract fields to change; the whole record is validated as the "
                       "interchange contract says. Changes are audited; verified facts go back to DoIT's queue.")
def update_supplier(supplier_id):
    user = api_user()
    supplier = _visible_supplier(supplier_id, user)
    if not can_edit_supplier(user, supplier):
        raise ApiError(403, "You may change only your own company's profile.")
    changes = load_json(SupplierRecordSchema,
                        contract=lambda body: contract_errors(validate_supplier, to_record(supplier) | body))
    try:
        update_profile(supplier, changes, user, source="api")
    except RecordError as error:
        db.session.rollback()
        raise ApiError(422, "The profile was not saved: " + str(error), record_error_fields(error)) from error
    db.session.commit()
    return supplier_json(supplier, user)
