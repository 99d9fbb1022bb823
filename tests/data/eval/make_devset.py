"""Generate the labelled development set: suppliers.jsonl, requirements.jsonl and qrels.tsv.

Usage: python tests/data/eval/make_devset.py [--out DIR] [--seed N]

Every supplier is first drawn as a latent truth (what it really makes, from which materials, whether it only
trades, its certificates and 5S status) and then rendered into text in one of four writing styles. Grades come
from comparing each buyer need (buyer_needs.py) with the latent truth, never with the rendered text. Standard
library only, and deliberately independent of matchmaker/matching.
"""

import argparse
import json
import random
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from buyer_needs import NEEDS  # noqa: E402
from catalogue import CERT_SPELLINGS, MATERIALS, PRODUCTS, SECTOR_CERTS, SECTOR_WORDS  # noqa: E402
from catalogue import P as PROCESSES  # noqa: E402

TODAY = date(2026, 11, 21)
FIVE_S = ["none", "training", "implemented", "certified"]
STYLES = [("vi", 0.3), ("vi_nd", 0.3), ("en", 0.15), ("mixed", 0.25)]
BRANDS = [
    "Thăng Long",
    "Hồng Hà",
    "Đông Anh",
    "Minh Khai",
    "An Phát",
    "Tân Thành",
    "Việt Hưng",
    "Phúc Lâm",
    "Hưng Thịnh",
    "Đại Dương",
    "Sao Mai",
    "Bình Minh",
    "Trường Thành",
    "Kim Long",
    "Hoàng Gia",
    "Nam Việt",
    "Quang Minh",
    "Sài Đồng",
    "Phú Nghĩa",
    "Long Biên",
    "Gia Lâm",
    "Thành Công",
    "Hải Âu",
    "Tiến Đạt",
    "Hòa Bình",
    "Phương Đông",
    "Việt Nhật",
    "Việt Hàn",
    "Thiên Phú",
    "Ánh Dương",
    "Đức Minh",
    "Tân Á",
    "Vạn Xuân",
    "Hà Thành",
    "Kinh Bắc",
    "Hợp Nhất",
    "Toàn Cầu",
    "Nhật Tân",
    "Lạc Hồng",
    "Đông Đô",
    "Bảo Ngọc",
    "Trung Kiên",
    "Mạnh Hùng",
    "Quốc Việt",
    "Phú Thịnh",
    "Hưng Phát",
    "Tràng An",
    "Đất Việt",
    "Sông Đà",
    "Hoàng Long",
    "Nhật Minh",
    "Phát Đạt",
    "Thịnh Vượng",
    "An Khánh",
    "Trí Đức",
    "Đại Nam",
]
PROVINCES = [
    ("Hà Nội", "01", 0.56),
    ("Bắc Ninh", "23", 0.1),
    ("Hưng Yên", "09", 0.07),
    ("Vĩnh Phúc", "25", 0.07),
    ("Hải Phòng", "02", 0.07),
    ("Bắc Giang", "24", 0.04),
    ("Thái Nguyên", "46", 0.03),
    ("TP. Hồ Chí Minh", "03", 0.03),
    ("Bình Dương", "37", 0.03),
]
HANOI_PLACES = [
    ("Thạch Thất", "KCN Thạch Thất - Quốc Oai"),
    ("Đông Anh", "KCN Thăng Long"),
    ("Sóc Sơn", "KCN Nội Bài"),
    ("Mê Linh", "KCN Quang Minh"),
    ("Phú Xuyên", "KCN Phú Nghĩa"),
    ("Long Biên", "KCN Sài Đồng B"),
    ("Thạch Thất", "Khu CNC Hòa Lạc"),
    ("Gia Lâm", None),
    ("Hoài Đức", None),
    ("Thường Tín", None),
    ("Chương Mỹ", None),
    ("Thanh Oai", "CCN Thanh Oai"),
]
MARKETS = ["JP", "KR", "US", "DE", "FR", "NL", "SG", "TW", "CN", "AU", "TH"]

