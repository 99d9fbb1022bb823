"""Four supplier search documents shared by the backend tests."""


def doc(doc_id, name, description="", capabilities="", products="", materials="", **facets):
    base = {"id": doc_id, "external_id": f"01000000{doc_id:02d}", "name": name, "name_en": "",
            "description": description, "capabilities": capabilities, "products": products, "materials": materials,
            "text": "", "sectors": ["mechanical"], "certifications": [], "five_s": None, "province": "Hà Nội",
            "district": None, "key_industrial_product": None, "has_kip": False, "verified": False, "size": None,
            "updated_at": f"2026-01-{doc_id:02d}T00:00:00"}
    return {**base, **facets}


SUPPLIERS = [
    doc(1, "Công ty TNHH Cơ khí Chính xác Thăng Long", "Gia công cơ khí chính xác cho ngành ô tô.",
        capabilities="tiện CNC\nphay CNC", materials="thép S45C", certifications=["ISO 9001"],
        five_s="implemented", district="Thạch Thất", verified=True, size="medium"),
    doc(2, "Công ty Đúc Đồng Phúc Thọ", "Đúc và gia công chi tiết đồng thau cho van, vòi nước.",
        capabilities="đúc đồng", products="van đồng", materials="đồng thau C3604",
        certifications=["ISO 9001", "ISO 14001"], five_s="certified", district="Phúc Thọ", has_kip=True,
        key_industrial_product=2021, size="small"),
    doc(3, "Công ty Nhựa Bắc Ninh", "Ép phun nhựa kỹ thuật; khuôn mẫu.", capabilities="ép nhựa",
        sectors=["chemicals-rubber-plastics-pharma"], province="Bắc Ninh", five_s="training", size="large"),
    doc(4, "Xưởng cơ khí Đông Anh", "Nhận gia công cơ khí, hàn, cắt laser.", capabilities="hàn\ncắt laser",
        five_s="none", district="Đông Anh", size="micro"),
]
