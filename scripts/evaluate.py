"""Measure the matching engine against the BM25 baseline on a labelled set and print the comparison.

Usage: .venv/bin/python scripts/evaluate.py [--data DIR] [--json] [--per-query] [--top N] [--today YYYY-MM-DD]

Always exits 0: the targets (NDCG@10 >= 0.85, zero hard-constraint violations, >= +0.15 over BM25) are
reported as PASS/FAIL, not enforced.
"""
import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matchmaker.evaluation.report import EVALUATION_DATE, evaluate, format_report  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "eval",
                        help="folder with suppliers.jsonl, requirements.jsonl and qrels.tsv")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--per-query", action="store_true", help="add one line per requirement to the table")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--today", type=date.fromisoformat, default=EVALUATION_DATE)
    args = parser.parse_args(argv)
    report = evaluate(args.data, top=args.top, today=args.today)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(format_report(report, per_query=args.per_query))
    return 0


if __name__ == "__main__":
    sys.exit(main())