NOISE_VI = [
    "Uy tín - Chất lượng - Tiến độ.",
    "Đội ngũ công nhân lành nghề, kỹ sư giàu kinh nghiệm.",
    "Rất mong được hợp tác cùng quý khách hàng.",
    "Giao hàng nhanh, hỗ trợ vận chuyển toàn quốc.",
    "Chúng tôi luôn đặt chữ tín lên hàng đầu.",
    "Giá cả cạnh tranh, báo giá trong 24h.",
    "Hệ thống quản lý chất lượng theo tiêu chuẩn Nhật Bản.",
    "Nhà xưởng rộng 3.000 m2, sạch sẽ, thoáng mát.",
    "Khách hàng là các công ty Nhật Bản, Hàn Quốc tại các KCN phía Bắc.",
    "Hotline/Zalo: 0912 345 678.",
    "Tham gia chương trình hỗ trợ phát triển công nghiệp hỗ trợ của thành phố.",
    "Đã tham gia Hội chợ Công nghiệp hỗ trợ Hà Nội.",
]
NOISE_EN = [
    "Quality first, customer satisfaction.",
    "Competitive price and on-time delivery.",
    "Experienced engineers and skilled workers.",
    "We look forward to cooperating with you.",
    "Our customers include Japanese and Korean FDI companies in northern Vietnam.",
    "Quotation within 24 hours.",
    "Factory area 5,000 m2 in an industrial park near Hanoi.",
    "Member of the Hanoi supporting industry programme.",
]


def strip_diacritics(text):
    """Vietnamese as typed on a phone without a Telex keyboard: no tone marks, đ written d."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def weighted(rng, pairs):
    """Pick the first element of one (value, weight) pair."""
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def unique(items):
    """Keep order, drop repeats (never iterate over sets: their order changes between runs)."""
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def neighbours(process):
    """Processes a judge would call neighbouring, in either direction."""
    near = list(PROCESSES[process]["neighbours"])
    near += [k for k, v in PROCESSES.items() if process in v["neighbours"]]
    return unique(near)


# ----------------------------------------------------------------------------------------------- latent truth


def latent(rng, processes, materials=(), products=(), role="maker", sectors=None):
    """A supplier's latent truth with random extras drawn from what its processes can plausibly do."""
    processes = unique(processes)
    mats, prods = list(materials), list(products)
    for p in processes:
        pool_m, pool_p = PROCESSES[p]["materials"], PROCESSES[p]["products"]
        if pool_m:
            mats += rng.sample(pool_m, rng.randint(1 if not mats else 0, min(2, len(pool_m))))
        prods += rng.sample(pool_p, rng.randint(1 if not prods else 0, min(2, len(pool_p))))
    if sectors is None:
        sectors = unique(PROCESSES[p]["sector"] for p in processes)
    return {
        "processes": processes,
        "materials": unique(mats),
        "products": unique(prods),
        "role": role,
        "sectors": list(sectors),
        "certs": [],
        "five_s": None,
    }


def random_certs(rng, sup, required=(), expired=()):
    """Certificates from the supplier's sectors; `required` are valid, `expired` ran out before the evaluation date."""
    pool = unique(c for s in sup["sectors"] for c in SECTOR_CERTS[s])
    chosen = unique(list(required) + rng.sample(pool, rng.randint(0, min(2, len(pool)))))
    chosen = [c for c in chosen if c not in expired]
    certs = [(c, "valid") for c in chosen] + [(c, "expired") for c in expired]
    if rng.random() < 0.1 and pool:  # an old certificate nobody renewed, harmless unless required
        old = rng.choice(pool)
        if old not in chosen and old not in expired:
            certs.append((old, "expired"))
    sup["certs"] = certs


def random_five_s(rng, sup, at_least=None, below=None):
    """5S status: more common in mechanical and electronics; optionally bounded from below or above."""
    factory = any(s in ("mechanical", "electrical-electronics") for s in sup["sectors"])
    weights = [0.15, 0.3, 0.35, 0.2] if factory else [0.5, 0.25, 0.2, 0.05]
    levels = list(range(4))
    if at_least:
        levels = [i for i in levels if i >= FIVE_S.index(at_least)]
    if below:
        levels = [i for i in levels if i < FIVE_S.index(below)]
    sup["five_s"] = FIVE_S[rng.choices(levels, weights=[weights[i] for i in levels])[0]]


def fails_hard(need, sup):
    """A required certificate missing or expired, or 5S below the minimum (the contract's hard constraints)."""
    valid = {c for c, state in sup["certs"] if state == "valid"}
    if any(c not in valid for c in need["required"]):
        return True
    if need["min_five_s"]:
        have = sup["five_s"] if sup.get("five_s_shown", True) else "none"
        return FIVE_S.index(have or "none") < FIVE_S.index(need["min_five_s"])
    return False


