"""Row-appendable sparse matrices that score a few query columns quickly, and a growable table of row attributes."""
import numpy as np
import scipy.sparse as sp


class RowMatrix:
    """A CSC matrix (fast column access for scoring) plus a short list of appended rows not yet merged in."""

    def __init__(self, n_cols, main=None):
        self.main = sp.csc_matrix((0, n_cols), dtype=np.float32) if main is None else sp.csc_matrix(main)
        self.pending = []
        self._pending_csr = None

    @property
    def n_rows(self):
        return self.main.shape[0] + len(self.pending)

    def append(self, row):
        """Append one 1 x n_cols sparse row; it is scored straight away and merged into the CSC part later."""
        self.pending.append(sp.csr_matrix(row, dtype=np.float32))
        self._pending_csr = None

    def column_sums(self, cols, weights):
        """Return the dense vector sum_j weights[j] * M[:, cols[j]] over all rows (a sparse dot with the query)."""
        main, n_main = self.main, self.main.shape[0]
        starts, ends = main.indptr[cols], main.indptr[np.asarray(cols) + 1]
        # One concatenation and one bincount instead of a sparse slice: this is the hot loop of matching.
        spans = list(zip(starts, ends, weights, strict=True))
        rows = np.concatenate([main.indices[s:e] for s, e, _ in spans] or [np.zeros(0, np.int32)])
        values = np.concatenate([main.data[s:e] * w for s, e, w in spans] or [np.zeros(0)])
        out = np.bincount(rows, weights=values, minlength=n_main).astype(np.float64)
        if self.pending:
            if self._pending_csr is None:
                self._pending_csr = sp.vstack(self.pending, format="csr")
            extra = self._pending_csr[:, cols] @ np.asarray(weights, dtype=np.float64)
            out = np.concatenate([out, np.asarray(extra).ravel()])
        return out

    def column_rows(self, col):
        """Return the (sorted) indices of rows with a non-zero in col, pending rows included."""
        main = self.main
        rows = main.indices[main.indptr[col]: main.indptr[col + 1]]
        if self.pending:
            extra = [main.shape[0] + i for i, row in enumerate(self.pending) if row[0, col] != 0]
            rows = np.concatenate([np.sort(rows), np.asarray(extra, dtype=rows.dtype)])
        return np.sort(rows)

    def document_frequency(self):
        """Return how many rows have a non-zero in each column."""
        frequency = np.diff(self.main.indptr)
        if self.pending:
            if self._pending_csr is None:
                self._pending_csr = sp.vstack(self.pending, format="csr")
            frequency = frequency + np.bincount(self._pending_csr.indices, minlength=self.main.shape[1])
        return frequency

    def compact(self, keep=None):
        """Merge pending rows into the CSC part, keeping only the rows selected by the boolean mask keep."""
        merged = sp.vstack([self.main, *self.pending], format="csr") if self.pending else self.main.tocsr()
        if keep is not None:
            merged = merged[np.flatnonzero(keep)]
        self.main, self.pending, self._pending_csr = sp.csc_matrix(merged), [], None
        self.main.sort_indices()


class Table:
    """Fixed columns of per-row numbers in numpy arrays that grow by doubling."""

    def __init__(self, dtypes):
        self.size = 0
        self._data = {name: np.zeros(16, dtype=dtype) for name, dtype in dtypes.items()}

    def append(self, **values):
        """Append one row; missing columns get zero."""
        capacity = len(next(iter(self._data.values())))
        if self.size == capacity:
            for name, array in self._data.items():
                self._data[name] = np.concatenate([array, np.zeros(capacity, dtype=array.dtype)])
        for name, value in values.items():
            self._data[name][self.size] = value
        self.size += 1
        return self.size - 1

    def __getitem__(self, name):
        return self._data[name][: self.size]
