from datetime import date

import pytest

from matchmaker.matching.engine import Match, MatchEngine

TODAY = date(2026, 6, 1)
BRASS_TURNER = {
    "external_id": "0100000001", "name": "Cơ khí Minh Phát", "capabilities": ["gia cong tien CNC dong thau"],
    "certifications": [{"name": "ISO 9001:2015", "valid_until": "2027-05-01"}], "five_s": "implemented",
    "sectors": ["mechanical"], "province": "Hà Nội", "verified": True, "key_industrial_product": 2021,
}
EXPIRED_TURNER = {
    "external_id": "0100000002", "name": "Cơ khí Hải Nam", "capabilities": ["tiện CNC", "phay CNC"],
    "materials": ["đồng thau C3604"], "certifications": [{"name": "ISO 9001", "valid_until": "2025-01-01"}],
    "five_s": "certified",
}
NO_5S_TURNER = {"external_id": "0100000003", "name": "Cơ khí ABC", "capabilities": ["tiện CNC đồng thau"],
                "certifications": ["iso9001"]}
BRASS_TRADER = {
    "external_id": "0100000004", "name": "Công ty TNHH Thương mại Đồng Việt",
    "description": "Nhập khẩu phân phối đồng thau, phụ kiện đồng thau", "products": ["brass fittings"],
    "certifications": ["ISO 9001"], "five_s": "implemented",
}
GARMENT = {"external_id": "0100000005", "name": "May Hà Nội", "capabilities": ["may mặc", "gia công may"],
           "certifications": ["ISO 9001"], "five_s": "certified", "verified": True}
PLASTICS = {"external_id": "0100000006", "name": "Nhựa Tân Tiến", "capabilities": ["ép nhựa"],
            "materials": ["ABS", "PP"], "certifications": ["ISO 9001"], "five_s": "implemented"}
SUPPLIERS = [BRASS_TURNER, EXPIRED_TURNER, NO_5S_TURNER, BRASS_TRADER, GARMENT, PLASTICS]
BRASS_REQUEST = {
    "external_id": "REQ-1", "title": "CNC turned brass fittings",
    "description": "Looking for a local supplier of CNC turned brass fittings, ISO 9001 required.",
    "sectors": ["mechanical"], "required_certifications": ["ISO 9001"], "min_five_s": "training",
}


@pytest.fixture
def engine():
    engine = MatchEngine()
    engine.fit(SUPPLIERS)
    return engine


def ids(matches):
    return [match.external_id for match in matches]


def test_vietnamese_brass_turner_tops_english_request_with_reasons(engine):
    matches = engine.match(BRASS_REQUEST, today=TODAY)
    top = matches[0]
    assert top.external_id == BRASS_TURNER["external_id"]
    assert "capability: CNC turned ↔ gia cong tien" in top.reasons
    assert "material: brass ↔ dong thau" in top.reasons
    assert "certification: ISO 9001 (valid to 2027-05)" in top.reasons
    assert {"sector: mechanical", "5S: implemented", "key industrial product (2021)", "verified by DoIT"} <= set(
        top.reasons)


def test_hard_constraints_exclude_expired_certificates_and_low_5s(engine):
    found = ids(engine.match(BRASS_REQUEST, today=TODAY))
    assert EXPIRED_TURNER["external_id"] not in found
    assert NO_5S_TURNER["external_id"] not in found
    # Before its expiry date the same certificate counts.
    assert EXPIRED_TURNER["external_id"] in ids(engine.match(BRASS_REQUEST, today=date(2024, 6, 1)))


def test_supplier_without_5s_passes_when_no_minimum(engine):
    request = dict(BRASS_REQUEST, min_five_s=None)
    assert NO_5S_TURNER["external_id"] in ids(engine.match(request, today=TODAY))


def test_trading_company_ranks_below_manufacturers(engine):
    found = ids(engine.match(dict(BRASS_REQUEST, min_five_s=None), today=TODAY))
    assert found.index(BRASS_TRADER["external_id"]) > found.index(NO_5S_TURNER["external_id"])


def test_boosts_never_pull_in_unrelated_suppliers(engine):
    found = ids(engine.match(BRASS_REQUEST, today=TODAY))
    assert GARMENT["external_id"] not in found
    assert PLASTICS["external_id"] not in found
    assert engine.match({"title": "fresh seafood frozen shrimp"}, today=TODAY) == []


def test_scores_are_bounded_ordered_and_limited(engine):
    request = dict(BRASS_REQUEST, required_certifications=[], min_five_s=None, province="Ha Noi")
    matches = engine.match(request, top=3, today=TODAY)
    assert 0 < len(matches) <= 3
    assert all(isinstance(m, Match) and 0.0 <= m.score <= 1.0 for m in matches)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_candidates_restrict_results(engine):
    request = dict(BRASS_REQUEST, required_certifications=[], min_five_s=None)
    assert ids(engine.match(request, today=TODAY, candidates={NO_5S_TURNER["external_id"]})) == [
        NO_5S_TURNER["external_id"]]


def test_upsert_adds_replaces_and_remove_forgets_without_refit(engine):
    vocabulary_before = dict(engine.vectorizer.vocabulary_)
    newcomer = dict(BRASS_TURNER, external_id="0100000099", name="Cơ khí Mới", verified=False)
    engine.upsert(newcomer)
    assert len(engine) == len(SUPPLIERS) + 1
    assert "0100000099" in ids(engine.match(BRASS_REQUEST, today=TODAY))
    engine.upsert(dict(newcomer, capabilities=["may mặc"]))  # replaced: no longer a turner
    assert len(engine) == len(SUPPLIERS) + 1
    assert "0100000099" not in ids(engine.match(BRASS_REQUEST, today=TODAY))
    engine.remove("0100000099")
    assert len(engine) == len(SUPPLIERS)
    assert engine.vectorizer.vocabulary_ == vocabulary_before


def test_upsert_then_compact_keeps_results(engine):
    engine.upsert(dict(BRASS_TURNER, external_id="0100000098"))
    before = engine.match(BRASS_REQUEST, today=TODAY)
    engine.compact()
    assert engine.match(BRASS_REQUEST, today=TODAY) == before


def test_save_load_round_trip(engine, tmp_path):
    engine.upsert(dict(PLASTICS, external_id="0100000097"))
    engine.remove(GARMENT["external_id"])
    engine.save(tmp_path / "engine")
    loaded = MatchEngine.load(tmp_path / "engine")
    assert len(loaded) == len(engine)
    for request in (BRASS_REQUEST, {"title": "plastic injection moulding ABS"}):
        assert loaded.match(request, today=TODAY) == engine.match(request, today=TODAY)
    loaded.upsert(dict(GARMENT, external_id="0100000096"))
    assert "0100000096" in ids(loaded.match({"title": "garment sewing"}, today=TODAY))


def test_a_corpus_without_any_terms_still_fits_and_takes_upserts():
    engine = MatchEngine()
    engine.fit([{"external_id": "0100000001", "name": "Công ty TNHH Mới"}])
    assert engine.match({"title": "CNC turning"}, top=3) == []
    engine.upsert({"external_id": "0100000002", "name": "B", "capabilities": ["tiện CNC"]})
    assert [m.external_id for m in engine.match({"title": "CNC turning"}, top=3)] == ["0100000002"]