def judge_need(need, sup):
    """Grade 0-3 from the latent truth alone, ignoring hard constraints."""
    p, m, f = need["process"], need["material"], need["product"]
    sector = PROCESSES[p]["sector"]
    mats, prods = sup["materials"], sup["products"]
    if sup["role"] != "maker":
        return 1 if sup["role"] == "trader" and sector in sup["sectors"] and (f in prods or m in mats) else 0
    if p in sup["processes"]:
        return 3 if (m is None or m in mats) and (f is None or f in prods) else 2
    near = [q for q in neighbours(p) if q in sup["processes"]]
    if near and ((f in prods) if f else (m in mats)):
        return 2
    if sector in sup["sectors"] and (near or (m is not None and m in mats) or (f is not None and f in prods)):
        return 1
    return 0


# ----------------------------------------------------------------------------------------------- rendering


class Writer:
    """Renders concepts in one writing style."""

    def __init__(self, rng, style):
        self.rng, self.style = rng, style

    def term(self, concept, both=False):
        vi, en = concept
        rng = self.rng
        if self.style == "en":
            return rng.choice(en)
        i = rng.randrange(len(vi))
        word = vi[i]
        if self.style == "vi_nd":
            return strip_diacritics(word)
        if self.style == "mixed" and (both or rng.random() < 0.4):
            # the English gloss a bilingual sales engineer would put next to the same item
            return f"{word} ({en[i % len(en)]})" if rng.random() < 0.6 else rng.choice(en)
        return word

    def process(self, p, both=False):
        return self.term((PROCESSES[p]["vi"], PROCESSES[p]["en"]), both)

    def join(self, words):
        words = list(words)
        if len(words) <= 1:
            return "".join(words)
        last = " and " if self.style == "en" else " và "
        return ", ".join(words[:-1]) + last + words[-1]


def company_name(rng, sup, taken):
    """Vietnamese legal name and an optional English trading name, unique in the set."""
    if sup["processes"]:
        word_vi, word_en = PROCESSES[sup["processes"][0]]["name"]
    else:
        word_vi, word_en = ("Thương mại XNK", "Trading") if sup["role"] == "trader" else ("Thiết bị", "Machinery")
    form = rng.choice(["Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV"])
    if "handicrafts" in sup["sectors"] and rng.random() < 0.5:
        form = rng.choice(["Cơ sở", "HTX", "Xưởng"])
    if sup["role"] == "trader" and rng.random() < 0.5:
        word_vi = "Thương mại và Dịch vụ " + word_vi
    for _ in range(100):
        brand = rng.choice(BRANDS)
        name = f"{form} {word_vi} {brand}"
        if name not in taken:
            break
    else:
        name = f"{form} {word_vi} {brand} {len(taken)}"
    taken.add(name)
    name_en = f"{strip_diacritics(brand)} {word_en} {'JSC' if 'Cổ phần' in form else 'Co., Ltd.'}"
    return name, name_en, brand


def describe_maker(w, sup, short):
    """Sentences of a manufacturer's self-description; returns (sentences, processes mentioned)."""
    rng, procs = w.rng, sup["processes"]
    en = w.style == "en"
    first = w.process(procs[0], both=True)
    rest = [w.process(p) for p in procs[1:]]
    if en:
        intro = rng.choice(
            [
                f"{short} specialises in {w.join([first] + rest)}.",
                f"We are a manufacturer offering {w.join([first] + rest)} to drawing.",
                f"Established in {sup['founded']}, {short} provides {w.join([first] + rest)}.",
            ]
        )
    else:
        sector_word = SECTOR_WORDS[PROCESSES[procs[0]]["sector"]][0]
        intro = rng.choice(
            [
                f"{short} chuyên {w.join([first] + rest)}.",
                f"Chúng tôi chuyên {w.join([first] + rest)} theo bản vẽ của khách hàng.",
                f"Nhận {w.join([first] + rest)} số lượng lớn nhỏ, giá cạnh tranh.",
                f"Doanh nghiệp hoạt động trong lĩnh vực {sector_word}, chuyên {w.join([first] + rest)}.",
                f"Thành lập năm {sup['founded']}, {short} cung cấp dịch vụ {w.join([first] + rest)}.",
            ]
        )
    sentences = [intro]
    prods = [w.term(PRODUCTS[f]) for f in sup["products"]]
    mats = [w.term(MATERIALS[m]) for m in sup["materials"] if rng.random() < 0.9]
    if prods:
        if en:
            sentences.append(
                rng.choice([f"Main products: {', '.join(prods)}.", f"We supply {w.join(prods)} to FDI customers."])
            )
        else:
            sentences.append(
                rng.choice(
                    [
                        f"Sản phẩm chính: {', '.join(prods)}.",
                        f"Cung cấp {w.join(prods)} cho các doanh nghiệp FDI.",
                        f"Chuyên sản xuất {w.join(prods)}.",
                    ]
                )
            )
    if mats and rng.random() < 0.7:
        sentences.append(
            f"Materials: {', '.join(mats)}."
            if en
            else rng.choice([f"Vật liệu: {', '.join(mats)}.", f"Nhận gia công trên {w.join(mats)}."])
        )
    if rng.random() < 0.6:
        kit = PROCESSES[rng.choice(procs)]["kit_en" if en else "kit_vi"]
        sentences.append(rng.choice(kit))
    if "mechanical" in sup["sectors"] and rng.random() < 0.2:
        # keywords of a process the supplier does NOT do: finishing sent out to partners
        other = rng.choice(
            [p for p in ("electroplating", "powder_coating", "anodizing", "heat_treatment") if p not in procs]
        )
        sentences.append(
            f"{w.process(other).capitalize()} is subcontracted to partners."
            if en
            else f"Công đoạn {w.process(other)} được thuê ngoài qua đối tác."
        )
    return sentences


