"""The demo data generator: deterministic, contract-shaped, realistic, and its requirements can be met."""
import re
import time
from collections import Counter
from datetime import date, timedelta

import pytest

from matchmaker.demo import generator, requirements, vocabulary
from matchmaker.demo.data import places
from matchmaker.demo.generator import REFERENCE_DATE, demo_accounts, generate
from matchmaker.matching.certifications import normalise_certification

SUPPLIER_FIELDS = {"external_id", "name", "name_en", "description", "sectors", "capabilities", "products", "materials",
                   "certifications", "five_s", "key_industrial_product", "employees", "founded", "province",
                   "district", "industrial_zone", "export_markets", "languages", "contact"}
REQUIREMENT_FIELDS = {"external_id", "buyer", "title", "description", "sectors", "required_certifications",
                      "preferred_certifications", "min_five_s", "province", "quantity", "deadline"}
ENTERPRISE_CODE = re.compile(r"^\d{10}(-\d{3})?$")
LANGUAGES = {"vi", "en", "ja", "ko", "zh", "de", "fr"}


@pytest.fixture(scope="module")
def data():
    return generate()


def _valid_certificates(supplier, today):
    valid = set()
    for cert in supplier["certifications"]:
        name, until = (cert, None) if isinstance(cert, str) else (cert["name"], cert.get("valid_until"))
        if until is None or date.fromisoformat(until) >= today:
            valid.add(normalise_certification(name))
    return valid


def test_same_seed_gives_same_data_and_another_seed_differs():
    first, again, other = generate(7, 60, 10, 12), generate(7, 60, 10, 12), generate(8, 60, 10, 12)
    assert first == again
    assert first.suppliers != other.suppliers


def test_default_counts(data):
    assert (len(data.suppliers), len(data.buyers), len(data.requirements)) == (520, 30, 60)


def test_custom_counts_and_refused_sizes():
    small = generate(seed=3, suppliers=25, buyers=4, requirements=9)
    assert (len(small.suppliers), len(small.buyers), len(small.requirements)) == (25, 4, 9)
    with pytest.raises(ValueError):
        generate(buyers=31)
    with pytest.raises(ValueError):
        generate(buyers=0, requirements=5)


def test_generation_is_fast():
    started = time.perf_counter()
    generate(seed=99)
    assert time.perf_counter() - started < 1.0


def test_every_supplier_has_every_contract_field_with_valid_codes(data):
    for supplier in data.suppliers:
        assert set(supplier) >= SUPPLIER_FIELDS
        assert supplier["name"]
        assert supplier["sectors"] and set(supplier["sectors"]) <= set(vocabulary.SECTORS)
        assert supplier["five_s"] in vocabulary.FIVE_S
        assert all(re.fullmatch(r"[A-Z]{2}", market) for market in supplier["export_markets"])
        assert "vi" in supplier["languages"] and set(supplier["languages"]) <= LANGUAGES
        assert 10 <= supplier["employees"] <= 2000
        assert 1990 <= supplier["founded"] <= 2022
        assert supplier["key_industrial_product"] is None or 2018 <= supplier["key_industrial_product"] <= 2025
        assert supplier["capabilities"] and supplier["products"]
        assert set(supplier["contact"]) == {"email", "phone", "website"}
        assert re.fullmatch(r"[a-z]+@[a-z0-9.]+\.(vn|com)", supplier["contact"]["email"])
        assert supplier["contact"]["phone"].startswith("+84 ")


def test_all_eight_sectors_present_with_mechanical_and_electronics_leading(data):
    counts = Counter(sector for supplier in data.suppliers for sector in supplier["sectors"])
    assert set(counts) == set(vocabulary.SECTORS)
    leaders = [sector for sector, _ in counts.most_common(2)]
    assert set(leaders) == {"mechanical", "electrical-electronics"}


def test_external_ids_are_unique_enterprise_codes_with_valid_check_digits(data):
    codes = [supplier["external_id"] for supplier in data.suppliers]
    assert len(set(codes)) == len(codes)
    assert all(ENTERPRISE_CODE.match(code) for code in codes)
    assert all(vocabulary.check_digit(code[:9]) == int(code[9]) for code in codes)
    branches = [code for code in codes if "-" in code]
    assert 0 < len(branches) < len(codes) * 0.05
    hanoi = [s["external_id"] for s in data.suppliers if s["province"] == "Hà Nội"]
    assert all(code.startswith("01") for code in hanoi)


def test_names_are_unique_and_realistic(data):
    names = [supplier["name"] for supplier in data.suppliers]
    assert len(set(names)) == len(names)
    assert all(re.match(r"^(Chi nhánh )?Công ty ", name) for name in names)
    assert sum(supplier["name_en"] is None for supplier in data.suppliers) < len(names) * 0.2


def test_about_a_third_of_descriptions_have_no_diacritics(data):
    plain = [s for s in data.suppliers if vocabulary.strip_diacritics(s["description"]) == s["description"]]
    assert 0.2 < len(plain) / len(data.suppliers) < 0.45
    assert any(term.isascii() and " " in term and term[0].islower() for s in plain for term in s["capabilities"])


def test_strip_diacritics_keeps_case():
    assert vocabulary.strip_diacritics("Gia công Cơ khí Đông Anh") == "Gia cong Co khi Dong Anh"


