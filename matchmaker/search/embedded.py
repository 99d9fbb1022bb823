"""The embedded search backend: no server, an inverted index kept in memory and persisted in SEARCH_FOLDER.

On disk: a snapshot of every document (suppliers.json) and a journal of the changes since (suppliers.journal,
one JSON line per change). A change appends one line, so a profile edit costs a few bytes, not a rewrite of
10,000 documents; when the journal grows large, it is folded into a new snapshot. Writers hold an exclusive
file lock; snapshots and fresh journals are written to a temporary file and renamed into place, so a reader
never sees half a file. Every process notices other processes' changes on its next search: it reloads when
the snapshot was replaced and otherwise applies the journal lines it has not seen yet.
"""
import json
import os
import tempfile
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

from ..caching import settle_long_lived
from .base import SearchBackend
from .highlight import page_highlights
from .inverted import InvertedIndex, searched_texts
from .query import SearchResult, clean_filters
from .terms import plan_query, terms

try:
    import fcntl
except ImportError:  # Windows: no cross-process lock; one process at a time on a developer's machine
    fcntl = None

SNAPSHOT, JOURNAL = "suppliers.json", "suppliers.journal"
FORMAT = 1
COMPACT_AFTER = 2 * 1024 * 1024  # journal bytes; also compacted once it outgrows the snapshot
_states = {}  # folder -> _State, shared by every backend instance of this process
_lock = threading.RLock()


def _stat(path):
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


class _State:
    """One process's view of the files: the index, the snapshot it came from and how much journal it applied."""

    def __init__(self, folder):
        self.folder = folder
        self.snapshot = None   # _stat of the snapshot file loaded
        self.generation = None
        self.journal = None    # inode of the journal being followed
        self.offset = 0
        self.index = InvertedIndex(terms)

    def refresh(self):
        """Bring the index up to date with the files."""
        if _stat(self.folder / SNAPSHOT) != self.snapshot:
            self._load_snapshot()
        self._follow_journal()

    def _load_snapshot(self):
        self.index, self.generation, self.journal, self.offset = InvertedIndex(terms), None, None, 0
        self.snapshot = _stat(self.folder / SNAPSHOT)
        if self.snapshot is None:
            return
        with open(self.folder / SNAPSHOT, encoding="utf-8") as handle:
            data = json.load(handle)
        self.generation = data["generation"]
        self.index.add_many(data["docs"])
        settle_long_lived(len(data["docs"]))

    def _follow_journal(self):
        journal = _stat(self.folder / JOURNAL)
        if journal is None:
            return
        if journal[0] != self.journal:
            self.journal, self.offset = journal[0], 0
        if journal[1] <= self.offset:
            return
        with open(self.folder / JOURNAL, "rb") as handle:
            handle.seek(self.offset)
            chunk = handle.read()
        complete = chunk[: chunk.rfind(b"\n") + 1]  # a line still being written waits for the next look
        for line in complete.decode("utf-8").splitlines():
            self._apply(json.loads(line))
        self.offset += len(complete)

    def _apply(self, change):
        if change["generation"] != self.generation:
            return  # written against an older snapshot, already folded into the one loaded
        for doc in change.get("index", ()):
            self.index.add(doc)
        for doc_id in change.get("delete", ()):
            self.index.remove(doc_id)

    def append(self, change):
        """Apply a change and record it in the journal (the caller holds the write lock)."""
        change = {"generation": self.generation, **change}
        self._apply(change)
        line = (json.dumps(change, ensure_ascii=False) + "\n").encode("utf-8")
        journal = _stat(self.folder / JOURNAL)
        if journal and journal[0] == self.journal and journal[1] > self.offset:
            # Bytes past the last complete line, with the write lock held: a writer was killed mid-line.
            # Appending after them would glue our line to the torn one; cut them off first.
            os.truncate(self.folder / JOURNAL, self.offset)
        with open(self.folder / JOURNAL, "ab") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        journal = _stat(self.folder / JOURNAL)
        self.journal, self.offset = journal[0], journal[1]
        if self.offset > max(COMPACT_AFTER, (self.snapshot or (0, 0))[1]):
            self.write_snapshot()

    def write_snapshot(self):
        """Write every document as a new snapshot generation and start an empty journal (write lock held)."""
        generation = uuid.uuid4().hex
        # The documents are kept as JSON already: written as they are, not decoded and encoded again.
        head = json.dumps({"format": FORMAT, "generation": generation})[:-1].encode("utf-8")
        _replace(self.folder / SNAPSHOT, head + b', "docs": [' + b", ".join(self.index.packed_documents()) + b"]}")
        _replace(self.folder / JOURNAL, b"")
        self.snapshot, self.generation = _stat(self.folder / SNAPSHOT), generation
        self.journal, self.offset = _stat(self.folder / JOURNAL)[0], 0


def _replace(path, data):
    """Write a file atomically: a temporary file in the same folder, synced, then renamed over the old one."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


class EmbeddedBackend(SearchBackend):
    name = "embedded"

    def __init__(self, folder, expand=True):
        self.folder = Path(folder)
        self.expand = expand

    def _state(self):
        """This process's state for the folder, brought up to date with the files."""
        state = _states.get(self.folder)
        if state is None:
            state = _states[self.folder] = _State(self.folder)
        state.refresh()
        return state

    def _index(self):
        return self._state().index

    @contextmanager
    def _writing(self):
        """Hold the thread and file locks around a change; yields the up-to-date state."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with _lock, open(self.folder / (SNAPSHOT + ".lock"), "w") as lock:
            if fcntl:
                fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield self._state()
            except BaseException:
                _states.pop(self.folder, None)  # a half-applied change must not outlive the failure
                raise
            finally:
                if fcntl:
                    fcntl.flock(lock, fcntl.LOCK_UN)

    # -- the interface --------------------------------------------------------------------------------------

    def index(self, docs):
        docs = list(docs)
        if docs:
            with self._writing() as state:
                state.append({"index": docs})

    def delete(self, ids):
        ids = list(ids)
        if ids:
            with self._writing() as state:
                state.append({"delete": ids})

    def rebuild(self, docs):
        fresh = InvertedIndex(terms)
        fresh.add_many(docs)
        with self._writing() as state:
            state.index = fresh
            state.write_snapshot()

    def version(self):
        """What this process's index holds: the snapshot generation plus how far into the journal it has read.
        Every change appends to the journal or starts a new generation, so equal versions mean equal contents."""
        with _lock:
            state = self._state()
            return state.generation, state.journal, state.offset

    def ids(self):
        with _lock:
            return set(self._index().docs)

    def documents(self):
        with _lock:
            return list(self._index().docs.values())

    def count(self):
        with _lock:
            return len(self._index())

    def search(self, query):
        with _lock:
            index = self._index()
            filters = clean_filters(query.filters)
            plan = plan_query(query.text, expand=self.expand) if query.text.strip() else None
            page, total, facets = index.search(plan, filters, query.offset, query.per_page)
            return SearchResult(ids=page, total=total, facets=facets,
                                highlights=self._highlights(index, page, plan), backend=self.name)

    @staticmethod
    def _highlights(index, page, plan):
        # Decoded from the packed store once per page row.
        docs = {doc_id: index.docs[doc_id] for doc_id in page} if plan is not None else {}
        return page_highlights(docs, plan, searched_texts)
