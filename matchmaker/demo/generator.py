"""Seeded generator of realistic demo suppliers, FDI buyers and sourcing requirements in the interchange format.

Pure: plain dicts out, no Flask or database. The same seed always gives the same data. Certificate dates are
spread around REFERENCE_DATE (the demo's "today"), so some are expired and some expire within 60 days.
"""
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import vocabulary as voc
from .data import firms, places
from .requirements import build_requirements

REFERENCE_DATE = date(2026, 11, 21)

# The first supplier is fixed, whatever the seed, so the demo supplier log-in always belongs to the same firm.
FLAGSHIP = {
    "external_id": "0103124568",
    "name": "Công ty TNHH Cơ khí Chính xác Thăng Long",
    "name_en": "Thang Long Precision Mechanics Co., Ltd.",
    "description": "Gia công tiện phay CNC các chi tiết chính xác cho ngành ô tô, xe máy và máy in. "
                   "Nhà xưởng 3.500 m² tại KCN Thạch Thất - Quốc Oai với 42 máy CNC và máy đo CMM. "
                   "We supply machined parts in aluminium, stainless steel and brass to Japanese FDI customers.",
    "sectors": ["mechanical"],
    "capabilities": ["tiện CNC", "phay CNC", "CNC turning", "CNC milling", "mài vô tâm", "anod hóa nhôm"],
    "products": ["trục bánh răng", "bạc lót", "giá đỡ nhôm", "gear shafts", "aluminium brackets"],
    "materials": ["thép S45C", "nhôm A6061", "SUS304", "đồng thau C3604"],
    "certifications": [{"name": "ISO 9001:2015", "valid_until": "2027-05-01"},
                       {"name": "ISO 14001:2015", "valid_until": "2026-12-31"}, "IATF 16949"],
    "five_s": "implemented",
    "key_industrial_product": 2021,
    "employees": 120,
    "founded": 2005,
    "province": "Hà Nội",
    "district": "Thạch Thất",
    "industrial_zone": "KCN Thạch Thất - Quốc Oai",
    "export_markets": ["JP", "KR"],
    "languages": ["vi", "en", "ja"],
    "contact": {"email": "sales@cokhithanglong.vn", "phone": "+84 24 3368 2215",
                "website": "https://cokhithanglong.vn"},
}
STAFF_ORGANISATION = "Sở Công Thương Hà Nội"
_MACHINE_SECTORS = {"mechanical", "electrical-electronics"}


@dataclass
class DemoData:
    """Demo suppliers and requirements in the interchange format, and the buyer firms the requirements name."""

    suppliers: list[dict] = field(default_factory=list)
    buyers: list[dict] = field(default_factory=list)
    requirements: list[dict] = field(default_factory=list)


def generate(seed: int = 2026, suppliers: int = 520, buyers: int = 30, requirements: int = 60) -> DemoData:
    """Return a deterministic set of demo suppliers, buyer firms and buyer requirements for the seed."""
    if not 0 <= buyers <= len(firms.BUYERS):
        raise ValueError(f"buyers must be between 0 and {len(firms.BUYERS)}")
    if requirements and not (buyers and suppliers):
        raise ValueError("requirements need at least one buyer and one supplier")
    rng = random.Random(seed)
    state = _State(rng)
    supplier_records = [dict(FLAGSHIP, contact=dict(FLAGSHIP["contact"]))][:suppliers]
    state.codes.add(FLAGSHIP["external_id"])
    state.names.add(FLAGSHIP["name"])
    while len(supplier_records) < suppliers:
        supplier_records.append(_supplier(state))
    buyer_records = [_buyer(index, row) for index, row in enumerate(firms.BUYERS[:buyers])]
    requirement_records = build_requirements(rng, requirements, buyer_records, firms.BUYERS, supplier_records,
                                             REFERENCE_DATE)
    return DemoData(supplier_records, buyer_records, requirement_records)


