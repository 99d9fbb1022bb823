"""What a search asks (SearchQuery) and what it answers (SearchResult), shared by every backend and the views.

Filter semantics, the same in every backend:
- sector, province, district, size: any of the chosen values (OR);
- certification: all of the chosen certifications, valid ones only (AND), as a buyer's hard requirement;
- five_s: a minimum level, so "implemented" also accepts "certified";
- kip, verified: True keeps only suppliers with a key industrial product / verified by DoIT.

Facet counts ignore the facet's own filter (so the other choices of a field stay visible with their counts),
except certification, whose counts narrow with each chosen certificate. five_s counts are cumulative:
the count under "implemented" is how many suppliers reach at least that level.
"""
from dataclasses import dataclass, field

from ..suppliers.models import FIVE_S_LEVELS

# Facet name -> document field.
FACET_FIELDS = {
    "sector": "sectors", "certification": "certifications", "five_s": "five_s", "province": "province",
    "district": "district", "kip": "has_kip", "verified": "verified", "size": "size",
}
ANY_OF = ("sector", "province", "district", "size")
BOOLEAN = ("kip", "verified")
SIZE_BANDS = (("micro", 0, 9), ("small", 10, 99), ("medium", 100, 299), ("large", 300, None))
MAX_PAGE = 500  # deep pages are never useful to a person and are costly for Elasticsearch


@dataclass
class SearchQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)
    page: int = 1
    per_page: int = 20

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class SearchResult:
    ids: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)      # {facet: {value: count}}
    highlights: dict = field(default_factory=dict)  # {id: [html snippets]}
    backend: str = ""

    @property
    def empty(self):
        return self.total == 0


def size_band(employees):
    """The size-band code for a head count: micro <10, small 10-99, medium 100-299, large 300+ (None if unknown)."""
    if employees is None:
        return None
    for code, low, high in SIZE_BANDS:
        if employees >= low and (high is None or employees <= high):
            return code
    return None


def five_s_at_least(level):
    """The 5S levels that satisfy a minimum level ('implemented' -> implemented, certified)."""
    if level not in FIVE_S_LEVELS:
        return []
    return list(FIVE_S_LEVELS[FIVE_S_LEVELS.index(level):])


def clean_filters(filters):
    """Drop unknown facets and empty values; lists for any-of/all-of facets, a level for five_s, True for flags."""
    clean = {}
    for name, value in (filters or {}).items():
        if name not in FACET_FIELDS or value in (None, "", [], False):
            continue
        if name in BOOLEAN:
            clean[name] = True
        elif name == "five_s":
            value = value[0] if isinstance(value, (list, tuple)) else value
            if value in FIVE_S_LEVELS and value != "none":
                clean[name] = value
        else:
            values = [value] if isinstance(value, str) else [v for v in value if v]
            if values:
                clean[name] = sorted(set(values))
    return clean


def query_from_args(args, per_page=20):
    """Build a SearchQuery from request arguments (q, page and one parameter per facet, repeatable)."""
    filters = {name: (args.get(name) if name in BOOLEAN or name == "five_s" else args.getlist(name))
               for name in FACET_FIELDS}
    filters = {name: value for name, value in filters.items() if name not in BOOLEAN or value in ("1", "true", "on")}
    try:
        page = min(max(int(args.get("page", 1)), 1), MAX_PAGE)
    except ValueError:
        page = 1
    return SearchQuery(text=(args.get("q") or "").strip()[:200], filters=clean_filters(filters),
                       page=page, per_page=per_page)


def cumulative_five_s(exact):
    """Turn per-level counts into at-least counts ({'implemented': 3, 'certified': 1} -> implemented 4)."""
    counts, running = {}, 0
    for level in reversed(FIVE_S_LEVELS[1:]):
        running += exact.get(level, 0)
        counts[level] = running
    return {level: counts[level] for level in FIVE_S_LEVELS[1:] if counts[level]}
