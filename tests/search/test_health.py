"""A wrong ELASTICSEARCH_URL is named at start-up and in /healthz, and the app keeps serving from the embedded
index. The servers here are real: a closed port, and an HTTP server that is not Elasticsearch."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from matchmaker.search import service
from matchmaker.search.query import SearchQuery


class _NotElasticsearch(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the http.server API)
        body = json.dumps({"name": "some other service", "version": {"number": "8.14.3"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def not_elasticsearch(search_config):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotElasticsearch)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    search_config["ELASTICSEARCH_URL"] = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()


def test_without_elasticsearch_health_is_ok_on_the_embedded_index(client):
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.get_json() == {"status": "ok", "database": "ok", "search": {"backend": "embedded"},
                                 "redis": "not configured"}


def test_an_unreachable_cluster_is_named_and_search_still_answers(app, client, unreachable_elasticsearch,
                                                                   add_supplier, caplog):
    app.logger.disabled = False  # an in-process `flask db upgrade` (alembic's fileConfig) may have turned it off
    supplier = add_supplier(capabilities=["mạ kẽm"])
    health = client.get("/healthz").get_json()
    assert health["status"] == "degraded" and health["search"]["backend"] == "embedded"
    assert "unreachable" in health["search"]["problem"] and health["search"]["outbox"] == 1
    assert service.report_backend_problem(app)["problem"]
    assert "ELASTICSEARCH_URL is set but unusable" in caplog.text
    assert service.search_suppliers(SearchQuery(text="ma kem")).ids == [supplier.id]


def test_a_server_that_is_not_elasticsearch_is_named(client, not_elasticsearch, add_supplier):
    supplier = add_supplier(capabilities=["cắt laser"])
    health = client.get("/healthz").get_json()
    assert health["status"] == "degraded"
    assert "does not answer as Elasticsearch" in health["search"]["problem"]
    assert service.search_suppliers(SearchQuery(text="cat laser")).ids == [supplier.id]
    assert service.outbox_size() == 1  # the write waits for a real cluster; nothing is lost