def demo_accounts() -> list[dict]:
    """Return the three demo log-ins: a buyer of the first buyer firm, a supplier of the first supplier, DoIT staff."""
    return [
        {"email": "buyer@demo.matchmaker.vn", "password": "hoshino-buyer-2026", "role": "buyer",
         "organisation": firms.BUYERS[0][0], "name": "Sato Yuki"},
        {"email": "supplier@demo.matchmaker.vn", "password": "thanglong-supplier-2026", "role": "supplier",
         "organisation": FLAGSHIP["name"], "name": "Nguyễn Văn Minh"},
        {"email": "staff@demo.matchmaker.vn", "password": "hanoi-doit-staff-2026", "role": "staff",
         "organisation": STAFF_ORGANISATION, "name": "Trần Thu Hà"},
    ]


class _State:
    """The random source plus what must stay unique across suppliers: codes, names, domains."""

    def __init__(self, rng):
        self.rng = rng
        self.codes, self.names, self.domains = set(), set(), set()

    def weighted(self, options):
        """Pick a key of a {option: weight} mapping."""
        keys = list(options)
        return self.rng.choices(keys, weights=[options[key] for key in keys])[0]


def _supplier(state):
    rng = state.rng
    trading = rng.random() < 0.05
    line = _trading_line(state) if trading else rng.choices(voc.PRODUCT_LINES,
                                                             weights=[x["weight"] for x in voc.PRODUCT_LINES])[0]
    province, district, zone = _place(state, line, trading)
    employees = _employees(rng, trading)
    founded = int(rng.triangular(1990, 2022.99, 2009))
    branch = not trading and province == "Hà Nội" and employees > 80 and rng.random() < 0.12
    external_id = _enterprise_code(state, province, founded, branch)
    name, name_en, brand = _names(state, line, district if branch else None)
    plain = rng.random() < 1 / 3  # about a third of SMEs type without diacritics
    five_s = _five_s(state, line, trading)
    certs = _certifications(state, line, employees, trading)
    kip = None if trading or rng.random() > _kip_probability(employees) else rng.randint(2018, 2025)
    markets = _export_markets(state, line, employees, five_s)
    record = {
        "external_id": external_id,
        "name": name,
        "name_en": name_en,
        "description": "",
        "sectors": list(line["sectors"]),
        "capabilities": _terms(state, line["capabilities"], 2, 5, plain),
        "products": _terms(state, line["products"], 2, 4, plain),
        "materials": rng.sample(line["materials"], min(len(line["materials"]), rng.randint(1, 4))),
        "certifications": certs,
        "five_s": five_s,
        "key_industrial_product": kip,
        "employees": employees,
        "founded": founded,
        "province": province,
        "district": district,
        "industrial_zone": zone,
        "export_markets": markets,
        "languages": _languages(state, line, markets),
        "contact": _contact(state, brand, line, province, employees),
    }
    related = [key for key in line.get("related", []) if key in voc.LINES_BY_KEY]
    if related and rng.random() < 0.2:
        extra = voc.LINES_BY_KEY[rng.choice(related)]
        record["capabilities"] += _terms(state, extra["capabilities"], 1, 2, plain, record["capabilities"])
        record["sectors"] += [s for s in extra["sectors"] if s not in record["sectors"]]
    record["description"] = _description(state, line, record, trading, plain)
    return record


def _trading_line(state):
    sector, products, materials = state.rng.choice(firms.TRADING["lines"])
    index = state.rng.randrange(len(firms.TRADING["name_vi"]))
    return {"key": "trading", "sectors": [sector], "capabilities": firms.TRADING["capabilities"],
            "products": products, "materials": materials, "equipment": [], "related": [],
            "name_vi": [firms.TRADING["name_vi"][index]], "name_en": [firms.TRADING["name_en"][index]]}


