"""Plain BM25 over each supplier's raw text: the "naive search box" baseline.

No accent folding, no vocabulary, no hard constraints: lowercase word tokens of the name, description,
capabilities, products and materials, ranked against the requirement's title and description.
"""
import math
import re
from collections import Counter

_TOKEN = re.compile(r"\w+")
TEXT_FIELDS = ("name", "description", "capabilities", "products", "materials")


def tokenize(text):
    """Lowercase word tokens split on whitespace and punctuation; diacritics are kept as written."""
    return _TOKEN.findall(text.lower())


def supplier_text(supplier):
    """The supplier's free text fields concatenated."""
    parts = []
    for field in TEXT_FIELDS:
        value = supplier.get(field)
        parts.extend(value if isinstance(value, list) else [value or ""])
    return " ".join(str(p) for p in parts)


def requirement_text(requirement):
    """The buyer's query: title and description."""
    return f"{requirement.get('title') or ''} {requirement.get('description') or ''}"


class BM25:
    """Okapi BM25 with Lucene's non-negative idf."""

    def __init__(self, k1=1.5, b=0.75):
        self.k1, self.b = k1, b
        self.ids, self.docs, self.idf, self.avgdl = [], [], {}, 0.0

    def fit(self, documents):
        """Index (id, text) pairs."""
        self.ids, self.docs = [], []
        df = Counter()
        for doc_id, text in documents:
            counts = Counter(tokenize(text))
            self.ids.append(doc_id)
            self.docs.append((counts, sum(counts.values())))
            df.update(counts.keys())
        n = len(self.docs)
        self.avgdl = sum(length for _, length in self.docs) / n if n else 0.0
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        return self

    def score(self, query_tokens, index):
        """BM25 score of document `index` for the query tokens (repeated query terms count once each time)."""
        counts, length = self.docs[index]
        norm = self.k1 * (1 - self.b + self.b * length / self.avgdl) if self.avgdl else self.k1
        total = 0.0
        for term in query_tokens:
            tf = counts.get(term, 0)
            if tf:
                total += self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return total

    def search(self, query, top=10):
        """The best `top` (id, score) pairs with a positive score, best first; ties keep index order."""
        tokens = tokenize(query)
        scored = [(self.score(tokens, i), -i) for i in range(len(self.docs))]
        scored = sorted((s for s in scored if s[0] > 0), reverse=True)[:top]
        return [(self.ids[-neg], score) for score, neg in scored]


class BM25Baseline:
    """Ranks suppliers for a requirement by BM25 alone, with the same fit/match shape as the engine."""

    def __init__(self, **params):
        self.index = BM25(**params)

    def fit(self, suppliers):
        """Index the suppliers' raw text."""
        self.index.fit((s["external_id"], supplier_text(s)) for s in suppliers)
        return self

    def match(self, requirement, top=10, today=None):
        """External ids of the best `top` suppliers; `today` is accepted and ignored (no constraints)."""
        return [doc_id for doc_id, _ in self.index.search(requirement_text(requirement), top)]
