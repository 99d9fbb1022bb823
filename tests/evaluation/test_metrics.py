"""Ranking metrics, the hard-constraint check and the BM25 baseline, on examples worked out by hand."""
import json
import math
from datetime import date

import pytest

from matchmaker.evaluation.bm25 import BM25, BM25Baseline, tokenize
from matchmaker.evaluation.metrics import (
    count_violations,
    dcg,
    hard_constraint_failures,
    ndcg_at_k,
    normalise_certification,
    recall_at_k,
    reciprocal_rank,
)
from matchmaker.evaluation.report import LabelledSet, evaluate, format_report, read_qrels, score_run

TODAY = date(2026, 11, 21)
JUDGED = {"a": 3, "b": 2, "c": 1, "d": 2}


def test_dcg_uses_exponential_gain_and_log_discount():
    assert dcg([3, 0, 2]) == pytest.approx(7 / 1 + 0 + 3 / 2)


def test_ndcg_worked_example():
    # ranking b, x, a against a=3, b=2, c=1: DCG = 3/1 + 0 + 7/2; ideal a, b, d = 7 + 3/log2(3) + 3/2
    judged = {"a": 3, "b": 2, "c": 1}
    assert ndcg_at_k(["b", "x", "a"], judged) == pytest.approx(6.5 / (7 + 3 / math.log2(3) + 0.5))
    assert ndcg_at_k(["a", "b", "c"], judged) == pytest.approx(1.0)


def test_ndcg_only_counts_the_top_k():
    assert ndcg_at_k(["x", "a"], {"a": 3}, k=1) == 0.0
    assert ndcg_at_k(["a", "x"], {"a": 3, "b": 3}, k=1) == pytest.approx(1.0)


def test_ndcg_is_zero_when_nothing_is_relevant():
    assert ndcg_at_k(["a"], {"a": 0}) == 0.0


def test_recall_counts_grade_two_and_above():
    assert recall_at_k(["c", "a", "x"], JUDGED) == pytest.approx(1 / 3)
    assert recall_at_k(["a", "b", "d"], JUDGED) == pytest.approx(1.0)
    assert recall_at_k(["a"], {"a": 1}) is None


def test_recall_is_capped_at_k_relevant():
    judged = {f"s{i}": 3 for i in range(12)}
    assert recall_at_k([f"s{i}" for i in range(10)], judged, k=10) == pytest.approx(1.0)
    assert recall_at_k([f"s{i}" for i in range(5)], judged, k=10) == pytest.approx(0.5)


def test_reciprocal_rank_of_first_grade_two():
    assert reciprocal_rank(["c", "x", "b"], JUDGED) == pytest.approx(1 / 3)
    assert reciprocal_rank(["c", "x"], JUDGED) == 0.0


@pytest.mark.parametrize("spelling", ["ISO 9001:2015", "ISO9001", "iso 9001", " ISO-9001 "])
def test_certification_names_are_normalised(spelling):
    assert normalise_certification(spelling) == "iso9001"


def supplier(**fields):
    return {"external_id": "0100000001", "name": "Công ty TNHH Cơ khí Thử", **fields}


def test_expired_required_certification_is_a_failure():
    requirement = {"required_certifications": ["ISO 9001"]}
    expired = supplier(certifications=[{"name": "ISO 9001:2015", "valid_until": "2026-11-20"}])
    last_day = supplier(certifications=[{"name": "ISO9001", "valid_until": "2026-11-21"}])
    no_expiry = supplier(certifications=["iso 9001", {"name": "IATF 16949", "valid_until": None}])
    assert hard_constraint_failures(expired, requirement, TODAY)
    assert hard_constraint_failures(last_day, requirement, TODAY) == []
    assert hard_constraint_failures(no_expiry, requirement, TODAY) == []
    assert hard_constraint_failures(supplier(), requirement, TODAY)


def test_five_s_below_minimum_is_a_failure():
    requirement = {"min_five_s": "implemented"}
    assert hard_constraint_failures(supplier(five_s="training"), requirement, TODAY)
    assert hard_constraint_failures(supplier(), requirement, TODAY)  # not stated counts as none
    assert hard_constraint_failures(supplier(five_s="certified"), requirement, TODAY) == []
    assert hard_constraint_failures(supplier(five_s="none"), {"min_five_s": None}, TODAY) == []


def test_count_violations_checks_each_returned_supplier():
    by_id = {"ok": supplier(external_id="ok", certifications=["ISO 9001"], five_s="implemented"),
             "old": supplier(external_id="old", certifications=[{"name": "ISO 9001", "valid_until": "2025-01-01"}],
                             five_s="certified"),
             "lazy": supplier(external_id="lazy", certifications=["ISO 9001"], five_s="training")}
    requirement = {"required_certifications": ["ISO 9001"], "min_five_s": "implemented"}
    assert count_violations(["ok", "old", "lazy", "ghost"], by_id, requirement, TODAY) == 3
    assert count_violations(["ok"], by_id, requirement, TODAY) == 0


