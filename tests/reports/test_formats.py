"""The same figures in JSON, XLSX, PDF and on the web page: computed once, rendered three ways, read back."""
import io
import json
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from matchmaker.extensions import db
from matchmaker.reports.charts import CHARTS, render_chart
from matchmaker.reports.figures import compute_report
from matchmaker.reports.pdf import pdf_bytes
from matchmaker.reports.sections import build_sections, display
from matchmaker.reports.xlsx import HEADER_ROW, workbook_bytes
from tests.factories import UserFactory

FROM, TO = date(2026, 1, 1), date(2026, 6, 30)
PERIOD = "from=2026-01-01&to=2026-06-30"


def xlsx_tables(data):
    """{sheet name: rows under the header}, up to the first blank row."""
    tables = {}
    for sheet in load_workbook(io.BytesIO(data)).worksheets:
        rows = []
        for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
            if all(value is None for value in row):
                break
            rows.append(list(row))
        tables[sheet.title] = rows
    return tables


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squash(text):
    # Table cells wrap onto several lines in the PDF; comparing without whitespace ignores where lines broke.
    return "".join(text.split())


def summary_value(report_rows, english):
    return next(value for label, value in report_rows if label.endswith(english))


def assert_same_figures(report, xlsx, pdf):
    """Every row of every section appears in the workbook (as values) and in the PDF (as printed)."""
    tables, text = xlsx_tables(xlsx), squash(pdf_text(pdf))
    for section in build_sections(report):
        assert tables[section.sheet] == [list(row) for row in section.rows], section.key
        for row in section.rows:
            assert squash(" ".join(display(value) for value in row)) in text, (section.key, row)
    # And straight from the JSON, not only through the shared layout.
    summary = tables["Tổng hợp"]
    assert summary_value(summary, "Suppliers at the end of the period") == report["suppliers"]["total"]
    assert summary_value(summary, "Verified share (%)") == report["suppliers"]["verified_share"]
    assert summary_value(summary, "Requirements posted") == report["requirements"]["posted"]
    iso = next(row for row in report["certifications"]["coverage"] if row["certification"] == "ISO 9001")
    assert ["ISO 9001", iso["suppliers"], iso["share"], iso["verified"]] in tables["Chứng chỉ"]
    assert squash(f"ISO 9001 {iso['suppliers']} {display(iso['share'])} {iso['verified']}") in text


def test_xlsx_and_pdf_carry_the_figures_of_the_json(known_data):
    report = compute_report(FROM, TO)
    assert report["suppliers"]["total"] == 4  # the fixture really is in the report
    assert_same_figures(report, workbook_bytes(report, FROM, TO), pdf_bytes(report, FROM, TO))


def test_the_pdf_keeps_every_vietnamese_diacritic(known_data):
    text = pdf_text(pdf_bytes(compute_report(FROM, TO), FROM, TO))
    for phrase in ("BÁO CÁO SÁU THÁNG ĐẦU NĂM 2026", "Six-monthly report, first half of 2026",
                   "Ủy ban nhân dân thành phố Hà Nội", "Hóa chất, cao su, nhựa, dược phẩm", "Thạch Thất", "Đông Anh",
                   "Chứng chỉ còn hiệu lực", "Mức độ áp dụng 5S"):
        assert phrase in text


def test_the_xlsx_embeds_the_charts_and_escapes_formulas(known_data):
    known_data["b"].district = "=HYPERLINK(\"http://evil\")"
    report = compute_report(FROM, TO)
    data = workbook_bytes(report, FROM, TO)
    workbook = load_workbook(io.BytesIO(data))
    charted = [section.sheet for section in build_sections(report) if section.chart]
    assert charted and all(len(workbook[sheet]._images) == 1 for sheet in charted)
    districts = [row[0] for row in xlsx_tables(data)["Theo quận huyện"]]
    assert "'=HYPERLINK(\"http://evil\")" in districts


def test_every_chart_is_a_png(known_data):
    report = compute_report(FROM, TO)
    for name in CHARTS:
        assert render_chart(name, report).startswith(b"\x89PNG"), name


def test_web_page_xlsx_and_pdf_downloads_match_the_cli_json(known_data, client, auth, runner):
    UserFactory(email="reporter@doit.hanoi.gov.vn", role="staff")
    db.session.commit()
    result = runner.invoke(args=["reports", "generate", "--from", "2026-01-01", "--to", "2026-06-30"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    auth.login("reporter@doit.hanoi.gov.vn")
    xlsx = client.get(f"/reports/period.xlsx?{PERIOD}")
    pdf = client.get(f"/reports/period.pdf?{PERIOD}")
    assert xlsx.status_code == pdf.status_code == 200
    assert pdf.mimetype == "application/pdf" and "attachment" in pdf.headers["Content-Disposition"]
    assert_same_figures(report, xlsx.data, pdf.data)
    page = client.get(f"/reports/period?{PERIOD}").get_data(as_text=True)
    assert "Báo cáo sáu tháng đầu năm 2026" in page
    for section in build_sections(report):
        for row in section.rows:
            for value in row:
                assert str(display(value)).replace('"', "&#34;") in page, (section.key, value)
