"""The streamed term counting of MatchEngine.fit builds exactly the TF-IDF matrix scikit-learn's vectorizer builds."""
import numpy as np

from matchmaker.matching.engine import _fit_tfidf, _TermCounter, _vectorizer

DOCUMENTS = [["tien", "cnc", "tien", "tien_cnc", "C_cnc_turning", "cnc"], ["dong", "thau", "dong_thau"] * 3,
             [], ["cnc", "mold", "mold", "mold", "zinc"], ["zinc"]]


def test_counted_documents_give_scikit_learns_matrix_and_idf():
    counter = _TermCounter()
    for tokens in DOCUMENTS:
        counter.add(tokens)
    vectorizer, matrix = _fit_tfidf(counter)

    reference = _vectorizer()
    expected = reference.fit_transform(DOCUMENTS).tocsr()
    expected.sort_indices()  # scikit-learn keeps first-seen order within a row; the engine stores columns anyway
    assert vectorizer.vocabulary_ == reference.vocabulary_
    assert np.array_equal(vectorizer.idf_, reference.idf_)
    assert matrix.dtype == np.float32 and matrix.indices.dtype == np.int32
    assert np.array_equal(matrix.indptr, expected.indptr) and np.array_equal(matrix.indices, expected.indices)
    assert np.array_equal(matrix.data, expected.data)
