"""Possible duplicate suppliers: similar names, or the same phone, e-mail, website or enterprise code.

The rules are pure functions on plain records ({"id", "name", "phone", "email", "website", "external_id"});
`find_duplicates` adapts them to the database.
"""
import math
import re
from collections import defaultdict
from urllib.parse import urlsplit

from sqlalchemy import or_, select

from ..extensions import db
from ..matching.text import tokens
from ..suppliers.models import Supplier
from .models import DuplicateDismissal

NAME_THRESHOLD = 0.8
# Legal forms and filler words that every company name shares; they say nothing about which company it is.
NAME_STOPWORDS = frozenset("""
cong ty tnhh co phan cp mtv mot thanh vien trach nhiem huu han jsc ltd limited company corp corporation inc
va and the of hop tac xa htx doanh nghiep dntn tu nhan chi nhanh group tap doan vn viet nam vietnam
""".split())


def name_tokens(name):
    """The distinguishing words of a company name, folded: legal forms and diacritics dropped."""
    return frozenset(t for t in tokens(name) if t not in NAME_STOPWORDS)


def phone_key(phone):
    """Digits of a phone number with +84/84 written as the national 0 prefix; None when too short to tell."""
    first = re.split(r"[,;/]", phone or "")[0]  # a field listing several numbers: the main one
    digits = re.sub(r"\D", "", first)
    if digits.startswith("84") and len(digits) >= 11:
        digits = "0" + digits[2:]
    elif digits and not digits.startswith("0") and len(digits) in (9, 10):
        digits = "0" + digits
    return digits if len(digits) >= 9 else None


def email_key(email):
    """The e-mail address, trimmed and lower-cased."""
    email = (email or "").strip().lower()
    return email if "@" in email else None


def website_key(website):
    """The website's host without 'www.' (scheme, path and case ignored)."""
    website = (website or "").strip().lower()
    if not website:
        return None
    host = urlsplit(website if "//" in website else "//" + website).hostname or ""
    host = host.removeprefix("www.")
    return host or None


def code_key(code):
    """The enterprise code's digits only ('0101-234-567' and '0101234567' are the same)."""
    digits = re.sub(r"\D", "", code or "")
    return digits or None


def jaccard(a, b):
    """Share of words two token sets have in common."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _similar_names(records, threshold):
    """Pairs of records whose name tokens overlap at least `threshold` (Jaccard), with prefix filtering:
    two sets that similar must share one of their rarest words, so only those candidates are compared."""
    sets = {r["id"]: name_tokens(r["name"]) for r in records}
    frequency = defaultdict(int)
    for words in sets.values():
        for word in words:
            frequency[word] += 1
    index = defaultdict(list)
    found = {}
    for record_id, words in sets.items():
        if not words:
            continue
        ordered = sorted(words, key=lambda w: (frequency[w], w))
        prefix = ordered[:len(ordered) - math.ceil(threshold * len(ordered)) + 1]
        candidates = {other for word in prefix for other in index[word]}
        for other in candidates:
            score = jaccard(words, sets[other])
            if score >= threshold:
                found[tuple(sorted((record_id, other)))] = score
        for word in prefix:
            index[word].append(record_id)
    return found


def _same_key(records, key, field):
    groups = defaultdict(list)
    for record in records:
        value = key(record.get(field))
        if value:
            groups[value].append(record["id"])
    pairs = {}
    for value, ids in groups.items():
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                pairs[tuple(sorted((first, second)))] = value
    return pairs


RULES = (("phone", phone_key), ("email", email_key), ("website", website_key), ("external_id", code_key))


def duplicate_pairs(records, threshold=NAME_THRESHOLD):
    """{(id, id): [(rule, detail), ...]} for every pair of records that may be the same company."""
    pairs = defaultdict(list)
    for pair, score in _similar_names(records, threshold).items():
        pairs[pair].append(("name", f"{score:.0%}"))
    for field, key in RULES:
        for pair, value in _same_key(records, key, field).items():
            pairs[pair].append((field, value))
    return dict(pairs)


def _records():
    rows = db.session.execute(select(Supplier.id, Supplier.name, Supplier.contact_phone, Supplier.contact_email,
                                     Supplier.contact_website, Supplier.external_id))
    return [{"id": r[0], "name": r[1], "phone": r[2], "email": r[3], "website": r[4], "external_id": r[5]}
            for r in rows]


def dismissed_pairs():
    """Pairs staff marked as different companies."""
    rows = db.session.execute(select(DuplicateDismissal.first_id, DuplicateDismissal.second_id))
    return {tuple(sorted(row)) for row in rows}


def find_duplicates():
    """Possible duplicates as [(first Supplier, second Supplier, reasons)], most reasons first."""
    pairs = duplicate_pairs(_records())
    dismissed = dismissed_pairs()
    pairs = {pair: reasons for pair, reasons in pairs.items() if pair not in dismissed}
    ids = {i for pair in pairs for i in pair}
    suppliers = {s.id: s for s in db.session.scalars(select(Supplier).where(Supplier.id.in_(ids)))} if ids else {}
    ordered = sorted(pairs.items(), key=lambda item: (-len(item[1]), suppliers[item[0][0]].name, item[0]))
    return [(suppliers[a], suppliers[b], reasons) for (a, b), reasons in ordered]


def dismiss(first, second, user):
    """Record that two suppliers are different companies, so the pair is no longer listed."""
    from ..audit.services import record

    low, high = sorted((first.id, second.id))
    exists = db.session.scalar(select(DuplicateDismissal.id).where(or_(
        (DuplicateDismissal.first_id == low) & (DuplicateDismissal.second_id == high),
        (DuplicateDismissal.first_id == high) & (DuplicateDismissal.second_id == low))))
    if not exists:
        db.session.add(DuplicateDismissal(first_id=low, second_id=high, dismissed_by_id=user.id))
        record("not_duplicate", "supplier", low, {"not_duplicate_of": [None, high]}, user, low, "staff")