def _place(state, line, trading):
    """Return (province, district, industrial zone or None), the zone always lying in the district."""
    rng = state.rng
    if trading or line["key"] in ("software", "embedded_iot"):
        district = rng.choice(places.OFFICE_DISTRICTS)
        return "Hà Nội", district, places.OFFICE_ZONES.get(district) if rng.random() < 0.7 else None
    if "districts" in line:
        return "Hà Nội", rng.choice(line["districts"]), None
    provinces = {"Hà Nội": places.HANOI_WEIGHT}
    provinces.update({name: row[0] for name, row in places.NEIGHBOUR_PROVINCES.items()})
    province = state.weighted(provinces)
    if province == "Hà Nội":
        district = state.weighted({name: row[0] for name, row in places.HANOI_DISTRICTS.items()})
        zones = places.HANOI_DISTRICTS[district][1]
    else:
        district, zones = rng.choice(sorted(places.NEIGHBOUR_PROVINCES[province][2].items()))
    zone = rng.choice(zones) if zones and rng.random() < 0.65 else None
    return province, district, zone


def _employees(rng, trading):
    """Log-normal head count, median about 40, so most firms are small as in Hanoi's CNHT base."""
    employees = round(math.exp(rng.gauss(3.1 if trading else 3.75, 0.9)))
    return max(10, min(2000, employees))


def _enterprise_code(state, province, founded, branch):
    rng = state.rng
    while True:
        if province == "Hà Nội" or branch:
            body = places.HANOI_CODE + voc.hanoi_code_block(founded) + f"{rng.randrange(100000):05d}"
        else:
            body = places.NEIGHBOUR_PROVINCES[province][1] + f"0{rng.randrange(1000000):06d}"
        digit = voc.check_digit(body)
        code = f"{body}{digit}-001" if branch else f"{body}{digit}"
        if digit is not None and code not in state.codes:
            state.codes.add(code)
            return code


def _names(state, line, branch_district):
    """Return a unique (Vietnamese legal name, English name, brand) for a firm of the product line."""
    rng = state.rng
    while True:
        roll = rng.random()
        if roll < 0.12:
            brand = rng.choice(places.PLACE_BRANDS)
        elif roll < 0.18:
            brand = rng.choice(firms.BRAND_PARTNER)
        else:
            brand = f"{rng.choice(firms.BRAND_FIRST)} {rng.choice(firms.BRAND_SECOND)}"
        form_vi, form_en, _ = rng.choices(firms.LEGAL_FORMS, weights=[f[2] for f in firms.LEGAL_FORMS])[0]
        if line["key"] == "trading" and "Thương mại" in form_vi:
            form_vi, form_en = "Công ty TNHH", "Co., Ltd."
        index = rng.randrange(len(line["name_vi"]))
        name = f"{form_vi} {line['name_vi'][index]} {brand}"
        if name in state.names:
            continue
        state.names.add(name)
        name_en = f"{voc.strip_diacritics(brand)} {line['name_en'][index]} {form_en}"
        if branch_district:
            name = f"Chi nhánh {name} - Nhà máy {branch_district}"
            name_en = f"{name_en} - {voc.strip_diacritics(branch_district)} Factory"
        elif rng.random() < 0.12:
            name_en = None  # small firms often register no English name
        return name, name_en, brand


def _terms(state, pairs, low, high, plain, already=()):
    """Pick trade terms: always the Vietnamese one, often its English twin too, as suppliers write them."""
    rng = state.rng
    terms = []
    for vi, en in rng.sample(pairs, min(len(pairs), rng.randint(low, high))):
        terms.append(voc.strip_diacritics(vi) if plain and rng.random() < 0.6 else vi)
        if rng.random() < 0.5:
            terms.append(en)
    return [term for term in terms if term not in already]


def _five_s(state, line, trading):
    if trading:
        return state.weighted({"none": 80, "training": 10, "implemented": 10})
    if set(line["sectors"]) & _MACHINE_SECTORS:  # the 5S3D programme targets these two sectors
        return state.weighted({"none": 25, "training": 30, "implemented": 30, "certified": 15})
    return state.weighted({"none": 50, "training": 20, "implemented": 22, "certified": 8})


