"""Columnar building blocks of the embedded index: growable numpy columns, integer-coded facets, a packed doc store.

Every column is indexed by row. A row is never reused: replacing a document tombstones its row and appends a new
one, and compaction (inverted.py) drops the dead rows and renumbers the rest.
"""
import json
import zlib

import numpy as np


class Column:
    """A numpy array that grows by appending (capacity doubles), read through `.values` (a view of the used part)."""

    def __init__(self, dtype, data=None):
        self._data = np.zeros(16, dtype=dtype) if data is None else np.asarray(data, dtype=dtype)
        self._size = 0 if data is None else len(self._data)

    def __len__(self):
        return self._size

    def append(self, value):
        """Add one value at the end."""
        if self._size == len(self._data):
            grown = np.zeros(max(16, 2 * len(self._data)), dtype=self._data.dtype)
            grown[: self._size] = self._data[: self._size]
            self._data = grown
        self._data[self._size] = value
        self._size += 1

    @property
    def values(self):
        return self._data[: self._size]

    def keep(self, rows):
        """A new Column of the values at `rows` (compaction)."""
        return Column(self._data.dtype, self.values[rows])


class Facet:
    """One facet as integer codes in row order, CSR-like: row r holds codes[indptr[r]:indptr[r + 1]].

    Single- and multi-valued facets alike. A search gathers the codes of its candidate rows once; a filter is then
    a boolean mask over those rows and the facet counts a bincount, in time proportional to the candidates.
    """

    def __init__(self):
        self.values = []   # code -> value
        self.codes = {}    # value -> code
        self.indptr = Column(np.int64, np.zeros(1, dtype=np.int64))
        self.value_codes = Column(np.int32)

    def add(self, row, values):
        """Record the values of the next row (rows are added in order; duplicates count once)."""
        assert row == len(self.indptr) - 1
        for value in dict.fromkeys(values):
            code = self.codes.get(value)
            if code is None:
                code = self.codes[value] = len(self.values)
                self.values.append(value)
            self.value_codes.append(code)
        self.indptr.append(len(self.value_codes))

    def gather(self, rows):
        """(position in `rows`, value code) of every value the rows hold."""
        indptr = self.indptr.values
        starts = indptr[rows]
        sizes = indptr[rows + 1] - starts
        owner = np.repeat(np.arange(len(rows)), sizes)
        ends = np.cumsum(sizes)
        offsets = np.arange(ends[-1] if len(ends) else 0) - np.repeat(ends - sizes, sizes)
        return owner, self.value_codes.values[starts[owner] + offsets]

    def select(self, gathered, count, wanted, every=False):
        """Mask over the gathered rows: those holding any of the wanted values (every=True: all of them)."""
        wanted = list(dict.fromkeys(wanted))
        codes = [self.codes[value] for value in wanted if value in self.codes]
        if (every and len(codes) < len(wanted)) or not codes:
            return np.zeros(count, dtype=bool)
        owner, values = gathered
        chosen = owner[np.isin(values, codes)]
        if every and len(codes) > 1:
            return np.bincount(chosen, minlength=count) == len(codes)
        found = np.zeros(count, dtype=bool)
        found[chosen] = True
        return found

    def counts(self, gathered, keep):
        """{value: number of kept rows holding it}, zero counts left out, in code order."""
        owner, values = gathered
        counts = np.bincount(values[keep[owner]], minlength=len(self.values))
        return {self.values[code]: int(counts[code]) for code in np.flatnonzero(counts)}

    def compacted(self, keep):
        """A copy holding only the rows `keep` (ascending), renumbered from 0."""
        fresh = Facet()
        fresh.values, fresh.codes = self.values, self.codes
        owner, values = self.gather(keep)
        sizes = np.bincount(owner, minlength=len(keep))
        fresh.indptr = Column(np.int64, np.concatenate([[0], np.cumsum(sizes)]))
        fresh.value_codes = Column(np.int32, values)
        return fresh


def pack(doc):
    """A document as compressed JSON bytes (a tenth of the memory of the dict of strings it came from)."""
    return zlib.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def unpack(blob):
    """The document packed by `pack`."""
    return json.loads(zlib.decompress(blob))


def packed_json(blob):
    """The document's JSON text as bytes, for writing a snapshot without decoding it."""
    return zlib.decompress(blob)
