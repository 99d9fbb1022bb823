"""The index document: searchable text, folded text and facet fields."""
from datetime import date

from matchmaker.search.documents import supplier_document
from matchmaker.search.query import size_band
from tests.factories import CertificationFactory, SupplierFactory


def test_document_carries_text_and_facets():
    supplier = SupplierFactory(name="Công ty Đúc Đồng Thăng Long", name_en="Thang Long Brass Casting",
                               capabilities=["đúc đồng", "tiện CNC"], materials=["đồng thau C3604"],
                               key_industrial_product=2021, employees=120, district="Thạch Thất",
                               verification="verified")
    doc = supplier_document(supplier)
    assert doc["id"] == supplier.id and doc["external_id"] == supplier.external_id
    assert doc["capabilities"] == "đúc đồng\ntiện CNC"
    assert "duc dong thang long" in doc["text"] and "dong thau c3604" in doc["text"]
    assert "thach that" in doc["text"]
    assert doc["sectors"] == ["mechanical"] and doc["five_s"] == "implemented"
    assert (doc["province"], doc["district"]) == ("Hà Nội", "Thạch Thất")
    assert doc["key_industrial_product"] == 2021 and doc["has_kip"] is True
    assert doc["verified"] is True and doc["size"] == "medium"
    assert doc["updated_at"]


def test_only_valid_certifications_count():
    supplier = SupplierFactory()
    CertificationFactory(supplier=supplier, name="ISO 9001:2015", normalised_name="ISO 9001",
                         valid_until=date(2030, 1, 1))
    CertificationFactory(supplier=supplier, name="ISO 14001", normalised_name="ISO 14001",
                         valid_until=date(2020, 1, 1))
    CertificationFactory(supplier=supplier, name="IATF 16949", normalised_name="IATF 16949", valid_until=None)
    doc = supplier_document(supplier, today=date(2026, 6, 1))
    assert doc["certifications"] == ["IATF 16949", "ISO 9001"]
    assert "iso 14001" not in doc["text"]
    assert supplier_document(supplier, today=date(2031, 1, 1))["certifications"] == ["IATF 16949"]


def test_unknown_values_stay_empty():
    doc = supplier_document(SupplierFactory(name_en=None, five_s=None, province=None, employees=None,
                                            key_industrial_product=None))
    assert doc["name_en"] == "" and doc["five_s"] is None and doc["province"] is None
    assert doc["size"] is None and doc["has_kip"] is False and doc["verified"] is False


def test_size_bands():
    assert [size_band(n) for n in (None, 0, 9, 10, 99, 100, 299, 300, 5000)] == [
        None, "micro", "micro", "small", "small", "medium", "medium", "large", "large"]


def test_sections_hidden_from_anonymous_visitors_stay_out_of_the_public_index():
    supplier = SupplierFactory(materials=["đồng thau C3604"], district="Thạch Thất",
                               visibility={"materials": "buyers", "location": "staff"})
    doc = supplier_document(supplier)
    assert doc["materials"] == "" and "thau" not in doc["text"]
    assert doc["province"] is doc["district"] is None and "thach" not in doc["text"]
    assert doc["capabilities"] == "tiện CNC\nphay CNC" and doc["five_s"] == "implemented"