def _kip_probability(employees):
    """Recognised key industrial products mostly belong to the larger firms."""
    return 0.08 + (0.15 if employees >= 100 else 0) + (0.15 if employees >= 300 else 0)


def _certifications(state, line, employees, trading):
    rng = state.rng
    names = []
    if rng.random() < (0.2 if trading else 0.35) + min(0.45, employees / 400):
        names.append(rng.choices(["ISO 9001:2015", "ISO9001:2015", "ISO 9001:2008"], weights=[82, 6, 12])[0])
    if not trading:
        if rng.random() < 0.12 + min(0.2, employees / 1000):
            names.append("ISO 14001:2015")
        if rng.random() < 0.05:
            names.append("ISO 45001:2018")
        for name, probability in line.get("certifications", {}).items():
            if rng.random() < probability and name.split(":")[0] not in {n.split(":")[0] for n in names}:
                names.append(name)
    return [_certificate(state, name) for name in names]


def _certificate(state, name):
    """A certificate as a plain string, an undated object or a dated one (expired, expiring soon, or valid)."""
    rng = state.rng
    if name.endswith(":2008"):  # ISO 9001:2008 certificates all lapsed at the 2018 transition deadline
        return {"name": name, "valid_until": "2018-09-14"}
    roll = rng.random()
    if roll < 0.3:
        return name
    if roll < 0.38:
        return {"name": name, "valid_until": None}
    kind = rng.random()
    if kind < 0.18:
        until = REFERENCE_DATE - timedelta(days=rng.randint(1, 900))
    elif kind < 0.3:
        until = REFERENCE_DATE + timedelta(days=rng.randint(1, 59))
    else:
        until = REFERENCE_DATE + timedelta(days=rng.randint(60, 1000))
    return {"name": name, "valid_until": until.isoformat()}


def _export_markets(state, line, employees, five_s):
    rng = state.rng
    handicraft = "handicrafts" in line["sectors"]
    chance = 0.7 if handicraft else 0.2 + (0.3 if five_s in ("implemented", "certified") else 0) + (
        0.2 if employees > 150 else 0)
    if rng.random() > chance:
        return []
    weights = dict(firms.HANDICRAFT_MARKETS if handicraft else firms.EXPORT_MARKETS)
    markets = []
    for _ in range(rng.choices([1, 2, 3, 4], weights=[45, 30, 18, 7])[0]):
        market = state.weighted(weights)
        weights.pop(market)
        markets.append(market)
    return markets


def _languages(state, line, markets):
    rng = state.rng
    languages = ["vi"]
    if markets or rng.random() < 0.55:
        languages.append("en")
    for market in markets:
        language = firms.COUNTRY_LANGUAGE.get(market)
        if language and language not in languages and rng.random() < 0.6:
            languages.append(language)
    if "ja" not in languages and set(line["sectors"]) & _MACHINE_SECTORS and rng.random() < 0.1:
        languages.append("ja")
    return languages


def _contact(state, brand, line, province, employees):
    rng = state.rng
    base = voc.ascii_slug(brand)
    stems = [voc.ascii_slug(line["name_vi"][0]) + base, base + voc.ascii_slug(line["name_en"][0].split()[0]), base]
    domain = None
    for stem in rng.sample(stems, 3) + [f"{base}{n}" for n in range(2, 99)]:
        candidate = stem + rng.choice([".vn", ".com.vn", ".com.vn", ".com"])
        if candidate not in state.domains:
            domain = candidate
            break
    state.domains.add(domain)
    mailbox = rng.choice(["kinhdoanh", "sales", "info", "contact", "lienhe"])
    if employees < 30 and rng.random() < 0.4:
        phone = f"+84 9{rng.choice('1346789')} {rng.randrange(1000):03d} {rng.randrange(10000):04d}"
    elif province == "Hà Nội":
        phone = f"+84 24 {rng.choice('3673')}{rng.randrange(1000):03d} {rng.randrange(10000):04d}"
    else:
        area = places.AREA_CODES[province]
        phone = f"+84 {area} {rng.choice('36')}{rng.randrange(100):02d} {rng.randrange(10000):04d}"
    website = f"https://{domain}" if rng.random() < 0.8 else None
    return {"email": f"{mailbox}@{domain}", "phone": phone, "website": website}


