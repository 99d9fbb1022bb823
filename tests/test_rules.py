"""One set of field rules: the web form, the API and the importer accept and refuse the same values, rule by rule.

Each case is one value of one contract field. It goes through the three real paths: the profile editor's (or
the requirement form's) POST as the owner, the API's PATCH of the profile (or POST of a requirement) with a
token, and the importer (`import_items`; for requirements the contract validator that reads files).
"""
from datetime import date

import pytest
from werkzeug.datastructures import MultiDict

from matchmaker.api.schemas import RequirementRecordSchema, SupplierRecordSchema
from matchmaker.api.tokens import create_token
from matchmaker.buyers.forms import RequirementForm
from matchmaker.buyers.validation import validate_requirement
from matchmaker.core.domain import SECTORS
from matchmaker.core.rules import ITEMS, REQUIREMENT_RULES, SUPPLIER_RULES, RecordError
from matchmaker.extensions import db
from matchmaker.suppliers.editor import section_for
from matchmaker.suppliers.importer import import_items
from matchmaker.suppliers.validation import validate_supplier
from tests.factories import CertificationFactory

NEXT_YEAR = date.today().year + 1
OK, NO = True, False


def cases(field, *values):
    return [pytest.param(field, value, accepted, id=f"{field}-{label}") for label, value, accepted in values]


def text_cases(field, limit):
    return cases(field, ("at-limit", "x" * limit, OK), ("over-limit", "x" * (limit + 1), NO))


def list_cases(field, limit, length):
    return cases(field, ("items-at-limit", [f"item {n}" for n in range(limit)], OK),
                 ("items-over-limit", [f"item {n}" for n in range(limit + 1)], NO),
                 ("item-at-length", ["x" * length], OK), ("item-over-length", ["x" * (length + 1)], NO))


SUPPLIER_CASES = [
    *cases("external_id", ("enterprise-code", "0109876543", OK), ("branch-code", "0109876543-001", OK),
           ("short", "12345", NO), ("letters", "01098765AB", NO), ("empty", "", NO)),
    *cases("name", ("one-letter", "A", OK), ("empty", "", NO)),
    *text_cases("name", 300), *text_cases("name_en", 300), *text_cases("description", 20000),
    *cases("sectors", ("one", ["it"], OK), ("all", list(SECTORS), OK), ("unknown", ["cars"], NO)),
    *list_cases("capabilities", 100, 500), *list_cases("products", 100, 500), *list_cases("materials", 100, 500),
    *cases("certifications", ("one", ["ISO 9001"], OK), ("name-at-length", ["x" * 200], OK),
           ("name-over-length", ["x" * 201], NO), ("count-at-limit", [f"Cert {n}" for n in range(50)], OK),
           ("count-over-limit", [f"Cert {n}" for n in range(51)], NO)),
    *cases("five_s", ("level", "certified", OK), ("unknown", "excellent", NO)),
    *cases("key_industrial_product", ("first", 2000, OK), ("before", 1999, NO), ("next-year", NEXT_YEAR, OK),
           ("later", NEXT_YEAR + 1, NO)),
    *cases("employees", ("none", 0, OK), ("negative", -1, NO), ("at-limit", 1_000_000, OK),
           ("over-limit", 1_000_001, NO), ("ten-million", 10_000_000, NO)),
    *cases("founded", ("first", 1900, OK), ("before", 1899, NO), ("next-year", NEXT_YEAR, OK),
           ("later", NEXT_YEAR + 1, NO)),
    *text_cases("province", 100), *text_cases("district", 100), *text_cases("industrial_zone", 200),
    *cases("export_markets", ("codes", ["JP", "kr"], OK), ("three-letters", ["JPN"], NO),
           ("count-at-limit", ["JP"] * 250, OK), ("count-over-limit", ["JP"] * 251, NO)),
    *cases("languages", ("codes", ["vi", "EN"], OK), ("three-letters", ["vie"], NO),
           ("count-at-limit", ["en"] * 50, OK), ("count-over-limit", ["en"] * 51, NO)),
    *cases("contact.email", ("address", "sales@example.vn", OK), ("no-at", "not-an-email", NO),
           ("no-domain", "sales@example", NO), ("too-long", "a" * 250 + "@x.vn", NO)),
    *text_cases("contact.phone", 50), *text_cases("contact.website", 300),
]
REQUIREMENT_CASES = [
    *text_cases("external_id", 50), *text_cases("buyer", 300),
    *cases("title", ("one-letter", "T", OK), ("empty", "", NO)), *text_cases("title", 300),
    *text_cases("description", 20000),
    *cases("sectors", ("one", ["it"], OK), ("unknown", ["cars"], NO)),
    *list_cases("required_certifications", 50, 200), *list_cases("preferred_certifications", 50, 200),
    *cases("min_five_s", ("level", "training", OK), ("unknown", "perfect", NO)),
    *text_cases("province", 100), *text_cases("quantity", 200),
    *cases("deadline", ("date", "2027-03-31", OK), ("words", "soon", NO)),
]

