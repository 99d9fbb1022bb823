"""Shortlists: adding and removing without losing the page, notes and statuses, exports, and who may do what."""
import csv
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.shortlists.models import Shortlist, ShortlistEntry
from matchmaker.shortlists.services import add_entry, create_shortlist


def _entries():
    return db.session.execute(select(ShortlistEntry.shortlist_id, ShortlistEntry.supplier_id)).all()


def _list_with_both(setting):
    shortlist = create_shortlist(setting["buyer"], "Brackets", setting["requirement"])
    add_entry(shortlist, setting["first"], setting["buyer"])
    add_entry(shortlist, setting["second"], setting["buyer"])
    db.session.commit()
    return shortlist


def test_adding_from_the_matches_goes_back_to_the_same_row(client, auth, setting):
    auth.login(setting["buyer"].email)
    back = f"/requirements/{setting['requirement'].id}?province=H%C3%A0+N%E1%BB%99i#match-{setting['first'].id}"
    response = client.post("/shortlists/add", data={"supplier_id": setting["first"].id, "shortlist_id": "",
                                                    "requirement_id": setting["requirement"].id, "next": back})
    assert response.status_code == 302 and response.headers["Location"] == back
    shortlist = db.session.scalar(select(Shortlist))
    assert shortlist.requirement_id == setting["requirement"].id and shortlist.name == "Machined aluminium brackets"
    assert _entries() == [(shortlist.id, setting["first"].id)]
    # A second supplier from the same matches page joins the requirement's shortlist rather than a new one.
    client.post("/shortlists/add", data={"supplier_id": setting["second"].id, "shortlist_id": "",
                                         "requirement_id": setting["requirement"].id, "next": back})
    assert len(db.session.scalars(select(Shortlist)).all()) == 1 and len(_entries()) == 2


def test_fetch_requests_get_json_with_the_new_buttons(client, auth, setting):
    auth.login(setting["buyer"].email)
    response = client.post("/shortlists/add", headers={"X-Requested-With": "fetch"},
                           data={"supplier_id": setting["first"].id, "requirement_id": setting["requirement"].id,
                                 "next": f"/requirements/{setting['requirement'].id}#match-{setting['first'].id}"})
    data = response.get_json()
    assert data["ok"] and "added to “Machined aluminium brackets”" in data["message"]
    assert "Remove from shortlist" in data["html"] and "data-shortlist-control" in data["html"]
    shortlist = db.session.scalar(select(Shortlist))
    removed = client.post(f"/shortlists/{shortlist.id}/remove", headers={"X-Requested-With": "fetch"},
                          data={"supplier_id": setting["first"].id, "requirement_id": setting["requirement"].id})
    assert "Add to shortlist" in removed.get_json()["html"] and _entries() == []


def test_adding_from_a_profile_to_a_new_then_an_existing_list(client, auth, setting):
    auth.login(setting["buyer"].email)
    profile = f"/suppliers/{setting['first'].id}"
    page = client.get(profile).get_data(as_text=True)
    assert "Add to shortlist" in page and "New shortlist" in page and "Contact this supplier" in page
    client.post("/shortlists/add", data={"supplier_id": setting["first"].id, "shortlist_id": "new",
                                         "next": profile + "#shortlist"})
    shortlist = db.session.scalar(select(Shortlist))
    page = client.get(profile).get_data(as_text=True)
    assert shortlist.name in page and "Remove" in page
    response = client.post("/shortlists/add", data={"supplier_id": setting["second"].id,
                                                    "shortlist_id": shortlist.id})
    assert response.headers["Location"].endswith(f"/suppliers/{setting['second'].id}")
    assert len(_entries()) == 2


def test_adding_twice_keeps_one_entry(client, auth, setting):
    shortlist = _list_with_both(setting)
    auth.login(setting["buyer"].email)
    client.post("/shortlists/add", data={"supplier_id": setting["first"].id, "shortlist_id": shortlist.id})
    assert len(_entries()) == 2


def test_redirects_never_leave_the_site(client, auth, setting):
    auth.login(setting["buyer"].email)
    for target in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        response = client.post("/shortlists/add", data={"supplier_id": setting["first"].id, "shortlist_id": "new",
                                                        "next": target})
        assert response.headers["Location"].endswith(f"/suppliers/{setting['first'].id}")


