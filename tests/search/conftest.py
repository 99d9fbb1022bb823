"""Search fixtures: every test gets its own empty embedded index and, unless it asks, no Elasticsearch."""
import os

import pytest

from matchmaker.extensions import db
from matchmaker.search import embedded
from tests.factories import CertificationFactory, SupplierFactory

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused at once


def pytest_configure(config):
    config.addinivalue_line("markers", "elasticsearch: needs a live Elasticsearch cluster at ELASTICSEARCH_URL")


@pytest.fixture(autouse=True)
def search_config(app, tmp_path):
    """A fresh SEARCH_FOLDER and no Elasticsearch for each test; restored afterwards."""
    saved = {key: app.config[key] for key in ("SEARCH_FOLDER", "ELASTICSEARCH_URL", "ELASTICSEARCH_INDEX")}
    app.config.update(SEARCH_FOLDER=str(tmp_path / "search"), ELASTICSEARCH_URL=None)
    yield app.config
    app.config.update(saved)
    embedded._states.clear()


@pytest.fixture
def unreachable_elasticsearch(search_config):
    """Elasticsearch configured at a closed port: an honest unreachable server."""
    search_config["ELASTICSEARCH_URL"] = UNREACHABLE
    return UNREACHABLE


@pytest.fixture
def live_elasticsearch(search_config):
    """The cluster at ELASTICSEARCH_URL, with a throwaway alias; its indexes are deleted afterwards."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("ELASTICSEARCH_URL not set: no live Elasticsearch cluster")
    alias = f"matchmaker-test-{os.getpid()}-{os.urandom(3).hex()}"
    search_config.update(ELASTICSEARCH_URL=url, ELASTICSEARCH_INDEX=alias)
    yield alias
    from matchmaker.search.elastic import ElasticBackend

    ElasticBackend(url, alias).drop()


@pytest.fixture
def add_supplier():
    """Create a supplier (factory keywords; certifications as names or (name, normalised, valid_until)) and
    commit: the commit announces it to the index, as every write does."""
    def make(certifications=(), **fields):
        supplier = SupplierFactory(**fields)
        for cert in certifications:
            name, normalised, valid_until = (cert, cert, None) if isinstance(cert, str) else cert
            CertificationFactory(supplier=supplier, name=name, normalised_name=normalised, valid_until=valid_until)
        db.session.commit()
        return supplier
    return make