def test_tokenize_keeps_diacritics_and_splits_punctuation():
    assert tokenize("Phay CNC nhôm, A6061/SUS304") == ["phay", "cnc", "nhôm", "a6061", "sus304"]


def test_bm25_single_term_score_by_hand():
    # three two-token documents: length equals the average, so the score of one matching term is its idf
    index = BM25(k1=1.2, b=0.75).fit([("1", "brass fittings"), ("2", "steel shafts"), ("3", "nhôm phay")])
    assert index.search("brass") == [("1", pytest.approx(math.log(1 + 2.5 / 1.5)))]


TOY = [
    {"external_id": "brass", "name": "Thang Long Precision", "description": "CNC turned brass fittings, C3604.",
     "capabilities": ["CNC turning"], "products": ["fittings"], "materials": ["brass"]},
    {"external_id": "steel", "name": "Hong Ha Metal", "description": "Steel fittings by forging.",
     "capabilities": ["forging"], "products": ["fittings"], "materials": ["steel"]},
    {"external_id": "vi", "name": "Cơ khí Minh Khai", "description": "Gia công tiện CNC đồng thau, đầu nối ren.",
     "capabilities": ["tiện CNC"], "products": ["đầu nối ren"], "materials": ["đồng thau"],
     "certifications": [{"name": "ISO 9001", "valid_until": "2020-01-01"}]},
    {"external_id": "bakery", "name": "Banh keo Dong Do", "description": "Bánh quy, kẹo dừa.",
     "capabilities": [], "products": [], "materials": []},
]


def test_bm25_baseline_ranks_the_literal_match_first_and_misses_vietnamese():
    baseline = BM25Baseline().fit(TOY)
    ranked = baseline.match({"title": "CNC turned brass fittings", "description": ""}, top=10)
    assert ranked[:2] == ["brass", "steel"]
    assert "bakery" not in ranked
    # without folding or a vocabulary "nhom" never meets "nhôm": the naive search box
    assert baseline.match({"title": "phay nhom", "description": ""}) == []


def test_bm25_baseline_ignores_hard_constraints():
    ranked = BM25Baseline().fit(TOY).match({"title": "tiện CNC đồng thau", "required_certifications": ["ISO 9001"]})
    assert ranked[0] == "vi"


def test_read_qrels_skips_header(tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("requirement_id\tsupplier_external_id\tgrade\nR1\tbrass\t3\nR1\tsteel\t2\n\n", encoding="utf-8")
    assert read_qrels(path) == {"R1": {"brass": 3, "steel": 2}}


def test_score_run_averages_and_sums_violations():
    labelled = LabelledSet(TOY, [{"external_id": "R1", "required_certifications": ["ISO 9001"]}],
                           {"R1": {"brass": 3, "vi": 0}})
    summary, rows = score_run({"R1": ["vi", "brass"]}, labelled, TODAY)
    assert summary["violations"] == 2  # "vi" has an expired certificate and "brass" none at all
    assert summary["mrr"] == pytest.approx(0.5)
    assert rows[0]["ndcg@10"] == pytest.approx((7 / math.log2(3)) / 7)


class EchoEngine:
    """Returns the qrels' own best suppliers: a perfect engine for the report's arithmetic."""

    def __init__(self, qrels):
        self.qrels = qrels

    def fit(self, suppliers):
        return self

    def match(self, requirement, top=10, today=None):
        judged = self.qrels.get(requirement["external_id"], {})
        return sorted((i for i, g in judged.items() if g > 0), key=lambda i: -judged[i])[:top]


def test_evaluate_compares_engine_with_bm25_and_reports_targets(tmp_path):
    (tmp_path / "suppliers.jsonl").write_text("".join(json.dumps(s) + "\n" for s in TOY), encoding="utf-8")
    (tmp_path / "requirements.jsonl").write_text(
        json.dumps({"external_id": "R1", "title": "steel fittings", "description": ""}) + "\n", encoding="utf-8")
    (tmp_path / "qrels.tsv").write_text("R1\tbrass\t2\nR1\tvi\t3\n", encoding="utf-8")
    report = evaluate(tmp_path, engine=EchoEngine({"R1": {"brass": 2, "vi": 3}}))
    assert report["engine"]["ndcg@10"] == pytest.approx(1.0)
    assert report["delta"]["ndcg@10"] == pytest.approx(1.0 - report["bm25"]["ndcg@10"])
    assert [t["passed"] for t in report["targets"]] == [True, True, True]
    assert "PASS" in format_report(report, per_query=True)
