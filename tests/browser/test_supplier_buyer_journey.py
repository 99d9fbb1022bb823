"""In the browser: a supplier registers and fills its profile in Vietnamese; a buyer posts a requirement in English,
finds that supplier at the top of the matches, shortlists it with a note, exports the shortlist and writes to the
supplier, who replies."""
import csv
import io
import re
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from matchmaker.pdfdoc import new_document

from .helpers import log_in_demo, number_in, screenshot, unique

PASSWORD = "dong-thau-mat-khau-2026"

pytestmark = pytest.mark.browser


def certificate_pdf():
    """A small, valid PDF standing in for a scanned ISO 9001 certificate."""
    pdf = new_document("ISO 9001:2015 certificate")
    pdf.add_page()
    pdf.cell(text="Giấy chứng nhận ISO 9001:2015 — Công ty TNHH Cơ khí Đồng Thau")
    return bytes(pdf.output())


def fill_list(page, label, items):
    """Type the items of a one-per-line list with the keyboard: Enter starts the next line."""
    page.get_by_text(label, exact=True).click()  # the label moves focus to the list's first line
    for position, item in enumerate(items):
        if position:
            page.keyboard.press("Enter")
        page.keyboard.type(item)


def editor_tab(page, name):
    page.get_by_role("navigation", name="Profile sections").get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", level=2, name=name)).to_be_visible()


def register_supplier(page, company, email):
    page.goto("/auth/register")
    page.get_by_label("a supplier (Vietnamese manufacturer)").check()
    page.get_by_label("Company name").fill(company)
    page.get_by_label("Your name").fill("Tran Van Hung")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("status")).to_have_text("Your account is ready.")


def fill_profile(page, company):
    """Every section a buyer's search leans on, written as Vietnamese suppliers often do: without diacritics."""
    page.get_by_role("link", name="My company profile").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Company profile: {company}")
    expect(page.get_by_role("progressbar", name="Profile completeness")).to_have_attribute("value", "0")
    enterprise_code = str(4_100_000_000 + int(company.rsplit("-", 1)[1], 16) % 99_999_999)
    page.get_by_label("Enterprise code (mã số doanh nghiệp)").fill(enterprise_code)
    page.get_by_label("Company name (English)").fill("Dong Thau Precision Brass Co., Ltd.")
    page.get_by_label("Description").fill(
        "Cong ty chuyen gia cong tien CNC chi tiet dong thau chinh xac: dau noi, khop noi, van dong thau "
        "cho cac doanh nghiep FDI Nhat Ban va Han Quoc. San luong 50.000 chi tiet/thang.")
    page.get_by_label("Mechanical engineering and manufacturing").check()
    page.get_by_label("Employees").fill("85")
    page.get_by_label("Founded (year)").fill("2009")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Profile saved.")

    editor_tab(page, "Capabilities and products")
    fill_list(page, "Capabilities (one per line)",
              ["gia cong tien CNC dong thau", "tien CNC", "phay CNC", "ren chinh xac"])
    fill_list(page, "Products (one per line)", ["dau noi dong thau", "khop noi ren dong thau", "van dong thau"])
    screenshot(page, "supplier-editor")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Profile saved.")
    capabilities = page.get_by_role("textbox", name=re.compile(r"^Capabilities"))
    expect(capabilities).to_have_count(4)  # saved and shown again, one line each
    expect(capabilities.first).to_have_value("gia cong tien CNC dong thau")

    editor_tab(page, "Materials and equipment")
    fill_list(page, "Materials (one per line)", ["dong thau C3604", "inox SUS304"])
    fill_list(page, "Equipment and machines (one per line)", ["may tien CNC Citizen (12 may)"])
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Profile saved.")

    editor_tab(page, "Location")
    page.get_by_label("Province").fill("Ha Noi")
    page.get_by_label("District").fill("Thach That")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Profile saved.")


def upload_certificate(page, tmp_path):
    editor_tab(page, "Certifications")
    expect(page.get_by_text("No certifications yet.")).to_be_visible()
    document = tmp_path / "chung-nhan-iso-9001.pdf"
    document.write_bytes(certificate_pdf())
    page.get_by_label("Certification", exact=True).fill("ISO 9001:2015")
    page.get_by_label("Valid until").fill((date.today() + timedelta(days=700)).isoformat())
    page.get_by_label("Certificate document (PDF, JPEG or PNG)").set_input_files(str(document))
    page.get_by_role("button", name="Add certification").click()
    expect(page.get_by_role("heading", name=re.compile("ISO 9001:2015"))).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download chung-nhan-iso-9001.pdf").click()
    assert download.value.path().read_bytes().startswith(b"%PDF")
    percent = number_in(page.get_by_role("progressbar", name="Profile completeness").get_attribute("value"))
    assert percent >= 60, percent
    screenshot(page, "supplier-certifications")


