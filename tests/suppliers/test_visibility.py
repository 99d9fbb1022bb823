"""Visibility per section: the rules, the settings page, and what each role sees on the public profile."""
import pytest

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.suppliers.visibility import (
    DEFAULTS,
    VisibilityError,
    allowed_levels,
    clean_choices,
    effective_levels,
    visible_to,
)


def test_contacts_are_never_open_to_anonymous_visitors():
    assert allowed_levels("contacts") == ["buyers", "staff"]
    assert effective_levels({"contacts": "anonymous"})["contacts"] == "buyers"
    with pytest.raises(VisibilityError):
        clean_choices({**DEFAULTS, "contacts": "anonymous"})


def test_staff_minimum_limits_the_suppliers_choice():
    minimum = {"certifications": "buyers"}
    assert allowed_levels("certifications", minimum) == ["buyers", "staff"]
    assert effective_levels({"certifications": "anonymous"}, minimum)["certifications"] == "buyers"
    with pytest.raises(VisibilityError):
        clean_choices({"certifications": "anonymous"}, minimum)
    assert clean_choices({"certifications": "staff"}, minimum)["certifications"] == "staff"


def test_viewer_levels_see_their_level_and_more_open_ones():
    assert visible_to("buyers", "anonymous") and visible_to("buyers", "buyers")
    assert not visible_to("buyers", "staff") and not visible_to("anonymous", "buyers")


SECRET_CAPABILITY = "tiện CNC"


def _restrict(supplier, **levels):
    supplier.visibility = {**DEFAULTS, **levels}
    db.session.commit()


@pytest.mark.parametrize("who, sees_capabilities, sees_contacts", [
    (None, False, False), ("other", False, False), ("buyer", True, True), ("staff", True, True), ("owner", True, True),
])
def test_buyers_only_sections_per_role(client, auth, people, who, sees_capabilities, sees_contacts):
    supplier = people["supplier"]
    _restrict(supplier, capabilities="buyers")
    if who:
        auth.login(people[who].email)
    page = client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    assert supplier.name in page
    assert (SECRET_CAPABILITY in page) == sees_capabilities
    assert ("sales@owner.vn" in page) == sees_contacts


@pytest.mark.parametrize("who, sees", [(None, False), ("buyer", False), ("staff", True), ("owner", True)])
def test_staff_only_sections_per_role(client, auth, people, who, sees):
    supplier = people["supplier"]
    supplier.district = "Đông Anh"
    _restrict(supplier, location="staff", contacts="staff")
    if who:
        auth.login(people[who].email)
    page = client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    assert ("Đông Anh" in page) == sees and ("sales@owner.vn" in page) == sees


@pytest.mark.parametrize("who, status", [(None, 404), ("buyer", 404), ("other", 404), ("staff", 200), ("owner", 200)])
def test_unpublished_profiles_are_only_for_owner_and_staff(client, auth, people, who, status):
    supplier = people["supplier"]
    supplier.published = False
    db.session.commit()
    if who:
        auth.login(people[who].email)
    assert client.get(f"/suppliers/{supplier.id}").status_code == status


def _form(**levels):
    data = {f"level_{section}": level for section, level in {**DEFAULTS, **levels}.items()}
    data["published"] = "y"
    return data


def test_the_owner_chooses_visibility_and_it_is_audited(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    assert "Who sees what" in client.get(f"/suppliers/{supplier.id}/edit/visibility").get_data(as_text=True)
    response = client.post(f"/suppliers/{supplier.id}/edit/visibility", data=_form(certifications="buyers"))
    assert response.status_code == 302
    db.session.refresh(supplier)
    assert supplier.visibility["certifications"] == "buyers" and supplier.published
    assert db.session.scalar(db.select(AuditEntry).filter_by(supplier_id=supplier.id, action="visibility"))
    client.post(f"/suppliers/{supplier.id}/edit/visibility", data={**_form(), "published": ""})
    db.session.refresh(supplier)
    assert supplier.published is False


def test_the_owner_cannot_open_contacts_to_everyone(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    response = client.post(f"/suppliers/{supplier.id}/edit/visibility", data=_form(contacts="anonymous"))
    assert response.status_code == 200 and "Not a valid choice" in response.get_data(as_text=True)
    db.session.refresh(supplier)
    assert not supplier.visibility


def test_the_owner_cannot_go_below_the_staff_minimum(client, auth, people):
    supplier = people["supplier"]
    supplier.visibility_minimum = {"capabilities": "buyers"}
    db.session.commit()
    auth.login(people["owner"].email)
    response = client.post(f"/suppliers/{supplier.id}/edit/visibility", data=_form(capabilities="anonymous"))
    assert response.status_code == 200
    db.session.refresh(supplier)
    assert not supplier.visibility


def test_staff_set_a_minimum_that_raises_the_suppliers_choice(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["staff"].email)
    assert "Minimum set by staff" in client.get(f"/suppliers/{supplier.id}/edit/visibility").get_data(as_text=True)
    data = {**_form(), **{f"minimum_{s}": "anonymous" for s in DEFAULTS}, "minimum_certifications": "buyers"}
    response = client.post(f"/suppliers/{supplier.id}/edit/visibility", data=data)
    assert response.status_code == 200 and "may not be more open" in response.get_data(as_text=True)
    data["level_certifications"] = "buyers"
    assert client.post(f"/suppliers/{supplier.id}/edit/visibility", data=data).status_code == 302
    db.session.refresh(supplier)
    assert supplier.visibility_minimum == {"certifications": "buyers"}


@pytest.mark.parametrize("who", ["other", "buyer"])
def test_others_cannot_change_visibility(client, auth, people, who):
    supplier = people["supplier"]
    auth.login(people[who].email)
    response = client.post(f"/suppliers/{supplier.id}/edit/visibility", data={**_form(), "published": ""})
    assert response.status_code == 403
    db.session.refresh(supplier)
    assert supplier.published is True
