"""PDFs embed a Unicode font so Vietnamese diacritics survive."""
from matchmaker.pdfdoc import new_document


def test_vietnamese_text_is_embedded_with_a_unicode_font(tmp_path):
    pdf = new_document("Thử nghiệm")
    pdf.add_page()
    pdf.cell(text="Công ty TNHH Cơ khí Chính xác Thăng Long — Đông Anh, Hà Nội")
    data = bytes(pdf.output())
    assert data.startswith(b"%PDF-") and b"DejaVuSans" in data
