"""Marshmallow schemas of the API: query parameters and bodies are checked with them, and the OpenAPI document
is generated from them. Bodies in the interchange contract's format are then checked by the contract's own
validators (suppliers.validation, buyers.validation), so the API and the file imports accept the same records;
their fields take the contract's limits from core.rules (`rule_field`), as the forms and the importer do.
"""
from marshmallow import EXCLUDE, INCLUDE, Schema, fields, validate

from ..buyers.models import REQUIREMENT_STATES
from ..core.domain import FIVE_S_LEVELS, SECTORS
from ..core.rules import REQUIREMENT_RULES, SUPPLIER_RULES
from ..core.schemas import rule_field, text
from ..search.query import MAX_PAGE, SIZE_BANDS
from ..shortlists.models import ENTRY_STATUSES
from ..suppliers.visibility import SECTIONS

MAX_ID = 2**31 - 1  # ids beyond a 32-bit integer never exist; refusing them keeps the database out of overflow


# ---- query parameters ------------------------------------------------------------------------------------

class PageArgs(Schema):
    class Meta:
        unknown = EXCLUDE

    page = fields.Integer(load_default=1, validate=validate.Range(1, 100_000), metadata={"description": "Page number"})
    per_page = fields.Integer(load_default=20, validate=validate.Range(1, 100),
                              metadata={"description": "Items per page (at most 100)"})


class SupplierSearchArgs(PageArgs):
    q = text(200, load_default="", metadata={"description": "Free text, English or Vietnamese"})
    sector = fields.List(fields.String(validate=validate.OneOf(SECTORS)), metadata={"description": "Any of"})
    province = fields.List(text(100), metadata={"description": "Any of"})
    district = fields.List(text(100), metadata={"description": "Any of"})
    size = fields.List(fields.String(validate=validate.OneOf([band[0] for band in SIZE_BANDS])),
                       metadata={"description": "Any of: micro <10, small 10-99, medium 100-299, large 300+"})
    certification = fields.List(text(200), metadata={"description": "All of (valid certificates only)"})
    five_s = fields.String(validate=validate.OneOf(FIVE_S_LEVELS), metadata={"description": "Minimum 5S level"})
    kip = fields.Boolean(metadata={"description": "Only Hanoi key-industrial-product companies"})
    verified = fields.Boolean(metadata={"description": "Only profiles verified by DoIT"})
    page = fields.Integer(load_default=1, validate=validate.Range(1, MAX_PAGE))


class RequirementListArgs(PageArgs):
    status = fields.String(validate=validate.OneOf(REQUIREMENT_STATES))


class MatchArgs(Schema):
    class Meta:
        unknown = EXCLUDE

    top = fields.Integer(load_default=10, validate=validate.Range(1, 1000),
                         metadata={"description": "How many suppliers to return (as `flask match --top`)"})


class AgendaArgs(Schema):
    class Meta:
        unknown = EXCLUDE

    participant = fields.Integer(validate=validate.Range(1, MAX_ID),
                                 metadata={"description": "Staff only: whose agenda (a participant id)"})


# ---- request bodies --------------------------------------------------------------------------------------

def rule_fields(rules, prefix=""):
    """{name: field} for the rules of one object (those under `prefix`, e.g. "contact.")."""
    return {name[len(prefix):]: rule_field(rule) for name, rule in rules.items()
            if name.startswith(prefix) and "." not in name[len(prefix):]}


ContactSchema = Schema.from_dict(rule_fields(SUPPLIER_RULES, "contact."), name="ContactSchema")


class SupplierRecordSchema(Schema.from_dict(rule_fields(SUPPLIER_RULES))):
    """A supplier record of the interchange contract; fields outside the contract are kept."""

    class Meta:
        unknown = INCLUDE

    external_id = rule_field(SUPPLIER_RULES["external_id"], metadata={
        "description": "Enterprise code: 10 digits, or 10 digits + '-' + 3 digits", "example": "0101234567"})
    contact = fields.Nested(ContactSchema, allow_none=True)


class RequirementRecordSchema(Schema.from_dict(rule_fields(REQUIREMENT_RULES))):
    """A buyer requirement of the interchange contract; fields outside the contract are kept."""

    class Meta:
        unknown = INCLUDE

    external_id = rule_field(REQUIREMENT_RULES["external_id"], metadata={"example": "REQ-2026-0042"})
    title = rule_field(REQUIREMENT_RULES["title"], required=True)


class RequirementPatchSchema(RequirementRecordSchema):
    title = rule_field(REQUIREMENT_RULES["title"])
    status = fields.String(validate=validate.OneOf(REQUIREMENT_STATES))


class ShortlistCreateSchema(Schema):
    name = text(200, min_length=1, required=True)
    requirement_id = fields.Integer(strict=True, validate=validate.Range(1, MAX_ID), allow_none=True)


class EntryCreateSchema(Schema):
    supplier_id = fields.Integer(strict=True, required=True, validate=validate.Range(1, MAX_ID))
    note = text(5000, allow_none=True)
    status = fields.String(validate=validate.OneOf(ENTRY_STATUSES))


