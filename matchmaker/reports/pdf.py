"""The report as a PDF: Vietnamese headings with English subtitles, a table per section and its chart."""
import io

from fpdf.fonts import FontFace

from ..pdfdoc import new_document
from .charts import render_chart
from .periods import report_title
from .sections import build_sections, display
from .text import DOCUMENT_HEADER, RECIPIENTS, SUBJECT, period_line

HEADINGS = FontFace(emphasis="BOLD", fill_color=(230, 236, 242))
MUTED = (90, 90, 90)


def pdf_bytes(report, date_from, date_to):
    """The computed report as the bytes of a PDF file."""
    title_vi, title_en = report_title(date_from, date_to)
    pdf = new_document(title_vi)
    pdf.set_subject(title_en)
    pdf.add_page()
    _cover(pdf, title_vi, title_en, date_from, date_to)
    for number, section in enumerate(build_sections(report), start=1):
        _section(pdf, number, section, report)
    return bytes(pdf.output())


def _cover(pdf, title_vi, title_en, date_from, date_to):
    pdf.set_font("body", "B", 11)
    pdf.cell(text=DOCUMENT_HEADER[0].upper(), new_x="LMARGIN", new_y="NEXT")
    _subtitle(pdf, DOCUMENT_HEADER[1])
    pdf.ln(6)
    pdf.set_font("body", "B", 16)
    pdf.multi_cell(0, 8, title_vi.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "", 12)
    pdf.multi_cell(0, 7, title_en, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("body", "", 10)
    for line in (SUBJECT[0], SUBJECT[1], period_line(date_from, date_to), RECIPIENTS[0], RECIPIENTS[1]):
        pdf.multi_cell(0, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def _subtitle(pdf, text):
    pdf.set_font("body", "", 9)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def _section(pdf, number, section, report):
    if pdf.will_page_break(40):
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("body", "B", 12)
    pdf.multi_cell(0, 6.5, f"{number}. {section.title[0]}", new_x="LMARGIN", new_y="NEXT")
    _subtitle(pdf, section.title[1])
    pdf.ln(1)
    pdf.set_font("body", "", 8.5)
    # The label column takes what the figures leave: most of the page for label/value tables.
    first = {2: 0.8, 3: 0.6}.get(len(section.columns), 0.5 if len(section.columns) == 4 else 0.22)
    rest = (1 - first) / (len(section.columns) - 1)
    widths = [first] + [rest] * (len(section.columns) - 1)
    aligns = ["LEFT"] + ["RIGHT"] * (len(section.columns) - 1)
    with pdf.table(col_widths=[round(w * 1000) for w in widths], text_align=aligns, headings_style=HEADINGS,
                   line_height=4.6, padding=1.2) as table:
        table.row([f"{vi}\n{en}" for vi, en in section.columns])
        for row in section.rows:
            table.row([display(value) for value in row])
    for vi, en in section.notes:
        _subtitle(pdf, f"{vi} / {en}")
    if section.chart:
        png = render_chart(section.chart, report)
        pdf.ln(2)
        pdf.image(io.BytesIO(png), x=pdf.l_margin + pdf.epw * 0.1, w=pdf.epw * 0.8)