def test_certificates_include_expired_expiring_and_undated(data):
    expired = expiring = undated = 0
    for supplier in data.suppliers:
        for cert in supplier["certifications"]:
            if isinstance(cert, str) or cert["valid_until"] is None:
                undated += 1
                continue
            until = date.fromisoformat(cert["valid_until"])
            expired += until < REFERENCE_DATE
            expiring += REFERENCE_DATE <= until <= REFERENCE_DATE + timedelta(days=60)
    assert expired >= 20 and expiring >= 10 and undated >= 50


def test_five_s_and_key_products_are_spread(data):
    five_s = Counter(supplier["five_s"] for supplier in data.suppliers)
    assert all(five_s[level] >= 20 for level in vocabulary.FIVE_S)
    recognised = sum(supplier["key_industrial_product"] is not None for supplier in data.suppliers)
    assert 0.05 < recognised / len(data.suppliers) < 0.16


def test_places_are_real_and_consistent(data):
    provinces = Counter(supplier["province"] for supplier in data.suppliers)
    assert provinces["Hà Nội"] > 0.75 * len(data.suppliers)
    assert set(provinces) <= {"Hà Nội", *places.NEIGHBOUR_PROVINCES}
    for supplier in data.suppliers:
        if supplier["province"] == "Hà Nội":
            zones = places.HANOI_DISTRICTS[supplier["district"]][1]
        else:
            zones = places.NEIGHBOUR_PROVINCES[supplier["province"]][2][supplier["district"]]
        assert supplier["industrial_zone"] is None or supplier["industrial_zone"] in zones


def test_some_trading_companies_are_mixed_in(data):
    traders = [s for s in data.suppliers if "Thương mại" in s["name"] and any(
        term in ("phân phối vật tư công nghiệp", "đại lý phân phối", "industrial supplies distribution",
                 "authorised distributor", "phan phoi vat tu cong nghiep", "dai ly phan phoi")
        for term in s["capabilities"])]
    assert 0.02 < len(traders) / len(data.suppliers) < 0.1


def test_buyers_are_fictional_fdi_firms(data):
    assert [buyer["key"] for buyer in data.buyers] == [f"B{n:02d}" for n in range(1, 31)]
    assert len({buyer["name"] for buyer in data.buyers}) == 30
    countries = Counter(buyer["country"] for buyer in data.buyers)
    assert countries["JP"] + countries["KR"] >= 20 and len(countries) >= 5
    for buyer in data.buyers:
        assert buyer["industrial_zone"] and re.fullmatch(r"[a-z]+@[a-z0-9.]+", buyer["contact_email"])


def test_requirements_follow_the_contract(data):
    buyer_names = {buyer["name"] for buyer in data.buyers}
    ids = [requirement["external_id"] for requirement in data.requirements]
    assert ids == [f"REQ-2026-{n:04d}" for n in range(1, 61)]
    for requirement in data.requirements:
        assert set(requirement) == REQUIREMENT_FIELDS
        assert requirement["buyer"] in buyer_names
        assert requirement["sectors"] and set(requirement["sectors"]) <= set(vocabulary.SECTORS)
        assert requirement["min_five_s"] in (None, *vocabulary.FIVE_S)
        assert requirement["deadline"].startswith("2027-")
        assert "{" not in requirement["description"] and requirement["quantity"]
    assert {r["buyer"] for r in data.requirements} == buyer_names
    assert 0 < sum(not r["title"].isascii() for r in data.requirements) < 20
    assert any(r["required_certifications"] for r in data.requirements)
    assert any(r["min_five_s"] for r in data.requirements)
    assert any(r["province"] is None for r in data.requirements)


@pytest.mark.parametrize("seed", [2026, 1, 42])
def test_every_requirement_can_be_met_by_some_supplier(seed):
    data = generate(seed)
    today = REFERENCE_DATE + timedelta(days=60)  # still true two months into the demo
    for requirement in data.requirements:
        needed = {normalise_certification(name) for name in requirement["required_certifications"]}
        floor = vocabulary.FIVE_S.index(requirement["min_five_s"] or "none")
        assert any(needed <= _valid_certificates(s, today) and vocabulary.FIVE_S.index(s["five_s"]) >= floor
                   and set(s["sectors"]) & set(requirement["sectors"]) for s in data.suppliers), requirement


def test_demo_accounts_belong_to_the_first_firms(data):
    accounts = {account["role"]: account for account in demo_accounts()}
    assert set(accounts) == {"buyer", "supplier", "staff"}
    assert accounts["buyer"]["organisation"] == data.buyers[0]["name"]
    assert accounts["supplier"]["organisation"] == data.suppliers[0]["name"]
    assert generate(seed=5).suppliers[0]["name"] == data.suppliers[0]["name"]
    for account in accounts.values():
        assert account["email"].endswith("@demo.matchmaker.vn") and len(account["password"]) >= 12


def test_generator_modules_stay_free_of_flask_and_the_database():
    for module in (generator, requirements, vocabulary):
        source = open(module.__file__, encoding="utf-8").read()
        assert not re.search(r"^\s*(from|import) (flask|sqlalchemy)", source, re.MULTILINE)
