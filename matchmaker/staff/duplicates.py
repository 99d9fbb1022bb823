"""Possible duplicate suppliers: similar names, or the same phone, e-mail, website or enterprise code.

The rules are pure functions on plain records ({"id", "name", "phone", "email", "website", "external_id"});
`find_duplicates` adapts them to the database.
"""
import math
import re
from collections import Counter, defaultdict
from urllib.parse import urlsplit

from sqlalchemy import or_, select

from ..extensions import db
from ..matching.text import tokens
from ..suppliers.models import Supplier
from .models import DuplicateDismissal

NAME_THRESHOLD = 0.8
# Legal forms that company names share; they say nothing about which company it is. Removed as whole phrases
# (folded), so that a word like "nam" or "thanh" in a real name stays.
LEGAL_FORMS = (
    "cong ty", "trach nhiem huu han", "tnhh", "co phan", "mot thanh vien", "1 thanh vien", "mtv", "hop tac xa",
    "doanh nghiep tu nhan", "dntn", "chi nhanh", "co ltd", "jsc", "joint stock company", "company limited",
    "limited", "ltd", "company", "corporation", "corp", "inc", "viet nam", "vietnam",
)
_LEGAL = re.compile(r"\b(?:" + "|".join(re.escape(form) for form in LEGAL_FORMS) + r")\b")


def name_tokens(name):
    """The distinguishing words of a company name, folded (legal forms and diacritics dropped), with counts:
    folding merges words ("Bảo" and "bao bì"), so how often a word occurs still tells names apart."""
    folded = " ".join(tokens(name))
    return Counter(_LEGAL.sub(" ", folded).split())


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


def weighted_jaccard(a, b, weight):
    """Share of the two word multisets' weight that they have in common."""
    union = sum(weight[w] * n for w, n in (a | b).items())
    return sum(weight[w] * n for w, n in (a & b).items()) / union if union else 0.0


def _prefix(words, weight, threshold):
    """The heaviest words of a set, up to where the rest weighs less than `threshold` of the whole: a pair that
    similar must share one of them (prefix filtering), so only records sharing one are compared."""
    ordered = sorted(words, key=lambda w: (-weight[w], w))
    rest = sum(weight[w] for w in ordered)
    total = rest
    prefix = []
    for word in ordered:
        if rest < threshold * total:
            break
        prefix.append(word)
        rest -= weight[word]
    return prefix


def _similar_names(records, threshold):
    """Pairs of records whose names share at least `threshold` of their word weight. Words weigh by rarity
    (IDF), so that a shared trade ("cơ khí chính xác") counts less than a shared proper name ("Thăng Long")."""
    sets = {r["id"]: name_tokens(r["name"]) for r in records}
    frequency = defaultdict(int)
    for words in sets.values():
        for word in words:
            frequency[word] += 1
    weight = {word: math.log(1 + len(sets) / count) for word, count in frequency.items()}
    index = defaultdict(list)
    found = {}
    for record_id, words in sets.items():
        if not words:
            continue
        candidates = {other for word in _prefix(set(words), weight, threshold) for other in index[word]}
        for other in candidates:
            score = weighted_jaccard(words, sets[other], weight)
            if score >= threshold:
                found[tuple(sorted((record_id, other)))] = score
        for word in words:
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
