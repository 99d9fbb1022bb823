"""Run the matching engine and the BM25 baseline over a labelled set and compare them against the targets.

A labelled set is a folder with suppliers.jsonl, requirements.jsonl (interchange format) and qrels.tsv
(requirement_id, supplier_external_id, grade 0-3; an optional header line).
"""
import json
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .bm25 import BM25Baseline
from .metrics import count_violations, mean, ndcg_at_k, recall_at_k, reciprocal_rank

EVALUATION_DATE = date(2026, 11, 21)
TARGET_NDCG = 0.85
TARGET_DELTA = 0.15
METRICS = ("ndcg@10", "recall@10", "mrr", "violations")


@dataclass
class LabelledSet:
    """Suppliers and requirements as dicts, and graded judgements {requirement_id: {supplier_id: grade}}."""

    suppliers: list
    requirements: list
    qrels: dict = field(default_factory=dict)


def _read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_qrels(path):
    """Graded judgements from a TSV file; a header line or blank lines are skipped."""
    qrels = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[2].strip().lstrip("-").isdigit():
                continue
            qrels.setdefault(parts[0].strip(), {})[parts[1].strip()] = int(parts[2])
    return qrels


def load_labelled_set(folder):
    """Load suppliers.jsonl, requirements.jsonl and qrels.tsv from `folder`."""
    folder = Path(folder)
    return LabelledSet(_read_jsonl(folder / "suppliers.jsonl"), _read_jsonl(folder / "requirements.jsonl"),
                       read_qrels(folder / "qrels.tsv"))


def run_system(system, labelled, top, today):
    """Fit `system` on the suppliers and rank each requirement; returns ({requirement_id: [ids]}, timings)."""
    started = time.perf_counter()
    system.fit(labelled.suppliers)
    fitted = time.perf_counter()
    run = {}
    for requirement in labelled.requirements:
        results = system.match(requirement, top=top, today=today)
        run[requirement["external_id"]] = [getattr(r, "external_id", r) for r in results][:top]
    done = time.perf_counter()
    per_query = (done - fitted) * 1000 / max(1, len(labelled.requirements))
    return run, {"fit_seconds": round(fitted - started, 3), "ms_per_query": round(per_query, 2)}


def score_run(run, labelled, today, k=10):
    """Mean NDCG@k, Recall@k (grade >= 2), MRR and total hard-constraint violations, with per-requirement rows."""
    by_id = {s["external_id"]: s for s in labelled.suppliers}
    rows = []
    for requirement in labelled.requirements:
        rid = requirement["external_id"]
        ranked, judged = run.get(rid, []), labelled.qrels.get(rid, {})
        rows.append({"requirement": rid, "ndcg@10": ndcg_at_k(ranked, judged, k),
                     "recall@10": recall_at_k(ranked, judged, k), "mrr": reciprocal_rank(ranked, judged),
                     "violations": count_violations(ranked, by_id, requirement, today)})
    summary = {name: mean(r[name] for r in rows) for name in METRICS[:3]}
    summary["violations"] = sum(r["violations"] for r in rows)
    return summary, rows


def load_engine():
    """A fresh MatchEngine, or None and the reason when it cannot be imported."""
    try:
        from matchmaker.matching.engine import MatchEngine
    except ImportError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return MatchEngine(), None


def targets(engine, baseline):
    """The targets, each with the measured value and whether it passed."""
    if engine is None:
        return []
    delta = engine["ndcg@10"] - baseline["ndcg@10"]
    return [{"target": f"NDCG@10 >= {TARGET_NDCG}", "value": round(engine["ndcg@10"], 4),
             "passed": engine["ndcg@10"] >= TARGET_NDCG},
            {"target": "zero hard-constraint violations", "value": engine["violations"],
             "passed": engine["violations"] == 0},
            {"target": f"NDCG@10 >= BM25 + {TARGET_DELTA}", "value": round(delta, 4), "passed": delta >= TARGET_DELTA}]


def evaluate(folder, top=10, today=EVALUATION_DATE, engine=None):
    """Measure the engine and the BM25 baseline in one run; returns a JSON-ready report."""
    labelled = load_labelled_set(folder)
    error = None
    if engine is None:
        engine, error = load_engine()
    report = {"data": str(folder), "today": today.isoformat(), "top": top, "suppliers": len(labelled.suppliers),
              "requirements": len(labelled.requirements), "engine_error": error}
    bm25_run, bm25_time = run_system(BM25Baseline(), labelled, top, today)
    report["bm25"], report["bm25_per_query"] = score_run(bm25_run, labelled, today, top)
    report["bm25"].update(bm25_time)
    report["engine"] = report["engine_per_query"] = None
    if engine is not None:
        engine_run, engine_time = run_system(engine, labelled, top, today)
        report["engine"], report["engine_per_query"] = score_run(engine_run, labelled, today, top)
        report["engine"].update(engine_time)
        report["delta"] = {m: report["engine"][m] - report["bm25"][m] for m in METRICS}
    report["targets"] = targets(report["engine"], report["bm25"])
    return report


def format_report(report, per_query=False):
    """A plain-text table of the report, optionally with one line per requirement."""
    lines = [f"Labelled set {report['data']}: {report['suppliers']} suppliers, {report['requirements']} requirements, "
             f"top {report['top']}, today {report['today']}", ""]
    engine, bm25 = report["engine"], report["bm25"]
    lines.append(f"{'system':<10}" + "".join(f"{m:>12}" for m in METRICS) + f"{'ms/query':>12}")
    rows = [("engine", engine), ("bm25", bm25)] if engine else [("bm25", bm25)]
    for label, values in rows:
        cells = "".join(f"{values[m]:>12.4f}" if m != "violations" else f"{values[m]:>12d}" for m in METRICS)
        lines.append(f"{label:<10}{cells}{values['ms_per_query']:>12.2f}")
    if engine:
        delta = report["delta"]
        cells = "".join(f"{delta[m]:>+12.4f}" if m != "violations" else f"{delta[m]:>+12d}" for m in METRICS)
        lines.append(f"{'delta':<10}{cells}")
    else:
        lines.append(f"engine not measured ({report['engine_error']})")
    if per_query:
        lines += ["", f"{'requirement':<16}{'engine ndcg':>12}{'bm25 ndcg':>12}{'engine viol':>12}"]
        engine_rows = report["engine_per_query"] or [None] * len(report["bm25_per_query"])
        for e, b in zip(engine_rows, report["bm25_per_query"], strict=True):
            e_ndcg = f"{e['ndcg@10']:>12.4f}" if e else f"{'-':>12}"
            e_viol = f"{e['violations']:>12d}" if e else f"{'-':>12}"
            lines.append(f"{b['requirement']:<16}{e_ndcg}{b['ndcg@10']:>12.4f}{e_viol}")
    if report["targets"]:
        lines += ["", "Targets:"]
        for t in report["targets"]:
            lines.append(f"  {'PASS' if t['passed'] else 'FAIL'}  {t['target']:<36} measured {t['value']}")
    return "\n".join(lines)
