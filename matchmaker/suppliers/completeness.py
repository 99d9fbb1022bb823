"""How complete a supplier profile is, and what to add next: a pure function of the contract record."""
from dataclasses import dataclass, field

PLACEHOLDER_PREFIX = "9"  # self-registered companies get a 9xxxxxxxxx code until they enter their real one
MIN_DESCRIPTION = 80
MIN_CAPABILITIES = 3


def _has(record, key):
    return bool(record.get(key))


def _contact(record):
    contact = record.get("contact") or {}
    return bool(contact.get("email") or contact.get("phone"))


# (key, editor section, weight, test); ordered by how much each helps buyers find the company.
CHECKS = (
    ("capabilities", "capabilities", 15, lambda r, d: len(r.get("capabilities") or []) >= MIN_CAPABILITIES),
    ("description", "company", 12, lambda r, d: len((r.get("description") or "").strip()) >= MIN_DESCRIPTION),
    ("sectors", "company", 10, lambda r, d: _has(r, "sectors")),
    ("products", "capabilities", 10, lambda r, d: _has(r, "products")),
    ("certifications", "certifications", 8, lambda r, d: _has(r, "certifications")),
    ("materials", "materials", 8, lambda r, d: _has(r, "materials")),
    ("external_id", "company", 6, lambda r, d: not str(r.get("external_id", "")).startswith(PLACEHOLDER_PREFIX)),
    ("contact", "contacts", 6, lambda r, d: _contact(r)),
    ("five_s", "programmes", 5, lambda r, d: _has(r, "five_s")),
    ("location", "location", 5, lambda r, d: _has(r, "province") and _has(r, "district")),
    ("name_en", "company", 4, lambda r, d: _has(r, "name_en")),
    ("documents", "certifications", 4, lambda r, d: _has(r, "certifications") and d >= len(r["certifications"])),
    ("languages", "markets", 3, lambda r, d: _has(r, "languages")),
    ("employees", "company", 2, lambda r, d: r.get("employees") is not None),
    ("export_markets", "markets", 2, lambda r, d: _has(r, "export_markets")),
)


@dataclass(frozen=True)
class Missing:
    key: str
    section: str


@dataclass(frozen=True)
class Completeness:
    percent: int
    missing: list = field(default_factory=list)

    @property
    def complete(self):
        return not self.missing

    def next_steps(self, limit=3):
        """The most useful things to add next."""
        return self.missing[:limit]


def completeness(record, documents=0):
    """Score a contract record (0-100) and list what is missing, most useful first.

    `documents` is how many of its certifications have an uploaded certificate document.
    """
    total = sum(weight for _, _, weight, _ in CHECKS)
    done, missing = 0, []
    for key, section, weight, test in CHECKS:
        if test(record, documents):
            done += weight
        else:
            missing.append(Missing(key, section))
    return Completeness(percent=round(100 * done / total), missing=missing)
