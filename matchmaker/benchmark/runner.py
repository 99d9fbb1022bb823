"""Run the benchmark for one corpus size: import, build, memory and latency of our engine and of tantivy.

Both engines get the same generated suppliers, requirements and faceted searches. Our figures: the real importer
into a scratch SQLite database, `MatchEngine.fit` plus the embedded search backend's rebuild (in-memory index and
its snapshot on disk), `MatchEngine.match` (hard constraints, soft boosts and reasons, top 10) and the embedded
backend's `search` (text, two facet filters, facet counts, page 1).
"""
import gc
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from . import corpus
from .measure import Memory, latencies, stopwatch, summary
from .tantivy_ref import TantivyEngine

GIB = 1024 ** 3
MATCH_TARGET = 3.0    # our match p95 at most this many times tantivy's
MEMORY_TARGET = 4.0   # GiB for index + model at one million suppliers
# The importer runs at a few hundred records/s whatever N is: a sample keeps a run short.
IMPORT_LIMIT = 5_000
SEARCH_LIMIT = 200_000


def _begin_on_sqlite(engine):
    """SQLAlchemy's documented pysqlite recipe: let SQLAlchemy, not the driver, emit BEGIN.

    Without it the driver starts no transaction before a SAVEPOINT, so each savepoint (the importer's one-by-one
    fallback) is a transaction of its own; measured beside the importer as configured, for comparison.
    """
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    engine.dispose()


def import_rate(records, folder, begin_fix=False):
    """Import records through `suppliers.importer.import_items` into a fresh SQLite database; returns figures."""
    from .. import create_app
    from ..extensions import db
    from ..suppliers.importer import import_items

    folder.mkdir(parents=True, exist_ok=True)
    app = create_app({"INSTANCE_PATH": str(folder), "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'bench.db'}",
                      "TESTING": True})
    with app.app_context():
        db.create_all()
        if begin_fix:
            _begin_on_sqlite(db.engine)
        start = time.perf_counter()
        report = import_items(enumerate(records, start=1), source="benchmark")
        seconds = time.perf_counter() - start
        db.session.remove()
        db.engine.dispose()
    return {"records": len(records), "seconds": round(seconds, 2), "per_s": round(len(records) / seconds, 1),
            "created": report.created, "rejected": len(report.rejected)}


def _mib(value):
    return round(value / 2 ** 20)


def _ours(records, requirements, searches, folder, with_search=True):
    from ..matching.engine import MatchEngine
    from ..search import embedded
    from ..search.query import SearchQuery

    figures = {}
    fitted = Memory()
    engine = MatchEngine()
    with stopwatch(figures, "fit_s"):
        engine.fit(records)
    fitted.stop()
    figures.update(model_rss_delta_mib=_mib(fitted.delta), model_peak_mib=_mib(fitted.peak))
    backend, delta, high = None, fitted.delta, fitted.peak
    if with_search:
        built = Memory()
        backend = embedded.EmbeddedBackend(folder / "search")
        with stopwatch(figures, "search_build_s"):
            backend.rebuild(corpus.search_document(record, row) for row, record in enumerate(records))
        built.stop()
        figures.update(search_rss_delta_mib=_mib(built.delta), search_peak_mib=_mib(built.peak))
        delta, high = delta + built.delta, max(high, delta + built.peak)
    figures["build_s"] = round(figures["fit_s"] + figures.get("search_build_s", 0), 2)
    figures["build_s_cpu"] = round(figures["fit_s_cpu"] + figures.get("search_build_s_cpu", 0), 2)
    figures.update(rss_delta_mib=_mib(delta), peak_mib=_mib(high))
    today = corpus.TODAY
    figures["match"] = summary(latencies(lambda r: engine.match(r, top=10, today=today), requirements))
    if backend is not None:
        figures["search"] = summary(latencies(
            lambda q: backend.search(SearchQuery(text=q["text"], filters=q["filters"], page=1)), searches))
    figures["match_returned"] = round(sum(len(engine.match(r, top=10, today=today)) for r in requirements[:50]) / 50, 1)
    engine = backend = None  # free them before tantivy is measured
    embedded._states.clear()  # the backend keeps its index per folder for the process; free it before tantivy
    gc.collect()
    return figures


def _tantivy(records, requirements, searches, folder):
    figures = {}
    memory = Memory()
    engine = TantivyEngine(folder)
    with stopwatch(figures, "build_s"):
        engine.build(corpus.search_document(record, row, catch_all=False) for row, record in enumerate(records))
    memory.stop()
    figures.update(rss_delta_mib=_mib(memory.delta), peak_mib=_mib(memory.peak),
                   disk_mib=_mib(sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file())))
    figures["match"] = summary(latencies(engine.match, requirements))
    figures["search"] = summary(latencies(lambda q: engine.search(q["text"], q["filters"]), searches))
    figures["match_returned"] = round(sum(len(engine.match(r)) for r in requirements[:50]) / 50, 1)
    engine = None
    gc.collect()
    return figures