def test_the_owner_sets_a_note_and_a_status(client, auth, setting):
    shortlist = _list_with_both(setting)
    entry = db.session.scalar(select(ShortlistEntry).filter_by(supplier_id=setting["first"].id))
    auth.login(setting["buyer"].email)
    response = client.post(f"/shortlists/{shortlist.id}/entries/{entry.id}",
                           data={f"e{entry.id}-status": "meeting", f"e{entry.id}-note": "Visit on 12 May"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"#entry-{entry.id}")
    db.session.refresh(entry)
    assert entry.status == "meeting" and entry.note == "Visit on 12 May"
    page = client.get(f"/shortlists/{shortlist.id}").get_data(as_text=True)
    assert "Visit on 12 May" in page and "Meeting" in page
    meeting_only = client.get(f"/shortlists/{shortlist.id}?status=meeting").get_data(as_text=True)
    assert "Thăng Long" in meeting_only and "HYPERLINK" not in meeting_only


def test_an_unknown_status_is_refused_and_nothing_changes(client, auth, setting):
    shortlist = _list_with_both(setting)
    entry = db.session.scalar(select(ShortlistEntry).filter_by(supplier_id=setting["first"].id))
    auth.login(setting["buyer"].email)
    client.post(f"/shortlists/{shortlist.id}/entries/{entry.id}",
                data={f"e{entry.id}-status": "bribed", f"e{entry.id}-note": "x"})
    db.session.refresh(entry)
    assert entry.status == "to_contact" and entry.note is None


@pytest.mark.parametrize("method,path", [
    ("get", ""), ("get", "/export.csv"), ("get", "/export.xlsx"), ("post", "/delete"), ("post", "/remove")])
def test_another_buyer_gets_403_on_every_shortlist_address(client, auth, setting, method, path):
    shortlist = _list_with_both(setting)
    auth.login(setting["other"].email)
    response = getattr(client, method)(f"/shortlists/{shortlist.id}{path}", data={"supplier_id": setting["first"].id})
    assert response.status_code == 403
    assert len(_entries()) == 2


def test_another_buyer_cannot_add_to_or_edit_someone_else_s_list(client, auth, setting):
    shortlist = _list_with_both(setting)
    entry = db.session.scalar(select(ShortlistEntry).filter_by(supplier_id=setting["first"].id))
    auth.login(setting["other"].email)
    extra = client.post("/shortlists/add", data={"supplier_id": setting["first"].id, "shortlist_id": shortlist.id})
    assert extra.status_code == 403
    edit = client.post(f"/shortlists/{shortlist.id}/entries/{entry.id}", data={f"e{entry.id}-status": "rejected"})
    assert edit.status_code == 403
    on_their_requirement = client.post("/shortlists/add", data={
        "supplier_id": setting["first"].id, "requirement_id": setting["requirement"].id})
    assert on_their_requirement.status_code == 403
    db.session.refresh(entry)
    assert entry.status == "to_contact" and len(_entries()) == 2


def test_anonymous_visitors_log_in_and_suppliers_are_refused(client, auth, setting):
    assert "/auth/login" in client.get("/shortlists/").headers["Location"]
    assert "/auth/login" in client.post("/shortlists/add", data={"supplier_id": 1}).headers["Location"]
    auth.login(setting["supplier_account"].email)
    assert client.get("/shortlists/").status_code == 403
    assert client.post("/shortlists/add", data={"supplier_id": setting["first"].id}).status_code == 403


def test_the_index_lists_shortlists_with_counts_and_has_an_empty_state(client, auth, setting):
    auth.login(setting["buyer"].email)
    assert "No shortlists yet" in client.get("/shortlists/").get_data(as_text=True)
    _list_with_both(setting)
    page = client.get("/shortlists/").get_data(as_text=True)
    assert "Brackets" in page and "2 suppliers" in page
    created = client.post("/shortlists/", data={"name": "Plastics"})
    assert created.status_code == 302
    assert db.session.scalar(select(Shortlist).filter_by(name="Plastics")).owner_id == setting["buyer"].id


def test_deleting_a_shortlist_removes_its_entries(client, auth, setting):
    shortlist = _list_with_both(setting)
    auth.login(setting["buyer"].email)
    client.post(f"/shortlists/{shortlist.id}/delete")
    assert db.session.scalars(select(Shortlist)).all() == [] and _entries() == []


def test_csv_export_escapes_formulas(client, auth, setting):
    shortlist = _list_with_both(setting)
    auth.login(setting["buyer"].email)
    response = client.get(f"/shortlists/{shortlist.id}/export.csv")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"))))
    assert rows[0][:3] == ["Company", "English name", "Enterprise code"]
    names = {row[0]: row for row in rows[1:]}
    assert "Cơ khí Chính xác Thăng Long" in names
    assert "'=HYPERLINK(\"http://evil.example\",\"Click\")" in names
    assert names["'=HYPERLINK(\"http://evil.example\",\"Click\")"][1] == "'-2+3"
    assert names["Cơ khí Chính xác Thăng Long"][rows[0].index("E-mail")] == "sales@thanglong.vn"
    assert names["Cơ khí Chính xác Thăng Long"][rows[0].index("Status")] == "To contact"


def test_xlsx_export_holds_text_cells_only(client, auth, setting):
    shortlist = _list_with_both(setting)
    auth.login(setting["buyer"].email)
    response = client.get(f"/shortlists/{shortlist.id}/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Company" and len(rows) == 3
    names = [row[0] for row in rows[1:]]
    assert "'=HYPERLINK(\"http://evil.example\",\"Click\")" in names
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_contact_details_hidden_by_the_supplier_are_not_exported(client, auth, setting):
    setting["first"].visibility = {"contacts": "staff"}
    shortlist = _list_with_both(setting)
    auth.login(setting["buyer"].email)
    body = client.get(f"/shortlists/{shortlist.id}/export.csv").get_data().decode("utf-8-sig")
    assert "sales@thanglong.vn" not in body