# contract field -> (editor section, form field); the company section is posted whole, with its required fields.
EDITOR_FIELDS = {
    "external_id": ("company", "external_id"), "name": ("company", "name"), "name_en": ("company", "name_en"),
    "description": ("company", "description"), "sectors": ("company", "sectors"),
    "employees": ("company", "employees"), "founded": ("company", "founded"),
    "capabilities": ("capabilities", "capabilities"), "products": ("capabilities", "products"),
    "materials": ("materials", "materials"), "five_s": ("programmes", "five_s"),
    "key_industrial_product": ("programmes", "key_industrial_product"), "province": ("location", "province"),
    "district": ("location", "district"), "industrial_zone": ("location", "industrial_zone"),
    "contact.email": ("contacts", "contact_email"), "contact.phone": ("contacts", "contact_phone"),
    "contact.website": ("contacts", "contact_website"), "export_markets": ("markets", "export_markets"),
    "languages": ("markets", "languages"),
}
MULTIPLE_CHOICE = {"sectors"}  # checkboxes; other lists are typed one item per line
REQUIREMENT_FORM = {"title": "Machined aluminium brackets", "description": "CNC-machined A6061 brackets."}
NEW_RECORD = {"external_id": "0101234567", "name": "Công ty TNHH Cơ khí Thử"}


@pytest.fixture(autouse=True)
def search_folder(app, tmp_path):
    """A fresh search index and match model per test (the saves below keep them in step)."""
    saved = {key: app.config[key] for key in ("SEARCH_FOLDER", "ELASTICSEARCH_URL")}
    app.config.update(SEARCH_FOLDER=str(tmp_path / "search"), ELASTICSEARCH_URL=None)
    yield
    app.config.update(saved)


def _form_value(field, value):
    if isinstance(value, list):
        return value if field in MULTIPLE_CHOICE else "\n".join(value)
    return "" if value is None else str(value)


def _logged_in(app, user):
    client = app.test_client()
    assert client.post("/auth/login", data={"email": user.email, "password": "correct horse battery"}
                       ).status_code == 302
    return client


def _bearer(user):
    raw = create_token(user, "rules test")[1]
    db.session.commit()
    return {"Authorization": f"Bearer {raw}"}


def _with(record, field, value):
    """The record with one contract field set ("contact.email" inside the contact object)."""
    if field.startswith("contact."):
        return {**record, "contact": {field.split(".", 1)[1]: value}}
    return {**record, field: value}


def _company_post(company):
    return {"external_id": company.external_id, "name": company.name, "name_en": company.name_en or "",
            "description": company.description or "", "sectors": list(company.sectors or []),
            "employees": "", "founded": ""}


def supplier_form_accepts(app, people, field, value):
    """The web editor: a section's form posted by the owner, or certifications added one by one."""
    company, client = people["company"], _logged_in(app, people["supplier"])
    if field == "certifications":
        for name in value[:-1]:  # already on the profile; the form adds the last one
            CertificationFactory(supplier=company, name=name, normalised_name=name)
        db.session.commit()
        return client.post(f"/suppliers/{company.id}/certifications", data={"new-name": value[-1]}).status_code == 302
    section, name = EDITOR_FIELDS[field]
    data = _company_post(company) if section == "company" else {}
    data[name] = _form_value(field, value)
    return client.post(f"/suppliers/{company.id}/edit" + ("" if section == "company" else f"/{section}"),
                       data=data).status_code == 302


def form_alone_accepts(app, form_class, data):
    """The form's own validators (without the contract check that follows them on saving)."""
    with app.test_request_context(method="POST"):
        return form_class(formdata=MultiDict(data), meta={"csrf": False}).validate()


def supplier_form_alone_accepts(app, people, field, value):
    section, name = EDITOR_FIELDS[field]
    data = _company_post(people["company"]) if section == "company" else {}
    data[name] = _form_value(field, value)
    return form_alone_accepts(app, section_for(section).form, data)


def schema_accepts(schema_class, body):
    """The API schema alone: what the OpenAPI document promises."""
    return not schema_class().validate(body)