def _elasticsearch(records, requirements, searches, url):
    """The same build, matches and searches through the app's Elasticsearch backend on a live node."""
    from .elastic_ref import ElasticEngine

    figures = {}
    engine = ElasticEngine(url)
    try:
        with stopwatch(figures, "build_s"):
            engine.build(corpus.search_document(record, row) for row, record in enumerate(records))
        figures["disk_mib"] = engine.disk_mib()
        figures["match"] = summary(latencies(engine.match, requirements))
        figures["search"] = summary(latencies(lambda q: engine.search(q["text"], q["filters"]), searches))
        figures["match_returned"] = round(sum(len(engine.match(r)) for r in requirements[:50]) / 50, 1)
    finally:
        engine.close()
    return figures


def _ratio(a, b):
    return round(a / b, 2) if b else None


def run_size(count, queries=200, import_limit=IMPORT_LIMIT, seed=2026, log=print, search_limit=SEARCH_LIMIT,
             elasticsearch_url=None):
    """Measure one corpus size; returns a JSON-able dict of figures.

    Above search_limit suppliers the embedded search backend is not built (its pure-Python index needs about
    20 KB per supplier); figures["ours"] then has no "search" entry and figures["search_skipped"] says why.
    With elasticsearch_url, figures["elasticsearch"] holds the same figures for the Elasticsearch backend
    (its memory is the node's JVM heap, set when the node starts, so it is not measured per size).
    """
    figures = {"suppliers": count}
    with stopwatch(figures, "generate_s"):
        records = list(corpus.suppliers(count, seed))
        requirements = corpus.requirements(records, queries, seed)
        searches = corpus.search_queries(requirements, seed)
    log(f"[{count}] generated in {figures['generate_s']:.1f} s")
    scratch = Path(tempfile.mkdtemp(prefix="mm-bench-"))
    try:
        sample = records[:import_limit]
        figures["import"] = import_rate(sample, scratch / "instance")
        figures["import"]["sampled"] = len(sample) < count
        fixed = import_rate(sample, scratch / "instance-begin-fix", begin_fix=True)
        figures["import"]["per_s_with_sqlite_begin_fix"] = fixed["per_s"]
        log(f"[{count}] import: {figures['import']['per_s']} records/s over {len(sample)} records")
        with_search = count <= search_limit
        if not with_search:
            figures["search_skipped"] = f"embedded search backend not built above {search_limit} suppliers"
        figures["ours"] = _ours(records, requirements, searches, scratch / "ours", with_search)
        log(f"[{count}] ours: {figures['ours']}")
        figures["tantivy"] = _tantivy(records, requirements, searches, scratch / "tantivy")
        log(f"[{count}] tantivy: {figures['tantivy']}")
        if elasticsearch_url:
            figures["elasticsearch"] = _elasticsearch(records, requirements, searches, elasticsearch_url)
            log(f"[{count}] elasticsearch: {figures['elasticsearch']}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    ours, ref = figures["ours"], figures["tantivy"]
    figures["ratios"] = {f"{kind}_{stat}": _ratio(ours[kind][stat], ref[kind][stat])
                         for kind in ("match", "search") if kind in ours
                         for stat in ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms")}
    figures["ratios"]["build_s_cpu"] = _ratio(ours["build_s_cpu"], ref["build_s_cpu"])
    if "elasticsearch" in figures:
        es = figures["elasticsearch"]
        figures["ratios"].update({f"elasticsearch_{kind}_p95_ms": _ratio(es[kind]["p95_ms"], ref[kind]["p95_ms"])
                                  for kind in ("match", "search")})
        figures["ratios"]["elasticsearch_build_s"] = _ratio(es["build_s"], ref["build_s"])
    # Wall-clock is the target; CPU time is reported too because on a shared machine waiting for a core inflates it.
    figures["targets"] = {"match_p95_within_3x_tantivy": figures["ratios"]["match_p95_ms"] <= MATCH_TARGET,
                          "match_cpu_p95_within_3x_tantivy": figures["ratios"]["match_cpu_p95_ms"] <= MATCH_TARGET}
    if count >= 1_000_000:
        figures["targets"]["memory_under_4_gib"] = ours["rss_delta_mib"] / 1024 < MEMORY_TARGET and with_search
    return figures
