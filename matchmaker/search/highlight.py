"""HTML snippets for a result: the writer's own text (diacritics kept), escaped, with <mark> around matched words.

Words are compared on their folded terms, so the query "gia cong" marks "gia công" as written.
"""
from markupsafe import escape

from ..matching.text import nfc
from .terms import analyse, terms

SNIPPET_FIELDS = ("capabilities", "products", "materials", "description", "name_en")
WINDOW_BEFORE, WINDOW_AFTER = 8, 22  # words of context around the first match in long text


def _marked_spans(tokens, wanted):
    """Merge runs of consecutive matched tokens into (start, end) spans, so "gia công" is one <mark>."""
    spans, previous = [], None
    for index, token in enumerate(tokens):
        if token.term not in wanted:
            continue
        if spans and previous == index - 1:
            spans[-1] = (spans[-1][0], token.end)
        else:
            spans.append((token.start, token.end))
        previous = index
    return spans


def mark(text, wanted, start=0, end=None):
    """Return text[start:end] (NFC) as escaped HTML with matched words wrapped in <mark>."""
    text = nfc(text)
    end = len(text) if end is None else end
    tokens = [t for t in analyse(text) if t.start >= start and t.end <= end]
    out, position = [], start
    for span_start, span_end in _marked_spans(tokens, wanted):
        out.append(str(escape(text[position:span_start])))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(str(escape(text[position:end])))
    return "".join(out)


def _window(text, wanted):
    """A stretch of long text around its first matched word, with ellipses where it was cut."""
    text = nfc(text)
    tokens = analyse(text)
    first = next((i for i, token in enumerate(tokens) if token.term in wanted), None)
    if first is None:
        return None
    low, high = max(first - WINDOW_BEFORE, 0), min(first + WINDOW_AFTER, len(tokens) - 1)
    start = 0 if low == 0 else tokens[low].start
    end = len(text) if high == len(tokens) - 1 else tokens[high].end
    html = mark(text, wanted, start, end)
    return ("… " if start else "") + html + (" …" if end < len(text) else "")


def snippets(doc, wanted, limit=3):
    """Up to `limit` HTML snippets of the document's text fields that contain any of the wanted terms."""
    found = []
    for name in SNIPPET_FIELDS:
        value = doc.get(name) or ""
        if not value or not wanted:
            continue
        if name == "description":
            snippet = _window(value, wanted)
        else:
            items = [item for item in value.split("\n") if wanted & {t.term for t in analyse(item)}]
            snippet = " · ".join(mark(item, wanted) for item in items) or None
        if snippet:
            found.append(snippet)
        if len(found) >= limit:
            break
    return found


def page_highlights(docs, plan, fields):
    """{id: snippets} for the documents of a result page; the same for every backend, so both mark alike.

    Only words of alternatives a supplier really matched are marked: a lone "c" of "C3604" must not light up.
    `fields(doc)` gives the texts a document was searched in."""
    if plan is None:
        return {}
    found = {}
    for doc_id, doc in docs.items():
        present = set(terms("\n".join(fields(doc))))
        wanted = {word for clause in plan.clauses for words, _, _ in clause.alternatives
                  if set(words) <= present for word in words}
        html = snippets(doc, wanted)
        if html:
            found[doc_id] = html
    return found