class EntryPatchSchema(Schema):
    note = text(5000, allow_none=True)
    status = fields.String(validate=validate.OneOf(ENTRY_STATUSES))


class ImportUploadSchema(Schema):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary",
                                               "description": "A .jsonl, .csv or .xlsx supplier file"})


# ---- responses -------------------------------------------------------------------------------------------

class ProblemSchema(Schema):
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    instance = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.Raw(),
                         metadata={"description": "Validation messages per field"})


class LinksSchema(Schema):
    self = fields.String(required=True)
    first = fields.String(required=True)
    last = fields.String(required=True)
    next = fields.String(required=True, allow_none=True)
    prev = fields.String(required=True, allow_none=True)


class PageSchema(Schema):
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    total = fields.Integer(required=True)
    pages = fields.Integer(required=True)
    links = fields.Nested(LinksSchema, required=True)


class SupplierSchema(Schema):
    id = fields.Integer(required=True)
    verified = fields.Boolean(required=True)
    published = fields.Boolean(required=True)
    hidden_sections = fields.List(fields.String(validate=validate.OneOf(SECTIONS)), required=True,
                                  metadata={"description": "Profile sections withheld from you"})
    record = fields.Nested(SupplierRecordSchema, required=True)


class SupplierPageSchema(PageSchema):
    items = fields.List(fields.Nested(SupplierSchema), required=True)
    facets = fields.Dict(keys=fields.String(), values=fields.Dict(keys=fields.String(), values=fields.Integer()),
                         required=True, metadata={"description": "{facet: {value: count}}"})


class RequirementOutRecordSchema(RequirementRecordSchema):
    title = fields.String(required=True)


class RequirementSchema(Schema):
    id = fields.Integer(required=True)
    status = fields.String(required=True, validate=validate.OneOf(REQUIREMENT_STATES))
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    record = fields.Nested(RequirementOutRecordSchema, required=True)


class RequirementPageSchema(PageSchema):
    items = fields.List(fields.Nested(RequirementSchema), required=True)


class MatchItemSchema(Schema):
    external_id = fields.String(required=True)
    name = fields.String(required=True)
    score = fields.Float(required=True)
    reasons = fields.List(fields.String(), required=True)


class MatchResultSchema(Schema):
    requirement = fields.String(required=True, allow_none=True)
    results = fields.List(fields.Nested(MatchItemSchema), required=True)


class EntrySchema(Schema):
    supplier_id = fields.Integer(required=True)
    external_id = fields.String(required=True)
    name = fields.String(required=True)
    note = fields.String(required=True, allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(ENTRY_STATUSES))
    added_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class ShortlistSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    requirement_id = fields.Integer(required=True, allow_none=True)
    created_at = fields.DateTime(required=True)
    entry_count = fields.Integer(required=True)


class ShortlistDetailSchema(ShortlistSchema):
    entries = fields.List(fields.Nested(EntrySchema), required=True)


class ShortlistPageSchema(PageSchema):
    items = fields.List(fields.Nested(ShortlistSchema), required=True)


class ParticipantSchema(Schema):
    id = fields.Integer(required=True)
    code = fields.String(required=True)
    kind = fields.String(required=True)
    name = fields.String(required=True)


class EventSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    venue = fields.String(required=True)
    starts_on = fields.Date(required=True)
    ends_on = fields.Date(required=True)
    registration_open = fields.Boolean(required=True)
    schedule_published = fields.Boolean(required=True)
    participant = fields.Nested(ParticipantSchema, required=True, allow_none=True,
                                metadata={"description": "Your organisation's registration, if any"})


class EventPageSchema(PageSchema):
    items = fields.List(fields.Nested(EventSchema), required=True)


class PartnerSchema(Schema):
    name = fields.String(required=True)
    kind = fields.String(required=True)
    supplier_id = fields.Integer(required=True, allow_none=True)


class MeetingSchema(Schema):
    slot = fields.Integer(required=True)
    start = fields.DateTime(required=True, allow_none=True)
    end = fields.DateTime(required=True, allow_none=True)
    table = fields.Integer(required=True)
    partner = fields.Nested(PartnerSchema, required=True)
    interpreter = fields.String(required=True, allow_none=True)
    status = fields.String(required=True)
    published = fields.Boolean(required=True)


class AgendaSchema(Schema):
    event_id = fields.Integer(required=True)
    participant = fields.Nested(ParticipantSchema, required=True)
    meetings = fields.List(fields.Nested(MeetingSchema), required=True)


class RejectedSchema(Schema):
    line = fields.Integer(required=True)
    external_id = fields.String(required=True, allow_none=True)
    reason = fields.String(required=True)


class ImportReportSchema(Schema):
    created = fields.Integer(required=True)
    updated = fields.Integer(required=True)
    unchanged = fields.Integer(required=True)
    rejected_count = fields.Integer(required=True)
    rejected = fields.List(fields.Nested(RejectedSchema), required=True)