def describe_trader(w, sup, short):
    """A trading company or an equipment dealer: mentions products and processes it does not perform."""
    en = w.style == "en"
    prods = [w.term(PRODUCTS[f]) for f in sup["products"]]
    mats = [w.term(MATERIALS[m]) for m in sup["materials"]]
    hint = [w.process(p) for p in sup.get("mentions", [])]
    if sup["role"] == "dealer":
        return (
            [
                f"{short} is an authorised dealer of machines for {w.join(hint)}; installation and spare parts.",
                "Showroom and service centre in Hanoi.",
            ]
            if en
            else [
                f"{short} là đại lý phân phối máy móc thiết bị cho ngành {w.join(hint)}.",
                "Cung cấp máy mới và máy bãi Nhật, bảo hành, sửa chữa, phụ tùng thay thế.",
            ]
        )
    goods = w.join(prods + mats)
    if en:
        out = [f"{short} imports and distributes {goods}.", "Large stock in our Hanoi warehouse, fast delivery."]
        if hint:
            out.append(f"Products made by {w.join(hint)} from partner factories in China and Taiwan.")
    else:
        out = [f"{short} chuyên nhập khẩu và phân phối {goods}.", "Hàng có sẵn số lượng lớn, giao hàng toàn quốc."]
        if hint:
            out.append(f"Nhận đặt hàng sản phẩm {w.join(hint)} từ các nhà máy đối tác.")
    return out


def render_certs(rng, sup):
    """Certificates as the contract allows: plain strings, objects with or without expiry."""
    out = []
    for canon, state in sup["certs"]:
        spelling = rng.choice(CERT_SPELLINGS[canon])
        if state == "expired":
            edge = rng.random() < 0.3
            until = TODAY - timedelta(days=1 if edge else rng.randint(20, 700))
            out.append({"name": spelling, "valid_until": until.isoformat()})
            continue
        r = rng.random()
        if r < 0.3:
            out.append(spelling)
        elif r < 0.45:
            out.append({"name": spelling, "valid_until": None})
        else:
            until = TODAY + timedelta(days=0 if r > 0.97 else rng.randint(30, 1100))
            out.append({"name": spelling, "valid_until": until.isoformat()})
    return out


def render_capabilities(w, sup):
    """The capabilities list: the supplier's own words for its processes, or a trader's trade."""
    rng = w.rng
    if sup["role"] != "maker":
        if w.style == "en":
            return ["distribution", "import-export"]
        return [w.term((["phân phối", "nhập khẩu", "thương mại"], ["trading", "distribution"])) for _ in range(2)]
    capabilities = unique(w.process(p) for p in sup["processes"] for _ in range(rng.randint(1, 2)))
    if sup.get("all_terms"):  # keyword traps list every word of their trade
        first = PROCESSES[sup["processes"][0]]
        pairs = zip(first["vi"], first["en"], strict=False)
        capabilities = unique(capabilities + [w.term(([t], [e])) for t, e in pairs])
    if rng.random() < 0.2:
        capabilities = []  # partial profile: everything is in the description
    return capabilities


