"""The embedded backend's own behaviour: switching expansion off, persistence, other processes, the journal.
What both backends share is in test_backends.py."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.search import embedded
from matchmaker.search.embedded import EmbeddedBackend
from matchmaker.search.query import SearchQuery
from tests.search.documents import SUPPLIERS, doc

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def backend(search_config):
    backend = EmbeddedBackend(search_config["SEARCH_FOLDER"])
    backend.index(SUPPLIERS)
    return backend


def test_expansion_can_be_switched_off(search_config):
    backend = EmbeddedBackend(search_config["SEARCH_FOLDER"], expand=False)
    backend.index(SUPPLIERS)
    assert backend.search(SearchQuery(text="brass")).ids == []


def test_index_survives_a_restart(backend, search_config):
    embedded._states.clear()  # a new process: nothing in memory
    again = EmbeddedBackend(search_config["SEARCH_FOLDER"])
    assert again.count() == 4 and again.search(SearchQuery(text="brass")).ids == [2]


def test_another_process_sees_changes(backend, search_config):
    assert backend.search(SearchQuery(text="anodising")).ids == []
    new = doc(9, "Công ty Xi mạ Sài Đồng", capabilities="anodising\nanot hóa")
    script = ("import json, sys; from matchmaker.search.embedded import EmbeddedBackend;"
              "EmbeddedBackend(sys.argv[1]).index([json.loads(sys.argv[2])])")
    subprocess.run([sys.executable, "-c", script, search_config["SEARCH_FOLDER"], json.dumps(new)],
                   check=True, cwd=ROOT)
    assert backend.search(SearchQuery(text="anodising")).ids == [9]
    assert backend.count() == 5


def test_journal_is_folded_into_a_new_snapshot(backend, search_config, monkeypatch):
    monkeypatch.setattr(embedded, "COMPACT_AFTER", 0)
    folder = Path(search_config["SEARCH_FOLDER"])
    before = json.loads((folder / embedded.SNAPSHOT).read_text())["generation"] if (
        folder / embedded.SNAPSHOT).exists() else None
    backend.index([doc(5, "Công ty Sơn tĩnh điện", capabilities="sơn tĩnh điện")])
    snapshot = json.loads((folder / embedded.SNAPSHOT).read_text())
    assert snapshot["generation"] != before and len(snapshot["docs"]) == 5
    assert (folder / embedded.JOURNAL).read_bytes() == b""
    embedded._states.clear()
    assert backend.search(SearchQuery(text="son tinh dien")).ids == [5]


def test_rebuild_survives_a_restart(backend):
    backend.rebuild(iter([doc(7, "Công ty May Hà Đông", capabilities="may mặc")]))
    embedded._states.clear()
    assert backend.ids() == {7}
