"""Steps and helpers the browser journeys share: logging in, screenshots, unique names."""
import re
import uuid
from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# Passwords of the demo log-ins (matchmaker/demo/generator.py); the README lists the same.
DEMO = {
    "buyer": ("buyer@demo.matchmaker.vn", "hoshino-buyer-2026"),
    "supplier": ("supplier@demo.matchmaker.vn", "thanglong-supplier-2026"),
    "staff": ("staff@demo.matchmaker.vn", "hanoi-doit-staff-2026"),
}


def log_in(page, email, password):
    """Log in through the form (in English) and wait for the welcome message."""
    page.goto("/auth/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("Welcome,").wait_for()


def log_in_demo(page, role):
    """Log in as the demo buyer, supplier or staff member."""
    log_in(page, *DEMO[role])


def screenshot(page, name):
    """Save a full-page screenshot under test-artifacts/screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def unique(prefix):
    """A short unique token, so journeys never collide in the shared live database."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def number_in(text):
    """The first whole number in a text (such as an unread badge), or None."""
    found = re.search(r"\d+", text or "")
    return int(found.group()) if found else None
