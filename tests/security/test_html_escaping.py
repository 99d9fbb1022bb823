"""Script in anything a user writes stays inert text on every page that shows it."""
from matchmaker.extensions import db
from matchmaker.matches.store import refit
from matchmaker.messaging.services import reply
from matchmaker.security.sanitize import marked, rich_text
from tests.security.conftest import html_pages

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(2)>"
PAYLOAD = f"CNC {SCRIPT} {IMAGE} phay CNC"


def _poison(world):
    company, other_company = world["companies"]
    for supplier in (company, other_company):
        supplier.description = f"Gia công tiện phay CNC {PAYLOAD}"
        supplier.capabilities = ["phay CNC", PAYLOAD]
        supplier.name_en = PAYLOAD
    own_requirement, other_requirement = world["requirements"]
    for requirement in (own_requirement, other_requirement):
        requirement.title = f"CNC brackets {SCRIPT}"
        requirement.description = PAYLOAD
    for entry in world["entries"].values():
        entry.note = PAYLOAD
    for thread in world["threads"].values():
        reply(thread, world["buyer"] if thread.buyer_org_id == world["buyer"].organisation_id
              else world["other_buyer"], PAYLOAD)
    db.session.commit()
    refit()


def test_script_in_user_text_is_never_live_on_any_page(app, world):
    _poison(world)
    shown, problems = 0, []
    for role, path, html in html_pages(app, world):
        shown += "&lt;script&gt;alert(1)" in html
        if SCRIPT in html or "<img src=x" in html or "onerror=alert" in html.replace("&lt;img src=x onerror=", ""):
            problems.append(f"{path} as {role}")
    assert not problems, "live markup on: " + ", ".join(problems)
    assert shown > 10  # the payload really was rendered (escaped) on many pages


def test_search_snippets_and_match_evidence_keep_only_their_marks(app, world, client_for):
    _poison(world)
    page = client_for(world["buyer"]).get("/search", query_string={"q": "phay CNC"}).get_data(as_text=True)
    assert "<mark>" in page and SCRIPT not in page and "<img src=x" not in page
    requirement = world["requirements"][0]
    page = client_for(world["buyer"]).get(f"/requirements/{requirement.id}").get_data(as_text=True)
    assert SCRIPT not in page and "<img src=x" not in page


def test_the_cleaners_drop_scripts_and_handlers():
    assert marked(f"<mark>CNC</mark> {SCRIPT}{IMAGE}") == "<mark>CNC</mark> "
    assert marked('<mark onclick="x()">a</mark>') == "<mark>a</mark>"
    cleaned = rich_text('<a href="javascript:alert(1)">x</a><p style="color:red" onmouseover="y()">z</p>')
    assert "javascript:" not in cleaned and "style=" not in cleaned and "onmouseover" not in cleaned
