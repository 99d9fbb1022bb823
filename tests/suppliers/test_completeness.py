"""The completeness score and the 'what to add next' hints."""
from matchmaker.suppliers.completeness import completeness

FULL = {
    "external_id": "0101234567", "name": "Công ty TNHH Cơ khí", "name_en": "Mechanics Co.",
    "description": "Gia công tiện phay CNC các chi tiết chính xác cho ngành ô tô, xe máy; khách hàng Nhật Bản.",
    "sectors": ["mechanical"], "capabilities": ["tiện CNC", "phay CNC", "mài"], "products": ["trục"],
    "materials": ["SUS304"], "certifications": ["ISO 9001"], "five_s": "implemented", "province": "Hà Nội",
    "district": "Thạch Thất", "employees": 120, "export_markets": ["JP"], "languages": ["vi"],
    "contact": {"email": "a@b.vn"},
}


def test_a_complete_profile_scores_100_with_nothing_to_add():
    result = completeness(FULL, documents=1)
    assert result.percent == 100 and result.complete and result.next_steps() == []


def test_an_empty_profile_asks_for_capabilities_first():
    result = completeness({"external_id": "9000000000", "name": "Mới"})
    assert result.percent == 0
    keys = [item.key for item in result.missing]
    assert keys[0] == "capabilities" and "external_id" in keys
    assert [item.key for item in result.next_steps(3)] == ["capabilities", "description", "sectors"]


def test_missing_documents_and_short_lists_are_hinted_with_their_section():
    record = {**FULL, "capabilities": ["tiện CNC"]}
    result = completeness(record, documents=0)
    missing = {item.key: item.section for item in result.missing}
    assert missing == {"capabilities": "capabilities", "documents": "certifications"}
    assert 0 < result.percent < 100


def test_more_fields_never_lower_the_score():
    partial = {"external_id": "0101234567", "name": "X", "sectors": ["it"]}
    assert completeness({**partial, "products": ["phần mềm"]}).percent > completeness(partial).percent
