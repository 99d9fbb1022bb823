"""In the browser: a whole matchmaking event — set up, open registration, register, request, accept, schedule and
publish, agenda (with PDF and calendar), check-in, feedback, dashboard."""
import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from .helpers import log_in_demo, screenshot, unique

BUYER = "Hoshino Precision Vietnam Co., Ltd."
SUPPLIER = "Công ty TNHH Cơ khí Chính xác Thăng Long"

pytestmark = pytest.mark.browser


def main_nav(page, name):
    page.get_by_role("navigation", name="Main").get_by_role("link", name=name, exact=True).click()


def set_up_event(page, name, day):
    main_nav(page, "Events")
    page.get_by_role("link", name="New event").click()
    page.get_by_label("Event name").fill(name)
    page.get_by_label("Venue").fill("Cung Văn hóa Hữu nghị Việt Xô, 91 Trần Hưng Đạo")
    page.get_by_label("First day").fill(day.isoformat())
    page.get_by_label("Last day").fill(day.isoformat())
    page.get_by_label("Registration deadline").fill((day - timedelta(days=3)).isoformat())
    page.get_by_label("Meeting length (minutes)").fill("20")
    page.get_by_label("Number of tables").fill("2")
    page.get_by_label("Sessions (one per line: 2026-10-15 08:30-12:00)").fill(f"{day} 09:00-10:40")
    page.get_by_label("Breaks (one per line: 2026-10-15 10:00-10:15)").fill(f"{day} 09:40-10:00")
    page.get_by_label("Mechanical engineering and manufacturing").check()
    page.get_by_label("Japanese ↔ Vietnamese interpreters").fill("1")
    page.get_by_role("button", name="Save event").click()
    expect(page.get_by_role("status")).to_have_text("Event saved.")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    page.get_by_role("button", name="Open registration").click()
    expect(page.get_by_role("status")).to_have_text("Registration is open.")
    return page.url


def register(page, name, slots, interpreter=None):
    main_nav(page, "Events")
    page.get_by_role("link", name=name).click()
    page.get_by_role("link", name="Register for this event").click()
    checkboxes = page.get_by_role("group", name="Slots you can attend").get_by_role("checkbox")
    expect(checkboxes).to_have_count(4)  # 09:00, 09:20, 10:00, 10:20: the break takes 09:40-10:00
    for index in range(4):
        checkboxes.nth(index).set_checked(index in slots)
    if interpreter:
        page.get_by_label("Interpreter needed").select_option(label=interpreter)
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("status")).to_have_text(f"You are registered for {name}.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Recommended partners")


def ask_to_meet(page):
    """On the recommended partners page the buyer saw after registering, now that the supplier registered too."""
    page.reload()
    recommended = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=SUPPLIER))
    expect(recommended.get_by_role("heading")).to_contain_text("%")  # ranked by the engine, with a score
    recommended.get_by_label("Short message").fill("Chúng tôi cần gia công CNC, hẹn gặp tại hội chợ.")
    recommended.get_by_role("button", name="Ask to meet").click()
    page.get_by_role("link", name=re.compile("^←")).click()
    expect(page.get_by_role("row").filter(has_text=SUPPLIER)).to_contain_text("Waiting for an answer")


def accept(page, name):
    main_nav(page, "Events")
    page.get_by_role("link", name=name).click()
    incoming = page.get_by_role("row").filter(has_text="Chúng tôi cần gia công CNC")
    expect(incoming).to_contain_text(BUYER)
    incoming.get_by_role("button", name="Accept").click()
    expect(page.get_by_role("row").filter(has_text=BUYER)).to_contain_text("Accepted")


def schedule_and_publish(page, overview):
    page.goto(overview)
    page.get_by_label("Time limit (seconds)").fill("5")
    page.get_by_role("button", name="Compute the schedule").click()
    expect(page.locator("#run-status")).to_have_text("optimal")
    section = page.locator("section", has=page.get_by_role("heading", name=re.compile(r"^Meetings \(")))
    meetings = section.get_by_role("row").filter(has_text=SUPPLIER)
    expect(meetings).to_have_count(1)
    expect(meetings).to_contain_text("draft")
    page.once("dialog", lambda dialog: dialog.accept())  # "Publish the schedule to every participant?"
    page.get_by_role("button", name="Publish schedule").click()
    expect(page.get_by_role("status")).to_contain_text("Schedule published: 1 new meetings")
    expect(meetings).to_contain_text("published")
    expect(page.locator("#without-meetings")).to_have_text("Everyone has a meeting.")


