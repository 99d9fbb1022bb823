"""scripts/bench.py runs end to end on a tiny corpus and prints its figures as one JSON object (not a timed test)."""
import json
import subprocess
import sys
from pathlib import Path

from matchmaker.benchmark import corpus
from matchmaker.extensions import db
from matchmaker.search.documents import supplier_document
from matchmaker.suppliers.importer import import_items
from matchmaker.suppliers.models import Supplier

ROOT = Path(__file__).resolve().parents[2]


def test_bench_prints_every_figure_as_json(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--sizes", "60", "--queries", "6", "--import-limit", "15",
         "--json", "--no-pin"], capture_output=True, text=True, timeout=900, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert {"date", "machine", "queries", "sizes"} <= set(figures)
    size = figures["sizes"][0]
    assert size["suppliers"] == 60
    assert {"per_s", "records", "sampled", "per_s_with_sqlite_begin_fix"} <= set(size["import"])
    assert size["import"]["records"] == 15 and size["import"]["sampled"] and size["import"]["rejected"] == 0
    for engine in ("ours", "tantivy"):
        assert {"build_s", "build_s_cpu", "rss_delta_mib", "peak_mib", "match", "search"} <= set(size[engine])
        assert {"p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms"} <= set(size[engine]["match"])
    assert {"fit_s", "search_build_s"} <= set(size["ours"])
    assert {"match_p95_ms", "search_p95_ms", "build_s_cpu"} <= set(size["ratios"])
    assert "match_p95_within_3x_tantivy" in size["targets"]


def test_bench_table_is_printed_without_json(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--sizes", "40", "--queries", "5", "--import-limit", "5",
         "--no-pin"], capture_output=True, text=True, timeout=900, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    assert "N = 40 suppliers" in done.stdout and "requirement match p95" in done.stdout


def test_corpus_documents_equal_the_search_documents_of_imported_suppliers(app):
    records = list(corpus.suppliers(30, seed=7))
    report = import_items(enumerate(records, start=1))
    assert report.created == 30
    for record in records:
        supplier = db.session.scalar(db.select(Supplier).where(Supplier.external_id == record["external_id"]))
        if record["verified"]:
            supplier.verification = "verified"
        expected = supplier_document(supplier, today=corpus.TODAY)
        built = corpus.search_document(record, supplier.id - 1)
        for key in ("id", "updated_at"):
            expected.pop(key), built.pop(key)
        assert built == expected


def test_corpus_is_deterministic_with_unique_codes():
    first = list(corpus.suppliers(200, seed=3))
    assert first == list(corpus.suppliers(200, seed=3))
    assert len({record["external_id"] for record in first}) == 200
    requirements = corpus.requirements(first, 10, seed=3)
    assert len(requirements) == 10 and all(requirement["title"] for requirement in requirements)
    assert all(len(query["filters"]) == 2 for query in corpus.search_queries(requirements, seed=3))