def render_supplier(rng, sup, taken, ids):
    """The contract record of one latent supplier."""
    style = sup["style"]
    w = Writer(rng, style)
    name, name_en, brand = company_name(rng, sup, taken)
    short = name_en.replace(" Co., Ltd.", "").replace(" JSC", "") if style == "en" else "Công ty " + brand
    if sup["role"] == "maker":
        sentences = describe_maker(w, sup, short)
    else:
        sentences = describe_trader(w, sup, short)
    noise = NOISE_EN if style == "en" else NOISE_VI
    sentences += rng.sample(noise, rng.randint(1, 3))
    if style == "mixed" and rng.random() < 0.5:
        sentences.append(rng.choice(NOISE_EN))
    description = " ".join(sentences)

    capabilities = render_capabilities(w, sup)
    products = unique(w.term(PRODUCTS[f]) for f in sup["products"]) if rng.random() < 0.75 else []
    materials = unique(w.term(MATERIALS[m]) for m in sup["materials"]) if rng.random() < 0.6 else []

    province, prefix = sup["province"]
    external_id = None
    while external_id is None or external_id in ids:
        external_id = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if rng.random() < 0.05:
            external_id += "-001"
    ids.add(external_id)
    district, zone = rng.choice(HANOI_PLACES) if province == "Hà Nội" else (None, None)
    if style == "vi_nd":
        name, description = strip_diacritics(name), strip_diacritics(description)
        if rng.random() < 0.3:
            name = name.upper()
        if rng.random() < 0.5:
            province = strip_diacritics(province)
            district = strip_diacritics(district) if district else None
    record = {"external_id": external_id, "name": name}
    if style in ("en", "mixed") or rng.random() < 0.4:
        record["name_en"] = name_en
    record.update(
        {
            "description": description,
            "sectors": sup["sectors_shown"],
            "capabilities": capabilities,
            "products": products,
            "materials": materials,
            "certifications": render_certs(rng, sup),
        }
    )
    if sup.get("five_s_shown", True):
        record["five_s"] = sup["five_s"]
    record.update(
        {
            "key_industrial_product": rng.choice([2019, 2021, 2023]) if rng.random() < 0.08 else None,
            "employees": rng.choice([12, 25, 40, 60, 85, 120, 180, 250, 400, 900]),
            "founded": sup["founded"],
            "province": province,
            "district": district,
            "industrial_zone": zone,
            "export_markets": sorted(rng.sample(MARKETS, rng.randint(0, 3))),
            "languages": ["vi", "en"] if style in ("en", "mixed") else ["vi"],
            "contact": {
                "email": f"sales@{strip_diacritics(brand).lower().replace(' ', '')}.vn",
                "phone": f"+84 24 {rng.randint(3000, 3999)} {rng.randint(1000, 9999)}",
            },
        }
    )
    return record


# ----------------------------------------------------------------------------------------------- planting


def need_dict(row):
    keys = (
        "id",
        "buyer",
        "process",
        "material",
        "product",
        "title",
        "description",
        "sectors",
        "required",
        "preferred",
        "min_five_s",
        "province",
        "distractors",
    )
    return dict(zip(keys, row, strict=True))


def finish(rng, sup, need=None, comply=True, style=None):
    """Fill in the rest of the latent record: style, sectors shown, certificates, 5S, place."""
    sup["style"] = style or weighted(rng, STYLES)
    sup["sectors_shown"] = sup["sectors"] if rng.random() < 0.85 else []
    sup["founded"] = rng.randint(1995, 2021)
    name, prefix, _ = PROVINCES[[p[0] for p in PROVINCES].index(weighted(rng, [(p[0], p[2]) for p in PROVINCES]))]
    sup["province"] = (name, prefix)
    if sup["certs"] == []:
        random_certs(rng, sup, required=need["required"] if (need and comply) else ())
    if sup["five_s"] is None:
        random_five_s(rng, sup, at_least=need["min_five_s"] if (need and comply) else None)
        sup["five_s_shown"] = comply or rng.random() < 0.9
    return sup


