"""HTML from text the users wrote: only the markup the app itself adds survives (nh3, an allow-list cleaner).

Templates escape user text by default (Jinja autoescaping). The few places that render HTML built from user
text (search snippets and match evidence, with <mark> around matched words) escape it first, and pass it
through `marked` as well, so that a mistake in building the HTML still cannot run a script.
"""
import nh3
from markupsafe import Markup

MARK_TAGS = frozenset({"mark"})
# Rich text (should a field ever accept formatting): structure and emphasis, links without scripts.
RICH_TAGS = frozenset({"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "mark", "a", "blockquote",
                       "code", "pre"})
RICH_ATTRIBUTES = {"a": {"href", "title"}}


def marked(html):
    """HTML that keeps only <mark> elements (no attributes); everything else is dropped or escaped."""
    return Markup(nh3.clean(str(html or ""), tags=set(MARK_TAGS), attributes={}, link_rel=None))


def rich_text(html):
    """HTML cleaned to a small allow-list of formatting tags, links limited to http(s) and mailto."""
    return Markup(nh3.clean(str(html or ""), tags=set(RICH_TAGS), attributes=RICH_ATTRIBUTES,
                            url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow"))


def init_app(app):
    """Make the cleaners available to templates as filters: {{ snippet | marked }}."""
    app.add_template_filter(marked, "marked")
    app.add_template_filter(rich_text, "rich_text")
