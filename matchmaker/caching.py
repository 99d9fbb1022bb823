"""A small in-process LRU cache for results derived from a versioned source (the search index, the match model).

Callers put the source's version in every key, so an entry can only be found while the data it was computed
from is unchanged; a change makes new keys and the old entries simply age out. Each process (gunicorn worker)
keeps its own cache: nothing is shared, nothing needs invalidating across processes.
"""
import gc
import threading
from collections import OrderedDict

_MISSING = object()
SETTLE_MIN = 1000  # documents or profiles; below this a full collection costs more than it saves


class LRUCache:
    """At most `size` entries; the least recently used one is dropped first. Safe to share between threads."""

    def __init__(self, size):
        self.size = size
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, default=None):
        """The value stored under key (now the most recently used), or default."""
        with self._lock:
            value = self._entries.get(key, _MISSING)
            if value is _MISSING:
                return default
            self._entries.move_to_end(key)
            return value

    def put(self, key, value):
        """Store a value, dropping the least recently used entry when full."""
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self):
        """Forget every entry."""
        with self._lock:
            self._entries.clear()

    def __len__(self):
        return len(self._entries)


def settle_long_lived(size):
    """Call after loading a large structure that lives as long as the process (the search index, the match model).

    Python's full garbage collections walk every live object: with a 5,000-supplier index and model loaded, each
    took 250-400 ms in a web worker, every few dozen requests. Collecting once now and freezing what is alive
    keeps those objects out of later collections; unfreezing first lets a replaced structure be collected."""
    if size < SETTLE_MIN:
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()