def post_requirement(page, title):
    page.get_by_role("link", name="My requirements").click()
    page.get_by_role("link", name="Post a requirement").click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("What do you need?").fill(
        "CNC turned brass fittings (C3604) for water meters: threaded connectors and nipples, "
        "about 20,000 pcs/month. ISO 9001 required.")
    page.get_by_label("Sectors").select_option(label="Mechanical engineering and manufacturing")
    page.get_by_label("Required certifications (one per line)").fill("ISO 9001")
    page.get_by_label("Quantity").fill("20000 pcs/month")
    page.get_by_role("button", name="Post and see matches").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def shortlist_top_match(page, company, title):
    """The Vietnamese-language supplier is ranked first; add it to the shortlist without leaving the page."""
    matches = page.locator("ol.matches > li")
    expect(matches.first.get_by_role("heading", level=3)).to_have_text(company)
    top = matches.first
    expect(top.get_by_role("list").first).to_contain_text("ISO 9001")  # the reasons name the certificate
    screenshot(page, "buyer-matches")
    top.get_by_role("button", name="Add to shortlist").click()
    expect(page.get_by_role("status").filter(has_text="added to")).to_have_text(f"{company} added to “{title}”.")
    expect(top.get_by_role("button", name="Remove from shortlist")).to_be_visible()
    assert "#" not in page.url  # still on the matches page, not reloaded at an anchor


def annotate_and_export(page, company, title, tmp_path):
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Shortlists").click()
    page.get_by_role("heading", name=title).get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    entry = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=company))
    entry.get_by_label("Status").select_option(label="Contacted")
    note = "Mau thu 200 chi tiet truoc 15/11; gia tot."
    entry.get_by_label("Note").fill(note)
    entry.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Saved.")
    expect(entry.get_by_label("Note")).to_have_value(note)
    screenshot(page, "buyer-shortlist")

    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    assert download.value.suggested_filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["Company", "English name", "Enterprise code"]
    assert [r for r in rows[1:] if r[0] == company and note in r and "Contacted" in r and "ISO 9001:2015" in r]

    with page.expect_download() as download:
        page.get_by_role("link", name="Export Excel (XLSX)").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(download.value.path().read_bytes())).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [r for r in values[1:] if r[0] == company and note in r]


def write_to_supplier(page, company, title):
    entry = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=company))
    entry.get_by_role("link", name="Contact").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Contact {company}")
    expect(page.get_by_label("Subject")).to_have_value(title)
    page.get_by_label("Message").fill("Could you send a quotation for 20,000 brass fittings a month? "
                                      "We can meet at your factory next week.")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("status")).to_have_text(f"Message sent to {company}.")


def reply_as_supplier(page, title):
    page.reload()
    # The unread count is part of the link's name, so a screen reader announces it too.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Messages 1 unread").click()
    thread = page.get_by_role("link", name=title)
    expect(page.get_by_role("listitem").filter(has=thread)).to_contain_text("1 new")
    thread.click()
    expect(page.get_by_text("Could you send a quotation")).to_be_visible()
    page.get_by_label("Your reply").fill("Da, chung toi gui bao gia trong tuan nay. Hen gap quy cong ty thu Ba.")
    page.get_by_role("button", name="Send reply").click()
    expect(page.get_by_text("Hen gap quy cong ty thu Ba.")).to_be_visible()
    # Reading the thread cleared the supplier's own unread count.
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name=re.compile("^Messages"))) \
        .to_have_text("Messages")
    screenshot(page, "messages-thread")


def read_reply_as_buyer(page, title):
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Messages 1 unread").click()
    screenshot(page, "messages")
    page.get_by_role("link", name=title).click()
    expect(page.get_by_text("Hen gap quy cong ty thu Ba.")).to_be_visible()


def test_supplier_profile_to_buyer_shortlist_and_messages(new_page, tmp_path):
    token = unique("dt")
    company = f"Cong ty TNHH Co khi Dong Thau {token}"
    title = f"CNC turned brass fittings {token}"

    supplier = new_page()
    register_supplier(supplier, company, f"{token}@dongthau.example.vn")
    fill_profile(supplier, company)
    upload_certificate(supplier, tmp_path)

    buyer = new_page()
    log_in_demo(buyer, "buyer")
    post_requirement(buyer, title)
    shortlist_top_match(buyer, company, title)
    annotate_and_export(buyer, company, title, tmp_path)
    write_to_supplier(buyer, company, title)

    reply_as_supplier(supplier, title)
    read_reply_as_buyer(buyer, title)
    assert supplier.js_errors + buyer.js_errors == []