def supplier_api_accepts(client, people, field, value):
    """The API: the owner PATCHes the one field."""
    company = people["company"]
    response = client.patch(f"/api/v1/suppliers/{company.id}", json=_with({}, field, value),
                            headers=_bearer(people["supplier"]))
    assert response.status_code in (200, 422), response.get_data(as_text=True)
    if response.status_code == 422:  # the schema nests contact's messages, the contract names "contact.email"
        assert field in response.get_json()["errors"] or field.split(".")[0] in response.get_json()["errors"]
    return response.status_code == 200


def supplier_importer_accepts(field, value):
    """The importer: one record of a file, created (the validator's refusal names the field)."""
    record = _with(NEW_RECORD, field, value)
    report = import_items([(1, record)])
    if report.rejected:
        with pytest.raises(RecordError) as refused:
            validate_supplier(record)
        assert {error.field for error in refused.value.errors} == {field}
        assert report.rejected[0][2] == str(refused.value)
    return not report.rejected


@pytest.mark.parametrize("field, value, accepted", SUPPLIER_CASES)
def test_supplier_paths_agree_on_each_rule(app, client, people, field, value, accepted):
    outcome = {"form": supplier_form_accepts(app, people, field, value),
               "api": supplier_api_accepts(client, people, field, value),
               "api schema": schema_accepts(SupplierRecordSchema, _with({}, field, value)),
               "importer": supplier_importer_accepts(field, value)}
    if SUPPLIER_RULES[field].kind != ITEMS or field in MULTIPLE_CHOICE:  # typed lists: the contract checks them
        outcome["form validators"] = supplier_form_alone_accepts(app, people, field, value)
    assert outcome == dict.fromkeys(outcome, accepted)


def requirement_form_accepts(app, people, field, value):
    client = _logged_in(app, people["buyer"])
    data = {**REQUIREMENT_FORM, field: _form_value(field, value)}
    return client.post("/requirements/new", data=data).status_code == 302


def requirement_api_accepts(client, people, field, value):
    response = client.post("/api/v1/requirements", json={**REQUIREMENT_FORM, field: value},
                           headers=_bearer(people["buyer"]))
    assert response.status_code in (201, 422), response.get_data(as_text=True)
    if response.status_code == 422:
        assert field in response.get_json()["errors"]
    return response.status_code == 201


def requirement_file_accepts(field, value):
    """The contract validator that requirement files (`flask match FILE`) and every other path go through."""
    try:
        validate_requirement({**REQUIREMENT_FORM, field: value})
    except RecordError as error:
        assert {e.field for e in error.errors} == {field}
        return False
    return True


@pytest.mark.parametrize("field, value, accepted", REQUIREMENT_CASES)
def test_requirement_paths_agree_on_each_rule(app, client, people, field, value, accepted):
    outcome = {"api": requirement_api_accepts(client, people, field, value),
               "api schema": schema_accepts(RequirementRecordSchema, {**REQUIREMENT_FORM, field: value}),
               "file": requirement_file_accepts(field, value)}
    if field not in ("external_id", "buyer"):  # the platform sets these; the form has no such field
        outcome["form"] = requirement_form_accepts(app, people, field, value)
        if REQUIREMENT_RULES[field].kind != ITEMS or field in MULTIPLE_CHOICE:
            outcome["form validators"] = form_alone_accepts(
                app, RequirementForm, MultiDict({**REQUIREMENT_FORM, field: _form_value(field, value)}))
    assert outcome == dict.fromkeys(outcome, accepted)


@pytest.mark.parametrize("rules, cases_", [(SUPPLIER_RULES, SUPPLIER_CASES), (REQUIREMENT_RULES, REQUIREMENT_CASES)],
                         ids=["supplier", "requirement"])
def test_every_rule_has_a_value_accepted_and_one_refused(rules, cases_):
    seen = {(case.values[0], case.values[2]) for case in cases_}
    assert {field for field, _ in seen} == set(rules)
    assert all((field, OK) in seen and (field, NO) in seen for field in rules)


def test_refusals_are_structured_and_the_import_reason_keeps_the_contract_wording():
    with pytest.raises(RecordError) as refused:
        validate_supplier({**NEW_RECORD, "five_s": "excellent", "employees": 10_000_000})
    assert [(e.field, e.code) for e in refused.value.errors] == [("five_s", "choice"), ("employees", "range")]
    assert str(refused.value) == ("five_s: 'excellent' must be one of none, training, implemented, certified; "
                                  "employees: 10000000 must be at most 1000000")
    assert refused.value.by_field()["five_s"] == ["'excellent' must be one of none, training, implemented, certified"]
