"""Benchmark matching and faceted search at scale against tantivy (BM25) on one core, on synthetic suppliers.

Usage: .venv/bin/python scripts/bench.py [--sizes 10000,100000,1000000] [--queries 200] [--import-limit 5000]
                                         [--seed 2026] [--json] [--cpu 0] [--no-pin] [--elasticsearch URL]

For each size it prints the import rate (the real importer into a scratch SQLite database; sizes above
--import-limit import a sample of that many records; it is imported again with SQLite transactions begun by
SQLAlchemy), the build time and memory of the match model plus the
embedded search index, and p50/p95 latencies of a requirement match and of a faceted search, with the same
figures for tantivy and the ratios ours / tantivy; with --elasticsearch (or ELASTICSEARCH_URL), the same for the
Elasticsearch backend on that node (the node runs in its own JVM: pinning applies to this process only).
A benchmark, not a test: it always exits 0.
"""
import os

# One core, one thread: must be set before numpy (and so scikit-learn) is first imported.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matchmaker.benchmark.measure import pin_to_one_core  # noqa: E402
from matchmaker.benchmark.report import format_table  # noqa: E402
from matchmaker.benchmark.runner import IMPORT_LIMIT, run_size  # noqa: E402


def _sizes(text):
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200, help="requirements and searches timed per size")
    parser.add_argument("--import-limit", type=int, default=IMPORT_LIMIT, help="largest number of records imported")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    parser.add_argument("--cpu", type=int, default=0, help="the one CPU to run on")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU (for smoke tests)")
    parser.add_argument("--elasticsearch", default=os.environ.get("ELASTICSEARCH_URL"), metavar="URL",
                        help="also measure the Elasticsearch backend on this node (default: ELASTICSEARCH_URL)")
    args = parser.parse_args(argv)
    if not args.no_pin:
        pin_to_one_core(args.cpu)
    def log(message):  # progress on standard error: standard output carries only the figures
        print(message, file=sys.stderr, flush=True)

    results = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus_available": os.cpu_count(), "cpus_used": len(os.sched_getaffinity(0))
                    if hasattr(os, "sched_getaffinity") else 1, "python": platform.python_version(),
                    "platform": platform.platform()},
        "queries": args.queries, "sizes": [],
    }
    for size in args.sizes:
        results["sizes"].append(run_size(size, args.queries, args.import_limit, args.seed, log=log,
                                         elasticsearch_url=args.elasticsearch))
        log(json.dumps(results["sizes"][-1], ensure_ascii=False))  # each size's figures as soon as it is done
        if not args.json:
            print(format_table(results["sizes"][-1]), flush=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
