"""In the browser: the keyboard alone logs in, key pages fit a phone screen, and the default language is Vietnamese."""
import re

import pytest
from playwright.sync_api import expect

from .helpers import DEMO, log_in_demo, screenshot

pytestmark = pytest.mark.browser
PHONE = {"width": 375, "height": 740}


def focused(page):
    """The id (or else the tag) of the element that has the keyboard focus."""
    return page.evaluate("document.activeElement.id || document.activeElement.tagName.toLowerCase()")


def test_logging_in_with_the_keyboard_only(new_page):
    page = new_page(lang=None)  # the default interface language: Vietnamese
    page.goto("/auth/login")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Chuyển đến nội dung chính"  # skip link first
    page.keyboard.press("Enter")  # skip the navigation
    page.keyboard.press("Tab")
    assert focused(page) == "email"
    page.keyboard.type(DEMO["buyer"][0])
    page.keyboard.press("Tab")
    assert focused(page) == "password"
    page.keyboard.type(DEMO["buyer"][1])
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Sato")  # "Xin chào, …" with the buyer's name
    expect(page.get_by_role("navigation").get_by_role("button", name="Đăng xuất")).to_be_visible()


def test_a_wrong_password_is_refused_and_keeps_the_e_mail(new_page):
    page = new_page()
    page.goto("/auth/login")
    page.get_by_label("E-mail").fill(DEMO["buyer"][0])
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_label("Password").press("Enter")
    expect(page.get_by_role("alert")).to_have_text("Wrong e-mail or password, or the account is deactivated.")
    expect(page.get_by_label("E-mail")).to_have_value(DEMO["buyer"][0])
    expect(page.get_by_role("button", name="Log out")).to_have_count(0)


def test_key_pages_for_visitors(new_page):
    page = new_page()
    expect(page.get_by_role("heading", level=1)).to_have_text("Local suppliers for manufacturers in Hanoi")
    screenshot(page, "home")
    page.get_by_role("link", name="Find suppliers").click()
    page.get_by_role("searchbox").first.fill("tien CNC dong thau")
    page.get_by_role("searchbox").first.press("Enter")
    results = page.locator("main").get_by_role("heading", level=2)
    expect(results.first).to_be_visible()
    screenshot(page, "search")
    results.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot(page, "supplier-profile")
    assert page.js_errors == []


def test_staff_pages(new_page):
    page = new_page()
    log_in_demo(page, "staff")
    page.get_by_role("link", name="Staff", exact=True).click()
    screenshot(page, "staff-home")
    page.get_by_role("link", name="Reports", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot(page, "staff-reports-dashboard")
    assert page.js_errors == []


def _overflow(page, url):
    """None when the page fits the screen's width, else what sticks out."""
    wide = page.evaluate("""() => {
        const limit = window.innerWidth;
        return Array.from(document.querySelectorAll('body *'))
          .filter((el) => el.getBoundingClientRect().right > limit + 1 && !el.closest('.table-wrap'))
          .slice(0, 5).map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
    }""")
    scroll_width, screen = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    return None if scroll_width <= screen else f"{url} is {scroll_width}px wide on a {screen}px screen: {wide}"


def _first_link_in_main(page, pattern):
    """The first address in the page's main part that matches the pattern (such as a requirement's matches)."""
    for href in page.locator("main a[href]").evaluate_all("links => links.map((a) => a.getAttribute('href'))"):
        if re.fullmatch(pattern, href):
            return href
    raise AssertionError(f"no link like {pattern} on {page.url}")


@pytest.mark.parametrize("role", [None, "buyer", "supplier", "staff"])
def test_pages_fit_a_phone_screen(new_page, role):
    page = new_page(viewport=PHONE)
    pages = ["/", "/search?q=CNC", "/search?q=ep+nhua&sector=chemicals-rubber-plastics-pharma", "/auth/login",
             "/auth/register", "/events/"]
    if role:
        log_in_demo(page, role)
    if role == "buyer":
        page.goto("/requirements/")
        pages += ["/requirements/", _first_link_in_main(page, r"/requirements/\d+"), "/requirements/new",
                  "/shortlists/", "/messages/", "/notifications/", "/saved-searches/"]
        page.goto("/events/")
        event = _first_link_in_main(page, r"/events/\d+")  # the demo fair, where the demo buyer is registered
        pages += [event, f"{event}/partners", f"{event}/agenda"]
        page.goto("/shortlists/")
        page.get_by_label("Name of the new shortlist").fill("Phone check")
        page.get_by_role("button", name="Create shortlist").click()
        pages.append(page.url)
    elif role == "supplier":
        pages += ["/opportunities/", "/messages/", "/notifications/"]
        page.goto("/suppliers/me")
        base = page.url.rsplit("/edit", 1)[0]
        pages += [base, f"{base}/edit/capabilities", f"{base}/edit/certifications", f"{base}/edit/visibility"]
    elif role == "staff":
        pages += ["/staff/", "/staff/verification", "/staff/users", "/staff/audit", "/reports/", "/staff/events/"]
        page.goto("/staff/events/")
        overview = _first_link_in_main(page, r"/staff/events/\d+")
        pages += [overview, overview + "/dashboard", overview + "/table-plan", overview.replace("/staff", "")]
    problems = []
    for url in pages:
        response = page.goto(url)
        problems.append(_overflow(page, url) if response.ok else f"{url} answered {response.status}")
    assert not [p for p in problems if p]
    screenshot(page, f"phone-{role or 'visitor'}")
    assert page.js_errors == []