def _description(state, line, record, trading, plain):
    """Vietnamese sentences (without diacritics when `plain`), usually followed by English ones."""
    rng = state.rng
    vi_caps = [c for c, _ in line["capabilities"]]
    vi_prods = [p for p, _ in line["products"]]
    en_prods = [p for _, p in line["products"]]
    equipment = rng.choice(line["equipment"]) if line["equipment"] else None
    industry = rng.choice(line.get("industries") or firms.INDUSTRIES)
    cert_names = [c if isinstance(c, str) else c["name"] for c in record["certifications"]]
    nations, nations_en = rng.choice(firms.CUSTOMER_NATIONS)
    rng.shuffle(vi_caps)
    rng.shuffle(vi_prods)
    fields = {
        "cap1": vi_caps[0], "cap2": vi_caps[1], "prod1": vi_prods[0], "prod2": vi_prods[1], "ind": industry[0],
        "ind_en": industry[1], "area": max(200, record["employees"] * rng.randint(15, 40) // 100 * 100),
        "loc": record["industrial_zone"] or record["district"], "n": max(3, record["employees"] // rng.randint(4, 9)),
        "equip": equipment[0] if equipment else "", "equip_en": equipment[1] if equipment else "",
        "nations": nations, "nations_en": nations_en, "founded": record["founded"], "employees": record["employees"],
        "cert": ", ".join(cert_names), "kip": record["key_industrial_product"], "cap_en1": line["capabilities"][0][1],
        "prod_en1": en_prods[0], "prod_en2": en_prods[1], "capacity": f"{rng.choice([5, 10, 20, 50, 100]) * 1000:,}",
        "markets": ", ".join(firms.COUNTRY_NAMES[m] for m in record["export_markets"]) + " customers",
    }
    if trading:
        vi, en = [rng.choice(voc.VI_TRADING)], [rng.choice(voc.EN_TRADING)]
    else:
        vi = [rng.choice(voc.VI_OPENING)]
        if equipment:
            vi.append(rng.choice(voc.VI_EQUIPMENT))
        vi += rng.sample(voc.VI_FACTS, rng.randint(0, 2))
        if cert_names and rng.random() < 0.5:
            vi.append(voc.VI_CERT)
        if record["five_s"] == "training":
            vi.append(voc.VI_TRAINING)
        elif record["five_s"] in ("implemented", "certified") and rng.random() < 0.5:
            vi.append(voc.VI_KAIZEN)
        if record["key_industrial_product"]:
            vi.append(voc.VI_KIP)
        usable = [s for s in voc.EN_SENTENCES if ("{equip_en}" not in s or equipment)
                  and ("{markets}" not in s or record["export_markets"])]
        en = rng.sample(usable, rng.choice([0, 1, 1, 2]))
    vietnamese = " ".join(sentence.format(**fields) for sentence in vi)
    if plain:
        vietnamese = voc.strip_diacritics(vietnamese)
    english = " ".join(sentence.format(**fields) for sentence in en)
    return f"{vietnamese} {english}".strip()


def _buyer(index, row):
    name, name_vi, country, zone, district, province, makes, _ = row
    domain = voc.ascii_slug(name.split(" Vietnam")[0].split(" Vina")[0].split(" Co.,")[0]) + ".com.vn"
    languages = ["en"] + ([firms.COUNTRY_LANGUAGE[country]] if country in firms.COUNTRY_LANGUAGE else [])
    return {"key": f"B{index + 1:02d}", "name": name, "name_vi": name_vi, "country": country,
            "industrial_zone": zone, "district": district, "province": province, "makes": makes,
            "languages": languages,
            "contact_email": f"{firms.BUYER_MAILBOXES[index % len(firms.BUYER_MAILBOXES)]}@{domain}"}
