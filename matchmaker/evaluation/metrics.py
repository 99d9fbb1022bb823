"""Ranking metrics with graded relevance, and the hard-constraint check that counts violations.

Grades are 0-3 (3 = exactly what was asked, 2 = a close fit, 1 = loosely related). Unjudged suppliers count as 0.
The hard-constraint check reads the supplier records themselves, independently of any matching engine.
"""
import math
import re
from datetime import date

FIVE_S_LEVELS = ("none", "training", "implemented", "certified")
_YEAR_SUFFIX = re.compile(r":\s*\d{4}\s*$")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def dcg(grades):
    """Discounted cumulative gain with exponential gain 2^grade - 1 and a log2(rank + 1) discount."""
    return sum((2 ** g - 1) / math.log2(rank + 2) for rank, g in enumerate(grades))


def ndcg_at_k(ranked_ids, judgements, k=10):
    """NDCG@k of a ranking against {supplier_id: grade}; 0.0 when nothing is relevant."""
    ideal = dcg(sorted((g for g in judgements.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judgements.get(i, 0) for i in ranked_ids[:k]]) / ideal


def recall_at_k(ranked_ids, judgements, k=10, min_grade=2):
    """Share of the suppliers graded >= min_grade found in the top k, capped: the denominator is min(k, relevant).

    Capping keeps 1.0 reachable when more than k suppliers are relevant. None when nothing is relevant.
    """
    relevant = {i for i, g in judgements.items() if g >= min_grade}
    if not relevant:
        return None
    return len(relevant.intersection(ranked_ids[:k])) / min(k, len(relevant))


def reciprocal_rank(ranked_ids, judgements, min_grade=2):
    """1 / rank of the first supplier graded >= min_grade, 0.0 if none is returned."""
    for rank, i in enumerate(ranked_ids, start=1):
        if judgements.get(i, 0) >= min_grade:
            return 1.0 / rank
    return 0.0


def normalise_certification(name):
    """'ISO 9001:2015', 'ISO9001' and 'iso 9001' all become 'iso9001'."""
    return _NOT_ALNUM.sub("", _YEAR_SUFFIX.sub("", str(name).strip().lower()))


def valid_certifications(supplier, today):
    """Normalised names of the supplier's certifications that have not expired by `today`."""
    valid = set()
    for cert in supplier.get("certifications") or []:
        if isinstance(cert, str):
            valid.add(normalise_certification(cert))
            continue
        until = cert.get("valid_until")
        if until and date.fromisoformat(str(until)[:10]) < today:
            continue
        valid.add(normalise_certification(cert.get("name", "")))
    return valid


def five_s_level(value):
    """Position of a five_s value in the contract's order; a missing or unknown value counts as 'none'."""
    value = (value or "none").strip().lower()
    return FIVE_S_LEVELS.index(value) if value in FIVE_S_LEVELS else 0


def hard_constraint_failures(supplier, requirement, today):
    """Why the supplier may not be returned for the requirement (empty list when it may)."""
    failures = []
    valid = valid_certifications(supplier, today)
    for name in requirement.get("required_certifications") or []:
        if normalise_certification(name) not in valid:
            failures.append(f"missing or expired certification: {name}")
    minimum = requirement.get("min_five_s")
    if minimum and five_s_level(supplier.get("five_s")) < five_s_level(minimum):
        failures.append(f"five_s {supplier.get('five_s') or 'none'} below {minimum}")
    return failures


def count_violations(ranked_ids, suppliers_by_id, requirement, today):
    """How many returned suppliers fail a hard constraint of the requirement (unknown ids count too)."""
    return sum(1 for i in ranked_ids
               if i not in suppliers_by_id or hard_constraint_failures(suppliers_by_id[i], requirement, today))


def mean(values):
    """Mean of the values that are not None; 0.0 for none."""
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else 0.0
