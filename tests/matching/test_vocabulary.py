from matchmaker.matching.analysis import words
from matchmaker.matching.certifications import normalise_certification
from matchmaker.matching.text import fold
from matchmaker.matching.vocabulary import SECTOR_CODES, load_vocabulary


def concepts_in(text):
    return [hit.concept for hit in load_vocabulary().find(text)]


def test_folding_strips_vietnamese_diacritics_and_d_stroke():
    assert fold("Gia Công Cơ Khí") == "gia cong co khi"
    assert fold("Đồng thau") == "dong thau"
    assert [w.norm for w in words("gia cong co khi")] == [w.norm for w in words("gia công cơ khí")]


def test_certification_names_are_normalised():
    assert normalise_certification("iso9001:2015") == "ISO 9001"
    assert normalise_certification("ISO 9001") == normalise_certification("iso 9001:2015")
    assert normalise_certification("IATF16949") == "IATF 16949"


def test_vocabulary_has_150_concepts_across_all_eight_sectors_with_both_languages():
    vocabulary = load_vocabulary()
    trade = [c for c in vocabulary.concepts.values() if c.kind not in ("noise", "business", "certification")]
    assert len(trade) >= 150
    assert {sector for c in trade for sector in c.sectors} == set(SECTOR_CODES.values())
    assert all(c.en and c.vi for c in trade), [c.id for c in trade if not (c.en and c.vi)]
    assert all(c.parent is None or c.parent in vocabulary.concepts for c in vocabulary.concepts.values())


def test_vietnamese_and_english_trade_terms_meet_in_one_concept():
    assert "cnc_turning" in concepts_in("gia cong tien CNC")
    assert "cnc_turning" in concepts_in("CNC turned parts")
    assert concepts_in("đồng thau") == concepts_in("brass") == ["mat_brass"]
    assert concepts_in("mạ kẽm") == concepts_in("galvanizing") == concepts_in("zinc plating") == ["zinc_plating"]
    assert concepts_in("ép nhựa") == concepts_in("injection molding") == concepts_in("injection moulding")
    assert concepts_in("SUS304") == concepts_in("inox 304") == concepts_in("stainless steel 304") == ["mat_sus304"]
    assert concepts_in("dập") == concepts_in("stamping") == concepts_in("press parts") == ["stamping"]
    assert concepts_in("lắp ráp mạch in") == concepts_in("PCB assembly") == ["pcb_assembly"]


def test_longest_match_keeps_multi_syllable_terms_together():
    hits = load_vocabulary().find("Gia công tiện CNC đồng thau")
    assert [hit.surface for hit in hits][-1] == "đồng thau"
    assert "mat_copper" not in [hit.concept for hit in hits]


def test_diacritics_when_written_rule_out_lookalike_words():
    assert "cnc_turning" not in concepts_in("thiết bị tiên tiến, tiền mặt")
    assert "welding" not in concepts_in("khách hàng Hàn Quốc")
    assert "mat_copper" not in concepts_in("hợp đồng giá trị 5 tỷ đồng")
    assert "welding" in concepts_in("hàn TIG")
