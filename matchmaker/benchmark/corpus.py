"""A synthetic corpus for the benchmark: suppliers, requirements and search queries in the interchange format.

Built from the demo generator's building blocks (product lines, bilingual trade terms, places, certificates with
expiry dates, descriptions in Vietnamese with and without diacritics followed by English), so the text looks like
the real thing. The demo keeps company names and web domains unique, which a pool of a few thousand brands cannot
do for a million firms, so here they may repeat; enterprise codes are numbered instead, which keeps them unique.
"""
import random

from ..demo import generator as demo
from ..demo.data import firms
from ..demo.requirements import build_requirements
from ..matching.certifications import normalise_certification
from ..matching.scoring import expiry_ordinal
from ..matching.text import fold
from ..search.documents import TEXT_FIELDS
from ..search.query import size_band

TODAY = demo.REFERENCE_DATE   # the day certificate dates are spread around; matching is timed "on" it
VERIFIED_SHARE = 0.3
ANCHORS = 20_000              # requirements are written around suppliers among the first ANCHORS
SECOND_FILTERS = (("province", ["Hà Nội"]), ("five_s", "training"), ("five_s", "implemented"),
                  ("certification", ["ISO 9001"]), ("verified", True), ("size", ["small", "medium"]))


class _Unlimited(set):
    """A set that never holds anything: lets the demo generator repeat names and domains (and skip its code check)."""

    def __contains__(self, item):
        return False

    def add(self, item):
        pass


def enterprise_code(index):
    """A valid-looking, unique 10-digit enterprise code for the index-th synthetic supplier."""
    return f"9{index:09d}"


def suppliers(count, seed=2026):
    """Yield count supplier records (contract format plus "verified"), the same ones for the same seed."""
    state = demo._State(random.Random(seed))
    state.names, state.domains, state.codes = _Unlimited(), _Unlimited(), _Unlimited()
    flags = random.Random(seed + 1)
    for index in range(count):
        record = demo._supplier(state)
        record["external_id"] = enterprise_code(index)
        record["verified"] = flags.random() < VERIFIED_SHARE
        yield record


def requirements(supplier_records, count, seed=2026):
    """Return count buyer requirements in the demo's style, each written around one of the first ANCHORS suppliers."""
    rng = random.Random(seed + 2)
    buyers = [demo._buyer(index, row) for index, row in enumerate(firms.BUYERS)]
    return build_requirements(rng, count, buyers, firms.BUYERS, supplier_records[:ANCHORS], TODAY)


def search_queries(requirement_records, seed=2026):
    """One faceted search per requirement: its title as the text, its first sector and one other facet as filters."""
    rng = random.Random(seed + 3)
    queries = []
    for requirement in requirement_records:
        name, value = rng.choice(SECOND_FILTERS)
        queries.append({"text": requirement["title"], "filters": {"sector": requirement["sectors"][:1], name: value}})
    return queries


def valid_certifications(record, today=TODAY):
    """The canonical names of the certifications of a record that are valid on today."""
    names = set()
    for entry in record.get("certifications") or []:
        name, until = (entry, None) if isinstance(entry, str) else (entry.get("name"), entry.get("valid_until"))
        if name and expiry_ordinal(until) >= today.toordinal():
            names.add(normalise_certification(name))
    return sorted(names)


def search_document(record, index, today=TODAY, catch_all=True):
    """The search document of a record, as `search.documents.supplier_document` builds it from a fully public row.

    catch_all=False leaves out the folded catch-all "text" field, which only the Elasticsearch backend searches.
    """
    doc = {"id": index + 1, "external_id": record["external_id"]}
    for name in TEXT_FIELDS:
        value = record.get(name)
        doc[name] = "\n".join(str(item) for item in value if item) if isinstance(value, list) else value or ""
    doc.update({
        "sectors": sorted(record.get("sectors") or []),
        "certifications": valid_certifications(record, today),
        "five_s": record.get("five_s") or None,
        "province": record.get("province") or None,
        "district": record.get("district") or None,
        "industrial_zone": record.get("industrial_zone") or None,
        "key_industrial_product": record.get("key_industrial_product"),
        "has_kip": record.get("key_industrial_product") is not None,
        "verified": bool(record.get("verified")),
        "size": size_band(record.get("employees")),
        "updated_at": None,
    })
    if not catch_all:
        return doc
    extras = doc["certifications"] + [doc[name] for name in ("district", "province", "industrial_zone") if doc[name]]
    doc["text"] = fold("\n".join([doc[name] for name in TEXT_FIELDS] + extras))
    return doc
