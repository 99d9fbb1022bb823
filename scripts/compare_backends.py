"""How far the two search backends agree: top-10 overlap between the embedded index and Elasticsearch on the
demo's sourcing requirements, searched as a buyer would type them (the title), in one run on the same data.

Usage: .venv/bin/python scripts/compare_backends.py [--elasticsearch URL] [--json]
Builds a scratch instance (SQLite, the demo seed), indexes it into both backends and prints, per requirement,
|top10(embedded) ∩ top10(elasticsearch)| / size of the larger list (1.0 when both find nothing), and the
average. A measurement, not a test: it always exits 0 unless no cluster answers.
"""
import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from matchmaker import create_app  # noqa: E402
from matchmaker.buyers.models import Requirement  # noqa: E402
from matchmaker.demo.seed import seed  # noqa: E402
from matchmaker.extensions import db  # noqa: E402
from matchmaker.search import service  # noqa: E402
from matchmaker.search.query import SearchQuery  # noqa: E402


def overlap(first, second):
    """Share of the longer list that the other list holds too (1.0 for two empty lists)."""
    if not first and not second:
        return 1.0
    return len(set(first) & set(second)) / max(len(first), len(second))


def compare(url, top=10):
    """[(requirement title, overlap, embedded ids, elasticsearch ids)] for every demo requirement."""
    folder = tempfile.mkdtemp(prefix="mm-compare-")
    app = create_app({"INSTANCE_PATH": folder, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/compare.db",
                      "ELASTICSEARCH_URL": url, "ELASTICSEARCH_INDEX": f"matchmaker-compare-{os.getpid()}",
                      "TESTING": True})
    rows = []
    with app.app_context():
        db.create_all()
        seed()
        service.rebuild_index()
        embedded, elastic = service.embedded_backend(), service.external_backend()
        try:
            for title in db.session.scalars(select(Requirement.title).order_by(Requirement.id)):
                query = SearchQuery(text=title, per_page=top)
                a, b = embedded.search(query).ids, elastic.search(query).ids
                rows.append((title, overlap(a, b), a, b))
        finally:
            elastic.drop()
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elasticsearch", default=os.environ.get("ELASTICSEARCH_URL"), metavar="URL")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.elasticsearch:
        print("no cluster: pass --elasticsearch URL or set ELASTICSEARCH_URL (scripts/elasticsearch start)",
              file=sys.stderr)
        return 1
    rows = compare(args.elasticsearch)
    average = sum(row[1] for row in rows) / len(rows)
    found = [row for row in rows if row[2] or row[3]]  # two empty lists agree trivially
    found_average = sum(row[1] for row in found) / len(found) if found else None
    if args.json:
        print(json.dumps({"requirements": len(rows), "average_top10_overlap": round(average, 3),
                          "with_results": len(found), "average_top10_overlap_with_results": found_average,
                          "rows": [{"title": t, "overlap": round(o, 3), "embedded": a, "elasticsearch": b}
                                   for t, o, a, b in rows]}, ensure_ascii=False))
        return 0
    for title, share, a, b in rows:
        print(f"{share:5.2f}  {len(a):2d}/{len(b):2d}  {title}")
    print(f"average top-10 overlap over {len(rows)} requirements: {average:.3f}")
    if found:
        print(f"average over the {len(found)} where either backend found something: {found_average:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
