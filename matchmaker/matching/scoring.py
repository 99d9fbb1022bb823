"""Supplier profiles for hard constraints, soft boosts and human-readable reasons.

Hard constraints (never relaxed): every `required_certifications` entry must be held and valid on `today`
(a certificate whose `valid_until` is in the past does not count; a plain string or a null/absent
`valid_until` never expires), and `five_s` must be at least `min_five_s` (none < training < implemented <
certified; a supplier without `five_s` counts as "none").

Soft boosts (they scale a relevance that must already be there, so they never pull in an unrelated supplier):
the share of requested sectors the supplier works in, the same province, the share of preferred
certifications held (certifications the buyer names in the text count as preferred), a DoIT-verified profile,
a recognised key industrial product, and the supplier's 5S level.
"""
from datetime import date

from .certifications import normalise_certification
from .text import fold

FIVE_S = ("none", "training", "implemented", "certified")
NO_EXPIRY = date.max.toordinal()
# Largest multiplier each boost can add; the score is divided by the total of those that apply, so it stays <= 1.
BOOSTS = {"sector": 0.15, "province": 0.10, "preferred": 0.12, "verified": 0.08, "key_product": 0.06, "five_s": 0.04}
SECTOR_BITS = {sector: 1 << bit for bit, sector in enumerate((
    "mechanical", "electrical-electronics", "it", "textile-garment-footwear", "food-processing",
    "chemicals-rubber-plastics-pharma", "construction-materials", "handicrafts"))}
KIND_LABELS = {"process": "capability", "product": "product", "material": "material", "surface": "surface treatment",
               "equipment": "equipment"}


def five_s_rank(value):
    """Return 0..3 for none/training/implemented/certified; anything else counts as none."""
    value = fold(value or "none").strip()
    return FIVE_S.index(value) if value in FIVE_S else 0


def province_key(value):
    """Return a comparable key for a province: 'TP. Hà Nội', 'Ha Noi' and 'Hanoi' give 'hanoi'."""
    key = fold(value or "").replace(".", " ").strip()
    for prefix in ("thanh pho ", "tp ", "tinh "):
        if key.startswith(prefix):
            key = key[len(prefix):]
    return key.replace(" ", "").replace("-", "")


def expiry_ordinal(valid_until):
    """Return the last valid day of a certificate as a date ordinal; no (or unreadable) date never expires."""
    if not valid_until:
        return NO_EXPIRY
    text = str(valid_until).strip()[:10]
    try:
        return date.fromisoformat(text).toordinal()
    except ValueError:
        pass
    try:  # "2027-05": valid through that month
        year, month = (int(part) for part in text[:7].split("-"))
        return (date(year + month // 12, month % 12 + 1, 1)).toordinal() - 1
    except ValueError:
        return NO_EXPIRY


def certificates(supplier):
    """Return [canonical name, expiry ordinal, valid_until text or None] for each certification of a supplier."""
    found = []
    for entry in supplier.get("certifications") or []:
        name, valid_until = (entry.get("name"), entry.get("valid_until")) if isinstance(entry, dict) else (entry, None)
        if isinstance(name, str) and name.strip():
            found.append([normalise_certification(name), expiry_ordinal(valid_until), valid_until or None])
    return found


def supplier_profile(supplier, features):
    """Return the JSON-able facts about a supplier that matching needs after the text is indexed."""
    sectors = [sector for sector in supplier.get("sectors") or [] if sector in SECTOR_BITS]
    year = supplier.get("key_industrial_product")
    return {
        "id": str(supplier["external_id"]), "concepts": features.concepts, "certs": certificates(supplier),
        "five_s": five_s_rank(supplier.get("five_s")), "sectors": sectors, "province": supplier.get("province"),
        "verified": bool(supplier.get("verified")), "key_product": int(year) if str(year or "").isdigit() else 0,
        "trade": features.trade_factor,
    }


def sector_mask(sectors):
    """Return the bit mask of a list of sector codes."""
    mask = 0
    for sector in sectors or []:
        mask |= SECTOR_BITS.get(sector, 0)
    return mask


def _month(ordinal):
    return date.fromordinal(ordinal).strftime("%Y-%m")


def certificate_reason(profile, name, today, label="certification"):
    """Return 'certification: ISO 9001 (valid to 2027-05)' for a certification the supplier holds validly, or None."""
    valid = [cert for cert in profile["certs"] if cert[0] == name and cert[1] >= today.toordinal()]
    if not valid:
        return None
    expiry = max(cert[1] for cert in valid)
    return f"{label}: {name}" + ("" if expiry == NO_EXPIRY else f" (valid to {_month(expiry)})")


def concept_reasons(profile, query_concepts, vocabulary, limit=4):
    """Return reasons such as 'capability: CNC turning ↔ tiện CNC' for the buyer's concepts the supplier covers."""
    reasons = []
    for concept, buyer_words in query_concepts.items():
        covering = [(own, facts) for own, facts in profile["concepts"].items()
                    if own == concept or concept in vocabulary.ancestors(own)]
        general = [(own, facts) for own, facts in profile["concepts"].items()
                   if own in vocabulary.ancestors(concept)]
        if not covering and not general:
            continue
        own, (_, supplier_words, _) = max(covering or general, key=lambda item: item[1][2])
        label = KIND_LABELS.get(vocabulary.concepts[concept].kind, "capability")
        same = fold(buyer_words) == fold(supplier_words)
        text = supplier_words if same else f"{buyer_words} ↔ {supplier_words}"
        reasons.append(f"{label}: {text}" + ("" if covering else " (general)"))
        if len(reasons) == limit:
            break
    return reasons


def profile_reasons(profile, requirement, preferred, today):
    """Return the reasons from certifications, sectors, province, 5S, key product and verification."""
    reasons = []
    for name in requirement.get("required_certifications") or []:
        reasons.append(certificate_reason(profile, normalise_certification(name), today))
    for name in preferred:
        reasons.append(certificate_reason(profile, name, today, "preferred certification"))
    reasons += [f"sector: {sector}" for sector in profile["sectors"] if sector in (requirement.get("sectors") or [])]
    if requirement.get("province") and province_key(requirement["province"]) == province_key(profile["province"]):
        reasons.append(f"province: {profile['province']}")
    if profile["five_s"]:
        reasons.append(f"5S: {FIVE_S[profile['five_s']]}")
    if profile["key_product"]:
        reasons.append(f"key industrial product ({profile['key_product']})")
    if profile["verified"]:
        reasons.append("verified by DoIT")
    if profile["trade"] < 1:
        reasons.append("trading company: ranked below manufacturers")
    return [reason for reason in reasons if reason]
