"""The report as an XLSX workbook: a sheet per section, with its chart embedded beside the table."""
import io

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..spreadsheet import escape_formula
from .charts import render_chart
from .periods import report_title
from .sections import build_sections
from .text import DOCUMENT_HEADER, period_line

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
# Rows above each table: title, English subtitle, period, blank; the header row follows.
HEADER_ROW = 5


def workbook_bytes(report, date_from, date_to):
    """The computed report as the bytes of an .xlsx file."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    title_vi, title_en = report_title(date_from, date_to)
    for section in build_sections(report):
        sheet = workbook.create_sheet(section.sheet)
        _write_section(sheet, section, (title_vi, title_en), date_from, date_to)
        if section.chart:
            image = Image(io.BytesIO(render_chart(section.chart, report)))
            image.width, image.height = image.width * 0.75, image.height * 0.75
            sheet.add_image(image, f"{get_column_letter(len(section.columns) + 2)}{HEADER_ROW}")
    workbook.properties.title = title_vi
    workbook.properties.creator = DOCUMENT_HEADER[0]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_section(sheet, section, titles, date_from, date_to):
    sheet.cell(1, 1, f"{titles[0]} — {section.title[0]}").font = TITLE
    sheet.cell(2, 1, f"{titles[1]} — {section.title[1]}")
    sheet.cell(3, 1, period_line(date_from, date_to))
    for column, (vi, en) in enumerate(section.columns, start=1):
        cell = sheet.cell(HEADER_ROW, column, f"{vi} / {en}")
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for offset, row in enumerate(section.rows, start=1):
        for column, value in enumerate(row, start=1):
            sheet.cell(HEADER_ROW + offset, column, escape_formula(value))
    note_row = HEADER_ROW + len(section.rows) + 2
    for offset, (vi, en) in enumerate(section.notes):
        sheet.cell(note_row + offset, 1, f"{vi} / {en}")
    sheet.column_dimensions["A"].width = 55
    for column in range(2, len(section.columns) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 18