def plant(rng, need):
    """Suppliers written for one need: fits, near misses, hard-constraint failures, traders, keyword traps."""
    p, m, f = need["process"], need["material"], need["product"]
    planted = []
    for _ in range(rng.choice([2, 3, 3, 4])):
        extra = rng.sample(neighbours(p), min(1, len(neighbours(p)))) if rng.random() < 0.4 else []
        planted.append(finish(rng, latent(rng, [p] + extra, [m] if m else [], [f] if f else []), need))
    if need["required"]:  # perfect on paper, but the certificate ran out
        sup = latent(rng, [p], [m] if m else [], [f] if f else [])
        random_certs(rng, sup, required=need["required"][1:], expired=need["required"][:1])
        planted.append(finish(rng, sup, need))
    if need["min_five_s"] and need["min_five_s"] != "none":
        sup = latent(rng, [p], [m] if m else [], [f] if f else [])
        random_five_s(rng, sup, below=need["min_five_s"])
        planted.append(finish(rng, sup, need))
    other_m = [x for x in PROCESSES[p]["materials"] if x != m]
    other_f = [x for x in PROCESSES[p]["products"] if x != f]
    if m and other_m:
        sup = latent(rng, [p], [rng.choice(other_m)], [f] if f else [])
        sup["materials"] = [x for x in sup["materials"] if x != m]
        planted.append(finish(rng, sup, need, comply=rng.random() < 0.8))
    elif other_f:
        sup = latent(rng, [p], [], [rng.choice(other_f)])
        sup["products"] = [x for x in sup["products"] if x != f]
        planted.append(finish(rng, sup, need, comply=rng.random() < 0.8))
    near = neighbours(p)
    if near:
        sup = latent(rng, [rng.choice(near)], [m] if m and not f else [], [f] if f else [])
        planted.append(finish(rng, sup, need, comply=rng.random() < 0.8))
    sector = PROCESSES[p]["sector"]
    trader = latent(rng, [], [m] if m else [], [f] if f else [], role="trader", sectors=[sector])
    trader["mentions"] = [p] if rng.random() < 0.6 else []
    planted.append(finish(rng, trader, need))
    if rng.random() < 0.4:
        dealer = latent(rng, [], [], [], role="dealer", sectors=[sector])
        dealer["mentions"] = [p]
        planted.append(finish(rng, dealer, need))
    for d in need["distractors"]:
        sup = latent(rng, [d])
        sup["all_terms"] = True
        planted.append(finish(rng, sup))
    return planted


def background(rng, count):
    """Suppliers not written for any need: the rest of the market."""
    keys = sorted(PROCESSES)
    out = []
    for _ in range(count):
        p = rng.choice(keys)
        extra = [q for q in neighbours(p) if rng.random() < 0.3]
        out.append(finish(rng, latent(rng, [p] + extra)))
    return out


def requirement_record(need):
    """The contract record of one need (the latent process, material and product stay hidden)."""
    return {
        "external_id": need["id"],
        "buyer": need["buyer"],
        "title": need["title"],
        "description": need["description"],
        "sectors": need["sectors"],
        "required_certifications": need["required"],
        "preferred_certifications": need["preferred"],
        "min_five_s": need["min_five_s"],
        "province": need["province"],
        "deadline": "2027-06-30",
    }


def build(seed):
    """Suppliers, requirements and graded judgements (rows of requirement id, supplier id, grade)."""
    rng = random.Random(seed)
    needs = [need_dict(row) for row in NEEDS]
    latents = [s for need in needs for s in plant(rng, need)] + background(rng, 60)
    rng.shuffle(latents)
    taken, ids = set(), set()
    suppliers = []
    for sup in latents:
        record = render_supplier(rng, sup, taken, ids)
        sup["external_id"] = record["external_id"]
        suppliers.append(record)
    qrels = []
    for need in needs:
        for sup in latents:
            grade = judge_need(need, sup)
            if fails_hard(need, sup):
                if grade >= 2:  # judged, and excluded: a perfect-looking supplier the engine must not return
                    qrels.append((need["id"], sup["external_id"], 0))
            elif grade:
                qrels.append((need["id"], sup["external_id"], grade))
    return suppliers, [requirement_record(n) for n in needs], qrels


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args(argv)
    suppliers, requirements, qrels = build(args.seed)
    with open(args.out / "suppliers.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(s, ensure_ascii=False) + "\n" for s in suppliers)
    with open(args.out / "requirements.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in requirements)
    with open(args.out / "qrels.tsv", "w", encoding="utf-8") as fh:
        fh.write("requirement_id\tsupplier_external_id\tgrade\n")
        fh.writelines(f"{r}\t{s}\t{g}\n" for r, s, g in qrels)
    print(f"{len(suppliers)} suppliers, {len(requirements)} requirements, {len(qrels)} judgements -> {args.out}")


if __name__ == "__main__":
    main()
