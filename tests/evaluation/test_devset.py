"""The labelled development set: size, coverage, contract format, consistent judgements, reproducible."""
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from matchmaker.evaluation.metrics import hard_constraint_failures
from matchmaker.evaluation.report import load_labelled_set

DEVSET = Path(__file__).resolve().parents[1] / "data" / "eval"
SECTORS = {"mechanical", "electrical-electronics", "it", "textile-garment-footwear", "food-processing",
           "chemicals-rubber-plastics-pharma", "construction-materials", "handicrafts"}
FIVE_S = {"none", "training", "implemented", "certified"}


@pytest.fixture(scope="module")
def devset():
    return load_labelled_set(DEVSET)


def test_size_and_sector_coverage(devset):
    assert len(devset.suppliers) >= 250
    assert len(devset.requirements) >= 40
    assert {s for r in devset.suppliers for s in r["sectors"]} == SECTORS
    assert {s for r in devset.requirements for s in r["sectors"]} == SECTORS


def test_records_follow_the_interchange_contract(devset):
    ids = [s["external_id"] for s in devset.suppliers]
    assert len(ids) == len(set(ids))
    for s in devset.suppliers:
        assert re.fullmatch(r"\d{10}(-\d{3})?", s["external_id"])
        assert s["name"] and set(s["sectors"]) <= SECTORS
        assert s.get("five_s", "none") in FIVE_S
        for cert in s["certifications"]:
            assert isinstance(cert, str) or set(cert) == {"name", "valid_until"}
    for r in devset.requirements:
        assert r["title"] and r["min_five_s"] in FIVE_S | {None}


def test_every_requirement_has_perfect_and_close_fits(devset):
    for r in devset.requirements:
        grades = devset.qrels[r["external_id"]].values()
        assert 3 in grades and sum(g >= 2 for g in grades) >= 3


def test_judged_suppliers_respect_hard_constraints(devset):
    by_id = {s["external_id"]: s for s in devset.suppliers}
    today = date(2026, 11, 21)
    excluded = 0
    for r in devset.requirements:
        for sid, grade in devset.qrels[r["external_id"]].items():
            assert grade in (0, 1, 2, 3)
            fails = hard_constraint_failures(by_id[sid], r, today)
            assert not (grade > 0 and fails), (r["external_id"], sid, fails)
            excluded += bool(fails)
    assert excluded >= 40  # perfect-looking suppliers with an expired certificate or too little 5S


def test_generator_is_deterministic(tmp_path):
    subprocess.run([sys.executable, str(DEVSET / "make_devset.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    for name in ("suppliers.jsonl", "requirements.jsonl", "qrels.tsv"):
        assert (tmp_path / name).read_bytes() == (DEVSET / name).read_bytes(), name