def agenda(page, name):
    page.goto("/")
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name=re.compile("^Notifications"))) \
        .to_contain_text("unread")  # the published schedule was announced
    main_nav(page, "Events")
    page.get_by_role("link", name=name).click()
    expect(page.get_by_text("1 meetings scheduled.")).to_be_visible()
    page.get_by_role("link", name="Open the agenda (check-in and feedback)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Agenda of {BUYER}")
    row = page.get_by_role("row").filter(has_text=SUPPLIER)
    expect(row).to_contain_text("Scheduled")
    expect(row).to_contain_text("JA")  # the buyer asked for a Japanese interpreter
    screenshot(page, "event-agenda")

    pdf = page.request.get(page.get_by_role("link", name="Printable PDF").get_attribute("href"))
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    calendar = Calendar.from_ical(download.value.path().read_bytes())
    meetings = list(calendar.walk("VEVENT"))
    assert len(meetings) == 1 and "Thăng Long" in str(meetings[0]["SUMMARY"])
    assert meetings[0].decoded("DTSTART").utcoffset() == timedelta(hours=7)  # Hanoi time


def check_in_as_staff(page, overview):
    page.goto(overview)
    page.get_by_role("row").filter(has_text=BUYER).filter(has_text="JA").get_by_role("link", name="Agenda").click()
    row = page.get_by_role("row").filter(has_text=SUPPLIER)
    row.get_by_role("button", name="Held").click()
    expect(page.get_by_role("row").filter(has_text=SUPPLIER)).to_contain_text("Held")


def give_feedback(page):
    page.reload()
    row = page.get_by_role("row").filter(has_text=SUPPLIER)
    expect(row).to_contain_text("Held")
    row.get_by_role("link", name="After the meeting").click()
    page.get_by_role("group", name="Interest in this partner").get_by_label("5").check()
    page.get_by_label("We plan a follow-up").check()
    page.get_by_label("Comment (optional)").fill("Rất tốt: tay nghề CNC cao.")
    page.get_by_role("button", name="Save feedback").click()
    expect(page.get_by_role("status")).to_be_visible()
    page.get_by_role("row").filter(has_text=SUPPLIER).get_by_role("link", name="Six months later").click()
    page.get_by_label("Negotiation started").check()
    page.get_by_label("Agreement reached").check()
    page.get_by_label("Estimated value (USD)").fill("120000")
    page.get_by_role("button", name="Save feedback").click()
    expect(page.get_by_role("status")).to_be_visible()


def dashboard(page, overview):
    page.goto(overview)
    page.get_by_role("link", name="Dashboard").click()
    figures = {name: page.locator(f"#fig-{name}").inner_text() for name in (
        "registrations", "requests", "scheduled", "held", "no-shows", "follow-ups", "deals", "value")}
    assert figures == {"registrations": "2", "requests": "1", "scheduled": "1", "held": "1", "no-shows": "0",
                       "follow-ups": "1", "deals": "1", "value": "120,000"}
    screenshot(page, "staff-event-dashboard")


def test_a_whole_event_in_the_browser(new_page):
    name = f"Hội chợ Công nghiệp hỗ trợ Hà Nội {unique('b2b')}"
    day = date.today() + timedelta(days=40)
    staff, buyer, supplier = new_page(), new_page(), new_page()
    log_in_demo(staff, "staff")
    log_in_demo(buyer, "buyer")
    log_in_demo(supplier, "supplier")

    overview = set_up_event(staff, name, day)
    register(buyer, name, slots={0, 1, 2}, interpreter="Japanese ↔ Vietnamese")
    register(supplier, name, slots={1, 2, 3})
    ask_to_meet(buyer)
    accept(supplier, name)
    schedule_and_publish(staff, overview)
    agenda(buyer, name)
    check_in_as_staff(staff, overview)
    give_feedback(buyer)
    dashboard(staff, overview)
    assert staff.js_errors + buyer.js_errors + supplier.js_errors == []
